// `dativo-infra drift` at a terminal, through the committed dist/cli.js: the sandbox jobs planned
// against the state the CLI keeps, one line per job, no issue. The sandbox's terraform_data has
// nothing outside Terraform to read back: an edit of its state is a change the configuration asks
// for, reported as not applied, never as drift.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/action.js'
import { fleetConfig } from '../helpers/fleet.js'
import { tempDir } from '../helpers/temp.js'

describe('dativo-infra drift', () => {
  it('prints each job’s state and a total, and calls an edited sandbox state not applied', async () => {
    const dir = tempDir('dativo-drift-cli-')
    execFileSync('git', ['init', '-q', '-b', 'main', dir])
    mkdirSync(path.join(dir, 'jobs'))
    for (const name of ['alpha', 'beta']) {
      writeFileSync(
        path.join(dir, `jobs/${name}.yaml`),
        fleetConfig({ name, team: 'data-engineering', environment: 'dev' }),
      )
    }
    const applied = await runCli(['run', '--mode', 'apply', '--configs', 'jobs'], dir)
    expect(applied.status, applied.stderr).toBe(0)
    // Someone edits beta's state by hand: its recorded team is no longer the config's.
    const state = path.join(dir, '.dativo/state/beta/terraform.tfstate')
    writeFileSync(
      state,
      readFileSync(state, 'utf8').replace(/"team": "data-engineering"/g, '"team": "by-hand"'),
    )
    const checked = await runCli(['drift', '--configs', 'jobs'], dir)
    expect(checked.status, checked.stderr).toBe(0)
    expect(checked.stdout.split('\n').filter(Boolean)).toEqual([
      'jobs/beta.yaml:3:1: warning: The plan has changes that no drift explains (+0 ~1 -0): the configuration asks for them, and they were never applied [not-applied]',
      'jobs/alpha.yaml: alpha: in sync',
      'jobs/beta.yaml: beta: changes not applied',
      '2 configs checked: 0 drifted, 1 with changes not applied, 1 in sync, 1 warning',
    ])
    // Nothing was applied, no config changed.
    expect(readFileSync(state, 'utf8')).toContain('"team": "by-hand"')
    expect((await runCli(['drift', '--help'], dir)).stdout).toContain(
      '--heal-tag-drift [true|false]',
    )
  }, 120_000)
})
