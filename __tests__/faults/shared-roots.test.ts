// Fault 2: values crossing between jobs that share a team's root. Two runs at once in one root
// (terraform-dir without {job_name}), and one run whose two jobs reach one folder through two
// links: ten times each, every config gets its own job's values. A shared root without a state
// per job is refused before Terraform runs.
import { existsSync, readdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import {
  applyInputs,
  identifier,
  INFRASTRUCTURE_LINE,
  read,
  sandboxJob,
  teamRoot,
  workspaceWith,
  write,
} from './fixtures.js'

const REPETITIONS = 10
const PER_JOB_STATE = 'local:\n  path: state/{job_name}.tfstate'

/** The configs of round `round`: fresh placeholders, and the round in a tag the outputs carry. */
function configs(round: number): Record<string, string> {
  return {
    'jobs/job-a.yaml': sandboxJob('job-a', `    round: "${round}"\n`),
    'jobs/job-b.yaml': sandboxJob('job-b', `    round: "${round}"\n`),
  }
}

function expectOwnValues(workspace: string, round: number) {
  for (const name of ['job-a', 'job-b']) {
    const text = read(workspace, `jobs/${name}.yaml`)
    expect([name, identifier(text, 'cluster_name'), identifier(text, 'service_name')]).toEqual([
      name,
      `c-${name}`,
      `s-${name}-${round}`,
    ])
  }
}

describe.concurrent('jobs sharing a team root', () => {
  const env = terraformEnv(tempDir('dativo-tfrc-'))

  it('two runs at once in one root, one config each: no value crosses in ten rounds', async () => {
    const workspace = workspaceWith({
      ...configs(0),
      'terraform/shared/main.tf': teamRoot('local'),
    })
    for (let round = 1; round <= REPETITIONS; round++) {
      write(workspace, configs(round))
      const inputs = (config: string) =>
        applyInputs(config, {
          'INPUT_TERRAFORM-DIR': 'terraform/shared',
          'INPUT_BACKEND-CONFIG': PER_JOB_STATE,
        })
      const [a, b] = await Promise.all([
        runActionAsync(workspace, inputs('jobs/job-a.yaml'), env),
        runActionAsync(workspace, inputs('jobs/job-b.yaml'), env),
      ])
      expect([a.status, b.status], a.stdout + b.stdout).toEqual([0, 0])
      expectOwnValues(workspace, round)
    }
    // Nothing of either job was left in the team's root but the two states.
    expect(readdirSync(path.join(workspace, 'terraform/shared')).sort()).toEqual([
      'main.tf',
      'state',
    ])
    expect(readdirSync(path.join(workspace, 'terraform/shared/state')).sort()).toEqual([
      'job-a.tfstate',
      'job-a.tfstate.backup',
      'job-b.tfstate',
      'job-b.tfstate.backup',
    ])
  }, 300_000)

  it('one run, two jobs whose folders are links to one: no value crosses in ten rounds', async () => {
    const workspace = workspaceWith({
      ...configs(0),
      'terraform/shared/main.tf': teamRoot('local'),
    })
    for (const name of ['job-a', 'job-b']) {
      symlinkSync('shared', path.join(workspace, 'terraform', name))
    }
    for (let round = 1; round <= REPETITIONS; round++) {
      write(workspace, configs(round))
      const run = await runActionAsync(
        workspace,
        applyInputs('jobs/*.yaml', {
          'INPUT_TERRAFORM-DIR': 'terraform/{job_name}',
          'INPUT_BACKEND-CONFIG': PER_JOB_STATE,
          INPUT_PARALLELISM: '2',
        }),
        env,
      )
      expect(run.status, run.stdout).toBe(0)
      expectOwnValues(workspace, round)
    }
  }, 300_000)

  it('refuses a shared root where the jobs would share one state, before Terraform runs', async () => {
    const workspace = workspaceWith({
      ...configs(1),
      'terraform/shared/main.tf': teamRoot('local'),
    })
    for (const name of ['job-a', 'job-b']) {
      symlinkSync('shared', path.join(workspace, 'terraform', name))
    }
    const shared = await runActionAsync(
      workspace,
      applyInputs('jobs/job-a.yaml', { 'INPUT_TERRAFORM-DIR': 'terraform/shared' }),
      env,
    )
    const linked = await runActionAsync(
      workspace,
      applyInputs('jobs/*.yaml', {
        'INPUT_TERRAFORM-DIR': 'terraform/{job_name}',
        'INPUT_BACKEND-CONFIG': 'local:\n  path: state/all.tfstate',
      }),
      env,
    )
    const fix =
      'Give each job its own state: a backend block in terraform/shared and {job_name} in backend-config (e.g. key=dativo/{job_name}.tfstate; for backend "local" {}, path=state/{job_name}.tfstate), or a folder per job (terraform-dir with {job_name})'
    expect(shared.status).toBe(1)
    expect(
      shared.annotations
        .filter((a) => a.properties.file)
        .map((a) => [a.level, a.properties.file, a.properties.line, a.message]),
    ).toEqual([
      [
        'error',
        'jobs/job-a.yaml',
        INFRASTRUCTURE_LINE,
        `terraform-dir 'terraform/shared' has no {job_name}, so every job runs in this one folder, and this job's state there is not its own: each job's apply would replace the resources of the others. ${fix}`,
      ],
    ])
    expect(linked.status).toBe(1)
    expect(
      linked.annotations
        .filter((a) => a.properties.file)
        .map((a) => [a.level, a.properties.file, a.message]),
    ).toEqual(
      ['job-a', 'job-b'].map((name) => [
        'error',
        `jobs/${name}.yaml`,
        `terraform/${name} is a link to terraform/shared, a folder other jobs can reach too, and this job's state there is not its own: each job's apply would replace the resources of the others. ${fix}`,
      ]),
    )
    // Refused before any Terraform command: no state, no lock file, nothing resolved.
    expect(readdirSync(path.join(workspace, 'terraform/shared'))).toEqual(['main.tf'])
    expect(existsSync(path.join(workspace, 'terraform/shared/state'))).toBe(false)
    expect(read(workspace, 'jobs/job-a.yaml')).toBe(configs(1)['jobs/job-a.yaml'])
    expect(`${shared.stdout}${linked.stdout}`).not.toContain('Initializing')
  }, 120_000)
})
