// dist/index.js when the configs input selects nothing: a glob that matches no file of the
// workspace fails the step, whatever changed-only says; a pull request that changed no config is
// a notice, and the step passes.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { copyTracked } from '../helpers/examples.js'

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
  }).trim()
}

function checkout(): string {
  const dir = tempDir('dativo-selection-')
  git(dir, 'init', '-q', '-b', 'main')
  copyTracked('examples/jobs/acme', path.join(dir, 'jobs/acme'))
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'jobs')
  return dir
}

describe('a configs glob with a typo', () => {
  it('fails the step with changed-only false, naming the glob', async () => {
    const run = await runActionAsync(checkout(), {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'job/**/*.yaml\njobs/acme/*.yaml',
      'INPUT_CHANGED-ONLY': 'false',
    })
    expect(run.status).toBe(1)
    expect(run.annotations).toEqual([
      { level: 'error', properties: {}, message: "Input configs: 'job/**/*.yaml' matches no file" },
    ])
  })

  it('fails the step on a push with changed-only on (the default) too, naming the glob', async () => {
    const dir = checkout()
    const before = git(dir, 'rev-parse', 'HEAD')
    writeFileSync(path.join(dir, 'jobs/acme/local_orders_sandbox.yaml'), '# edited\n', {
      flag: 'a',
    })
    git(dir, 'commit', '-qam', 'edit a job')
    const after = git(dir, 'rev-parse', 'HEAD')
    const event = path.join(tempDir('dativo-event-'), 'event.json')
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after }))
    const run = await runActionAsync(dir, {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'job/**/*.yaml',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: after,
      GITHUB_REPOSITORY: 'acme/etl',
    })
    expect(run.status, run.stdout).toBe(1)
    expect(run.annotations).toEqual([
      { level: 'error', properties: {}, message: "Input configs: 'job/**/*.yaml' matches no file" },
    ])
  })

  it('fails the step for a named config that does not exist, changed-only or not', async () => {
    const run = await runActionAsync(checkout(), {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'jobs/acme/stripe.yaml',
    })
    expect(run.status).toBe(1)
    expect(run.annotations.map((a) => a.message)).toEqual([
      "Input configs: 'jobs/acme/stripe.yaml' does not exist",
    ])
  })
})

describe('a pull request that changed no config', () => {
  it('says so in a notice and passes', async () => {
    const dir = checkout()
    const base = git(dir, 'rev-parse', 'HEAD')
    writeFileSync(path.join(dir, 'README.md'), 'docs only\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'docs')
    const head = git(dir, 'rev-parse', 'HEAD')
    const events = tempDir('dativo-event-')
    const event = path.join(events, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: base, repo: { full_name: 'acme/etl' } },
          head: { sha: head, ref: 'docs', repo: { full_name: 'acme/etl' } },
        },
      }),
    )
    const run = await runActionAsync(dir, {
      INPUT_MODE: 'validate',
      'INPUT_COMMENT-ON-PR': 'false',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/etl',
    })
    expect(run.status, run.stdout).toBe(0)
    expect(run.annotations).toEqual([
      {
        level: 'notice',
        properties: {},
        message:
          'Pull request #7 changed no job config (none of its 1 changed file matches jobs/**/*.yaml, jobs/**/*.yml)',
      },
    ])
    expect(JSON.parse(run.outputs.configs!)).toEqual([])
  })
})
