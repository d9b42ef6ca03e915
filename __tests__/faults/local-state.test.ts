// Fault 4: generated roots threw their state away. An apply of a cloud job with no backend is
// refused before Terraform runs, at its config, saying how to give it one; the sandbox job in the
// action gets a notice only; at a terminal the CLI keeps generated roots' state in the workspace
// (.dativo/state/<job_name>/, ignored by git), so running the README's first command twice plans
// nothing the second time.
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runActionAsync } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { applyInputs, git, teamRoot, workspaceWith } from './fixtures.js'

import { copyTracked } from '../helpers/examples.js'
import { runProcess } from '../helpers/process.js'

const AWS_JOB = 'examples/jobs/acme/stripe_customers_to_iceberg.yaml'
const SANDBOX = 'examples/jobs/acme/local_orders_sandbox.yaml'

/** The line of `infrastructure:` in the AWS example. */
function infrastructureLine(file: string): string {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n')
  return String(lines.indexOf('infrastructure:') + 1)
}

describe.concurrent('state that would be lost', () => {
  const env = terraformEnv(tempDir('dativo-tfrc-'))

  it('refuses to apply a cloud job without a backend, before any Terraform command', async () => {
    const job = readFileSync(path.join(ROOT, AWS_JOB), 'utf8')
    const workspace = workspaceWith({
      'jobs/stripe.yaml': job,
      'jobs/own.yaml': job.replace('job_name: stripe-customers-etl', 'job_name: own-root-etl'),
      'terraform/dativo_jobs/own-root-etl/main.tf': teamRoot(undefined),
    })
    const run = await runActionAsync(
      workspace,
      // Settings for Azure jobs only: the AWS jobs still have no backend.
      applyInputs('jobs/*.yaml', {
        'INPUT_BACKEND-CONFIG': 'azure:\n  key: "{job_name}.tfstate"',
        // The module's network, so that the jobs pass validation and reach the state check.
        'INPUT_TERRAFORM-VARS': '{"vpc_id": "vpc-1", "private_subnet_ids": ["subnet-1"]}',
      }),
      env,
    )
    expect(run.status).toBe(1)
    const fix =
      'Give it a backend with backend-config (aws: bucket, key=dativo/{environment}/{job_name}.tfstate, region, use_lockfile=true) or a backend block in its own root; to keep the state local anyway, set allow-local-state: true'
    expect(
      run.annotations
        .filter((a) => a.properties.file)
        .map((a) => [a.level, a.properties.file, a.properties.line, a.properties.title, a.message]),
    ).toEqual([
      [
        'error',
        'jobs/own.yaml',
        infrastructureLine(AWS_JOB),
        'dativo: state would be lost',
        `Not applied: this aws job has no state backend, so its Terraform state would stay in a local file of its root terraform/dativo_jobs/own-root-etl (no remote backend), lost with the runner and unknown to every other run, which would then create its resources again. ${fix}`,
      ],
      [
        'error',
        'jobs/stripe.yaml',
        infrastructureLine(AWS_JOB),
        'dativo: state would be lost',
        `Not applied: this aws job has no state backend, so its Terraform state would stay in the run's temporary folder, lost with the runner and unknown to every other run, which would then create its resources again. ${fix}`,
      ],
    ])
    expect(run.stdout).not.toContain('Initializing')
    expect(JSON.parse(run.outputs.results!)).toMatchObject([
      { config: 'jobs/own.yaml', plan: null, resolved: false },
      { config: 'jobs/stripe.yaml', plan: null, resolved: false },
    ])
  }, 60_000)

  it('the sandbox job in the action: applied, with a notice that its state goes with the runner', async () => {
    const workspace = workspaceWith({})
    cpSync(path.join(ROOT, SANDBOX), path.join(workspace, 'jobs/sandbox.yaml'))
    const run = await runActionAsync(workspace, applyInputs('jobs/sandbox.yaml'), env)
    expect(run.status, run.stdout).toBe(0)
    expect(
      run.annotations.map((a) => [a.level, a.properties.file, a.properties.title, a.message]),
    ).toEqual([
      [
        'notice',
        'jobs/sandbox.yaml',
        'dativo: state would be lost',
        "This sandbox job's Terraform state stays in the run's temporary folder on the runner and is lost when the job ends (the sandbox creates nothing outside it)",
      ],
    ])
  }, 60_000)

  it("the CLI keeps a generated root's state in the workspace: the README's first command twice", async () => {
    const workspace = workspaceWith({})
    copyTracked('examples', path.join(workspace, 'examples'))
    git(workspace, 'add', '-A')
    git(workspace, 'commit', '-qm', 'examples')
    const command = () =>
      runProcess(
        process.execPath,
        [
          path.join(ROOT, 'dist/cli.js'),
          'run',
          '--mode',
          'apply',
          '--configs',
          'examples/jobs/acme/local*.yaml',
        ],
        { cwd: workspace, env: { ...env, GITHUB_ACTIONS: '' } },
      )
    const first = await command()
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout.trimEnd().split('\n').at(-1)).toBe('1 config applied: +1 ~0 -0, 1 resolved')
    const second = await command()
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 config applied: +0 ~0 -0, 1 resolved',
    )
    expect(second.stderr).toContain('State: .dativo/state/orders-sandbox/terraform.tfstate')
    const state = JSON.parse(
      readFileSync(path.join(workspace, '.dativo/state/orders-sandbox/terraform.tfstate'), 'utf8'),
    ) as { resources: Array<{ type: string }> }
    expect(state.resources.map((r) => r.type)).toEqual(['terraform_data'])
    // Git sees the resolved config, never the state.
    expect(readFileSync(path.join(workspace, '.dativo/.gitignore'), 'utf8')).toBe(
      '# Terraform state of the dativo-infra CLI: never commit it.\n*\n',
    )
    expect(git(workspace, 'status', '--porcelain', '--untracked-files=all')).toBe(`M ${SANDBOX}`)
  }, 120_000)
})
