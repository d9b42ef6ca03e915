// A quick reader for YAML as job configs are written: block mappings and sequences, one-line
// scalars (plain, single-quoted, double-quoted without escapes), one-line flow sequences of
// scalars, comments and blank lines. For such text it returns the data `yaml` makes of it, several
// times faster; for anything else (anchors, aliases, tags, merge keys, block scalars, flow
// mappings, scalars over several lines, escapes, tabs, CR, duplicate keys, keys that are not
// strings, …) it returns undefined and the caller reads the text with `yaml`, which has the last
// word. __tests__/config/plain-yaml.test.ts holds the two together.
import { isScalar, Schema } from 'yaml'
import type { SourceRange } from '../findings.js'

export interface PlainRead {
  /** The document as `yaml` turns it into data. */
  data: Record<string, unknown>
  /**
   * Where the key a data path ends in is written, as `yaml` places the key node; undefined when
   * the path does not end in a mapping key that exists.
   */
  keyAt(segments: readonly string[]): SourceRange | undefined
  /**
   * Where the value at a data path is written, as `yaml` places it, when it is a scalar written
   * out (not an empty value, not a collection).
   */
  valueAt(segments: readonly string[]): SourceRange | undefined
  /** The offsets of that scalar in the text, its quotes included, as `yaml`'s node range. */
  scalarAt(segments: readonly string[]): { start: number; end: number } | undefined
  /** Every scalar value written out (keys aside), with its data path and offsets. */
  scalars(): Array<{ segments: string[]; start: number; end: number }>
  /** Where the document's first key is written. */
  firstKey(): SourceRange | undefined
  /** The place of the text between two offsets, as `yaml`'s LineCounter gives it. */
  rangeOf(start: number, end: number): SourceRange
}

/** Where a key and its value are written; for a scalar value, its offsets too. */
interface Place {
  key?: SourceRange
  value?: SourceRange
  start?: number
  end?: number
}

/** Nesting past this is left to `yaml`, which reports it (document.ts, LIMITS.maxDepth). */
const MAX_DEPTH = 32
/** `yaml` refuses implicit keys longer than 1024 characters; long keys are left to it. */
const MAX_KEY = 1000

/** Anything but line feeds, printable ASCII and the usual Unicode (no C1, BOM, line separators, surrogates). */
const UNUSUAL = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/

/** The tags `yaml` tries on a plain scalar (the core schema, as document.ts parses). */
const CORE_TAGS = new Schema({ merge: true }).tags.flatMap((tag) =>
  tag.default === true && !('collection' in tag && tag.collection) && tag.test ? [tag] : [],
)
/** Every core tag's test other than a string's needs one of these first characters. */
const MAYBE_TYPED = /^[-+.~0-9nNtTfF]/
const RESOLVE_OPTIONS = { intAsBigInt: false }

const DOUBT = Symbol('doubt')

const SPACE = 0x20
const HASH = 0x23
const COLON = 0x3a
const DASH = 0x2d
const DQUOTE = 0x22
const SQUOTE = 0x27
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

/** Characters that start something other than a plain scalar, or that `yaml` reserves. */
const INDICATOR = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)))
/** Characters that end a plain scalar inside a flow sequence. */
const FLOW_END = new Set([...',[]{}'].map((c) => c.charCodeAt(0)))

/** The data of `text` when it is a plain job config as described above, else undefined. */
export function readPlainYaml(text: string): PlainRead | undefined {
  if (UNUSUAL.test(text)) return undefined
  let reader: Reader
  let data: Record<string, unknown>
  try {
    reader = new Reader(text, undefined)
    data = reader.document()
  } catch (error) {
    if (error === DOUBT) return undefined
    throw error
  }
  // Top-level keys' places come with the first reading (every valid job's place is its
  // `infrastructure` key); the rest only when a finding asks: the text is read again for them.
  const rootKeys = reader.rootKeys
  let places: Map<string, Place> | undefined
  let lineStarts: readonly number[] | undefined
  const allPlaces = (): Map<string, Place> => {
    if (!places) {
      places = new Map()
      const again = new Reader(text, places)
      again.document()
      lineStarts = again.lineStarts
    }
    return places
  }
  const placeOf = (segments: readonly string[]) => allPlaces().get(segments.join(PATH_SEPARATOR))
  const position = (offset: number) => {
    allPlaces()
    const starts = lineStarts!
    // The last line that starts at or before the offset.
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1 }
  }
  return {
    data,
    keyAt: (segments) =>
      segments.length === 1 ? rootKeys.get(segments[0]!) : placeOf(segments)?.key,
    valueAt: (segments) => placeOf(segments)?.value,
    scalarAt: (segments) => {
      const place = placeOf(segments)
      return place?.start === undefined ? undefined : { start: place.start, end: place.end! }
    },
    scalars: () =>
      [...allPlaces()].flatMap(([joined, place]) =>
        place.start === undefined
          ? []
          : [{ segments: joined.split(PATH_SEPARATOR), start: place.start, end: place.end! }],
      ),
    firstKey: () => rootKeys.values().next().value,
    rangeOf: (start, end) => {
      const from = position(start)
      const to = position(Math.max(end, start + 1))
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
    },
  }
}

