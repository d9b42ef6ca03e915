// terraform/modules/names, applied by the real Terraform, against the table of
// src/tags/naming.ts that validation checks jobs with: the same names, refused for the same
// characters and lengths, so a job that passes validation never fails on a name at apply.
import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  NAME_RULES,
  RUNTIME_TYPES,
  resourceNames,
  type RuntimeType,
} from '../../../src/tags/naming.js'
import { TerraformRoot } from './root.js'

const ROOT_TF = `
variable "cases" {
  type = map(object({
    runtime_type = string
    job_name     = string
    environment  = string
  }))
}

module "names" {
  source   = "../modules/names"
  for_each = var.cases

  runtime_type = each.value.runtime_type
  job_name     = each.value.job_name
  environment  = each.value.environment
}

output "results" {
  value = module.names
}
`

const JOB_NAMES = [
  'stripe-customers-etl',
  'hubspot-contacts-etl',
  'a',
  'ab',
  'orders',
  'Orders_ETL',
  'orders_etl',
  'a--b',
  '-lead',
  'trail-',
  '9lives',
  'has space',
  'dot.name',
  'slash/name',
  'UPPER',
  'x'.repeat(14),
  'x'.repeat(20),
  'x'.repeat(24),
  'x'.repeat(25),
  'x'.repeat(26),
  'x'.repeat(27),
  'x'.repeat(40),
  'x'.repeat(44),
  'x'.repeat(45),
  'x'.repeat(50),
  'x'.repeat(53),
  'x'.repeat(54),
  'x'.repeat(60),
  'x'.repeat(250),
  'customer-lifetime-value-rollup',
]
const ENVIRONMENTS = ['prod', 'dev', 'p', 'Prod', 'staging-eu', 'qa_1', 'x'.repeat(30)]

interface NamesOutput {
  prefix: string
  names: Record<string, string>
  invalid: string[]
  too_long: string[]
}

describe('terraform/modules/names', () => {
  let root: TerraformRoot

  beforeAll(async () => {
    root = TerraformRoot.create({ 'main.tf': ROOT_TF })
    await root.ok(['init', '-input=false', '-no-color'])
  })
  afterAll(() => root?.remove())

  it('builds and checks every name exactly as src/tags/naming.ts does', async () => {
    const cases: Record<
      string,
      { runtime_type: RuntimeType; job_name: string; environment: string }
    > = {}
    for (const runtime of RUNTIME_TYPES) {
      JOB_NAMES.forEach((jobName, j) =>
        ENVIRONMENTS.forEach((environment, e) => {
          cases[`${runtime}-${j}-${e}`] = { runtime_type: runtime, job_name: jobName, environment }
        }),
      )
    }
    root.write({ 'cases.auto.tfvars.json': JSON.stringify({ cases }) })
    await root.ok(['apply', '-auto-approve', '-input=false', '-no-color'])
    const outputs = JSON.parse(await root.ok(['output', '-json', '-no-color'])) as {
      results: { value: Record<string, NamesOutput> }
    }

    const mismatches: unknown[] = []
    let refused = 0
    for (const [key, input] of Object.entries(cases)) {
      const { runtime_type: runtime, job_name: jobName, environment } = input
      const actual = outputs.results.value[key]!
      const names = resourceNames(runtime, jobName, environment)
      const expected = {
        prefix: `${jobName}-${environment}`,
        names: Object.fromEntries(names.map((n) => [n.resource, n.name])),
        invalid: NAME_RULES[runtime]
          .map((rule) => ({ rule, name: rule.build(`${jobName}-${environment}`) }))
          .filter(({ rule, name }) => !rule.pattern.test(name))
          .map(({ rule, name }) => `${name} (${rule.resource})`)
          .sort(),
        too_long: names
          .filter((n) => n.name.length > n.max)
          .map((n) => `${n.name} (${n.resource}, at most ${n.max} characters)`)
          .sort(),
      }
      const got = {
        ...actual,
        invalid: [...actual.invalid].sort(),
        too_long: [...actual.too_long].sort(),
      }
      if (!isDeepStrictEqual(got, expected)) mismatches.push({ key, input, expected, got })
      if (expected.invalid.length + expected.too_long.length > 0) refused++
    }
    expect(mismatches).toEqual([])
    // Both sides of every limit are there: names that fit and names refused.
    expect(refused).toBeGreaterThan(100)
    expect(Object.keys(cases).length - refused).toBeGreaterThan(100)
  }, 300_000)
})
