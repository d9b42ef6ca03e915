// A push that deletes a config among 300 other files: GitHub's compare endpoint lists at most 300
// files, so its list may leave the deleted config out. The removed job is still found, from git,
// and its runtime is reported as left running (dist/index.js, real git, the stand-in GitHub).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { Repository, sandboxJob } from '../helpers/repository.js'

describe('a push whose compare list reached its limit of 300 files', () => {
  let base: string
  let github: FakeGitHub
  let run: ActionRun

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-removed-cut-'))
    github = await FakeGitHub.start()
    const repo = new Repository(base)
    const before = repo.commit('main', {
      'jobs/gone.yaml': sandboxJob('gone'),
      'jobs/stay.yaml': sandboxJob('stay'),
    })
    const files: Record<string, string | null> = { 'jobs/gone.yaml': null }
    for (let i = 0; i < 300; i++) files[`docs/page-${String(i).padStart(3, '0')}.md`] = `${i}\n`
    const after = repo.commit('main', files)
    // The first 300 files, as GitHub cuts the list: the deleted config is not among them.
    const listed = repo.changedFiles(before, after).filter((f) => f.filename !== 'jobs/gone.yaml')
    github.comparisons.set(`${before}...${after}`, listed.slice(0, 300))
    run = await runActionAsync(repo.checkout('push', after), {
      GITHUB_API_URL: github.url,
      'INPUT_GITHUB-TOKEN': 'ghs_test_token',
      INPUT_MODE: 'apply',
      INPUT_CONFIGS: 'jobs/*.yaml',
      'INPUT_COMMIT-BACK': 'false',
      ...repo.pushEvent(before, after),
    })
  }, 120_000)
  afterAll(async () => {
    await github.close()
    rmSync(base, { recursive: true, force: true })
  })

  it('finds the deleted config from git and reports its runtime as left running', () => {
    expect(run.status, run.stdout).toBe(0)
    const warnings = run.annotations.filter(
      (a) => a.properties.title === 'dativo: runtime of a removed job',
    )
    expect(
      warnings.map((a) => [a.properties.file, a.message.split(' and keeps costing')[0]]),
    ).toEqual([
      [
        'jobs/gone.yaml',
        'The local / local runtime of job gone (config deleted) is left running (destroy-removed is off)',
      ],
    ])
  })
})
