// The plan checks' rules one by one, on plans in the shape `terraform show -json` gives them (the
// real-plan test beside this one proves the shape): each resource change with its planned value,
// what is known only at apply, and the configuration's references.
import { describe, expect, it } from 'vitest'
import type { Job } from '../../src/config/job.js'
import { checkPlan } from '../../src/policy/plan.js'
import { parsePolicy } from '../../src/policy/read.js'
import type { PlatformPolicy } from '../../src/policy/rules.js'

const JOB: Job = {
  file: 'jobs/orders.yaml',
  jobName: 'orders',
  environment: 'dev',
  provider: 'aws',
  runtime: { type: 'aws_fargate' },
  region: 'us-east-1',
  tags: {
    job_name: 'orders',
    team: 'data',
    pipeline_type: 'ingestion',
    environment: 'dev',
    cost_center: 'dp',
  },
  target: {},
  placeholders: [],
}
const AWS_TAGS = {
  JobName: 'orders',
  Team: 'data',
  PipelineType: 'ingestion',
  Environment: 'dev',
  CostCenter: 'dp',
}

function policyOf(text: string): PlatformPolicy {
  const read = parsePolicy('policy.yaml', Buffer.from(`version: 1\n${text}`), 'the workspace')
  if (!read.ok) throw new Error(read.problem)
  return read.policy
}

interface Resource {
  address: string
  type?: string
  provider?: string
  actions?: string[]
  after: Record<string, unknown> | null
  unknown?: Record<string, unknown>
  mode?: 'managed' | 'data'
  module?: string
}

function planOf(resources: Resource[], configuration: unknown = {}) {
  return {
    resource_changes: resources.map((r) => {
      const type = r.type ?? r.address.replace(/^(module\.[^.]+\.)*(data\.)?/, '').split('.')[0]
      return {
        address: r.address,
        module_address: r.module,
        mode: r.mode ?? 'managed',
        type,
        name: r.address.split('.').at(-1)!.replace(/\[.*$/, ''),
        provider_name:
          r.provider ??
          `registry.terraform.io/hashicorp/${type!.startsWith('azurerm') ? 'azurerm' : type!.startsWith('google') ? 'google' : 'aws'}`,
        change: {
          actions: r.actions ?? ['create'],
          after: r.after,
          after_unknown: r.unknown ?? {},
        },
      }
    }),
    configuration,
  }
}

function messages(plan: unknown, policy?: PlatformPolicy, job: Job = JOB): string[] {
  return checkPlan(plan, job, policy).map((f) => `[${f.rule}] ${f.message}`)
}

const document = (statement: unknown) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statement })

