// GitHub's own Markdown renderer, cmark-gfm (a Debian package), for tests that read a comment or
// a summary as a reviewer sees it: GitHub's extensions, and raw HTML kept (GitHub keeps the
// <details>, <summary> and <code> the reports use).
import { spawnSync } from 'node:child_process'

export function renderGfm(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', '--unsafe'],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (result.error || result.status !== 0) {
    throw new Error(
      `cmark-gfm could not render (${result.error?.message ?? result.stderr}): install it (apt-get install cmark-gfm)`,
    )
  }
  return result.stdout
}

/** The inner HTML of each element of a tag (not nested in one of its kind). */
export function inner(html: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g')
  return [...html.matchAll(pattern)].map((match) => match[1]!)
}

/** The text of each element of a tag, markup removed and entities decoded. */
export function elements(html: string, tag: string): string[] {
  return inner(html, tag).map(text)
}

/** Each table: its header cells and its rows of cell texts. */
export function tables(html: string): Array<{ header: string[]; rows: string[][] }> {
  return inner(html, 'table').map((table) => ({
    header: elements(inner(table, 'thead')[0] ?? '', 'th'),
    rows: inner(inner(table, 'tbody')[0] ?? '', 'tr').map((row) => elements(row, 'td')),
  }))
}

export function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .trim()
}
