// Ajv's errors, turned into the one message per problem a person needs, at the node to fix.
// Ajv reports the same mistake several times (a failed `if`, every branch of an `anyOf`, the
// wrapper of `propertyNames` and ajv-errors' `errorMessage`); those collapse here.
import type { ErrorObject } from 'ajv'
import type { Finding, SourceRange } from '../findings.js'
import type { ConfigDocument } from './document.js'
import {
  dataAt,
  displayPath,
  keyRange,
  mappingRange,
  plainScalarText,
  pointerSegments,
  valueRange,
} from './positions.js'
import { allowedKeys } from './schema-lookup.js'
import { closest } from '../util/text.js'

export const REQUIRED_TAGS = [
  'job_name',
  'team',
  'pipeline_type',
  'environment',
  'cost_center',
] as const

/** Which schema the errors come from: ours (rules by name) or an organisation policy. */
export interface SchemaSource {
  kind: 'job' | 'policy'
  schema: Record<string, unknown>
}

/** One Ajv error as the mapping sees it, with ajv-errors' wrapper opened. */
interface Issue {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  propertyName?: string
  message: string
  /** The schema's own errorMessage for this error, when it has one. */
  custom?: string
}

export function schemaFindings(
  config: ConfigDocument,
  errors: readonly ErrorObject[],
  source: SchemaSource,
): Finding[] {
  const issues = collapseBranches(unwrap(errors)).filter(
    (issue) => issue.keyword !== 'if' && issue.keyword !== 'propertyNames',
  )
  const findings: Array<Finding & { keyword: string; path: string }> = []
  const missingTags = new Map<string, Set<string>>()

  for (const issue of issues) {
    const segments = pointerSegments(issue.instancePath)
    if (source.kind === 'job' && isMissingTags(issue, segments)) {
      const key = issue.instancePath
      const set = missingTags.get(key) ?? new Set<string>()
      if (issue.params.missingProperty === 'tags') REQUIRED_TAGS.forEach((t) => set.add(t))
      else set.add(String(issue.params.missingProperty))
      missingTags.set(key, set)
      continue
    }
    const mapped = describe(config, issue, segments, source)
    if (!mapped) continue
    findings.push({
      severity: 'error',
      file: config.file,
      ...mapped,
      rule: source.kind === 'policy' ? 'policy' : mapped.rule,
      keyword: issue.keyword,
      path: issue.instancePath,
    })
  }

  for (const [pointer, missing] of missingTags) {
    const segments = pointerSegments(pointer)
    const ordered = REQUIRED_TAGS.filter((tag) => missing.has(tag))
    findings.push({
      severity: 'error',
      rule: 'missing-required-tags',
      message: `Missing required tags: ${ordered.join(', ')}`,
      file: config.file,
      range: mappingRange(config, segments.at(-1) === 'tags' ? segments : [...segments, 'tags']),
      keyword: 'required',
      path: pointer,
    })
  }

  return dedupe(findings).map(({ keyword: _k, path: _p, ...finding }) => finding)
}

function isMissingTags(issue: Issue, segments: string[]): boolean {
  if (issue.keyword !== 'required') return false
  const path = segments.join('/')
  return (
    path === 'infrastructure/tags' ||
    (path === 'infrastructure' && issue.params.missingProperty === 'tags')
  )
}

function unwrap(errors: readonly ErrorObject[]): Issue[] {
  const issues: Issue[] = []
  for (const error of errors) {
    if (error.keyword === 'errorMessage') {
      const originals = (error.params as { errors?: ErrorObject[] }).errors ?? []
      for (const original of originals) {
        issues.push({ ...toIssue(original), custom: error.message })
      }
    } else {
      issues.push(toIssue(error))
    }
  }
  return issues
}

function toIssue(error: ErrorObject): Issue {
  return {
    instancePath: error.instancePath,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
    propertyName: (error as ErrorObject & { propertyName?: string }).propertyName,
    message: error.message ?? 'is not valid',
  }
}

/**
 * anyOf/oneOf: keep the errors of the one branch the value was closest to (the branch whose type
 * it has, then the one with fewest errors) and drop the combinator's own error.
 */