describe("the job's tags on every resource that can carry them", () => {
  it('reads tags_all first, so provider default tags count, and names keys missing or different', () => {
    const plan = planOf([
      { address: 'aws_s3_bucket.a', after: { tags: null, tags_all: AWS_TAGS } },
      {
        address: 'aws_s3_bucket.b',
        after: { tags: { Team: 'other' }, tags_all: { Team: 'other' } },
      },
      { address: 'aws_s3_bucket.c', after: { tags: null }, unknown: { tags_all: true } },
      { address: 'aws_iam_role_policy.d', after: { policy: '{}' } },
      { address: 'aws_s3_bucket.gone', actions: ['delete'], after: null },
      { address: 'data.aws_s3_bucket.e', mode: 'data', actions: ['read'], after: { tags: {} } },
    ])
    expect(messages(plan)).toEqual([
      "[untagged-resource] aws_s3_bucket.b lacks the job's tags CostCenter, Environment, JobName, PipelineType; has Team 'other' instead of the job's 'data': every resource that can carry tags carries the job's tags",
      "[untagged-resource] aws_s3_bucket.c lacks the job's tags CostCenter, Environment, JobName, PipelineType, Team: every resource that can carry tags carries the job's tags",
    ])
  })

  it('says when tags are known only at apply, and checks resources kept as they are too', () => {
    const plan = planOf([
      { address: 'aws_s3_bucket.a', actions: ['no-op'], after: { tags: null, tags_all: {} } },
      {
        address: 'aws_s3_bucket.b',
        after: { tags: null },
        unknown: { tags: true, tags_all: true },
      },
      {
        address: 'aws_s3_bucket.c',
        after: { tags_all: { ...AWS_TAGS, Team: null } },
        unknown: { tags_all: { Team: true } },
      },
    ])
    expect(messages(plan)).toEqual([
      "[untagged-resource] aws_s3_bucket.a lacks the job's tags CostCenter, Environment, JobName, PipelineType, Team: every resource that can carry tags carries the job's tags",
      "[untagged-resource] aws_s3_bucket.b its tags are known only at apply, so the job's tags cannot be seen on it: every resource that can carry tags carries the job's tags",
      "[untagged-resource] aws_s3_bucket.c has Team known only at apply: every resource that can carry tags carries the job's tags",
    ])
  })

  it("converts the job's tags for each resource's own provider, and leaves other providers' lists alone", () => {
    const plan = planOf([
      {
        address: 'google_storage_bucket.a',
        after: {
          labels: null,
          terraform_labels: {
            job_name: 'orders',
            team: 'data',
            pipeline_type: 'ingestion',
            environment: 'dev',
            cost_center: 'dp',
          },
        },
      },
      {
        address: 'azurerm_resource_group.b',
        after: {
          tags: {
            'job-name': 'orders',
            team: 'data',
            'pipeline-type': 'ingestion',
            environment: 'dev',
            'cost-center': 'dp',
          },
        },
      },
      {
        address: 'datadog_monitor.c',
        provider: 'registry.terraform.io/datadog/datadog',
        after: { tags: ['team:data'] },
      },
      {
        address: 'terraform_data.d',
        provider: 'terraform.io/builtin/terraform',
        after: { input: null },
      },
    ])
    expect(messages(plan)).toEqual([])
  })
})

