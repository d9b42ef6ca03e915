// terraform/modules/aws_fargate on AWS provider 6, which the machine's mirror does not hold: the
// stand-in aws (__tests__/helpers/stand-in-provider) serves provider 6.25.0's schema, extracted
// from @cdktf/provider-aws, with the deprecations of the provider's 6.0 upgrade guide, and the
// real Terraform validates and plans the module on it; the module's HCL is also read against the
// upgrade guide's list of what 6.0 removes, renames and deprecates.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@cdktf/hcl2json'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schemaVersion } from '../../helpers/stand-in-mirror.js'
import { refusal } from './diagnostics.js'
import { managed, planRoot } from './plan.js'
import type { PlannedRoot } from './plan.js'
import { MODULES_DIR, TerraformRoot } from './root.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/aws_fargate/', import.meta.url))
const AWS_6 = schemaVersion('aws')

const JOB = {
  job_name: 'nightly-orders',
  team: 'growth-data',
  pipeline_type: 'ingestion',
  environment: 'staging',
  cost_center: 'marketing',
}

// The seed guide's call (a batch job on demand), a scheduled job and a service.
const VARIANTS = {
  module: {
    scheduled: {
      source: '../modules/aws_fargate',
      region: 'us-east-1',
      job_metadata: JOB,
      container_image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0',
      vpc_id: '${var.vpc_id}',
      private_subnet_ids: '${var.private_subnet_ids}',
      schedule: '0 3 * * *',
      secrets: ['arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-db-??????'],
      permissions_boundary_arn: 'arn:aws:iam::123456789012:policy/dativo-boundary',
    },
    service: {
      source: '../modules/aws_fargate',
      region: 'us-east-1',
      job_metadata: { ...JOB, job_name: 'events-api' },
      container_image: 'docker.io/acme/dativo:1.1.0',
      vpc_id: '${var.vpc_id}',
      private_subnet_ids: '${var.private_subnet_ids}',
      workload: 'service',
      max_replicas: 3,
      health_check: { command: ['CMD-SHELL', 'test -f /tmp/healthy'] },
    },
  },
}

function files(): Record<string, string> {
  return {
    ...Object.fromEntries(
      readdirSync(FIXTURES)
        .filter((name) => name.endsWith('.tf'))
        .map((name) => [name, readFileSync(path.join(FIXTURES, name), 'utf8')]),
    ),
    'variants.tf.json': JSON.stringify(VARIANTS, null, 2),
    'network.auto.tfvars.json': JSON.stringify({
      vpc_id: 'vpc-0123456789abcdef0',
      private_subnet_ids: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
    }),
  }
}

