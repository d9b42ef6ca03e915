// What a run produced for each config: the record every stage adds to and every report reads.
import type { Finding } from './findings.js'
import type { Job } from './config/job.js'
import type { Mode } from './constants.js'
import type { RemovalReason } from './discover/removed.js'
import type { DriftRecord } from './drift/record.js'
import type { RolloutRole } from './rollout/gate.js'
import type { Wave } from './rollout/waves.js'
import type { PlanChanges } from './terraform/changes.js'
import type { PlanFingerprint } from './terraform/fingerprint.js'

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
  placeholders: readonly string[]
  /** The tags the runtime module puts on every resource, converted for its cloud. */
  cloudTags?: Record<string, string>
  /** `terraform show` of the saved plan, as text (sensitive values already masked). */
  planText?: string
  /** The addresses of the resources the plan deletes. */
  destroys?: string[]
  /**
   * The cloud tags the config at the base commit gave its runtime, for the reviewer's diff: null
   * when the config is new there; undefined when there is no base to compare with.
   */
  cloudTagsAtBase?: Record<string, string> | null
  /** Resolved values by placeholder name; sensitive ones are "(sensitive)". */
  resolvedValues?: Record<string, unknown>
  /** The placeholders whose value in the config resolution changes. */
  changedValues?: string[]
  /** Unified diff of the config: what resolution changed, or in plan mode would change. */
  resolutionDiff?: string
  /** Where the resolved config was written (the config itself, or a copy under output-dir). */
  resolvedPath?: string
  /** A Terraform command failed for this job: nothing of it is written or committed. */
  terraformFailed?: boolean
  /** What the plan will change, hashed: compared at merge with require-reviewed-plan. */
  fingerprint?: PlanFingerprint
  /** Apply mode: the plan was not applied, because it is not the one reviewed. */
  notReviewed?: boolean
  /**
   * The plan breaks a rule (a resource without the job's tags, a grant the platform policy
   * forbids): it is not applied, and the findings say why.
   */
  planRefused?: boolean
  /** Git's blob id of the config as this run read it, before resolution (for outputs files). */
  sourceSha?: string
  /** Names of the job's sensitive outputs (their values are never carried to outputs files). */
  sensitiveOutputs?: string[]
  /** For a removed job shown as a config: why it goes, in a phrase (`config deleted`). */
  removal?: string
  /** What the plan changes, attribute by attribute: its shape groups jobs changed alike. */
  changes?: PlanChanges
  /** Drift mode: what changed outside Terraform, whether it was healed, and its issue. */
  drift?: DriftRecord
  /** Apply mode with a rollout: the job's wave, group, and what became of it. */
  rollout?: RolloutRole
}

/** A job this change removes, whose runtime is destroyed or, by default, left running. */
export interface RemovedRun {
  /** The config's path at the base commit. */
  file: string
  /** The job as the base commit's config describes it. */
  job: Job
  reason: RemovalReason
  jobName: string
  provider: string
  runtimeType: string
  /** The job that replaces a renamed one. */
  renamedTo?: { jobName: string; file: string }
  /** The commit the job is rebuilt from. */
  base: string
  /** The tags on every resource of the runtime: what would go, or what keeps costing. */
  cloudTags: Record<string, string>
  /** The destroy plan (plan mode; apply mode with destroy-removed). */
  plan: PlanCounts | null
  planText?: string
  /** The addresses of the resources the destroy plan removes. */
  destroys?: string[]
  fingerprint?: PlanFingerprint
  /** Destroyed by this run. */
  destroyed: boolean
  /** Left running by this run (apply mode), and why. */
  leftRunning?: string
  findings: Finding[]
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
  /** The platform policy in force (the policy input), when one was read. */
  policy?: {
    file: string
    /** Where the copy in force was read: `the base commit 1a2b3c4`, `the workspace`. */
    source: string
    /** The pull request changes the file: its change counts only after the merge. */
    changedHere: boolean
  }
  /** Jobs this change removes (plan and apply modes, on a pull request or push). */
  removed?: RemovedRun[]
  /**
   * Findings at files that are none of this run's configs: a config elsewhere in the repository
   * that shares a job_name with one of them, or a file that holds back a destroy.
   */
  elsewhere?: Finding[]
  /**
   * Validate mode: configs this change deleted or left without infrastructure, whose runtime a
   * plan or apply of them compares with the base commit (the matrix gives each a leg).
   */
  mayRemove?: string[]
  /** Apply mode with a rollout: its waves, and why it stopped, if it did. */
  rollout?: { waves: Wave[]; stopped?: string }
  /** Drift mode: why the drift issues could not be kept, if they could not. */
  driftIssues?: string
  /**
   * Sensitive values met during the run, so reports can scrub them. Never written anywhere:
   * the outputs are built field by field (publish/results.ts) and leave this out.
   */
  secrets: string[]
  /** Plan mode on a pull request: how its plans were recorded for require-reviewed-plan. */
  reviewRecord?: ReviewRecordOutcome
}

/** What the plan run recorded for the merge's review gate (see review/check-run.ts). */
export interface ReviewRecordOutcome {
  /** Plans recorded, and plans the record had no room for. */
  recorded: number
  omitted: number
  /** Why nothing was recorded (no permission, …), when nothing was. */
  problem?: string
  /** The check run's page. */
  url?: string
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

export function countFindings(run: { findings: Finding[] }, severity: Finding['severity']): number {
  return run.findings.filter((finding) => finding.severity === severity).length
}

export function errorCount(report: RunReport): number {
  const removed = (report.removed ?? []).reduce((sum, run) => sum + countFindings(run, 'error'), 0)
  const elsewhere = countFindings({ findings: report.elsewhere ?? [] }, 'error')
  return report.configs.reduce(
    (sum, run) => sum + countFindings(run, 'error'),
    report.failures.length + removed + elsewhere,
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
