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
