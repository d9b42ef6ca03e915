// The reviewed plans of a pull request: each job's plan fingerprint (and each removed job's
// destroy plan), recorded by plan mode in a check run on the pull request's head commit and read
// back by the apply of the merge (require-reviewed-plan).
//
// Why a check run and not the pull request comment: only the GitHub App whose token created a
// check run can change it (GITHUB_TOKEN's runs belong to the github-actions app); no person can
// edit it, not even an administrator, whereas a collaborator can edit any comment and the REST
// API still names the bot as its author. Another workflow of the repository that echoes
// pull-request text into a comment with the same GITHUB_TOKEN is common; one that creates check
// runs named after this action's record, with a body of its own making, is not. And a check run
// has 65,535 characters of its own for the record, however long the comment's report is.
//
// The record is compact JSON (config, job, kind, fingerprint; each plan's changes while there is
// room), gzip-compressed and written in base64: 1,000 jobs fit in one check run. A record that
// cannot hold every plan keeps as many as fit (destroys first) and says so, in the check run and
// the comment, so the pull request shows it before anyone merges.
import { gunzipSync, gzipSync } from 'node:zlib'
import { pullRequestOf } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import type { RunReport } from '../run.js'
import type { PlannedChange } from '../terraform/fingerprint.js'
import { isRecord } from '../util/data.js'

/** One job's plan as a pull request recorded it. */
export interface RecordedPlan {
  /** The config, relative to the workspace. */
  config: string
  job: string
  /** `runtime`: the config's own plan; `destroy`: the destroy plan of a removed job. */
  kind: 'runtime' | 'destroy'
  fingerprint: string
  /** The commit that was planned (the pull request's head). */
  head?: string
  /** What the plan changes; left out when the record had no room for it. */
  changes?: PlannedChange[]
}

/** A record as written: the plans it holds, and how many it could not hold. */
export interface PlanRecord {
  head: string
  plans: RecordedPlan[]
  /** How many plans the record had no room for (named in the check run's summary). */
  omitted: number
}

/** Check runs holding a record are named this, then ` (workflow / job)`. */
export const RECORD_NAME = 'dativo-infra reviewed plans'
/** First line of the check run's text, before the encoded record. */
const HEADER = 'dativo-infra reviewed plans, format 2 (JSON, gzip, base64):'
/** GitHub refuses a check run's text of more than 65,535 characters; some room is kept. */
export const MAX_TEXT = 64_000
const FORMAT = 2

/** The plans of a plan-mode run on a pull request: each config's, each removed job's destroy. */
export function recordsOf(report: RunReport, context: GitHubContext): RecordedPlan[] {
  if (report.mode !== 'plan') return []
  const head = pullRequestOf(context)?.headSha
  const records: RecordedPlan[] = []
  const add = (config: string, job: string, kind: RecordedPlan['kind'], plan?: FingerprintLike) => {
    if (!plan) return
    const record: RecordedPlan = { config, job, kind, fingerprint: plan.fingerprint }
    if (head) record.head = head
    record.changes = plan.changes
    records.push(record)
  }
  // Destroys first: they are the changes a reviewer must not miss.
  for (const removed of report.removed ?? []) {
    add(removed.file, removed.jobName, 'destroy', removed.fingerprint)
  }
  for (const run of report.configs) {
    if (run.jobName && !run.terraformFailed) add(run.file, run.jobName, 'runtime', run.fingerprint)
  }
  return records
}

interface FingerprintLike {
  fingerprint: string
  changes: PlannedChange[]
}

/** The check run's name for this workflow job: one record per plan job, the newest counts. */
export function recordName(context: GitHubContext): string {
  const where = [context.workflow, context.job].filter(Boolean).join(' / ')
  return where ? `${RECORD_NAME} (${where})` : RECORD_NAME
}

/**
 * The record as the check run's text, holding as many plans as fit in `limit` characters: every
 * plan with its changes when they fit, else every plan and the changes of as many as fit, else
 * the first plans that fit (destroys come first) and the others counted as omitted.
 */
export function encodeRecord(
  head: string,
  records: readonly RecordedPlan[],
  limit = MAX_TEXT,
): { text: string; record: PlanRecord; left: RecordedPlan[] } {
  const bare = records.map(({ changes: _changes, ...rest }) => rest)
  const build = (kept: readonly RecordedPlan[]) => {
    const left = records.slice(kept.length)
    const record: PlanRecord = { head, plans: [...kept], omitted: left.length }
    return { text: render(record), record, left }
  }
  const fits = (kept: readonly RecordedPlan[]) => build(kept).text.length <= limit
  if (fits(records)) return build(records)
  if (fits(bare)) {
    // The most plans that keep their changes, found by bisection (more never compress smaller).
    let low = 0
    let high = records.length
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (fits([...records.slice(0, middle), ...bare.slice(middle)])) low = middle
      else high = middle - 1
    }
    return build([...records.slice(0, low), ...bare.slice(low)])
  }
  let low = 0
  let high = records.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fits(bare.slice(0, middle))) low = middle
    else high = middle - 1
  }
  return build(bare.slice(0, low))
}

function render(record: PlanRecord): string {
  const data = {
    v: FORMAT,
    head: record.head,
    // [config, job, kind, fingerprint, changes?], changes as [address, action, digest].
    plans: record.plans.map((plan) => [
      plan.config,
      plan.job,
      plan.kind,
      plan.fingerprint,
      ...(plan.changes ? [plan.changes.map((c) => [c.address, c.action, c.digest])] : []),
    ]),
    omitted: record.omitted,
  }
  const encoded = gzipSync(JSON.stringify(data), { level: 9 }).toString('base64')
  const lines = encoded.match(/.{1,76}/g) ?? []
  return [HEADER, '```', ...lines, '```'].join('\n')
}

/** The record a check run's text holds, or undefined when it holds none that can be read. */
export function decodeRecord(text: string): PlanRecord | undefined {
  const lines = text.split('\n')
  if (lines[0] !== HEADER || lines[1] !== '```' || lines.at(-1) !== '```') return undefined
  let data: unknown
  try {
    const encoded = lines.slice(2, -1).join('')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined
    data = JSON.parse(
      gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: 64 << 20 }).toString('utf8'),
    )
  } catch {
    return undefined
  }
  if (!isRecord(data) || data.v !== FORMAT || typeof data.head !== 'string') return undefined
  if (!Array.isArray(data.plans) || !Number.isSafeInteger(data.omitted)) return undefined
  const head = data.head
  const plans: RecordedPlan[] = []
  for (const item of data.plans) {
    if (!Array.isArray(item)) return undefined
    const [config, job, kind, fingerprint, changes] = item as unknown[]
    if (typeof config !== 'string' || typeof job !== 'string' || typeof fingerprint !== 'string')
      return undefined
    if (kind !== 'runtime' && kind !== 'destroy') return undefined
    const plan: RecordedPlan = { config, job, kind, fingerprint, head }
    if (Array.isArray(changes)) plan.changes = changes.flatMap(toChange)
    plans.push(plan)
  }
  return { head, plans, omitted: data.omitted as number }
}

function toChange(value: unknown): PlannedChange[] {
  if (!Array.isArray(value)) return []
  const [address, action, digest] = value as unknown[]
  return typeof address === 'string' && typeof action === 'string' && typeof digest === 'string'
    ? [{ address, action, digest }]
    : []
}
