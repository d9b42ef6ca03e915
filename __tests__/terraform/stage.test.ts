// The Terraform stage end to end through the committed dist/index.js, with the real terraform:
// two jobs on the bundled local module (generated roots), one with its own root, one whose root
// is broken, two at a time (issue: Terraform stage, must-show 2 and 3).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'

const HOSTILE = '${file("/etc/hostname")}'
const SECRET = `sk-live-${randomBytes(12).toString('hex')}`

function job(name: string, extraTags = ''): string {
  return `# ${name}: a sandbox job
tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
    image: "dativo:1.1.0"
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"   # written on apply
    service_name: '{{ terraform_outputs.service_name }}'
  tags:
    job_name: ${name}
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
${extraTags}`
}

const OWN_ROOT = `variable "region" {
  type = string
}
variable "job_metadata" {
  type = map(string)
}
variable "default_tags" {
  type    = map(string)
  default = {}
}
resource "terraform_data" "runtime" {
  input = merge(var.default_tags, var.job_metadata)
}
output "cluster_name" {
  value = "\${var.job_metadata["job_name"]}-own-cluster"
}
output "service_name" {
  value = "\${var.job_metadata["job_name"]}-own-service"
}
output "api_key" {
  value     = "${SECRET}"
  sensitive = true
}
`

