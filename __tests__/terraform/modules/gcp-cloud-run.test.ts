// terraform/modules/gcp_cloud_run planned and applied by the real Terraform on the stand-in
// google provider, which serves google's own schema: the seed guide's module call as written and
// each workload (a batch job started on demand, one on a schedule, a service), with the labels,
// names, accounts, roles, probes and network settings of everything they create, and the grants
// the module refuses by itself; then google 7.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finalTags, type Tags } from '../../../src/tags/convert.js'
import { resourceNames } from '../../../src/tags/naming.js'
import { refusal } from './diagnostics.js'
import { checkTags, managed, planned, planRoot, type PlannedRoot } from './plan.js'
import { TerraformRoot } from './root.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/gcp_cloud_run/', import.meta.url))
const PROJECT = 'acme-data-platform'
const PROVIDER_TF = `provider "google" {
  project = "${PROJECT}"
  region  = "us-central1"
}
`
const CONNECTOR = `projects/${PROJECT}/locations/europe-west4/connectors/dativo`
const KEY = `projects/${PROJECT}/locations/europe-west4/keyRings/dativo/cryptoKeys/runtime`
const JOB: Tags = {
  job_name: 'crm-sync',
  team: 'growth-data',
  pipeline_type: 'reverse_etl',
  environment: 'staging',
  cost_center: 'marketing',
  owner: 'Jane.Doe@acme.example',
  notes: '',
}
// '2fa' cannot start a label and the empty note is dropped by google: neither may reach GCP.
const DEFAULTS: Tags = { compliance: 'GDPR', '2fa': 'required' }
const JOBS: Record<string, Tags> = {
  on_demand: JOB,
  scheduled: { ...JOB, job_name: 'nightly-orders' },
  service: { ...JOB, job_name: 'events-api' },
}

const VARIANTS = {
  module: {
    on_demand: {
      source: '../modules/gcp_cloud_run',
      project_id: PROJECT,
      region: 'europe-west4',
      job_metadata: JOBS.on_demand,
      default_tags: DEFAULTS,
      container_image: 'europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0',
      storage_bucket_names: ['acme-lake'],
      secrets: [
        'crm-token',
        `projects/${PROJECT}/secrets/crm-refresh`,
        'projects/shared-secrets/secrets/api-key',
      ],
      secret_projects: ['shared-secrets'],
      environment_variables: { LOG_LEVEL: 'info' },
      vpc_connector: CONNECTOR,
    },
    scheduled: {
      source: '../modules/gcp_cloud_run',
      project_id: PROJECT,
      region: 'europe-west4',
      job_metadata: JOBS.scheduled,
      default_tags: DEFAULTS,
      container_image: 'europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0',
      cpu: '2',
      memory: '4Gi',
      timeout: '7200s',
      schedule: '30 2 * * 1-5',
      vpc_network: 'default',
      vpc_subnetwork: 'jobs',
      vpc_network_tags: ['dativo'],
      vpc_egress: 'ALL_TRAFFIC',
    },
    service: {
      source: '../modules/gcp_cloud_run',
      project_id: PROJECT,
      region: 'europe-west4',
      job_metadata: JOBS.service,
      default_tags: DEFAULTS,
      container_image: 'europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0',
      workload: 'service',
      min_replicas: 0,
      max_replicas: 3,
      health_probe_path: '/health',
      encryption_key: KEY,
    },
  },
}

// Grants that would reach every secret or bucket, another project's secret, an admin role.
const WIDE = {
  source: '../modules/gcp_cloud_run',
  project_id: PROJECT,
  region: 'europe-west4',
  job_metadata: { ...JOB, job_name: 'too-wide' },
  container_image: 'europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0',
  secrets: [`projects/${PROJECT}/secrets/*`],
  storage_bucket_names: ['*', 'gs://acme-lake'],
  storage_role: 'roles/storage.admin',
}

function seedFiles(): Record<string, string> {
  return {
    'seed_example.tf': readFileSync(path.join(FIXTURES, 'seed_example.tf'), 'utf8'),
    'provider.tf': PROVIDER_TF,
  }
}

interface State {
  values: {
    root_module: {
      child_modules: {
        address: string
        resources: { address: string; values: Record<string, unknown> }[]
      }[]
    }
  }
}

