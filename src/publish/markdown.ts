// Text from configs shown in Markdown (job summary, PR comment): it must read as text, never as
// markup, links or HTML that a pull request could smuggle into a page.
import { messageLines } from '../util/text.js'

export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
}

/** Inline code that cannot be broken out of: backticks inside are replaced. */
export function code(text: string): string {
  return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ')}</code>`
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
