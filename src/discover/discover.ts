// Pipeline step 1: which job configs this run processes (CONTRACT §1, inputs `configs` and
// `changed-only`). All files matching the globs, or only those a pull request or push changed.
//
// Where the changed files come from, in order: GitHub's API (pulls/{n}/files, paginated, or the
// compare endpoint for a push); when the API cannot answer (no token, errors after retries, a
// list past its limit), `git diff` over the local history; when that is missing too, every
// matching config, with a warning that says why. A push that creates a branch or tag, or rewrites
// it (force push), has no base worth comparing, so it also takes every matching config.
//
// Nothing selected is never silently green: a pattern that names a file that does not exist is an
// error, and so is a glob that matches no file of the workspace, whether or not only the changed
// configs were asked for; a pull request or push that changed no config is a notice.
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import { Defaults } from '../constants.js'
import { InputError } from '../findings.js'
import type { GitHubClient } from '../github/client.js'
import { describeGitHubError } from '../github/errors.js'
import { within } from '../util/paths.js'
import { plural } from '../util/text.js'
import { pullRequestOf } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import type { ExecResult } from '../util/exec.js'
import type { Git } from '../util/git.js'
import { filesFromGit, pullRequestFilesFromApi, pushFilesFromApi, short } from './changes.js'
import type { ChangeList } from './changes.js'
import { existingConfigFiles, findConfigFiles } from './files.js'
import { configMatcher, MATCH_OPTIONS, parsePatterns } from './patterns.js'
import type { ConfigPatterns } from './patterns.js'

export interface DiscoverRequest {
  /** Absolute path of the workspace. */
  workspace: string
  /** Globs relative to the workspace; `!pattern` excludes (rules in ./patterns.ts). */
  patterns: string[]
  changedOnly: boolean
}

export interface Discovery {
  /** Workspace-relative, forward slashes, sorted, unique. */
  files: string[]
  /** 'changed' when restricted to the changed files, 'all' when every matching config. */
  basis: 'all' | 'changed'
  /** One line for the log: where the list came from and how many matched. */
  reason: string
  warnings: string[]
  /** Worth a notice: e.g. the pull request changed no config. */
  notices?: string[]
  /**
   * Configs the pull request or push deleted (matching the patterns, gone from the workspace),
   * when there are any and the changed files are known.
   */
  deleted?: string[]
}

export interface DiscoverDeps {
  /** GitHub's API; absent when there is no token. */
  api?: GitHubClient
  /** git in the workspace. */
  git: Git
  debug?: (message: string) => void
}

/** What the event says about changes, before any file is looked at. */
type Decision =
  | { kind: 'all'; reason: string; warning?: string }
  | { kind: 'none'; reason: string }
  | {
      kind: 'changed'
      paths: string[]
      deleted: string[]
      what: string
      via: string
      warnings: string[]
    }

export async function discoverConfigs(
  request: DiscoverRequest,
  context: GitHubContext,
  deps: DiscoverDeps,
): Promise<Discovery> {
  const patterns = parsePatterns(request.patterns)
  const debug = deps.debug ?? (() => {})
  const decision = request.changedOnly
    ? await decide(context, deps, debug)
    : { kind: 'all' as const, reason: 'changed-only is off' }
  switch (decision.kind) {
    case 'all': {
      const found = await allConfigs(request.workspace, patterns, decision.reason, decision.warning)
      // Asked only when a named file is missing, and once: it may be a config this change deleted.
      let deleted: Promise<string[]> | undefined
      const deletedByChange = () => (deleted ??= deletedFiles())
      const deletedFiles = async () => {
        // With changed-only on, the change was asked already: it could not be told.
        const change = request.changedOnly ? decision : await decide(context, deps, debug)
        if (change.kind !== 'changed') return []
        const toWorkspace = await repositoryToWorkspace(request.workspace, deps.git)
        return change.deleted.map(toWorkspace).filter((file): file is string => !!file)
      }
      const notices = await refuseUnmatched(request, found.files, deletedByChange)
      return notices.length > 0 ? { ...found, notices } : found
    }
    case 'none':
      return { files: [], basis: 'changed', reason: decision.reason, warnings: [] }
    case 'changed': {
      const found = await changedConfigs(request.workspace, patterns, decision, deps.git, debug)
      // A glob is checked against the whole workspace (and what this change deleted): a typo in
      // it is an error on every run, not a notice that the change touched no config.
      const deleted = found.deleted ?? []
      const workspaceFiles = [...(await findConfigFiles(request.workspace, patterns)), ...deleted]
      const notices = await refuseUnmatched(request, workspaceFiles, async () => deleted)
      if (found.files.length === 0 && notices.length === 0) {
        const what = decision.what.charAt(0).toUpperCase() + decision.what.slice(1)
        notices.push(
          `${what} changed no job config (none of its ${plural(new Set(decision.paths).size, 'changed file')} matches ${request.patterns.join(', ')})`,
        )
      }
      return notices.length > 0 ? { ...found, notices } : found
    }
  }
}

