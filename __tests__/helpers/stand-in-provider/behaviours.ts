// The few checks and computed values of the real providers, read from their source, that the
// modules depend on and a schema alone cannot say. Each names where it comes from.
import { isRecord, record, UNKNOWN } from './msgpack.js'
import type { ObjectValue, Value } from './msgpack.js'
import type { ProviderContext } from './lifecycle.js'

export interface Problem {
  summary: string
  detail?: string
  attribute?: string
}

/** The provider block's settings that later calls use, or why it cannot be configured. */
export function configure(context: ProviderContext, config: Value): Problem[] {
  const given = isRecord(config) ? config : record()
  const text = (name: string) => (typeof given[name] === 'string' ? given[name] : undefined)
  if (context.provider === 'azurerm') {
    // azurerm 4.0 made the subscription explicit: the provider block or ARM_SUBSCRIPTION_ID.
    context.subscription = text('subscription_id') || context.env.ARM_SUBSCRIPTION_ID || undefined
    context.tenant =
      text('tenant_id') || context.env.ARM_TENANT_ID || '00000000-0000-0000-0000-0000000000aa'
    if (!context.subscription) {
      return [
        {
          summary:
            '`subscription_id` is a required provider property when performing a plan/apply operation',
        },
      ]
    }
  }
  if (context.provider === 'aws') {
    // The provider's region (the block, then AWS_REGION, AWS_DEFAULT_REGION), which it requires;
    // the account is the one moto and the tests use, where the provider would ask STS.
    context.region =
      text('region') || context.env.AWS_REGION || context.env.AWS_DEFAULT_REGION || undefined
    context.account = STAND_IN_ACCOUNT
    if (!context.region) return [{ summary: 'invalid AWS Region: ' }]
  }
  if (context.provider === 'google') {
    context.project =
      text('project') ||
      context.env.GOOGLE_PROJECT ||
      context.env.GOOGLE_CLOUD_PROJECT ||
      context.env.GCLOUD_PROJECT ||
      context.env.CLOUDSDK_CORE_PROJECT ||
      undefined
    context.region = text('region') || context.env.GOOGLE_REGION || undefined
  }
  return []
}

/** The AWS account a stand-in aws answers for (moto's, so tests share their expectations). */
export const STAND_IN_ACCOUNT = '123456789012'

/** The partition of an AWS region: China, GovCloud and the isolated regions have their own. */
export function awsPartition(region: string): { partition: string; dnsSuffix: string } {
  if (region.startsWith('cn-')) return { partition: 'aws-cn', dnsSuffix: 'amazonaws.com.cn' }
  if (region.startsWith('us-gov-')) return { partition: 'aws-us-gov', dnsSuffix: 'amazonaws.com' }
  return { partition: 'aws', dnsSuffix: 'amazonaws.com' }
}

/**
 * What a data source computes from its arguments beyond ids (lifecycle.ts shapes those): the
 * JSON of aws_iam_policy_document, as the provider renders it (a list of one becomes a string).
 */
export function readData(typeName: string, state: ObjectValue): void {
  if (typeName !== 'aws_iam_policy_document') return
  const one = (values: Value) =>
    Array.isArray(values) && values.length === 1 ? values[0]! : (values ?? null)
  const statements = (Array.isArray(state.statement) ? state.statement : []).map((item) => {
    const statement = isRecord(item) ? item : record()
    const rendered: Record<string, unknown> = {}
    if (typeof statement.sid === 'string' && statement.sid) rendered.Sid = statement.sid
    rendered.Effect = typeof statement.effect === 'string' ? statement.effect : 'Allow'
    for (const [attribute, key] of [
      ['actions', 'Action'],
      ['not_actions', 'NotAction'],
      ['resources', 'Resource'],
      ['not_resources', 'NotResource'],
    ] as const) {
      const values = statement[attribute]
      if (Array.isArray(values) && values.length > 0) rendered[key] = one(values)
    }
    for (const [attribute, key] of [
      ['principals', 'Principal'],
      ['not_principals', 'NotPrincipal'],
    ] as const) {
      const principals = Array.isArray(statement[attribute]) ? statement[attribute] : []
      if (principals.length === 0) continue
      rendered[key] = Object.fromEntries(
        principals.filter(isRecord).map((p) => [p.type as string, one(p.identifiers ?? [])]),
      )
    }
    const conditions = Array.isArray(statement.condition) ? statement.condition : []
    if (conditions.length > 0) {
      const byTest: Record<string, Record<string, unknown>> = {}
      for (const condition of conditions.filter(isRecord)) {
        const test = condition.test as string
        byTest[test] = {
          ...byTest[test],
          [condition.variable as string]: one(condition.values ?? null),
        }
      }
      rendered.Condition = byTest
    }
    return rendered
  })
  const version = typeof state.version === 'string' ? state.version : '2012-10-17'
  const document = { Version: version, Statement: statements }
  state.json = JSON.stringify(document, null, 2)
  state.minified_json = JSON.stringify(document)
  state.id = String(hash(state.minified_json))
}

function hash(text: string): number {
  let value = 0
  for (const char of text) value = (Math.imul(31, value) + char.charCodeAt(0)) | 0
  return value >>> 0
}

/** azurerm's 5.0 behaviour: always from 5.0 on, and in 4.x with ARM_FIVEPOINTZERO_BETA=true. */
function fivePointOh(context: ProviderContext): boolean {
  return context.major >= 5 || context.env.ARM_FIVEPOINTZERO_BETA?.toLowerCase() === 'true'
}

/** Changes a plan as the provider's CustomizeDiff would, or refuses it as the provider does. */
export function adjustPlan(
  context: ProviderContext,
  typeName: string,
  planned: ObjectValue,
  config: Value,
): Problem[] {
  const given = isRecord(config) ? config : record()
  if (typeName === 'azurerm_container_app_environment' && fivePointOh(context)) {
    // container_app_environment_resource.go: in 5.0 `logs_destination` is no longer computed
    // (it defaults to "") and a workspace is refused unless logs go to it.
    const destination = given.logs_destination ?? null
    if (destination === null) planned.logs_destination = ''
    const workspace = given.log_analytics_workspace_id ?? null
    const logsTo = destination ?? ''
    if (logsTo === 'log-analytics' && workspace === null) {
      return [
        {
          summary:
            '`log_analytics_workspace_id` must be set when `logs_destination` is set to `log-analytics`',
        },
      ]
    }
    if (logsTo !== 'log-analytics' && workspace !== null) {
      return [
        {
          summary:
            '`log_analytics_workspace_id` can only be set when `logs_destination` is set to `log-analytics` or omitted',
        },
      ]
    }
  }
  if (context.provider === 'google' && 'terraform_labels' in planned && 'labels' in planned) {
    // tpgresource.SetLabelsDiff: terraform_labels and effective_labels follow `labels`. Labels
    // with an empty value are ignored since 5.0 (its upgrade guide), so none reaches the cloud.
    const labels = planned.labels ?? null
    if (labels === UNKNOWN) {
      planned.terraform_labels = UNKNOWN
      planned.effective_labels = UNKNOWN
    } else {
      const kept = record()
      if (isRecord(labels)) {
        for (const [key, value] of Object.entries(labels)) if (value !== '') kept[key] = value
      }
      planned.terraform_labels = kept
      planned.effective_labels = Object.assign(record(), kept)
    }
  }
  return []
}
