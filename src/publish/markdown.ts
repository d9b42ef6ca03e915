// Text from configs shown in Markdown (job summary, PR comment): it must read as text, never as
// markup, links or HTML that a pull request could smuggle into a page, and never as a mention,
// an issue reference or a link that GitHub would make live and notify someone about.
import { messageLines } from '../util/text.js'

/** A zero-width space between `@` and a name: the mention reads the same and notifies nobody. */
const BREAK = '&#8203;'
/** Every line ending Markdown knows, and the Unicode ones: user text stays on its line. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g

/**
 * What GitHub turns into live references in text: `@user`, `@org/team`, `#123` and `GH-123`
 * issue references, and bare web addresses (an e-mail address is one through its `@`).
 */
function neutralise(text: string): string {
  return text
    .replace(/(?<!&)#(?=\p{N})/gu, `#${BREAK}`)
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
    .replace(/\b(GH)-(?=\p{N})/giu, `$1-${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`)
}

export function escapeText(text: string): string {
  return neutralise(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
      .replace(LINE_BREAKS, ' '),
  )
}

/** Inline code that cannot be broken out of: backticks inside are replaced. */
export function code(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(LINE_BREAKS, ' ')
  return `<code>${neutralise(escaped)}</code>`
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A fenced block showing text exactly: the fence is longer than any run of backticks inside. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  return `${fence}${language}\n${body}\n${fence}`
}

/**
 * A message for a Markdown list item: its first line as text, and any further lines (a Terraform
 * error, as Terraform wrapped it) as a text block to follow the item's line, indented under it.
 */
export function listMessage(
  message: string,
  escape: (text: string) => string,
): { first: string; block: string } {
  const [first = '', ...more] = messageLines(message)
  const rest = more.join('\n').replace(/^\n+/, '')
  if (rest.trim() === '') return { first: escape(first), block: '' }
  const block = codeBlock(rest, 'text')
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n')
  return { first: escape(first), block: `\n\n${block}` }
}

/** At most `max` characters, ending at a line break when one is near, never inside a pair. */
export function cut(text: string, max: number): string {
  let end = max
  const lastBreak = text.lastIndexOf('\n', max)
  if (lastBreak > max / 2) end = lastBreak
  else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1
  return text.slice(0, end)
}

/** At most `max` characters, with `…` when shortened. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${cut(text, max - 1)}…`
}
