// What commit-back commits, whichever way it commits: the resolved files as read from the
// workspace, and what to commit instead when the branch changed one of them after this run read it.
import { createHash } from 'node:crypto'
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Reporter } from './reporter.js'
import type { Git } from '../util/git.js'
import { within } from '../util/paths.js'
import { withRetry } from '../util/retry.js'
import type { RetryOptions } from '../util/retry.js'

/**
 * Re-applies this run's Terraform outputs to another version of a config (the one now on the
 * branch); undefined when that version cannot be resolved with them.
 */
export type Reresolve = (file: string, upstream: Uint8Array) => Uint8Array | undefined

/** An entry of a git tree: file mode and blob id. */
export interface TreeEntry {
  mode: string
  sha: string
}

export interface PlannedFile {
  /** Relative to the workspace, forward slashes: the name users see. */
  file: string
  /** Relative to the repository's top folder: the name in git trees. */
  path: string
  /** The file in the commit the workspace was checked out from (HEAD), if it was there. */
  source?: TreeEntry
  /** The resolved file as it is in the workspace. */
  worktree: Uint8Array
}

export interface CommitResult {
  /** The commit now at the tip of the branch, when one was pushed. */
  sha?: string
  pushed: boolean
  /** For the log: what was done, or why nothing was committed. */
  reason: string
  /** The branch these went to, when one was chosen. */
  branch?: string
  /** Files whose version on the branch changed meanwhile and were resolved again. */
  reresolved: string[]
  /** Files left out of the commit, each with why: their configs fail, the others are committed. */
  left?: LeftFile[]
}

/** A resolved file commit-back could not commit, and why. */
export interface LeftFile {
  /** As the run named it (a config, or its copy under output-dir). */
  file: string
  message: string
}

export interface CommitPlan {
  branch: string
  /** The whole commit message. */
  message: string
  files: PlannedFile[]
  reresolve: Reresolve
}

/** The version of a file at the branch tip, read only when needed. */
export interface UpstreamFile {
  sha: string
  read: () => Promise<Uint8Array>
}

/** What to commit for one file on one tip. */
export type FileContent =
  | { kind: 'worktree'; bytes: Uint8Array }
  | { kind: 'reresolved'; bytes: Uint8Array }
  | { kind: 'deleted' }
  /** The branch changed it in a way this run cannot resolve: this file alone is not committed. */
  | { kind: 'left'; message: string }

/** Commit-back should have committed but could not; the message says why and what to do. */
export class CommitBackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CommitBackError'
  }
}

/** The branch moved between reading its tip and updating it: worth another attempt. */
export class BranchMoved extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BranchMoved'
  }
}

export const BOT_NAME = 'github-actions[bot]'
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com'

/** How often commit-back reads the tip again after the branch moved, the first try included. */
export const COMMIT_ATTEMPTS = 5

/**
 * Makes the commit again, on the new tip, while the branch keeps moving under it: at most
 * COMMIT_ATTEMPTS times, then a CommitBackError. `words` say what an attempt does (`building`,
 * `making`) and what the run did to the branch (`pushed to`, `committed to`).
 */
export async function whileBranchMoves<T>(
  attempt: () => Promise<T>,
  branch: string,
  words: { verb: string; did: string },
  reporter: Reporter,
  retry?: Partial<RetryOptions>,
): Promise<T> {
  try {
    return await withRetry(attempt, {
      attempts: COMMIT_ATTEMPTS,
      baseDelayMs: 1000,
      maxDelayMs: 10_000,
      retryable: (error) => error instanceof BranchMoved,
      onRetry: (error, attempt, delay) =>
        reporter.info(
          `${(error as Error).message}; ${words.verb} the commit again on the new tip in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${COMMIT_ATTEMPTS})`,
        ),
      ...retry,
    })
  } catch (error) {
    if (!(error instanceof BranchMoved)) throw error
    throw new CommitBackError(
      `Commit-back: ${branch} kept moving while this run ${words.did} it (${COMMIT_ATTEMPTS} attempts); nothing was committed. Run the workflow again.`,
    )
  }
}

/**
 * Reads the files and what HEAD had at their paths. A file is committed where it really is: a
 * config reached through a tracked link is committed at the link's target, so the link stays a
 * link. A file that cannot be committed is left out, with why.
 */