describe('AWS grants', () => {
  const policy = policyOf(`storage:
  s3_buckets: [acme-lake, acme-shared/dativo/]
iam:
  aws:
    wildcard_actions: [ec2:DescribeNetworkInterfaces]
`)
  const inline = (statement: unknown, address = 'aws_iam_role_policy.p') => ({
    address,
    after: { policy: document(statement) },
  })

  it('refuses "*" except for the actions AWS only allows on it and those the policy adds', () => {
    const plan = planOf([
      inline([
        {
          Effect: 'Allow',
          Action: ['ecr:GetAuthorizationToken', 'ec2:describenetworkinterfaces'],
          Resource: '*',
        },
        { Effect: 'Deny', Action: '*', Resource: '*' },
      ]),
      inline(
        {
          Effect: 'Allow',
          Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage'],
          Resource: ['*'],
        },
        'aws_iam_policy.q',
      ),
    ])
    expect(messages(plan, policy)).toEqual([
      '[platform-policy] aws_iam_policy.q: its policy grants ecr:BatchGetImage on every resource ("*"): name the resources (only actions that AWS allows on "*" alone may have it, and those of iam.aws.wildcard_actions)',
    ])
  })

  it('refuses wildcard resources of every kind, NotAction and NotResource', () => {
    const plan = planOf([
      inline([
        {
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: 'arn:aws:kms:us-east-1:123456789012:key/*',
        },
        {
          Effect: 'Allow',
          Action: 'logs:PutLogEvents',
          Resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/dativo/orders:*',
        },
        {
          Effect: 'Allow',
          Action: 'sqs:SendMessage',
          Resource: 'arn:aws:sqs:*:123456789012:orders',
        },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::acme-*' },
        { Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::acme-lake' },
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          NotResource: 'arn:aws:s3:::acme-lake/private/*',
        },
      ]),
    ])
    expect(messages(plan, policy)).toEqual([
      "[platform-policy] aws_iam_role_policy.p: its policy grants kms:Decrypt on 'arn:aws:kms:us-east-1:123456789012:key/*': a wildcard resource, every kms key of the account",
      "[platform-policy] aws_iam_role_policy.p: its policy grants sqs:SendMessage on 'arn:aws:sqs:*:123456789012:orders': a wildcard in its partition, service, region or account reaches resources of others",
      "[platform-policy] aws_iam_role_policy.p: its policy grants s3:ListBucket on 'arn:aws:s3:::acme-*': a wildcard resource, every bucket it matches",
      '[platform-policy] aws_iam_role_policy.p: its policy allows every action but those of NotAction: list the actions it allows',
      '[platform-policy] aws_iam_role_policy.p: its policy allows s3:GetObject on every resource but those of NotResource: list the resources',
    ])
  })

  it('holds S3 grants to the buckets and prefixes the policy names', () => {
    const plan = planOf([
      inline([
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: [
            'arn:aws:s3:::acme-lake/*',
            'arn:aws:s3:::acme-shared/dativo/orders/*',
            'arn:aws:s3:::acme-shared',
          ],
        },
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: ['arn:aws:s3:::acme-shared/*', 'arn:aws:s3:::acme-finance/*'],
        },
      ]),
    ])
    expect(messages(plan, policy)).toEqual([
      "[platform-policy] aws_iam_role_policy.p: its policy grants s3:GetObject on 'arn:aws:s3:::acme-shared/*': the policy allows only 'acme-shared/dativo/' in bucket 'acme-shared', not the whole bucket (storage.s3_buckets)",
      "[platform-policy] aws_iam_role_policy.p: its policy grants s3:GetObject on 'arn:aws:s3:::acme-finance/*': bucket 'acme-finance' is not one the policy lets jobs use (storage.s3_buckets)",
    ])
  })

  it('refuses broad or unseen managed policies, and roles without the required boundary', () => {
    const boundary = policyOf(`iam:
  aws:
    permissions_boundary: arn:aws:iam::123456789012:policy/boundary
    managed_policies: [arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy]
`)
    const plan = planOf([
      {
        address: 'aws_iam_role.a',
        after: {
          assume_role_policy: document([]),
          permissions_boundary: 'arn:aws:iam::123456789012:policy/boundary',
          tags_all: AWS_TAGS,
        },
      },
      {
        address: 'aws_iam_role.b',
        after: {
          assume_role_policy: document([]),
          permissions_boundary: 'arn:aws:iam::123456789012:policy/other',
          tags_all: AWS_TAGS,
        },
      },
      {
        address: 'aws_iam_role_policy_attachment.c',
        after: { policy_arn: 'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy' },
      },
      {
        address: 'aws_iam_role_policy_attachment.d',
        after: { policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      },
    ])
    expect(messages(plan, boundary)).toEqual([
      "[platform-policy] aws_iam_role.b: has the permissions boundary 'arn:aws:iam::123456789012:policy/other'; the policy requires 'arn:aws:iam::123456789012:policy/boundary' (iam.aws.permissions_boundary)",
      "[platform-policy] aws_iam_role_policy_attachment.d: attaches the managed policy 'arn:aws:iam::aws:policy/AdministratorAccess', which the policy does not list (iam.aws.managed_policies)",
    ])
    const defaults = planOf([
      {
        address: 'aws_iam_role_policy_attachment.d',
        after: { policy_arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' },
      },
      {
        address: 'aws_iam_role_policy_attachment.e',
        after: { policy_arn: 'arn:aws:iam::123456789012:policy/theirs' },
      },
      {
        address: 'aws_iam_role_policy_attachment.f',
        after: { policy_arn: 'arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess' },
      },
    ])
    expect(messages(defaults, policy)).toEqual([
      "[platform-policy] aws_iam_role_policy_attachment.d: attaches the managed policy 'arn:aws:iam::aws:policy/AmazonS3FullAccess', which grants whole services; list it in iam.aws.managed_policies if the job must have it",
      "[platform-policy] aws_iam_role_policy_attachment.e: attaches the managed policy 'arn:aws:iam::123456789012:policy/theirs', which this plan does not create, so what it grants cannot be checked: list it in iam.aws.managed_policies",
    ])
  })

  it('checks a document read at apply statement by statement, and refuses one it cannot see', () => {
    const configuration = {
      root_module: {
        resources: [
          {
            address: 'aws_iam_role_policy.p',
            expressions: {
              policy: {
                references: [
                  'data.aws_iam_policy_document.d.json',
                  'data.aws_iam_policy_document.d',
                ],
              },
            },
          },
          {
            address: 'aws_iam_role_policy.q',
            expressions: { policy: { references: ['aws_s3_bucket.b.arn', 'aws_s3_bucket.b'] } },
          },
          {
            address: 'data.aws_iam_policy_document.d',
            expressions: {
              statement: [
                {
                  sid: { constant_value: 'Own' },
                  actions: { constant_value: ['s3:GetObject'] },
                  resources: { references: ['aws_s3_bucket.b.arn', 'aws_s3_bucket.b'] },
                },
                {
                  actions: { constant_value: ['s3:PutObject'] },
                  resources: { references: ['var.bucket_arn'] },
                },
              ],
            },
          },
        ],
      },
    }
    const plan = planOf(
      [
        { address: 'aws_s3_bucket.b', after: { tags_all: AWS_TAGS }, unknown: { arn: true } },
        { address: 'aws_iam_role_policy.p', after: { name: 'p' }, unknown: { policy: true } },
        { address: 'aws_iam_role_policy.q', after: { name: 'q' }, unknown: { policy: true } },
        {
          address: 'data.aws_iam_policy_document.d',
          mode: 'data',
          actions: ['read'],
          after: {
            statement: [
              {
                sid: 'Own',
                actions: ['s3:GetObject'],
                resources: [null],
                effect: null,
                not_actions: null,
                not_resources: null,
                principals: [],
                condition: [],
              },
              {
                sid: null,
                actions: ['s3:PutObject'],
                resources: [null, 'arn:aws:s3:::*'],
                effect: null,
                not_actions: null,
                not_resources: null,
                principals: [],
                condition: [],
              },
            ],
          },
          unknown: { json: true, statement: [{ resources: [true] }, { resources: [true, false] }] },
        },
      ],
      configuration,
    )
    expect(messages(plan, policy)).toEqual([
      '[platform-policy] aws_iam_role_policy.p: its policy grants s3:PutObject on a resource known only at apply, which cannot be checked: name it from values known at plan',
      "[platform-policy] aws_iam_role_policy.p: its policy grants s3:PutObject on 'arn:aws:s3:::*': a wildcard resource, every bucket it matches",
      '[platform-policy] aws_iam_role_policy.q: its policy is known only at apply, so what it grants cannot be checked: write it with an aws_iam_policy_document data source, or from values known at plan',
    ])
  })

  it('lets only named principals use a resource policy', () => {
    const plan = planOf(
      [
        {
          address: 'aws_s3_bucket_policy.a',
          after: {
            policy: document([
              {
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::acme-lake/*',
              },
            ]),
          },
        },
        {
          address: 'aws_s3_bucket_policy.b',
          after: {
            policy: document([
              {
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::acme-lake/*',
                Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } },
              },
            ]),
          },
        },
        {
          address: 'aws_kms_key.c',
          after: {
            tags_all: AWS_TAGS,
            policy: document([
              {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::123456789012:root' },
                Action: 'kms:*',
                Resource: '*',
              },
            ]),
          },
        },
        // A bucket's policy is computed when nobody sets it: known only at apply, and no grant.
        { address: 'aws_s3_bucket.d', after: { tags_all: AWS_TAGS }, unknown: { policy: true } },
      ],
      {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.d', expressions: { bucket: { constant_value: 'd' } } },
          ],
        },
      },
    )
    expect(messages(plan, policy)).toEqual([
      '[platform-policy] aws_s3_bucket_policy.a: its policy lets anyone (Principal "*") s3:GetObject: name the principals',
    ])
  })
})

describe('Azure and Google grants', () => {
  const policy = policyOf(`secrets:
  gcp: ["projects/acme/secrets/dativo-"]
storage:
  gcs_buckets: [acme-lake]
`)

  it('refuses privileged roles, whole scopes and vault-wide access without a roles list', () => {
    const plan = planOf([
      {
        address: 'azurerm_role_assignment.a',
        after: {
          scope: '/providers/Microsoft.Management/managementGroups/acme',
          role_definition_name: 'Reader',
          role_definition_id: null,
        },
      },
      {
        address: 'azurerm_role_assignment.b',
        after: {
          scope: '/subscriptions/s/resourceGroups/g',
          role_definition_name: null,
          role_definition_id:
            '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
        },
      },
      {
        address: 'azurerm_role_assignment.c',
        after: {
          scope:
            '/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v/secrets/dativo-x',
          role_definition_name: null,
        },
        unknown: { role_definition_name: true },
      },
      { address: 'azurerm_key_vault_access_policy.d', after: { secret_permissions: ['Get'] } },
    ])
    expect(messages(plan, policy)).toEqual([
      "[platform-policy] azurerm_role_assignment.a: is scoped to '/providers/Microsoft.Management/managementGroups/acme', a whole management group: scope it to the resource the job uses",
      "[platform-policy] azurerm_role_assignment.b: gives the role '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', which can change or hand out access; list the roles jobs may have in iam.azure.roles",
      "[platform-policy] azurerm_role_assignment.b: is scoped to '/subscriptions/s/resourceGroups/g', a whole resource group: scope it to the resource the job uses",
      '[platform-policy] azurerm_role_assignment.c: gives a role known only at apply, which cannot be checked: name a built-in role',
      '[platform-policy] azurerm_key_vault_access_policy.d: a Key Vault access policy grants on the whole vault: give each secret its own role assignment (Key Vault Secrets User on the secret)',
    ])
  })

  it('refuses basic and admin roles, project-wide grants, public members, and secrets or buckets outside the policy', () => {
    const plan = planOf([
      {
        address: 'google_project_iam_member.a',
        after: { project: 'acme', role: 'roles/viewer', member: 'user:x@acme.example' },
      },
      {
        address: 'google_storage_bucket_iam_binding.b',
        after: {
          bucket: 'b/acme-other',
          role: 'roles/storage.admin',
          members: ['allAuthenticatedUsers'],
        },
      },
      {
        address: 'google_secret_manager_secret_iam_member.c',
        after: {
          project: 'other',
          secret_id: 'dativo-x',
          role: 'roles/secretmanager.secretAccessor',
          member: 'serviceAccount:x',
        },
      },
      {
        address: 'google_secret_manager_secret_iam_member.d',
        after: {
          project: null,
          secret_id: 'projects/acme/secrets/dativo-x',
          role: 'roles/secretmanager.secretAccessor',
          member: 'serviceAccount:x',
        },
      },
      {
        address: 'google_storage_bucket_iam_policy.e',
        after: {
          bucket: 'acme-lake',
          policy_data: JSON.stringify({ bindings: [{ role: 'roles/owner', members: ['user:x'] }] }),
        },
      },
    ])
    expect(messages(plan, policy)).toEqual([
      '[platform-policy] google_project_iam_member.a: grants on a whole project: grant on the resource the job uses',
      "[platform-policy] google_storage_bucket_iam_binding.b: gives the role 'roles/storage.admin', which is broad or administers access; list the roles jobs may have in iam.gcp.roles",
      "[platform-policy] google_storage_bucket_iam_binding.b: grants 'roles/storage.admin' to allAuthenticatedUsers, that is to anyone",
      "[platform-policy] google_storage_bucket_iam_binding.b: grants on the bucket 'acme-other', which the policy does not list (storage.gcs_buckets)",
      "[platform-policy] google_secret_manager_secret_iam_member.c: grants on the secret 'projects/other/secrets/dativo-x', outside the allowed prefixes 'projects/acme/secrets/dativo-' (secrets.gcp)",
      "[platform-policy] google_storage_bucket_iam_policy.e: gives the role 'roles/owner', which is broad or administers access; list the roles jobs may have in iam.gcp.roles",
    ])
  })

  it('checks nothing of what a plan grants without a policy: only the tags', () => {
    const plan = planOf([
      {
        address: 'google_project_iam_member.a',
        after: { project: 'acme', role: 'roles/owner', member: 'allUsers' },
      },
    ])
    expect(messages(plan)).toEqual([])
  })
})
