// Jobs a pull request or push takes away while their runtime keeps running: a config deleted, a
// config whose `infrastructure` section was removed, and a job whose name (or anything else that
// names its Terraform root or state) changed. Each is found with the config as it was at the
// base commit, so its root and backend can be rebuilt for a destroy plan.
//
// Which files changed comes from GitHub's API (with each file's status) or `git diff`; the base
// version of a config from the local history or, in a shallow checkout, the API's contents.
//
// A job is removed only when nothing in the repository claims it: no file at the head, whatever
// this run's patterns and valid or not, names it as its job_name (compared without case; the rule
// is in config/claim.ts). A config moved to another folder, split off to another workflow's
// patterns, half-edited or misspelt keeps its job. A job whose config keeps its name but now gives
// it another root or state is listed, never destroyed. And when any file at the head may be a
// config but cannot be read, every destroy of the run is held back, naming that file: destroy is
// the one place where an unknown fails closed.
import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Job } from '../config/job.js'
import type { JobClaim } from '../config/claim.js'
import { ConfigReader } from '../config/read.js'
import { validateConfigBytes, validateRead } from '../config/validate.js'
import type { GitHubClient } from '../github/client.js'
import { describeGitHubError } from '../github/errors.js'
import { pullRequestOf } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { backendLinesFor } from '../options.js'
import type { BackendConfig } from '../options.js'
import type { Tags } from '../tags/convert.js'
import { renderTokens, RootError } from '../terraform/roots.js'
import { once } from '../util/concurrency.js'
import type { ExecResult } from '../util/exec.js'
import type { Git } from '../util/git.js'
import { within } from '../util/paths.js'
import {
  COMPARE_FILES_LIMIT,
  compareEntries,
  PULL_REQUEST_FILES_LIMIT,
  pullRequestEntries,
  short,
} from './changes.js'
import type { DiffEntry } from './changes.js'
import { repositoryToWorkspace } from './discover.js'
import { findConfigFiles } from './files.js'
import { configMatcher, parsePatterns } from './patterns.js'
import { readRepositoryConfigs, RepositoryConfigs } from './repository.js'

export type RemovalReason = 'deleted' | 'no-infrastructure' | 'renamed'

/** Each reason in a phrase, for logs and reports. */
export const REMOVAL_REASONS: Record<RemovalReason, string> = {
  deleted: 'config deleted',
  'no-infrastructure': 'infrastructure section removed',
  renamed: 'renamed',
}

export interface RemovedJob {
  /** The config's path at the base commit, relative to the workspace. */
  file: string
  reason: RemovalReason
  /** The job as the base commit's config describes it: its root and state are rebuilt from it. */
  job: Job
  /** The base commit. */
  base: string
  /** For a renamed job: the job that replaces it, in the config at the head. */
  renamedTo?: { jobName: string; file: string }
  /** The team's own root of the job, which the base had and the head no longer has. */
  rootGone?: string
  /** Why its runtime is not destroyed by this run, though the job is gone. */
  heldBack?: string
}

export interface RemovalScan {
  removed: RemovedJob[]
  /** Configs that may have left a runtime but could not be read at the base commit. */
  warnings: string[]
  /**
   * Files at the head that may be configs but cannot be read, when a removed job's runtime would
   * otherwise be destroyed: every destroy of the run waits for them.
   */
  blockers: Array<{ file: string; reason: string }>
}

/** What names a job's root and state, beside the job itself. */
export interface RuntimeSettings {
  workspace: string
  patterns: string[]
  terraformDir: string
  moduleSource?: string
  backendConfig: BackendConfig
  defaultTags: Tags
}

export interface RemovalDeps {
  api?: GitHubClient
  git: Git
  debug?: (message: string) => void
  /** The run's read of every config in the repository; read here when not given. */
  repository?: RepositoryConfigs
}

interface Change {
  /** Repository-relative path. */
  path: string
  status: 'deleted' | 'modified'
}

interface Range {
  base: string
  head: string
  /** The changes as the pull request shows them (against the merge base), or directly. */
  mergeBase: boolean
  /** The changes as GitHub's API lists them; undefined when the list may be cut at its limit. */
  listFromApi?: (
    api: GitHubClient,
    repository: { owner: string; repo: string },
  ) => Promise<Change[] | undefined>
}

