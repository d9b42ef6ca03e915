// The `results` output (CONTRACT §3): one plain object per config.
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

export function toResult(run: ConfigRun): ConfigResult {
  return {
    config: run.file,
    job_name: run.jobName ?? null,
    valid: run.valid,
    errors: run.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ line: f.range?.line ?? 1, column: f.range?.column ?? 1, message: f.message })),
    plan: run.plan,
    outputs: run.outputs,
    resolved: run.resolved,
    fingerprint: run.fingerprint?.fingerprint ?? null,
  }
}