/**
 * Fails on patterns that select nothing by mistake: one that names a file that does not exist (or
 * a folder), unless this change deleted it (a removed job, handled as such: a notice); with the
 * files of every matching config (`all`), a glob that matches none of them. The default patterns
 * only fail together, when the workspace has no config at all. Returns the notices.
 */
async function refuseUnmatched(
  request: DiscoverRequest,
  all: string[] | undefined,
  deletedByChange: () => Promise<string[]>,
): Promise<string[]> {
  const problems: string[] = []
  const notices: string[] = []
  const includes = request.patterns.filter(
    (pattern) => pattern.trim() !== '' && !(pattern.startsWith('!') && !pattern.startsWith('!(')),
  )
  const defaults =
    includes.length === Defaults.configs.length &&
    includes.every((pattern, i) => pattern === Defaults.configs[i])
  for (const pattern of includes) {
    const glob = parsePatterns([pattern]).include[0]!
    if (!picomatch.scan(glob).isGlob) {
      const info = await lstat(path.join(request.workspace, glob)).catch(() => undefined)
      if (!info) {
        if ((await deletedByChange()).includes(glob)) {
          notices.push(
            `'${pattern}' was deleted by this change: the runtime of its job is handled as a removed job`,
          )
        } else problems.push(`'${pattern}' does not exist`)
      } else if (info.isDirectory())
        problems.push(
          `'${pattern}' is a folder (for the configs under it: ${glob}/**/*.yaml and ${glob}/**/*.yml)`,
        )
      continue
    }
    if (!all || defaults) continue
    const matches = picomatch(glob, MATCH_OPTIONS)
    if (all.some((file) => matches(file))) continue
    // Excluded files still count: the glob itself found something.
    if ((await findConfigFiles(request.workspace, parsePatterns([pattern]))).length > 0) continue
    problems.push(`'${pattern}' matches no file`)
  }
  if (all && all.length === 0 && problems.length === 0 && notices.length === 0) {
    const excludes = request.patterns.filter((p) => p.startsWith('!') && !p.startsWith('!('))
    const unexcluded = await findConfigFiles(request.workspace, parsePatterns(includes))
    problems.push(
      unexcluded.length > 0
        ? `every file the patterns match is excluded by ${excludes.map((p) => `'${p}'`).join(', ')}`
        : `no file matches the default patterns (${Defaults.configs.join(', ')}); give the globs of your job configs`,
    )
  }
  if (problems.length > 0) throw new InputError('configs', problems.join('; '))
  return notices
}

async function allConfigs(
  workspace: string,
  patterns: ConfigPatterns,
  why: string,
  warning: string | undefined,
): Promise<Discovery> {
  const files = await findConfigFiles(workspace, patterns)
  return {
    files,
    basis: 'all',
    reason: `${why}, all matching configs (${files.length})`,
    warnings: warning ? [warning] : [],
  }
}

async function changedConfigs(
  workspace: string,
  patterns: ConfigPatterns,
  decision: Extract<Decision, { kind: 'changed' }>,
  git: Git,
  debug: (message: string) => void,
): Promise<Discovery> {
  const toWorkspace = await repositoryToWorkspace(workspace, git)
  const changed = [...new Set(decision.paths)]
  const matches = configMatcher(patterns)
  const candidates = changed
    .map(toWorkspace)
    .filter((file): file is string => file !== undefined && matches(file))
  debug(`${changed.length} changed files, ${candidates.length} match the patterns`)
  const files = await existingConfigFiles(workspace, candidates, debug)
  const count = plural(changed.length, 'file')
  const deleted = [...new Set(decision.deleted)]
    .map(toWorkspace)
    .filter((file): file is string => file !== undefined && matches(file) && !files.includes(file))
    .sort()
  return {
    files,
    basis: 'changed',
    reason: `${count} changed by ${decision.what} (from ${decision.via}); ${files.length} match`,
    warnings: decision.warnings,
    ...(deleted.length > 0 ? { deleted } : {}),
  }
}

/**
 * Maps repository-relative paths (what git and the API list) to workspace-relative ones, for a
 * workspace that is not the repository's root (a checkout into a sub-folder, a CLI run below it);
 * paths that land outside the workspace are dropped. `asked`: git's answer to
 * `rev-parse --show-toplevel`, when the caller has it.
 */
