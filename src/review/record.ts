// The reviewed plans a pull request's comment records: one hidden block of JSON in the comment
// body, written by plan mode and read back by the apply of the merge (require-reviewed-plan).
// The block is an HTML comment, so GitHub shows nothing of it; `<` and `>` are escaped inside
// the JSON, so no value can end the comment early.
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
  /** What the plan changes; left out when the comment had no room for it. */
  changes?: PlannedChange[]
}

const OPEN = '<!-- dativo-infra-action plans'
const CLOSE = '-->'
/** The block may take this much of a comment; past it, the change lists are left out. */
const MAX_BLOCK = 24_000

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
  for (const run of report.configs) {
    if (run.jobName && !run.terraformFailed) add(run.file, run.jobName, 'runtime', run.fingerprint)
  }
  for (const removed of report.removed ?? []) {
    add(removed.file, removed.jobName, 'destroy', removed.fingerprint)
  }
  return records
}

interface FingerprintLike {
  fingerprint: string
  changes: PlannedChange[]
}

/** The hidden block for a comment, or '' when no plan is recorded. */
export function renderPlanRecords(records: readonly RecordedPlan[]): string {
  if (records.length === 0) return ''
  const block = (kept: readonly RecordedPlan[]) =>
    `${OPEN}\n${escapeJson(JSON.stringify({ version: 1, plans: kept }))}\n${CLOSE}`
  const full = block(records)
  if (full.length <= MAX_BLOCK) return full
  // The fingerprints always fit; what each plan changes is kept for as many as there is room.
  const bare = records.map(({ changes: _changes, ...rest }) => rest)
  const kept: RecordedPlan[] = [...bare]
  for (const [i, record] of records.entries()) {
    kept[i] = record
    if (block(kept).length > MAX_BLOCK) {
      kept[i] = bare[i]!
      break
    }
  }
  return block(kept)
}

/** The plans recorded in a comment body; none when it holds no readable block. */
export function parsePlanRecords(body: string): RecordedPlan[] {
  const start = body.indexOf(`${OPEN}\n`)
  if (start === -1) return []
  const end = body.indexOf(`\n${CLOSE}`, start)
  if (end === -1) return []
  let data: unknown
  try {
    data = JSON.parse(body.slice(start + OPEN.length + 1, end))
  } catch {
    return []
  }
  if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.plans)) return []
  return data.plans.flatMap((plan): RecordedPlan[] => {
    if (!isRecord(plan)) return []
    const { config, job, kind, fingerprint, head, changes } = plan
    if (typeof config !== 'string' || typeof job !== 'string' || typeof fingerprint !== 'string')
      return []
    if (kind !== 'runtime' && kind !== 'destroy') return []
    const record: RecordedPlan = { config, job, kind, fingerprint }
    if (typeof head === 'string') record.head = head
    if (Array.isArray(changes)) record.changes = changes.filter(isChange)
    return [record]
  })
}

function isChange(value: unknown): value is PlannedChange {
  return (
    isRecord(value) &&
    typeof value.address === 'string' &&
    typeof value.action === 'string' &&
    typeof value.digest === 'string'
  )
}

/** `<` and `>` as JSON escapes: the text means the same and cannot close the HTML comment. */
function escapeJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
}
