// Progress of a long run through the committed dist/index.js: start, heartbeat and end lines are
// printed while a slow job runs (its apply waits on a file only this test creates), outside the
// job's log group, which still holds its whole Terraform log. The CLI prints the same lines.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runActionAsync, startAction } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

function job(name: string): string {
  return `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
  region: local
  tags:
    job_name: ${name}
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
`
}

/** A root whose apply waits until `release` exists (at most a minute). */
function slowRoot(release: string): string {
  return `variable "job_metadata" {
  type = map(string)
}
resource "terraform_data" "wait" {
  input = var.job_metadata["job_name"]
  provisioner "local-exec" {
    command = "i=0; while [ ! -f ${JSON.stringify(release).slice(1, -1)} ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done"
  }
}
`
}

describe('progress lines while a slow job applies', () => {
  let base: string
  let release: string
  let run: ActionRun
  /** What was printed when the test saw the heartbeat, before it let the job finish. */
  let beforeRelease: string[]
  let heartbeat: string

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-progress-'))
    const workspace = path.join(base, 'repo')
    release = path.join(base, 'release')
    mkdirSync(path.join(workspace, 'jobs'), { recursive: true })
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    writeFileSync(path.join(workspace, 'jobs/quick.yaml'), job('quick'))
    writeFileSync(path.join(workspace, 'jobs/slow.yaml'), job('slow'))
    mkdirSync(path.join(workspace, 'terraform/dativo_jobs/slow'), { recursive: true })
    writeFileSync(path.join(workspace, 'terraform/dativo_jobs/slow/main.tf'), slowRoot(release))

    const running = startAction(
      workspace,
      {
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        INPUT_PARALLELISM: '2',
        'INPUT_COMMIT-BACK': 'false',
      },
      { ...terraformEnv(path.join(base, 'tf')), DATIVO_PROGRESS_INTERVAL: '1' },
    )
    heartbeat = await running.waitFor(/^\[2\/2\] slow: apply still running \(\d+ s\)$/)
    beforeRelease = running.stdout().split('\n').slice(0, -1)
    expect(running.child.exitCode).toBe(null)
    writeFileSync(release, '')
    run = await running.finished
  }, 180_000)
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('prints the start line and heartbeats while the job runs, and no end line before it ends', () => {
    expect(existsSync(release)).toBe(true)
    expect(beforeRelease).toContain('[2/2] slow: apply started')
    expect(beforeRelease).toContain('[1/2] quick: apply started')
    expect(beforeRelease).toContain(heartbeat)
    expect(beforeRelease.filter((line) => line.startsWith('[2/2] slow: apply +'))).toEqual([])
    // Its log is printed when it ends, so none of it yet.
    expect(beforeRelease).not.toContain('::group::Terraform apply: slow (jobs/slow.yaml)')
  })

  it('ends the job with its plan counts and duration, after its whole log in one group', () => {
    expect(run.status, run.stdout).toBe(0)
    const lines = run.stdout.split('\n')
    const end = lines.findIndex((line) => /^\[2\/2\] slow: apply \+1 ~0 -0 \(\d+ s\)$/.test(line))
    expect(end).toBeGreaterThan(lines.indexOf(heartbeat))
    const group = lines.indexOf('::group::Terraform apply: slow (jobs/slow.yaml)')
    const close = lines.indexOf('::endgroup::', group)
    expect(group).toBeGreaterThan(lines.indexOf(heartbeat))
    expect(close).toBeLessThan(end)
    const log = lines.slice(group + 1, close)
    expect(log.some((line) => line.startsWith('Terraform has been successfully initialized'))).toBe(
      true,
    )
    expect(log).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.')
    // No progress line inside a group, where a collapsed log would hide it.
    expect(log.filter((line) => /^\[\d+\/\d+\] /.test(line))).toEqual([])
    expect(
      lines.filter((line) => /^\[1\/2\] quick: apply \+1 ~0 -0 \(\d+ s\)$/.test(line)),
    ).toHaveLength(1)
  })
})

describe('progress lines of the CLI when its output is piped', () => {
  let workspace: string
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('prints plain start and end lines on standard error', () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dativo-progress-cli-'))
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    writeFileSync(path.join(workspace, 'jobs/orders.yaml'), job('orders'))
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), 'run', '--mode', 'plan', '--configs', 'jobs/*.yaml'],
      { cwd: workspace, encoding: 'utf8', env: terraformEnv(path.join(workspace, '.tf')) },
    )
    expect(result.status, result.stderr).toBe(0)
    const progress = result.stderr.split('\n').filter((line) => line.startsWith('['))
    expect(progress[0]).toBe('[1/1] orders: plan started')
    expect(progress.at(-1)).toMatch(/^\[1\/1\] orders: plan \+1 ~0 -0 \(\d+ s\)$/)
    expect(result.stderr).not.toContain('\x1b[')
  })
})

describe('one job at a time in plan mode, the next starting while the last one reads its plan', () => {
  it("streams each job's log in a group of its own, in order, between its start and end lines", async () => {
    const workspace = tempDir('dativo-progress-live-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    const names = ['alpha', 'bravo', 'charlie']
    for (const name of names) writeFileSync(path.join(workspace, `jobs/${name}.yaml`), job(name))
    const run = await runActionAsync(
      workspace,
      {
        INPUT_MODE: 'plan',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        INPUT_PARALLELISM: '1',
        'INPUT_COMMENT-ON-PR': 'false',
      },
      terraformEnv(tempDir('dativo-tfrc-')),
    )
    expect(run.status, run.stdout).toBe(0)
    // What each line is: a job's start or end line, a group's bounds, an init, a line naming a job.
    const shape = run.stdout
      .split('\n')
      .flatMap((line) => {
        const progress = /^\[\d\/3\] (\w+): (plan started|plan \+1 ~0 -0 \(\d+ s\))$/.exec(line)
        if (progress) return [`${progress[1]} ${progress[2] === 'plan started' ? 'start' : 'end'}`]
        const group = /^::group::Terraform plan: (\w+) /.exec(line)
        if (group) return [`${group[1]} group`]
        if (line === '::endgroup::') return ['endgroup']
        // Each job's own init: another job's in its group would be a second one.
        if (line === 'Terraform has been successfully initialized!') return ['init']
        const named = names.find((name) => line.includes(`"${name}-dev-cluster"`))
        return named ? [`${named} line`] : []
      })
      .filter((entry, i, all) => entry !== all[i - 1] || !entry.endsWith(' line'))
    const jobs = shape.slice(shape.indexOf('alpha start'), shape.indexOf('charlie end') + 1)
    expect(jobs).toEqual(
      names.flatMap((name) => [
        `${name} start`,
        `${name} group`,
        'init',
        `${name} line`,
        'endgroup',
        `${name} end`,
      ]),
    )
  })
})
