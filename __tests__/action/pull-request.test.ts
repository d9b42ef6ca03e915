// dist/index.js on pull_request events against a stand-in for GitHub's API: the changed configs
// come from the pull request's files, one comment is kept and edited, and a fork is left alone.
import { execFileSync } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runActionAsync } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/temp.js'

describe('validate mode on a pull request', () => {
  let github: FakeGitHub
  let workspace: string

  beforeAll(async () => {
    github = await FakeGitHub.start()
    workspace = tempDir('dativo-pr-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    cpSync(path.join(ROOT, 'examples/jobs/acme'), path.join(workspace, 'jobs/acme'), {
      recursive: true,
    })
    github.pullRequestFiles.set(7, [
      { filename: 'jobs/acme/stripe_customers_to_iceberg.yaml', status: 'modified' },
      { filename: 'jobs/acme/old.yaml', status: 'removed' },
      { filename: 'README.md', status: 'modified' },
    ])
    github.addComment(7, 'Looks good to me', { login: 'reviewer', type: 'User' })
  })
  afterAll(() => github.close())

  async function run(headRepo: string) {
    const event = path.join(tempDir('dativo-event-'), 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/etl' } },
          head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: headRepo } },
        },
      }),
    )
    return runActionAsync(workspace, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/etl',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '99',
      GITHUB_WORKFLOW: 'Dativo jobs',
      GITHUB_JOB: 'validate',
      INPUT_MODE: 'validate',
      'INPUT_GITHUB-TOKEN': 'ghs_test_token',
    })
  }

  it('validates only the changed config and keeps one comment, edited on the next run', async () => {
    const first = await run('acme/etl')
    expect(first.status).toBe(0)
    expect(JSON.parse(first.outputs.configs!)).toEqual([
      'jobs/acme/stripe_customers_to_iceberg.yaml',
    ])
    expect(first.stdout).toContain('::add-mask::ghs_test_token')
    expect(first.stdout).toContain('Pull request comment: created')
    expect((await run('acme/etl')).stdout).toContain('Pull request comment: unchanged')

    // The author pushes a mistake: the same comment now says so.
    const config = path.join(workspace, 'jobs/acme/stripe_customers_to_iceberg.yaml')
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^ *cost_center:.*\n/m, ''))
    const third = await run('acme/etl')
    expect(third.status).toBe(1)
    expect(third.stdout).toContain('Pull request comment: updated')

    const comments = github.comments.get(7)!
    expect(comments).toHaveLength(2)
    expect(comments[0]!.body).toBe('Looks good to me')
    expect(comments[1]!.body).toMatch(
      /^<!-- dativo-infra-action workflow=Dativo%20jobs job=validate -->\n/,
    )
    expect(comments[1]!.body).toContain('1 config: 0 valid, 1 invalid')
    expect(comments[1]!.body).toContain('Missing required tags: cost\\_center')
    const files = github.requests.filter((r) => r.url.startsWith('/repos/acme/etl/pulls/7/files'))
    expect(files.every((r) => r.headers.authorization === 'Bearer ghs_test_token')).toBe(true)
  })

  it('does not try to comment on a pull request from a fork', async () => {
    const before = github.requests.length
    const fork = await run('someone/etl')
    expect(fork.status).toBe(1)
    expect(fork.stdout).toContain(
      'Pull request from the fork someone/etl: no comment, the report is in the job summary',
    )
    const made = github.requests.slice(before).map((r) => `${r.method} ${r.url.split('?')[0]}`)
    expect(made).toEqual(['GET /repos/acme/etl/pulls/7/files'])
    expect(fork.annotations.filter((a) => a.level === 'warning')).toEqual([])
  })
})
