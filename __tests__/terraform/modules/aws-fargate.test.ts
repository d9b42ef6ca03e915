// terraform/modules/aws_fargate planned by the real Terraform and the real AWS provider (from the
// offline mirror, with mock credentials): the seed guide's own module call, plus a service and a
// scheduled batch job, and the tags, names and permissions of everything they would create.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finalTags, type Tags } from '../../../src/tags/convert.js'
import { resourceNames } from '../../../src/tags/naming.js'
import { JOB_METADATA_MESSAGE, refusal } from './diagnostics.js'
import { TerraformRoot } from './root.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/aws_fargate/', import.meta.url))

const SERVICE_JOB: Tags = {
  job_name: 'hubspot-sync',
  team: 'growth-data',
  pipeline_type: 'reverse_etl',
  environment: 'staging',
  cost_center: 'marketing',
  owner: 'jane.doe@acme.example',
}
const SERVICE_DEFAULTS: Tags = { compliance: 'GDPR', managed_by: 'someone-else' }
const SCHEDULED_JOB: Tags = { ...SERVICE_JOB, job_name: 'nightly-orders' }
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-db-AbCdEf'

// The module's other shapes, as JSON configuration so the test keeps their inputs as data.
const VARIANTS = {
  variable: {
    service_job_metadata: { type: 'map(string)', default: SERVICE_JOB },
    service_region: { type: 'string', default: 'us-east-1' },
    service_memory: { type: 'string', default: '1024' },
  },
  module: {
    service_runtime: {
      source: '../modules/aws_fargate',
      region: '${var.service_region}',
      job_metadata: '${var.service_job_metadata}',
      default_tags: SERVICE_DEFAULTS,
      container_image: 'docker.io/acme/dativo:1.1.0',
      cpu: 512,
      memory: '${var.service_memory}',
      vpc_id: '${var.vpc_id}',
      private_subnet_ids: '${var.private_subnet_ids}',
      workload: 'service',
      min_replicas: 1,
      max_replicas: 3,
    },
    scheduled_runtime: {
      source: '../modules/aws_fargate',
      region: 'us-east-1',
      job_metadata: SCHEDULED_JOB,
      container_image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0',
      vpc_id: '${var.vpc_id}',
      private_subnet_ids: '${var.private_subnet_ids}',
      schedule: '30 2 * * 1-5',
      secrets: [SECRET_ARN],
      environment_variables: { LOG_LEVEL: 'info' },
    },
  },
}

interface SchemaBlock {
  attributes?: Record<string, unknown>
  block_types?: Record<string, { nesting_mode: string; block: SchemaBlock }>
}

interface ResourceChange {
  address: string
  module_address?: string
  type: string
  mode: string
  change: { actions: string[]; after: Record<string, unknown> }
}

interface Plan {
  resource_changes: ResourceChange[]
  planned_values: { outputs: Record<string, { value?: unknown }> }
  configuration: {
    root_module: {
      module_calls: Record<
        string,
        { expressions: Record<string, { constant_value?: unknown }> | undefined }
      >
    }
  }
}

