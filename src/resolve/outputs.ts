// Terraform outputs as resolution sees them: the applied values of `terraform output -json`, and
// the planned ones of `terraform show -json <plan>`, where some are not known until apply.
import { UsageError } from '../findings.js'
import { isRecord } from '../util/data.js'

/** One entry of `terraform output -json`. */
export interface TerraformOutput {
  value: unknown
  type?: unknown
  sensitive: boolean
}

export type TerraformOutputs = Record<string, TerraformOutput>

/** One output of a saved plan: its value when the plan already knows it. */
export interface PlannedOutput {
  sensitive: boolean
  known: boolean
  value?: unknown
}

export type PlannedOutputs = Record<string, PlannedOutput>

/** Shown in a plan preview where a value is decided by apply. */
export const KNOWN_AFTER_APPLY = '(known after apply)'
/** Shown in place of a sensitive value wherever a person reads it. */
export const SENSITIVE = '(sensitive)'

/** Reads the text of `terraform output -json`; a file of any other shape is a usage error. */
export function parseTerraformOutputs(json: string, source = 'the outputs file'): TerraformOutputs {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    throw new UsageError(
      `${source} is not JSON (expected the output of terraform output -json): ${(error as Error).message}`,
    )
  }
  if (!isRecord(data)) {
    throw new UsageError(
      `${source} must hold a JSON object of outputs, as terraform output -json prints it`,
    )
  }
  const outputs: TerraformOutputs = {}
  for (const [name, entry] of Object.entries(data)) {
    if (!isRecord(entry) || !('value' in entry)) {
      throw new UsageError(
        `${source}: output '${name}' has no "value" (expected the output of terraform output -json)`,
      )
    }
    outputs[name] = { value: entry.value, type: entry.type, sensitive: entry.sensitive === true }
  }
  return outputs
}

/**
 * The outputs a saved plan will have, from `terraform show -json`: `planned_values.outputs`
 * holds `{ sensitive, value? }` (no value while unknown) and `output_changes[name].after_unknown`
 * marks what apply decides, for a collection possibly only some of its elements.
 */
export function plannedOutputs(plan: unknown): PlannedOutputs {
  if (!isRecord(plan)) throw new UsageError('The plan is not a JSON object (terraform show -json)')
  const planned = isRecord(plan.planned_values) ? plan.planned_values.outputs : undefined
  const changes = isRecord(plan.output_changes) ? plan.output_changes : {}
  const outputs: PlannedOutputs = {}
  for (const [name, entry] of Object.entries(isRecord(planned) ? planned : {})) {
    if (!isRecord(entry)) continue
    const change = changes[name]
    const afterUnknown = isRecord(change) ? change.after_unknown : undefined
    const known = 'value' in entry && !anyTrue(afterUnknown)
    outputs[name] = known
      ? { sensitive: entry.sensitive === true, known, value: entry.value }
      : { sensitive: entry.sensitive === true, known }
  }
  // An output whose value is wholly unknown may be missing from planned_values.
  for (const [name, change] of Object.entries(changes)) {
    if (name in outputs || !isRecord(change) || !anyTrue(change.after_unknown)) continue
    outputs[name] = { sensitive: change.after_sensitive === true, known: false }
  }
  return outputs
}

function anyTrue(value: unknown): boolean {
  if (value === true) return true
  if (Array.isArray(value)) return value.some(anyTrue)
  if (isRecord(value)) return Object.values(value).some(anyTrue)
  return false
}
