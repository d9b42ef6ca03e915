// Writing a value into the CST token of a scalar, so that only that token's text changes. The
// token keeps its style where the style can hold the value (a quoted string stays quoted the
// same way, a block scalar stays a block with its indentation); every choice is checked by
// reading the new text back, with YAML 1.2 and with YAML 1.1 (Dativo reads configs with PyYAML).
import { CST, parse, Parser, stringify } from 'yaml'
import type { Scalar } from 'yaml'
import { yaml11Reading } from '../config/document.js'

export type ValueToken = CST.FlowScalar | CST.BlockScalar | CST.FlowCollection

export interface RenderContext {
  /** The value sits inside a flow collection, where `,[]{}` end a plain scalar. */
  inFlow: boolean
  /** The file's line ending, for the lines of a block scalar. */
  eol: string
}

/** A whole-scalar placeholder's value, whatever its JSON type (CONTRACT §7: it keeps its type). */
export function renderValue(token: ValueToken, value: unknown, context: RenderContext): void {
  if (typeof value === 'string') return renderText(token, value, context)
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
    return setFlowCollection(token, flowSource(value))
  }
  CST.setScalarValue(token, primitiveSource(value), { type: 'PLAIN', inFlow: context.inFlow })
}

/** Spans of a scalar's current value to replace, each with its new text, in order. */
export interface TextEdit {
  old: string
  spans: Array<{ start: number; end: number; text: string }>
}

/**
 * A string value; the scalar keeps its quoting or block style when that style can hold it. With
 * `edit`, only the changed spans are rewritten where they are written, so the rest of a folded
 * or multi-line scalar keeps its lines and escapes.
 */
export function renderText(
  token: ValueToken,
  text: string,
  context: RenderContext,
  edit?: TextEdit,
): void {
  if (edit && substitute(token, text, edit, context)) return
  if (token.type === 'block-scalar') {
    const block = blockSource(token, text, context.eol)
    if (block) {
      const header = token.props[0] as CST.SourceToken
      header.source = block.header
      token.source = block.body
      return
    }
  }
  const preferred: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' =
    token.type === 'single-quoted-scalar'
      ? 'QUOTE_SINGLE'
      : token.type === 'double-quoted-scalar' || token.type === 'block-scalar'
        ? 'QUOTE_DOUBLE'
        : 'PLAIN'
  const source =
    (preferred === 'QUOTE_DOUBLE' ? undefined : flowScalarSource(text, preferred, context)) ??
    doubleQuoted(text, context)
  const type: Scalar.Type =
    source[0] === '"' ? 'QUOTE_DOUBLE' : source[0] === "'" ? 'QUOTE_SINGLE' : 'PLAIN'
  CST.setScalarValue(token, text, { type, inFlow: context.inFlow })
  // The library may break a long or multi-line string over lines; the checked source is one line.
  ;(token as CST.FlowScalar).source = source
}

/** Rewrites the spans in the scalar's source; false when the result would not read as `text`. */
function substitute(
  token: ValueToken,
  text: string,
  edit: TextEdit,
  context: RenderContext,
): boolean {
  if (token.type === 'flow-collection' || token.type === 'alias') return false
  const source = token.source
  const changes: Array<{ at: number; length: number; text: string }> = []
  for (const span of edit.spans) {
    const old = edit.old.slice(span.start, span.end)
    if (old === span.text) continue
    const written = escapeFor(token.type, span.text)
    if (old === '' || written === undefined) return false
    // The n-th time this text occurs in the value is taken to be the n-th time in the source;
    // reading the result back below is what proves it.
    const at = nthIndexOf(source, old, occurrencesBefore(edit.old, old, span.start))
    const previous = changes[changes.length - 1]
    if (at === -1 || (previous && at < previous.at + previous.length)) return false
    changes.push({ at, length: old.length, text: written })
  }
  let next = source
  for (const change of [...changes].reverse()) {
    next = next.slice(0, change.at) + change.text + next.slice(change.at + change.length)
  }
  const scratch = { ...token, source: next }
  if (readScalar(scratch) !== text) return false
  if (token.type === 'scalar') {
    if (readsAs(next, context) !== text || yaml11Reading(next) !== text) return false
  }
  token.source = next
  return true
}

