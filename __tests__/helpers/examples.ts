// The repository's files as git holds them (its index: what is committed, or staged with
// `git add`), never as the work tree has them. The README's first command resolves an example in
// place and keeps state under .dativo/: a test that takes an example as its fixture must read
// the same bytes whether or not that command ran.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './action.js'

function git(args: string[]): Buffer {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  })
}

/** The files git tracks under a folder of the repository, repository-relative, sorted. */
export function trackedFiles(folder: string): string[] {
  return git(['ls-files', '-z', '--', folder]).toString('utf8').split('\0').filter(Boolean).sort()
}

/** A tracked file's bytes as git holds them (`examples/jobs/acme/local_orders_sandbox.yaml`). */
export function trackedBytes(file: string): Buffer {
  return git(['cat-file', 'blob', `:${file}`])
}

export function trackedText(file: string): string {
  return trackedBytes(file).toString('utf8')
}

/** Writes the tracked files under `folder` into `to`, keeping their paths below `folder`. */
export function copyTracked(folder: string, to: string): void {
  for (const file of trackedFiles(folder)) {
    const target = path.join(to, path.relative(folder, file))
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, trackedBytes(file))
  }
}
