// A module change applied in waves through dist/index.js (`rollout: canary`): five sandbox jobs,
// three in dev and two in prod, each with a release step that records every apply and fails for
// the job named in FAIL_JOB. The canary's failure stops the rollout with the rest not started;
// the next runs continue where it stopped, and no job is applied twice.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { fleetConfig, releaseModule } from '../helpers/fleet.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

const JOBS = [
  { file: 'jobs/d1.yaml', name: 'rel-d1', environment: 'dev' },
  { file: 'jobs/d2.yaml', name: 'rel-d2', environment: 'dev' },
  { file: 'jobs/d3.yaml', name: 'rel-d3', environment: 'dev' },
  { file: 'jobs/p1.yaml', name: 'rel-p1', environment: 'prod' },
  { file: 'jobs/p2.yaml', name: 'rel-p2', environment: 'prod' },
]
const DEV = JOBS.slice(0, 3).map((job) => job.file)
const PROD = JOBS.slice(3).map((job) => job.file)

let workspace: string
let releaseLog: string
let env: NodeJS.ProcessEnv
let inputs: Record<string, string>

beforeAll(async () => {
  const base = tempDir('dativo-rollout-')
  workspace = path.join(base, 'workspace')
  releaseLog = path.join(base, 'releases.log')
  mkdirSync(path.join(workspace, 'modules/release'), { recursive: true })
  mkdirSync(path.join(workspace, 'jobs'))
  execFileSync('git', ['init', '-q', '-b', 'main', workspace])
  for (const job of JOBS) {
    writeFileSync(
      path.join(workspace, job.file),
      fleetConfig({ name: job.name, team: 'data-engineering', environment: job.environment }),
    )
  }
  writeFileSync(path.join(workspace, 'modules/release/main.tf'), releaseModule(workspace))
  env = { ...terraformEnv(path.join(base, 'tfrc')), RELEASE_LOG: releaseLog }
  inputs = {
    INPUT_MODE: 'apply',
    INPUT_CONFIGS: 'jobs/*.yaml',
    'INPUT_CHANGED-ONLY': 'false',
    'INPUT_TERRAFORM-VERSION': 'system',
    'INPUT_MODULE-SOURCE': './modules/release',
    'INPUT_BACKEND-CONFIG': `local:\n  path: ${path.join(base, 'state')}/{job_name}.tfstate`,
    'INPUT_COMMIT-BACK': 'false',
    'INPUT_COMMENT-ON-PR': 'false',
  }
  // Release 1 everywhere, all at once; then the module's release 2, rolled out in waves.
  const first = await runActionAsync(workspace, inputs, env)
  expect(first.status, first.stdout).toBe(0)
  writeFileSync(path.join(workspace, 'modules/release/main.tf'), releaseModule(workspace, 2))
}, 240_000)

const rollout = (failJob?: string) =>
  runActionAsync(
    workspace,
    { ...inputs, INPUT_ROLLOUT: 'canary' },
    failJob ? { ...env, FAIL_JOB: failJob } : env,
  )

/** The jobs release 2 reached, in the order they were applied. */
const released = () =>
  readFileSync(releaseLog, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith(' 2'))
    .map((line) => line.slice(0, -2))

const output = (run: ActionRun) =>
  JSON.parse(run.outputs.rollout!) as {
    done: string[]
    failed: string[]
    not_started: string[]
    stopped: string | null
  }

describe('rollout: canary', () => {
  it('stops after the dev canary fails: the other jobs are not started', async () => {
    const run = await rollout('rel-d1')
    expect(run.status, run.stdout).toBe(1)
    expect(output(run)).toEqual({
      done: [],
      failed: ['jobs/d1.yaml'],
      not_started: ['jobs/d2.yaml', 'jobs/d3.yaml', 'jobs/p1.yaml', 'jobs/p2.yaml'],
      stopped:
        'Not applied: the rollout stopped at the first failure, rel-d1 (jobs/d1.yaml); fix it and run again to continue',
      left_out: 0,
    })
    expect(released()).toEqual([])
    expect(run.stdout).toContain(
      'Rollout wave 1 of 2 (other environments: dev): a canary first in local / local (3 jobs), then the rest',
    )
    const problems = run.annotations.filter((a) => a.properties.file)
    expect(problems.filter((a) => a.level === 'error').map((a) => a.properties.file)).toEqual([
      'jobs/d1.yaml',
    ])
    expect(
      problems
        .filter((a) => a.level === 'warning')
        .map((a) => [a.properties.file, a.message])
        .sort(),
    ).toEqual([...DEV.slice(1), ...PROD].map((file) => [file, output(run).stopped]))
    expect(run.summary).toContain('### Rollout')
    expect(run.summary).toContain('0 done, 1 failed, 4 not started.')
    // A job held back is not a failed one: only the canary's section says Terraform failed.
    const failed = run.summary
      .split('\n### ')
      .filter((section) => section.includes('Terraform failed'))
      .map((section) => section.split('\n')[0]!.replace(/<[^>]+>/g, ''))
    expect(failed).toEqual(['❌ rel-d1'])
    expect(run.summary).toMatch(
      /\| 1: other environments \| local \/ local \| <code>jobs\/d1\.yaml<\/code> \| rel-d1 \| canary \| ❌ failed \|/,
    )
  }, 240_000)

  it('continues on the next run: dev through its canary first, then prod stops at its canary', async () => {
    const run = await rollout('rel-p1')
    expect(run.status, run.stdout).toBe(1)
    expect(output(run)).toMatchObject({
      done: DEV,
      failed: ['jobs/p1.yaml'],
      not_started: ['jobs/p2.yaml'],
    })
    const order = released()
    expect(order[0]).toBe('rel-d1')
    expect([...order].sort()).toEqual(['rel-d1', 'rel-d2', 'rel-d3'])
  }, 240_000)

  it('completes on the next run, applying nothing twice: a job whose plan is empty is done', async () => {
    const run = await rollout()
    expect(run.status, run.stdout).toBe(0)
    expect(output(run)).toEqual({
      done: JOBS.map((job) => job.file),
      failed: [],
      not_started: [],
      stopped: null,
      left_out: 0,
    })
    expect(released()).toEqual([
      'rel-d1',
      expect.any(String),
      expect.any(String),
      'rel-p1',
      'rel-p2',
    ])
    // Each dev job's plan was empty this time.
    for (const name of ['rel-d1', 'rel-d2', 'rel-d3']) {
      expect(run.stdout).toMatch(new RegExp(`\\] ${name}: apply \\+0 ~0 -0 `))
    }
    expect(run.summary).toContain('5 done, 0 failed, 0 not started.')
  }, 240_000)
})