function escapeFor(type: ValueToken['type'], text: string): string | undefined {
  if (type === 'double-quoted-scalar') return jsonString(text).slice(1, -1)
  if (/[\n\r\p{Cc}\u2028\u2029\uFEFF]/u.test(text.replace(/\t/g, ''))) return undefined
  if (type === 'single-quoted-scalar') return text.replace(/'/g, "''")
  return text
}

function occurrencesBefore(text: string, part: string, end: number): number {
  let count = 0
  for (let i = text.indexOf(part); i !== -1 && i < end; i = text.indexOf(part, i + part.length)) {
    count++
  }
  return count
}

function nthIndexOf(text: string, part: string, n: number): number {
  let i = text.indexOf(part)
  for (let k = 0; k < n && i !== -1; k++) i = text.indexOf(part, i + part.length)
  return i
}

/** Plain or single-quoted source for the string, if that style holds it on one line. */
function flowScalarSource(
  text: string,
  type: 'PLAIN' | 'QUOTE_SINGLE',
  context: RenderContext,
): string | undefined {
  if (/[\n\r\p{Cc}\u2028\u2029\uFEFF]/u.test(text)) return undefined
  const scratch: CST.FlowScalar = { type: 'scalar', offset: 0, indent: 0, source: '' }
  CST.setScalarValue(scratch, text, { type, inFlow: context.inFlow })
  const expected = type === 'PLAIN' ? 'scalar' : 'single-quoted-scalar'
  if (scratch.type !== expected || /[\n\r]/.test(scratch.source)) return undefined
  if (readScalar(scratch) !== text) return undefined
  if (type === 'PLAIN') {
    // A plain scalar must also mean the same string to a schema: `42`, `true`, `yes`, `~` do not.
    if (readsAs(scratch.source, context) !== text || yaml11Reading(scratch.source) !== text) {
      return undefined
    }
  }
  return scratch.source
}

/** A double-quoted scalar on one line: the library's escapes, or JSON's when it would fold. */
export function doubleQuoted(text: string, context: RenderContext): string {
  const scratch: CST.FlowScalar = { type: 'scalar', offset: 0, indent: 0, source: '' }
  CST.setScalarValue(scratch, text, { type: 'QUOTE_DOUBLE', inFlow: context.inFlow })
  if (!/[\n\r]/.test(scratch.source) && readScalar(scratch) === text) return scratch.source
  return jsonString(text)
}

/** JSON's escapes are YAML's too; characters YAML does not allow raw are escaped as well. */
export function jsonString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function primitiveSource(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number' && Number.isFinite(value)) {
    // PyYAML reads `1e+21` as a string: its float pattern wants a dot.
    const text = String(value)
    return /e/.test(text) && !/\./.test(text) ? text.replace('e', '.0e') : text
  }
  throw new Error(`Cannot write ${typeof value} ${String(value)} as a YAML value`)
}

/** One-line flow text for a list or map: the library's style, or JSON's when that is not safe. */
export function flowSource(value: unknown): string {
  const styled = stringify(value, {
    collectionStyle: 'flow',
    lineWidth: 0,
    version: '1.1',
  }).replace(/\n$/, '')
  if (!/[\n\r]/.test(styled) && readsSame(styled, value)) return styled
  return jsonFlow(value)
}

function jsonFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonFlow).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${jsonString(k)}: ${jsonFlow(v)}`)
    return `{${entries.join(', ')}}`
  }
  return typeof value === 'string' ? jsonString(value) : primitiveSource(value)
}

function readsSame(source: string, value: unknown): boolean {
  try {
    return sameData(parse(source), value) && sameData(parse(source, { version: '1.1' }), value)
  } catch {
    return false
  }
}

/** Turns the token into a flow collection parsed from `source`, keeping what trailed the old value. */
function setFlowCollection(token: ValueToken, source: string): void {
  const [document] = new Parser().parse(source)
  const parsed = document?.type === 'document' ? document.value : undefined
  if (parsed?.type !== 'flow-collection' || !parsed.end[0]) {
    throw new Error(`Not a flow collection: ${source}`)
  }
  const trailing =
    token.type === 'flow-collection'
      ? token.end.slice(1)
      : token.type === 'block-scalar'
        ? token.props.slice(1)
        : (token.end ?? [])
  const { offset, indent } = token
  for (const key of Object.keys(token)) if (key !== 'type') delete (token as never)[key]
  Object.assign(token, {
    type: 'flow-collection',
    offset,
    indent,
    start: parsed.start,
    items: parsed.items,
    end: [parsed.end[0], ...trailing],
  })
}

/**
 * A block scalar's new header and lines for `text`, at the block's own indentation and line
 * ending; undefined when the block style cannot hold the text as written here (edge spaces,
 * more-indented folded lines, control characters), and the caller quotes it instead.
 */
function blockSource(
  token: CST.BlockScalar,
  text: string,
  eol: string,
): { header: string; body: string } | undefined {
  const header = token.props[0]
  if (header?.type !== 'block-scalar-header') return undefined
  const literal = header.source.startsWith('|')
  const indicator = /[1-9]/.exec(header.source)?.[0]
  const firstLine = /^( *)\S/m.exec(token.source)
  const indent = indicator ? token.indent + Number(indicator) : firstLine?.[1]?.length
  if (indent === undefined || indent === 0) return undefined

  const trailing = /\n*$/.exec(text)![0].length
  const content = text.slice(0, text.length - trailing)
  if (
    content === '' ||
    /[\r\p{Cc}\u2028\u2029\uFEFF]/u.test(content.replace(/[\n\t]/g, '')) ||
    /\n[\t ]*$/.test(content) ||
    (!indicator && content.startsWith(' ')) ||
    (!literal && /(?:^|\n)[\t ]/.test(content))
  ) {
    return undefined
  }
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+'
  // Folded: one line break in the value is a blank line in the source; lines are never re-wrapped.
  const lines = (literal ? content : content.replace(/\n+/g, '\n$&')).split('\n')
  for (let i = 1; i < trailing; i++) lines.push('')
  const pad = ' '.repeat(indent)
  let body = lines.map((line) => (line === '' ? '' : pad + line)).join(eol) + eol
  // Blank lines after the block that belonged to its source stay, byte for byte.
  const oldChomp = /[-+]/.exec(header.source)?.[0] ?? ''
  const blankAfter = oldChomp !== '+' && chomp !== '+' ? endOfContent(token.source) : ''
  if (blankAfter === '' && !token.source.endsWith('\n')) body = body.slice(0, -eol.length)
  else body += blankAfter

  const headers = [
    oldChomp === chomp ? header.source : undefined,
    (literal ? '|' : '>') + (indicator ?? '') + chomp,
  ]
  for (const candidate of headers) {
    if (candidate === undefined) continue
    const scratch: CST.BlockScalar = {
      ...token,
      props: [
        { ...header, source: candidate },
        { type: 'newline', offset: 0, indent: 0, source: '\n' },
      ],
      source: body,
    }
    if (readScalar(scratch) === text) return { header: candidate, body }
  }
  return undefined
}

/** The source after its last line holding content, i.e. the trailing blank lines. */
function endOfContent(source: string): string {
  const lines = source.split(/(?<=\n)/)
  let i = lines.length
  while (i > 0 && /^[ \t]*\r?\n?$/.test(lines[i - 1]!)) i--
  return lines.slice(i).join('')
}

function readScalar(token: CST.FlowScalar | CST.BlockScalar): string | undefined {
  try {
    return CST.resolveAsScalar(token, true, () => {
      throw new Error('invalid')
    }).value
  } catch {
    return undefined
  }
}

function readsAs(source: string, context: RenderContext): unknown {
  try {
    const data: unknown = parse(context.inFlow ? `[${source}]` : source)
    return context.inFlow ? (data as unknown[])[0] : data
  } catch {
    return undefined
  }
}

/** Equal as plain data: same types, same list order, same map keys in any order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameData(item, b[i]))
    )
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  )
}
