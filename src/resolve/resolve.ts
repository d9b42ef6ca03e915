// Placeholder resolution (CONTRACT §7): Terraform outputs written into a job config so that the
// only bytes that change are the placeholder scalars and, in place, their marker comments.
//
// The file is parsed once more into CST tokens; each value is written into its own token
// (render.ts), markers are inserted as comment tokens after it, and the tokens are printed back
// as they are. The result is read again and compared node by node with the original before
// anyone may write it: outside the placeholders, nothing may mean something else.
import { Composer, CST, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Parser } from 'yaml'
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { parseConfig, rangeOf } from '../config/document.js'
import { findPlaceholders, malformedInScalar, wholePlaceholder } from '../config/placeholders.js'
import { closest, levenshtein } from '../util/text.js'
import { compareFindings } from '../findings.js'
import type { AddFinding, Finding, SourceRange } from '../findings.js'
import { fitsTemplate, markerText, matchTemplate, parseMarker } from './marker.js'
import type { Marker } from './marker.js'
import { KNOWN_AFTER_APPLY, SENSITIVE } from './outputs.js'
import type { PlannedOutputs, TerraformOutputs } from './outputs.js'
import { renderText, renderValue, sameData } from './render.js'
import type { TextEdit, ValueToken } from './render.js'

export interface ResolveOptions {
  /** Let a sensitive output be written (`allow-sensitive-outputs`). */
  allowSensitive: boolean
  /** Keep each placeholder as a trailing comment on its value (in place, not for output-dir). */
  markers: boolean
}

export interface Replacement {
  /** The output's name. */
  name: string
  /** Where the placeholder stands in the original file: in the value, or in its marker. */
  line: number
  column: number
  /** The value written; `(sensitive)` for a sensitive output, as a preview shows unknown ones. */
  value: unknown
  sensitive: boolean
  /** Whether the scalar holding it changed. */
  changed: boolean
}

export interface Resolution {
  file: string
  /** The file's text as read (with its byte order mark, if any). */
  before: string
  /** The text to write; equal to `before` when nothing changes or anything is wrong. */
  after: string
  changed: boolean
  replacements: Replacement[]
  findings: Finding[]
}

/** Writes applied outputs (`terraform output -json`) into one config's text. */
export function resolveConfig(
  file: string,
  bytes: Uint8Array,
  outputs: TerraformOutputs,
  options: ResolveOptions,
): Resolution {
  return resolveWith(file, bytes, options, Object.keys(outputs), (name) => {
    const output = Object.hasOwn(outputs, name) ? outputs[name] : undefined
    return output && { value: output.value, sensitive: output.sensitive }
  })
}

/**
 * The text a plan would lead to, for a preview only: values apply decides read
 * `(known after apply)` and sensitive ones `(sensitive)`, so this text is never written.
 */
export function previewConfig(
  file: string,
  bytes: Uint8Array,
  planned: PlannedOutputs,
  options: ResolveOptions,
): Resolution {
  return resolveWith(file, bytes, options, Object.keys(planned), (name) => {
    const output = Object.hasOwn(planned, name) ? planned[name] : undefined
    if (!output) return undefined
    const display = !output.known ? KNOWN_AFTER_APPLY : output.sensitive ? SENSITIVE : undefined
    return { value: output.value, sensitive: output.sensitive, display }
  })
}

interface Lookup {
  value: unknown
  sensitive: boolean
  /** Text shown instead of the value (a preview). */
  display?: string
}

type Target =
  | { kind: 'value'; value: unknown }
  /** `pieces`: the text each placeholder becomes, in order. */
  | { kind: 'text'; text: string; pieces: string[] }

/** A value that resolution rewrites: from a placeholder in it, or from its marker. */
interface Site {
  node: Scalar | YAMLMap | YAMLSeq
  token: ValueToken
  inFlow: boolean
  template: string
  /** Where the template's text starts in the file, to place findings on its placeholders. */
  templateSource: { start: number; end: number }
  fromMarker: boolean
  trail: Trail | undefined
  marker: { comment: CST.SourceToken; parsed: Marker } | undefined
}

