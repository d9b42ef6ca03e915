// dist/index.js on pull_request events against a stand-in for GitHub's API: the changed configs
// come from the pull request's files, one comment is kept and edited, a fork is left alone; a
// comment someone else planted is never adopted, a create GitHub answered 502 after making it is
// not made twice, and config values that would ping people stay inert.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import type { IssueComment } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { copyTracked, trackedText } from '../helpers/examples.js'
import { headingsOf, renderGfm } from '../helpers/gfm.js'

describe('validate mode on a pull request', () => {
  let github: FakeGitHub
  let workspace: string

  beforeAll(async () => {
    github = await FakeGitHub.start()
    workspace = tempDir('dativo-pr-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    copyTracked('examples/jobs/acme', path.join(workspace, 'jobs/acme'))
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
    expect(headingsOf(renderGfm(comments[1]!.body!), 2)).toEqual([
      'dativo-infra · validate · 1 job: ❌ 1 failed',
    ])
    expect(comments[1]!.body).toContain('Missing required tags: cost\\_center')
    const files = github.requests.filter((r) => r.url.startsWith('/repos/acme/etl/pulls/7/files'))
    expect(files.every((r) => r.headers.authorization === 'token ghs_test_token')).toBe(true)
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

/** Mentions, issue references and web addresses GitHub would make live, outside code blocks. */
function liveReferences(markdown: string): string[] {
  const text = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
  return [
    ...text.matchAll(/@[\p{L}\p{N}_-]+|(?<!&)#\p{N}+|\bGH-\p{N}+|https?:\/\/[^\s)]+|\bwww\.\S+/gu),
  ]
    .map((match) => match[0])
    .filter((found) => !found.startsWith('https://github.com/acme/etl/'))
}

describe('plan mode on a pull request, with config values that would ping people', () => {
  let github: FakeGitHub
  let workspace: string
  let scratch: string
  let run: ActionRun
  let planted: IssueComment

  beforeAll(async () => {
    github = await FakeGitHub.start()
    workspace = mkdtempSync(path.join(tmpdir(), 'dativo-pr-'))
    scratch = mkdtempSync(path.join(tmpdir(), 'dativo-tf-'))
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    writeFileSync(
      path.join(workspace, 'jobs/orders.yaml'),
      trackedText('examples/jobs/acme/local_orders_sandbox.yaml').replace(
        '    cost_center: data-platform\n',
        '    cost_center: data-platform\n    owner: "@acme/security-team"\n    notes: "ask @dana about #12, GH-7 and https://evil.example or www.evil.example"\n',
      ),
    )
    writeFileSync(
      path.join(workspace, 'jobs/broken.yaml'),
      'infrastructure:\n  provider: "@octocat"\n  runtime:\n    type: local\n  region: local\n  tags:\n    job_name: "@acme/platform"\n',
    )
    // Anyone can start a comment with the hidden marker, to have the report written into it.
    planted = github.addComment(
      7,
      '<!-- dativo-infra-action workflow=Dativo%20jobs job=plan -->\nplanted',
      { login: 'mallory', type: 'User' },
    )
    // What the pull request changed, as the API lists it (removed jobs are looked for there).
    github.pullRequestFiles.set(7, [
      { filename: 'jobs/orders.yaml', status: 'added' },
      { filename: 'jobs/broken.yaml', status: 'added' },
    ])
    // GitHub makes the comment, then answers 502.
    github.failures.push({
      status: 502,
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      after: true,
    })
    const event = path.join(scratch, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/etl' } },
          head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'acme/etl' } },
        },
      }),
    )
    run = await runActionAsync(
      workspace,
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/etl',
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '99',
        GITHUB_WORKFLOW: 'Dativo jobs',
        GITHUB_JOB: 'plan',
        INPUT_MODE: 'plan',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_GITHUB-TOKEN': 'ghs_test_token',
      },
      terraformEnv(scratch),
    )
  }, 300_000)

  afterAll(async () => {
    await github.close()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  })

  const ours = () => github.comments.get(7)!.filter((c) => c.user.login === 'github-actions[bot]')

  it('(2) leaves a marker comment by someone else alone and creates its own, without a warning', () => {
    expect(run.stderr).toBe('')
    expect(planted.body).toBe(
      '<!-- dativo-infra-action workflow=Dativo%20jobs job=plan -->\nplanted',
    )
    expect(github.requests.filter((r) => r.method === 'PATCH')).toEqual([])
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toMatch(
      // The marker, then the report (the reviewed plans are recorded in a check run).
      /^<!-- dativo-infra-action workflow=Dativo%20jobs job=plan -->\n## dativo-infra · plan/,
    )
    expect(run.stdout).toContain('Pull request comment: created')
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([])
  })

  it('(3) leaves exactly one comment when GitHub answered 502 after making it', () => {
    expect(ours()).toHaveLength(1)
    const comments = github.requests.filter((r) => r.url.startsWith('/repos/acme/etl/issues/7'))
    expect(comments.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/etl/issues/7/comments?per_page=100',
      'POST /repos/acme/etl/issues/7/comments',
      'GET /repos/acme/etl/issues/7/comments?per_page=100',
    ])
  })

  it('(8) makes no mention, reference or link live in the comment or the summary', () => {
    const body = ours()[0]!.body
    // The values are there, shown as text.
    expect(body).toContain('<code>@&#8203;acme/security-team</code>')
    expect(body).toContain(
      '| <code>notes</code> | <code>ask @&#8203;dana about #&#8203;12, GH-&#8203;7 and https:&#8203;//evil.example or www&#8203;.evil.example</code> |',
    )
    expect(body).toContain('@&#8203;acme/platform')
    expect(body).toContain("Unknown provider '@&#8203;octocat'")
    expect(liveReferences(body)).toEqual([])
    expect(run.summary).toContain('@&#8203;acme/platform')
    expect(liveReferences(run.summary)).toEqual([])
  })
})
