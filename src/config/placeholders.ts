// `{{terraform_outputs.NAME}}` placeholders (CONTRACT §4): where they are, and where something
// that mentions terraform_outputs is not one.

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
}

/** Each mention of terraform_outputs that is not inside a well-formed placeholder. */
export function findMalformed(text: string): MalformedPlaceholder[] {
  if (!text.includes('terraform_outputs')) return []
  const good = findPlaceholders(text)
  const bad: MalformedPlaceholder[] = []
  for (const m of text.matchAll(ATTEMPT)) {
    const start = m.index!
    const end = start + m[0].length
    const word = text.indexOf('terraform_outputs', start)
    if (good.some((p) => p.start <= word && word < p.end)) continue
    bad.push({ fragment: m[0].trim(), start, end })
  }
  return bad
}

export function malformedMessage(fragment: string): string {
  return `Malformed Terraform output placeholder: '${fragment}' (expected {{terraform_outputs.NAME}})`
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
): Array<{ message: string; start: number; end: number }> {
  return findMalformed(value).map((bad) => {
    const at = written.indexOf(bad.fragment)
    return at === -1
      ? { message: malformedMessage(bad.fragment), start, end: start + written.length }
      : {
          message: malformedMessage(bad.fragment),
          start: start + at,
          end: start + at + bad.fragment.length,
        }
  })
}