/** Joins a path's segments into a map key; no text the reader accepts holds it. */
const PATH_SEPARATOR = '\u0000'

function doubt(): never {
  throw DOUBT
}

class Reader {
  private readonly starts: number[] = []
  /** Where each line of the text starts. */
  get lineStarts(): readonly number[] {
    return this.starts
  }
  private readonly ends: number[] = []
  /** Spaces before the line's first character; -1 for a blank or comment line. */
  private readonly indents: number[] = []
  private line = 0
  private depth = 0
  /** Where each top-level key is written. */
  readonly rootKeys = new Map<string, SourceRange>()
  /** The data path of the value being read, when places are recorded. */
  private readonly path: string[] = []
  /** Where the scalar `inline` read last was written: [start, end); start is -1 after a collection. */
  private scalarStart = -1
  private scalarEnd = -1

  constructor(
    private readonly text: string,
    private readonly places: Map<string, Place> | undefined,
  ) {
    let start = 0
    while (start <= text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      let first = start
      while (first < end && text.charCodeAt(first) === SPACE) first++
      const content = first < end && text.charCodeAt(first) !== HASH
      if (content && first === start && /^(?:---|\.\.\.|%)/.test(text.slice(start, start + 3)))
        doubt()
      this.starts.push(start)
      this.ends.push(end)
      this.indents.push(content ? first - start : -1)
      start = end + 1
    }
  }

  document(): Record<string, unknown> {
    this.line = this.nextContent(0)
    if (this.line >= this.starts.length || this.indents[this.line] !== 0) doubt()
    if (this.isDash(this.line)) doubt()
    const data = this.map(0)
    if (this.line < this.starts.length) doubt()
    return data
  }

  /** Records where the current path's key and value are written (`value` for scalars only). */
  private record(line: number, key: [number, number] | undefined, value: boolean): void {
    const place: Place = {}
    const lineStart = this.starts[line]!
    const range = (start: number, end: number): SourceRange => ({
      line: line + 1,
      column: start - lineStart + 1,
      endLine: line + 1,
      endColumn: end - lineStart + 1,
    })
    if (key) place.key = range(key[0], key[1])
    if (value) {
      place.value = range(this.scalarStart, this.scalarEnd)
      place.start = this.scalarStart
      place.end = this.scalarEnd
    }
    this.places!.set(this.path.join(PATH_SEPARATOR), place)
  }

  private nextContent(line: number): number {
    while (line < this.indents.length && this.indents[line]! < 0) line++
    return line
  }

