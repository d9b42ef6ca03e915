// dist/index.js when the runner cannot install Terraform: a problem of the runner, not of any
// config, so one error for the run, never an annotation at each config's `infrastructure:` line.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { trackedText } from '../helpers/examples.js'
import { unreachableUrl } from '../helpers/fake-github.js'
import { renderGfm, textOf } from '../helpers/gfm.js'
import { tempDir } from '../helpers/temp.js'

describe('Terraform that cannot be installed', () => {
  it('is one error for the run, at no config', async () => {
    const workspace = tempDir('dativo-no-terraform-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    const sandbox = trackedText('examples/jobs/acme/local_orders_sandbox.yaml')
    for (const name of ['a', 'b', 'c']) {
      writeFileSync(
        path.join(workspace, `jobs/${name}.yaml`),
        sandbox.replace('job_name: orders-sandbox', `job_name: sandbox-${name}`),
      )
    }
    const run = await runActionAsync(workspace, {
      INPUT_MODE: 'plan',
      'INPUT_CHANGED-ONLY': 'false',
      'INPUT_TERRAFORM-VERSION': '1.9.8',
      'INPUT_TERRAFORM-MIRROR': await unreachableUrl(),
    })
    expect(run.status).toBe(1)
    // The error, then the step's failure, which says it is the run's.
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors.map((error) => error.properties)).toEqual([{}, {}])
    expect(errors[0]!.message).toMatch(/^Terraform could not be installed, so no job ran: /)
    expect(errors[1]!.message).toBe('1 error in the run (3 job configs)')
    expect(run.annotations.filter((a) => a.properties.file)).toEqual([])
    expect(run.outputs['error-count']).toBe('1')
    // The reports say it once, and show each job as not run.
    const text = textOf(renderGfm(run.summary))
    expect(text.match(/Terraform could not be installed/g)).toHaveLength(1)
    expect(text).toContain('❌ 3 failed')
  }, 120_000)
})
