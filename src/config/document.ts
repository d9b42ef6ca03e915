// A job config as a YAML document with positions. Everything that can be wrong with the file
// itself (encoding, size, syntax, duplicate keys, aliases, nesting) becomes a finding at its
// place; nothing here throws for bad input.
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseAllDocuments,
  parse as parseYaml,
} from 'yaml'
import type { Document, Node, ParsedNode, YAMLMap, Alias } from 'yaml'
import type { Finding, SourceRange } from '../findings.js'
import type { PlainRead } from './plain-yaml.js'

export const LIMITS = {
  /** A job config is a few kilobytes; anything past this is a mistake or an attack. */
  maxBytes: 1024 * 1024,
  /** Nesting a person would write stays far below this. */
  maxDepth: 64,
  /** Alias expansions allowed when turning the document into data (billion laughs). */
  maxAliasCount: 100,
  /** Bracket depth at which the file is refused before the parser sees it. */
  maxRawFlowDepth: 1000,
  /** Syntax errors reported per file: the ones after the first are echoes of it. */
  maxSyntaxErrors: 1,
} as const

export interface ConfigDocument {
  /** Path relative to the workspace, forward slashes. */
  file: string
  /** The text without its byte order mark, if it had one (`bom`). */
  text: string
  bom: boolean
  doc: Document.Parsed
  lineCounter: LineCounter
  /** The document as plain data (aliases and merge keys resolved). */
  data: Record<string, unknown>
  /**
   * Set when the quick reader read the file (plain-yaml.ts): every scalar is in `data` once, and
   * there are no positions: reading `doc` or `lineCounter` throws PositionsNeeded.
   */
  plain?: PlainRead
}

/** A finding needs a place in a file the quick reader read: read it again with `yaml`. */
export class PositionsNeeded extends Error {
  constructor() {
    super('positions are needed')
    this.name = 'PositionsNeeded'
  }
}

// One instance, thrown every time: it is caught at once, and a stack trace per throw costs.
const POSITIONS_NEEDED = new PositionsNeeded()

export function needPositions(): never {
  throw POSITIONS_NEEDED
}

export type ParseResult =
  { ok: true; config: ConfigDocument; findings: Finding[] } | { ok: false; findings: Finding[] }

const START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** The file's text, once its size, encoding and bracket depth are known to be fine. */
export type DecodeResult =
  { ok: true; text: string; bom: boolean } | { ok: false; findings: Finding[] }

export function parseConfig(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeConfig(file, bytes)
  return decoded.ok ? parseText(file, decoded) : decoded
}

export function decodeConfig(file: string, bytes: Uint8Array): DecodeResult {
  const at = (rule: string, message: string, range: SourceRange = START): DecodeResult => ({
    ok: false,
    findings: [{ severity: 'error', rule, message, file, range }],
  })

  if (bytes.length > LIMITS.maxBytes) return at('yaml-size', tooLargeMessage(bytes.length))
  const decoded = decodeUtf8(bytes)
  if (typeof decoded !== 'string') {
    return at('yaml-encoding', decoded.message, decoded.range)
  }
  // A byte order mark is legal UTF-8 but not content: without it, columns are what an editor shows.
  const bom = decoded.startsWith('\uFEFF')
  const text = bom ? decoded.slice(1) : decoded

  const rawDepth = rawFlowDepthExceeded(text)
  if (rawDepth !== undefined) {
    const lineCounter = lineCounterFor(text)
    return at(
      'yaml-depth',
      `Nesting is too deep (more than ${LIMITS.maxDepth} levels)`,
      pointRange(lineCounter, rawDepth),
    )
  }
  return { ok: true, text, bom }
}

/** A config the quick reader read: its data, and the top-level keys' places, but no nodes. */
export function plainConfig(
  file: string,
  { text, bom }: { text: string; bom: boolean },
  plain: PlainRead,
): ConfigDocument {
  return {
    file,
    text,
    bom,
    data: plain.data,
    plain,
    get doc(): Document.Parsed {
      return needPositions()
    },
    get lineCounter(): LineCounter {
      return needPositions()
    },
  }
}

