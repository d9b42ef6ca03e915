// The refresh marker: the trailing comment a resolved value keeps (CONTRACT §7), holding the
// template it came from so a later run can recompute it.
//
// Written as `# {{terraform_outputs.NAME}}` (or `# https://{{terraform_outputs.host}}/x` for an
// embedded placeholder); a template a one-line comment cannot hold verbatim (line breaks,
// control characters, edge spaces, a leading quote, a ` #`) is written as a JSON string.
// A comment is a marker when it starts with such a template: one or more well-formed
// placeholders and no malformed mention. Whatever follows the template (`  # note`) is the
// user's own comment and is kept as it is.
import { findMalformed, findPlaceholders } from '../config/placeholders.js'

export interface Marker {
  template: string
  /** Offset of the template's first character in the comment's source. */
  start: number
  /** Offset just past the template (after the closing quote of the JSON form). */
  end: number
}

const BARE =
  /^(?!")(?![\s\S]*\s#)[^\s\p{Cc}\u2028\u2029\uFEFF](?:[^\p{Cc}\u2028\u2029\uFEFF]*[^\s\p{Cc}\u2028\u2029\uFEFF])?$/u

/** The marker text for a template, without the `# ` in front. */
export function markerText(template: string): string {
  if (BARE.test(template)) return template
  return JSON.stringify(template).replace(
    /[\u007F-\u009F\u2028\u2029\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The marker at the start of a comment (`# …` as the lexer gives it), if it holds one. */
export function parseMarker(comment: string): Marker | undefined {
  if (!comment.startsWith('#')) return undefined
  const start = 1 + (/^[ \t]*/.exec(comment.slice(1))?.[0].length ?? 0)
  const body = comment.slice(start)
  let template: string
  let length: number
  if (body.startsWith('"')) {
    const close = closingQuote(body)
    if (close === undefined) return undefined
    try {
      template = JSON.parse(body.slice(0, close + 1)) as string
    } catch {
      return undefined
    }
    length = close + 1
    if (!/^(?:[ \t]*|[ \t]+#.*)$/.test(body.slice(length))) return undefined
  } else {
    const userComment = body.search(/[ \t]#/)
    template = (userComment === -1 ? body : body.slice(0, userComment)).trimEnd()
    length = template.length
  }
  if (findPlaceholders(template).length === 0 || findMalformed(template).length > 0) {
    return undefined
  }
  return { template, start, end: start + length }
}

/** Whether a value could have come from the template (placeholders stand for any text). */
export function fitsTemplate(template: string, value: string): boolean {
  return matchTemplate(template, value) !== undefined
}

/** Where, in a value made from the template, each placeholder's text stands. */
export function matchTemplate(
  template: string,
  value: string,
): Array<{ start: number; end: number }> | undefined {
  let pattern = '^'
  let last = 0
  for (const placeholder of findPlaceholders(template)) {
    pattern += escapeRegExp(template.slice(last, placeholder.start)) + '([\\s\\S]*?)'
    last = placeholder.end
  }
  pattern += escapeRegExp(template.slice(last)) + '$'
  const match = new RegExp(pattern, 'd').exec(value)
  if (!match?.indices) return undefined
  return match.indices.slice(1).map((span) => ({ start: span![0], end: span![1] }))
}

function closingQuote(text: string): number | undefined {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return undefined
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
