// The whole apply pipeline through the committed dist/index.js on a push: a temp repository with
// a bare remote, the sandbox job with placeholders and comments, real terraform (issue:
// resolution and commit-back, must-show 4).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'
import { trackedText } from '../helpers/examples.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim()

const CONFIG = 'jobs/acme/orders.yaml'
// The example with comments in every place a person puts them.
const TEXT = trackedText('examples/jobs/acme/local_orders_sandbox.yaml')
  .replace('infrastructure:', 'infrastructure:   # owned by the platform team')
  .replace(
    '    service_name: "{{terraform_outputs.service_name}}"',
    '    service_name: \'{{ terraform_outputs.service_name }}\'   # keep quoted\n\n    # arn, for the scheduler\n    task_definition_arn: "{{terraform_outputs.task_definition_arn}}"',
  )
  .replace(/\n/g, '\r\n')

function pushEvent(workspace: string, before: string, after: string): Record<string, string> {
  const eventPath = path.join(workspace, '..', `event-${after}.json`)
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref: 'refs/heads/main',
      before,
      after,
      repository: { full_name: 'acme/jobs' },
    }),
  )
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: after,
    GITHUB_REPOSITORY: 'acme/jobs',
    INPUT_MODE: 'apply',
    'INPUT_TERRAFORM-VERSION': 'system',
  }
}

describe('apply on a push: resolved values committed back', () => {
  let base: string
  let remote: string
  let first: ActionRun
  let second: ActionRun
  let firstHead: string
  let pushed: string
  const env = terraformEnv(tempDir('dativo-tf-'))

  beforeAll(async () => {
    base = tempDir('dativo-push-')
    remote = path.join(base, 'remote.git')
    git(base, 'init', '-q', '--bare', '-b', 'main', remote)
    const seed = path.join(base, 'seed')
    // Not a clone of the empty remote: git would warn that it is empty.
    git(base, 'init', '-q', '-b', 'main', seed)
    git(seed, 'remote', 'add', 'origin', remote)
    writeFileSync(path.join(seed, 'README.md'), 'jobs\n')
    git(seed, 'add', '-A')
    git(seed, 'commit', '-qm', 'start')
    const start = git(seed, 'rev-parse', 'HEAD')
    mkdirSync(path.join(seed, 'jobs/acme'), { recursive: true })
    writeFileSync(path.join(seed, CONFIG), TEXT)
    writeFileSync(path.join(seed, 'jobs/acme/notes.txt'), 'not a config\n')
    git(seed, 'add', '-A')
    git(seed, 'commit', '-qm', 'Add the orders job')
    git(seed, 'push', '-q', 'origin', 'main')
    firstHead = git(seed, 'rev-parse', 'HEAD')

    // The runner's checkout of the pushed commit, with an unrelated file left dirty.
    const workspace = path.join(base, 'checkout-1')
    git(base, 'clone', '-q', remote, workspace)
    writeFileSync(path.join(workspace, 'jobs/acme/notes.txt'), 'edited by a previous step\n')
    first = await runActionAsync(workspace, pushEvent(workspace, start, firstHead), env)
    pushed = git(base, '--git-dir', remote, 'rev-parse', 'main')

    // A later run on a fresh checkout of what was pushed.
    const again = path.join(base, 'checkout-2')
    git(base, 'clone', '-q', remote, again)
    second = await runActionAsync(again, pushEvent(again, firstHead, pushed), env)
  }, 300_000)

  it('pushes one commit as github-actions[bot] and sets commit-sha', () => {
    expect(first.status, first.stdout + first.stderr).toBe(0)
    expect(first.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(pushed).toBe(first.outputs['commit-sha'])
    expect(git(base, '--git-dir', remote, 'rev-parse', 'main~1')).toBe(firstHead)
    expect(git(base, '--git-dir', remote, 'log', '-1', '--format=%an <%ae>|%cn|%s', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]|chore(dativo): resolve terraform outputs',
    )
  })

  it('leaves the checkout at the pushed commit, so that a later step can commit and push', () => {
    const checkout = path.join(base, 'checkout-1')
    expect(git(checkout, 'rev-parse', 'HEAD')).toBe(pushed)
    expect(git(checkout, 'symbolic-ref', '--short', 'HEAD')).toBe('main')
    // Clean, but for what an earlier step changed, which stays as it was.
    expect(git(checkout, 'status', '--porcelain', '--untracked-files=all')).toBe(
      'M jobs/acme/notes.txt',
    )
    expect(git(checkout, 'diff', '--cached', '--name-only')).toBe('')
    expect(first.stdout).toContain(
      `The checkout is now at ${pushed.slice(0, 7)}, the commit pushed to main`,
    )
    git(checkout, 'commit', '-qam', 'A later step commits')
    expect(git(checkout, 'push', '--dry-run', '--porcelain', 'origin', 'HEAD:main')).toMatch(
      new RegExp(`^ \tHEAD:refs/heads/main\t${pushed.slice(0, 7)}\\.\\.[0-9a-f]+$`, 'm'),
    )
  })

  it('commits only the resolved config', () => {
    expect(git(base, '--git-dir', remote, 'diff', '--name-only', 'main~1', 'main')).toBe(CONFIG)
  })

  it('changes only the placeholder lines, adding their markers, and keeps CRLF everywhere', () => {
    const committed = git(base, '--git-dir', remote, 'show', `main:${CONFIG}`)
    const expected = TEXT.replace(
      '"{{terraform_outputs.cluster_name}}"',
      '"orders-sandbox-dev-cluster" # {{terraform_outputs.cluster_name}}',
    )
      .replace(
        "'{{ terraform_outputs.service_name }}'   # keep quoted",
        "'orders-sandbox-dev-service' # {{ terraform_outputs.service_name }}   # keep quoted",
      )
      .replace(
        'task_definition_arn: "{{terraform_outputs.task_definition_arn}}"',
        'task_definition_arn: "arn:local:ecs:local:000000000000:task-definition/orders-sandbox-dev:1" # {{terraform_outputs.task_definition_arn}}',
      )
    // git show prints the blob as stored; execFileSync's trim() took its final CRLF.
    expect(committed + '\r\n').toBe(expected)
    const before = TEXT.split('\r\n')
    const after = (committed + '\r\n').split('\r\n')
    expect(after).toHaveLength(before.length)
    const changed = before.filter((line, i) => line !== after[i])
    expect(changed.map((line) => line.trim().split(':')[0])).toEqual([
      'cluster_name',
      'service_name',
      'task_definition_arn',
    ])
  })

  it('makes no commit on a second run', () => {
    expect(second.status, second.stdout + second.stderr).toBe(0)
    expect(second.outputs['commit-sha']).toBe('')
    expect(git(base, '--git-dir', remote, 'rev-parse', 'main')).toBe(pushed)
  })
})
