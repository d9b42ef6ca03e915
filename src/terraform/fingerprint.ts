// A plan's fingerprint: a hash of what Terraform will run, so that a plan made at merge can be
// compared with the one a reviewer saw on the pull request, wherever and whenever each was made.
//
// Covered, from `terraform show -json` and the files Terraform plans from:
// - each managed resource change that is not a no-op (address, deposed key, previous address,
//   import, actions, after-values with the values apply decides marked as unknown) and each
//   output change that is not a no-op;
// - the configuration Terraform planned from (`configuration`: provider blocks and their
//   expressions, resources, provisioners, module calls and their sources, variables) and every
//   file of the root and of each module it loaded (the JSON form keeps only the references of an
//   expression, not its text: a provisioner's `"echo ${path.module}"` and `"rm -rf ${path.module}"`
//   look alike there, so the files themselves count too, with the scripts beside them);
// - the values of the root's variables;
// - the provider versions the lock file selects, the Terraform version, and the backend's type and
//   settings;
// - the presence of every sensitive and unknown value, and the sensitive values themselves (see
//   sensitiveDigest for how, without publishing anything a secret could be guessed from).
// Left out, so that timestamps and refresh noise never make two plans differ: the timestamp,
// prior state, drift, relevant attributes, checks, data source reads, planned_values (the changes
// say the same), the lock file's checksums (init adds a platform's own), and the absolute paths
// of the run's temporary folders, the workspace and this action's copy (they differ between
// runners and versions' checkouts), each replaced by a name.
import { createHash, scrypt } from 'node:crypto'
import { isRecord } from '../util/data.js'
import { byCodeUnits } from '../util/text.js'

/** One planned change, as kept beside the fingerprint to say what differs later. */
export interface PlannedChange {
  /** `module.x.aws_ecs_cluster.this`, with ` (deposed …)` for a deposed object; `output.NAME`. */
  address: string
  /** `create`, `update`, `destroy`, `replace`, … (see actionWord). */
  action: string
  /** A short hash of this change alone (sensitive values as a marker): equal digests, equal changes. */
  digest: string
}

export interface PlanFingerprint {
  /** `sha256:` and 64 hex digits; also for a plan with no changes. */
  fingerprint: string
  changes: PlannedChange[]
}

/** What Terraform planned from, besides the plan: read by planInputs (plan-inputs.ts). */
export interface PlanInputs {
  /** Provider address → the version the lock file selects. */
  providers?: Record<string, string>
  /** The backend's type (`s3`, `local`, none) and its `-backend-config` settings. */
  backend?: { type: string; settings: string[] }
  /** Each module's files (module key, '' for the root → file path → SHA-256 of its content). */
  files?: Record<string, Record<string, string>>
  /** Absolute paths to name instead (`/tmp/dativo-infra-x/jobs/001-a` → `<job>`), longest first. */
  paths?: Array<[string, string]>
}

const UNKNOWN = '(known after apply)'
const SENSITIVE = '(sensitive)'
const VERSION = 'dativo-plan-fingerprint/2'

/** Backend settings that hold credentials: counted as sensitive values. */
const SECRET_SETTING =
  /(secret|token|password|passwd|credential|access_key|sas|conn_str|encryption_key|private|certificate|client_id)/i

/**
 * The fingerprint of a plan (`terraform show -json` of it, parsed) and of what it was made from.
 * Asynchronous: the digest of the plan's sensitive values takes tens of milliseconds of scrypt,
 * done in libuv's thread pool while the run's other jobs go on.
 */
export async function planFingerprint(
  plan: unknown,
  inputs: PlanInputs = {},
): Promise<PlanFingerprint> {
  const normalise = pathNames(inputs.paths ?? [])
  const sensitive: Array<[string, unknown]> = []
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
      after: marked(change.after, change.after_unknown, change.after_sensitive, (at, value) =>
        sensitive.push([`${address}${at}`, value]),
      ),
    }
    const word = actionWord(actions)
    entries.push(
      entry(
        address,
        importing ? (word === 'no-op' ? 'import' : `import, ${word}`) : word,
        normalise(body),
      ),
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
      after: marked(change.after, change.after_unknown, change.after_sensitive, (at, value) =>
        sensitive.push([`${address}${at}`, value]),
      ),
    }
    entries.push(entry(address, actionWord(actions), normalise(body)))
  }
  entries.sort((a, b) => byCodeUnits(a.change.address, b.change.address))

  const hash = createHash('sha256')
  hash.update(`${VERSION}\n`)
  for (const { canonical } of entries) hash.update(`change ${canonical}\n`)
  // Everything below is the same for two plans of one configuration: it says what will run.
  const configuration = isRecord(data.configuration) ? data.configuration : {}
  const sensitiveVariables = new Set<string>()
  const rootVariables = isRecord(configuration.root_module)
    ? configuration.root_module.variables
    : undefined
  if (isRecord(rootVariables)) {
    for (const [name, variable] of Object.entries(rootVariables)) {
      if (isRecord(variable) && variable.sensitive === true) sensitiveVariables.add(name)
    }
  }
  hash.update(
    `configuration ${canonicalJson(normalise(withoutSensitiveDefaults(configuration)))}\n`,
  )
  const variables = isRecord(data.variables) ? data.variables : {}
  for (const name of Object.keys(variables).sort(byCodeUnits)) {
    const value = isRecord(variables[name]) ? variables[name].value : undefined
    if (sensitiveVariables.has(name)) {
      sensitive.push([`var.${name}`, value ?? null])
      hash.update(`variable ${JSON.stringify(name)} ${SENSITIVE}\n`)
    } else {
      hash.update(`variable ${JSON.stringify(name)} ${canonicalJson(normalise(value ?? null))}\n`)
    }
  }
  hash.update(`terraform ${canonicalJson(data.terraform_version ?? null)}\n`)
  hash.update(`providers ${canonicalJson(inputs.providers ?? {})}\n`)
  const backend = inputs.backend ?? { type: 'none', settings: [] }
  const settings = backend.settings.map((line) => {
    const key = line.slice(0, Math.max(0, line.indexOf('=')))
    if (!SECRET_SETTING.test(key)) return normalise(line)
    sensitive.push([`backend.${key}`, line.slice(key.length + 1)])
    return `${key}=${SENSITIVE}`
  })
  hash.update(`backend ${canonicalJson({ type: backend.type, settings })}\n`)
  hash.update(`files ${canonicalJson(inputs.files ?? {})}\n`)
  if (sensitive.length > 0) hash.update(`sensitive ${await sensitiveDigest(sensitive)}\n`)
  return { fingerprint: `sha256:${hash.digest('hex')}`, changes: entries.map((e) => e.change) }
}