describe('terraform/modules/aws_fargate with the real AWS provider', () => {
  let root: TerraformRoot
  let plan: Plan
  let schemas: Record<string, { block: SchemaBlock }>

  beforeAll(async () => {
    root = TerraformRoot.create({
      ...Object.fromEntries(
        readdirSync(FIXTURES)
          .filter((name) => name.endsWith('.tf'))
          .map((name) => [name, readFileSync(path.join(FIXTURES, name), 'utf8')]),
      ),
      'variants.tf.json': JSON.stringify(VARIANTS, null, 2),
    })
    await root.ok(['init', '-input=false', '-no-color'])
    await root.ok(['plan', '-input=false', '-no-color', '-out=tfplan'])
    plan = JSON.parse(await root.ok(['show', '-json', '-no-color', 'tfplan'])) as Plan
    const providers = JSON.parse(await root.ok(['providers', 'schema', '-json'])) as {
      provider_schemas: Record<string, { resource_schemas: Record<string, { block: SchemaBlock }> }>
    }
    schemas = providers.provider_schemas['registry.terraform.io/hashicorp/aws']!.resource_schemas
  }, 180_000)
  afterAll(() => root?.remove())

  /** The tags each module call's resources must carry, from the inputs the plan saw. */
  function expectedTags(moduleName: string): Tags {
    if (moduleName === 'service_runtime') {
      return finalTags(SERVICE_DEFAULTS, SERVICE_JOB, 'aws_fargate', 'aws')
    }
    if (moduleName === 'scheduled_runtime') {
      return finalTags({}, SCHEDULED_JOB, 'aws_fargate', 'aws')
    }
    const inputs = plan.configuration.root_module.module_calls[moduleName]!.expressions!
    return finalTags(
      (inputs.default_tags?.constant_value ?? {}) as Tags,
      inputs.job_metadata!.constant_value as Tags,
      'aws_fargate',
      'aws',
    )
  }

  const managed = () => plan.resource_changes.filter((r) => r.mode === 'managed')
  const planned = (address: string) => {
    const change = plan.resource_changes.find((r) => r.address === address)
    if (!change) throw new Error(`${address} is not in the plan`)
    return change.change.after
  }

  it("puts the job's AWS tags on every planned resource whose schema takes tags, nested ones too", () => {
    const checked = new Set<string>()
    const wrong: unknown[] = []
    for (const change of managed()) {
      const schema = schemas[change.type]
      if (!schema) throw new Error(`no schema for ${change.type}`)
      const moduleName = change.address.split('.')[1]!
      const expected = expectedTags(moduleName)
      for (const found of tagMaps(schema.block, change.change.after, change.address)) {
        checked.add(`${change.type}${found.path.slice(change.address.length)}`)
        if (!isEqualTags(found.tags, expected)) wrong.push({ ...found, expected })
      }
    }
    expect(wrong).toEqual([])
    expect([...checked].sort()).toEqual([
      'aws_appautoscaling_target.tags',
      'aws_cloudwatch_log_group.tags',
      'aws_ecs_cluster.tags',
      'aws_ecs_service.tags',
      'aws_ecs_task_definition.tags',
      'aws_iam_role.tags',
      'aws_scheduler_schedule.target[0].ecs_parameters[0].tags',
      'aws_security_group.tags',
      'aws_vpc_security_group_egress_rule.tags',
    ])
  })

  it('gives the seed guide example exactly its "Resulting AWS Tags"', () => {
    const seedTags = Object.fromEntries(
      readFileSync(path.join(FIXTURES, 'seed_resulting_aws_tags.txt'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(/:\s+/) as [string, string]),
    )
    expect(expectedTags('stripe_customers_runtime')).toEqual(seedTags)
    expect(planned('module.stripe_customers_runtime.aws_ecs_cluster.this').tags).toEqual(seedTags)
  })

  it('answers with the seed guide outputs, known at plan time', () => {
    const outputs = plan.planned_values.outputs
    expect(outputs.cluster_name?.value).toBe('stripe-customers-etl-prod-cluster')
    expect(outputs.service_name?.value).toBe('stripe-customers-etl-prod-service')
    expect(outputs).toHaveProperty('task_definition_arn')
  })

  it('lets the tasks ECS starts carry the tags too', () => {
    const service = planned('module.service_runtime.aws_ecs_service.this[0]')
    expect(service).toMatchObject({
      propagate_tags: 'TASK_DEFINITION',
      enable_ecs_managed_tags: true,
    })
    const schedule = planned('module.scheduled_runtime.aws_scheduler_schedule.this[0]')
    const target = (schedule.target as Record<string, unknown>[])[0]!
    expect((target.ecs_parameters as Record<string, unknown>[])[0]).toMatchObject({
      propagate_tags: 'TASK_DEFINITION',
      enable_ecs_managed_tags: true,
      launch_type: 'FARGATE',
    })
  })

  it('names every resource as src/tags/naming.ts does', () => {
    const addresses: Record<string, [string, string]> = {
      'ECS cluster': ['aws_ecs_cluster.this', 'name'],
      'ECS service': ['aws_ecs_service.this[0]', 'name'],
      'task definition family': ['aws_ecs_task_definition.this', 'family'],
      'IAM execution role': ['aws_iam_role.execution', 'name'],
      'IAM task role': ['aws_iam_role.task', 'name'],
      'IAM scheduler role': ['aws_iam_role.scheduler[0]', 'name'],
      'security group': ['aws_security_group.tasks', 'name'],
      'EventBridge schedule': ['aws_scheduler_schedule.this[0]', 'name'],
      'CloudWatch log group': ['aws_cloudwatch_log_group.this', 'name'],
    }
    const jobs = { service_runtime: SERVICE_JOB, scheduled_runtime: SCHEDULED_JOB }
    let compared = 0
    for (const [moduleName, job] of Object.entries(jobs)) {
      const names = resourceNames('aws_fargate', job.job_name!, job.environment!)
      for (const { resource, name } of names) {
        const [address, attribute] = addresses[resource]!
        const change = plan.resource_changes.find(
          (r) => r.address === `module.${moduleName}.${address}`,
        )
        if (!change) continue // a service has no schedule, a batch job no service
        expect(change.change.after[attribute], resource).toBe(name)
        compared++
      }
    }
    expect(compared).toBe(7 + 8)
  })

  it('grants the task role the given buckets and secrets, and nothing else', () => {
    const grants = (address: string) => {
      const policy = JSON.parse(planned(address).policy as string) as {
        Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[]
      }
      return policy.Statement.map((s) => [s.Effect, [s.Action].flat().sort(), [s.Resource].flat()])
    }
    expect(grants('module.stripe_customers_runtime.aws_iam_role_policy.task[0]')).toEqual([
      [
        'Allow',
        ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
        ['arn:aws:s3:::acme-data-lake'],
      ],
      [
        'Allow',
        [
          's3:AbortMultipartUpload',
          's3:DeleteObject',
          's3:GetObject',
          's3:ListMultipartUploadParts',
          's3:PutObject',
        ],
        ['arn:aws:s3:::acme-data-lake/*'],
      ],
    ])
    expect(grants('module.scheduled_runtime.aws_iam_role_policy.task[0]')).toEqual([
      ['Allow', ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], [SECRET_ARN]],
    ])
    // A job with no buckets, secrets or keys gets no policy at all.
    expect(managed().map((r) => r.address)).not.toContain(
      'module.service_runtime.aws_iam_role_policy.task[0]',
    )
  })

  it("turns the five-field cron into EventBridge's six fields", () => {
    const schedule = planned('module.scheduled_runtime.aws_scheduler_schedule.this[0]')
    expect(schedule.schedule_expression).toBe('cron(30 2 ? * MON-FRI *)')
    expect(schedule.schedule_expression_timezone).toBe('UTC')
  })

  it('creates a service only for workload = service, a schedule only for a schedule', () => {
    const types = (moduleName: string) =>
      managed()
        .filter((r) => r.address.startsWith(`module.${moduleName}.`))
        .map((r) => r.address.slice(`module.${moduleName}.`.length))
    expect(types('stripe_customers_runtime')).not.toEqual(
      expect.arrayContaining(['aws_ecs_service.this[0]']),
    )
    expect(types('stripe_customers_runtime').some((a) => a.startsWith('aws_scheduler'))).toBe(false)
    expect(types('service_runtime')).toEqual(
      expect.arrayContaining([
        'aws_ecs_service.this[0]',
        'aws_appautoscaling_target.service[0]',
        'aws_appautoscaling_policy.service_cpu[0]',
      ]),
    )
    expect(types('scheduled_runtime')).toEqual(
      expect.arrayContaining(['aws_scheduler_schedule.this[0]', 'aws_iam_role.scheduler[0]']),
    )
  })

  it('refuses job_metadata without a required tag, with the seed guide message', async () => {
    const { cost_center: _, ...withoutCostCenter } = SERVICE_JOB
    root.write({ 'bad.tfvars.json': JSON.stringify({ service_job_metadata: withoutCostCenter }) })
    const result = await root.run([
      'plan',
      '-input=false',
      '-no-color',
      '-var-file=bad.tfvars.json',
    ])
    expect(refusal(result)).toContain(JOB_METADATA_MESSAGE)
  })

  it('refuses memory that Fargate does not offer with the cpu, before anything is created', async () => {
    const result = await root.run(['plan', '-input=false', '-no-color', '-var=service_memory=512'])
    expect(refusal(result)).toContain(
      'memory 512 is not offered by Fargate with cpu 512; it offers 1024, 2048, 3072, 4096 MiB.',
    )
  })

  it("refuses a region other than the provider's", async () => {
    const result = await root.run([
      'plan',
      '-input=false',
      '-no-color',
      '-var=service_region=eu-west-1',
    ])
    expect(refusal(result)).toContain(
      'region is eu-west-1 but the aws provider is configured for us-east-1',
    )
  })
})

/** Every `tags` attribute the schema allows in a planned value, nested blocks included. */
function tagMaps(
  block: SchemaBlock,
  value: unknown,
  at: string,
): { path: string; tags: unknown }[] {
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const found: { path: string; tags: unknown }[] = []
  if (block.attributes && 'tags' in block.attributes)
    found.push({ path: `${at}.tags`, tags: record.tags })
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const inner = record[name]
    const items =
      nested.nesting_mode === 'single' || nested.nesting_mode === 'group'
        ? [inner]
        : Array.isArray(inner)
          ? inner
          : inner && typeof inner === 'object'
            ? Object.values(inner)
            : []
    items.forEach((item, i) => found.push(...tagMaps(nested.block, item, `${at}.${name}[${i}]`)))
  }
  return found
}

function isEqualTags(actual: unknown, expected: Tags): boolean {
  if (!actual || typeof actual !== 'object') return false
  const entries = Object.entries(actual as Record<string, unknown>)
  return (
    entries.length === Object.keys(expected).length &&
    entries.every(([key, value]) => expected[key] === value)
  )
}
