// Which job a file claims: what the repository-wide rules read from every YAML file, whatever this
// run's patterns and whether or not the file is a valid config. A job is destroyed only when no
// file claims it, and one job_name belongs to one config.
//
// The rule, as a user reads it:
// - A file is a Dativo job config when YAML reads its top level as a mapping with an
//   `infrastructure` key, or a key a typo away from it (`infrastucture`), whose value is empty, not
//   a mapping, or a mapping with a key of that section (`provider`, `runtime`, `region`, `tags`,
//   `resource_identifiers`) or a typo of one. Workflows, compose files, Kubernetes manifests and
//   other YAML have no such key, so they claim nothing, however they are written.
// - A job config claims every value written under a `job_name` key (or a key a typo away, such as
//   `job-name`) anywhere in it, valid or not. Its own name, for the one-config-per-job rule, is
//   the one under `infrastructure` → `tags` → `job_name` (typos of each key allowed).
// - A job config that names no job, and a file YAML cannot read (a syntax error, bytes that are
//   not UTF-8, a file that cannot be opened) whose text has an `infrastructure:` or `job_name:`
//   key, are unknown: a half-edited config may belong to any job. A file YAML cannot read without
//   such a key claims nothing.
import { parseAllDocuments } from 'yaml'
import type { Finding } from '../findings.js'
import { isRecord } from '../util/data.js'
import { closest } from '../util/text.js'
import { decodeConfig, LIMITS, parseText } from './document.js'
import { readPlainYaml } from './plain-yaml.js'

export type JobClaim =
  | { kind: 'none' }
  | {
      kind: 'job'
      /** Every job name the file mentions as a job_name, as written. */
      names: string[]
      /** The config's own job_name and the keys that lead to it, when it has one. */
      jobName?: { name: string; path: string[] }
    }
  | {
      kind: 'unknown'
      /** Why the file cannot be told apart from a config: `it cannot be read as YAML (…)…`. */
      reason: string
    }

export const NO_CLAIM: JobClaim = { kind: 'none' }

const INFRASTRUCTURE = 'infrastructure'
const SECTION_KEYS = ['provider', 'runtime', 'region', 'tags', 'resource_identifiers']
const JOB_NAME = 'job_name'

/** Whether `key` is `known` or a typo of it (as close as the did-you-mean hints go). */
export function nearKey(key: string, known: string): boolean {
  return key === known || closest(key, [known]) !== undefined
}

// A typo is at most a third of the word's length in edits away (util/text.ts's `closest`): cut
// into one more piece than that, the word keeps a piece whole in any typo of it, which rules out
// most keys before a distance is counted.

/** infrastructure, or a typo of it (at most four edits). */
export function isInfrastructureKey(key: string): boolean {
  if (key === INFRASTRUCTURE) return true
  if (key.length < 10 || key.length > 18 || !/inf|ras|tru|ctu|re/i.test(key)) return false
  return nearKey(key, INFRASTRUCTURE)
}

/** job_name, or a typo of it (at most two edits). */
function isJobNameKey(key: string): boolean {
  if (key === JOB_NAME) return true
  if (key.length < 6 || key.length > 10 || !/job|_n|ame/i.test(key)) return false
  return nearKey(key, JOB_NAME)
}

/** The claim of a document YAML could read, given as plain data. */
export function claimOfData(data: unknown): JobClaim {
  if (!isRecord(data)) return NO_CLAIM
  const sections = Object.keys(data).filter(
    (key) => isInfrastructureKey(key) && isSection(data[key]),
  )
  if (sections.length === 0) return NO_CLAIM
  const names = jobNames(data)
  if (names.length === 0)
    return {
      kind: 'unknown',
      reason: `it has an ${sections[0] === INFRASTRUCTURE ? INFRASTRUCTURE : `'${sections[0]}'`} section but names no job (no job_name)`,
    }
  return { kind: 'job', names, jobName: ownName(data, sections) }
}

/** An infrastructure section: empty or half-written, or with a key of the section. */
function isSection(value: unknown): boolean {
  if (!isRecord(value)) return true
  const keys = Object.keys(value)
  return (
    keys.length === 0 ||
    keys.some((key) => isJobNameKey(key) || SECTION_KEYS.some((known) => nearKey(key, known)))
  )
}

/** Every scalar under a job_name key, anywhere in the document, in the order written. */
function jobNames(data: Record<string, unknown>): string[] {
  const names: string[] = []
  const stack: unknown[] = [data]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value instanceof ClaimedName) {
      const name = scalarName(value.value)
      if (name !== undefined && !names.includes(name)) names.push(name)
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i])
    } else if (isRecord(value)) {
      const keys = Object.keys(value)
      for (let i = keys.length - 1; i >= 0; i--) {
        const child = value[keys[i]!]
        if (typeof child === 'object' && child !== null) stack.push(child)
        else if (isJobNameKey(keys[i]!)) stack.push(new ClaimedName(child))
      }
    }
  }
  return names
}

