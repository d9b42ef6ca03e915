// Just enough Markdown for the documentation tests: sections, pipe tables, fenced blocks, links.

/** The text under a heading (any level) up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n')
  let level = 0
  let start = -1
  for (let i = 0; i < lines.length; i++) {
    const match = /^(#{1,6})\s+(.*?)\s*$/.exec(lines[i]!)
    if (!match || inFence(lines, i)) continue
    if (start >= 0 && match[1]!.length <= level) return lines.slice(start, i).join('\n')
    if (start < 0 && match[2] === heading) {
      level = match[1]!.length
      start = i + 1
    }
  }
  if (start < 0) throw new Error(`No heading '${heading}'`)
  return lines.slice(start).join('\n')
}

/** Inside a fenced block: a fence of N backticks closes only at a line of N or more. */
function inFence(lines: string[], index: number): boolean {
  let open = 0
  for (let i = 0; i < index; i++) {
    const ticks = /^\s*(`{3,})/.exec(lines[i]!)?.[1]?.length ?? 0
    if (open === 0 && ticks > 0) open = ticks
    else if (open > 0 && ticks >= open && /^\s*`+\s*$/.test(lines[i]!)) open = 0
  }
  return open > 0
}

export interface Table {
  header: string[]
  rows: string[][]
}

/** The first pipe table in the text; `\|` stays a literal bar inside a cell. */
export function firstTable(text: string): Table {
  const lines = text.split('\n')
  const start = lines.findIndex(
    (line, i) => line.startsWith('|') && /^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1] ?? ''),
  )
  if (start < 0) throw new Error('No table')
  const body: string[] = []
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) body.push(lines[i]!)
  return { header: cells(lines[start]!), rows: body.map(cells) }
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

/** The content of each fenced block, optionally only those of one info string. */
export function codeBlocks(text: string, info?: string): string[] {
  const blocks: string[] = []
  // The closing fence is as long as the opening one (a ```` block may hold ``` blocks).
  const pattern = /^(`{3,})(\S*)\n([\s\S]*?)^\1\s*$/gm
  for (const match of text.matchAll(pattern)) {
    if (info === undefined || match[2] === info) blocks.push(match[3]!)
  }
  return blocks
}

/** A cell that holds one code span: its text. */
export function codeSpan(cell: string): string {
  const match = /^`([^`]+)`$/.exec(cell)
  if (!match) throw new Error(`Expected one code span, found: ${cell}`)
  return match[1]!
}

/** Link targets of inline links, `[text](target)`, outside fenced blocks. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```\s*$/gm, '')
  return [...prose.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
}

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to hyphens. */
export function anchors(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```\s*$/gm, '')
  return [...prose.matchAll(/^#{1,6}\s+(.*?)\s*$/gm)].map((m) =>
    m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-'),
  )
}
