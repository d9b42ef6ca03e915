// terraform/modules/azure_container_apps planned by the real Terraform on the stand-in azurerm
// provider, which serves azurerm's own schema: the seed guide's module call as written and each
// workload (a batch job started on demand, one on a schedule, a service, an internal service),
// with the tags, names and settings of everything they would create, and the grants the module
// refuses by itself; then the module against azurerm 5.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finalTags, type Tags } from '../../../src/tags/convert.js'
import { resourceNames } from '../../../src/tags/naming.js'
import { refusal } from './diagnostics.js'
import { checkTags, managed, planned, planRoot, type PlannedRoot } from './plan.js'
import { TerraformRoot } from './root.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/azure_container_apps/', import.meta.url))
const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555'
const PROVIDER_TF = `provider "azurerm" {
  features {}
  subscription_id = "${SUBSCRIPTION}"
}
`
const STORAGE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/data/providers/Microsoft.Storage/storageAccounts/acmelake`
const VAULT = `/subscriptions/${SUBSCRIPTION}/resourceGroups/data/providers/Microsoft.KeyVault/vaults/acme-kv`
const SECRET = `${VAULT}/secrets/crm-token`
const SUBNET = `/subscriptions/${SUBSCRIPTION}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/apps/subnets/jobs`
const REGISTRY = `/subscriptions/${SUBSCRIPTION}/resourceGroups/data/providers/Microsoft.ContainerRegistry/registries/acmeregistry`

const JOB: Tags = {
  job_name: 'crm-sync',
  team: 'growth-data',
  pipeline_type: 'reverse_etl',
  environment: 'staging',
  cost_center: 'marketing',
  owner: 'jane.doe@acme.example',
}
const DEFAULTS: Tags = { compliance: 'GDPR', managed_by: 'someone-else' }
const JOBS: Record<string, Tags> = {
  on_demand: JOB,
  scheduled: { ...JOB, job_name: 'nightly-orders' },
  service: { ...JOB, job_name: 'events-api' },
  internal: { ...JOB, job_name: 'events-internal' },
}

// The module's other shapes, as JSON configuration so the test keeps their inputs as data.
const VARIANTS = {
  module: {
    on_demand: {
      source: '../modules/azure_container_apps',
      region: 'westeurope',
      job_metadata: JOBS.on_demand,
      default_tags: DEFAULTS,
      container_image: 'acmeregistry.azurecr.io/dativo:1.1.0',
      container_registry_id: REGISTRY,
      cpu: 0.5,
      memory: '1Gi',
      storage_account_ids: [STORAGE],
      secrets: [SECRET],
      environment_variables: { LOG_LEVEL: 'info' },
    },
    scheduled: {
      source: '../modules/azure_container_apps',
      region: 'westeurope',
      job_metadata: JOBS.scheduled,
      default_tags: DEFAULTS,
      container_image: 'docker.io/acme/dativo:1.1.0',
      cpu: 2,
      memory: '4Gi',
      schedule: '0 3 * * *',
    },
    service: {
      source: '../modules/azure_container_apps',
      region: 'westeurope',
      job_metadata: JOBS.service,
      default_tags: DEFAULTS,
      resource_group_name: 'shared-apps',
      container_image: 'docker.io/acme/dativo:1.1.0',
      workload: 'service',
      min_replicas: 0,
      max_replicas: 3,
      ingress_target_port: 8080,
    },
    internal: {
      source: '../modules/azure_container_apps',
      region: 'westeurope',
      job_metadata: JOBS.internal,
      default_tags: DEFAULTS,
      container_image: 'docker.io/acme/dativo:1.1.0',
      workload: 'service',
      min_replicas: 1,
      ingress_target_port: 8080,
      health_probe_path: '/health',
      infrastructure_subnet_id: SUBNET,
      internal_only: true,
      log_daily_quota_gb: -1,
    },
  },
}

// Grants that would reach a whole vault, subscription or account, and a role beyond blob data.
const WIDE = {
  source: '../modules/azure_container_apps',
  region: 'westeurope',
  job_metadata: { ...JOB, job_name: 'too-wide' },
  container_image: 'acmeregistry.azurecr.io/dativo:1.1.0',
  secrets: [VAULT],
  storage_account_ids: [
    `/subscriptions/${SUBSCRIPTION}`,
    `/subscriptions/${SUBSCRIPTION}/resourceGroups/data`,
  ],
  storage_role: 'Owner',
  container_registry_id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/data`,
}