/** The decoded text through `yaml`, with positions. */
export function parseText(
  file: string,
  { text, bom }: { text: string; bom: boolean },
): ParseResult {
  const at = (rule: string, message: string, range: SourceRange = START): ParseResult => ({
    ok: false,
    findings: [{ severity: 'error', rule, message, file, range }],
  })

  const lineCounter = new LineCounter()
  const docs = parseAllDocuments(text, {
    lineCounter,
    keepSourceTokens: false,
    prettyErrors: false,
    uniqueKeys: false,
    merge: true,
    // Problems become findings; the library's own console warnings would only be noise.
    logLevel: 'error',
  })
  const documents = Array.isArray(docs) ? docs : []
  const first = documents[0]
  if (!first || first.contents === null) {
    if (first && first.errors.length > 0) return syntaxErrors(file, first, lineCounter)
    return at(
      'yaml-empty',
      'File is empty: a job config is a YAML mapping (key: value pairs) with an infrastructure section',
    )
  }
  if (first.errors.length > 0) return syntaxErrors(file, first, lineCounter)
  if (documents.length > 1) {
    const second = documents[1]!
    const start = second.range[0]
    return at(
      'yaml-multi-document',
      'More than one YAML document in the file: a job config is a single document (remove the extra ---)',
      rangeOf(lineCounter, [start, start + 3]),
    )
  }

  const root = first.contents
  if (!isMap(root)) {
    const kind = isScalar(root) ? describeScalar(root.value) : isAlias(root) ? 'an alias' : 'a list'
    const start = root.range?.[0] ?? 0
    const lineEnd = text.indexOf('\n', start)
    return at(
      'yaml-root',
      `A job config must be a mapping (key: value pairs) at the top level, not ${kind}`,
      rangeOf(lineCounter, [start, lineEnd === -1 ? text.length : lineEnd]),
    )
  }

  const structural = [
    ...tooDeep(file, root, lineCounter),
    ...duplicateKeys(file, root, lineCounter),
  ]
  if (structural.length > 0) return { ok: false, findings: structural }

  let data: unknown
  try {
    data = first.toJS({ maxAliasCount: LIMITS.maxAliasCount })
  } catch (error) {
    const alias = firstAlias(root)
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `Aliases expand to too much data (more than ${LIMITS.maxAliasCount} expansions): write the values out instead of nesting aliases`
        : `The document cannot be read: ${(error as Error).message}`
    return at('yaml-alias', message, alias ? nodeRange(lineCounter, alias) : START)
  }

  const findings: Finding[] = first.warnings.map((warning) => ({
    severity: 'warning' as const,
    rule: 'yaml-syntax',
    message: warning.message,
    file,
    range: rangeOf(lineCounter, warning.pos),
  }))
  return {
    ok: true,
    config: { file, text, bom, doc: first, lineCounter, data: data as Record<string, unknown> },
    findings,
  }
}

function syntaxErrors(file: string, doc: Document.Parsed, lineCounter: LineCounter): ParseResult {
  const findings: Finding[] = []
  for (const error of doc.errors.slice(0, LIMITS.maxSyntaxErrors)) {
    const depth = /call stack/i.test(error.message)
    findings.push({
      severity: 'error',
      rule: depth ? 'yaml-depth' : 'yaml-syntax',
      message: depth
        ? `Nesting is too deep (more than ${LIMITS.maxDepth} levels)`
        : syntaxMessage(error.message),
      file,
      range: rangeOf(lineCounter, error.pos),
    })
  }
  return { ok: false, findings: dedupeByPlace(findings) }
}

function syntaxMessage(message: string): string {
  const text = message.replace(/\s+at line \d+, column \d+.*$/s, '').trim()
  return `YAML syntax error: ${text.charAt(0).toLowerCase()}${text.slice(1)}`
}

function dedupeByPlace(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.range?.line}:${f.range?.column}:${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Walks the tree without recursion, so a hostile depth cannot overflow the stack. */
function tooDeep(file: string, root: Node, lineCounter: LineCounter): Finding[] {
  const stack: Array<[Node, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > LIMITS.maxDepth) {
      return [
        {
          severity: 'error',
          rule: 'yaml-depth',
          message: `Nesting is too deep (more than ${LIMITS.maxDepth} levels)`,
          file,
          range: nodeRange(lineCounter, node),
        },
      ]
    }
    if (isCollection(node)) {
      for (const item of node.items) {
        const value = isPair(item) ? item.value : item
        if (value && isCollection(value)) stack.push([value as Node, depth + 1])
      }
    }
  }
  return []
}

function duplicateKeys(file: string, root: Node, lineCounter: LineCounter): Finding[] {
  const findings: Finding[] = []
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isCollection(node)) continue
    const seen = new Map<string, Node>()
    for (const item of node.items) {
      const value = isPair(item) ? item.value : item
      if (value && isCollection(value)) stack.push(value as Node)
      if (!isMap(node) || !isPair(item) || !isScalar(item.key)) continue
      const key = keyText(item.key)!
      const earlier = seen.get(key)
      if (earlier && key !== '<<') {
        const line = earlier.range ? lineCounter.linePos(earlier.range[0]).line : 0
        findings.push({
          severity: 'error',
          rule: 'yaml-duplicate-key',
          message: `Duplicate key '${key}' (first defined on line ${line}): remove one of them`,
          file,
          range: nodeRange(lineCounter, item.key),
        })
      } else {
        seen.set(key, item.key)
      }
    }
  }
  return findings
}

