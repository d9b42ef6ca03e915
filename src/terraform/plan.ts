// What a saved plan will do, read from `terraform show -json`, counted as Terraform counts it in
// "Plan: X to add, Y to change, Z to destroy." (a replacement counts in add and in destroy).
import type { PlanCounts } from '../run.js'
import { secretTexts } from '../util/secrets.js'

interface ResourceChange {
  mode?: string
  change?: { actions?: string[] }
}

export function countChanges(plan: unknown): PlanCounts {
  const counts: PlanCounts = { add: 0, change: 0, destroy: 0 }
  const changes = ((plan as { resource_changes?: ResourceChange[] }).resource_changes ?? []).filter(
    (change) => change.mode !== 'data',
  )
  for (const change of changes) {
    const actions = change.change?.actions ?? []
    if (actions.includes('create')) counts.add++
    if (actions.includes('delete')) counts.destroy++
    if (actions.length === 1 && actions[0] === 'update') counts.change++
  }
  return counts
}

/** Texts to hide of the values the plan marks sensitive (outputs and variables). */
export function sensitiveTexts(plan: unknown): string[] {
  const found: string[] = []
  const outputs = (
    plan as {
      planned_values?: { outputs?: Record<string, { sensitive?: boolean; value?: unknown }> }
    }
  ).planned_values?.outputs
  for (const output of Object.values(outputs ?? {})) {
    if (output.sensitive) found.push(...secretTexts(output.value))
  }
  const variables = (plan as { variables?: Record<string, { value?: unknown }> }).variables ?? {}
  const declared =
    (
      plan as {
        configuration?: { root_module?: { variables?: Record<string, { sensitive?: boolean }> } }
      }
    ).configuration?.root_module?.variables ?? {}
  for (const [name, variable] of Object.entries(variables)) {
    if (declared[name]?.sensitive) found.push(...secretTexts(variable.value))
  }
  return found
}