describe('terraform/modules/aws_fargate on AWS provider 6 (the stand-in serving its schema)', () => {
  let root: TerraformRoot
  let result: PlannedRoot

  beforeAll(async () => {
    root = TerraformRoot.create(files(), { standIns: { aws: [AWS_6] } })
    result = await planRoot(root, 'aws')
  }, 120_000)
  afterAll(() => root?.remove())

  it("installs provider 6 within the module's constraint, out of reach of the former ~> 5.0", async () => {
    expect(AWS_6).toMatch(/^6\./)
    expect(readFileSync(path.join(root.dir, '.terraform.lock.hcl'), 'utf8')).toContain(
      `version     = "${AWS_6}"`,
    )
    const versions = path.join(root.moduleDir('aws_fargate'), 'versions.tf')
    const text = readFileSync(versions, 'utf8')
    expect(text).toContain('version = ">= 5.0, < 7.0"')
    try {
      writeFileSync(versions, text.replace('">= 5.0, < 7.0"', '"~> 5.0"'))
      const upgrade = await root.run(['init', '-input=false', '-no-color', '-upgrade'])
      expect(refusal(upgrade)).toContain('no available releases match the given constraints ~> 5.0')
    } finally {
      writeFileSync(versions, text)
    }
  }, 60_000)

  it('validates on 6 with no error and no warning: nothing removed or deprecated is used', async () => {
    const validated = JSON.parse(await root.ok(['validate', '-json', '-no-color'])) as {
      valid: boolean
      warning_count: number
      diagnostics: unknown[]
    }
    expect(validated).toMatchObject({ valid: true, warning_count: 0, diagnostics: [] })
  })

  it('plans every shape of the module on 6: a batch job on demand, a scheduled job, a service', () => {
    const types = (moduleName: string) =>
      managed(result.plan)
        .filter((r) => r.address.startsWith(`module.${moduleName}.`))
        .map((r) => r.type)
    expect(new Set(types('scheduled'))).toEqual(
      new Set([
        'aws_cloudwatch_log_group',
        'aws_ecs_cluster',
        'aws_ecs_task_definition',
        'aws_iam_role',
        'aws_iam_role_policy',
        'aws_kms_key',
        'aws_scheduler_schedule',
        'aws_security_group',
        'aws_sfn_state_machine',
        'aws_sqs_queue',
        'aws_vpc_security_group_egress_rule',
      ]),
    )
    expect(types('service')).toEqual(expect.arrayContaining(['aws_ecs_service']))
    expect(types('stripe_customers_runtime')).toEqual(
      expect.arrayContaining(['aws_sfn_state_machine']),
    )
  })

  it("warns where a module reads data.aws_region's name, which 6 deprecates, as the real provider does", async () => {
    const main = path.join(root.moduleDir('aws_fargate'), 'main.tf')
    const text = readFileSync(main, 'utf8')
    expect(text).toContain('provider_region = data.aws_region.current.id')
    try {
      writeFileSync(
        main,
        text.replace(
          'provider_region = data.aws_region.current.id',
          'provider_region = data.aws_region.current.name',
        ),
      )
      const validated = JSON.parse((await root.run(['validate', '-json', '-no-color'])).stdout) as {
        diagnostics: { severity: string; summary: string; detail: string }[]
      }
      // One for each of the three calls of the module.
      expect(validated.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual(
        Array(3).fill([
          'warning',
          'Deprecated attribute',
          'The attribute "name" is deprecated. Refer to the provider documentation for details.',
        ]),
      )
    } finally {
      writeFileSync(main, text)
    }
  })
})

describe("terraform/modules/aws_fargate against the AWS provider 6 upgrade guide's list", () => {
  interface Guide {
    source: string
    removedTypes: string[]
    deprecatedTypes: string[]
    attributes: [string, string, string][]
    providerArguments: string[]
  }
  const guide = JSON.parse(
    readFileSync(path.join(FIXTURES, 'provider-6-upgrade.json'), 'utf8'),
  ) as Guide
  let text = ''
  const blocks: { type: string; name: string; body: Record<string, unknown> }[] = []

  beforeAll(async () => {
    const dir = path.join(MODULES_DIR, 'aws_fargate')
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.tf'))) {
      const source = readFileSync(path.join(dir, file), 'utf8')
      text += source
      const json = (await parse(file, source)) as Record<
        string,
        Record<string, Record<string, Record<string, unknown>[]>>
      >
      for (const kind of ['resource', 'data'] as const) {
        for (const [type, byName] of Object.entries(json[kind] ?? {})) {
          for (const [name, [body]] of Object.entries(byName)) {
            blocks.push({ type: kind === 'data' ? `data.${type}` : type, name, body: body! })
          }
        }
      }
    }
  })

  it('uses no resource or data source type that 6 removes or deprecates', () => {
    const used = new Set(blocks.map((b) => b.type))
    expect(used.size).toBeGreaterThan(10)
    expect([...guide.removedTypes, ...guide.deprecatedTypes].filter((t) => used.has(t))).toEqual([])
  })

  it('sets and reads no attribute that 6 removes, renames or deprecates', () => {
    const found: string[] = []
    for (const [type, attribute, change] of guide.attributes) {
      for (const block of blocks.filter((b) => b.type === type)) {
        if (attribute in block.body)
          found.push(`${type}.${block.name} sets ${attribute}: ${change}`)
        const reference = new RegExp(
          `\\b${type.replace('.', '\\.')}\\.${block.name}(\\[[^\\]]+\\])?\\.${attribute}\\b`,
        )
        if (reference.test(text))
          found.push(`${type}.${block.name}.${attribute} is read: ${change}`)
      }
    }
    expect(found).toEqual([])
    // The check finds what it looks for: the region's name, which 5 had and 6 deprecates.
    expect(
      new RegExp('\\bdata\\.aws_region\\.current(\\[[^\\]]+\\])?\\.name\\b').test(
        text.replace('data.aws_region.current.id', 'data.aws_region.current.name'),
      ),
    ).toBe(true)
  })

  it('configures no provider, so none of its removed arguments', () => {
    expect(text).not.toMatch(/^provider "aws"/m)
  })
})
