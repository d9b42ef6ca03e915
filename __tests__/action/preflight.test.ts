// Missing module inputs are caught at validation, through the committed dist/index.js: the
// README's AWS quick start without its two variables fails at the config's `runtime:` line,
// naming them, before any Terraform command (a `terraform` on PATH that logs every call shows
// none); so does a GCP job without project_id and a team's root with a variable nothing sets.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledVariables } from '../../src/terraform/modules.js'
import { buildTfvars } from '../../src/tags/tfvars.js'
import { validateConfigBytes } from '../../src/config/validate.js'
import type { RuntimeType } from '../../src/tags/naming.js'
import { ROOT, runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { codeBlocks, codeSpan, firstTable, section } from '../docs/markdown.js'
import { trackedText } from '../helpers/examples.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const quickStart = section(readme, 'Quick start')
const [, AWS_CONFIG] = codeBlocks(quickStart, 'yaml') as [string, string]

const lineOf = (text: string, prefix: string) =>
  text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1

describe('pre-flight of required runtime variables, in plan mode', () => {
  let base: string
  let workspace: string
  let log: string
  let withoutVars: ActionRun
  let withVars: ActionRun
  let callsWithout: string
  const gcp = trackedText('examples/jobs/acme/postgres_orders_to_iceberg.yaml')
  const own = `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
  region: local
  tags:
    job_name: own-root
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
`

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-preflight-'))
    workspace = path.join(base, 'repo')
    mkdirSync(path.join(workspace, 'jobs'), { recursive: true })
    writeFileSync(path.join(workspace, 'jobs/stripe.yaml'), AWS_CONFIG)
    writeFileSync(path.join(workspace, 'jobs/postgres.yaml'), gcp)
    writeFileSync(path.join(workspace, 'jobs/own.yaml'), own)
    mkdirSync(path.join(workspace, 'terraform/dativo_jobs/own-root'), { recursive: true })
    writeFileSync(
      path.join(workspace, 'terraform/dativo_jobs/own-root/main.tf'),
      'variable "job_metadata" {\n  type = map(string)\n}\nvariable "team_bucket" {\n  type = string\n}\n',
    )
    // A terraform that only logs how it was called and fails.
    const bin = path.join(base, 'bin')
    log = path.join(base, 'terraform.log')
    mkdirSync(bin)
    writeFileSync(
      path.join(bin, 'terraform'),
      `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\n[ "$1" = version ] && echo '{"terraform_version":"1.11.4"}' && exit 0\nexit 1\n`,
    )
    chmodSync(path.join(bin, 'terraform'), 0o755)
    const run = (vars: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
      runActionAsync(
        workspace,
        {
          INPUT_MODE: 'plan',
          INPUT_CONFIGS: 'jobs/*.yaml',
          'INPUT_CHANGED-ONLY': 'false',
          'INPUT_TERRAFORM-VERSION': 'system',
          ...vars,
        },
        { PATH: `${bin}:${process.env.PATH}`, ...env },
      )
    withoutVars = await run({})
    callsWithout = readLog()
    rmSync(log, { force: true })
    withVars = await run(
      {
        'INPUT_TERRAFORM-VARS':
          'vpc_id: vpc-0123\nprivate_subnet_ids: [subnet-1]\nproject_id: acme-data',
      },
      { TF_VAR_team_bucket: 'acme-team' },
    )
  }, 120_000)
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  function readLog(): string {
    try {
      return readFileSync(log, 'utf8')
    } catch {
      return ''
    }
  }

  it('fails the README’s AWS job at its runtime line, naming the variables, before any Terraform command', () => {
    expect(withoutVars.status).toBe(1)
    const missing = withoutVars.annotations.filter(
      (a) => a.properties.title === 'dativo: runtime variables missing',
    )
    expect(
      missing.map((a) => [
        a.properties.file,
        Number(a.properties.line),
        Number(a.properties.col),
        a.message,
      ]),
    ).toEqual([
      [
        'jobs/own.yaml',
        lineOf(own, '  runtime:'),
        3,
        'Missing required variables of the root terraform/dativo_jobs/own-root: team_bucket; neither the config nor terraform-vars gives them. To run it, pass team_bucket in the terraform-vars input, a YAML or JSON map (e.g. {"team_bucket":"…"})',
      ],
      [
        'jobs/postgres.yaml',
        lineOf(gcp, '  runtime:'),
        3,
        'Missing required variables of the gcp_cloud_run module: project_id; neither the config nor terraform-vars gives them. To run it, pass project_id in the terraform-vars input, a YAML or JSON map (e.g. {"project_id":"…"})',
      ],
      [
        'jobs/stripe.yaml',
        lineOf(AWS_CONFIG, '  runtime:'),
        3,
        'Missing required variables of the aws_fargate module: private_subnet_ids, vpc_id; neither the config nor terraform-vars gives them. To run it, pass private_subnet_ids and vpc_id in the terraform-vars input, a YAML or JSON map (e.g. {"private_subnet_ids":["…"],"vpc_id":"…"})',
      ],
    ])
    // No Terraform command ran: `terraform-version: system` asks the terraform on PATH for its
    // version while the configs are validated, and that is all.
    expect(
      callsWithout
        .split('\n')
        .filter(Boolean)
        .filter((call) => call !== 'version -json'),
    ).toEqual([])
    expect(withoutVars.stdout).toContain('No valid job config to run Terraform for')
    const results = JSON.parse(withoutVars.outputs.results!) as Array<{
      config: string
      valid: boolean
    }>
    expect(results.map((r) => [r.config, r.valid])).toEqual([
      ['jobs/own.yaml', false],
      ['jobs/postgres.yaml', false],
      ['jobs/stripe.yaml', false],
    ])
  })

  it('lets the jobs through to Terraform once terraform-vars and TF_VAR_ give them', () => {
    expect(
      withVars.annotations.filter(
        (a) => a.properties.title === 'dativo: runtime variables missing',
      ),
    ).toEqual([])
    const calls = readLog()
      .split('\n')
      .filter((line) => line.startsWith('init'))
    expect(calls).toHaveLength(3)
  })
})

describe('the README’s table of what each runtime needs', () => {
  it('lists the required variables of each bundled module that a config does not give', () => {
    const table = firstTable(section(readme, 'What each runtime needs'))
    const shown = Object.fromEntries(
      table.rows.map(([runtime, variables]) => [
        codeSpan(runtime!),
        variables === '—' ? [] : variables!.split(', ').map(codeSpan),
      ]),
    )
    // What a config with an image gives, as the README's AWS job does.
    const job = validateConfigBytes('stripe.yaml', Buffer.from(AWS_CONFIG), {
      defaultTags: {},
    }).job!
    const given = new Set(Object.keys(buildTfvars(job, { defaultTags: {}, terraformVars: {} })))
    const expected = Object.fromEntries(
      (['aws_fargate', 'azure_container_apps', 'gcp_cloud_run', 'local'] as RuntimeType[]).map(
        (runtime) => [
          runtime,
          Object.entries(bundledVariables(runtime))
            .filter(([name, variable]) => variable.required && !given.has(name))
            .map(([name]) => name),
        ],
      ),
    )
    expect(shown).toEqual(expected)
  })
})
