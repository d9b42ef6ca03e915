// terraform/modules/aws_fargate planned and applied by the real Terraform and the real AWS
// provider (from the offline mirror) against moto, an AWS API emulator: the seed guide's own
// module call (a batch job run on demand), a scheduled batch job and a service, in one root so
// their ECS clusters are created at once; the tags, names and permissions of everything they
// plan, and the job's tags read back through the AWS API from every resource AWS can tag.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finalTags, type Tags } from '../../../src/tags/convert.js'
import { resourceNames } from '../../../src/tags/naming.js'
import { MOTO_ACCOUNT, startMoto } from '../../helpers/moto.js'
import type { BotoCall, Moto } from '../../helpers/moto.js'
import { JOB_METADATA_MESSAGE, refusal } from './diagnostics.js'
import { checkTags, isEqualTags, managed, planned, planRoot } from './plan.js'
import type { Plan, PlannedRoot } from './plan.js'
import { TerraformRoot } from './root.js'
import type { TerraformResult } from './root.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/aws_fargate/', import.meta.url))

// moto 5 has no Application Auto Scaling tagging (ListTagsForResource answers 500), so the AWS
// provider can never finish creating a tagged scalable target there: these are planned only.
const NOT_ON_MOTO = ['aws_appautoscaling_policy', 'aws_appautoscaling_target']

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
    service_min_replicas: { type: 'number', default: 1 },
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
      min_replicas: '${var.service_min_replicas}',
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

