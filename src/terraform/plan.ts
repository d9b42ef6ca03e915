// What a saved plan will do, read from `terraform show -json`, counted as Terraform counts it in
// "Plan: X to add, Y to change, Z to destroy." (a replacement counts in add and in destroy).
import type { PlanCounts } from '../run.js'
import { secretTexts } from '../util/secrets.js'

interface ResourceChange {
  address?: string
  mode?: string
  change?: { actions?: string[] }
}

/** The addresses of the resources the plan deletes (a replacement included), in its order. */
export function destroyedAddresses(plan: unknown): string[] {
  return ((plan as { resource_changes?: ResourceChange[] }).resource_changes ?? [])
    .filter((change) => change.mode !== 'data' && change.change?.actions?.includes('delete'))
    .map((change) => change.address ?? '?')
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

/**
 * How Terraform's human rendering of a plan opens (jsonformat's renderHuman), after an empty line:
 * drift, a partial plan, no changes, the resource changes, or only output changes.
 */
const PLAN_OPENING =
  /^(Note: (Objects have changed outside of Terraform|This is a partial plan)|No (current )?changes\. |Terraform (used the selected providers|will perform the following actions|planned the following actions|will invoke the following action)|Changes to Outputs:)/

/** What a slow state backend makes Terraform print around an operation. */
const STATE_LOCK = /^(Acquiring|Releasing) state lock\. This may take a few moments\.\.\.$/

/**
 * The plan as `terraform show -no-color` prints a saved plan, taken from what `terraform plan
 * -no-color` printed (in automation): without the refresh and read lines before it, warnings
 * printed before or after it, or state lock messages. Sensitive values are hidden there as in
 * `show`. Output in a shape this does not know is kept whole.
 */
export function planText(planOutput: string): string {
  const lines = planOutput.split('\n')
  const start = lines.findIndex(
    (line, i) => (i === 0 || lines[i - 1] === '') && PLAN_OPENING.test(line),
  )
  if (start < 0) return planOutput
  let end = lines.length
  for (let i = start + 1; i < lines.length; i++) {
    // Diagnostics follow the plan, each after an empty line; nothing in the plan starts so.
    if (lines[i - 1] === '' && /^(Warning|Error): /.test(lines[i]!)) {
      end = i - 1
      break
    }
    if (STATE_LOCK.test(lines[i]!)) {
      end = i
      break
    }
  }
  const kept = lines.slice(start, end)
  while (kept.length > 0 && kept.at(-1) === '') kept.pop()
  return `\n${kept.join('\n')}\n`
}
