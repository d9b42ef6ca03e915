// What a drift run keeps per job, and how it says so: the findings at each config, the `drifted`
// output, and the lines the CLI prints.
import type { Finding } from '../findings.js'
import { formatPath } from '../terraform/changes.js'
import { plural } from '../util/text.js'
import type { ConfigRun, RunReport } from '../run.js'
import type { DriftedResource, JobDrift } from './analyse.js'

export interface DriftIssue {
  number: number
  url: string
  /** What this run did with it. */
  action: 'opened' | 'updated' | 'reopened' | 'unchanged' | 'closed'
}

export interface DriftRecord extends JobDrift {
  /** The saved plan restoring the drifted tags was applied. */
  healed: boolean
  /** Its apply was started and failed (the job's error says why). */
  healFailed?: boolean
  /** The job's issue, when this run opened, updated or closed one. */
  issue?: DriftIssue
}

/** One item of the `drifted` output: a job with drift. */
export interface DriftedJob {
  config: string
  job_name: string
  provider: string | null
  runtime: string | null
  team: string | null
  /** Addresses of the resources changed outside Terraform. */
  resources: string[]
  tags_only: boolean
  healed: boolean
  issue: number | null
}

const LISTED = 5

/** The findings that say, at the config, what the drift run found for a job. */
export function driftFindings(run: ConfigRun, record: DriftRecord, healing: boolean): Finding[] {
  const at = (severity: Finding['severity'], rule: string, message: string): Finding => ({
    severity,
    rule,
    message,
    file: run.file,
    range: run.job?.range,
  })
  if (record.state === 'pending') {
    return [
      at(
        'warning',
        'not-applied',
        `The plan has changes that no drift explains (${run.plan ? `+${run.plan.add} ~${run.plan.change} -${run.plan.destroy}` : 'see the plan'}): the configuration asks for them, and they were never applied`,
      ),
    ]
  }
  if (record.state !== 'drifted') return []
  const what = `${plural(record.resources.length, 'resource')} changed outside Terraform: ${describeResources(record.resources)}`
  if (record.healed) {
    return [at('notice', 'drift-healed', `Drifted tags restored: ${what}`)]
  }
  const why = !record.tagsOnly
    ? ''
    : record.healFailed
      ? '. Only tags drifted, but the apply restoring them failed'
      : !healing
        ? '. Only tags drifted: heal-tag-drift: true would restore them'
        : record.healBlocked
          ? `. Not healed: ${record.healBlocked}`
          : ''
  return [at('warning', 'drift', `Drift: ${what}${why}`)]
}

/** `module.x.aws_ecs_cluster.this (tags.Team, tags_all.Team), … and 2 more`. */
export function describeResources(resources: readonly DriftedResource[]): string {
  const shown = resources
    .slice(0, LISTED)
    .map((resource) =>
      resource.deleted
        ? `${resource.address} (deleted)`
        : `${resource.address} (${resource.attributes.map(({ path }) => formatPath(path)).join(', ')})`,
    )
  if (resources.length > LISTED) shown.push(`… and ${resources.length - LISTED} more`)
  return shown.join(', ')
}

export function driftedJobs(report: RunReport): DriftedJob[] {
  return report.configs
    .filter((run) => run.drift?.state === 'drifted')
    .map((run) => ({
      config: run.file,
      job_name: run.jobName ?? '',
      provider: run.provider ?? null,
      runtime: run.runtimeType ?? null,
      team: run.job?.tags.team ?? null,
      resources: run.drift!.resources.map((resource) => resource.address),
      tags_only: run.drift!.tagsOnly,
      healed: run.drift!.healed,
      issue: run.drift!.issue?.number ?? null,
    }))
}

/** The state of a job in a drift run, in a few words. */
export function driftWords(run: ConfigRun): string {
  const drift = run.drift
  if (!drift) {
    if (run.skipped) return 'skipped'
    return run.valid && !run.terraformFailed ? 'not checked' : 'failed'
  }
  if (drift.state === 'in-sync') return 'in sync'
  if (drift.state === 'pending') return 'changes not applied'
  const count = plural(drift.resources.length, 'resource')
  if (drift.healed) return `tags drifted on ${count}: restored`
  return `drifted: ${count}${drift.tagsOnly ? ', tags only' : ''}`
}