/** What follows a value on its line: where a marker goes, and the comment already there. */
interface Trail {
  /** Insert after this comma, or (undefined) right after the value. */
  after?: CST.SourceToken
  comment?: CST.SourceToken
}

function resolveWith(
  file: string,
  bytes: Uint8Array,
  options: ResolveOptions,
  outputNames: string[],
  lookup: (name: string) => Lookup | undefined,
): Resolution {
  const parsed = parseConfig(file, bytes)
  if (!parsed.ok) {
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    return unchanged(file, before, parsed.findings)
  }
  const { text, lineCounter, bom } = parsed.config
  const before = (bom ? '\uFEFF' : '') + text
  const findings: Finding[] = [...parsed.findings]
  const add: Add = (severity, rule, message, range, hint) =>
    findings.push({ severity, rule, message, file, range, ...(hint ? { hint } : {}) })

  const tokens = Array.from(new Parser().parse(text))
  const [doc] = Array.from(
    new Composer({ keepSourceTokens: true, uniqueKeys: false, merge: true }).compose(tokens),
  )
  if (!doc || doc.errors.length > 0) {
    add('error', 'resolve-failed', 'The file could not be read again for editing', point(1, 1))
    return unchanged(file, before, findings)
  }
  const index = indexTokens(tokens)
  const place = (start: number, end: number) => rangeOf(lineCounter, [start, end])
  const sites = collectSites(doc, text, index, options, place, add)

  const replacements: Replacement[] = []
  const plans: Array<{ site: Site; target: Target; changed: boolean }> = []
  for (const site of sites) {
    const resolved = targetFor(site, text, outputNames, lookup, options, place, add)
    if (!resolved) continue
    const changed = !holds(doc, site.node, resolved.target)
    plans.push({ site, target: resolved.target, changed })
    for (const replacement of resolved.replacements) replacements.push({ ...replacement, changed })
  }
  if (findings.some((f) => f.severity === 'error')) return unchanged(file, before, findings)

  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  for (const { site, target, changed } of plans) {
    if (changed) {
      const context = { inFlow: site.inFlow, eol: lineEnding(site.token) ?? eol }
      if (target.kind === 'value') renderValue(site.token, target.value, context)
      else renderText(site.token, target.text, context, textEdit(site, target.pieces))
    }
    if (options.markers && !site.fromMarker) keepMarker(site, index)
  }
  const after = (bom ? '\uFEFF' : '') + tokens.map((token) => CST.stringify(token)).join('')

  const problem = after === before ? undefined : checkResult(file, after, doc, plans)
  if (problem) {
    add('error', 'resolve-failed', problem, point(1, 1))
    return unchanged(file, before, findings)
  }
  return {
    file,
    before,
    after,
    changed: after !== before,
    replacements,
    findings: findings.sort(compareFindings),
  }
}

/** Nothing is written: the text as it was, and what was found. */
function unchanged(file: string, before: string, findings: Finding[]): Resolution {
  return {
    file,
    before,
    after: before,
    changed: false,
    replacements: [],
    findings: [...findings].sort(compareFindings),
  }
}

type Place = (start: number, end: number) => SourceRange
type Add = AddFinding

/** Every value holding a placeholder or carrying a marker, in document order. */
function collectSites(
  doc: Document.Parsed,
  text: string,
  index: TokenIndex,
  options: ResolveOptions,
  place: Place,
  add: Add,
): Site[] {
  const sites: Site[] = []
  // Aliases are not followed: an anchored value is resolved once, where it is written.
  const stack: Array<{ node: Node; inFlow: boolean }> = [
    { node: doc.contents as Node, inFlow: false },
  ]
  while (stack.length > 0) {
    const { node, inFlow } = stack.pop()!
    if (isScalar(node)) {
      const site = scalarSite(node, inFlow, text, index, options, place, add)
      if (site) sites.push(site)
    } else if (isMap(node) || isSeq(node)) {
      const site = node.flow
        ? collectionSite(doc, node, inFlow, text, index, place, add)
        : undefined
      if (site) {
        sites.push(site)
        continue
      }
      const children = node.items.map((item) => (isPair(item) ? item.value : item))
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i]
        if (child && !isAlias(child))
          stack.push({ node: child as Node, inFlow: inFlow || !!node.flow })
      }
    }
  }
  return sites
}

