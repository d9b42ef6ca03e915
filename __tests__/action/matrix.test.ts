// A matrix through the committed dist/index.js: a validate run gives the matrix, three legs apply
// one config each in processes and folders of their own (commit-back off), and a resolve run that
// shares nothing with them but their uploaded outputs files commits once: the same commit a
// single apply run makes. Outputs files that do not match the configs are errors at the config.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { git, Repository } from '../helpers/repository.js'
import { terraformEnv } from '../helpers/terraform.js'

const JOBS = ['one', 'two', 'three']

const config = (name: string) => `# ${name}: a sandbox job
tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"   # filled in by apply
    service_name: '{{ terraform_outputs.service_name }}'
  tags:
    job_name: ${name}
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
`

describe('a matrix of legs and one resolve step', () => {
  let base: string
  let repo: Repository
  let env: NodeJS.ProcessEnv
  let start: string
  let added: string
  let single: ActionRun
  let singleCommit: string
  let discover: ActionRun
  let legs: ActionRun[]
  let resolve: ActionRun
  let uploaded: string

  const run = (name: string, commit: string, vars: Record<string, string>) =>
    runActionAsync(
      repo.checkout(name, commit),
      {
        ...repo.pushEvent(start, added),
        GITHUB_RUN_ID: '77',
        'INPUT_TERRAFORM-VERSION': 'system',
        ...vars,
      },
      env,
    )

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-matrix-'))
    env = terraformEnv(path.join(base, 'tf'))
    repo = new Repository(base)
    start = repo.head('main')
    added = repo.commit(
      'main',
      Object.fromEntries(JOBS.map((name) => [`jobs/${name}.yaml`, config(name)])),
      'Add three jobs',
    )

    // One runner: apply every config and commit back.
    single = await run('single', added, { INPUT_MODE: 'apply' })
    singleCommit = git(base, '--git-dir', repo.remote, 'rev-parse', 'main')
    git(repo.work, 'push', '-q', '--force', 'origin', `${added}:main`)

    // Many runners: the matrix, a leg per config, then the resolve step.
    discover = await run('discover', added, { INPUT_MODE: 'validate' })
    const matrix = JSON.parse(discover.outputs.matrix!) as { include: Array<{ config: string }> }
    legs = await Promise.all(
      matrix.include.map((leg, index) =>
        run(`leg-${index}`, added, {
          INPUT_MODE: 'apply',
          INPUT_CONFIGS: leg.config,
          'INPUT_CHANGED-ONLY': 'false',
          'INPUT_COMMIT-BACK': 'false',
        }),
      ),
    )
    // What actions/upload-artifact and download-artifact carry: the files, one folder each.
    uploaded = path.join(base, 'uploaded')
    for (const [index, leg] of legs.entries()) {
      mkdirSync(path.join(uploaded, `dativo-outputs-${index}`), { recursive: true })
      const file = leg.outputs['outputs-file']!
      writeFileSync(
        path.join(uploaded, `dativo-outputs-${index}`, path.basename(file)),
        leg.outputsFile!,
      )
    }
    resolve = await run('resolve', added, { INPUT_MODE: 'resolve', 'INPUT_OUTPUTS-FROM': uploaded })
  }, 300_000)
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('lists the three configs in the matrix output', () => {
    expect(discover.status, discover.stdout).toBe(0)
    expect(JSON.parse(discover.outputs.matrix!)).toEqual({
      include: JOBS.map((name) => ({
        config: `jobs/${name}.yaml`,
        job_name: name,
        provider: 'local',
      })).sort((a, b) => a.config.localeCompare(b.config)),
    })
  })

  it('runs each leg on its own config, commits nothing, and names its outputs file', () => {
    for (const leg of legs) {
      expect(leg.status, leg.stdout).toBe(0)
      expect(leg.outputs['commit-sha']).toBe('')
      const file = JSON.parse(leg.outputsFile!) as {
        version: number
        commit: string
        jobs: Array<{
          config: string
          job_name: string
          outputs: Record<string, unknown>
          plan: unknown
          fingerprint: string
        }>
      }
      expect(file.version).toBe(1)
      expect(file.commit).toBe(added)
      expect(file.jobs).toHaveLength(1)
      const [job] = file.jobs
      expect(job!.outputs.cluster_name).toBe(`${job!.job_name}-dev-cluster`)
      expect(job!.plan).toEqual({ add: 1, change: 0, destroy: 0 })
      expect(job!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    }
    const files = legs.map((leg) => path.basename(leg.outputs['outputs-file']!))
    expect(new Set(files).size).toBe(3)
  })

  it('commits once, from the resolve step: the same tree and message a single run commits', () => {
    expect(single.status, single.stdout).toBe(0)
    expect(resolve.status, resolve.stdout).toBe(0)
    const commit = resolve.outputs['commit-sha']!
    expect(commit).toMatch(/^[0-9a-f]{40}$/)
    expect(git(base, '--git-dir', repo.remote, 'rev-parse', 'main')).toBe(commit)
    expect(git(base, '--git-dir', repo.remote, 'rev-parse', `${commit}~1`)).toBe(added)
    expect(git(base, '--git-dir', repo.remote, 'rev-parse', `${commit}^{tree}`)).toBe(
      git(base, '--git-dir', repo.remote, 'rev-parse', `${singleCommit}^{tree}`),
    )
    const message = (sha: string) =>
      git(base, '--git-dir', repo.remote, 'log', '-1', '--format=%an|%B', sha)
    expect(message(commit)).toBe(message(singleCommit))
    expect(
      git(base, '--git-dir', repo.remote, 'diff', '--name-only', added, commit).split('\n'),
    ).toEqual(JOBS.map((name) => `jobs/${name}.yaml`).sort())
    expect(git(base, '--git-dir', repo.remote, 'show', `${commit}:jobs/two.yaml`)).toContain(
      'cluster_name: "two-dev-cluster" # {{terraform_outputs.cluster_name}}   # filled in by apply',
    )
  })

  it('reports each resolved config in results', () => {
    const results = JSON.parse(resolve.outputs.results!) as Array<{
      config: string
      resolved: boolean
    }>
    expect(results.map((r) => [r.config, r.resolved])).toEqual(
      JOBS.map((name) => [`jobs/${name}.yaml`, true]).sort(),
    )
  })

  it('refuses outputs that come twice for a job or were made for another version of its config', async () => {
    // A leg's file uploaded twice, and a push that changed one config since the legs ran.
    const twice = path.join(base, 'uploaded-twice')
    cpSync(uploaded, twice, { recursive: true })
    cpSync(path.join(uploaded, 'dativo-outputs-0'), path.join(twice, 'again'), { recursive: true })
    git(repo.work, 'push', '-q', '--force', 'origin', `${added}:main`)
    const changed = repo.commit('main', {
      'jobs/two.yaml': config('two').replace('cost_center: data-platform', 'cost_center: finance'),
    })
    const bad = await runActionAsync(
      repo.checkout('resolve-bad', changed),
      {
        ...repo.pushEvent(added, changed),
        GITHUB_RUN_ID: '78',
        INPUT_MODE: 'resolve',
        'INPUT_OUTPUTS-FROM': twice,
      },
      env,
    )
    expect(bad.status).toBe(1)
    // The matrix lists configs in order: one, three, two.
    const fileOf = (index: number) => path.basename(legs[index]!.outputs['outputs-file']!)
    const errors = bad.annotations.filter((a) => a.level === 'error' && a.properties.file)
    expect(
      errors.map((a) => [a.properties.file, a.message.replace(/\b[0-9a-f]{7}\b/g, 'SHA')]),
    ).toEqual([
      [
        'jobs/one.yaml',
        `Outputs for this config come more than once (again/${fileOf(0)}, dativo-outputs-0/${fileOf(0)}): each matrix leg must run a config of its own`,
      ],
      [
        'jobs/two.yaml',
        `This config changed after its outputs were made (dativo-outputs-2/${fileOf(2)} was written for blob SHA, the workspace has SHA): run the matrix again on this commit`,
      ],
    ])
    // The one config that still matches is resolved and committed, alone.
    const commit = bad.outputs['commit-sha']!
    expect(git(base, '--git-dir', repo.remote, 'diff', '--name-only', changed, commit)).toBe(
      'jobs/three.yaml',
    )
  }, 120_000)
})