export async function findRemovedJobs(
  settings: RuntimeSettings,
  context: GitHubContext,
  deps: RemovalDeps,
): Promise<RemovalScan> {
  const debug = deps.debug ?? (() => {})
  const scan: RemovalScan = { removed: [], warnings: [], blockers: [] }
  const range = rangeOf(context)
  if (!range) return scan
  // Asked once for the whole scan, when first needed; a diff with the base shows it is there.
  let baseInHistory: Promise<boolean> | undefined
  const hasBase = () => (baseInHistory ??= deps.git.hasCommit(range.base))
  const topLevel = once(() => deps.git.tryRun(['rev-parse', '--show-toplevel']))
  const changes = await listChanges(range, context, deps, debug, () => {
    baseInHistory = Promise.resolve(true)
  })
  if (!changes) {
    scan.warnings.push(
      `Could not tell which configs were deleted or renamed between ${short(range.base)} and ${short(range.head)}: a runtime they leave behind is not listed`,
    )
    return scan
  }
  const toWorkspace = await repositoryToWorkspace(settings.workspace, deps.git, await topLevel())
  const matches = configMatcher(parsePatterns(settings.patterns))
  const candidates = changes.flatMap((change) => {
    const file = toWorkspace(change.path)
    return file !== undefined && matches(file) ? [{ ...change, file }] : []
  })
  if (candidates.length === 0) return scan
  debug(`${candidates.length} deleted or changed config(s) to compare with ${short(range.base)}`)

  const reader = new ConfigReader(settings.workspace)
  const found: RemovedJob[] = []
  /** Configs deleted or changed whose base version may have named jobs but was not valid. */
  const unrebuilt: Array<{ file: string; status: Change['status']; claim: JobClaim }> = []
  for (const candidate of candidates) {
    const bytes = await readAtBase(candidate.path, range.base, context, deps, hasBase)
    if (!bytes.ok) {
      scan.warnings.push(
        `${candidate.file}: could not read it as it was at ${short(range.base)} (${bytes.problem}); if it had a runtime, that runtime is left running`,
      )
      continue
    }
    const base = validateConfigBytes(candidate.file, bytes.bytes, {
      defaultTags: settings.defaultTags,
    })
    const before = base.job
    if (!before) {
      // No valid infrastructure at the base: no runtime this run can rebuild, and maybe none.
      if (base.claim.kind !== 'none') unrebuilt.push({ ...candidate, claim: base.claim })
      continue
    }
    if (candidate.status === 'deleted') {
      found.push({ file: candidate.file, reason: 'deleted', job: before, base: range.base })
      continue
    }
    const now = validateRead(candidate.file, await reader.read(candidate.file), {
      defaultTags: settings.defaultTags,
    })
    if (now.skipped && now.valid) {
      found.push({
        file: candidate.file,
        reason: 'no-infrastructure',
        job: before,
        base: range.base,
      })
    } else if (now.job && identity(now.job, settings) !== identity(before, settings)) {
      found.push({
        file: candidate.file,
        reason: 'renamed',
        job: before,
        base: range.base,
        renamedTo: { jobName: now.job.jobName, file: now.job.file },
      })
    }
  }
  if (found.length === 0 && unrebuilt.length === 0) return scan

  const repository =
    deps.repository ??
    (await readRepositoryConfigs(settings.workspace, new RepositoryConfigs(settings.workspace), {
      git: deps.git,
      reader,
      debug,
    }))
  for (const { file, status, claim } of unrebuilt) {
    const change = status === 'deleted' ? 'config deleted' : 'config changed'
    if (claim.kind === 'job') {
      const unclaimed = claim.names.filter((name) => repository.claimants(name).length === 0)
      if (unclaimed.length === 0) continue
      scan.warnings.push(
        `${file}: job ${unclaimed.join(', ')} is no longer claimed by any config (${change}), but its config at ${short(range.base)} is not valid, so its runtime (if it has one) cannot be rebuilt here: it is left running; destroy it by hand`,
      )
    } else if (claim.kind === 'unknown' && !repository.claimsJob(file)) {
      scan.warnings.push(
        `${file} (${change}): its config at ${short(range.base)} may have held a job, but ${claim.reason}: if that job is no longer claimed by any config, its runtime is left running; destroy it by hand`,
      )
    }
  }
  const claimed = (removed: RemovedJob) => repository.claimants(removed.job.jobName)
  // A runtime whose root and state a valid config at the head still names (a root shared by
  // several jobs) stays too.
  const inUse = found.some((removed) => claimed(removed).length === 0)
    ? await headIdentities(settings, reader)
    : new Map<string, string>()
  for (const removed of found) {
    const claimants = claimed(removed)
    if (claimants.some((claimant) => claimant.file === removed.file)) {
      // Renamed, keeping its name: the config keeps the job under another root or state.
      scan.removed.push({
        ...removed,
        heldBack: `its config still claims job ${removed.job.jobName}, now with another root or state; a job a config claims is never destroyed: destroy this runtime by hand if nothing uses it`,
      })
      continue
    }
    if (claimants.length > 0) {
      debug(
        `${removed.file}: job ${removed.job.jobName} lives on in ${claimants.map((c) => c.file).join(', ')}`,
      )
      continue
    }
    const user = inUse.get(identity(removed.job, settings))
    if (user) {
      debug(`${removed.file}: the root and state of job ${removed.job.jobName} live on in ${user}`)
      continue
    }
    const gone = await ownRootGone(removed, settings, deps.git, hasBase, topLevel)
    scan.removed.push(gone ? { ...removed, rootGone: gone } : removed)
  }
  if (scan.removed.some((removed) => !removed.heldBack)) scan.blockers = repository.unknown()
  return scan
}

