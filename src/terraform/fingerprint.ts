// A plan's fingerprint: a hash of what it will change, read from `terraform show -json`, so that
// two plans of the same state and inputs hash alike wherever and whenever they were made, and a
// plan made at merge can be compared with the one a reviewer saw on the pull request.
//
// Counted: each managed resource change that is not a no-op (address, deposed key, previous
// address, import, actions and the after-values, with the values apply decides and the sensitive
// ones replaced by markers) and each output change that is not a no-op. Left out: timestamps,
// versions, prior state, drift, data source reads, variables (they act through the changes).
import { createHash } from 'node:crypto'
import { isRecord } from '../util/data.js'

/** One planned change, as kept beside the fingerprint to say what differs later. */
export interface PlannedChange {
  /** `module.x.aws_ecs_cluster.this`, with ` (deposed …)` for a deposed object; `output.NAME`. */
  address: string
  /** `create`, `update`, `destroy`, `replace`, … (see actionWord). */
  action: string
  /** A short hash of this change alone: equal digests, equal changes. */
  digest: string
}

export interface PlanFingerprint {
  /** `sha256:` and 64 hex digits; also for a plan with no changes. */
  fingerprint: string
  changes: PlannedChange[]
}

const UNKNOWN = '(known after apply)'
const SENSITIVE = '(sensitive)'

export function planFingerprint(plan: unknown): PlanFingerprint {
  const entries: Array<{ change: PlannedChange; canonical: string }> = []
  const data = isRecord(plan) ? plan : {}
  for (const item of Array.isArray(data.resource_changes) ? data.resource_changes : []) {
    if (!isRecord(item) || item.mode === 'data' || !isRecord(item.change)) continue
    const change = item.change
    const actions = actionsOf(change.actions)
    const importing = isRecord(change.importing) ? change.importing : null
    if (isNoOp(actions) && !importing) continue
    const deposed = typeof item.deposed === 'string' ? ` (deposed ${item.deposed})` : ''
    const address = String(item.address ?? '') + deposed
    const body = {
      address,
      previous: typeof item.previous_address === 'string' ? item.previous_address : null,
      importing,
      actions,
      after: marked(change.after, change.after_unknown, change.after_sensitive),
    }
    const word = actionWord(actions)
    entries.push(
      entry(address, importing ? (word === 'no-op' ? 'import' : `import, ${word}`) : word, body),
    )
  }
  const outputs = isRecord(data.output_changes) ? data.output_changes : {}
  for (const name of Object.keys(outputs).sort()) {
    const change = outputs[name]
    if (!isRecord(change)) continue
    const actions = actionsOf(change.actions)
    if (isNoOp(actions)) continue
    const address = `output.${name}`
    const body = {
      address,
      actions,
      after: marked(change.after, change.after_unknown, change.after_sensitive),
    }
    entries.push(entry(address, actionWord(actions), body))
  }
  entries.sort((a, b) => compare(a.change.address, b.change.address))
  const hash = createHash('sha256')
  hash.update('dativo-plan-fingerprint/1\n')
  for (const { canonical } of entries) hash.update(canonical + '\n')
  return { fingerprint: `sha256:${hash.digest('hex')}`, changes: entries.map((e) => e.change) }
}

/** What differs between the changes of a reviewed plan and of a fresh one, by address. */
export interface ChangeComparison {
  /** Planned now, not in the reviewed plan. */
  added: PlannedChange[]
  /** In the reviewed plan, no longer planned. */
  removed: PlannedChange[]
  /** Planned in both, differently: the reviewed change and the fresh one. */
  changed: Array<{ reviewed: PlannedChange; fresh: PlannedChange }>
}

export function compareChanges(
  reviewed: readonly PlannedChange[],
  fresh: readonly PlannedChange[],
): ChangeComparison {
  const before = new Map(reviewed.map((change) => [change.address, change]))
  const after = new Map(fresh.map((change) => [change.address, change]))
  const comparison: ChangeComparison = { added: [], removed: [], changed: [] }
  for (const change of fresh) {
    const was = before.get(change.address)
    if (!was) comparison.added.push(change)
    else if (was.action !== change.action || was.digest !== change.digest)
      comparison.changed.push({ reviewed: was, fresh: change })
  }
  for (const change of reviewed) if (!after.has(change.address)) comparison.removed.push(change)
  return comparison
}

/** Terraform's action list in one word, as its plan describes each change. */
function actionWord(actions: readonly string[]): string {
  const key = actions.join(',')
  switch (key) {
    case 'create':
      return 'create'
    case 'delete':
      return 'destroy'
    case 'update':
      return 'update'
    case 'delete,create':
      return 'replace'
    case 'create,delete':
      return 'replace (create first)'
    case 'read':
      return 'read'
    case 'forget':
      return 'forget'
    default:
      return key || 'change'
  }
}

function entry(
  address: string,
  action: string,
  body: unknown,
): { change: PlannedChange; canonical: string } {
  const canonical = canonicalJson(body)
  const digest = createHash('sha256').update(canonical).digest('hex').slice(0, 12)
  return { change: { address, action, digest }, canonical }
}

function actionsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : []
}

/** A no-op, or a read: nothing to review (an import still shows as a change, with `importing`). */
function isNoOp(actions: string[]): boolean {
  return actions.length === 0 || actions.every((a) => a === 'no-op' || a === 'read')
}

/**
 * The after-value with each part Terraform does not know yet (after_unknown) and each sensitive
 * part (after_sensitive) replaced by a marker: the fingerprint, kept in a pull request's comment,
 * must never carry a secret, not even hashed alone.
 */
function marked(after: unknown, unknown: unknown, sensitive: unknown): unknown {
  if (sensitive === true) return SENSITIVE
  if (unknown === true) return UNKNOWN
  if (Array.isArray(after) || Array.isArray(unknown)) {
    const values = Array.isArray(after) ? after : []
    const unknowns = Array.isArray(unknown) ? unknown : []
    const length = Math.max(values.length, unknowns.length)
    return Array.from({ length }, (_, i) =>
      marked(values[i], unknowns[i], Array.isArray(sensitive) ? sensitive[i] : undefined),
    )
  }
  if (isRecord(after) || isRecord(unknown)) {
    const values = isRecord(after) ? after : {}
    const unknowns = isRecord(unknown) ? unknown : {}
    const sensitives = isRecord(sensitive) ? sensitive : {}
    const keys = [...new Set([...Object.keys(values), ...Object.keys(unknowns)])]
    return Object.fromEntries(
      keys.map((key) => [key, marked(values[key], unknowns[key], sensitives[key])]),
    )
  }
  return after === undefined ? null : after
}

/** JSON with object keys sorted at every level: the same data, the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isRecord(value)) {
    const keys = Object.keys(value).sort(compare)
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