describe('terraform/modules/gcp_cloud_run on the google schema', () => {
  let root: TerraformRoot
  let result: PlannedRoot
  let state: Map<string, Record<string, unknown>>

  beforeAll(async () => {
    root = TerraformRoot.create(
      { ...seedFiles(), 'variants.tf.json': JSON.stringify(VARIANTS, null, 2) },
      { standIns: {} },
    )
    result = await planRoot(root, 'google')
    await root.ok(['apply', '-input=false', '-no-color', 'tfplan'])
    const shown = JSON.parse(await root.ok(['show', '-json', '-no-color'])) as State
    state = new Map(
      shown.values.root_module.child_modules.flatMap((m) =>
        m.resources.map((r) => [r.address, r.values] as const),
      ),
    )
  }, 120_000)
  afterAll(() => root?.remove())

  const expected = (moduleName: string): Tags => {
    if (moduleName === 'postgres_orders_runtime') {
      const inputs = result.plan.configuration.root_module.module_calls[moduleName]!.expressions!
      return finalTags({}, inputs.job_metadata!.constant_value as Tags, 'gcp_cloud_run', 'gcp')
    }
    return finalTags(DEFAULTS, JOBS[moduleName]!, 'gcp_cloud_run', 'gcp')
  }
  const applied = (address: string) => {
    const values = state.get(address)
    if (!values) throw new Error(`${address} is not in the state`)
    return values
  }

  it("puts the job's labels on every planned resource whose schema takes labels, nested ones too", () => {
    const { checked, wrong, untaggable } = checkTags(result, expected, 'labels')
    expect(wrong).toEqual([])
    expect(checked).toEqual([
      'google_cloud_run_v2_job.labels',
      'google_cloud_run_v2_job.template[0].labels',
      'google_cloud_run_v2_service.labels',
      'google_cloud_run_v2_service.template[0].labels',
    ])
    // Accounts, IAM members and Cloud Scheduler jobs have no labels in google's schema.
    expect(untaggable).toEqual([
      'google_cloud_run_v2_job_iam_member',
      'google_cloud_scheduler_job',
      'google_secret_manager_secret_iam_member',
      'google_service_account',
      'google_storage_bucket_iam_member',
    ])
  })

  it('leaves out a default tag that cannot start a label and a tag with an empty value', () => {
    const labels = expected('on_demand')
    expect(labels).toMatchObject({ compliance: 'gdpr', owner: 'jane_doe_acme_example' })
    expect(Object.keys(labels)).not.toContain('2fa')
    expect(Object.keys(labels)).not.toContain('notes')
    // What google sends to GCP after applying its own rules is exactly what the module gave.
    const job = applied('module.on_demand.google_cloud_run_v2_job.this[0]')
    expect(job.effective_labels).toEqual(labels)
    expect(job.labels).toEqual(labels)
  })

  it('answers with the seed guide outputs, known at plan time', () => {
    expect(result.plan.planned_values.outputs).toEqual({
      cluster_name: {
        sensitive: false,
        type: 'string',
        value: 'projects/acme-data-platform/locations/us-central1',
      },
      service_name: { sensitive: false, type: 'string', value: 'postgres-orders-etl-prod' },
    })
  })

  it('gives buckets objectUser by default, not objectAdmin', () => {
    expect(
      planned(
        result.plan,
        'module.postgres_orders_runtime.google_storage_bucket_iam_member.job["acme-data-lake"]',
      ),
    ).toMatchObject({ bucket: 'acme-data-lake', role: 'roles/storage.objectUser' })
  })

  it('starts a scheduled job through an account of its own, which alone may invoke it', () => {
    const jobAccount = applied('module.scheduled.google_service_account.this')
    const schedulerAccount = applied('module.scheduled.google_service_account.scheduler[0]')
    const names = Object.fromEntries(
      resourceNames('gcp_cloud_run', 'nightly-orders', 'staging').map((n) => [n.resource, n.name]),
    )
    expect(jobAccount.account_id).toBe(names['service account'])
    expect(schedulerAccount.account_id).toBe(names['Cloud Scheduler service account'])
    expect(schedulerAccount.email).toBe(
      `${names['Cloud Scheduler service account']}@${PROJECT}.iam.gserviceaccount.com`,
    )
    const invoker = applied('module.scheduled.google_cloud_run_v2_job_iam_member.scheduler[0]')
    expect(invoker).toMatchObject({
      role: 'roles/run.invoker',
      member: `serviceAccount:${schedulerAccount.email as string}`,
      name: 'nightly-orders-staging',
    })
    const scheduler = applied('module.scheduled.google_cloud_scheduler_job.this[0]')
    const target = (scheduler.http_target as Record<string, unknown>[])[0]!
    expect(target.oauth_token).toEqual([
      {
        service_account_email: schedulerAccount.email,
        scope: 'https://www.googleapis.com/auth/cloud-platform',
      },
    ])
    expect(target.uri).toBe(
      `https://run.googleapis.com/v2/projects/${PROJECT}/locations/europe-west4/jobs/nightly-orders-staging:run`,
    )
    // The job's own account is granted nothing on Cloud Run.
    const members = managed(result.plan)
      .filter((r) => r.type === 'google_cloud_run_v2_job_iam_member')
      .map((r) => r.address)
    expect(members).toEqual(['module.scheduled.google_cloud_run_v2_job_iam_member.scheduler[0]'])
    expect(applied('module.scheduled.google_cloud_run_v2_job.this[0]').template).toEqual([
      expect.objectContaining({
        template: [
          expect.objectContaining({
            service_account: jobAccount.email,
            timeout: '7200s',
          }),
        ],
      }),
    ])
  })

  it('reaches private sources through a connector or Direct VPC egress, when asked', () => {
    const vpc = (moduleName: string, resource: string) => {
      const template = (
        planned(result.plan, `module.${moduleName}.${resource}`).template as {
          template?: { vpc_access: unknown[] }[]
          vpc_access?: unknown[]
        }[]
      )[0]!
      return template.template ? template.template[0]!.vpc_access : template.vpc_access
    }
    expect(vpc('on_demand', 'google_cloud_run_v2_job.this[0]')).toEqual([
      { connector: CONNECTOR, egress: 'PRIVATE_RANGES_ONLY', network_interfaces: [] },
    ])
    expect(vpc('scheduled', 'google_cloud_run_v2_job.this[0]')).toEqual([
      {
        connector: null,
        egress: 'ALL_TRAFFIC',
        network_interfaces: [{ network: 'default', subnetwork: 'jobs', tags: ['dativo'] }],
      },
    ])
    expect(vpc('service', 'google_cloud_run_v2_service.this[0]')).toEqual([])
  })

  it('creates a job started on demand, a job on its schedule, and a service', () => {
    const resources = (moduleName: string) =>
      managed(result.plan)
        .filter((r) => r.address.startsWith(`module.${moduleName}.`))
        .map((r) => r.address.slice(`module.${moduleName}.`.length))
        .sort()
    expect(resources('on_demand')).toEqual([
      'google_cloud_run_v2_job.this[0]',
      'google_secret_manager_secret_iam_member.job["crm-token"]',
      'google_secret_manager_secret_iam_member.job["projects/acme-data-platform/secrets/crm-refresh"]',
      'google_secret_manager_secret_iam_member.job["projects/shared-secrets/secrets/api-key"]',
      'google_service_account.this',
      'google_storage_bucket_iam_member.job["acme-lake"]',
    ])
    expect(resources('scheduled')).toEqual([
      'google_cloud_run_v2_job.this[0]',
      'google_cloud_run_v2_job_iam_member.scheduler[0]',
      'google_cloud_scheduler_job.this[0]',
      'google_service_account.scheduler[0]',
      'google_service_account.this',
    ])
    expect(resources('service')).toEqual([
      'google_cloud_run_v2_service.this[0]',
      'google_service_account.this',
    ])
    expect(
      planned(result.plan, 'module.service.google_cloud_run_v2_service.this[0]'),
    ).toMatchObject({
      ingress: 'INGRESS_TRAFFIC_INTERNAL_ONLY',
      template: [
        expect.objectContaining({ scaling: [{ min_instance_count: 0, max_instance_count: 3 }] }),
      ],
    })
  })

  it('grants each secret in its own project, by ID, another project only when listed', () => {
    const member = (key: string) =>
      applied(`module.on_demand.google_secret_manager_secret_iam_member.job["${key}"]`)
    expect(
      [
        member('crm-token'),
        member(`projects/${PROJECT}/secrets/crm-refresh`),
        member('projects/shared-secrets/secrets/api-key'),
      ].map((m) => [m.project, m.secret_id, m.role]),
    ).toEqual([
      [PROJECT, 'crm-token', 'roles/secretmanager.secretAccessor'],
      [PROJECT, 'crm-refresh', 'roles/secretmanager.secretAccessor'],
      ['shared-secrets', 'api-key', 'roles/secretmanager.secretAccessor'],
    ])
  })

  it('runs the second generation; probes a service on its port, and on health_probe_path; encrypts with the key given', () => {
    const job = (
      (
        applied('module.scheduled.google_cloud_run_v2_job.this[0]').template as Record<
          string,
          unknown
        >[]
      )[0]!.template as Record<string, unknown>[]
    )[0]!
    expect(job).toMatchObject({
      execution_environment: 'EXECUTION_ENVIRONMENT_GEN2',
      encryption_key: null,
    })
    const template = (
      applied('module.service.google_cloud_run_v2_service.this[0]').template as Record<
        string,
        unknown
      >[]
    )[0]!
    expect(template).toMatchObject({
      execution_environment: 'EXECUTION_ENVIRONMENT_GEN2',
      encryption_key: KEY,
    })
    const [container] = template.containers as Record<string, unknown>[]
    expect(container).toMatchObject({
      ports: [expect.objectContaining({ container_port: 8080 })],
      startup_probe: [expect.objectContaining({ tcp_socket: [{ port: 8080 }] })],
      liveness_probe: [
        expect.objectContaining({
          http_get: [expect.objectContaining({ path: '/health', port: 8080 })],
        }),
      ],
    })
  })

  it("refuses, by itself, a wildcard secret or bucket, an admin role, another project's secret", async () => {
    try {
      root.write({ 'wide.tf.json': JSON.stringify({ module: { wide: WIDE } }) })
      await root.ok(['init', '-input=false', '-no-color'])
      const result = refusal(await root.run(['plan', '-input=false', '-no-color']))
      for (const message of [
        'secrets must hold secret IDs (stripe-token) or projects/<project>/secrets/<id>: one secret each, no wildcard, no version.',
        "storage_bucket_names must hold bucket names, e.g. acme-data-lake: lowercase letters, digits, '.', '_' and '-', no wildcard and no gs:// prefix.",
        'storage_role must be roles/storage.objectUser, roles/storage.objectViewer or roles/storage.objectCreator: an admin role would let the job change the bucket and its access.',
      ]) {
        expect(result).toContain(message)
      }
      const foreign = {
        ...VARIANTS.module.on_demand,
        job_metadata: { ...JOB, job_name: 'foreign' },
        secret_projects: [],
      }
      root.write({ 'wide.tf.json': JSON.stringify({ module: { foreign } }) })
      await root.ok(['init', '-input=false', '-no-color'])
      expect(refusal(await root.run(['plan', '-input=false', '-no-color']))).toContain(
        `secrets of projects other than ${PROJECT} need their project in secret_projects: projects/shared-secrets/secrets/api-key.`,
      )
    } finally {
      root.write({ 'wide.tf.json': '{}' })
    }
  }, 120_000)

  it('refuses a connector and Direct VPC egress at once, and a timeout Cloud Run cannot take', async () => {
    const both = {
      ...VARIANTS.module.on_demand,
      job_metadata: { ...JOB, job_name: 'both' },
      vpc_network: 'default',
    }
    const long = {
      ...VARIANTS.module.scheduled,
      job_metadata: { ...JOB, job_name: 'long' },
      timeout: '1h',
    }
    try {
      root.write({ 'bad.tf.json': JSON.stringify({ module: { both } }) })
      await root.ok(['init', '-input=false', '-no-color'])
      expect(refusal(await root.run(['plan', '-input=false', '-no-color']))).toContain(
        'Give either vpc_connector (a Serverless VPC Access connector) or vpc_network and vpc_subnetwork (Direct VPC egress), not both.',
      )
      root.write({ 'bad.tf.json': JSON.stringify({ module: { long } }) })
      await root.ok(['init', '-input=false', '-no-color'])
      expect(refusal(await root.run(['plan', '-input=false', '-no-color']))).toContain(
        'timeout must be a duration in seconds with an s, more than 0s and at most 604800s (168 hours), e.g. "3600s".',
      )
    } finally {
      root.write({ 'bad.tf.json': '{}' })
    }
  }, 60_000)
})

describe('terraform/modules/gcp_cloud_run against google 7', () => {
  it('installs google 7 and plans the seed guide call; ~> 6.0 could not', async () => {
    const root = TerraformRoot.create(seedFiles(), { standIns: { google: ['7.0.0'] } })
    try {
      await root.ok(['init', '-input=false', '-no-color'])
      expect(readFileSync(path.join(root.dir, '.terraform.lock.hcl'), 'utf8')).toContain(
        'version     = "7.0.0"',
      )
      await root.ok(['plan', '-input=false', '-no-color'])
      const versions = path.join(root.moduleDir('gcp_cloud_run'), 'versions.tf')
      const text = readFileSync(versions, 'utf8')
      expect(text).toContain('version = ">= 6.0, < 8.0"')
      writeFileSync(versions, text.replace('">= 6.0, < 8.0"', '"~> 6.0"'))
      const result = await root.run(['init', '-input=false', '-no-color', '-upgrade'])
      expect(refusal(result)).toContain('no available releases match the given constraints ~> 6.0')
    } finally {
      root.remove()
    }
  }, 60_000)
})
