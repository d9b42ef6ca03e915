// Which texts of a sensitive value are hidden, and in which printed forms. A value is hidden in
// every form the product prints it (raw, JSON, YAML-quoted as resolution writes it, line by line);
// the small scalars of a structure are not, since `5432`, `true` or `dev` hidden across a whole
// log would blank every port, flag and environment name without hiding anything secret.
import { doubleQuoted, flowSource, jsonString } from '../resolve/render.js'

/** A string inside a map or list is hidden from this length on. */
export const MIN_PART_LENGTH = 8
/** The whole sensitive value, or a line of it, is hidden from this length on. */
export const MIN_WHOLE_LENGTH = 4

/** The texts to hide for a sensitive value (before their printed forms, see maskForms). */
export function secretTexts(value: unknown): string[] {
  if (value === null || value === undefined || typeof value === 'boolean') return []
  if (typeof value === 'string') return value.length >= MIN_WHOLE_LENGTH ? [value] : []
  // A number alone is hidden only when long enough not to be a port, a count or a size.
  if (typeof value === 'number') return String(value).length >= 6 ? [String(value)] : []
  if (typeof value !== 'object') return []
  const texts = new Set<string>([JSON.stringify(value)])
  try {
    texts.add(flowSource(value))
  } catch {
    // Not writable as YAML (e.g. a non-finite number): resolution never prints it either.
  }
  for (const part of parts(value)) if (part.length >= MIN_PART_LENGTH) texts.add(part)
  return [...texts]
}

function parts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(parts)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(parts)
  return []
}

/**
 * Every form in which the product may print `text`: as it is, each of its lines, escaped for JSON
 * and YAML double quotes (as resolution writes a scalar or a span inside one), and doubled single
 * quotes. Longest first, so a replacement never leaves part of a longer form behind.
 */
export function maskForms(text: string): string[] {
  const forms = new Set<string>()
  const add = (form: string, min = 1) => {
    if (form.length >= min) forms.add(form)
  }
  add(text)
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length > 1) for (const line of lines) add(line.trim(), MIN_WHOLE_LENGTH)
  add(jsonString(text).slice(1, -1))
  const yamlQuoted = doubleQuoted(text, { inFlow: false, eol: '\n' })
  if (yamlQuoted.startsWith('"')) add(yamlQuoted.slice(1, -1))
  add(text.replace(/'/g, "''"))
  return [...forms].sort((a, b) => b.length - a.length)
}

/** A function that replaces every form of every secret with `***`; apply it before escaping. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const forms = [...new Set(secrets.flatMap(maskForms))].sort((a, b) => b.length - a.length)
  if (forms.length === 0) return (text) => text
  return (text) => {
    let clean = text
    for (const form of forms) if (clean.includes(form)) clean = clean.split(form).join('***')
    return clean
  }
}
