// What a stand-in does with a resource: plan by echoing Terraform's proposed state with every
// computed attribute the configuration leaves unset unknown, and apply by giving those
// attributes deterministic values, shaped like the cloud's own where outputs use them.
import { createHash } from 'node:crypto'
import { awsPartition } from './behaviours.js'
import { isRecord, record, UNKNOWN } from './msgpack.js'
import type { ObjectValue, Value } from './msgpack.js'
import type { Block, CtyType } from './schema.js'

/** What the provider was configured with, for the values it invents. */
export interface ProviderContext {
  provider: string
  /** Major version the stand-in answers as: some behaviours follow it. */
  major: number
  env: NodeJS.ProcessEnv
  subscription?: string
  tenant?: string
  project?: string
  region?: string
  /** aws: the account the provider acts in. */
  account?: string
}

/** A new resource: the proposed state, with computed attributes left to the provider unknown. */
export function planCreate(block: Block, proposed: ObjectValue, config: Value): ObjectValue {
  const planned = record()
  for (const [name, value] of Object.entries(proposed)) planned[name] = value
  const given = isRecord(config) ? config : record()
  for (const [name, [, flags]] of Object.entries(block.a)) {
    if (flags.includes('c') && (given[name] ?? null) === null) planned[name] = UNKNOWN
  }
  for (const [name, [nesting, , , inner]] of Object.entries(block.b)) {
    const value = proposed[name] ?? null
    const configured = given[name] ?? null
    if (nesting === 'single') {
      if (isRecord(value)) planned[name] = planCreate(inner, value, configured)
    } else if (Array.isArray(value)) {
      planned[name] = value.map((item, i) =>
        isRecord(item)
          ? planCreate(inner, item, Array.isArray(configured) ? (configured[i] ?? null) : null)
          : item,
      )
    }
  }
  return planned
}

/** The planned state with every unknown value given one, as the cloud would on create. */
export function fillUnknown(
  typeName: string,
  block: Block,
  planned: ObjectValue,
  context: ProviderContext,
): ObjectValue {
  const state = record()
  for (const [name, value] of Object.entries(planned)) state[name] = value
  const seed = identity(typeName, planned)
  const shape = SHAPES[typeName] ?? {}
  // Attributes with a shape first, in the shape's order: later ones may use earlier ones.
  for (const [name, template] of Object.entries(shape)) {
    if (state[name] === UNKNOWN) state[name] = expand(template, state, context, `${seed}/${name}`)
  }
  for (const [name, [type]] of Object.entries(block.a)) {
    if (state[name] === UNKNOWN) state[name] = invent(type, name, `${seed}/${name}`)
  }
  for (const [name, [nesting, , , inner]] of Object.entries(block.b)) {
    const value = state[name] ?? null
    if (nesting === 'single') {
      if (isRecord(value)) state[name] = fillUnknown(`${typeName}.${name}`, inner, value, context)
    } else if (Array.isArray(value)) {
      state[name] = value.map((item, i) =>
        isRecord(item) ? fillUnknown(`${typeName}.${name}[${i}]`, inner, item, context) : item,
      )
    }
  }
  return state
}

/** A stable name for one resource: its type and the known strings that identify it. */
function identity(typeName: string, value: ObjectValue): string {
  const known = Object.entries(value)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => `${k}=${v as string}`)
    .sort()
  return `${typeName}:${known.join(',')}`
}

function digest(seed: string): string {
  return createHash('sha256').update(seed).digest('hex')
}

function uuid(seed: string): string {
  const h = digest(seed)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

function invent(type: CtyType, name: string, seed: string): Value {
  if (type === 'string') return `${name}-${digest(seed).slice(0, 8)}`
  if (type === 'number') return 0
  if (type === 'bool') return false
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set')) return []
  if (Array.isArray(type) && type[0] === 'map') return record()
  return null
}

/**
 * `{attribute}` from the state, `{subscription}`, `{tenant}`, `{project}`, `{uuid}`, `{hex}`,
 * `{digits}`, and for aws `{provider_region}`, `{account}`, `{partition}`, `{dns_suffix}`.
 */
function expand(
  template: string,
  state: ObjectValue,
  context: ProviderContext,
  seed: string,
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'subscription':
        return context.subscription ?? ''
      case 'tenant':
        return context.tenant ?? ''
      case 'uuid':
        return uuid(seed)
      case 'hex':
        return digest(seed).slice(0, 10)
      case 'digits':
        return BigInt(`0x${digest(seed).slice(0, 16)}`)
          .toString()
          .padStart(21, '1')
          .slice(0, 21)
      case 'provider_region':
        return context.region ?? ''
      case 'account':
        return context.account ?? ''
      case 'partition':
        return awsPartition(context.region ?? '').partition
      case 'dns_suffix':
        return awsPartition(context.region ?? '').dnsSuffix
      case 'project': {
        const own = state.project
        return typeof own === 'string' ? own : (context.project ?? '')
      }
      default: {
        const value = state[key]
        return typeof value === 'string' ? value : ''
      }
    }
  })
}

