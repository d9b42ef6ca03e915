// A generated root is the same text in every locale: its outputs are written in code-unit order,
// not the runner's collation (Danish sorts `aab` after `ab`), so a plan's fingerprint does not
// change with the machine that makes it, and a reviewed plan is not refused for its locale.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { fleetConfig } from '../helpers/fleet.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

const MODULE = `resource "terraform_data" "runtime" {
  input = "sandbox"
}

output "ab" {
  value = terraform_data.runtime.output
}

output "aab" {
  value = terraform_data.runtime.output
}

output "Zeta" {
  value = terraform_data.runtime.output
}

output "cluster_name" {
  value = "cluster"
}
`

let runs: Record<string, ActionRun>

beforeAll(async () => {
  const base = tempDir('dativo-locale-')
  const workspace = path.join(base, 'workspace')
  mkdirSync(path.join(workspace, 'modules/sandbox'), { recursive: true })
  mkdirSync(path.join(workspace, 'jobs'))
  execFileSync('git', ['init', '-q', '-b', 'main', workspace])
  writeFileSync(path.join(workspace, 'modules/sandbox/main.tf'), MODULE)
  writeFileSync(
    path.join(workspace, 'jobs/sandbox.yaml'),
    fleetConfig({ name: 'locale-sandbox', team: 'data-engineering', environment: 'dev' }),
  )
  const env = terraformEnv(path.join(base, 'tfrc'))
  const inputs = {
    INPUT_MODE: 'plan',
    INPUT_CONFIGS: 'jobs/*.yaml',
    'INPUT_CHANGED-ONLY': 'false',
    'INPUT_TERRAFORM-VERSION': 'system',
    'INPUT_MODULE-SOURCE': './modules/sandbox',
    'INPUT_COMMENT-ON-PR': 'false',
  }
  runs = {}
  for (const locale of ['en_US.UTF-8', 'da_DK.UTF-8']) {
    runs[locale] = await runActionAsync(workspace, inputs, { ...env, LANG: locale, LC_ALL: locale })
  }
}, 240_000)

const fingerprint = (run: ActionRun) =>
  (JSON.parse(run.outputs.results!) as Array<{ fingerprint: string | null }>)[0]!.fingerprint

describe('a generated root in two locales', () => {
  it('plans alike, with the same fingerprint', () => {
    const english = runs['en_US.UTF-8']!
    const danish = runs['da_DK.UTF-8']!
    expect(english.status, english.stdout).toBe(0)
    expect(danish.status, danish.stdout).toBe(0)
    expect(fingerprint(english)).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(fingerprint(danish)).toBe(fingerprint(english))
  })
})
