// A config's file name in the commit-back message, through the committed dist/index.js on a push
// with real terraform: a name holding line breaks and trailer lines stays one escaped line of the
// list, so the bot's commit gets no Co-authored-by or Signed-off-by it did not mean.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { terraformEnv } from '../helpers/terraform.js'
import { trackedText } from '../helpers/examples.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  })

const FORGED =
  'jobs/orders\n\nCo-authored-by: Mallory <mallory@example.com>\nSigned-off-by: Mallory <mallory@example.com>.yaml'

describe('commit-back of a config whose name holds trailer lines', () => {
  let base: string
  let scratch: string
  let remote: string
  let run: ActionRun

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-trailers-'))
    scratch = mkdtempSync(path.join(tmpdir(), 'dativo-tf-'))
    remote = path.join(base, 'remote.git')
    git(base, 'init', '-q', '--bare', '-b', 'main', remote)
    const seed = path.join(base, 'seed')
    git(base, 'clone', '-q', remote, seed)
    mkdirSync(path.join(seed, 'jobs'))
    writeFileSync(
      path.join(seed, FORGED),
      trackedText('examples/jobs/acme/local_orders_sandbox.yaml'),
    )
    git(seed, 'add', '-A')
    git(seed, 'commit', '-qm', 'Add the orders job')
    git(seed, 'push', '-q', 'origin', 'main')

    const workspace = path.join(base, 'checkout')
    git(base, 'clone', '-q', remote, workspace)
    run = await runActionAsync(
      workspace,
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REPOSITORY: 'acme/jobs',
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        // A title from the event, say, with a control character of its own.
        'INPUT_COMMIT-MESSAGE': 'chore: resolve\u001b[31m red',
      },
      terraformEnv(scratch),
    )
  }, 300_000)

  afterAll(() => {
    rmSync(base, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  })

  it('commits the resolved config', () => {
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(git(base, '--git-dir', remote, 'diff', '--name-only', '-z', 'main~1', 'main')).toBe(
      `${FORGED}\0`,
    )
  })

  it('has no trailers, and names the file on one escaped line', () => {
    const message = git(base, '--git-dir', remote, 'log', '-1', '--format=%B', 'main')
    expect(git(base, '--git-dir', remote, 'log', '-1', '--format=%(trailers)', 'main')).toBe('\n')
    expect(
      execFileSync('git', ['interpret-trailers', '--parse'], { input: message, encoding: 'utf8' }),
    ).toBe('')
    expect(message).toBe(
      [
        'chore: resolve\\x1b[31m red',
        '',
        'Terraform outputs written into:',
        '- jobs/orders\\n\\nCo-authored-by: Mallory <mallory@example.com>\\nSigned-off-by: Mallory <mallory@example.com>.yaml',
        '',
        '',
      ].join('\n'),
    )
  })
})