/**
 * One digest of all the plan's sensitive values together, never one per value: the fingerprint
 * is published (the pull request's check run, the results output), and a hash of a single
 * low-entropy secret (a short password, a PIN) could be tested offline against guesses at
 * billions a second. Joined with every other sensitive value of the plan and stretched with
 * scrypt (16 MiB and tens of milliseconds per guess), salted by where the values sit, a guess
 * costs a guesser what it costs a run, for every value at once; and the digest is folded into the
 * fingerprint with the rest of the plan, never shown alone. What this cannot stop, and the docs
 * say: a plan whose only secret is one very guessable value, guessed by someone who knows every
 * other part of the plan.
 */
function sensitiveDigest(values: Array<[string, unknown]>): Promise<string> {
  const sorted = [...values].sort(([a], [b]) => byCodeUnits(a, b))
  const salt = createHash('sha256')
    .update(`${VERSION}/sensitive\n${sorted.map(([at]) => at).join('\n')}`)
    .digest()
  const settings = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(canonicalJson(sorted), salt, 32, settings, (error, key) =>
      error ? reject(error) : resolve(key.toString('hex')),
    ),
  )
}

/** The configuration without the defaults of sensitive variables (they are counted as values). */
function withoutSensitiveDefaults(configuration: Record<string, unknown>): unknown {
  const strip = (module: unknown): unknown => {
    if (!isRecord(module)) return module
    const copy: Record<string, unknown> = { ...module }
    if (isRecord(module.variables)) {
      copy.variables = Object.fromEntries(
        Object.entries(module.variables).map(([name, variable]) => [
          name,
          isRecord(variable) && variable.sensitive === true && 'default' in variable
            ? { ...variable, default: SENSITIVE }
            : variable,
        ]),
      )
    }
    if (isRecord(module.module_calls)) {
      copy.module_calls = Object.fromEntries(
        Object.entries(module.module_calls).map(([name, call]) => [
          name,
          isRecord(call) ? { ...call, module: strip(call.module) } : call,
        ]),
      )
    }
    return copy
  }
  return { ...configuration, root_module: strip(configuration.root_module) }
}

/** Every string with the given absolute paths replaced by their names. */
function pathNames(paths: ReadonlyArray<[string, string]>): <T>(value: T) => T {
  const known = paths.filter(([from]) => from.length > 1).sort(([a], [b]) => b.length - a.length)
  const name = (text: string) =>
    known.reduce((out, [from, to]) => (out.includes(from) ? out.split(from).join(to) : out), text)
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return name(value)
    if (Array.isArray(value)) return value.map(walk)
    if (isRecord(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [name(key), walk(item)]))
    }
    return value
  }
  return <T>(value: T) => (known.length === 0 ? value : (walk(value) as T))
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
 * part (after_sensitive) replaced by a marker; each sensitive part's value goes to `secret`, with
 * where it sits, for the one digest of them all (sensitiveDigest).
 */
function marked(
  after: unknown,
  unknown: unknown,
  sensitive: unknown,
  secret: (at: string, value: unknown) => void,
  at = '',
): unknown {
  if (sensitive === true) {
    if (unknown !== true) secret(at, after ?? null)
    return unknown === true ? `${SENSITIVE} ${UNKNOWN}` : SENSITIVE
  }
  if (unknown === true) return UNKNOWN
  if (Array.isArray(after) || Array.isArray(unknown)) {
    const values = Array.isArray(after) ? after : []
    const unknowns = Array.isArray(unknown) ? unknown : []
    const length = Math.max(values.length, unknowns.length)
    return Array.from({ length }, (_, i) =>
      marked(
        values[i],
        unknowns[i],
        Array.isArray(sensitive) ? sensitive[i] : undefined,
        secret,
        `${at}[${i}]`,
      ),
    )
  }
  if (isRecord(after) || isRecord(unknown)) {
    const values = isRecord(after) ? after : {}
    const unknowns = isRecord(unknown) ? unknown : {}
    const sensitives = isRecord(sensitive) ? sensitive : {}
    const keys = [...new Set([...Object.keys(values), ...Object.keys(unknowns)])]
    return Object.fromEntries(
      keys.map((key) => [
        key,
        marked(values[key], unknowns[key], sensitives[key], secret, `${at}.${JSON.stringify(key)}`),
      ]),
    )
  }
  return after === undefined ? null : after
}

/** JSON with object keys sorted at every level: the same data, the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isRecord(value)) {
    const keys = Object.keys(value).sort(byCodeUnits)
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}