  /** A `-` item marker at the line's indentation. */
  private isDash(line: number): boolean {
    const at = this.starts[line]! + this.indents[line]!
    return (
      this.text.charCodeAt(at) === DASH &&
      (at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE)
    )
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) doubt()
  }

  /** A block mapping whose first key starts at column `indent` of the current line. */
  private map(indent: number): Record<string, unknown> {
    this.enter()
    const result: Record<string, unknown> = {}
    for (;;) {
      const line = this.line
      const end = this.ends[line]!
      const at = this.starts[line]! + indent
      const key = this.key(at, end)
      if (Object.prototype.hasOwnProperty.call(result, key.name)) doubt()
      if (this.depth === 1) {
        const column = at - this.starts[line]! + 1
        this.rootKeys.set(key.name, {
          line: line + 1,
          column,
          endLine: line + 1,
          endColumn: column + (key.end - at),
        })
      }
      this.path.push(key.name)
      const valueAt = this.skipSpaces(key.after, end)
      if (valueAt === end || this.text.charCodeAt(valueAt) === HASH) {
        if (this.places) this.record(line, [at, key.end], false)
        result[key.name] = this.nested(indent, true)
      } else {
        result[key.name] = this.inline(valueAt, end)
        if (this.places) this.record(line, [at, key.end], this.scalarStart >= 0)
      }
      this.path.pop()
      if (this.line >= this.starts.length) break
      const next = this.indents[this.line]!
      if (next < indent) break
      if (next > indent || this.isDash(this.line)) doubt()
    }
    this.depth--
    return result
  }

  /** A block sequence of `-` items at column `indent`, starting on the current line. */
  private sequence(indent: number): unknown[] {
    this.enter()
    const result: unknown[] = []
    for (;;) {
      const line = this.line
      const end = this.ends[line]!
      const at = this.skipSpaces(this.starts[line]! + indent + 1, end)
      const c = this.text.charCodeAt(at)
      this.path.push(String(result.length))
      if (at === end || c === HASH) {
        if (this.places) this.record(line, undefined, false)
        result.push(this.nested(indent, false))
      } else if (c === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE)) {
        doubt()
      } else if (this.startsKey(at, end)) {
        if (this.places) this.record(line, undefined, false)
        result.push(this.map(at - this.starts[line]!))
      } else {
        result.push(this.inline(at, end))
        if (this.places) this.record(line, undefined, this.scalarStart >= 0)
      }
      this.path.pop()
      if (this.line >= this.starts.length) break
      const next = this.indents[this.line]!
      if (next < indent) break
      if (next > indent) doubt()
      if (!this.isDash(this.line)) break
    }
    this.depth--
    return result
  }

  /**
   * The value of a key or item with nothing after it on its line: a block collection on the
   * lines below, or null. A sequence may sit at its key's own indentation.
   */
  private nested(indent: number, sequenceAtIndent: boolean): unknown {
    const next = this.nextContent(this.line + 1)
    this.line = next
    if (next < this.starts.length) {
      const at = this.indents[next]!
      if (at > indent) return this.isDash(next) ? this.sequence(at) : this.map(at)
      if (at === indent && sequenceAtIndent && this.isDash(next)) return this.sequence(at)
    }
    return null
  }

  /** A scalar or flow sequence filling the rest of the line (a comment may follow). */
  private inline(at: number, end: number): unknown {
    const text = this.text
    const c = text.charCodeAt(at)
    let value: unknown
    let after: number
    const line = this.line
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(at, end)
      value = quoted.value
      after = quoted.after
      this.scalarStart = at
      this.scalarEnd = after
    } else if (c === OPEN_BRACKET) {
      const flow = this.flowSequence(at, end, line)
      value = flow.value
      after = flow.after
      this.scalarStart = -1
    } else {
      if (INDICATOR.has(c) || c === BACKSLASH) doubt()
      if (c === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE)) doubt()
      let stop = end
      for (let i = at + 1; i < end; i++) {
        const ch = text.charCodeAt(i)
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) {
          stop = i
          break
        }
        if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) doubt()
      }
      while (text.charCodeAt(stop - 1) === SPACE) stop--
      value = resolvePlain(text.slice(at, stop))
      after = end
      this.scalarStart = at
      this.scalarEnd = stop
    }
    this.lineRest(after, end)
    this.line = this.nextContent(this.line + 1)
    return value
  }

  /** After a value: spaces, then nothing or a comment. */
  private lineRest(after: number, end: number): void {
    const at = this.skipSpaces(after, end)
    if (at < end && (this.text.charCodeAt(at) !== HASH || at === after)) doubt()
  }

  /** `[a, "b", 1]` on one line, of scalars only. */
  private flowSequence(
    open: number,
    end: number,
    line: number,
  ): { value: unknown[]; after: number } {
    this.enter()
    const text = this.text
    const items: unknown[] = []
    let at = this.skipSpaces(open + 1, end)
    if (text.charCodeAt(at) === CLOSE_BRACKET) {
      this.depth--
      return { value: items, after: at + 1 }
    }
    for (;;) {
      if (at >= end) doubt()
      const c = text.charCodeAt(at)
      this.scalarStart = at
      if (c === DQUOTE || c === SQUOTE) {
        const quoted = this.quoted(at, end)
        items.push(quoted.value)
        at = quoted.after
        this.scalarEnd = at
      } else {
        if (INDICATOR.has(c) || c === BACKSLASH || c === DASH) {
          // `-1` is a plain scalar, `- ` and `-,` are not; other indicators are left to `yaml`.
          const next = text.charCodeAt(at + 1)
          if (c !== DASH || at + 1 >= end || next === SPACE || FLOW_END.has(next)) doubt()
        }
        let stop = at + 1
        for (; stop < end; stop++) {
          const ch = text.charCodeAt(stop)
          if (FLOW_END.has(ch)) break
          if (ch === COLON || (ch === HASH && text.charCodeAt(stop - 1) === SPACE)) doubt()
        }
        if (stop >= end) doubt()
        let valueEnd = stop
        while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--
        items.push(resolvePlain(text.slice(at, valueEnd)))
        at = stop
        this.scalarEnd = valueEnd
      }
      if (this.places) {
        this.path.push(String(items.length - 1))
        this.record(line, undefined, true)
        this.path.pop()
      }
      at = this.skipSpaces(at, end)
      const c2 = text.charCodeAt(at)
      if (c2 === CLOSE_BRACKET) {
        this.depth--
        return { value: items, after: at + 1 }
      }
      if (c2 !== COMMA) doubt()
      at = this.skipSpaces(at + 1, end)
      if (text.charCodeAt(at) === CLOSE_BRACKET) doubt()
    }
  }

  /** A quoted scalar closed on its own line; double-quoted ones without escapes. */
  private quoted(open: number, end: number): { value: string; after: number } {
    const text = this.text
    if (text.charCodeAt(open) === DQUOTE) {
      const close = text.indexOf('"', open + 1)
      if (close === -1 || close >= end) doubt()
      const value = text.slice(open + 1, close)
      if (value.includes('\\')) doubt()
      return { value, after: close + 1 }
    }
    let value = ''
    let from = open + 1
    for (;;) {
      const close = text.indexOf("'", from)
      if (close === -1 || close >= end) doubt()
      value += text.slice(from, close)
      if (text.charCodeAt(close + 1) !== SQUOTE) return { value, after: close + 1 }
      value += "'"
      from = close + 2
    }
  }

  /** Whether the item at `at` is `key: value` (a mapping inside the sequence). */
  private startsKey(at: number, end: number): boolean {
    const text = this.text
    const c = text.charCodeAt(at)
    let from = at
    if (c === DQUOTE || c === SQUOTE) {
      from = this.quoted(at, end).after
      return text.charCodeAt(from) === COLON
    }
    for (let i = from; i < end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === HASH && i > at && text.charCodeAt(i - 1) === SPACE) return false
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return true
    }
    return false
  }

  /** A mapping key at `at`, with the position after its `:`. */
  private key(at: number, end: number): { name: string; end: number; after: number } {
    const text = this.text
    const c = text.charCodeAt(at)
    let name: string
    let keyEnd: number
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(at, end)
      name = quoted.value
      keyEnd = quoted.after
    } else {
      if (INDICATOR.has(c) || c === BACKSLASH || c === DASH) doubt()
      keyEnd = at + 1
      for (; keyEnd < end; keyEnd++) {
        const ch = text.charCodeAt(keyEnd)
        if (ch === COLON) break
        if (ch === HASH || FLOW_END.has(ch) || ch === DQUOTE || ch === SQUOTE) doubt()
      }
      if (keyEnd >= end || text.charCodeAt(keyEnd - 1) === SPACE) doubt()
      name = text.slice(at, keyEnd)
      if (typeof resolvePlain(name) !== 'string') doubt()
    }
    if (keyEnd - at > MAX_KEY || name === '<<' || name === '__proto__') doubt()
    if (text.charCodeAt(keyEnd) !== COLON) doubt()
    const after = keyEnd + 1
    if (after < end && text.charCodeAt(after) !== SPACE) doubt()
    return { name, end: keyEnd, after }
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++
    return at
  }
}

/** A plain scalar as `yaml`'s core schema reads it: null, boolean, number or string. */
export function resolvePlain(source: string): unknown {
  if (source !== '' && !MAYBE_TYPED.test(source)) return source
  for (const tag of CORE_TAGS) {
    if (!tag.test!.test(source)) continue
    const resolved = (tag.resolve as (s: string, e: () => never, o: object) => unknown)(
      source,
      doubt,
      RESOLVE_OPTIONS,
    )
    return isScalar(resolved) ? resolved.value : resolved
  }
  return source
}
