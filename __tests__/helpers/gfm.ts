// Markdown as GitHub shows it: rendered by cmark-gfm, GitHub's own renderer, with the extensions
// GitHub turns on for comments and job summaries, and raw HTML kept as GitHub keeps <details>.
// The readers below take cmark-gfm's HTML apart just enough for tests: tables, folds, anchors,
// links, and the text a person reads.
import { execFileSync } from 'node:child_process'

export function renderGfm(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    [
      '-e',
      'table',
      '-e',
      'strikethrough',
      '-e',
      'autolink',
      '-e',
      'tagfilter',
      '-e',
      'tasklist',
      '--unsafe',
    ],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

/** The text a person reads in a piece of HTML: tags gone, entities decoded, spaces joined. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)))
      return ENTITIES[name] ?? entity
    })
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface HtmlTable {
  header: string[]
  /** Each cell's text. */
  rows: string[][]
  /** Each cell's HTML. */
  cells: string[][]
}

/** Every table of the page, in order. */
export function tablesOf(html: string): HtmlTable[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, inner]) => {
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(inner!)?.[1] ?? ''
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(inner!)?.[1] ?? ''
    const cellsOf = (row: string) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!)
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => cellsOf(row!))
    return {
      header: cellsOf(head).map(textOf),
      rows: rows.map((row) => row.map(textOf)),
      cells: rows,
    }
  })
}

/** Every <details> block: its summary's text and its body's HTML (nested ones flattened). */
export function foldsOf(html: string): Array<{ summary: string; body: string }> {
  return [...html.matchAll(/<details><summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g)].map(
    ([, summary, body]) => ({ summary: textOf(summary!), body: body! }),
  )
}

/** The ids of elements (section anchors) and the targets of same-page links. */
export function anchorsOf(html: string): { ids: string[]; links: string[] } {
  return {
    ids: [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!),
    links: [...html.matchAll(/<a href="#([^"]+)"/g)].map(([, id]) => id!),
  }
}

/** The headings of a level, as text. */
export function headingsOf(html: string, level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}>([\\s\\S]*?)</h${level}>`, 'g'))].map(
    ([, inner]) => textOf(inner!),
  )
}

/**
 * Markup that reached the reader as text: Markdown that did not render (`**`, a table's `|`, a
 * fence), or HTML that was escaped instead of kept (`<details>`, `<code>`).
 */
export function leaksOf(html: string): string[] {
  const text = html
    .replace(/<pre>[\s\S]*?<\/pre>/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]*>/g, '\n')
  return text
    .split('\n')
    .filter(
      (line) =>
        /\*\*|```|^\s*\|.*\|\s*$|&lt;\/?(details|summary|code|a)\b/.test(line) ||
        /^\s*#{1,6}\s/.test(line),
    )
}
