// Vitest's global set-up: the suite gets a temporary folder of its own (TMPDIR, which os.tmpdir()
// and every program the tests start read), and when the suite ends anything a test left in it
// fails the run by name before the folder is removed. One folder in it is the suite's to share
// between files (DATIVO_TEST_SHARED_DIR): what costs the same in every file and is kept by a key
// of what it depends on, such as the AWS provider's filtered schema (aws-filter-mirror.ts).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** What the files share for the whole suite (DATIVO_TEST_SHARED_DIR): made here, removed here. */
const SHARED = 'shared'

export default function setup(): () => void {
  const previous = process.env.TMPDIR
  const folder = mkdtempSync(path.join(tmpdir(), 'dativo-tests-'))
  process.env.TMPDIR = folder
  process.env.DATIVO_TEST_SHARED_DIR = path.join(folder, SHARED)
  mkdirSync(process.env.DATIVO_TEST_SHARED_DIR)
  return () => {
    const left = readdirSync(folder)
      .filter((name) => name !== SHARED)
      .sort()
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    delete process.env.DATIVO_TEST_SHARED_DIR
    rmSync(folder, { recursive: true, force: true })
    if (left.length > 0) {
      throw new Error(
        `The tests left ${left.length} temporary ${left.length === 1 ? 'entry' : 'entries'} behind (now removed): ${left.join(', ')}`,
      )
    }
  }
}
