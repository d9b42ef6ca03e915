// The files a pull request or a push changed: from GitHub's API first, then from the local git
// history, each telling why it could not answer so the caller can fall back and say so.
import type { GitHubClient } from '../github/client.js'
import type { Git } from '../util/git.js'

/** The pulls/{n}/files endpoint lists at most this many files of a pull request. */
export const PULL_REQUEST_FILES_LIMIT = 3000
/** The compare endpoint lists at most this many files, without saying when it left some out. */
export const COMPARE_FILES_LIMIT = 300

/**
 * Changed paths, relative to the repository root; deletions apart (a renamed file's old name
 * counts as deleted).
 */
export type ChangeList =
  { ok: true; paths: string[]; deleted: string[]; via: string } | { ok: false; problem: string }

/** A file as GitHub's API lists it in a pull request or a comparison. */
export interface DiffEntry {
  filename?: unknown
  status?: unknown
  previous_filename?: unknown
}

/** Every file of a pull request, as the pulls/{n}/files endpoint lists them, page after page. */
export async function pullRequestEntries(
  api: GitHubClient,
  repository: { owner: string; repo: string },
  number: number,
): Promise<DiffEntry[]> {
  const octokit = await api.octokit()
  const entries: DiffEntry[] = []
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    ...repository,
    pull_number: number,
    per_page: 100,
  })
  for await (const page of pages) entries.push(...page.data)
  return entries
}

/** The files changed from one commit to another, as the compare endpoint lists them. */
export async function compareEntries(
  api: GitHubClient,
  repository: { owner: string; repo: string },
  base: string,
  head: string,
): Promise<DiffEntry[]> {
  const octokit = await api.octokit()
  const response = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repository,
    basehead: `${base}...${head}`,
  })
  return Array.isArray(response.data?.files) ? response.data.files : []
}

/** Files of a pull request that still exist after it: renames under their new name. */
export async function pullRequestFilesFromApi(
  api: GitHubClient,
  repository: { owner: string; repo: string },
  number: number,
  changedFiles: number | undefined,
): Promise<ChangeList> {
  if (changedFiles !== undefined && changedFiles > PULL_REQUEST_FILES_LIMIT) {
    return {
      ok: false,
      problem: `it changes ${changedFiles} files and the GitHub API lists at most ${PULL_REQUEST_FILES_LIMIT}`,
    }
  }
  const files = await pullRequestEntries(api, repository, number)
  // Without changed_files in the payload, a full list is the only sign that some were left out.
  if (changedFiles === undefined && files.length >= PULL_REQUEST_FILES_LIMIT) {
    return {
      ok: false,
      problem: `the GitHub API listed ${files.length} files, its limit, so the list may be incomplete`,
    }
  }
  return fromEntries(files)
}

/** Files changed between two commits of a push, as GitHub's compare endpoint lists them. */
export async function pushFilesFromApi(
  api: GitHubClient,
  repository: { owner: string; repo: string },
  before: string,
  after: string,
): Promise<ChangeList> {
  const files = await compareEntries(api, repository, before, after)
  if (files.length >= COMPARE_FILES_LIMIT) {
    return {
      ok: false,
      problem: `the GitHub API listed ${files.length} files of the comparison, its limit, so the list may be incomplete`,
    }
  }
  return fromEntries(files)
}

function fromEntries(files: DiffEntry[]): ChangeList {
  const paths = files.map(keptName).filter((name): name is string => name !== undefined)
  return { ok: true, paths, deleted: files.flatMap(deletedNames), via: 'the GitHub API' }
}

function keptName(file: DiffEntry): string | undefined {
  if (typeof file.filename !== 'string' || file.status === 'removed') return undefined
  return file.filename
}

function deletedNames(file: DiffEntry): string[] {
  if (file.status === 'removed' && typeof file.filename === 'string') return [file.filename]
  if (file.status === 'renamed' && typeof file.previous_filename === 'string')
    return [file.previous_filename]
  return []
}

/**
 * Files changed between two commits of the local history: against their merge base for a pull
 * request (`base...head`, what the pull request itself shows), directly for a push.
 */
export async function filesFromGit(
  git: Git,
  base: string | undefined,
  head: string | undefined,
  mergeBase: boolean,
): Promise<ChangeList> {
  if (!base || !head) return { ok: false, problem: 'the event does not name both commits' }
  if (!(await git.isRepository())) {
    return { ok: false, problem: 'the workspace is not a git repository' }
  }
  const range = `${short(base)}${mergeBase ? '...' : '..'}${short(head)}`
  for (const commit of [base, head]) {
    if (!(await git.hasCommit(commit))) {
      return {
        ok: false,
        problem: `commit ${short(commit)} is not in the local history${await shallowHint(git)}`,
      }
    }
  }
  try {
    return {
      ok: true,
      paths: await git.changedFiles(base, head, mergeBase),
      deleted: await git.changedFiles(base, head, mergeBase, 'D'),
      via: `git diff ${range}`,
    }
  } catch (error) {
    const message = (error as Error).message.split('\n').slice(-1)[0] ?? ''
    return { ok: false, problem: `git diff ${range} failed (${message})${await shallowHint(git)}` }
  }
}

async function shallowHint(git: Git): Promise<string> {
  const shallow = await git.tryRun(['rev-parse', '--is-shallow-repository'])
  return shallow.stdout.trim() === 'true'
    ? ' (shallow clone: fetch-depth: 0 on actions/checkout lets changed-only work without the API)'
    : ''
}

export function short(sha: string): string {
  return sha.slice(0, 7)
}
