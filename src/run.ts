// What a run produced for each config: the record every stage adds to and every report reads.
import type { Finding } from './findings.js'
import type { Job } from './config/job.js'
import type { Mode } from './constants.js'

export interface PlanCounts {
  add: number
  change: number
  destroy: number
}

export interface ConfigRun {
  /** Relative to the workspace, forward slashes. */
  file: string
  jobName?: string
  provider?: string
  runtimeType?: string
  /** Every finding of every stage for this config. */
  findings: Finding[]
  valid: boolean
  /** No infrastructure section: nothing to do. */
  skipped: boolean
  job?: Job
  plan: PlanCounts | null
  /** Terraform outputs with sensitive values replaced by "(sensitive)". */
  outputs: Record<string, unknown> | null
  resolved: boolean
  /** Placeholders written (or, in plan mode, that would be), by output name. */
  placeholders: string[]
  /** The tags the runtime module puts on every resource, converted for its cloud. */
  cloudTags?: Record<string, string>
  /** `terraform show` of the saved plan, as text (sensitive values already masked). */
  planText?: string
  /** Resolved values by placeholder name; sensitive ones are "(sensitive)". */
  resolvedValues?: Record<string, unknown>
  /** Unified diff of the config: what resolution changed, or in plan mode would change. */
  resolutionDiff?: string
  /** Where the resolved config was written (the config itself, or a copy under output-dir). */
  resolvedPath?: string
  /** A Terraform command failed for this job: nothing of it is written or committed. */
  terraformFailed?: boolean
}

export interface RunReport {
  mode: Mode
  configs: ConfigRun[]
  /** One line on how the configs were chosen. */
  discovery: string
  hasChanges: boolean
  commitSha?: string
  /** Errors of the run itself, tied to no config (e.g. commit-back refused): they fail the step. */
  failures: string[]
  /**
   * Sensitive values met during the run, so reports can scrub them. Never written anywhere:
   * the outputs are built field by field (publish/results.ts) and leave this out.
   */
  secrets: string[]
}

export function newConfigRun(file: string): ConfigRun {
  return {
    file,
    findings: [],
    valid: true,
    skipped: false,
    plan: null,
    outputs: null,
    resolved: false,
    placeholders: [],
  }
}

export function countFindings(run: ConfigRun, severity: Finding['severity']): number {
  return run.findings.filter((finding) => finding.severity === severity).length
}

export function errorCount(report: RunReport): number {
  return report.configs.reduce(
    (sum, run) => sum + countFindings(run, 'error'),
    report.failures.length,
  )
}

/** The figures every report opens with. */
export interface Tally {
  errors: number
  warnings: number
  /** Configs that failed validation. */
  invalid: number
  /** Configs with any error, from validation, Terraform, resolution or deploy. */
  failing: number
  /** Changes of every plan together. */
  plan: PlanCounts
  resolved: number
}

export function tally(report: RunReport): Tally {
  const plan: PlanCounts = { add: 0, change: 0, destroy: 0 }
  for (const run of report.configs) {
    plan.add += run.plan?.add ?? 0
    plan.change += run.plan?.change ?? 0
    plan.destroy += run.plan?.destroy ?? 0
  }
  return {
    errors: errorCount(report),
    warnings: report.configs.reduce((sum, run) => sum + countFindings(run, 'warning'), 0),
    invalid: report.configs.filter((run) => !run.valid).length,
    failing: report.configs.filter((run) => countFindings(run, 'error') > 0).length,
    plan,
    resolved: report.configs.filter((run) => run.resolved).length,
  }
}

/** `+1 ~0 -2`: to add, to change, to destroy. */
export function formatPlan(plan: PlanCounts): string {
  return `+${plan.add} ~${plan.change} -${plan.destroy}`
}
