// A job whose temporary folder cannot be removed after its apply: a team root's provisioner
// leaves an immutable file in the job's own folder (beside its TF_DATA_DIR). The jobs were applied,
// so each still gets its values written; the folder left behind is a warning, not the loss of
// every job's outputs.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { applyInputs, pushedCheckout, read, sandboxJob, teamRoot } from './fixtures.js'

describe("a job's temporary folder that cannot be removed", () => {
  let run: ActionRun
  let workspace: string

  beforeAll(async () => {
    const runnerTemp = tempDir('dativo-runner-temp-')
    const pins = path.join(tempDir('dativo-pins-'), 'list')
    const pin = `resource "terraform_data" "pin" {
  provisioner "local-exec" {
    command = "touch \\"$(dirname \\"$TF_DATA_DIR\\")/pinned\\" && chattr +i \\"$(dirname \\"$TF_DATA_DIR\\")/pinned\\" && echo \\"$(dirname \\"$TF_DATA_DIR\\")/pinned\\" >> ${pins}"
  }
}
`
    const checkout = pushedCheckout({
      'jobs/pin.yaml': sandboxJob('pin'),
      'jobs/other.yaml': sandboxJob('other'),
      'terraform/dativo_jobs/pin/main.tf': teamRoot(undefined, pin),
    })
    workspace = checkout.workspace
    try {
      run = await runActionAsync(
        workspace,
        { ...applyInputs('jobs/*.yaml', { INPUT_PARALLELISM: '1' }), ...checkout.push },
        { ...terraformEnv(tempDir('dativo-tfrc-')), RUNNER_TEMP: runnerTemp },
      )
    } finally {
      // The file is made removable again, so that the test's folders can go.
      for (const file of (existsSync(pins) ? readFileSync(pins, 'utf8') : '')
        .split('\n')
        .filter(Boolean)) {
        execFileSync('chattr', ['-i', file])
      }
    }
  }, 300_000)

  it('writes the values of both applied jobs and does not fail the step', () => {
    expect(run.status, run.stdout).toBe(0)
    expect(read(workspace, 'jobs/pin.yaml')).toContain(
      'cluster_name: "c-pin" # {{terraform_outputs.cluster_name}}',
    )
    expect(read(workspace, 'jobs/other.yaml')).toContain(
      'cluster_name: "other-dev-cluster" # {{terraform_outputs.cluster_name}}',
    )
  })

  it('warns at the job and for the run that their temporary folders are left', () => {
    const warnings = run.annotations.filter((a) => a.level === 'warning')
    expect(warnings.map((a) => [a.properties.file, a.message.replace(/\/\S+/g, '<path>')])).toEqual(
      [
        [
          'jobs/pin.yaml',
          "The job's temporary folder <path> could not be removed (ENOTDIR: not a directory, scandir '<path> it holds the job's plan and variables, sensitive values included; remove it",
        ],
        [
          undefined,
          "The run's temporary folder <path> could not be removed (ENOTDIR: not a directory, scandir '<path> remove it",
        ],
      ],
    )
  })
})