/** A job_name's value met in the walk, taken in its turn. */
class ClaimedName {
  constructor(readonly value: unknown) {}
}

function scalarName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return undefined
}

/** infrastructure → tags → job_name, each key or a typo of it: the config's own name. */
function ownName(
  data: Record<string, unknown>,
  sections: string[],
): { name: string; path: string[] } | undefined {
  for (const section of sections) {
    const infrastructure = data[section]
    if (!isRecord(infrastructure)) continue
    for (const tagsKey of Object.keys(infrastructure)) {
      const tags = infrastructure[tagsKey]
      if (!nearKey(tagsKey, 'tags') || !isRecord(tags)) continue
      for (const key of Object.keys(tags)) {
        const name = isJobNameKey(key) ? scalarName(tags[key]) : undefined
        if (name !== undefined) return { name, path: [section, tagsKey, key] }
      }
    }
  }
  return undefined
}

/** A key YAML would read as `infrastructure` or `job_name`, in text YAML cannot read. */
const CONFIG_KEY = /(?:^|[\s{,[])["']?(?:infrastructure|job_name)["']?[ \t]*:/m

/** The claim of a file that could not be read as YAML, from its text (or its bytes as Latin-1). */
export function claimOfUnreadable(text: string, problem: string): JobClaim {
  return CONFIG_KEY.test(text)
    ? { kind: 'unknown', reason: `${problem}, and it has a job config's keys` }
    : NO_CLAIM
}

/**
 * The text a file's bytes are closest to, for a key search when they are not UTF-8: UTF-16 by its
 * byte order mark, else one character per byte.
 */
export function looseText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le')
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)))
    return swapped.swap16().toString('utf16le')
  }
  return buffer.toString('latin1')
}

/**
 * A quick look before a file is parsed, true for every file that may claim something: one that
 * mentions job_name or infrastructure, or has a key a typo away from infrastructure.
 */
export function mayBeJobConfig(text: string): boolean {
  if (text.includes(JOB_NAME) || text.includes(INFRASTRUCTURE)) return true
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    // The key before the colon: back to the line's start or the flow mapping's last separator.
    let start = colon
    while (start > 0 && colon - start < 64 && !'\n{,['.includes(text[start - 1]!)) start--
    const key = text.slice(start, colon).replace(/^[\s?-]*["']?|["']?\s*$/g, '')
    if (isInfrastructureKey(key)) return true
  }
  return false
}

/** The claim of a file this run did not validate: read as little as it takes to know. */
export function claimOfBytes(bytes: Uint8Array): JobClaim {
  const decoded = decodeConfig('', bytes)
  if (!decoded.ok) return claimOfUndecoded(bytes, decoded.findings)
  if (!mayBeJobConfig(decoded.text)) return NO_CLAIM
  const plain = readPlainYaml(decoded.text)
  if (plain) return claimOfData(plain.data)
  const parsed = parseText('', decoded)
  return parsed.ok
    ? claimOfData(parsed.config.data)
    : claimOfUnparsed(decoded.text, parsed.findings)
}

/** The claim of bytes that are not text a config may be (not UTF-8, too large or deep). */
export function claimOfUndecoded(bytes: Uint8Array, findings: Finding[]): JobClaim {
  return claimOfUnreadable(looseText(bytes), problemOf(findings[0]?.message))
}

/**
 * The claim of text `yaml` did not accept as a config: several documents are each a claim of their
 * own (a Kubernetes manifest), a top level that is not a mapping is no config, and anything else
 * is looked at as text.
 */
export function claimOfUnparsed(text: string, findings: Finding[]): JobClaim {
  const finding = findings[0]
  if (finding?.rule === 'yaml-multi-document') {
    const claims = documentsOf(text)?.map(claimOfData)
    if (claims) return mergeClaims(claims)
  }
  if (finding?.rule === 'yaml-root' || finding?.rule === 'yaml-empty') return NO_CLAIM
  return claimOfUnreadable(text, problemOf(finding?.message))
}

/** Each document's data, or undefined when any of them has an error. */
function documentsOf(text: string): unknown[] | undefined {
  const documents = parseAllDocuments(text, { uniqueKeys: true, logLevel: 'error' })
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return undefined
  try {
    return documents.map((doc) => doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) as unknown)
  } catch {
    return undefined
  }
}

function mergeClaims(claims: JobClaim[]): JobClaim {
  const unknown = claims.find((claim) => claim.kind === 'unknown')
  if (unknown) return unknown
  const jobs = claims.filter((claim) => claim.kind === 'job')
  if (jobs.length === 0) return NO_CLAIM
  return {
    kind: 'job',
    names: [...new Set(jobs.flatMap((claim) => claim.names))],
    jobName: jobs.find((claim) => claim.jobName)?.jobName,
  }
}

/** A finding's message as the reason a file cannot be read: `it cannot be read as YAML (…)`. */
export function problemOf(message: string | undefined): string {
  return `it cannot be read as YAML (${message ?? 'unknown problem'})`
}
