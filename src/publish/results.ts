// The `configs` and `results` outputs (CONTRACT §3): one plain object per config, kept within
// what GitHub stores. A job's outputs together may hold at most 1 MB, measured as UTF-16 (two
// bytes a character), so each output has a budget in characters and says what it left out.
import type { ConfigRun } from '../run.js'

export interface ConfigResult {
  config: string
  job_name: string | null
  valid: boolean
  errors: Array<{ line: number; column: number; message: string }>
  plan: { add: number; change: number; destroy: number } | null
  outputs: Record<string, unknown> | null
  resolved: boolean
  /** The plan's fingerprint (`sha256:…`), for require-reviewed-plan; null without a plan. */
  fingerprint: string | null
}

/** Characters each output may take: 600 KB and 200 KB of the 1 MB, the rest for the others. */
export const RESULTS_BUDGET = 300_000
export const CONFIGS_BUDGET = 100_000

/** Per config: this many errors, each message at most this long, each output value this long. */
const MAX_ERRORS = 100
const MAX_MESSAGE = 1_000
const MAX_VALUE = 2_000

export function toResult(run: ConfigRun): ConfigResult {
  const errors = run.findings.filter((f) => f.severity === 'error')
  const shown = errors.slice(0, MAX_ERRORS).map((f) => ({
    line: f.range?.line ?? 1,
    column: f.range?.column ?? 1,
    message: shorten(f.message, MAX_MESSAGE),
  }))
  if (errors.length > shown.length) {
    shown.push({
      line: 1,
      column: 1,
      message: `… and ${errors.length - shown.length} more errors (all of them are in the log)`,
    })
  }
  return {
    config: run.file,
    job_name: run.jobName ?? null,
    valid: run.valid,
    errors: shown,
    plan: run.plan,
    outputs: run.outputs && outputValues(run.outputs),
    resolved: run.resolved,
    fingerprint: run.fingerprint?.fingerprint ?? null,
  }
}

function outputValues(outputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, value]) => {
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
      return [
        name,
        text.length > MAX_VALUE
          ? `(${text.length} characters: too long for the results output)`
          : value,
      ]
    }),
  )
}

/** A JSON array output and how many items it left out to stay within `budget` characters. */
export interface ListOutput {
  value: string
  shown: number
  total: number
}

/** As many items, in order, as fit in `budget` characters of JSON. */
export function listOutput(items: readonly unknown[], budget: number): ListOutput {
  const parts: string[] = []
  let length = 2
  for (const item of items) {
    const part = JSON.stringify(item)
    const added = part.length + (parts.length > 0 ? 1 : 0)
    if (length + added > budget) break
    parts.push(part)
    length += added
  }
  return { value: `[${parts.join(',')}]`, shown: parts.length, total: items.length }
}

export function resultsOutput(runs: readonly ConfigRun[]): ListOutput {
  return listOutput(runs.map(toResult), RESULTS_BUDGET)
}

export function configsOutput(runs: readonly ConfigRun[]): ListOutput {
  return listOutput(
    runs.map((run) => run.file),
    CONFIGS_BUDGET,
  )
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1
  return `${text.slice(0, end)}…`
}