export async function planFiles(
  workspace: string,
  files: readonly string[],
  git: Git,
): Promise<{ files: PlannedFile[]; left: LeftFile[] }> {
  const top = await realpath((await git.run(['rev-parse', '--show-toplevel'])).stdout.trim())
  const root = await realpath(workspace)
  const planned: PlannedFile[] = []
  const left: LeftFile[] = []
  for (const file of [...new Set(files)]) {
    const named = path.resolve(root, file)
    let absolute: string
    let worktree: Uint8Array
    try {
      absolute = await realpath(named)
      worktree = await readFile(absolute)
    } catch (error) {
      left.push({ file, message: `Commit-back: cannot read ${file}: ${(error as Error).message}` })
      continue
    }
    const inWorkspace = within(root, absolute)
    const inRepository = within(top, absolute)
    if (inWorkspace === undefined || inWorkspace === '' || !inRepository) {
      const where = absolute === named ? '' : ` (it leads to ${absolute})`
      left.push({
        file,
        message: `Commit-back: ${file} is not a file of the repository at ${top}${where}; it is not committed`,
      })
      continue
    }
    planned.push({ file, path: inRepository, worktree })
  }
  const source = await listTree(
    git,
    'HEAD',
    planned.map((p) => p.path),
  )
  for (const file of planned) file.source = source.get(file.path)
  return { files: planned, left }
}

/** `git ls-tree` of the given paths (relative to the top folder) in a commit. */
export async function listTree(
  git: Git,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, TreeEntry>> {
  const entries = new Map<string, TreeEntry>()
  if (paths.length === 0) return entries
  // Paths are names, not patterns: a config called `jobs/[a].yaml` is that file only.
  const literal = git.with({ env: { GIT_LITERAL_PATHSPECS: '1' } })
  const { stdout } = await literal.run(['ls-tree', '-z', '--full-tree', commit, '--', ...paths])
  for (const record of stdout.split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(record)
    if (match) entries.set(match[3]!, { mode: match[1]!, sha: match[2]! })
  }
  return entries
}

/**
 * What to commit for a file on a tip: the workspace's version while the branch still has the
 * version this run resolved; otherwise the branch's version, resolved again with the same outputs.
 */
export async function contentFor(
  file: PlannedFile,
  upstream: UpstreamFile | undefined,
  plan: CommitPlan,
  reporter: Reporter,
): Promise<FileContent> {
  if (upstream?.sha === file.source?.sha) return { kind: 'worktree', bytes: file.worktree }
  if (!upstream) {
    // The deletion wins: committing the file would bring back a job someone removed.
    reporter.warning(
      `Commit-back: ${file.file} was deleted on ${plan.branch} after this run read it; it is not committed`,
    )
    return { kind: 'deleted' }
  }
  const bytes = plan.reresolve(file.file, await upstream.read())
  if (!bytes) {
    return {
      kind: 'left',
      message: `Commit-back: ${file.file} changed on ${plan.branch} after this run read it, and the new version cannot be resolved with this run's Terraform outputs; it is not committed. Run the workflow again on the new commit.`,
    }
  }
  reporter.info(`${file.file} changed on ${plan.branch}; resolved its new version again`)
  return { kind: 'reresolved', bytes }
}

/** The blob id git gives these bytes (SHA-1 object format, as GitHub uses). */
export function blobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
}

/**
 * The first line as given, then which configs and which run, for the history. What users control
 * (the first line, file names) stays on its own line: a line break in a name would otherwise start
 * a line of the message, e.g. a `Signed-off-by:` trailer.
 */
export function commitMessage(
  firstLine: string,
  files: readonly string[],
  runUrl?: string,
): string {
  const shown = files.slice(0, 50).map((file) => `- ${oneLine(file)}`)
  if (files.length > shown.length) shown.push(`- … and ${files.length - shown.length} more`)
  const lines = [oneLine(firstLine), '', 'Terraform outputs written into:', ...shown]
  if (runUrl) lines.push('', `Run: ${oneLine(runUrl)}`)
  return lines.join('\n') + '\n'
}

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Control characters and Unicode line breaks written as escapes (`\n`, `\x1b`, `\u2028`). */
function oneLine(text: string): string {
  return text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) =>
      CONTROL_ESCAPES[c] ??
      (c.charCodeAt(0) < 0x100
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16)}`),
  )
}
