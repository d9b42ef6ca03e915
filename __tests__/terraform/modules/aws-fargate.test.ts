// terraform/modules/aws_fargate planned and applied by the real Terraform and the real AWS
// provider (from the offline mirror) against moto, an AWS API emulator: the seed guide's own
// module call (a batch job run on demand), a scheduled batch job and a service, in one root so
// their ECS clusters are created at once; the tags, names and permissions of everything they
// plan, the job's tags read back through the AWS API from every resource AWS can tag, the
// hardened defaults as AWS holds them, and the scheduled job's state machine run on moto: a
// run that outlives its timeout is stopped, a run never starts beside one still going.
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
const BOUNDARY = `arn:aws:iam::${MOTO_ACCOUNT}:policy/dativo-boundary`
// The scheduled job's runs are limited to a few seconds, so moto can show a run timing out.
const SCHEDULED_TIMEOUT = 5

// What a caller could ask for that would reach every bucket, secret or key of the account.
const WILDCARDS = {
  service_s3_bucket_arns: ['arn:aws:s3:::*', 'arn:aws:s3:::acme-*/*'],
  service_secrets: [
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:*',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe',
  ],
  service_kms_key_arns: ['*'],
  service_permissions_boundary_arn: 'arn:aws:iam::123456789012:policy/*',
}

