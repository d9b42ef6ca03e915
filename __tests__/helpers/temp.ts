// Temporary folders for tests: made under the suite's own TMPDIR (see temp-folder.ts) and removed
// when the test file ends (cleanup.ts), so no test has to remember to.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const made: string[] = []

/** A new empty folder, removed with everything in it after the test file. */
export function tempDir(prefix = 'dativo-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes every folder tempDir made so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
