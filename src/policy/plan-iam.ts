// What a plan grants, checked against the platform policy: AWS policy documents (inline, managed,
// role and trust policies, and aws_iam_policy_document data sources read at apply), Azure role
// assignments, and Google IAM members, bindings and policies. With a policy in force a plan never
// grants a wildcard resource, a whole project or subscription, or public access; secrets, storage
// and roles must be within what the policy lists. A grant whose scope Terraform knows only at
// apply passes only when it names a resource the same plan creates; anything else unknown is
// refused, since it could be anything.
import { isRecord } from '../util/data.js'
import { secretAllowed } from './config.js'
import { unknownAt } from './plan-view.js'
import type { PlanView, PlannedResource } from './plan-view.js'
import type { JobPolicy } from './rules.js'

export interface Grant {
  address: string
  message: string
}

/**
 * Actions AWS only allows on every resource ("*"): they name no resource to scope them to
 * (the Service Authorization Reference lists no resource type for them).
 */
export const AWS_WILDCARD_ONLY_ACTIONS = [
  'ecr:GetAuthorizationToken',
  'sts:GetCallerIdentity',
  'cloudwatch:PutMetricData',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
]

/** AWS managed policies a plan never attaches without the policy listing them. */
const AWS_BROAD_MANAGED =
  /^arn:aws[a-z-]*:iam::aws:policy\/(.*\/)?(AdministratorAccess|PowerUserAccess|IAMFullAccess|[A-Za-z0-9]*FullAccess)$/

