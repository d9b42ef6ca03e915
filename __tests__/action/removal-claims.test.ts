// Ordinary mistakes never destroy a runtime, through the committed dist/index.js with real git and
// real Terraform on the local sandbox, its state kept between runs: a moved config whose new copy
// is invalid, a misspelt `infrastructure` key, a config moved out of a workflow's patterns (a
// folder split or a `!` exclude), and two configs with one job_name. A job is destroyed only when
// no file in the repository claims it; a file that may be a config but cannot be read holds back
// every destroy of the run; a real deletion is destroyed once every config can be read.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { Repository, sandboxJob } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

const RUNTIME = ['terraform_data.runtime']

describe('removed jobs are only jobs no config claims', () => {
  let base: string
  let repo: Repository
  let github: FakeGitHub
  let env: NodeJS.ProcessEnv
  let head: string

  const state = (job: string): string[] => {
    const file = path.join(base, 'state', `${job}.tfstate`)
    if (!existsSync(file)) return []
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      resources: Array<{ type: string; name: string }>
    }
    return parsed.resources.map((r) => `${r.type}.${r.name}`)
  }
  /** Commits on main, then applies the push with destroy-removed as a workflow would. */
  async function push(
    name: string,
    files: Record<string, string | null>,
    vars: Record<string, string> = {},
  ): Promise<ActionRun> {
    const before = head
    head = repo.commit('main', files)
    github.comparisons.set(`${before}...${head}`, repo.changedFiles(before, head))
    return runActionAsync(
      repo.checkout(name, head),
      {
        GITHUB_API_URL: github.url,
        'INPUT_GITHUB-TOKEN': 'ghs_test_token',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_BACKEND-CONFIG': `local:\n  path: ${base}/state/{job_name}.tfstate`,
        INPUT_CONFIGS: 'jobs/**/*.yaml',
        INPUT_MODE: 'apply',
        'INPUT_DESTROY-REMOVED': 'true',
        'INPUT_COMMIT-BACK': 'false',
        ...repo.pushEvent(before, head),
        ...vars,
      },
      env,
    )
  }
  const errors = (run: ActionRun) =>
    run.annotations
      .filter((a) => a.level === 'error' && a.properties.file)
      .map((a) => `${a.properties.file}:${a.properties.line}: ${a.message}`)

  beforeAll(async () => {
    base = tempDir('dativo-claims-')
    github = await FakeGitHub.start()
    env = terraformEnv(path.join(base, 'tf'))
    repo = new Repository(base)
    head = repo.head('main')
    const first = await push('apply', {
      'jobs/orders.yaml': sandboxJob('orders-a'),
      'jobs/typo.yaml': sandboxJob('typo-job'),
      'jobs/team-a/split.yaml': sandboxJob('split-job'),
      'jobs/kept.yaml': sandboxJob('kept-job'),
      'jobs/gone.yaml': sandboxJob('gone-job'),
    })
    expect(first.status, first.stdout).toBe(0)
  }, 120_000)
  afterAll(async () => {
    await github.close()
  })

  it('starts with a runtime for each job', () => {
    expect(['orders-a', 'typo-job', 'split-job', 'kept-job', 'gone-job'].map(state)).toEqual(
      Array(5).fill(RUNTIME),
    )
  })

  it('keeps the runtime of a moved config whose new copy is invalid', async () => {
    const run = await push('moved-invalid', {
      'jobs/orders.yaml': null,
      'jobs/team/orders.yaml': sandboxJob('orders-a').replace(
        '    cost_center: data-platform\n',
        '',
      ),
    })
    expect(run.status, run.stdout).toBe(1)
    expect(errors(run)).toEqual(['jobs/team/orders.yaml:10: Missing required tags: cost_center'])
    expect(run.stdout).toContain('No job is removed by this change')
    expect(state('orders-a')).toEqual(RUNTIME)
  }, 60_000)

  it('keeps the runtime of a config whose infrastructure key is misspelt, with an error there', async () => {
    const run = await push('typo', {
      'jobs/typo.yaml': sandboxJob('typo-job').replace('infrastructure:', 'infrastucture:'),
    })
    expect(run.status, run.stdout).toBe(1)
    expect(errors(run)).toEqual([
      "jobs/typo.yaml:3: Unknown key 'infrastucture' at the top level (did you mean 'infrastructure'?)",
    ])
    expect(run.stdout).toContain('No job is removed by this change')
    expect(state('typo-job')).toEqual(RUNTIME)
  }, 60_000)

  it('keeps the runtime of a config moved out of the folder its workflow selects', async () => {
    const run = await push(
      'split',
      { 'jobs/team-a/split.yaml': null, 'jobs/team-b/split.yaml': sandboxJob('split-job') },
      { INPUT_CONFIGS: 'jobs/team-a/**' },
    )
    expect(run.status, run.stdout).toBe(0)
    expect(run.stdout).toContain('No job is removed by this change')
    expect(state('split-job')).toEqual(RUNTIME)
  }, 60_000)

  it('keeps the runtime of a config moved under a ! pattern', async () => {
    const run = await push(
      'excluded',
      { 'jobs/kept.yaml': null, 'jobs/archive/kept.yaml': sandboxJob('kept-job') },
      { INPUT_CONFIGS: 'jobs/**/*.yaml\n!jobs/archive/**' },
    )
    expect(run.status, run.stdout).toBe(0)
    expect(run.stdout).toContain('No job is removed by this change')
    expect(state('kept-job')).toEqual(RUNTIME)
  }, 60_000)

  it('refuses two configs with one job_name before any Terraform command, at both lines', async () => {
    const run = await push('duplicate', {
      'jobs/copy.yaml': sandboxJob('dup-job'),
      'other/dup.yaml': sandboxJob('DUP-job'),
    })
    expect(run.status, run.stdout).toBe(1)
    expect(errors(run)).toEqual([
      "jobs/copy.yaml:11: job_name 'dup-job' is also the job_name of other/dup.yaml ('DUP-job', line 11): two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config",
      "other/dup.yaml:11: job_name 'DUP-job' is also the job_name of jobs/copy.yaml ('dup-job', line 11): two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config",
    ])
    expect(run.stdout).not.toContain('dup-job: apply')
    expect(state('dup-job')).toEqual([])
  }, 60_000)

  it('holds back a real deletion while a file that may be a config cannot be read', async () => {
    const run = await push('held-back', {
      'jobs/copy.yaml': null,
      'jobs/gone.yaml': null,
      'jobs/broken.yaml': 'infrastructure:\n  tags:\n    job_name: [broken\n',
    })
    expect(run.status, run.stdout).toBe(1)
    expect(errors(run)).toEqual([
      'jobs/broken.yaml:4: YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]',
      "jobs/broken.yaml:1: This file may be a job config, but it cannot be read as YAML (YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]), and it has a job config's keys: no removed job is destroyed while a config in the repository cannot be read. Held back: gone-job (jobs/gone.yaml, config deleted). Fix the file (if it is no job config, give it no infrastructure or job_name key) and run again",
    ])
    expect(state('gone-job')).toEqual(RUNTIME)
    expect(run.summary).toContain('left running: held back: jobs/broken.yaml may be a job config')
  }, 60_000)

  it('destroys a job no config claims once every config can be read', async () => {
    const run = await push('deleted', {
      'jobs/broken.yaml': null,
      'jobs/archive/kept.yaml': null,
    })
    expect(run.status, run.stdout).toBe(0)
    expect(run.stdout).toContain(
      'Removed by this change: kept-job (jobs/archive/kept.yaml, config deleted)',
    )
    expect(state('kept-job')).toEqual([])
    expect(['orders-a', 'typo-job', 'split-job', 'gone-job'].map(state)).toEqual(
      Array(4).fill(RUNTIME),
    )
  }, 60_000)
})

