// What the workflow run is about: the event, the repository and the commits. The action reads it
// from the runner's environment once (readGitHubContext); stages receive it as plain data. Not
// @actions/github's `context`: that package brings Octokit with it, which validation must not load.
import { readFileSync } from 'node:fs'

export interface GitHubContext {
  /** GITHUB_EVENT_NAME, or 'local' outside GitHub Actions. */
  eventName: string
  /** The webhook payload of GITHUB_EVENT_PATH (empty outside GitHub Actions). */
  payload: Record<string, unknown>
  /** owner/name of GITHUB_REPOSITORY, when known. */
  repository?: { owner: string; repo: string }
  apiUrl: string
  serverUrl: string
  /** GITHUB_SHA and GITHUB_REF. */
  sha?: string
  ref?: string
  /** GITHUB_HEAD_REF: the source branch of a pull request. */
  headRef?: string
  runId?: string
  /** GITHUB_JOB: the workflow job, to keep one PR comment per job. */
  job?: string
  workflow?: string
}

export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME || 'local',
    payload,
    repository: owner && repo ? { owner, repo } : undefined,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    headRef: env.GITHUB_HEAD_REF || undefined,
    runId: env.GITHUB_RUN_ID || undefined,
    job: env.GITHUB_JOB || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
  }
}

/** The pull request of a pull_request / pull_request_target event. */
export interface PullRequestInfo {
  number: number
  baseSha?: string
  headSha?: string
  headRef?: string
  /** The head repository's full name; differs from the base for a fork. */
  headRepo?: string
  baseRepo?: string
  changedFiles?: number
  /** The head is another repository than the base (a fork), or one that no longer exists. */
  fromFork: boolean
}

export function pullRequestOf(context: GitHubContext): PullRequestInfo | undefined {
  const pr = context.payload.pull_request as Record<string, unknown> | undefined
  if (!pr || typeof pr.number !== 'number') return undefined
  const base = (pr.base ?? {}) as Record<string, unknown>
  const head = (pr.head ?? {}) as Record<string, unknown>
  const repoName = (side: Record<string, unknown>) =>
    typeof (side.repo as Record<string, unknown> | undefined)?.full_name === 'string'
      ? ((side.repo as Record<string, unknown>).full_name as string)
      : undefined
  const headRepo = repoName(head)
  const baseRepo = repoName(base) ?? repositoryName(context)
  return {
    number: pr.number,
    baseSha: typeof base.sha === 'string' ? base.sha : undefined,
    headSha: typeof head.sha === 'string' ? head.sha : undefined,
    headRef: typeof head.ref === 'string' ? head.ref : undefined,
    headRepo,
    baseRepo,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
    fromFork: !headRepo || headRepo !== baseRepo,
  }
}

/** `owner/name` of the repository the workflow runs in. */
export function repositoryName(context: GitHubContext): string | undefined {
  return context.repository && `${context.repository.owner}/${context.repository.repo}`
}

/** The repository's page on the GitHub server. */
export function repositoryUrl(context: GitHubContext): string | undefined {
  const repository = context.repository
  return (
    repository &&
    `${context.serverUrl}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`
  )
}

/** The page of this workflow run, where its job summary is. */
export function runUrl(context: GitHubContext): string | undefined {
  const base = repositoryUrl(context)
  return base && context.runId
    ? `${base}/actions/runs/${encodeURIComponent(context.runId)}`
    : undefined
}