function seedFiles(): Record<string, string> {
  return {
    'seed_example.tf': readFileSync(path.join(FIXTURES, 'seed_example.tf'), 'utf8'),
    'provider.tf': PROVIDER_TF,
  }
}

describe('terraform/modules/azure_container_apps on the azurerm schema', () => {
  let root: TerraformRoot
  let result: PlannedRoot

  beforeAll(async () => {
    root = TerraformRoot.create(
      { ...seedFiles(), 'variants.tf.json': JSON.stringify(VARIANTS, null, 2) },
      { standIns: {} },
    )
    result = await planRoot(root, 'azurerm')
  }, 120_000)
  afterAll(() => root?.remove())

  const expected = (moduleName: string): Tags => {
    if (moduleName === 'hubspot_contacts_runtime') {
      const inputs = result.plan.configuration.root_module.module_calls[moduleName]!.expressions!
      return finalTags(
        {},
        inputs.job_metadata!.constant_value as Tags,
        'azure_container_apps',
        'azure',
      )
    }
    return finalTags(DEFAULTS, JOBS[moduleName]!, 'azure_container_apps', 'azure')
  }

  it("puts the job's Azure tags on every planned resource whose schema takes tags", () => {
    const { checked, wrong, untaggable } = checkTags(result, expected)
    expect(wrong).toEqual([])
    expect(checked).toEqual([
      'azurerm_container_app.tags',
      'azurerm_container_app_environment.tags',
      'azurerm_container_app_job.tags',
      'azurerm_log_analytics_workspace.tags',
      'azurerm_resource_group.tags',
      'azurerm_user_assigned_identity.tags',
    ])
    // A role assignment has no tags in azurerm's schema.
    expect(untaggable).toEqual(['azurerm_role_assignment'])
    expect(expected('service')).toMatchObject({ 'managed-by': 'terraform', compliance: 'GDPR' })
  })

  it('answers with the seed guide outputs, known at plan time', () => {
    expect(result.plan.planned_values.outputs).toEqual({
      cluster_name: { sensitive: false, type: 'string', value: 'hubspot-contacts-etl-prod-env' },
      service_name: { sensitive: false, type: 'string', value: 'hubspot-contacts-etl-prod' },
    })
  })

  it('creates a job started on demand, a job on its schedule, and a service', () => {
    const resources = (moduleName: string) =>
      managed(result.plan)
        .filter((r) => r.address.startsWith(`module.${moduleName}.`))
        .map((r) => r.address.slice(`module.${moduleName}.`.length))
        .sort()
    expect(resources('on_demand')).toEqual([
      'azurerm_container_app_environment.this',
      'azurerm_container_app_job.this[0]',
      'azurerm_log_analytics_workspace.this',
      'azurerm_resource_group.this[0]',
      'azurerm_role_assignment.acr_pull[0]',
      `azurerm_role_assignment.secrets["${SECRET}"]`,
      `azurerm_role_assignment.storage["${STORAGE}"]`,
      'azurerm_user_assigned_identity.this',
    ])
    expect(resources('service')).toEqual([
      'azurerm_container_app.this[0]',
      'azurerm_container_app_environment.this',
      'azurerm_log_analytics_workspace.this',
      'azurerm_user_assigned_identity.this',
    ])
    const onDemand = planned(result.plan, 'module.on_demand.azurerm_container_app_job.this[0]')
    expect(onDemand.manual_trigger_config).toEqual([
      { parallelism: 1, replica_completion_count: 1 },
    ])
    expect(onDemand.schedule_trigger_config).toEqual([])
    expect(onDemand.registry).toEqual([
      expect.objectContaining({ server: 'acmeregistry.azurecr.io' }),
    ])
    const nightly = planned(result.plan, 'module.scheduled.azurerm_container_app_job.this[0]')
    expect(nightly.schedule_trigger_config).toEqual([
      { cron_expression: '0 3 * * *', parallelism: 1, replica_completion_count: 1 },
    ])
    const service = planned(result.plan, 'module.service.azurerm_container_app.this[0]')
    expect(service.resource_group_name).toBe('shared-apps')
    expect(service.ingress).toEqual([
      expect.objectContaining({ external_enabled: false, target_port: 8080 }),
    ])
    expect((service.template as Record<string, unknown>[])[0]).toMatchObject({
      min_replicas: 0,
      max_replicas: 3,
    })
  })

  it('sends every environment’s logs to its workspace, as azurerm 5 requires it to be told', () => {
    for (const moduleName of ['hubspot_contacts_runtime', 'on_demand', 'scheduled', 'service']) {
      expect(
        planned(result.plan, `module.${moduleName}.azurerm_container_app_environment.this`),
      ).toMatchObject({ logs_destination: 'log-analytics' })
    }
  })

  it('names every resource as src/tags/naming.ts does', () => {
    const addresses: Record<string, [string, string]> = {
      'Container App (job)': ['azurerm_container_app_job.this[0]', 'name'],
      'Container Apps environment': ['azurerm_container_app_environment.this', 'name'],
      'Log Analytics workspace': ['azurerm_log_analytics_workspace.this', 'name'],
      'managed identity': ['azurerm_user_assigned_identity.this', 'name'],
      'resource group': ['azurerm_resource_group.this[0]', 'name'],
    }
    let compared = 0
    for (const [moduleName, job] of Object.entries(JOBS)) {
      for (const { resource, name } of resourceNames(
        'azure_container_apps',
        job.job_name!,
        job.environment!,
      )) {
        const [jobAddress, attribute] = addresses[resource]!
        const address =
          moduleName === 'service' && resource === 'Container App (job)'
            ? 'azurerm_container_app.this[0]'
            : jobAddress
        const change = result.plan.resource_changes.find(
          (r) => r.address === `module.${moduleName}.${address}`,
        )
        if (!change) continue // the service uses an existing resource group
        expect(change.change.after[attribute], resource).toBe(name)
        compared++
      }
    }
    expect(compared).toBe(5 + 5 + 4 + 4)
  })

  it('caps the workspace at 1 GB a day by default, and keeps a month of logs', () => {
    for (const moduleName of ['hubspot_contacts_runtime', 'on_demand', 'scheduled', 'service']) {
      expect(
        planned(result.plan, `module.${moduleName}.azurerm_log_analytics_workspace.this`),
      ).toMatchObject({ daily_quota_gb: 1, retention_in_days: 30 })
    }
    expect(
      planned(result.plan, 'module.internal.azurerm_log_analytics_workspace.this'),
    ).toMatchObject({ daily_quota_gb: -1 })
  })

  it("grants each secret and account alone, with a blob data role, and places an internal service's environment in its subnet", () => {
    expect(
      planned(result.plan, `module.on_demand.azurerm_role_assignment.secrets["${SECRET}"]`),
    ).toMatchObject({ scope: SECRET, role_definition_name: 'Key Vault Secrets User' })
    expect(
      planned(result.plan, `module.on_demand.azurerm_role_assignment.storage["${STORAGE}"]`),
    ).toMatchObject({ scope: STORAGE, role_definition_name: 'Storage Blob Data Contributor' })
    expect(
      planned(result.plan, 'module.internal.azurerm_container_app_environment.this'),
    ).toMatchObject({ infrastructure_subnet_id: SUBNET, internal_load_balancer_enabled: true })
    expect(
      planned(result.plan, 'module.service.azurerm_container_app_environment.this'),
    ).toMatchObject({ infrastructure_subnet_id: null })
  })

  it('probes a service on its port: over TCP, or HTTP on health_probe_path; a job has no probe', () => {
    const container = (address: string) =>
      (
        (planned(result.plan, address).template as Record<string, unknown>[])[0]!
          .container as Record<string, unknown>[]
      )[0]!
    const probes = (address: string) => {
      const c = container(address)
      return [c.liveness_probe, c.readiness_probe].map((probes) =>
        (probes as Record<string, unknown>[]).map((p) => [p.transport, p.port, p.path ?? null]),
      )
    }
    expect(probes('module.service.azurerm_container_app.this[0]')).toEqual([
      [['TCP', 8080, null]],
      [['TCP', 8080, null]],
    ])
    expect(probes('module.internal.azurerm_container_app.this[0]')).toEqual([
      [['HTTP', 8080, '/health']],
      [['HTTP', 8080, '/health']],
    ])
    expect(container('module.scheduled.azurerm_container_app_job.this[0]')).toMatchObject({
      liveness_probe: [],
      readiness_probe: [],
    })
  })

  it('refuses, by itself, a vault-wide secret, a subscription or resource group for storage or registry, a role beyond blob data', async () => {
    try {
      root.write({ 'wide.tf.json': JSON.stringify({ module: { wide: WIDE } }) })
      await root.ok(['init', '-input=false', '-no-color'])
      const result = refusal(await root.run(['plan', '-input=false', '-no-color']))
      for (const message of [
        "secrets must name single Key Vault secrets: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name>; a vault's ID would grant every secret in the vault.",
        'storage_account_ids must name storage accounts or blob containers: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>[/blobServices/default/containers/<container>], not a resource group or subscription.',
        'storage_role must be Storage Blob Data Contributor or Storage Blob Data Reader: a role beyond blob data (Owner, Contributor, Storage Blob Data Owner) would let the job manage the account or its access.',
        "container_registry_id must be a container registry's resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name>, not a resource group or subscription.",
      ]) {
        expect(result).toContain(message)
      }
      // An internal environment without a subnet of its own is refused too.
      const {
        secrets: _s,
        storage_account_ids: _a,
        storage_role: _r,
        container_registry_id: _c,
        ...rest
      } = WIDE
      root.write({
        'wide.tf.json': JSON.stringify({ module: { wide: { ...rest, internal_only: true } } }),
      })
      expect(refusal(await root.run(['plan', '-input=false', '-no-color']))).toContain(
        'internal_only needs infrastructure_subnet_id: an internal environment lives in a subnet of your VNet.',
      )
    } finally {
      root.write({ 'wide.tf.json': '{}' })
    }
  }, 120_000)
})

