// What a config can smuggle into a run, through the committed dist/index.js with real Terraform:
// workflow commands in values Terraform prints (read back as the runner reads a step's output),
// sensitive outputs printed in other encodings than the masks hold, and the token in the
// environment of Terraform's provisioners and of deploy-command.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { readAsRunner } from '../helpers/runner-log.js'
import type { RunnerLog } from '../helpers/runner-log.js'
import { terraformEnv } from '../helpers/terraform.js'

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`
const PASSWORD = `pa"ss\\w0rd-${randomBytes(6).toString('hex')}`
const KEY_LINES = [
  '-----BEGIN PRIVATE KEY-----',
  `MIIE${randomBytes(24).toString('base64')}`,
  `${randomBytes(24).toString('base64')}`,
  '-----END PRIVATE KEY-----',
]
const KEY = KEY_LINES.join('\n') + '\n'

/** Lines a config value tries to pass off as commands: each would work if printed bare. */
const FORGED = [
  'ok',
  '::error file=jobs/forged.yaml,line=1::FORGED error',
  '::add-mask::dev',
  '::stop-commands::deadbeef',
  'text ##[warning]FORGED warning',
  '   ::warning::FORGED after spaces',
].join('\n')

const SECRETS_ROOT = `variable "region" {
  type = string
}
variable "job_metadata" {
  type = map(string)
}
variable "environment_variables" {
  type    = map(string)
  default = {}
}
resource "terraform_data" "runtime" {
  input = {
    tags = var.job_metadata
    env  = var.environment_variables
  }
}
# Prints the environment Terraform's provisioners get.
resource "terraform_data" "probe" {
  provisioner "local-exec" {
    command = "env"
  }
}
output "cluster_name" {
  value = "secrets-cluster"
}
output "db_password" {
  value     = ${JSON.stringify(PASSWORD)}
  sensitive = true
}
output "tls_key" {
  value     = ${JSON.stringify(KEY)}
  sensitive = true
}
output "db_settings" {
  value     = { port = 5432, ssl = true, env = "dev" }
  sensitive = true
}
`

const SECRETS_JOB = `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
    image: "dativo:1.1.0"
    environment_variables:
      NOTE: ${JSON.stringify(FORGED)}
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
    db_password: "{{terraform_outputs.db_password}}"
    tls_key: |-
      {{terraform_outputs.tls_key}}
    db_settings: "{{terraform_outputs.db_settings}}"
  tags:
    job_name: secrets
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
`

const SANDBOX_JOB = `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
    image: "dativo:1.1.0"
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
  tags:
    job_name: sandbox
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
    notes: ${JSON.stringify(FORGED.replace(/FORGED/g, 'FORGED tag'))}
`

describe('apply with config values that try to be commands, sensitive outputs and a token', () => {
  let workspace: string
  let scratch: string
  let run: ActionRun
  let log: RunnerLog

  beforeAll(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dativo-untrusted-'))
    scratch = mkdtempSync(path.join(tmpdir(), 'dativo-tf-'))
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    writeFileSync(path.join(workspace, 'jobs/secrets.yaml'), SECRETS_JOB)
    writeFileSync(path.join(workspace, 'jobs/sandbox.yaml'), SANDBOX_JOB)
    mkdirSync(path.join(workspace, 'terraform/secrets'), { recursive: true })
    writeFileSync(path.join(workspace, 'terraform/secrets/main.tf'), SECRETS_ROOT)

    run = await runActionAsync(
      workspace,
      {
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_TERRAFORM-DIR': 'terraform/{job_name}',
        // One job at a time: Terraform's lines reach the log as they come, between the masks.
        INPUT_PARALLELISM: '1',
        'INPUT_ALLOW-SENSITIVE-OUTPUTS': 'true',
        'INPUT_COMMIT-BACK': 'false',
        'INPUT_COMMENT-ON-PR': 'false',
        'INPUT_DEPLOY-COMMAND': 'env',
        'INPUT_GITHUB-TOKEN': TOKEN,
      },
      terraformEnv(scratch),
    )
    log = readAsRunner(run.stdout)
  }, 300_000)

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  })

  it('runs both jobs to the end', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const results = JSON.parse(run.outputs.results!) as Array<{ resolved: boolean }>
    expect(results.map((r) => r.resolved)).toEqual([true, true])
  })

  it('(1) issues no command from a config value, while the values reach the log as text', () => {
    const forged = log.commands.filter((c) => /FORGED|deadbeef/.test(JSON.stringify(c)))
    expect(forged).toEqual([])
    expect(log.masks).not.toContain('dev')
    expect(log.stopped).toBe(false)
    // Every block of foreign text is ours, with a fresh token, and ends.
    const stops = log.commands.filter((c) => c.name === 'stop-commands').map((c) => c.data)
    expect(stops.length).toBeGreaterThan(3)
    expect(new Set(stops).size).toBe(stops.length)
    for (const token of stops) expect(token).toMatch(/^[0-9a-f]{32}$/)
    // Terraform printed them, as heredoc lines the runner would have read.
    for (const line of [
      '::error file=jobs/forged.yaml,line=1::FORGED error',
      '::stop-commands::deadbeef',
      'text ##[warning]FORGED warning',
      '::error file=jobs/forged.yaml,line=1::FORGED tag error',
    ]) {
      expect(log.shown.some((shown) => shown.trim() === line)).toBe(true)
    }
    // Our own annotations and groups still work after them.
    expect(log.commands.filter((c) => c.name === 'group').map((c) => c.data)).toContain(
      'Resolve placeholders',
    )
  })

  it('(4) shows no sensitive value in any form it is printed in, and masks no small scalar', () => {
    const json = (text: string) => JSON.stringify(text).slice(1, -1)
    const forms = [PASSWORD, json(PASSWORD), json(KEY), ...KEY_LINES.slice(1, 3)]
    // The resolution diff printed them: the raw log holds the escaped password and the key's lines.
    expect(run.stdout).toContain(`db_password: "${json(PASSWORD)}"`)
    for (const line of KEY_LINES) expect(run.stdout).toContain(`      ${line}`)
    const shown = log.shown.join('\n')
    for (const form of forms) expect(shown).not.toContain(form)
    expect(shown + run.summary + JSON.stringify(run.outputs)).not.toContain(PASSWORD)
    // The structure is masked whole; its small scalars stay readable across the log.
    expect(
      log.masks.filter((mask) => ['dev', '5432', 'true', 'ssl', 'env'].includes(mask)),
    ).toEqual([])
    expect(log.shown.some((l) => /"dev"/.test(l))).toBe(true)
    expect(log.shown.some((l) => /\btrue\b/.test(l))).toBe(true)
  })

  it('(7) gives neither Terraform’s provisioners nor deploy-command the token', () => {
    // The provisioner and the deploy command each printed their environment.
    const provisioner = log.shown.filter((l) => l.includes('(local-exec): '))
    expect(provisioner.some((l) => l.includes('(local-exec): PATH='))).toBe(true)
    expect(log.shown.filter((l) => /^TF_CLI_CONFIG_FILE=/.test(l))).toHaveLength(2)
    for (const line of run.stdout.split('\n')) {
      if (line === `::add-mask::${TOKEN}`) continue
      expect(line).not.toContain(TOKEN)
      expect(line).not.toMatch(/\bINPUT_/)
    }
  })
})
