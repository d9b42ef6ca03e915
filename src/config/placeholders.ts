// `{{terraform_outputs.NAME}}` placeholders (CONTRACT §4): where they are, and where something
// meant as one is not one.

export const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** A well-formed placeholder, spaces allowed inside the braces; group 1 is the output name. */
export const PLACEHOLDER =
  /(?<!\{)\{\{\s*terraform_outputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}(?!\})/g

/** Anything that looks like an attempt at one: braces, the word, and a name, in any shape. */
const ATTEMPT = /\$?\{*[ \t]*terraform_outputs\b(?:\.[^\s{}'"]*)?[ \t]*\}*/g

export interface PlaceholderMatch {
  name: string
  /** Offsets in the string. */
  start: number
  end: number
}

export function findPlaceholders(text: string): PlaceholderMatch[] {
  if (!text.includes('terraform_outputs')) return []
  return Array.from(text.matchAll(PLACEHOLDER), (m) => ({
    name: m[1]!,
    start: m.index!,
    end: m.index! + m[0].length,
  }))
}

/** The whole string is exactly one placeholder (its output keeps its type when resolved). */
export function wholePlaceholder(text: string): string | undefined {
  const found = findPlaceholders(text)
  const only = found[0]
  return found.length === 1 && only && only.start === 0 && only.end === text.length
    ? only.name
    : undefined
}

export interface MalformedPlaceholder {
  fragment: string
  start: number
  end: number
  /** The well-formed placeholder it most likely meant, when its name can be told. */
  suggestion?: string
}

/**
 * Braces and what they hold, `{…}`, `{{…}}`, `${…}` or lopsided: closed on the same line, or, with
 * no closing brace, up to the next space. Group 1 or 2 is the content.
 */
const BRACED = /\$?\{+(?:([^{}\n]*)\}+|([^{}\s]*))/g

/** `terraform_outputs` with every separator and case difference ignored. */
const WORD = 'terraformoutputs'

/** How many edits a spelling of terraform_outputs may be away from it and still mean it. */
const MAX_EDITS = 3

/**
 * Each string that is not a well-formed placeholder but is meant as one: a mention of
 * terraform_outputs outside one, or braces whose content is close to `terraform_outputs.NAME`
 * (a misspelt word, one brace, spaces in the name, another separator).
 */
export function findMalformed(text: string): MalformedPlaceholder[] {
  if (!text.includes('{') && !text.includes('terraform_outputs')) return []
  const good = findPlaceholders(text)
  const overlaps = (
    start: number,
    end: number,
    spans: ReadonlyArray<{ start: number; end: number }>,
  ) => spans.some((span) => start < span.end && span.start < end)
  const bad: MalformedPlaceholder[] = []
  for (const m of text.matchAll(BRACED)) {
    const start = m.index!
    const end = start + m[0].length
    if (overlaps(start, end, good)) continue
    const meant = meaning(m[1] ?? m[2] ?? '')
    if (!meant) continue
    bad.push({ fragment: m[0].trim(), start, end, suggestion: meant.suggestion })
  }
  if (text.includes('terraform_outputs')) {
    for (const m of text.matchAll(ATTEMPT)) {
      const start = m.index!
      const end = start + m[0].length
      const word = text.indexOf('terraform_outputs', start)
      if (good.some((p) => p.start <= word && word < p.end)) continue
      if (overlaps(start, end, bad)) continue
      bad.push({
        fragment: m[0].trim(),
        start,
        end,
        suggestion: meaning(m[0].replace(/^\$?[{ \t]*|[} \t]*$/g, ''))?.suggestion,
      })
    }
  }
  return bad.sort((a, b) => a.start - b.start)
}

/**
 * Whether braced content reads as `terraform_outputs.NAME` once spelling, case and separators are
 * forgiven: the head that comes closest to the word, then the name after it.
 */
function meaning(content: string): { suggestion?: string } | undefined {
  const text = content.trim()
  let best: { edits: number; end: number } | undefined
  for (let end = 1; end <= text.length && end <= WORD.length * 2; end++) {
    // Only where a run of letters ends: the head is whole words.
    if (!/[A-Za-z]/.test(text[end - 1]!) || /[A-Za-z]/.test(text[end] ?? '')) continue
    const head = text
      .slice(0, end)
      .toLowerCase()
      .replace(/[^a-z]/g, '')
    const edits = editDistance(head, WORD)
    if (!best || edits < best.edits) best = { edits, end }
  }
  if (!best || best.edits > MAX_EDITS) return undefined
  const name = text
    .slice(best.end)
    .replace(/^[\s._:/\\>[\]'"-]+|[\s\]'"]+$/g, '')
    .replace(/\s+/g, '_')
  return OUTPUT_NAME.test(name) ? { suggestion: `{{terraform_outputs.${name}}}` } : {}
}

/** Edits from one word to another, a swap of two neighbours counting as one (`terrafrom`). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1)
      }
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** The contract's exact message for a malformed placeholder. */
export function malformedMessage(fragment: string): string {
  return `Malformed Terraform output placeholder: '${fragment}' (expected {{terraform_outputs.NAME}})`
}

/** The placeholder a malformed one most likely meant, as a finding's hint. */
export function malformedHint(suggestion: string | undefined): string | undefined {
  return suggestion ? `did you mean '${suggestion}'?` : undefined
}

/**
 * The malformed placeholders of a scalar whose text `written` stands at offset `start` of its
 * file, each placed at the fragment itself when it is written out as is (no escapes in between),
 * else on the whole scalar.
 */
export function malformedInScalar(
  value: string,
  written: string,
  start: number,
): Array<{ message: string; hint?: string; start: number; end: number }> {
  return findMalformed(value).map((bad) => {
    const at = written.indexOf(bad.fragment)
    const message = malformedMessage(bad.fragment)
    const hint = malformedHint(bad.suggestion)
    return at === -1
      ? { message, hint, start, end: start + written.length }
      : {
          message,
          hint,
          start: start + at,
          end: start + at + bad.fragment.length,
        }
  })
}