function scalarSite(
  node: Scalar,
  inFlow: boolean,
  text: string,
  index: TokenIndex,
  options: ResolveOptions,
  place: Place,
  add: Add,
): Site | undefined {
  const token = node.srcToken as ValueToken | undefined
  if (!token || !node.range) return undefined
  const [start, end] = node.range
  if (typeof node.value === 'string') {
    for (const bad of malformedInScalar(node.value, text.slice(start, end), start)) {
      add('error', 'malformed-placeholder', bad.message, place(bad.start, bad.end), bad.hint)
    }
  }
  const trail = trailOf(node, token, text, index)
  const parsedMarker = trail?.comment ? parseMarker(trail.comment.source) : undefined
  const marker =
    trail?.comment && parsedMarker && fits(parsedMarker.template, node)
      ? { comment: trail.comment, parsed: parsedMarker }
      : undefined

  if (typeof node.value === 'string' && findPlaceholders(node.value).length > 0) {
    // A block scalar's header line (and any marker in it) comes before its text.
    const textStart =
      token.type === 'block-scalar'
        ? start + token.props.reduce((n, t) => n + ('source' in t ? t.source.length : 0), 0)
        : start
    const site: Site = {
      node,
      token,
      inFlow,
      template: node.value,
      templateSource: { start: textStart, end },
      fromMarker: false,
      trail,
      marker,
    }
    if (options.markers && !trail) {
      const first = placeholderRanges(site, text)[0]
      add(
        'error',
        'placeholder-marker',
        `Cannot keep '${first?.text ?? node.value}' as a trailing comment: another value follows it on the same line. Put it on a line of its own (block style), or resolve into output-dir`,
        first ? place(first.start, first.end) : place(start, end),
      )
    }
    return site
  }
  return markedSite(node, token, inFlow, trail, parsedMarker, marker, place, add)
}

/** A flow collection written by an earlier run for a list or map output, found by its marker. */
function collectionSite(
  doc: Document.Parsed,
  node: YAMLMap | YAMLSeq,
  inFlow: boolean,
  text: string,
  index: TokenIndex,
  place: Place,
  add: Add,
): Site | undefined {
  const token = node.srcToken as ValueToken | undefined
  if (token?.type !== 'flow-collection' || !node.range) return undefined
  const trail = trailOf(node, token, text, index)
  const parsedMarker = trail?.comment ? parseMarker(trail.comment.source) : undefined
  if (!parsedMarker) return undefined
  // A placeholder written inside the collection since wins over the marker around it.
  const fresh = JSON.stringify(node.toJS(doc)).includes('terraform_outputs')
  const marker =
    trail?.comment && !fresh && fits(parsedMarker.template, node)
      ? { comment: trail.comment, parsed: parsedMarker }
      : undefined
  if (fresh) {
    staleMarker(trail!.comment!, parsedMarker, place, add)
    return undefined
  }
  return markedSite(node, token, inFlow, trail, parsedMarker, marker, place, add)
}

function markedSite(
  node: Scalar | YAMLMap | YAMLSeq,
  token: ValueToken,
  inFlow: boolean,
  trail: Trail | undefined,
  parsedMarker: Marker | undefined,
  marker: Site['marker'],
  place: Place,
  add: Add,
): Site | undefined {
  if (!parsedMarker || !trail?.comment) return undefined
  if (!marker) {
    staleMarker(trail.comment, parsedMarker, place, add)
    return undefined
  }
  const commentStart = marker.comment.offset
  return {
    node,
    token,
    inFlow,
    template: marker.parsed.template,
    templateSource: {
      start: commentStart + marker.parsed.start,
      end: commentStart + marker.parsed.end,
    },
    fromMarker: true,
    trail,
    marker,
  }
}