describe('mode apply: three jobs and a broken one, two at a time', () => {
  let workspace: string
  let run: ActionRun
  const before: Record<string, string> = {}

  beforeAll(async () => {
    workspace = tempDir('dativo-apply-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    const files: Record<string, string> = {
      'jobs/alpha.yaml': job('alpha', `    notes: '${HOSTILE}'\n`),
      'jobs/beta.yaml': job('beta'),
      'jobs/gamma.yaml': job('gamma', `    notes: '${HOSTILE}'\n`),
      'jobs/delta.yaml': job('delta'),
    }
    for (const [file, text] of Object.entries(files)) {
      writeFileSync(path.join(workspace, file), text)
      before[file] = text
    }
    mkdirSync(path.join(workspace, 'terraform/dativo_jobs/gamma'), { recursive: true })
    writeFileSync(path.join(workspace, 'terraform/dativo_jobs/gamma/main.tf'), OWN_ROOT)
    mkdirSync(path.join(workspace, 'terraform/dativo_jobs/delta'), { recursive: true })
    writeFileSync(
      path.join(workspace, 'terraform/dativo_jobs/delta/main.tf'),
      'resource "terraform_data" "x" {\n  input = \n}\n',
    )

    run = await runActionAsync(
      workspace,
      {
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        INPUT_PARALLELISM: '2',
        'INPUT_COMMIT-BACK': 'false',
        'INPUT_COMMENT-ON-PR': 'false',
      },
      terraformEnv(tempDir('dativo-tf-')),
    )
  }, 300_000)

  it('fails the step at the end, because of the broken root alone', () => {
    expect(run.status).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
    expect(errors.map((a) => a.properties.file)).toEqual(['jobs/delta.yaml'])
    expect(errors[0]!.properties.title).toBe('dativo: terraform failed')
    expect(errors[0]!.message).toMatch(
      /^terraform init failed: Error: Invalid expression on main\.tf line 2/,
    )
    expect(Number(errors[0]!.properties.line)).toBe(4)
  })

  it('applies the other three and captures their outputs', () => {
    const results = JSON.parse(run.outputs.results!) as Array<{
      config: string
      plan: { add: number; change: number; destroy: number } | null
      outputs: Record<string, unknown> | null
      resolved: boolean
    }>
    const byConfig = Object.fromEntries(results.map((r) => [r.config, r]))
    expect(byConfig['jobs/alpha.yaml']).toMatchObject({
      resolved: true,
      outputs: { cluster_name: 'alpha-dev-cluster', service_name: 'alpha-dev-service' },
    })
    expect(byConfig['jobs/beta.yaml']).toMatchObject({
      resolved: true,
      outputs: { cluster_name: 'beta-dev-cluster', service_name: 'beta-dev-service' },
    })
    expect(byConfig['jobs/gamma.yaml']).toMatchObject({
      resolved: true,
      plan: { add: 1, change: 0, destroy: 0 },
      outputs: { cluster_name: 'gamma-own-cluster', api_key: '(sensitive)' },
    })
    expect(byConfig['jobs/delta.yaml']).toMatchObject({ resolved: false, outputs: null })
    expect(run.outputs['has-changes']).toBe('true')
    expect(run.outputs['error-count']).toBe('1')
  })

  it('writes the outputs into the configs in place, with markers, and leaves the failed one alone', () => {
    const alpha = readFileSync(path.join(workspace, 'jobs/alpha.yaml'), 'utf8')
    expect(alpha).toBe(
      before['jobs/alpha.yaml']!.replace(
        '"{{terraform_outputs.cluster_name}}"   # written on apply',
        '"alpha-dev-cluster" # {{terraform_outputs.cluster_name}}   # written on apply',
      ).replace(
        "'{{ terraform_outputs.service_name }}'",
        "'alpha-dev-service' # {{ terraform_outputs.service_name }}",
      ),
    )
    expect(readFileSync(path.join(workspace, 'jobs/delta.yaml'), 'utf8')).toBe(
      before['jobs/delta.yaml'],
    )
  })

  it('passes a config value to Terraform as a literal, never evaluated', () => {
    const state = JSON.parse(
      readFileSync(path.join(workspace, 'terraform/dativo_jobs/gamma/terraform.tfstate'), 'utf8'),
    ) as {
      resources: Array<{
        instances: Array<{ attributes: { input: { value: Record<string, string> } } }>
      }>
    }
    expect(state.resources[0]!.instances[0]!.attributes.input.value.notes).toBe(HOSTILE)
    const results = JSON.parse(run.outputs.results!) as Array<{
      config: string
      outputs: { tags?: Record<string, string> }
    }>
    expect(results.find((r) => r.config === 'jobs/alpha.yaml')!.outputs.tags!.notes).toBe(HOSTILE)
  })

  it('never shows a sensitive output, and asks the runner to mask it', () => {
    const visible = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(visible + run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(SECRET)
    expect(run.stdout).toContain(`::add-mask::${SECRET}`)
  })

  it("leaves the team's root as it was, apart from Terraform's own files", () => {
    const status = execFileSync(
      'git',
      ['-C', workspace, 'status', '--porcelain', '--untracked-files=all'],
      { encoding: 'utf8' },
    )
    expect(status).not.toContain('dativo.auto.tfvars.json')
    expect(status).not.toContain('.terraform/')
  })
})

describe('two jobs in one root of the team, a state per job through backend-config', () => {
  let workspace: string
  let run: ActionRun

  beforeAll(async () => {
    workspace = tempDir('dativo-shared-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    mkdirSync(path.join(workspace, 'jobs'))
    writeFileSync(path.join(workspace, 'jobs/one.yaml'), job('one'))
    writeFileSync(path.join(workspace, 'jobs/two.yaml'), job('two'))
    mkdirSync(path.join(workspace, 'infra/shared'), { recursive: true })
    writeFileSync(
      path.join(workspace, 'infra/shared/main.tf'),
      `terraform {
  backend "local" {}
}
${OWN_ROOT.replace(/output "api_key" \{[\s\S]*$/, '')}`,
    )
    run = await runActionAsync(
      workspace,
      {
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_TERRAFORM-DIR': 'infra/shared',
        'INPUT_BACKEND-CONFIG': 'local:\n  path: state/{job_name}.tfstate',
        INPUT_PARALLELISM: '2',
        'INPUT_COMMIT-BACK': 'false',
      },
      terraformEnv(tempDir('dativo-tf-')),
    )
  }, 300_000)

  it('applies both, one after the other, each with its own state and outputs', () => {
    expect(run.status, run.stdout).toBe(0)
    const results = JSON.parse(run.outputs.results!) as Array<{
      config: string
      outputs: Record<string, string>
    }>
    expect(results.map((r) => [r.config, r.outputs.cluster_name])).toEqual([
      ['jobs/one.yaml', 'one-own-cluster'],
      ['jobs/two.yaml', 'two-own-cluster'],
    ])
    for (const name of ['one', 'two']) {
      const state = JSON.parse(
        readFileSync(path.join(workspace, `infra/shared/state/${name}.tfstate`), 'utf8'),
      ) as {
        outputs: Record<string, { value: string }>
      }
      expect(state.outputs.cluster_name!.value).toBe(`${name}-own-cluster`)
    }
    // No warning about local state: the root has a backend.
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([])
  })
})