function collapseBranches(issues: Issue[]): Issue[] {
  const combinators = issues
    .filter((i) => i.keyword === 'anyOf' || i.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length)
  let remaining = issues
  for (const combinator of combinators) {
    const base = combinator.schemaPath.replace(/\/(anyOf|oneOf)$/, '') + `/${combinator.keyword}/`
    const branches = new Map<string, Issue[]>()
    for (const issue of remaining) {
      if (!issue.schemaPath.startsWith(base)) continue
      const branch = issue.schemaPath.slice(base.length).split('/')[0]!
      branches.set(branch, [...(branches.get(branch) ?? []), issue])
    }
    const mistyped = (list: Issue[]) =>
      list.some((i) => i.keyword === 'type' && i.instancePath === combinator.instancePath)
    const candidates = [...branches.values()]
    const drop = new Set<Issue>([combinator, ...candidates.flat()])
    if (candidates.length > 0 && candidates.every(mistyped)) {
      const types = candidates.flatMap((list) =>
        list.filter((i) => i.keyword === 'type').flatMap((i) => [i.params.type].flat() as string[]),
      )
      const merged: Issue = {
        ...combinator,
        keyword: 'type',
        params: { type: [...new Set(types)] },
        message: 'has the wrong type',
      }
      remaining = [...remaining.filter((i) => !drop.has(i)), merged]
      continue
    }
    const best = candidates.filter((list) => !mistyped(list)).sort((a, b) => a.length - b.length)[0]
    const kept = new Set(best ?? [])
    remaining = remaining.filter((i) => !drop.has(i) || kept.has(i))
    if (!best) remaining.push({ ...combinator, message: 'does not match any allowed form' })
  }
  return remaining
}

interface Described {
  rule: string
  message: string
  range: SourceRange
}

function describe(
  config: ConfigDocument,
  issue: Issue,
  segments: string[],
  source: SchemaSource,
): Described | undefined {
  const label = displayPath(segments) || 'the config'
  const value = dataAt(config.data, segments)
  const path = segments.join('/')
  const job = source.kind === 'job'

  switch (issue.keyword) {
    case 'required': {
      const missing = String(issue.params.missingProperty)
      return {
        rule: 'missing-key',
        message:
          issue.custom ??
          (segments.length === 0
            ? `Missing required key '${missing}' at the top level`
            : `Missing required key '${missing}' in ${label}`),
        range: mappingRange(config, segments),
      }
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(issue.params.additionalProperty ?? issue.params.unevaluatedProperty)
      const allowed = allowedKeys(source.schema, segments)
      const guess = closest(extra, allowed)
      const hint = guess
        ? ` (did you mean '${guess}'?)`
        : allowed.length > 0
          ? ` (expected one of: ${allowed.join(', ')})`
          : ''
      return {
        rule: 'unknown-key',
        message: issue.custom ?? `Unknown key '${extra}' in ${label}${hint}`,
        range: keyRange(config, [...segments, extra]),
      }
    }
    case 'type':
      return wrongType(config, issue, segments, label, value)
    case 'enum': {
      const allowed = (issue.params.allowedValues as unknown[]) ?? []
      if (job && path === 'infrastructure/provider') {
        return {
          rule: 'unknown-provider',
          message: `Unknown provider '${show(value)}' (expected one of: ${allowed.join(', ')})`,
          range: valueRange(config, segments),
        }
      }
      if (job && path === 'infrastructure/runtime/type') {
        return {
          rule: 'unknown-runtime',
          message: `Unknown runtime type '${show(value)}' (expected one of: ${allowed.join(', ')})`,
          range: valueRange(config, segments),
        }
      }
      const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined
      return {
        rule: 'invalid-value',
        message:
          issue.custom ??
          `${label} must be one of: ${allowed.map(show).join(', ')} (found '${show(value)}')${guess ? `; did you mean '${guess}'?` : ''}`,
        range: valueRange(config, segments),
      }
    }
    case 'const': {
      if (job && path === 'infrastructure/runtime/type') {
        const provider = dataAt(config.data, ['infrastructure', 'provider'])
        return {
          rule: 'runtime-mismatch',
          message: `Runtime type '${show(value)}' is not compatible with provider '${show(provider)}'`,
          range: valueRange(config, segments),
        }
      }
      return {
        rule: 'invalid-value',
        message: issue.custom ?? `${label} must be '${show(issue.params.allowedValue)}'`,
        range: valueRange(config, segments),
      }
    }
    case 'pattern': {
      if (issue.propertyName !== undefined) {
        const key = issue.propertyName
        const inTags = job && path === 'infrastructure/tags'
        return {
          rule: inTags ? 'tag-key' : job ? 'invalid-value' : 'policy',
          message: inTags
            ? `Tag key '${key}' must be lowercase_underscore (a-z, 0-9 and _, starting with a letter)${suggestSnake(key)}`
            : `Key '${key}' in ${label} is not allowed: ${issue.custom ?? `it must match ${String(issue.params.pattern)}`}`,
          range: keyRange(config, [...segments, key]),
        }
      }
      // Placeholders are checked in every string of the document by rules.ts, with the fragment.
      if (job && String(issue.params.pattern).includes('terraform_outputs')) return undefined
      if (job && path === 'infrastructure/region' && issue.custom) {
        return {
          rule: 'region',
          message: issue.custom.replace(/^Region /, `Region '${show(value)}' `),
          range: valueRange(config, segments),
        }
      }
      return {
        rule: 'invalid-value',
        message: issue.custom
          ? `${label} '${show(value)}' is not valid: ${issue.custom}`
          : `${label} '${show(value)}' must match the pattern ${String(issue.params.pattern)}`,
        range: valueRange(config, segments),
      }
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(issue.params.limit)
      const tag =
        job && segments[0] === 'infrastructure' && segments[1] === 'tags' && segments.length === 3
      const what = tag ? `Tag '${segments[2]}'` : label
      const message =
        issue.custom ??
        (issue.keyword === 'minLength' && limit === 1
          ? `${what} must not be empty`
          : `${what} must be ${issue.keyword === 'minLength' ? 'at least' : 'at most'} ${limit} characters long`)
      return {
        rule: tag ? 'tag-value' : 'invalid-value',
        message,
        range: valueRange(config, segments),
      }
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = String(issue.params.comparison)
      return {
        rule: 'invalid-value',
        message:
          issue.custom ??
          `${label} must be ${comparison} ${String(issue.params.limit)} (found ${show(value)})`,
        range: valueRange(config, segments),
      }
    }
    case 'uniqueItems':
      return {
        rule: 'invalid-value',
        message:
          issue.custom ??
          `${label} has the same item twice (items ${Number(issue.params.j) + 1} and ${Number(issue.params.i) + 1})`,
        range: valueRange(config, [...segments, String(issue.params.i)]),
      }
    default:
      return {
        rule: 'invalid-value',
        message: issue.custom ?? `${label} ${issue.message}`,
        range: valueRange(config, segments),
      }
  }
}