function staleMarker(comment: CST.SourceToken, marker: Marker, place: Place, add: Add): void {
  add(
    'warning',
    'stale-marker',
    `The comment '${marker.template}' looks like a resolved placeholder, but the value beside it does not fit it, so it is not refreshed (write the placeholder back as the value to resolve it again)`,
    place(comment.offset + marker.start, comment.offset + marker.end),
  )
}

/** A marker fits a value it could have produced: any value for a whole placeholder. */
function fits(template: string, node: Scalar | YAMLMap | YAMLSeq): boolean {
  if (wholePlaceholder(template) !== undefined) return true
  return isScalar(node) && typeof node.value === 'string' && fitsTemplate(template, node.value)
}

/** Where a marker can go after the value: only a comma may stand between them on the line. */
function trailOf(
  node: Scalar | YAMLMap | YAMLSeq,
  token: ValueToken,
  text: string,
  index: TokenIndex,
): Trail | undefined {
  if (token.type === 'block-scalar') {
    const comment = token.props.slice(1).find((t) => t.type === 'comment') as
      CST.SourceToken | undefined
    return { comment }
  }
  const end = node.range![1]
  const lineEnd = text.indexOf('\n', end)
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '')
  const m = /^([ \t]*)(?:(,)([ \t]*))?(#.*)?$/.exec(rest)
  if (!m) return undefined
  const spaceBefore = m[1]!.length
  const after = m[2] ? index.punctuation.get(end + spaceBefore + 1) : undefined
  if (m[2] && !after) return undefined
  const hash = end + spaceBefore + (m[2] ? 1 + m[3]!.length : 0)
  const comment = m[4] ? index.comments.get(hash) : undefined
  if (m[4] && !comment) return undefined
  return { after, comment }
}

/** The output values for a site's placeholders, or findings where they do not fit. */
function targetFor(
  site: Site,
  text: string,
  outputNames: string[],
  lookup: (name: string) => Lookup | undefined,
  options: ResolveOptions,
  place: Place,
  add: Add,
): { target: Target; replacements: Replacement[] } | undefined {
  const placeholders = findPlaceholders(site.template)
  const ranges = placeholderRanges(site, text)
  const whole = wholePlaceholder(site.template) !== undefined
  // A block scalar or an explicitly tagged scalar is text whatever it holds.
  const typed = whole && site.token.type !== 'block-scalar' && !site.node.tag
  const replacements: Replacement[] = []
  const pieces: string[] = []
  let ok = true
  let output = ''
  let last = 0
  let wholeTarget: Target | undefined
  placeholders.forEach((placeholder, i) => {
    const at = ranges[i]
    const range = at
      ? place(at.start, at.end)
      : place(site.templateSource.start, site.templateSource.end)
    const found = lookup(placeholder.name)
    output += site.template.slice(last, placeholder.start)
    last = placeholder.end
    if (!found) {
      add('error', 'unknown-output', unknownOutputMessage(placeholder.name, outputNames), range)
      ok = false
      return
    }
    if (found.sensitive && !options.allowSensitive) {
      add(
        'error',
        'sensitive-output',
        `Terraform output '${placeholder.name}' is sensitive: it is not written into a config unless allow-sensitive-outputs is true`,
        range,
      )
      ok = false
      return
    }
    replacements.push({
      name: placeholder.name,
      line: range.line,
      column: range.column,
      value: found.display ?? (found.sensitive ? SENSITIVE : found.value),
      sensitive: found.sensitive,
      changed: false,
    })
    if (found.display !== undefined) {
      output += found.display
      pieces.push(found.display)
      return
    }
    if (typed) {
      wholeTarget = { kind: 'value', value: found.value }
      return
    }
    const kind = valueKind(found.value)
    if (kind) {
      add(
        'error',
        'output-type',
        `Terraform output '${placeholder.name}' is ${kind}, but '${site.template}' is text: only a string, number or bool can go into text (a list or map needs the placeholder alone as a quoted value)`,
        range,
      )
      ok = false
      return
    }
    output += String(found.value)
    pieces.push(String(found.value))
  })
  output += site.template.slice(last)
  if (!ok) return undefined
  return { target: wholeTarget ?? { kind: 'text', text: output, pieces }, replacements }
}