/** The root and state of every valid config the patterns select at the head, with its file. */
async function headIdentities(
  settings: RuntimeSettings,
  reader: ConfigReader,
): Promise<Map<string, string>> {
  const inUse = new Map<string, string>()
  for (const file of await findConfigFiles(settings.workspace, parsePatterns(settings.patterns))) {
    const job = validateRead(file, await reader.read(file), {
      defaultTags: settings.defaultTags,
    }).job
    if (job) inUse.set(identity(job, settings), file)
  }
  return inUse
}

/**
 * The job's own root (terraform-dir) when the base commit had that folder and the head does not:
 * a root generated in its place would not be the one that made the runtime.
 */
async function ownRootGone(
  removed: RemovedJob,
  settings: RuntimeSettings,
  git: Git,
  hasBase: () => Promise<boolean>,
  topLevel: () => Promise<ExecResult>,
): Promise<string | undefined> {
  let relative: string
  try {
    relative = renderTokens(settings.terraformDir, removed.job, 'terraform-dir')
  } catch {
    return undefined
  }
  const workspace = await realpath(settings.workspace).catch(() => settings.workspace)
  const absolute = path.resolve(workspace, relative)
  if (existsSync(absolute) || !(await hasBase())) return undefined
  const top = await topLevel()
  if (top.exitCode !== 0) return undefined
  const inRepository = within(await realpath(top.stdout.trim()), absolute)
  if (!inRepository) return undefined
  const probe = await git.tryRun(['cat-file', '-e', `${removed.base}:${inRepository}`])
  return probe.exitCode === 0 ? relative : undefined
}

/**
 * What tells one job's runtime from another's: its root (terraform-dir) and its state
 * (backend-config), with the job's tokens filled in, and the module of a generated root.
 */
export function identity(job: Job, settings: Omit<RuntimeSettings, 'patterns'>): string {
  try {
    return JSON.stringify([
      path.resolve(settings.workspace, renderTokens(settings.terraformDir, job, 'terraform-dir')),
      settings.moduleSource
        ? renderTokens(settings.moduleSource, job, 'module-source')
        : job.runtime.type,
      backendLinesFor(settings.backendConfig, job.provider).map((line) =>
        renderTokens(line, job, 'backend-config'),
      ),
    ])
  } catch (error) {
    // A token the job cannot fill: the stage reports it; the job name still tells jobs apart.
    if (error instanceof RootError) return JSON.stringify([job.jobName])
    throw error
  }
}

