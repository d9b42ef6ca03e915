// What a failed call to GitHub's API means, in words that say what to change. Octokit throws a
// RequestError (name HttpError) with the status, the request and GitHub's answer; it is read by
// shape here so that this file stays light enough to load at start-up.

export interface GitHubRequestError extends Error {
  status: number
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

export function isGitHubError(error: unknown): error is GitHubRequestError {
  return (
    error instanceof Error &&
    error.name === 'HttpError' &&
    typeof (error as GitHubRequestError).status === 'number'
  )
}

export function hasStatus(error: unknown, ...statuses: number[]): error is GitHubRequestError {
  return isGitHubError(error) && statuses.includes(error.status)
}

export interface RateLimit {
  kind: 'primary' | 'secondary'
  /** When the primary limit resets, if GitHub said. */
  resetsAt?: Date
}

/**
 * The rate limit a refusal comes from, if any: the primary one answers 403 or 429 with
 * x-ratelimit-remaining: 0; a secondary one says so in its message, with or without Retry-After.
 */
export function rateLimitOf(error: unknown): RateLimit | undefined {
  if (!hasStatus(error, 403, 429)) return undefined
  const headers = error.response?.headers ?? {}
  if (/\bsecondary rate limit/i.test(error.message)) return { kind: 'secondary' }
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    return { kind: 'primary', resetsAt: reset > 0 ? new Date(reset * 1000) : undefined }
  }
  return undefined
}

/** `GET /repos/acme/etl/pulls/7/files`: the request without the API's base URL. */
export function requestLine(error: GitHubRequestError, baseUrl: string): string {
  const url = error.request?.url ?? ''
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url
  return `${error.request?.method ?? 'GET'} ${path || '/'}`
}

/** GitHub's own message, without the documentation link Octokit appends. */
export function githubMessage(error: GitHubRequestError): string {
  return error.message.replace(/ - https:\/\/docs\.github\.com\/\S*$/, '')
}

/**
 * One sentence for the log: which request, GitHub's answer, and for a rate limit that it is one
 * (not a permission problem) and when it lifts.
 */
export function describeGitHubError(error: unknown, baseUrl: string): string {
  if (!isGitHubError(error)) return error instanceof Error ? error.message : String(error)
  // No response: the request never got an answer (Octokit then says status 500).
  const said = error.response
    ? `GitHub API ${requestLine(error, baseUrl)} answered ${error.status}: ${githubMessage(error)}`
    : `GitHub API ${requestLine(error, baseUrl)} failed: ${error.message}`
  const limit = rateLimitOf(error)
  if (!limit) return said
  const when =
    limit.kind === 'primary' && limit.resetsAt
      ? `; it resets at ${limit.resetsAt.toISOString().slice(11, 19)} UTC (in ${minutes(limit.resetsAt)})`
      : ''
  return `GitHub's ${limit.kind} API rate limit was reached, so the request was refused (${said})${when}. This is a rate limit, not a missing permission: run the workflow again later.`
}

function minutes(at: Date): string {
  const left = Math.max(1, Math.round((at.getTime() - Date.now()) / 60_000))
  return left === 1 ? '1 minute' : `${left} minutes`
}