const RG = '/subscriptions/{subscription}/resourceGroups/{resource_group_name}/providers'

/** Ids and names the clouds give, for the attributes modules and their outputs use. */
const SHAPES: { [type: string]: { [attribute: string]: string } } = {
  azurerm_resource_group: { id: '/subscriptions/{subscription}/resourceGroups/{name}' },
  azurerm_user_assigned_identity: {
    id: `${RG}/Microsoft.ManagedIdentity/userAssignedIdentities/{name}`,
    client_id: '{uuid}',
    principal_id: '{uuid}',
    tenant_id: '{tenant}',
  },
  azurerm_log_analytics_workspace: {
    id: `${RG}/Microsoft.OperationalInsights/workspaces/{name}`,
    workspace_id: '{uuid}',
  },
  azurerm_container_app_environment: {
    id: `${RG}/Microsoft.App/managedEnvironments/{name}`,
    default_domain: '{hex}.{location}.azurecontainerapps.io',
  },
  azurerm_container_app_job: { id: `${RG}/Microsoft.App/jobs/{name}` },
  azurerm_container_app: {
    id: `${RG}/Microsoft.App/containerApps/{name}`,
    latest_revision_name: '{name}--{hex}',
  },
  azurerm_role_assignment: {
    name: '{uuid}',
    id: '{scope}/providers/Microsoft.Authorization/roleAssignments/{name}',
    role_definition_id:
      '/subscriptions/{subscription}/providers/Microsoft.Authorization/roleDefinitions/{uuid}',
  },
  azurerm_client_config: {
    id: 'clientConfigs/{hex}',
    client_id: '{uuid}',
    object_id: '{uuid}',
    subscription_id: '{subscription}',
    tenant_id: '{tenant}',
  },
  google_service_account: {
    project: '{project}',
    email: '{account_id}@{project}.iam.gserviceaccount.com',
    id: 'projects/{project}/serviceAccounts/{email}',
    name: 'projects/{project}/serviceAccounts/{email}',
    member: 'serviceAccount:{email}',
    unique_id: '{digits}',
  },
  google_cloud_run_v2_job: {
    project: '{project}',
    id: 'projects/{project}/locations/{location}/jobs/{name}',
    uid: '{uuid}',
  },
  google_cloud_run_v2_service: {
    project: '{project}',
    id: 'projects/{project}/locations/{location}/services/{name}',
    uri: 'https://{name}-{hex}.{location}.run.app',
    uid: '{uuid}',
  },
  google_cloud_run_v2_job_iam_member: {
    project: '{project}',
    id: 'projects/{project}/locations/{location}/jobs/{name}/{role}/{member}',
  },
  google_cloud_scheduler_job: {
    project: '{project}',
    id: 'projects/{project}/locations/{region}/jobs/{name}',
    state: 'ENABLED',
  },
  google_storage_bucket_iam_member: { id: 'b/{bucket}/{role}/{member}' },
  google_secret_manager_secret_iam_member: {
    project: '{project}',
    id: 'projects/{project}/secrets/{secret_id}/{role}/{member}',
  },
  aws_partition: {
    partition: '{partition}',
    dns_suffix: '{dns_suffix}',
    id: '{partition}',
    reverse_dns_prefix: 'com.amazonaws',
  },
  aws_region: {
    region: '{provider_region}',
    name: '{provider_region}',
    id: '{provider_region}',
    endpoint: 'ec2.{provider_region}.{dns_suffix}',
    description: '{provider_region}',
  },
  aws_caller_identity: {
    account_id: '{account}',
    id: '{account}',
    arn: 'arn:{partition}:iam::{account}:user/stand-in',
    user_id: 'AIDA{hex}',
  },
  aws_vpc: {
    cidr_block: '10.0.0.0/16',
    arn: 'arn:{partition}:ec2:{provider_region}:{account}:vpc/{id}',
    owner_id: '{account}',
  },
  google_project: {
    id: 'projects/{project}',
    project_id: '{project}',
    number: '{digits}',
    name: '{project}',
  },
}
