// A unified diff of a config before and after resolution: the plan-mode preview a reviewer reads
// in the job summary and the pull-request comment.

const CONTEXT = 3
/** Beyond this many differing lines, the middle of the file is shown as replaced wholesale. */
const MAX_EDIT_DISTANCE = 2000

type Edit = { op: ' ' | '-' | '+'; line: string }

/** `--- a/file`, `+++ b/file` and its hunks; empty when nothing changes. */
export function previewDiff(file: string, before: string, after: string): string {
  if (before === after) return ''
  const a = splitLines(before.replace(/^\uFEFF/, ''))
  const b = splitLines(after.replace(/^\uFEFF/, ''))
  const edits = diffLines(a, b)
  const out = [`--- a/${file}`, `+++ b/${file}`]
  for (const hunk of hunks(edits)) out.push(...hunk)
  return out.join('\n') + '\n'
}

/** Lines with their line break, so a change of the last line's break shows too. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/)
}

function diffLines(a: string[], b: string[]): Edit[] {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++
  }
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix))
  return [
    ...a.slice(0, prefix).map((line): Edit => ({ op: ' ', line })),
    ...middle,
    ...a.slice(a.length - suffix).map((line): Edit => ({ op: ' ', line })),
  ]
}

/** Myers' shortest edit script (1986), keeping one frontier per step to walk back. */
function myers(a: string[], b: string[]): Edit[] {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDIT_DISTANCE)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(a, b, trace, offset, d)
    }
  }
  return [
    ...a.map((line): Edit => ({ op: '-', line })),
    ...b.map((line): Edit => ({ op: '+', line })),
  ]
}

function backtrack(
  a: string[],
  b: string[],
  trace: Int32Array[],
  offset: number,
  d: number,
): Edit[] {
  const edits: Edit[] = []
  let x = a.length
  let y = b.length
  for (let step = d; step > 0; step--) {
    const v = trace[step]!
    const k = x - y
    const down = k === -step || (k !== step && v[offset + k - 1]! < v[offset + k + 1]!)
    const prevK = down ? k + 1 : k - 1
    const prevX = v[offset + prevK]!
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      edits.push({ op: ' ', line: a[--x]! })
      y--
    }
    if (down) edits.push({ op: '+', line: b[--y]! })
    else edits.push({ op: '-', line: a[--x]! })
  }
  while (x > 0 && y > 0) {
    edits.push({ op: ' ', line: a[--x]! })
    y--
  }
  return edits.reverse()
}

function hunks(edits: Edit[]): string[][] {
  const result: string[][] = []
  let i = 0
  let oldLine = 0
  let newLine = 0
  while (i < edits.length) {
    const firstChange = edits.findIndex((edit, j) => j >= i && edit.op !== ' ')
    if (firstChange === -1) break
    const start = Math.max(i, firstChange - CONTEXT)
    for (let j = i; j < start; j++) {
      oldLine++
      newLine++
    }
    // The hunk runs until CONTEXT * 2 unchanged lines separate it from the next change.
    let end = firstChange
    let unchanged = 0
    for (let j = firstChange; j < edits.length; j++) {
      if (edits[j]!.op === ' ') {
        if (++unchanged > CONTEXT * 2) break
      } else {
        unchanged = 0
        end = j
      }
    }
    const stop = Math.min(edits.length, end + 1 + CONTEXT)
    const body: string[] = []
    let oldCount = 0
    let newCount = 0
    for (let j = start; j < stop; j++) {
      const edit = edits[j]!
      if (edit.op !== '+') oldCount++
      if (edit.op !== '-') newCount++
      body.push(edit.op + edit.line.replace(/\r?\n$/, ''))
      if (!edit.line.endsWith('\n')) body.push('\\ No newline at end of file')
    }
    const oldStart = oldCount === 0 ? oldLine : oldLine + 1
    const newStart = newCount === 0 ? newLine : newLine + 1
    result.push([`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body])
    oldLine += oldCount
    newLine += newCount
    i = stop
  }
  return result
}