function wrongType(
  config: ConfigDocument,
  issue: Issue,
  segments: string[],
  label: string,
  value: unknown,
): Described {
  const expected = [issue.params.type].flat().map(String)
  const tagKey =
    segments[0] === 'infrastructure' && segments[1] === 'tags' && segments.length === 3
      ? segments[2]
      : undefined
  const rule = tagKey !== undefined ? 'tag-value' : 'wrong-type'
  const what = tagKey !== undefined ? `Tag '${tagKey}'` : label
  const range = valueRange(config, segments)

  if (issue.custom && !expected.includes('string')) {
    return { rule, message: issue.custom, range }
  }
  if (value === null || value === undefined) {
    return { rule, message: `${what} has no value (expected ${typeWords(expected)})`, range }
  }
  const written = expected.includes('string') ? plainScalarText(config, segments) : undefined
  if (written !== undefined) {
    const key = segments.at(-1) ?? 'value'
    return {
      rule,
      message: `${what} must be a string, but ${written} is read as ${article(kindOf(value))}: quote it (${key}: "${written}")`,
      range,
    }
  }
  return {
    rule,
    message: `${what} must be ${typeWords(expected)}, not ${article(kindOf(value))}`,
    range,
  }
}

function typeWords(types: string[]): string {
  const words = types.map((t) =>
    t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : article(t),
  )
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
    : (words[0] ?? 'valid')
}

function article(kind: string): string {
  if (kind === 'mapping' || kind === 'list') return `a ${kind}`
  if (kind === 'null') return 'null'
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'mapping'
  if (typeof value === 'number') return 'number'
  return typeof value
}

function show(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined) return ''
  return JSON.stringify(value) ?? String(value)
}

/** Per place, the error that explains the others: a wrong type hides pattern/enum/const noise. */
function dedupe<T extends Finding & { keyword: string; path: string }>(findings: T[]): T[] {
  const typed = new Set(findings.filter((f) => f.keyword === 'type').map((f) => f.path))
  const enumerated = new Set(findings.filter((f) => f.keyword === 'enum').map((f) => f.path))
  const seen = new Set<string>()
  return findings.filter((f) => {
    if (f.keyword !== 'type' && typed.has(f.path)) return false
    if (f.keyword === 'const' && enumerated.has(f.path)) return false
    const key = `${f.rule}|${f.message}|${f.range?.line}|${f.range?.column}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function suggestSnake(key: string): string {
  const snake = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
  return /^[a-z][a-z0-9_]*$/.test(snake) && snake !== key ? `, e.g. '${snake}'` : ''
}
