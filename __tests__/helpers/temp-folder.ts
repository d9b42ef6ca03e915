// Vitest's global set-up: the suite gets a temporary folder of its own (TMPDIR, which os.tmpdir()
// and every program the tests start read), and when the suite ends anything a test left in it
// fails the run by name before the folder is removed.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const previous = process.env.TMPDIR
  const folder = mkdtempSync(path.join(tmpdir(), 'dativo-tests-'))
  process.env.TMPDIR = folder
  return () => {
    const left = readdirSync(folder).sort()
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    rmSync(folder, { recursive: true, force: true })
    if (left.length > 0) {
      throw new Error(
        `The tests left ${left.length} temporary ${left.length === 1 ? 'entry' : 'entries'} behind (now removed): ${left.join(', ')}`,
      )
    }
  }
}