describe('terraform/modules/aws_fargate with the real AWS provider, on moto', () => {
  let moto: Moto
  let root: TerraformRoot
  let result: PlannedRoot
  let plan: Plan
  let state: Map<string, Record<string, unknown>>
  let refusals: Record<
    'minReplicas' | 'jobMetadata' | 'memory' | 'region',
    Promise<TerraformResult>
  >

  beforeAll(async () => {
    moto = await startMoto()
    const network = moto.defaultNetwork()
    root = TerraformRoot.create(
      {
        ...Object.fromEntries(
          readdirSync(FIXTURES)
            .filter((name) => name.endsWith('.tf'))
            .map((name) => [name, readFileSync(path.join(FIXTURES, name), 'utf8')]),
        ),
        'variants.tf.json': JSON.stringify(VARIANTS, null, 2),
        'network.auto.tfvars.json': JSON.stringify({
          vpc_id: network.vpcId,
          private_subnet_ids: network.subnetIds.slice(0, 2),
        }),
      },
      { env: moto.env },
    )
    result = await planRoot(root, 'aws')
    plan = result.plan
    const applicable = managed(plan)
      .filter((r) => !NOT_ON_MOTO.includes(r.type))
      .map((r) => `-target=${r.address}`)
    await root.ok(['apply', '-input=false', '-no-color', '-auto-approve', ...applicable])
    const shown = JSON.parse(await root.ok(['show', '-json', '-no-color'])) as {
      values: { root_module: { child_modules: { resources: StateResource[] }[] } }
    }
    state = new Map(
      shown.values.root_module.child_modules.flatMap((m) =>
        m.resources.map((r) => [r.address, r.values] as const),
      ),
    )
    // Plans that must be refused, all at once: read-only, so they need neither lock nor refresh.
    const { cost_center: _, ...withoutCostCenter } = SERVICE_JOB
    root.write({ 'bad.tfvars.json': JSON.stringify({ service_job_metadata: withoutCostCenter }) })
    const refused = (...args: string[]) =>
      root.run(['plan', '-input=false', '-no-color', '-lock=false', '-refresh=false', ...args])
    // The service's preconditions are checked together, so one plan breaks three of them.
    const preconditions = refused(
      '-var=service_min_replicas=0',
      '-var=service_memory=512',
      '-var=service_region=eu-west-1',
    )
    refusals = {
      minReplicas: preconditions,
      jobMetadata: refused('-var-file=bad.tfvars.json'),
      memory: preconditions,
      region: preconditions,
    }
    await Promise.all(Object.values(refusals))
  }, 300_000)
  afterAll(async () => {
    root?.remove()
    await moto?.stop()
  })

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

  it("puts the job's AWS tags on every planned resource whose schema takes tags, nested ones too", () => {
    const { checked, wrong, untaggable } = checkTags(result, expectedTags)
    expect(wrong).toEqual([])
    expect(checked).toEqual([
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
    // Inline role policies and scaling policies take no tags in the AWS provider's schema.
    expect(untaggable).toEqual(['aws_appautoscaling_policy', 'aws_iam_role_policy'])
  })

  it("reads the job's tags back through the AWS API from every resource it created that AWS can tag", async () => {
    // How to ask AWS for each type's tags, and how it answers.
    const ask: Record<string, (v: Answer) => [BotoCall, (a: Answer) => Tags]> = {
      aws_ecs_cluster: (v) => ecsTags(v.arn),
      aws_ecs_service: (v) => ecsTags(v.id),
      aws_ecs_task_definition: (v) => ecsTags(v.arn),
      aws_iam_role: (v) => [
        { service: 'iam', method: 'list_role_tags', params: { RoleName: v.name } },
        (a) => pairs(a.Tags, 'Key', 'Value'),
      ],
      aws_cloudwatch_log_group: (v) => [
        { service: 'logs', method: 'list_tags_log_group', params: { logGroupName: v.name } },
        (a) => a.tags as Tags,
      ],
      aws_security_group: (v) => [
        { service: 'ec2', method: 'describe_security_groups', params: { GroupIds: [v.id] } },
        (a) => pairs((a.SecurityGroups as Answer[])[0]!.Tags, 'Key', 'Value'),
      ],
      aws_vpc_security_group_egress_rule: (v) => [
        {
          service: 'ec2',
          method: 'describe_security_group_rules',
          params: { SecurityGroupRuleIds: [v.security_group_rule_id] },
        },
        (a) => pairs((a.SecurityGroupRules as Answer[])[0]!.Tags, 'Key', 'Value'),
      ],
      // A schedule takes no tags itself: the tasks it starts carry the job's.
      aws_scheduler_schedule: (v) => [
        { service: 'scheduler', method: 'get_schedule', params: { Name: v.name } },
        // ECS task tags, as EventBridge Scheduler lists them: [{key, value}].
        (a) => pairs(((a.Target as Answer).EcsParameters as Answer).Tags, 'key', 'value'),
      ],
    }
    // Inline role policies take no tags; the scaling target and policy are not created on moto.
    const untaggable = ['aws_iam_role_policy']
    const questions: {
      address: string
      type: string
      call: BotoCall
      read: (a: Answer) => Tags
    }[] = []
    for (const [address, values] of state) {
      if (address.includes('.data.')) continue
      const type = address.split('.').at(-2)!
      if (untaggable.includes(type)) continue
      const question = ask[type]
      if (!question) throw new Error(`${type} is neither read back nor known to take no tags`)
      const [call, read] = question(values)
      questions.push({ address, type, call, read })
    }
    const answers = await moto.callMany(questions.map((q) => q.call))
    const wrong = questions
      .map((q, i) => ({
        address: q.address,
        tags: q.read(answers[i]!),
        want: expectedTags(q.address.split('.')[1]!),
      }))
      .filter((q) => !isEqualTags(q.tags, q.want))
    expect(wrong).toEqual([])
    expect([...new Set(questions.map((q) => q.type))].sort()).toEqual(Object.keys(ask).sort())
    // 3 clusters, 3 task definitions, 1 service, 7 roles, 3 log groups, 3 security groups, 6 rules, 1 schedule.
    expect(questions).toHaveLength(27)
  }, 60_000)

  it("lets only its own account's ECS and schedules take its roles", async () => {
    const roles = await moto.callMany(
      ['execution', 'task', 'scheduler'].map((role) => ({
        service: 'iam',
        method: 'get_role',
        params: { RoleName: `${SCHEDULED_JOB.job_name}-${SCHEDULED_JOB.environment}-${role}` },
      })),
    )
    const trust = (role: string) =>
      (roles.find((r) => (r.Role as Answer).RoleName === role)!.Role as Answer)
        .AssumeRolePolicyDocument
    const names = Object.fromEntries(
      resourceNames('aws_fargate', SCHEDULED_JOB.job_name!, SCHEDULED_JOB.environment!).map((n) => [
        n.resource,
        n.name,
      ]),
    )
    for (const role of [names['IAM execution role']!, names['IAM task role']!]) {
      expect(trust(role)).toEqual({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Principal: { Service: 'ecs-tasks.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': MOTO_ACCOUNT } },
          },
        ],
      })
    }
    expect(trust(names['IAM scheduler role']!)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: {
            ArnEquals: {
              'aws:SourceArn': `arn:aws:scheduler:us-east-1:${MOTO_ACCOUNT}:schedule-group/default`,
            },
            StringEquals: { 'aws:SourceAccount': MOTO_ACCOUNT },
          },
        },
      ],
    })
  })

  it('refuses a service that starts with no task, which CPU scaling could never wake', async () => {
    const result = await refusals.minReplicas
    expect(refusal(result)).toContain(
      'A service with min_replicas = 0 can never scale out from zero: it scales on CPU, and with no task running there is none to measure. Set min_replicas to 1 or more.',
    )
  })

  it('gives the seed guide example exactly its "Resulting AWS Tags"', () => {
    const seedTags = Object.fromEntries(
      readFileSync(path.join(FIXTURES, 'seed_resulting_aws_tags.txt'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(/:\s+/) as [string, string]),
    )
    expect(expectedTags('stripe_customers_runtime')).toEqual(seedTags)
    expect(planned(plan, 'module.stripe_customers_runtime.aws_ecs_cluster.this').tags).toEqual(
      seedTags,
    )
  })

  it('answers with the seed guide outputs; a batch job has no service, so no service name', () => {
    const outputs = plan.planned_values.outputs
    expect(outputs.cluster_name?.value).toBe('stripe-customers-etl-prod-cluster')
    expect(outputs).toHaveProperty('task_definition_arn')
    expect(outputs.service_name).toMatchObject({ value: null })
  })

  it('lets the tasks ECS starts carry the tags too', () => {
    const service = planned(plan, 'module.service_runtime.aws_ecs_service.this[0]')
    expect(service).toMatchObject({
      propagate_tags: 'TASK_DEFINITION',
      enable_ecs_managed_tags: true,
    })
    const schedule = planned(plan, 'module.scheduled_runtime.aws_scheduler_schedule.this[0]')
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
      const policy = JSON.parse(planned(plan, address).policy as string) as {
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
    expect(managed(plan).map((r) => r.address)).not.toContain(
      'module.service_runtime.aws_iam_role_policy.task[0]',
    )
  })

  it("turns the five-field cron into EventBridge's six fields", () => {
    const schedule = planned(plan, 'module.scheduled_runtime.aws_scheduler_schedule.this[0]')
    expect(schedule.schedule_expression).toBe('cron(30 2 ? * MON-FRI *)')
    expect(schedule.schedule_expression_timezone).toBe('UTC')
  })

  it('creates a service only for workload = service, a schedule only for a schedule', () => {
    const types = (moduleName: string) =>
      managed(plan)
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
    const result = await refusals.jobMetadata
    expect(refusal(result)).toContain(JOB_METADATA_MESSAGE)
  })

  it('refuses memory that Fargate does not offer with the cpu, before anything is created', async () => {
    const result = await refusals.memory
    expect(refusal(result)).toContain(
      'memory 512 is not offered by Fargate with cpu 512; it offers 1024, 2048, 3072, 4096 MiB.',
    )
  })

  it("refuses a region other than the provider's", async () => {
    const result = await refusals.region
    expect(refusal(result)).toContain(
      'region is eu-west-1 but the aws provider is configured for us-east-1',
    )
  })
})

interface StateResource {
  address: string
  values: Record<string, unknown>
}

/** Tags as AWS lists them, [{Key, Value}] or [{key, value}], as a map. */
function pairs(list: unknown, key: string, value: string): Tags {
  return Object.fromEntries(
    (list as Record<string, string>[]).map((pair) => [pair[key]!, pair[value]!]),
  )
}

type Answer = Record<string, unknown>

function ecsTags(arn: unknown): [BotoCall, (a: Answer) => Tags] {
  return [
    { service: 'ecs', method: 'list_tags_for_resource', params: { resourceArn: arn } },
    (a) => pairs(a.tags, 'key', 'value'),
  ]
}