function rangeOf(context: GitHubContext): Range | undefined {
  const sha = (value: unknown) =>
    typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) && !/^0+$/.test(value)
      ? value
      : undefined
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    const pr = pullRequestOf(context)
    const base = sha(pr?.baseSha)
    const head = sha(pr?.headSha)
    if (!pr || !base || !head) return undefined
    return {
      base,
      head,
      mergeBase: true,
      listFromApi: async (api, repository) =>
        whole(await pullRequestEntries(api, repository, pr.number), PULL_REQUEST_FILES_LIMIT),
    }
  }
  if (context.eventName === 'push') {
    const payload = context.payload
    const base = sha(payload.before)
    const head = sha(payload.after)
    // A created branch has no base; a force push replaced the commits it would compare with.
    if (!base || !head || payload.created === true || payload.forced === true) return undefined
    return {
      base,
      head,
      mergeBase: false,
      listFromApi: async (api, repository) =>
        whole(await compareEntries(api, repository, base, head), COMPARE_FILES_LIMIT),
    }
  }
  return undefined
}

/** The changes of a list the API gave, unless it holds as many files as the API lists at most. */
function whole(entries: DiffEntry[], limit: number): Change[] | undefined {
  return entries.length >= limit ? undefined : entries.flatMap(fromEntry)
}

function fromEntry(entry: DiffEntry): Change[] {
  if (typeof entry.filename !== 'string') return []
  switch (entry.status) {
    case 'removed':
      return [{ path: entry.filename, status: 'deleted' }]
    case 'renamed':
      return typeof entry.previous_filename === 'string'
        ? [{ path: entry.previous_filename, status: 'deleted' }]
        : []
    case 'modified':
    case 'changed':
      return [{ path: entry.filename, status: 'modified' }]
    default:
      return []
  }
}

/** Deleted and modified files: from the API, else from git; undefined when neither can tell. */
async function listChanges(
  range: Range,
  context: GitHubContext,
  deps: RemovalDeps,
  debug: (message: string) => void,
  diffed: () => void,
): Promise<Change[] | undefined> {
  if (deps.api && context.repository && range.listFromApi) {
    try {
      const listed = await range.listFromApi(deps.api, context.repository)
      if (listed) return listed
      debug('deleted configs not from the API: its list of changed files reached its limit')
    } catch (error) {
      debug(`deleted configs not from the API: ${(error as Error).message}`)
    }
  }
  // Without either commit in the local history (a shallow clone) git cannot tell: it fails.
  const diff = await deps.git.tryRun([
    'diff',
    '--name-status',
    '--no-renames',
    '-z',
    `${range.base}${range.mergeBase ? '...' : '..'}${range.head}`,
    '--',
  ])
  if (diff.exitCode !== 0) return undefined
  diffed()
  const fields = diff.stdout.split('\0')
  const changes: Change[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!
    const file = fields[i + 1]!
    if (status === 'D') changes.push({ path: file, status: 'deleted' })
    else if (status === 'M' || status === 'T') changes.push({ path: file, status: 'modified' })
  }
  return changes
}

export type BaseRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: string }

/**
 * A file's bytes at a commit: from the local history, else through the API's contents. `hasBase`
 * says whether the history has the commit; callers that read many files pass one kept with once().
 */
export async function readAtBase(
  repositoryPath: string,
  base: string,
  context: GitHubContext,
  deps: RemovalDeps,
  hasBase: () => Promise<boolean> = () => deps.git.hasCommit(base),
): Promise<BaseRead> {
  if (await hasBase()) {
    const shown = await deps.git.tryRun(['cat-file', 'blob', `${base}:${repositoryPath}`])
    if (shown.exitCode === 0)
      return { ok: true, bytes: shown.stdoutBytes ?? Buffer.from(shown.stdout) }
    return { ok: false, problem: `git has no such file in ${short(base)}` }
  }
  if (!deps.api || !context.repository) {
    return {
      ok: false,
      problem: 'the commit is not in the local history and there is no token for the GitHub API',
    }
  }
  try {
    const octokit = await deps.api.octokit()
    const { data } = (await octokit.rest.repos.getContent({
      ...context.repository,
      path: repositoryPath,
      ref: base,
    })) as { data: { content?: unknown; encoding?: unknown } }
    if (typeof data?.content !== 'string' || data.encoding !== 'base64') {
      return { ok: false, problem: 'the GitHub API did not return its contents' }
    }
    return { ok: true, bytes: Buffer.from(data.content, 'base64') }
  } catch (error) {
    return { ok: false, problem: describeGitHubError(error, deps.api.baseUrl) }
  }
}
