// require-reviewed-plan: a job's fresh plan is applied only when its fingerprint equals one its
// pull request recorded. A plan with nothing to change needs no review. When the plans differ,
// the refusal says what differs (as far as the recorded changes tell) and how to get a review.
import type { Job } from '../config/job.js'
import { compareChanges } from '../terraform/fingerprint.js'
import type { PlanFingerprint, PlannedChange } from '../terraform/fingerprint.js'
import type { RecordedPlan } from './record.js'

export type ReviewVerdict = { apply: true; note?: string } | { apply: false; message: string }

/** Whether the fresh plan of a job (or of a removed job's destroy) may be applied. */
export type ReviewGate = (job: Job, plan: PlanFingerprint, destroy: boolean) => ReviewVerdict

/** What the pull request of the commit recorded, or why nothing can be read. */
export interface ReviewedPlans {
  /** `pull request #7`, `pull requests #7, #9`: where the records come from. */
  source: string
  records: RecordedPlan[]
  /** How many plans the records had no room for: not reviewed, said so in the pull request. */
  omitted?: number
  /** Why no pull request's records could be read (none merged this commit, no token, …). */
  problem?: string
}

const LISTED = 10

export function reviewGate(reviewed: ReviewedPlans): ReviewGate {
  return (job, plan, destroy) => {
    const kind = destroy ? 'destroy' : 'runtime'
    if (plan.changes.length === 0) return { apply: true }
    const what = destroy ? `the destroy plan of job ${job.jobName}` : 'this plan'
    const fresh = FRESH_REVIEW
    if (reviewed.problem) {
      return {
        apply: false,
        message: `Not applied: ${what} was not reviewed: ${reviewed.problem}. ${fresh}`,
      }
    }
    const records = reviewed.records.filter(
      (record) => record.config === job.file && record.kind === kind && record.job === job.jobName,
    )
    if (records.length === 0) {
      if (reviewed.omitted) {
        return {
          apply: false,
          message: `Not applied: ${what} was not reviewed: the record of ${reviewed.source} held ${reviewed.records.length} of ${reviewed.records.length + reviewed.omitted} plans, not this one (its check run and comment said so). ${fresh}`,
        }
      }
      return {
        apply: false,
        message: `Not applied: ${what} was not reviewed: ${reviewed.source} did not plan ${job.file}${destroy ? ' for removal' : ''}. ${fresh}`,
      }
    }
    const match = records.find((record) => record.fingerprint === plan.fingerprint)
    if (match) {
      return {
        apply: true,
        note: `The plan is the one reviewed in ${reviewed.source}${at(match)} (${plan.fingerprint.slice(0, 19)}…)`,
      }
    }
    const latest = records[records.length - 1]!
    return {
      apply: false,
      message: `Not applied: ${what} differs from the one reviewed in ${reviewed.source}${at(latest)}. ${differences(latest, plan)} ${fresh}`,
    }
  }
}

const FRESH_REVIEW =
  'To apply it, get a fresh review: open a pull request that changes this job (its plan run records the new plan), have it reviewed and merge it.'

function at(record: RecordedPlan): string {
  return record.head ? ` (planned at ${record.head.slice(0, 7)})` : ''
}

/** Added, removed and changed resources compared with the reviewed plan, in one sentence each. */
export function differences(reviewed: RecordedPlan, plan: PlanFingerprint): string {
  if (!reviewed.changes) {
    return 'The record had no room for the reviewed plan’s resources; compare this plan with the one the pull request shows.'
  }
  const { added, removed, changed } = compareChanges(reviewed.changes, plan.changes)
  const parts: string[] = []
  if (added.length > 0) parts.push(`not in the reviewed plan: ${list(added, describe)}`)
  if (removed.length > 0) parts.push(`reviewed but no longer planned: ${list(removed, describe)}`)
  if (changed.length > 0) {
    parts.push(
      `planned differently: ${list(changed, ({ reviewed: was, fresh }) =>
        was.action === fresh.action
          ? `${fresh.address} (${fresh.action}, with other values)`
          : `${fresh.address} (reviewed: ${was.action}, now: ${fresh.action})`,
      )}`,
    )
  }
  return parts.length > 0
    ? `Compared with the reviewed plan, ${parts.join('; ')}.`
    : 'The plans change the same resources in the same way but differ in detail.'
}

function describe(change: PlannedChange): string {
  return `${change.address} (${change.action})`
}

function list<T>(items: readonly T[], show: (item: T) => string): string {
  const shown = items.slice(0, LISTED).map(show)
  if (items.length > LISTED) shown.push(`… and ${items.length - LISTED} more`)
  return shown.join(', ')
}
