// The plan checks on a real plan: one root calling the three cloud modules (the real AWS provider
// against moto for its data sources, the stand-in azurerm and google providers serving those
// providers' own schemas), beside a team's own resources that leave the job's tags out or grant
// too much. It proves what the tag check relies on, on each provider's real schema: a planned
// resource's value lists every attribute of its schema, tags and labels included; then that the
// modules pass the tag check and the policy, and that each of the team's resources is caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Job } from '../../src/config/job.js'
import { parsePolicy } from '../../src/policy/read.js'
import { checkPlan } from '../../src/policy/plan.js'
import type { PlatformPolicy } from '../../src/policy/rules.js'
import type { Tags } from '../../src/tags/convert.js'
import { startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { TerraformRoot } from '../terraform/modules/root.js'

const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555'
const ACCOUNT = '123456789012'
const VAULT = `/subscriptions/${SUBSCRIPTION}/resourceGroups/data/providers/Microsoft.KeyVault/vaults/acme-kv`
const STORAGE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/data/providers/Microsoft.Storage/storageAccounts/acmelake`
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/dativo-job-boundary`

const TAGS: Tags = {
  job_name: 'orders',
  team: 'data-engineering',
  pipeline_type: 'ingestion',
  environment: 'prod',
  cost_center: 'data-platform',
}

const POLICY = `version: 1
secrets:
  aws: ["arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:dativo/"]
  azure: ["${VAULT}/secrets/dativo-"]
  gcp: ["projects/acme/secrets/dativo-"]
storage:
  s3_buckets: [acme-lake]
  gcs_buckets: [acme-lake]
  azure_storage_accounts: ["${STORAGE}"]
iam:
  azure:
    roles: [Storage Blob Data Contributor, Key Vault Secrets User]
  gcp:
    roles: [roles/storage.objectUser, roles/secretmanager.secretAccessor, roles/run.invoker]
environments:
  prod:
    iam:
      aws:
        permissions_boundary: ${BOUNDARY}
`

const JOB_METADATA = JSON.stringify(TAGS)

const ROOT_TF = `
terraform {
  required_providers {
    aws     = { source = "hashicorp/aws" }
    azurerm = { source = "hashicorp/azurerm" }
    google  = { source = "hashicorp/google" }
  }
}
provider "aws" {
  region = "us-east-1"
}
provider "azurerm" {
  features {}
  subscription_id = "${SUBSCRIPTION}"
}
provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "vpc_id" {
  type = string
}
variable "subnet_ids" {
  type = list(string)
}
locals {
  job = jsondecode(${JSON.stringify(JOB_METADATA)})
}

module "aws_job" {
  source                   = "../modules/aws_fargate"
  region                   = "us-east-1"
  job_metadata             = local.job
  container_image          = "${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0"
  vpc_id                   = var.vpc_id
  private_subnet_ids       = var.subnet_ids
  s3_bucket_arns           = ["arn:aws:s3:::acme-lake", "arn:aws:s3:::acme-lake/*"]
  secrets                  = ["arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:dativo/orders-AbCdEf"]
  schedule                 = "0 3 * * *"
  permissions_boundary_arn = "${BOUNDARY}"
}

module "azure_job" {
  source              = "../modules/azure_container_apps"
  region              = "westeurope"
  job_metadata        = local.job
  container_image     = "docker.io/acme/dativo:1.1.0"
  storage_account_ids = ["${STORAGE}"]
  secrets             = ["${VAULT}/secrets/dativo-orders"]
}

module "gcp_job" {
  source               = "../modules/gcp_cloud_run"
  project_id           = "acme"
  region               = "europe-west4"
  job_metadata         = local.job
  container_image      = "europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0"
  storage_bucket_names = ["acme-lake"]
  secrets              = ["projects/acme/secrets/dativo-orders"]
  schedule             = "0 3 * * *"
}

# A team's own resources: some without the job's tags, some granting too much.
data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "raw" {
  bucket = "acme-raw-\${data.aws_caller_identity.current.account_id}"
}

resource "aws_iam_policy" "everything" {
  name   = "orders-everything"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
  tags   = { for k, v in local.job : replace(title(replace(k, "_", " ")), " ", "") => v }
}

resource "aws_iam_role" "team" {
  name               = "orders-team"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }] })
  tags               = { for k, v in local.job : replace(title(replace(k, "_", " ")), " ", "") => v }
}

data "aws_iam_policy_document" "secrets" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["arn:aws:secretsmanager:us-east-1:\${data.aws_caller_identity.current.account_id}:secret:*"]
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.raw.arn}/*"]
  }
}

resource "aws_iam_role_policy" "secrets" {
  name   = "secrets"
  role   = aws_iam_role.team.id
  policy = data.aws_iam_policy_document.secrets.json
}

resource "aws_iam_role_policy" "opaque" {
  name   = "opaque"
  role   = aws_iam_role.team.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.raw.arn}/*" }] })
}

resource "azurerm_resource_group" "team" {
  name     = "orders-team"
  location = "westeurope"
}

resource "azurerm_role_assignment" "owner" {
  scope                = "/subscriptions/${SUBSCRIPTION}"
  role_definition_name = "Owner"
  principal_id         = "00000000-0000-0000-0000-000000000001"
}

resource "azurerm_role_assignment" "vault" {
  scope                = "${VAULT}"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = "00000000-0000-0000-0000-000000000001"
}

resource "google_cloud_run_v2_job" "team" {
  name     = "orders-team"
  location = "europe-west4"
  template {
    template {
      containers {
        image = "europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0"
      }
    }
  }
}

resource "google_cloud_run_v2_job_iam_member" "editor" {
  name     = google_cloud_run_v2_job.team.name
  location = "europe-west4"
  role     = "roles/editor"
  member   = "user:jane@acme.example"
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = "acme-lake"
  role   = "roles/storage.objectUser"
  member = "allUsers"
}
`

interface Change {
  address: string
  mode: string
  type: string
  provider_name: string
  change: { after: Record<string, unknown> | null; after_unknown: Record<string, unknown> }
}

describe('the plan checks on a real plan of the three modules and a team’s own resources', () => {
  let moto: Moto
  let root: TerraformRoot
  let plan: { resource_changes: Change[] }
  let schemas: Record<string, { block: { attributes?: Record<string, unknown> } }>
  let policy: PlatformPolicy
  const job: Job = {
    file: 'jobs/orders.yaml',
    jobName: 'orders',
    environment: 'prod',
    provider: 'aws',
    runtime: { type: 'aws_fargate' },
    region: 'us-east-1',
    tags: TAGS,
    target: {},
    placeholders: [],
    range: { line: 3, column: 1, endLine: 3, endColumn: 15 },
    tagsRange: { line: 9, column: 3, endLine: 9, endColumn: 7 },
  }

  beforeAll(async () => {
    moto = await startMoto()
    const network = await moto.defaultNetwork()
    root = TerraformRoot.create(
      {
        'main.tf': ROOT_TF,
        'network.auto.tfvars.json': JSON.stringify({
          vpc_id: network.vpcId,
          subnet_ids: network.subnetIds,
        }),
      },
      { standIns: {}, env: moto.env },
    )
    await root.ok(['init', '-input=false', '-no-color'])
    await root.ok(['plan', '-input=false', '-no-color', '-out=tfplan'])
    const [shown, schema] = await Promise.all([
      root.ok(['show', '-json', 'tfplan']),
      root.ok(['providers', 'schema', '-json']),
    ])
    plan = JSON.parse(shown)
    const providers = JSON.parse(schema).provider_schemas as Record<
      string,
      { resource_schemas: typeof schemas }
    >
    schemas = Object.assign({}, ...Object.values(providers).map((p) => p.resource_schemas))
    const read = parsePolicy('policy.yaml', Buffer.from(POLICY), 'the workspace')
    if (!read.ok) throw new Error(read.problem)
    policy = read.policy
  }, 240_000)
  afterAll(async () => {
    root?.remove()
    await moto?.stop()
  })

  it("lists every attribute of a resource's schema in its planned value, tags and labels among them", () => {
    const managed = plan.resource_changes.filter((c) => c.mode === 'managed')
    expect(managed.length).toBeGreaterThan(30)
    const carriers = new Set<string>()
    for (const change of managed) {
      const listed = new Set([
        ...Object.keys(change.change.after ?? {}),
        ...Object.keys(change.change.after_unknown),
      ])
      const attributes = Object.keys(schemas[change.type]!.block.attributes ?? {})
      expect(
        attributes.filter((a) => !listed.has(a)),
        change.address,
      ).toEqual([])
      for (const name of ['tags', 'tags_all', 'labels', 'terraform_labels']) {
        if (attributes.includes(name))
          carriers.add(`${change.provider_name.split('/').at(-1)}:${name}`)
      }
    }
    expect([...carriers].sort()).toEqual([
      'aws:tags',
      'aws:tags_all',
      'azurerm:tags',
      'google:labels',
      'google:terraform_labels',
    ])
  })

  it("finds every team resource without the job's tags, and none of the modules'", () => {
    const untagged = checkPlan(plan, job).map((f) => `${f.range?.line} [${f.rule}] ${f.message}`)
    const all = 'CostCenter, Environment, JobName, PipelineType, Team'
    expect(untagged).toEqual([
      `9 [untagged-resource] aws_s3_bucket.raw lacks the job's tags ${all}: every resource that can carry tags carries the job's tags`,
      "9 [untagged-resource] azurerm_resource_group.team lacks the job's tags cost-center, environment, job-name, pipeline-type, team: every resource that can carry tags carries the job's tags",
      "9 [untagged-resource] google_cloud_run_v2_job.team lacks the job's tags cost_center, environment, job_name, pipeline_type, team: every resource that can carry tags carries the job's tags",
    ])
  })

  // aws_iam_role_policy.secrets is read at apply (it names the new bucket): its statements are
  // still checked, and the object ARN of the bucket the plan creates is one it may grant.
  it('finds every grant the policy forbids, and none of the modules’', () => {
    const grants = checkPlan(plan, job, policy)
      .filter((f) => f.rule === 'platform-policy')
      .map((f) => `${f.range?.line} ${f.message}`)
    expect(grants).toEqual(
      [
        `3 aws_iam_policy.everything: its policy grants s3:* on every resource ("*"): name the resources (only actions that AWS allows on "*" alone may have it, and those of iam.aws.wildcard_actions)`,
        '3 aws_iam_role.team: its assume_role_policy lets anyone (Principal "*") sts:AssumeRole: name the principals',
        `3 aws_iam_role.team: has no permissions boundary; the policy requires '${BOUNDARY}' (environments.prod.iam.aws.permissions_boundary)`,
        '3 aws_iam_role_policy.opaque: its policy is known only at apply, so what it grants cannot be checked: write it with an aws_iam_policy_document data source, or from values known at plan',
        `3 aws_iam_role_policy.secrets: its policy grants secretsmanager:GetSecretValue on 'arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:*': outside the allowed prefixes 'arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:dativo/' (secrets.aws)`,
        "3 azurerm_role_assignment.owner: gives the role 'Owner', which the policy does not list (iam.azure.roles: 'Storage Blob Data Contributor', 'Key Vault Secrets User')",
        `3 azurerm_role_assignment.owner: is scoped to '/subscriptions/${SUBSCRIPTION}', a whole subscription: scope it to the resource the job uses`,
        `3 azurerm_role_assignment.vault: is scoped to the whole Key Vault '${VAULT}', every secret in it: scope it to each secret (…/secrets/<name>)`,
        "google_cloud_run_v2_job_iam_member.editor: gives the role 'roles/editor', which the policy does not list (iam.gcp.roles: 'roles/storage.objectUser', 'roles/secretmanager.secretAccessor', 'roles/run.invoker')",
        "3 google_storage_bucket_iam_member.public: grants 'roles/storage.objectUser' to allUsers, that is to anyone",
      ].map((line) => (line.startsWith('3 ') ? line : `3 ${line}`)),
    )
  })
})