function valueKind(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  return undefined
}

export function unknownOutputMessage(name: string, outputNames: readonly string[]): string {
  if (outputNames.length === 0) {
    return `Unknown Terraform output '${name}' (Terraform reported no outputs)`
  }
  const guess = closest(name, outputNames)
  const ranked = [...outputNames].sort(
    (a, b) =>
      levenshtein(name.toLowerCase(), a.toLowerCase()) -
        levenshtein(name.toLowerCase(), b.toLowerCase()) || a.localeCompare(b),
  )
  const shown = ranked.slice(0, 12).join(', ') + (ranked.length > 12 ? ', …' : '')
  return `Unknown Terraform output '${name}'${guess ? `: did you mean '${guess}'?` : ''} (outputs: ${shown})`
}

/** Each placeholder's own place in the file (in the value's source, or in its marker). */
function placeholderRanges(
  site: Site,
  text: string,
): Array<{ start: number; end: number; text: string }> {
  const source = text.slice(site.templateSource.start, site.templateSource.end)
  const ranges: Array<{ start: number; end: number; text: string }> = []
  let from = 0
  for (const placeholder of findPlaceholders(site.template)) {
    const written = site.template.slice(placeholder.start, placeholder.end)
    const at = source.indexOf(written, from)
    if (at === -1) return ranges
    ranges.push({
      start: site.templateSource.start + at,
      end: site.templateSource.start + at + written.length,
      text: written,
    })
    from = at + written.length
  }
  return ranges
}

/** Whether the value already is the target (a later run with the same outputs changes nothing). */
function holds(doc: Document.Parsed, node: Scalar | YAMLMap | YAMLSeq, target: Target): boolean {
  if (target.kind === 'text') return isScalar(node) && node.value === target.text
  return sameData(isScalar(node) ? node.value : node.toJS(doc), target.value)
}

/** The spans of the current value that the placeholders' texts replace (see renderText). */
function textEdit(site: Site, pieces: string[]): TextEdit | undefined {
  const value = isScalar(site.node) ? site.node.value : undefined
  if (typeof value !== 'string') return undefined
  const spans = site.fromMarker
    ? matchTemplate(site.template, value)
    : findPlaceholders(value).map(({ start, end }) => ({ start, end }))
  if (!spans || spans.length !== pieces.length) return undefined
  return { old: value, spans: spans.map((span, i) => ({ ...span, text: pieces[i]! })) }
}

/** Writes the site's marker: a new comment after the value, or the template in its old marker. */
function keepMarker(site: Site, index: TokenIndex): void {
  const text = markerText(site.template)
  if (site.marker) {
    const { comment, parsed } = site.marker
    if (parsed.template !== site.template) {
      comment.source =
        comment.source.slice(0, parsed.start) + text + comment.source.slice(parsed.end)
    }
    return
  }
  const inserted: CST.SourceToken[] = [
    { type: 'space', offset: -1, indent: 0, source: ' ' },
    { type: 'comment', offset: -1, indent: 0, source: `# ${text}` },
  ]
  const comma = site.trail?.after
  if (comma) {
    const list = index.lists.get(comma)!
    list.splice(list.indexOf(comma) + 1, 0, ...inserted)
    return
  }
  const token = site.token
  if (token.type === 'block-scalar') token.props.splice(1, 0, ...inserted)
  else if (token.type === 'flow-collection') token.end.splice(1, 0, ...inserted)
  else (token.end ??= []).unshift(...inserted)
}