const AZURE_PRIVILEGED_ROLES = new Map([
  ['owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
  ['contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'],
  ['user access administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
  ['role based access control administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'],
])

const GCP_WHOLE_SCOPE =
  /^google_(project|folder|organization|billing_account)_iam_(member|binding|policy|audit_config)$/
const GCP_IAM = /^google_.+_iam_(member|binding|policy)$/
const GCP_PUBLIC = new Set(['allUsers', 'allAuthenticatedUsers'])

export function grantsOutsidePolicy(view: PlanView, job: JobPolicy): Grant[] {
  const grants: Grant[] = []
  for (const resource of view.remaining()) {
    const add = (message: string) => grants.push({ address: resource.address, message })
    if (resource.type.startsWith('aws_')) checkAws(view, resource, job, add)
    else if (resource.type.startsWith('azurerm_')) checkAzure(view, resource, job, add)
    else if (GCP_IAM.test(resource.type) || GCP_WHOLE_SCOPE.test(resource.type))
      checkGoogle(view, resource, job, add)
  }
  return grants
}

type Add = (message: string) => void

// ----- AWS

interface Statement {
  effect: unknown
  actions: unknown[]
  resources: unknown[]
  notActions?: unknown
  notResources?: unknown
  principal?: unknown
  condition?: unknown
  /** Resource elements known only at apply, and whether each names a resource the plan creates. */
  pending: boolean[]
}

/** Resources whose `policy` is an IAM policy document (identity or resource-based). */
const AWS_POLICY_DOCUMENTS = new Set([
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_s3_bucket_policy',
  'aws_s3_bucket',
  'aws_sqs_queue_policy',
  'aws_sqs_queue',
  'aws_sns_topic_policy',
  'aws_sns_topic',
  'aws_secretsmanager_secret_policy',
  'aws_secretsmanager_secret',
  'aws_ecr_repository_policy',
  'aws_kms_key',
  'aws_glacier_vault',
  'aws_elasticsearch_domain_policy',
  'aws_opensearch_domain_policy',
])

const AWS_ATTACHMENTS: Readonly<Record<string, string>> = {
  aws_iam_role_policy_attachment: 'policy_arn',
  aws_iam_user_policy_attachment: 'policy_arn',
  aws_iam_group_policy_attachment: 'policy_arn',
  aws_iam_policy_attachment: 'policy_arn',
  aws_iam_role: 'managed_policy_arns',
  aws_iam_role_policy_attachments_exclusive: 'policy_arns',
}

function checkAws(view: PlanView, resource: PlannedResource, job: JobPolicy, add: Add): void {
  const after = resource.after!
  if (AWS_POLICY_DOCUMENTS.has(resource.type)) {
    checkAwsDocument(view, resource, 'policy', after.policy, job, add)
  }
  if (resource.type === 'aws_iam_role') {
    checkAwsDocument(view, resource, 'assume_role_policy', after.assume_role_policy, job, add)
    // inline_policy is also computed: known only at apply when the configuration sets none.
    const unknownInline = () =>
      add(
        'its inline policy is known only at apply, so what it grants cannot be checked: build it from values known at plan',
      )
    if (Array.isArray(after.inline_policy)) {
      after.inline_policy.forEach((inline, index) => {
        if (!isRecord(inline)) return
        if (unknownAt(resource.unknown, ['inline_policy', index, 'policy'])) unknownInline()
        else checkAwsDocument(view, resource, 'inline_policy', inline.policy, job, add)
      })
    } else if (
      unknownAt(resource.unknown, ['inline_policy']) &&
      configured(view, resource, 'inline_policy')
    ) {
      unknownInline()
    }
  }
  const boundary = job.rules.iam?.aws?.permissions_boundary
  if (boundary && (resource.type === 'aws_iam_role' || resource.type === 'aws_iam_user')) {
    const rule = job.ruleName('iam.aws.permissions_boundary')
    if (unknownAt(resource.unknown, ['permissions_boundary'])) {
      add(
        `its permissions boundary is known only at apply; the policy requires '${boundary}' (${rule})`,
      )
    } else if (after.permissions_boundary !== boundary) {
      add(
        after.permissions_boundary
          ? `has the permissions boundary '${String(after.permissions_boundary)}'; the policy requires '${boundary}' (${rule})`
          : `has no permissions boundary; the policy requires '${boundary}' (${rule})`,
      )
    }
  }
  const attribute = AWS_ATTACHMENTS[resource.type]
  if (attribute !== undefined) {
    const value = after[attribute]
    if (Array.isArray(value)) {
      for (const arn of value) checkAttachment(view, resource, attribute, arn, job, add)
    } else if (
      unknownAt(resource.unknown, [attribute])
        ? configured(view, resource, attribute)
        : value !== null && value !== undefined
    ) {
      checkAttachment(view, resource, attribute, value, job, add)
    }
  }
}

/**
 * Whether the configuration sets an attribute, or may: an optional attribute the provider also
 * computes (a bucket's policy, a role's inline_policy) is known only at apply when nobody sets it.
 * A resource whose block the plan does not show counts as setting it.
 */
function configured(view: PlanView, resource: PlannedResource, attribute: string): boolean {
  const expressions = view.expressions(resource)
  return expressions === undefined || Object.hasOwn(expressions, attribute)
}

function checkAttachment(
  view: PlanView,
  resource: PlannedResource,
  attribute: string,
  arn: unknown,
  job: JobPolicy,
  add: Add,
): void {
  const listed = job.rules.iam?.aws?.managed_policies
  const rule = job.ruleName('iam.aws.managed_policies')
  if (typeof arn !== 'string') {
    const expression = view.expressions(resource)?.[attribute]
    if (!view.refersToCreated(resource, expression)) {
      add(`attaches a managed policy known only at apply, so what it grants cannot be checked`)
    }
    return
  }
  if (listed?.includes(arn)) return
  // A policy of this plan: its document is checked where it is created.
  const ownPolicy = view
    .remaining()
    .some((other) => other.type === 'aws_iam_policy' && other.after?.arn === arn)
  if (ownPolicy) return
  if (listed) add(`attaches the managed policy '${arn}', which the policy does not list (${rule})`)
  else if (AWS_BROAD_MANAGED.test(arn))
    add(
      `attaches the managed policy '${arn}', which grants whole services; list it in ${rule} if the job must have it`,
    )
  else if (!/:iam::aws:policy\//.test(arn))
    add(
      `attaches the managed policy '${arn}', which this plan does not create, so what it grants cannot be checked: list it in ${rule}`,
    )
}

function checkAwsDocument(
  view: PlanView,
  resource: PlannedResource,
  attribute: string,
  value: unknown,
  job: JobPolicy,
  add: Add,
): void {
  let statements: Statement[]
  if (typeof value === 'string') {
    statements = parsedStatements(value)
  } else if (value === null || value === undefined) {
    if (!unknownAt(resource.unknown, [attribute]) || !configured(view, resource, attribute)) return
    const source = pendingDocument(view, resource, attribute)
    if (!source) {
      add(
        `its ${attribute} is known only at apply, so what it grants cannot be checked: write it with an aws_iam_policy_document data source, or from values known at plan`,
      )
      return
    }
    statements = source
  } else return
  const rule = job.ruleName('iam.aws.wildcard_actions')
  const wildcardOnly = new Set(
    [...AWS_WILDCARD_ONLY_ACTIONS, ...(job.rules.iam?.aws?.wildcard_actions ?? [])].map((a) =>
      a.toLowerCase(),
    ),
  )
  for (const statement of statements) {
    if (statement.effect !== undefined && statement.effect !== null && statement.effect !== 'Allow')
      continue
    const actions = statement.actions.map(String)
    const what = actions.length > 0 ? actions.join(', ') : 'its actions'
    if (statement.principal !== undefined) {
      if (publicPrincipal(statement.principal) && statement.condition === undefined) {
        add(`its ${attribute} lets anyone (Principal "*") ${what}: name the principals`)
      }
      continue
    }
    if (statement.notActions !== undefined) {
      add(`its ${attribute} allows every action but those of NotAction: list the actions it allows`)
    }
    if (statement.notResources !== undefined) {
      add(
        `its ${attribute} allows ${what} on every resource but those of NotResource: list the resources`,
      )
    }
    statement.resources.forEach((element, index) => {
      if (element === undefined || element === null) {
        if (!statement.pending[index]) {
          add(
            `its ${attribute} grants ${what} on a resource known only at apply, which cannot be checked: name it from values known at plan`,
          )
        }
        return
      }
      if (typeof element !== 'string') return
      if (element === '*') {
        const broad = actions.filter((action) => !wildcardOnly.has(action.toLowerCase()))
        if (broad.length > 0) {
          add(
            `its ${attribute} grants ${broad.join(', ')} on every resource ("*"): name the resources (only actions that AWS allows on "*" alone may have it, and those of ${rule})`,
          )
        }
        return
      }
      const problem = awsResourceProblem(element, job)
      if (problem) add(`its ${attribute} grants ${what} on '${element}': ${problem}`)
    })
  }
}

/** What is wrong with one ARN of an identity policy, if anything. */
function awsResourceProblem(arn: string, job: JobPolicy): string | undefined {
  const parts = arn.split(':')
  if (parts[0] !== 'arn' || parts.length < 6) return undefined
  const [, partition, service, region, account] = parts as [string, string, string, string, string]
  const resource = parts.slice(5).join(':')
  const wild = (text: string) => /[*?]/.test(text)
  if ([partition, service, region, account].some(wild)) {
    return 'a wildcard in its partition, service, region or account reaches resources of others'
  }
  if (service === 's3') return s3Problem(resource, job)
  if (service === 'secretsmanager') {
    const prefixes = job.rules.secrets?.aws
    if (prefixes) {
      return secretAllowed('aws', arn, prefixes)
        ? undefined
        : `outside the allowed prefixes ${quoted(prefixes)} (${job.ruleName('secrets.aws')})`
    }
  }
  const cut = resource.search(/[/:]/)
  const type = cut === -1 ? resource : resource.slice(0, cut)
  const rest = cut === -1 ? '' : resource.slice(cut + 1)
  if (wild(type) || (cut !== -1 && /^[*?]/.test(rest))) {
    return `a wildcard resource, every ${service} ${wild(type) ? 'resource' : type} of the account`
  }
  return undefined
}

function s3Problem(resource: string, job: JobPolicy): string | undefined {
  const slash = resource.indexOf('/')
  const bucket = slash === -1 ? resource : resource.slice(0, slash)
  const key = slash === -1 ? undefined : resource.slice(slash + 1)
  if (/[*?]/.test(bucket)) return 'a wildcard resource, every bucket it matches'
  const listed = job.rules.storage?.s3_buckets
  if (!listed) return undefined
  const rule = job.ruleName('storage.s3_buckets')
  const entries = listed.filter((entry) => entry === bucket || entry.startsWith(`${bucket}/`))
  if (entries.length === 0) {
    return `bucket '${bucket}' is not one the policy lets jobs use (${rule})`
  }
  if (key === undefined || entries.includes(bucket)) return undefined
  const prefixes = entries.map((entry) => entry.slice(bucket.length + 1))
  const literal = key.replace(/[*?].*$/, '')
  const within = prefixes.some(
    (prefix) => literal.startsWith(prefix) && literal.length >= prefix.length,
  )
  return within
    ? undefined
    : `the policy allows only ${quoted(entries)} in bucket '${bucket}', not the whole bucket (${rule})`
}

function publicPrincipal(principal: unknown): boolean {
  if (principal === '*') return true
  if (!isRecord(principal)) return false
  return Object.values(principal).some((value) =>
    Array.isArray(value) ? value.includes('*') : value === '*',
  )
}

function parsedStatements(text: string): Statement[] {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    return []
  }
  if (!isRecord(document)) return []
  const raw = Array.isArray(document.Statement) ? document.Statement : [document.Statement]
  return raw.filter(isRecord).map((statement) => {
    const resources = asList(statement.Resource)
    return {
      effect: statement.Effect,
      actions: asList(statement.Action),
      resources,
      notActions: statement.NotAction,
      notResources: statement.NotResource,
      principal: statement.Principal,
      condition: statement.Condition,
      pending: resources.map(() => false),
    }
  })
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/**
 * A policy known only at apply because it comes from an aws_iam_policy_document data source read
 * at apply: that data source's planned statements, each resource element known only at apply
 * marked with whether its expression names a resource this plan creates.
 */
function pendingDocument(
  view: PlanView,
  resource: PlannedResource,
  attribute: string,
): Statement[] | undefined {
  const expression = view.expressions(resource)?.[attribute]
  const references =
    isRecord(expression) && Array.isArray(expression.references) ? expression.references : []
  const names = references.flatMap((reference) => {
    const match =
      typeof reference === 'string'
        ? /^data\.aws_iam_policy_document\.([^.[]+)(\[[^\]]+\])?\.(json|minified_json)$/.exec(
            reference,
          )
        : null
    return match ? [match[1]!] : []
  })
  // An expression may choose between documents (`a ? data.x[0].json : data.y[0].json`): those
  // the plan has instances of are the ones it can be.
  const candidates = view.resources.filter(
    (other) =>
      other.mode === 'data' &&
      other.type === 'aws_iam_policy_document' &&
      names.includes(other.name) &&
      other.moduleAddress === resource.moduleAddress,
  )
  // With count or for_each, each instance of the data source is checked: the grant is one of them.
  if (candidates.length === 0) return undefined
  const statements: Statement[] = []
  for (const source of candidates) {
    const read = documentStatements(view, source)
    if (!read) return undefined
    statements.push(...read)
  }
  return statements
}

function documentStatements(view: PlanView, source: PlannedResource): Statement[] | undefined {
  const after = source.after
  if (!after) return undefined
  // Documents merged in from elsewhere are not in the planned statements.
  for (const merged of [
    'source_policy_documents',
    'override_policy_documents',
    'source_json',
    'override_json',
  ]) {
    const value = after[merged]
    if (unknownAt(source.unknown, [merged])) return undefined
    if (typeof value === 'string') return undefined
    if (Array.isArray(value) && value.length > 0) return undefined
  }
  const planned = Array.isArray(after.statement) ? after.statement : []
  if (unknownAt(source.unknown, ['statement'])) return undefined
  const configured = view.expressions(source)?.statement
  const blocks = Array.isArray(configured) ? configured.filter(isRecord) : []
  const statements: Statement[] = []
  for (const [index, statement] of planned.entries()) {
    if (!isRecord(statement)) continue
    const resources = Array.isArray(statement.resources) ? [...statement.resources] : []
    if (unknownAt(source.unknown, ['statement', index, 'resources']))
      resources.splice(0, resources.length, null)
    const pending = resources.map((element, i) => {
      if (!unknownAt(source.unknown, ['statement', index, 'resources', i]) && element !== null)
        return false
      const block = matchingBlock(blocks, statement)
      return block !== undefined && view.refersToCreated(source, block.resources)
    })
    const actions = Array.isArray(statement.actions) ? statement.actions : []
    if (unknownAt(source.unknown, ['statement', index, 'actions'])) return undefined
    const listed = (value: unknown) =>
      Array.isArray(value) && value.length > 0 ? value : undefined
    const principals = Array.isArray(statement.principals)
      ? statement.principals.filter(isRecord)
      : []
    statements.push({
      effect: statement.effect ?? 'Allow',
      actions,
      resources,
      notActions: listed(statement.not_actions),
      notResources: listed(statement.not_resources),
      principal:
        principals.length > 0
          ? Object.fromEntries(principals.map((p) => [String(p.type), p.identifiers]))
          : undefined,
      condition:
        Array.isArray(statement.condition) && statement.condition.length > 0
          ? statement.condition
          : undefined,
      pending,
    })
  }
  return statements
}

/** The configuration block a planned statement came from: by its sid, else by its actions. */
function matchingBlock(
  blocks: Record<string, unknown>[],
  statement: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const constant = (expression: unknown) =>
    isRecord(expression) ? expression.constant_value : undefined
  const sid = typeof statement.sid === 'string' && statement.sid !== '' ? statement.sid : undefined
  const actions = JSON.stringify(
    [...(Array.isArray(statement.actions) ? statement.actions : [])].sort(),
  )
  const found = blocks.filter((block) =>
    sid !== undefined
      ? constant(block.sid) === sid
      : JSON.stringify([...((constant(block.actions) as unknown[]) ?? [])].sort()) === actions,
  )
  return found.length === 1 ? found[0] : undefined
}

/**
 * What a grant is on (a scope, a secret, a bucket), when it is known at plan. One known only at
 * apply is refused unless it names a resource the same plan creates.
 */
function scopeOf(
  view: PlanView,
  resource: PlannedResource,
  attribute: string,
  add: Add,
): string | undefined {
  const value = resource.after![attribute]
  if (typeof value === 'string') return value
  if (
    unknownAt(resource.unknown, [attribute]) &&
    !view.refersToCreated(resource, view.expressions(resource)?.[attribute])
  ) {
    add(`its ${attribute} is known only at apply, so what it grants cannot be checked`)
  }
  return undefined
}

/** `'a', 'b'`: values as messages list them. */
function quoted(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ')
}

// ----- Azure

function checkAzure(view: PlanView, resource: PlannedResource, job: JobPolicy, add: Add): void {
  const after = resource.after!
  if (resource.type === 'azurerm_key_vault_access_policy') {
    add(
      'a Key Vault access policy grants on the whole vault: give each secret its own role assignment (Key Vault Secrets User on the secret)',
    )
    return
  }
  if (resource.type !== 'azurerm_role_assignment') return
  const roles = job.rules.iam?.azure?.roles
  const rule = job.ruleName('iam.azure.roles')
  const role = ['role_definition_name', 'role_definition_id']
    .map((attribute) => after[attribute])
    .find((value): value is string => typeof value === 'string')
  if (role === undefined) {
    // A custom role made in the same plan would be one the policy never saw.
    add('gives a role known only at apply, which cannot be checked: name a built-in role')
  } else {
    const guid = role.split('/').at(-1)!.toLowerCase()
    if (roles) {
      const allowed = roles.some(
        (r) => r.toLowerCase() === role.toLowerCase() || r.toLowerCase() === guid,
      )
      if (!allowed)
        add(`gives the role '${role}', which the policy does not list (${rule}: ${quoted(roles)})`)
    } else if (
      AZURE_PRIVILEGED_ROLES.has(role.toLowerCase()) ||
      [...AZURE_PRIVILEGED_ROLES.values()].includes(guid)
    ) {
      add(
        `gives the role '${role}', which can change or hand out access; list the roles jobs may have in ${rule}`,
      )
    }
  }
  const scope = scopeOf(view, resource, 'scope', add)
  if (scope === undefined) return
  const lower = scope.toLowerCase()
  if (
    !lower.includes('/providers/') ||
    /^\/providers\/microsoft\.management\/managementgroups\/[^/]+\/?$/.test(lower)
  ) {
    add(
      `is scoped to '${scope}', a whole ${lower.includes('/resourcegroups/') ? 'resource group' : lower.startsWith('/subscriptions/') ? 'subscription' : 'management group'}: scope it to the resource the job uses`,
    )
    return
  }
  if (/\/providers\/microsoft\.keyvault\/vaults\/[^/]+\/?$/.test(lower)) {
    add(
      `is scoped to the whole Key Vault '${scope}', every secret in it: scope it to each secret (…/secrets/<name>)`,
    )
    return
  }
  const secrets = job.rules.secrets?.azure
  if (
    secrets &&
    lower.includes('/providers/microsoft.keyvault/vaults/') &&
    !secretAllowed('azure', scope, secrets)
  ) {
    add(
      `is scoped to the secret '${scope}', outside the allowed prefixes ${quoted(secrets)} (${job.ruleName('secrets.azure')})`,
    )
  }
  const accounts = job.rules.storage?.azure_storage_accounts
  if (accounts && lower.includes('/providers/microsoft.storage/storageaccounts/')) {
    const inside = accounts.some((account) => {
      const prefix = account.toLowerCase().replace(/\/+$/, '')
      return lower === prefix || lower.startsWith(`${prefix}/`)
    })
    if (!inside)
      add(
        `is scoped to the storage '${scope}', which the policy does not list (${job.ruleName('storage.azure_storage_accounts')})`,
      )
  }
}

// ----- Google

function checkGoogle(view: PlanView, resource: PlannedResource, job: JobPolicy, add: Add): void {
  const after = resource.after!
  if (GCP_WHOLE_SCOPE.test(resource.type)) {
    add(
      `grants on a whole ${resource.type.replace(/^google_|_iam_.*$/g, '').replace('_', ' ')}: grant on the resource the job uses`,
    )
    return
  }
  const bindings: { role: unknown; members: unknown[]; at: (string | number)[] }[] = []
  if (resource.type.endsWith('_iam_policy')) {
    if (unknownAt(resource.unknown, ['policy_data'])) {
      add('its policy_data is known only at apply, so what it grants cannot be checked')
    } else if (typeof after.policy_data === 'string') {
      let data: unknown
      try {
        data = JSON.parse(after.policy_data)
      } catch {
        data = undefined
      }
      const list = isRecord(data) && Array.isArray(data.bindings) ? data.bindings : []
      for (const binding of list.filter(isRecord)) {
        bindings.push({
          role: binding.role,
          members: Array.isArray(binding.members) ? binding.members : [],
          at: [],
        })
      }
    }
  } else {
    const members = resource.type.endsWith('_iam_member')
      ? [after.member]
      : Array.isArray(after.members)
        ? after.members
        : []
    bindings.push({ role: after.role, members, at: ['role'] })
  }
  const roles = job.rules.iam?.gcp?.roles
  const rule = job.ruleName('iam.gcp.roles')
  for (const binding of bindings) {
    if (typeof binding.role !== 'string') {
      if (binding.at.length > 0 && unknownAt(resource.unknown, binding.at)) {
        add('gives a role known only at apply, which cannot be checked')
      }
    } else if (
      roles
        ? !roles.includes(binding.role)
        : /^roles\/(owner|editor|viewer)$|admin$/i.test(binding.role)
    ) {
      add(
        roles
          ? `gives the role '${binding.role}', which the policy does not list (${rule}: ${quoted(roles)})`
          : `gives the role '${binding.role}', which is broad or administers access; list the roles jobs may have in ${rule}`,
      )
    }
    for (const member of binding.members) {
      if (typeof member === 'string' && GCP_PUBLIC.has(member))
        add(`grants '${String(binding.role)}' to ${member}, that is to anyone`)
    }
  }
  if (/^google_secret_manager_secret_iam_/.test(resource.type)) {
    const prefixes = job.rules.secrets?.gcp
    const id = scopeOf(view, resource, 'secret_id', add)
    if (prefixes && id !== undefined) {
      const project = typeof after.project === 'string' ? after.project : undefined
      const full = id.startsWith('projects/')
        ? id
        : project
          ? `projects/${project}/secrets/${id}`
          : undefined
      const secretRule = job.ruleName('secrets.gcp')
      if (full === undefined)
        add(
          `grants on the secret '${id}' of the provider's default project, which the policy (${secretRule}) cannot check: set project`,
        )
      else if (!secretAllowed('gcp', full, prefixes))
        add(
          `grants on the secret '${full}', outside the allowed prefixes ${quoted(prefixes)} (${secretRule})`,
        )
    }
  }
  if (/^google_storage_bucket_iam_/.test(resource.type)) {
    const buckets = job.rules.storage?.gcs_buckets
    const bucket = scopeOf(view, resource, 'bucket', add)?.replace(/^b\//, '')
    if (buckets && bucket !== undefined && !buckets.includes(bucket)) {
      add(
        `grants on the bucket '${bucket}', which the policy does not list (${job.ruleName('storage.gcs_buckets')})`,
      )
    }
  }
}