describe('one job_name, one config, in validate mode too', () => {
  it('is an error at both job_name lines through the CLI and the action', async () => {
    const dir = tempDir('dativo-one-config-')
    for (const [file, text] of [
      ['jobs/orders.yaml', sandboxJob('orders')],
      ['archive/orders-2024.yaml', sandboxJob('Orders')],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'validate', 'jobs'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      encoding: 'utf8',
    })
    expect(cli.status, cli.stdout + cli.stderr).toBe(1)
    expect(cli.stdout.split('\n')).toEqual([
      "archive/orders-2024.yaml:11:15: error: job_name 'Orders' is also the job_name of jobs/orders.yaml ('orders', line 11): two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config [duplicate-job-name]",
      "jobs/orders.yaml:11:15: error: job_name 'orders' is also the job_name of archive/orders-2024.yaml ('Orders', line 11): two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config [duplicate-job-name]",
      '2 errors in 1 of 1 config',
      '',
    ])
    const action = await runActionAsync(dir, {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'jobs/**/*.yaml',
      'INPUT_CHANGED-ONLY': 'false',
    })
    expect(action.status, action.stdout).toBe(1)
    expect(
      action.annotations
        .filter((a) => a.properties.file)
        .map((a) => [a.level, a.properties.title, a.properties.file, a.properties.line]),
    ).toEqual([
      ['error', 'dativo: job name used by another config', 'archive/orders-2024.yaml', '11'],
      ['error', 'dativo: job name used by another config', 'jobs/orders.yaml', '11'],
    ])
    expect(action.outputs['error-count']).toBe('2')
    expect(action.summary).toContain('archive/orders-2024.yaml:11:15')
  })
})