function lineEnding(token: ValueToken): string | undefined {
  if (token.type !== 'block-scalar') return undefined
  return token.source.includes('\r\n') ? '\r\n' : token.source.includes('\n') ? '\n' : undefined
}

interface TokenIndex {
  /** Commas and closing brackets, by the offset just after them. */
  punctuation: Map<number, CST.SourceToken>
  comments: Map<number, CST.SourceToken>
  /** The token list each source token sits in, to insert after it. */
  lists: Map<CST.SourceToken, CST.SourceToken[]>
}

function indexTokens(tokens: CST.Token[]): TokenIndex {
  const index: TokenIndex = { punctuation: new Map(), comments: new Map(), lists: new Map() }
  const list = (items: CST.Token[] | undefined) => {
    for (const token of items ?? []) {
      if (!('indent' in token) || !('source' in token) || 'end' in token || 'props' in token) {
        visit(token)
        continue
      }
      const source = token as CST.SourceToken
      index.lists.set(source, items as CST.SourceToken[])
      if (source.type === 'comment') index.comments.set(source.offset, source)
      if (
        source.type === 'comma' ||
        source.type === 'flow-seq-end' ||
        source.type === 'flow-map-end'
      ) {
        index.punctuation.set(source.offset + source.source.length, source)
      }
    }
  }
  const visit = (token: CST.Token | null | undefined): void => {
    if (!token) return
    switch (token.type) {
      case 'document':
        list(token.start)
        visit(token.value)
        list(token.end)
        break
      case 'doc-end':
        list(token.end)
        break
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        for (const item of token.items) {
          list(item.start)
          visit(item.key)
          list(item.sep)
          visit(item.value)
        }
        if (token.type === 'flow-collection') list(token.end)
        break
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        list(token.end)
        break
      case 'block-scalar':
        list(token.props)
        break
    }
  }
  tokens.forEach(visit)
  return index
}

/** Reads the new text and compares it with the old, node by node; a message if anything else moved. */
function checkResult(
  file: string,
  after: string,
  doc: Document.Parsed,
  plans: Array<{ site: Site; target: Target }>,
): string | undefined {
  const reread = parseConfig(file, new TextEncoder().encode(after))
  if (!reread.ok) {
    return `Resolving the placeholders would make the file unreadable (${reread.findings[0]?.message ?? 'unknown problem'}); nothing was written`
  }
  const targets = new Map<Node, Target>(plans.map(({ site, target }) => [site.node, target]))
  const now = reread.config.doc
  const same = (a: Node | null, b: Node | null): boolean => {
    if (a === null || b === null) return a === b
    if (a.anchor !== b.anchor || a.tag !== b.tag) return false
    const target = targets.get(a)
    if (target) {
      if (target.kind === 'text') return isScalar(b) && b.value === target.text
      return sameData(isScalar(b) ? b.value : isCollection(b) ? b.toJS(now) : b, target.value)
    }
    if (isAlias(a)) return isAlias(b) && a.source === b.source
    if (isScalar(a)) return isScalar(b) && sameScalar(a.value, b.value)
    if (!(isMap(a) && isMap(b)) && !(isSeq(a) && isSeq(b))) return false
    const items = (b as YAMLMap | YAMLSeq).items
    return (
      a.items.length === items.length &&
      a.items.every((item, i) => {
        const other = items[i]
        if (isPair(item) || isPair(other)) {
          return (
            isPair(item) &&
            isPair(other) &&
            same(item.key as Node | null, other.key as Node | null) &&
            same(item.value as Node | null, other.value as Node | null)
          )
        }
        return same(item as Node | null, (other ?? null) as Node | null)
      })
    )
  }
  return same(doc.contents as Node, now.contents as Node)
    ? undefined
    : 'Resolving the placeholders would change more than the placeholder values; nothing was written'
}

/** Merge keys (`<<`) read as a new symbol each time. */
function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'symbol' && typeof b === 'symbol') return a.description === b.description
  return Object.is(a, b)
}

function point(line: number, column: number): SourceRange {
  return { line, column, endLine: line, endColumn: column + 1 }
}
