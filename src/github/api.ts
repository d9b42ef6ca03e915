// A small client for GitHub's REST API: JSON in and out, pagination by Link header, and retries
// on server errors, rate limits and network failures (through util/retry).
import type { HttpClient } from '@actions/http-client'
import { isTransientStatus, newHttpClient, retryAfterMs } from '../util/http.js'
import { withRetry } from '../util/retry.js'
import type { RetryOptions } from '../util/retry.js'

export interface GitHubApiOptions {
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string
  token?: string
  retry?: Partial<RetryOptions>
  /** Called before each retry, for the log. */
  onRetry?: (message: string) => void
}

export interface ApiResponse<T> {
  status: number
  data: T
  headers: Record<string, string | string[] | undefined>
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: string,
    readonly headers: Record<string, string | string[] | undefined> = {},
  ) {
    super(`GitHub API ${method} ${path} answered ${status}${summary(body)}`)
    this.name = 'GitHubApiError'
  }
}

function summary(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message
    return typeof message === 'string' ? `: ${message}` : ''
  } catch {
    return ''
  }
}

export class GitHubApi {
  private http?: Promise<HttpClient>
  private readonly baseUrl: string

  constructor(private readonly options: GitHubApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '')
  }

  /** The HTTP client loads on the first request: most runs never make one. */
  private client(): Promise<HttpClient> {
    this.http ??= newHttpClient(30_000)
    return this.http
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`
    // A Link header could name another host: the token only ever goes to the API's own.
    const ownHost = new URL(url).origin === new URL(this.baseUrl).origin
    return withRetry(
      async () => {
        const headers: Record<string, string> = {
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
        }
        if (this.options.token && ownHost) headers.authorization = `Bearer ${this.options.token}`
        if (body !== undefined) headers['content-type'] = 'application/json'
        const response = await (
          await this.client()
        ).request(method, url, body === undefined ? null : JSON.stringify(body), headers)
        const status = response.message.statusCode ?? 0
        const text = await response.readBody()
        const responseHeaders = response.message.headers as ApiResponse<T>['headers']
        if (status < 200 || status >= 300) {
          throw new GitHubApiError(status, method, path, text, responseHeaders)
        }
        return {
          status,
          data: (text ? JSON.parse(text) : undefined) as T,
          headers: responseHeaders,
        }
      },
      {
        attempts: 4,
        baseDelayMs: 1000,
        maxDelayMs: 60_000,
        retryable: isRetryable,
        delayFor: delayAsked,
        onRetry: (error, attempt, delay) =>
          this.options.onRetry?.(
            `${(error as Error).message}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1})`,
          ),
        ...this.options.retry,
      },
    )
  }

  /** Every item of a list endpoint, page by page (100 a page). */
  async *paginate<T>(
    path: string,
    items: (data: unknown) => T[] = (data) => data as T[],
  ): AsyncGenerator<T> {
    let next: string | undefined = path + (path.includes('?') ? '&' : '?') + 'per_page=100'
    while (next) {
      const response: ApiResponse<unknown> = await this.request<unknown>('GET', next)
      yield* items(response.data)
      next = nextLink(response.headers.link)
    }
  }
}

function nextLink(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header.join(',') : header
  if (!value) return undefined
  for (const part of value.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (match) return match[1]
  }
  return undefined
}

function isRetryable(error: unknown): boolean {
  if (error instanceof GitHubApiError) {
    if (isTransientStatus(error.status)) return true
    // Rate limits come back as 403 with the remaining count at zero or a Retry-After.
    return (
      error.status === 403 &&
      (header(error, 'x-ratelimit-remaining') === '0' || !!header(error, 'retry-after'))
    )
  }
  return error instanceof SyntaxError ? false : true
}

function delayAsked(error: unknown): number | undefined {
  if (!(error instanceof GitHubApiError)) return undefined
  const asked = retryAfterMs(error.headers['retry-after'])
  if (asked !== undefined) return asked
  const reset = header(error, 'x-ratelimit-reset')
  if (header(error, 'x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset)) {
    return Math.max(0, Number(reset) * 1000 - Date.now()) + 1000
  }
  return undefined
}

function header(error: GitHubApiError, name: string): string | undefined {
  const value = error.headers[name]
  return Array.isArray(value) ? value[0] : value
}
