// dist/index.js committing back while others push: a config the branch broke after the checkout
// is left out of a commit that then meets a push fixing it; the commit made again on the new tip
// holds that config, and the run says nothing of it being left out.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { git, Repository, sandboxJob } from '../helpers/repository.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'

describe('commit-back when the branch breaks a config, then fixes it during the push', () => {
  let repo: Repository
  let run: ActionRun
  let fix: string

  beforeAll(async () => {
    const base = tempDir('dativo-race-')
    repo = new Repository(base)
    const start = repo.head('main')
    const added = repo.commit(
      'main',
      { 'jobs/a.yaml': sandboxJob('job-a'), 'jobs/b.yaml': sandboxJob('job-b') },
      'Add two jobs',
    )
    const workspace = repo.checkout('apply', added)
    // After the checkout, a.yaml names an output its job does not have.
    repo.commit(
      'main',
      { 'jobs/a.yaml': sandboxJob('job-a').replace('.cluster_name}}', '.cluster_nme}}') },
      'Typo',
    )
    writeFileSync(path.join(repo.work, 'jobs/a.yaml'), sandboxJob('job-a'))
    git(repo.work, 'commit', '-qam', 'Fix the typo')
    fix = repo.head('HEAD')
    // The remote takes the fix while it receives the run's first push.
    writeFileSync(
      path.join(repo.remote, 'hooks', 'pre-receive'),
      [
        '#!/bin/sh',
        `[ -e '${base}/raced' ] && exit 0`,
        `touch '${base}/raced'`,
        'unset GIT_DIR GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        `cd '${repo.work}' && git push --quiet origin ${fix}:refs/heads/main >&2`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    )
    run = await runActionAsync(
      workspace,
      { ...repo.pushEvent(start, added), INPUT_MODE: 'apply', 'INPUT_TERRAFORM-VERSION': 'system' },
      terraformEnv(path.join(base, 'tf')),
    )
  }, 180_000)

  it('commits both configs on the fixed tip and fails nothing', () => {
    expect(run.status, run.stdout).toBe(0)
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([])
    const tip = git(repo.base, '--git-dir', repo.remote, 'rev-parse', 'main')
    expect(run.outputs['commit-sha']).toBe(tip)
    expect(git(repo.base, '--git-dir', repo.remote, 'rev-parse', 'main~1')).toBe(fix)
    expect(git(repo.base, '--git-dir', repo.remote, 'diff', '--name-only', 'main~1', 'main')).toBe(
      'jobs/a.yaml\njobs/b.yaml',
    )
    expect(git(repo.base, '--git-dir', repo.remote, 'show', 'main:jobs/a.yaml')).toContain(
      'cluster_name: "job-a-dev-cluster" # {{terraform_outputs.cluster_name}}',
    )
  })
})