function firstAlias(root: Node): Alias | undefined {
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isAlias(node)) return node
    if (isCollection(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]
        const value = isPair(item) ? item.value : item
        if (value) stack.push(value as Node)
      }
    }
  }
  return undefined
}

function describeScalar(value: unknown): string {
  if (value === null) return 'an empty value'
  if (typeof value === 'string') return 'a plain string'
  return `a ${typeof value}`
}

/** Offset of the first bracket past the raw depth limit, counting brackets outside quotes. */
function rawFlowDepthExceeded(text: string): number | undefined {
  // Past the limit needs more opening brackets than it: most files have a handful.
  let opening = 0
  for (const bracket of ['[', '{']) {
    for (let i = text.indexOf(bracket); i !== -1; i = text.indexOf(bracket, i + 1)) opening++
  }
  if (opening <= LIMITS.maxRawFlowDepth) return undefined
  let depth = 0
  let quote = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
      else if (c === 0x0a && quote === 0x27) quote = 0
      continue
    }
    if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > LIMITS.maxRawFlowDepth) return i
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--
  }
  return undefined
}

type DecodeFailure = { message: string; range: SourceRange }

// ignoreBOM keeps a byte order mark in the text, so parseConfig can note it (`bom`) and strip it itself.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function decodeUtf8(bytes: Uint8Array): string | DecodeFailure {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { message: 'File is UTF-16: save it as UTF-8', range: START }
    }
    const offset = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset))
    const lineStart = before.lastIndexOf('\n') + 1
    const line = countNewlines(before) + 1
    const column = [...before.slice(lineStart)].length + 1
    const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')
    return {
      message: `File is not valid UTF-8: byte 0x${hex} at line ${line}, column ${column} cannot be decoded (save the file as UTF-8)`,
      range: { line, column, endLine: line, endColumn: column + 1 },
    }
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const size =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0
    if (size === 0 || i + size > bytes.length) return i
    try {
      strictUtf8.decode(bytes.subarray(i, i + size))
    } catch {
      return i
    }
    i += size
  }
  return i
}

function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

function lineCounterFor(text: string): LineCounter {
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
    lineCounter.addNewLine(i + 1)
  return lineCounter
}

/** Said the same whether the size is seen before reading (read.ts) or after. */
export function tooLargeMessage(size: number): string {
  return `File is too large: ${formatBytes(size)} (a job config may be at most ${formatBytes(LIMITS.maxBytes)})`
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`
}

/** Range of [start, end) offsets; both ends 1-based line/column. */
export function rangeOf(
  lineCounter: LineCounter,
  [start, end]: readonly [number, number],
): SourceRange {
  const from = lineCounter.linePos(start)
  const to = lineCounter.linePos(Math.max(end, start + 1))
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col }
}

export function pointRange(lineCounter: LineCounter, offset: number): SourceRange {
  return rangeOf(lineCounter, [offset, offset + 1])
}

/** The node's own text (for a scalar: the value with its quotes, without comments). */
export function nodeRange(lineCounter: LineCounter, node: Node | ParsedNode): SourceRange {
  const range = node.range
  if (!range) return START
  return rangeOf(lineCounter, [range[0], range[1]])
}

/** A mapping key as text; merge keys (`<<`) come back as '<<'. */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined
  return typeof key.value === 'symbol' ? '<<' : String(key.value)
}

/** The source text of a scalar as written (e.g. `1.0`, not `1`). */
export function sourceText(config: ConfigDocument, node: Node): string {
  const range = node.range
  return range ? config.text.slice(range[0], range[1]) : ''
}

export type { YAMLMap }

/**
 * Text YAML 1.1 reads as itself: one line, a first letter no 1.1 number or timestamp starts with
 * (not ~ . + - digits, and not e, as `yaml` reads `e1` as a float), then no character that means
 * anything in YAML, and none of 1.1's bool and null words (`team-a`, `nightly` and `ops` are
 * strings; `on` and `No` are not).
 */
const PLAIN_11 = /^[a-df-zA-DF-Z_](?:[\w ./@-]*[\w./@-])?$/
const BOOL_NULL_11 =
  /^(?:[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[Nn]ull|NULL)$/
const readings11 = new Map<string, unknown>()

/** How a YAML 1.1 reader (PyYAML, so Dativo itself) would read a plain scalar. */
export function yaml11Reading(written: string): unknown {
  if (PLAIN_11.test(written) && !BOOL_NULL_11.test(written)) return written
  if (readings11.has(written)) return readings11.get(written)
  let reading: unknown
  try {
    // Quiet: a value such as '%{ … }' is a bad directive to YAML, which would warn on stderr.
    reading = parseYaml(written, { version: '1.1', logLevel: 'error' })
  } catch {
    reading = written
  }
  // Tag values repeat across a workspace's configs; the bound keeps a hostile one from growing it.
  if (readings11.size >= 4096) readings11.clear()
  readings11.set(written, reading)
  return reading
}
