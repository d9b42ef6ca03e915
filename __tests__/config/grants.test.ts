// Wildcard grants in a job config are errors at their line, by the rules the runtime modules
// themselves apply at plan (terraform/modules/*/variables.tf): the same regular expressions, read
// from the modules' own HCL, so the config never accepts what the module would refuse.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import { moduleRegExp, SECRET_RULES } from '../../src/config/grants.js'
import { validateConfigBytes } from '../../src/config/validate.js'
import type { Finding } from '../../src/findings.js'
import { ROOT } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { runProcess } from '../helpers/process.js'

const MODULES = fileURLToPath(new URL('../../terraform/modules/', import.meta.url))

function config(provider: string, runtime: string, region: string, secrets: string[]): string {
  return `infrastructure:
  provider: ${provider}
  runtime:
    type: ${runtime}
    secrets:
${secrets.map((s) => `      - "${s}"`).join('\n')}
  region: ${region}
  tags:
    job_name: orders
    team: data
    pipeline_type: ingestion
    environment: prod
    cost_center: data
`
}

function brief(findings: Finding[]): string[] {
  return findings.map(
    (f) => `${f.range?.line}:${f.range?.column} ${f.severity} [${f.rule}] ${f.message}`,
  )
}

function validate(text: string): string[] {
  return brief(
    validateConfigBytes('jobs/job.yaml', Buffer.from(text), { defaultTags: {} }).findings,
  )
}

const VAULT =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/data/providers/Microsoft.KeyVault/vaults/acme-kv'

describe('runtime.secrets in a job config', () => {
  it('names each secret that would reach more than itself, at its line, with what to give instead', () => {
    expect(
      validate(
        config('aws', 'aws_fargate', 'us-east-1', [
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf',
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:*',
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-??????',
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe*',
        ]),
      ),
    ).toEqual([
      "7:9 error [grant] secret 'arn:aws:secretsmanager:us-east-1:123456789012:secret:*' is not one the aws_fargate module grants: give one Secrets Manager secret by its ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-?????? (a '*' would grant every matching secret of the account)",
      "9:9 error [grant] secret 'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe*' is not one the aws_fargate module grants: give one Secrets Manager secret by its ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-?????? (a '*' would grant every matching secret of the account)",
    ])
    expect(
      validate(
        config('azure', 'azure_container_apps', 'westeurope', [
          VAULT,
          `${VAULT}/secrets/crm-token`,
        ]),
      ),
    ).toEqual([
      `6:9 error [grant] secret '${VAULT}' is not one the azure_container_apps module grants: give one Key Vault secret by its resource ID, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name> (a vault's ID would grant every secret in it)`,
    ])
    expect(
      validate(
        config('gcp', 'gcp_cloud_run', 'us-central1', [
          'crm-token',
          'projects/acme/secrets/crm-token',
          'projects/acme/secrets/*',
          'projects/acme/secrets/crm-token/versions/latest',
        ]),
      ),
    ).toEqual([
      "8:9 error [grant] secret 'projects/acme/secrets/*' is not one the gcp_cloud_run module grants: give one Secret Manager secret by its ID, e.g. stripe-token or projects/<project>/secrets/stripe-token (no wildcard, no version)",
      "9:9 error [grant] secret 'projects/acme/secrets/crm-token/versions/latest' is not one the gcp_cloud_run module grants: give one Secret Manager secret by its ID, e.g. stripe-token or projects/<project>/secrets/stripe-token (no wildcard, no version)",
    ])
  })

  it('is an error of the committed dist/cli.js validate, at the line of the secret', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'jobs'))
    writeFileSync(
      path.join(dir, 'jobs/job.yaml'),
      config('aws', 'aws_fargate', 'us-east-1', [
        'arn:aws:secretsmanager:us-east-1:123456789012:secret:*',
      ]),
    )
    const run = await runProcess(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), 'validate', 'jobs/job.yaml'],
      { cwd: dir },
    )
    expect(run.stdout).toContain(
      "jobs/job.yaml:6:9: error: secret 'arn:aws:secretsmanager:us-east-1:123456789012:secret:*' is not one the aws_fargate module grants",
    )
    expect(run.status).toBe(1)
  })

  it("leaves the sandbox's secrets alone: it grants nothing", () => {
    expect(validate(config('local', 'local', 'local', ['*']))).toEqual([])
  })

  it('checks each secret with the very pattern its module validates the variable with', async () => {
    for (const [runtime, rule] of Object.entries(SECRET_RULES)) {
      const file = path.join(MODULES, runtime, 'variables.tf')
      const parsed = (await parse(file, readFileSync(file, 'utf8'))) as {
        variable: Record<string, { validation: { condition: string }[] }[]>
      }
      const [condition] = parsed.variable.secrets![0]!.validation.map((v) => v.condition)
      // hcl2json keeps the expression's source: the pattern is regex()'s string literal.
      const literal = /regex\("((?:[^"\\]|\\.)*)"/.exec(condition!)![1]!
      expect(JSON.parse(`"${literal}"`), runtime).toBe(rule!.pattern)
      expect(moduleRegExp(rule!.pattern).test('*'), runtime).toBe(false)
    }
    expect(Object.keys(SECRET_RULES).sort()).toEqual([
      'aws_fargate',
      'azure_container_apps',
      'gcp_cloud_run',
    ])
  })
})