describe('terraform/modules/azure_container_apps against azurerm 5', () => {
  let root: TerraformRoot

  beforeAll(() => {
    root = TerraformRoot.create(seedFiles(), { standIns: { azurerm: ['5.0.0'] } })
  })
  afterAll(() => root?.remove())

  it('installs azurerm 5 and plans the seed guide call', async () => {
    await root.ok(['init', '-input=false', '-no-color'])
    expect(readFileSync(path.join(root.dir, '.terraform.lock.hcl'), 'utf8')).toContain(
      'version     = "5.0.0"',
    )
    await root.ok(['plan', '-input=false', '-no-color'])
  }, 60_000)

  it('is refused by azurerm 5 without logs_destination, as the module was before', async () => {
    const main = path.join(root.moduleDir('azure_container_apps'), 'main.tf')
    const text = readFileSync(main, 'utf8')
    try {
      writeFileSync(main, text.replace(/\n\s*logs_destination\s*= "log-analytics"\n/, '\n'))
      const result = await root.run(['plan', '-input=false', '-no-color'])
      expect(refusal(result)).toContain(
        'Error: `log_analytics_workspace_id` can only be set when `logs_destination` is set to `log-analytics` or omitted',
      )
    } finally {
      writeFileSync(main, text)
    }
  }, 60_000)

  it('was out of reach of the former constraint ~> 4.0, and 4.16 is out of reach of the new one', async () => {
    const versions = path.join(root.moduleDir('azure_container_apps'), 'versions.tf')
    const text = readFileSync(versions, 'utf8')
    expect(text).toContain('version = ">= 4.17, < 6.0"')
    try {
      writeFileSync(versions, text.replace('">= 4.17, < 6.0"', '"~> 4.0"'))
      const result = await root.run(['init', '-input=false', '-no-color', '-upgrade'])
      expect(refusal(result)).toContain('no available releases match the given constraints ~> 4.0')
    } finally {
      writeFileSync(versions, text)
    }
    const old = TerraformRoot.create(seedFiles(), { standIns: { azurerm: ['4.16.0'] } })
    try {
      const result = await old.run(['init', '-input=false', '-no-color'])
      expect(refusal(result)).toContain(
        'no available releases match the given constraints >= 4.17.0, < 6.0.0',
      )
    } finally {
      old.remove()
    }
  }, 60_000)
})