// The module's other shapes, as JSON configuration so the test keeps their inputs as data.
const VARIANTS = {
  variable: {
    service_job_metadata: { type: 'map(string)', default: SERVICE_JOB },
    service_region: { type: 'string', default: 'us-east-1' },
    service_memory: { type: 'string', default: '1024' },
    service_min_replicas: { type: 'number', default: 1 },
    // Grants a caller may ask for, each refused below in its wildcard form.
    service_s3_bucket_arns: { type: 'list(string)', default: [] },
    service_secrets: { type: 'list(string)', default: [] },
    service_kms_key_arns: { type: 'list(string)', default: [] },
    service_permissions_boundary_arn: { type: 'string', default: null },
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
      s3_bucket_arns: '${var.service_s3_bucket_arns}',
      secrets: '${var.service_secrets}',
      kms_key_arns: '${var.service_kms_key_arns}',
      permissions_boundary_arn: '${var.service_permissions_boundary_arn}',
    },
    scheduled_runtime: {
      source: '../modules/aws_fargate',
      region: 'us-east-1',
      job_metadata: SCHEDULED_JOB,
      container_image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0',
      vpc_id: '${var.vpc_id}',
      private_subnet_ids: '${var.private_subnet_ids}',
      schedule: '30 2 * * 1-5',
      timeout: `${SCHEDULED_TIMEOUT}s`,
      secrets: [SECRET_ARN],
      environment_variables: { LOG_LEVEL: 'info' },
      permissions_boundary_arn: BOUNDARY,
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
    'minReplicas' | 'jobMetadata' | 'memory' | 'region' | 'wildcards',
    Promise<TerraformResult>
  >
  let network: { vpcId: string; subnetIds: string[] }
  /** AWS's answers about the hardened defaults, read once the root is applied. */
  let aws: Record<string, Answer>

  beforeAll(async () => {
    moto = await startMoto({ stepFunctions: true })
    network = await moto.defaultNetwork()
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
    // Inputs' validations are checked together: one plan breaks the required tags and every
    // wildcard grant at once.
    root.write({
      'bad.tfvars.json': JSON.stringify({ service_job_metadata: withoutCostCenter, ...WILDCARDS }),
    })
    const refused = (...args: string[]) =>
      root.run(['plan', '-input=false', '-no-color', '-lock=false', '-refresh=false', ...args])
    // The service's preconditions are checked together, so one plan breaks three of them.
    const preconditions = refused(
      '-var=service_min_replicas=0',
      '-var=service_memory=512',
      '-var=service_region=eu-west-1',
    )
    const validations = refused('-var-file=bad.tfvars.json')
    refusals = {
      minReplicas: preconditions,
      jobMetadata: validations,
      memory: preconditions,
      region: preconditions,
      wildcards: validations,
    }
    // What AWS holds of the hardened defaults, read in one go.
    const resource = (address: string) => state.get(address)!
    const scheduled = namesOf('scheduled_runtime')
    const stripe = namesOf('stripe_customers_runtime')
    const [answered] = await Promise.all([
      moto.callMany([
        {
          service: 'ecs',
          method: 'describe_task_definition',
          params: { taskDefinition: scheduled['task definition family'] },
        },
        {
          service: 'logs',
          method: 'describe_log_groups',
          params: { logGroupNamePrefix: stripe['CloudWatch log group'] },
        },
        {
          service: 'ecs',
          method: 'describe_clusters',
          params: { clusters: [stripe['ECS cluster']], include: ['SETTINGS'] },
        },
        {
          service: 'kms',
          method: 'get_key_rotation_status',
          params: { KeyId: resource('module.stripe_customers_runtime.aws_kms_key.this[0]').key_id },
        },
        {
          service: 'ec2',
          method: 'describe_security_group_rules',
          params: {
            Filters: [
              {
                Name: 'group-id',
                Values: [resource('module.stripe_customers_runtime.aws_security_group.tasks').id],
              },
            ],
          },
        },
        { service: 'ec2', method: 'describe_vpcs', params: { VpcIds: [network.vpcId] } },
        {
          service: 'scheduler',
          method: 'get_schedule',
          params: { Name: scheduled['EventBridge schedule'] },
        },
        {
          service: 'sqs',
          method: 'get_queue_attributes',
          params: {
            QueueUrl: resource('module.scheduled_runtime.aws_sqs_queue.dead_letters[0]').url,
            AttributeNames: ['All'],
          },
        },
      ]),
      ...Object.values(refusals),
    ])
    const [taskDefinition, logGroups, clusters, rotation, rules, vpcs, schedule, queue] = answered
    aws = { taskDefinition, logGroups, clusters, rotation, rules, vpcs, schedule, queue } as Record<
      string,
      Answer
    >
  }, 600_000)
  afterAll(async () => {
    root?.remove()
    await moto?.stop()
  })

  /** Each resource's name in a module call, by its description in src/tags/naming.ts. */
  function namesOf(moduleName: string): Record<string, string> {
    const job =
      moduleName === 'scheduled_runtime'
        ? SCHEDULED_JOB
        : moduleName === 'service_runtime'
          ? SERVICE_JOB
          : (plan.configuration.root_module.module_calls[moduleName]!.expressions!.job_metadata!
              .constant_value as Tags)
    return Object.fromEntries(
      resourceNames('aws_fargate', job.job_name!, job.environment!).map((n) => [
        n.resource,
        n.name,
      ]),
    )
  }

  /** A batch job's state machine definition, as applied (it names resources made with it). */
  function workflow(moduleName: string): Workflow {
    const machine = applied(`module.${moduleName}.aws_sfn_state_machine.this[0]`)
    return JSON.parse(machine.definition as string) as Workflow
  }

  function applied(address: string): Record<string, unknown> {
    const values = state.get(address)
    if (!values) throw new Error(`${address} is not in the state`)
    return values
  }

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
      'aws_kms_key.tags',
      'aws_security_group.tags',
      'aws_sfn_state_machine.tags',
      'aws_sqs_queue.tags',
      'aws_vpc_security_group_egress_rule.tags',
    ])
    // Inline role policies, scaling policies and schedules take no tags in the AWS provider's
    // schema: a schedule's runs are tagged by the state machine's RunTask (below).
    expect(untaggable).toEqual([
      'aws_appautoscaling_policy',
      'aws_iam_role_policy',
      'aws_scheduler_schedule',
    ])
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
      aws_kms_key: (v) => [
        { service: 'kms', method: 'list_resource_tags', params: { KeyId: v.key_id } },
        (a) => pairs(a.Tags, 'TagKey', 'TagValue'),
      ],
      aws_sfn_state_machine: (v) => [
        {
          service: 'stepfunctions',
          method: 'list_tags_for_resource',
          params: { resourceArn: v.arn },
        },
        (a) => pairs(a.tags, 'key', 'value'),
      ],
      aws_sqs_queue: (v) => [
        { service: 'sqs', method: 'list_queue_tags', params: { QueueUrl: v.url } },
        (a) => a.Tags as Tags,
      ],
    }
    // Inline role policies and schedules take no tags; the scaling target and policy are not
    // created on moto.
    const untaggable = ['aws_iam_role_policy', 'aws_scheduler_schedule']
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
    // 3 clusters, 3 task definitions, 1 service, 9 roles, 3 log groups, 3 security groups,
    // 9 rules, 3 keys, 2 state machines, 1 queue.
    expect(questions).toHaveLength(37)
  }, 60_000)

  it("lets only its own account's ECS, state machine and schedule take its roles", async () => {
    const roles = await moto.callMany(
      ['execution', 'task', 'workflow', 'scheduler'].map((role) => ({
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
            Condition: {
              ArnLike: { 'aws:SourceArn': `arn:aws:ecs:us-east-1:${MOTO_ACCOUNT}:*` },
              StringEquals: { 'aws:SourceAccount': MOTO_ACCOUNT },
            },
          },
        ],
      })
    }
    const stateMachine = `arn:aws:states:us-east-1:${MOTO_ACCOUNT}:stateMachine:${names['state machine']!}`
    expect(trust(names['IAM workflow role']!)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { Service: 'states.amazonaws.com' },
          Condition: {
            ArnLike: { 'aws:SourceArn': [stateMachine, `${stateMachine}:*`] },
            StringEquals: { 'aws:SourceAccount': MOTO_ACCOUNT },
          },
        },
      ],
    })
    // Every role of the job carries the boundary it was given.
    expect(
      roles.map((r) => [
        (r.Role as Answer).RoleName,
        ((r.Role as Answer).PermissionsBoundary as Answer | undefined)?.PermissionsBoundaryArn,
      ]),
    ).toEqual(
      ['execution', 'task', 'workflow', 'scheduler'].map((role) => [
        `${SCHEDULED_JOB.job_name}-${SCHEDULED_JOB.environment}-${role}`,
        BOUNDARY,
      ]),
    )
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
    // A batch job's tasks are started by its state machine, tagged from the task definition.
    for (const moduleName of ['stripe_customers_runtime', 'scheduled_runtime']) {
      expect(workflow(moduleName).States.RunTask!.Parameters).toMatchObject({
        PropagateTags: 'TASK_DEFINITION',
        EnableECSManagedTags: true,
        LaunchType: 'FARGATE',
      })
    }
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
      'state machine': ['aws_sfn_state_machine.this[0]', 'name'],
      'IAM workflow role': ['aws_iam_role.workflow[0]', 'name'],
      'dead-letter queue': ['aws_sqs_queue.dead_letters[0]', 'name'],
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
    expect(compared).toBe(7 + 11)
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
    // A batch job run on demand still runs through its state machine, with its limits.
    expect(types('stripe_customers_runtime')).toEqual(
      expect.arrayContaining(['aws_sfn_state_machine.this[0]', 'aws_iam_role.workflow[0]']),
    )
    expect(types('service_runtime').some((a) => a.startsWith('aws_sfn'))).toBe(false)
    expect(types('service_runtime')).toEqual(
      expect.arrayContaining([
        'aws_ecs_service.this[0]',
        'aws_appautoscaling_target.service[0]',
        'aws_appautoscaling_policy.service_cpu[0]',
      ]),
    )
    expect(types('scheduled_runtime')).toEqual(
      expect.arrayContaining([
        'aws_scheduler_schedule.this[0]',
        'aws_iam_role.scheduler[0]',
        'aws_sqs_queue.dead_letters[0]',
      ]),
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

  it('refuses, by itself, every grant that would reach a whole account: buckets, secrets, keys, boundary', async () => {
    const result = refusal(await refusals.wildcards)
    for (const message of [
      's3_bucket_arns must name buckets, e.g. arn:aws:s3:::acme-data-lake and arn:aws:s3:::acme-data-lake/*: a wildcard in the bucket name (arn:aws:s3:::*, arn:aws:s3:::acme-*) would grant every matching bucket of the account.',
      "secrets must name single Secrets Manager secrets by ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-??????: a '*' (…:secret:*, …:secret:stripe*) would grant every matching secret of the account.",
      'kms_key_arns must hold key ARNs, e.g. arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab: not "*", which would let the job use every key of the account, nor an alias, which IAM does not match against keys.',
      'permissions_boundary_arn must be a managed policy ARN, e.g. arn:aws:iam::123456789012:policy/dativo-boundary.',
    ]) {
      expect(result).toContain(message)
    }
    // Each refusal names the input it comes from, at the module call.
    for (const variable of [
      's3_bucket_arns',
      'secrets',
      'kms_key_arns',
      'permissions_boundary_arn',
    ]) {
      expect(result).toContain(`var.${variable} is`)
    }
  })

  it('runs a hardened container: read-only root, writable /tmp, non-root, no capabilities, init', () => {
    const definition = aws.taskDefinition!.taskDefinition as Answer
    const [container] = definition.containerDefinitions as Answer[]
    expect(container).toMatchObject({
      name: 'dativo',
      readonlyRootFilesystem: true,
      user: '65534:65534',
      mountPoints: [{ sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false }],
      linuxParameters: { initProcessEnabled: true, capabilities: { drop: ['ALL'] } },
    })
    expect(container).not.toHaveProperty('privileged')
    expect(definition.volumes).toEqual([expect.objectContaining({ name: 'tmp' })])
    // A service's health check is its caller's: the command must exist in the image.
    expect(container).not.toHaveProperty('healthCheck')
  })

  it('keeps logs a year under a key of the job, with Container Insights, by default', () => {
    const prefix = namesOf('stripe_customers_runtime')
    const key = applied('module.stripe_customers_runtime.aws_kms_key.this[0]')
    expect((aws.logGroups!.logGroups as Answer[])[0]).toMatchObject({
      retentionInDays: 365,
      kmsKeyId: key.arn,
    })
    expect(((aws.clusters!.clusters as Answer[])[0]!.settings as Answer[])[0]).toEqual({
      name: 'containerInsights',
      value: 'enabled',
    })
    expect(aws.rotation).toMatchObject({ KeyRotationEnabled: true })
    // Only the account (through IAM) and CloudWatch Logs, for this log group, may use the key.
    const policy = JSON.parse(key.policy as string) as { Statement: Answer[] }
    expect(policy.Statement).toEqual([
      expect.objectContaining({
        Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:root` },
        Action: 'kms:*',
      }),
      expect.objectContaining({
        Principal: { Service: 'logs.us-east-1.amazonaws.com' },
        Condition: {
          ArnEquals: {
            'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:us-east-1:${MOTO_ACCOUNT}:log-group:${prefix['CloudWatch log group']}`,
          },
        },
      }),
    ])
  })

  it("lets tasks reach HTTPS anywhere and the VPC's own range, nothing else, by default", () => {
    const [vpc] = aws.vpcs!.Vpcs as Answer[]
    const egress = (aws.rules!.SecurityGroupRules as Answer[])
      .filter((rule) => rule.IsEgress)
      .map((rule) => [rule.IpProtocol, rule.FromPort, rule.ToPort, rule.CidrIpv4 ?? rule.CidrIpv6])
      .sort()
    expect(egress).toEqual(
      [
        ['-1', -1, -1, vpc!.CidrBlock],
        ['tcp', 443, 443, '0.0.0.0/0'],
        ['tcp', 443, 443, '::/0'],
      ].sort(),
    )
    expect((aws.rules!.SecurityGroupRules as Answer[]).filter((rule) => !rule.IsEgress)).toEqual([])
  })

  it('starts a scheduled run through the state machine, under the job key, failed starts kept', () => {
    const machine = applied('module.scheduled_runtime.aws_sfn_state_machine.this[0]')
    const queue = applied('module.scheduled_runtime.aws_sqs_queue.dead_letters[0]')
    const key = applied('module.scheduled_runtime.aws_kms_key.this[0]')
    expect(aws.schedule).toMatchObject({
      KmsKeyArn: key.arn,
      Target: {
        Arn: machine.arn,
        DeadLetterConfig: { Arn: queue.arn },
        RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 3 },
      },
    })
    expect(aws.queue!.Attributes).toMatchObject({
      KmsMasterKeyId: key.arn,
      MessageRetentionPeriod: '1209600',
    })
    // The schedule's role may start this run, send its dead letters and use its key: no more.
    const grants = JSON.parse(
      applied('module.scheduled_runtime.aws_iam_role_policy.scheduler[0]').policy as string,
    ) as { Statement: { Action: string | string[]; Resource: string | string[] }[] }
    expect(grants.Statement.map((s) => [[s.Action].flat().sort(), [s.Resource].flat()])).toEqual([
      [['states:StartExecution'], [machine.arn]],
      [['sqs:SendMessage'], [queue.arn]],
      [['kms:Decrypt', 'kms:GenerateDataKey'], [key.arn]],
    ])
  })

  it("gives the state machine the job's timeout, and stops what outlives it", () => {
    const definition = workflow('scheduled_runtime')
    expect(definition.States.RunTask).toMatchObject({
      Resource: 'arn:aws:states:::ecs:runTask.sync',
      TimeoutSeconds: SCHEDULED_TIMEOUT,
      Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'FindOverdueTasks' }],
    })
    expect(definition.TimeoutSeconds).toBeGreaterThan(SCHEDULED_TIMEOUT)
    // The seed guide's job, which sets no timeout, gets the hour Azure and GCP jobs get.
    expect(workflow('stripe_customers_runtime').States.RunTask!.TimeoutSeconds).toBe(3600)
    // Its role may run, watch, stop and list the job's own tasks and pass its two roles only.
    const grants = JSON.parse(
      applied('module.scheduled_runtime.aws_iam_role_policy.workflow[0]').policy as string,
    ) as { Statement: { Sid: string; Effect: string; Resource?: unknown; NotResource?: unknown }[] }
    const cluster = namesOf('scheduled_runtime')['ECS cluster']
    expect(
      Object.fromEntries(grants.Statement.map((s) => [s.Sid, s.Resource ?? s.NotResource])),
    ).toEqual({
      RunTask: expect.stringMatching(/:task-definition\/nightly-orders-staging:\*$/),
      WatchAndStopTasks: `arn:aws:ecs:us-east-1:${MOTO_ACCOUNT}:task/${cluster}/*`,
      TagTasks: `arn:aws:ecs:us-east-1:${MOTO_ACCOUNT}:task/${cluster}/*`,
      ListJobTasks: `arn:aws:ecs:us-east-1:${MOTO_ACCOUNT}:container-instance/${cluster}/*`,
      FollowTaskEvents: `arn:aws:events:us-east-1:${MOTO_ACCOUNT}:rule/StepFunctionsGetEventsForECSTaskRule`,
      PassTaskRoles: expect.arrayContaining([
        expect.stringMatching(/-execution$/),
        expect.stringMatching(/-task$/),
      ]),
      PassNoOtherRole: expect.arrayContaining([
        expect.stringMatching(/-execution$/),
        expect.stringMatching(/-task$/),
      ]),
    })
    expect(grants.Statement.find((s) => s.Sid === 'PassNoOtherRole')!.Effect).toBe('Deny')
  })

  it('on moto: refuses a run beside one still going, stops the run that outlives its timeout, lets a run succeed', async () => {
    const machine = (moduleName: string) =>
      applied(`module.${moduleName}.aws_sfn_state_machine.this[0]`).arn as string
    const tasks = async (moduleName: string, desiredStatus: string) =>
      (
        await moto.json('ecs', 'AmazonEC2ContainerServiceV20141113.ListTasks', {
          cluster: namesOf(moduleName)['ECS cluster'],
          family: namesOf(moduleName)['task definition family'],
          desiredStatus,
        })
      ).taskArns as string[]
    const start = async (moduleName: string, name: string) =>
      (
        await moto.json('states', 'AWSStepFunctions.StartExecution', {
          stateMachineArn: machine(moduleName),
          name,
        })
      ).executionArn as string
    const finished = (execution: string) =>
      until(`execution ${execution}`, async () => {
        const described = await moto.json('states', 'AWSStepFunctions.DescribeExecution', {
          executionArn: execution,
        })
        return described.status === 'RUNNING' ? undefined : described
      })
    const calls = async (execution: string) =>
      (
        (
          await moto.json('states', 'AWSStepFunctions.GetExecutionHistory', {
            executionArn: execution,
          })
        ).events as Answer[]
      )
        .filter((event) => event.type === 'TaskScheduled')
        .map((event) => (event.taskScheduledEventDetails as Answer).resource)

    // Hung jobs: their tasks never stop by themselves.
    await moto.setTransition('ecs::task', { progression: 'manual', times: 1_000_000 })

    // The seed guide's job (an hour's timeout) hangs; the next run finds its task running,
    // fails at once and starts no second task.
    const hung = await start('stripe_customers_runtime', 'hung')
    const running = await until('the hung run’s task', async () =>
      (await tasks('stripe_customers_runtime', 'RUNNING')).at(0),
    )
    const overlap = await start('stripe_customers_runtime', 'overlap')
    expect(await finished(overlap)).toMatchObject({
      status: 'FAILED',
      error: 'Dativo.PreviousRunStillRunning',
    })
    expect(await calls(overlap)).toEqual(['listTasks'])
    expect(await tasks('stripe_customers_runtime', 'RUNNING')).toEqual([running])
    // The hung run ends once its task is stopped from outside, which frees moto's worker.
    await moto.json('ecs', 'AmazonEC2ContainerServiceV20141113.StopTask', {
      cluster: namesOf('stripe_customers_runtime')['ECS cluster'],
      task: running,
    })
    await finished(hung)

    // The scheduled job hangs past its timeout: its task is stopped, the run fails.
    const late = await start('scheduled_runtime', 'late')
    const overdue = await until('the late run’s task', async () =>
      (await tasks('scheduled_runtime', 'RUNNING')).at(0),
    )
    expect(await finished(late)).toMatchObject({ status: 'FAILED', error: 'Dativo.TimedOut' })
    expect(await calls(late)).toEqual(['listTasks', 'runTask.sync', 'listTasks', 'stopTask'])
    expect(await tasks('scheduled_runtime', 'RUNNING')).toEqual([])
    const [stopped] = (
      await moto.json('ecs', 'AmazonEC2ContainerServiceV20141113.DescribeTasks', {
        cluster: namesOf('scheduled_runtime')['ECS cluster'],
        tasks: [overdue],
      })
    ).tasks as Answer[]
    expect(stopped).toMatchObject({
      lastStatus: 'STOPPED',
      stoppedReason: `Dativo: ran longer than its timeout of ${SCHEDULED_TIMEOUT}s`,
    })

    // A job that ends, with exit code 0 as moto's containers do, makes a run that succeeds.
    await moto.setTransition('ecs::task', { progression: 'immediate' })
    const normal = await start('scheduled_runtime', 'normal')
    expect(await finished(normal)).toMatchObject({ status: 'SUCCEEDED' })
    expect(await calls(normal)).toEqual(['listTasks', 'runTask.sync'])
  }, 120_000)
})

interface Workflow {
  TimeoutSeconds: number
  States: Record<string, { Parameters?: Record<string, unknown>; TimeoutSeconds?: number }>
}

/** Waits for `read` to give a value: a guard against a hang, never a timing assertion. */
async function until<T>(
  what: string,
  read: () => Promise<T | undefined>,
  seconds = 60,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what}: nothing within ${seconds} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

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
