// dist/index.js when the job summary cannot be written (GITHUB_STEP_SUMMARY in a folder that is
// not there): the step fails saying so, and every output the run set stands, an apply's
// commit-sha and results included; a run that failed before its report fails for its own reason.
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { git, Repository, sandboxJob } from '../helpers/repository.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'

describe('a job summary that cannot be written', () => {
  let repo: Repository
  let apply: ActionRun
  let noConfig: ActionRun
  let summaryFile: string

  beforeAll(async () => {
    const base = tempDir('dativo-summary-')
    summaryFile = path.join(base, 'gone', 'summary')
    const env = { ...terraformEnv(path.join(base, 'tf')), GITHUB_STEP_SUMMARY: summaryFile }
    repo = new Repository(base)
    const start = repo.head('main')
    const added = repo.commit('main', { 'jobs/a.yaml': sandboxJob('job-a') }, 'Add a job')
    const inputs = { ...repo.pushEvent(start, added), 'INPUT_TERRAFORM-VERSION': 'system' }
    apply = await runActionAsync(
      repo.checkout('apply', added),
      { ...inputs, INPUT_MODE: 'apply' },
      env,
    )
    noConfig = await runActionAsync(
      repo.checkout('no-config', added),
      {
        ...inputs,
        INPUT_MODE: 'validate',
        INPUT_CONFIGS: 'job/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
      },
      env,
    )
  }, 180_000)

  it('fails the apply step saying so, and keeps commit-sha, results and the other outputs', () => {
    expect(apply.status).toBe(1)
    expect(apply.stderr).toBe('')
    expect(apply.annotations.map((a) => [a.level, a.message])).toEqual([
      [
        'notice',
        "This sandbox job's Terraform state stays in the run's temporary folder on the runner and is lost when the job ends (the sandbox creates nothing outside it)",
      ],
      ['error', `ENOENT: no such file or directory, open '${summaryFile}'`],
    ])
    expect(apply.outputs['commit-sha']).toBe(
      git(repo.base, '--git-dir', repo.remote, 'rev-parse', 'main'),
    )
    expect(apply.outputs['commit-sha']).not.toBe(repo.head('main'))
    expect(JSON.parse(apply.outputs.configs!)).toEqual(['jobs/a.yaml'])
    const [result] = JSON.parse(apply.outputs.results!) as Array<Record<string, unknown>>
    expect(result).toMatchObject({ config: 'jobs/a.yaml', resolved: true, errors: [] })
    expect(result!.outputs).toMatchObject({ cluster_name: 'job-a-dev-cluster' })
    expect(apply.outputs['error-count']).toBe('0')
    expect(JSON.parse(apply.outputs.matrix!)).toEqual({
      include: [{ config: 'jobs/a.yaml', job_name: 'job-a', provider: 'local' }],
    })
    expect(
      JSON.parse(apply.outputsFile!).jobs.map((job: { config: string }) => job.config),
    ).toEqual(['jobs/a.yaml'])
  })

  it('fails a run that stopped before its report for its own reason, with its outputs set', () => {
    expect(noConfig.status).toBe(1)
    expect(noConfig.stderr).toBe('')
    expect(noConfig.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', `ENOENT: no such file or directory, open '${summaryFile}'`],
      ['error', "Input configs: 'job/*.yaml' matches no file"],
    ])
    expect(noConfig.outputs.configs).toBe('[]')
    expect(noConfig.outputs['error-count']).toBe('1')
  })
})