export async function repositoryToWorkspace(
  workspace: string,
  git: Git,
  asked?: ExecResult,
): Promise<(repositoryPath: string) => string | undefined> {
  const topLevel = asked ?? (await git.tryRun(['rev-parse', '--show-toplevel']))
  // Outside a repository the workspace stands for its root.
  const root = (topLevel.exitCode === 0 && topLevel.stdout.trim()) || workspace
  const [realWorkspace, realRoot] = await Promise.all([
    realpath(workspace).catch(() => workspace),
    realpath(root).catch(() => root),
  ])
  return (file) => within(realWorkspace, path.join(realRoot, file))
}

async function decide(
  context: GitHubContext,
  deps: DiscoverDeps,
  debug: (message: string) => void,
): Promise<Decision> {
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return decidePullRequest(context, deps, debug)
    case 'push':
      return decidePush(context, deps, debug)
    case 'local':
      return { kind: 'all', reason: 'not run for a pull request or push' }
    default:
      return { kind: 'all', reason: `${context.eventName} event: no changes to compare` }
  }
}

async function decidePullRequest(
  context: GitHubContext,
  deps: DiscoverDeps,
  debug: (message: string) => void,
): Promise<Decision> {
  const pr = pullRequestOf(context)
  if (!pr) {
    return {
      kind: 'all',
      reason: `${context.eventName} event without a pull request`,
      warning: `changed-only: the ${context.eventName} event carries no pull request; checking all matching configs`,
    }
  }
  const what = `pull request #${pr.number}`
  return fromApiThenGit(
    what,
    context,
    deps,
    debug,
    (api, repository) => pullRequestFilesFromApi(api, repository, pr.number, pr.changedFiles),
    () => filesFromGit(deps.git, pr.baseSha, pr.headSha, true),
  )
}

async function decidePush(
  context: GitHubContext,
  deps: DiscoverDeps,
  debug: (message: string) => void,
): Promise<Decision> {
  const payload = context.payload
  const before = commitSha(payload.before)
  const after = commitSha(payload.after)
  const ref = typeof payload.ref === 'string' ? payload.ref : (context.ref ?? '')
  const target = refDescription(ref)
  if (payload.deleted === true || (after !== undefined && isZero(after))) {
    return { kind: 'none', reason: `push deleted ${target}: no configs to check` }
  }
  if (payload.created === true || (before !== undefined && isZero(before))) {
    return { kind: 'all', reason: `push created ${target}: no base to compare` }
  }
  if (payload.forced === true) {
    return { kind: 'all', reason: `force push to ${target}: its earlier commits were replaced` }
  }
  if (before === undefined || after === undefined) {
    return { kind: 'all', reason: 'push event without its before and after commits' }
  }
  return fromApiThenGit(
    `push ${short(before)}..${short(after)}`,
    context,
    deps,
    debug,
    (api, repository) => pushFilesFromApi(api, repository, before, after),
    () => filesFromGit(deps.git, before, after, false),
  )
}

async function fromApiThenGit(
  what: string,
  context: GitHubContext,
  deps: DiscoverDeps,
  debug: (message: string) => void,
  fromApi: (api: GitHubClient, repository: { owner: string; repo: string }) => Promise<ChangeList>,
  fromGit: () => Promise<ChangeList>,
): Promise<Decision> {
  const warnings: string[] = []
  let apiProblem: string
  if (!deps.api) apiProblem = 'no GitHub token for the API'
  else if (!context.repository) apiProblem = 'the repository is unknown (GITHUB_REPOSITORY)'
  else {
    try {
      const listed = await fromApi(deps.api, context.repository)
      if (listed.ok) {
        const { paths, deleted, via } = listed
        return { kind: 'changed', what, paths, deleted, via, warnings }
      }
      apiProblem = listed.problem
    } catch (error) {
      const said = describeGitHubError(error, deps.api.baseUrl)
      apiProblem = `the GitHub API failed: ${said}`
      // A token without the right permission fails the same way every run: worth a warning.
      warnings.push(
        `Could not list the files changed by ${what} through the GitHub API (${said}); using the local git history instead`,
      )
    }
  }
  debug(`changed files of ${what} not from the API: ${apiProblem}`)
  const diffed = await fromGit()
  if (diffed.ok) {
    const { paths, deleted, via } = diffed
    return { kind: 'changed', what, paths, deleted, via, warnings }
  }
  return {
    kind: 'all',
    reason: `changed files of ${what} unknown`,
    warning: `changed-only: could not tell which files ${what} changed (${apiProblem}; ${diffed.problem}); checking all matching configs`,
  }
}

function commitSha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value)
    ? value
    : undefined
}

function isZero(sha: string): boolean {
  return /^0+$/.test(sha)
}

function refDescription(ref: string): string {
  if (ref.startsWith('refs/heads/')) return `branch ${ref.slice('refs/heads/'.length)}`
  if (ref.startsWith('refs/tags/')) return `tag ${ref.slice('refs/tags/'.length)}`
  return ref ? ref : 'a ref'
}
