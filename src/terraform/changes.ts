// What a saved plan changes, attribute by attribute, read from `terraform show -json`: the
// resources it will change, what Terraform found changed outside it (`resource_drift`), the
// outputs it will change, and the attributes its changes depend on (`relevant_attributes`).
// Kept small: paths, not values, except a shortened, masked value pair for each drifted path,
// which the drift report shows. Drift (src/drift) and grouping by shape (src/group) read this.
import { isRecord } from '../util/data.js'

/** An attribute's place in a resource: `["tags", "Team"]`, `["setting", 0, "value"]`. */
export type AttributePath = Array<string | number>

export interface ResourceChange {
  /** `module.dativo_runtime.aws_ecs_cluster.this`. */
  address: string
  /** Terraform's actions: `["update"]`, `["delete", "create"]`; for drift `["delete"]` is gone. */
  actions: string[]
  /**
   * The attributes whose values differ before and after (a value known only after apply counts),
   * deepest first-differing level; empty when the whole object comes or goes.
   */
  paths: AttributePath[]
  /** More attributes differed than `paths` keeps. */
  morePaths?: boolean
}

/** A change Terraform found made outside it, with what each attribute was and is. */
export interface DriftChange extends ResourceChange {
  /** Per path, the value in the state and the value found, as short text; sensitive masked. */
  values: Array<{ before: string; after: string }>
}

export interface PlanChanges {
  /** Managed resources the plan changes (no-ops and reads left out). */
  resources: ResourceChange[]
  /** Managed resources Terraform's refresh found changed or deleted outside Terraform. */
  drift: DriftChange[]
  outputs: Array<{ name: string; actions: string[] }>
  /** Attributes that planned changes depend on (Terraform's `relevant_attributes`). */
  relevant: Array<{ address: string; path: AttributePath }>
}

const MAX_PATHS = 100
const MAX_DEPTH = 12
const MAX_VALUE = 200
const SENSITIVE = '(sensitive)'
const ABSENT = '(none)'

export function planChanges(plan: unknown): PlanChanges {
  const data = isRecord(plan) ? plan : {}
  const resources: ResourceChange[] = []
  for (const item of list(data.resource_changes)) {
    const read = readChange(item)
    if (!read || isNoOp(read.actions)) continue
    resources.push({ address: read.address, actions: read.actions, ...pathsOf(read.change) })
  }
  const drift: DriftChange[] = []
  for (const item of list(data.resource_drift)) {
    const read = readChange(item)
    if (!read || isNoOp(read.actions)) continue
    const found = pathsOf(read.change)
    // Drift on values Terraform stores but that are the same (a set in another order): none.
    if (found.paths.length === 0 && !read.actions.includes('delete')) continue
    const values = found.paths.map((path) => ({
      before: shown(read.change.before, read.change.before_sensitive, path),
      after: shown(read.change.after, read.change.after_sensitive, path),
    }))
    drift.push({ address: read.address, actions: read.actions, ...found, values })
  }
  const outputs: PlanChanges['outputs'] = []
  const outputChanges = isRecord(data.output_changes) ? data.output_changes : {}
  for (const name of Object.keys(outputChanges).sort()) {
    const change = outputChanges[name]
    const actions = isRecord(change) ? strings(change.actions) : []
    if (!isNoOp(actions)) outputs.push({ name, actions })
  }
  const relevant: PlanChanges['relevant'] = []
  for (const item of list(data.relevant_attributes)) {
    if (!isRecord(item) || typeof item.resource !== 'string' || !Array.isArray(item.attribute))
      continue
    const path = item.attribute.filter(
      (step): step is string | number => typeof step === 'string' || typeof step === 'number',
    )
    relevant.push({ address: item.resource, path })
  }
  return { resources, drift, outputs, relevant }
}

/** `tags.Team`, `setting[0].value`, `labels["cost-center"]`: a path as a person reads it. */
export function formatPath(path: AttributePath): string {
  return path
    .map((step, i) =>
      typeof step === 'number'
        ? `[${step}]`
        : /^[A-Za-z_][A-Za-z0-9_]*$/.test(step)
          ? `${i === 0 ? '' : '.'}${step}`
          : `[${JSON.stringify(step)}]`,
    )
    .join('')
}

/** One path leads into the other (or they are the same): a change at one touches the other. */
export function overlaps(a: AttributePath, b: AttributePath): boolean {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false
  return true
}

interface Change {
  before?: unknown
  after?: unknown
  after_unknown?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
}

function readChange(
  item: unknown,
): { address: string; actions: string[]; change: Change } | undefined {
  if (!isRecord(item) || item.mode === 'data' || !isRecord(item.change)) return undefined
  const deposed = typeof item.deposed === 'string' ? ` (deposed ${item.deposed})` : ''
  return {
    address: String(item.address ?? '') + deposed,
    actions: strings(item.change.actions),
    change: item.change as Change,
  }
}

function pathsOf(change: Change): { paths: AttributePath[]; morePaths?: boolean } {
  // A whole object created or deleted: no attribute path says more than the action.
  if (!isRecord(change.before) || !isRecord(change.after)) return { paths: [] }
  const paths: AttributePath[] = []
  let more = false
  const visit = (before: unknown, after: unknown, unknown: unknown, path: AttributePath) => {
    if (paths.length >= MAX_PATHS) {
      more = true
      return
    }
    if (unknown === true) {
      paths.push(path)
      return
    }
    if (path.length < MAX_DEPTH && isRecord(before) && isRecord(after)) {
      const unknowns = isRecord(unknown) ? unknown : {}
      const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
      for (const key of keys) visit(before[key], after[key], unknowns[key], [...path, key])
      return
    }
    if (
      path.length < MAX_DEPTH &&
      Array.isArray(before) &&
      Array.isArray(after) &&
      before.length === after.length
    ) {
      const unknowns = Array.isArray(unknown) ? unknown : []
      before.forEach((item, i) => visit(item, after[i], unknowns[i], [...path, i]))
      return
    }
    if (!sameValue(before, after)) paths.push(path)
  }
  visit(change.before, change.after, change.after_unknown, [])
  return more ? { paths, morePaths: true } : { paths }
}

/** The value at `path` as short text, `(sensitive)` where Terraform marks it so. */
function shown(value: unknown, sensitive: unknown, path: AttributePath): string {
  let current = value
  let mark = sensitive
  for (const step of path) {
    if (mark === true) return SENSITIVE
    current = isRecord(current) || Array.isArray(current) ? access(current, step) : undefined
    mark = isRecord(mark) || Array.isArray(mark) ? access(mark, step) : undefined
  }
  if (containsTrue(mark)) return SENSITIVE
  if (current === undefined || current === null) return ABSENT
  const text = JSON.stringify(current)
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text
}

function access(container: Record<string, unknown> | unknown[], step: string | number): unknown {
  return Array.isArray(container)
    ? typeof step === 'number'
      ? container[step]
      : undefined
    : container[String(step)]
}

function containsTrue(mark: unknown): boolean {
  if (mark === true) return true
  if (Array.isArray(mark)) return mark.some(containsTrue)
  if (isRecord(mark)) return Object.values(mark).some(containsTrue)
  return false
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) => sameValue(a[key], b[key]))
  }
  return false
}

function isNoOp(actions: string[]): boolean {
  return actions.length === 0 || actions.every((a) => a === 'no-op' || a === 'read')
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : []
}
