// GitHub's API through @actions/github's Octokit (REST, GraphQL, pagination), with
// @octokit/plugin-retry for server errors and network failures and @octokit/plugin-throttling for
// rate limits. Loaded on demand (see client.ts): most runs never call the API.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ThrottlingOptions } from '@octokit/plugin-throttling'

export interface OctokitOptions {
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string
  token: string
  log: { warning(message: string): void; debug(message: string): void }
  /** How long a second of waiting lasts, in milliseconds (tests shorten every wait with it). */
  second?: number
}

/** A request as the throttling plugin hands it over: a route and its parameters. */
type EndpointOptions = Parameters<NonNullable<ThrottlingOptions['onRateLimit']>>[1]

/** The longest wait for a rate limit to lift; past it the request fails and says why. */
export const MAX_RATE_LIMIT_WAIT = 300

/**
 * Requests that are safe to send again after a failure whose effect is unknown: reads, and the
 * POSTs that create git objects, which are addressed by their content (a repeated commit is at
 * worst an object no branch points to). Any other POST could make something twice.
 */
const REPEATABLE_POST = /\/git\/(?:blobs|trees|commits)$|\/graphql$/

export function createOctokit(options: OctokitOptions) {
  const second = options.second ?? 1000
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const { log } = options
  /** `GET /repos/acme/etl/pulls/7/files?per_page=100`: the request as it went, for the log. */
  const requestLine = (request: EndpointOptions) => {
    const { method, url } = octokit.request.endpoint(request)
    return `${method} ${url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url}`
  }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.debug(message),
        error: (message: string) => log.debug(message),
      },
      // Rate limits (403, 429) are the throttling plugin's: it knows how long GitHub asks to wait.
      retry: {
        retries: 3,
        retryAfterBaseValue: second,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: second,
        onRateLimit: (retryAfter: number, request: EndpointOptions, _: unknown, count: number) => {
          if (count > 0 || retryAfter > MAX_RATE_LIMIT_WAIT) return false
          log.warning(
            `GitHub's API rate limit is used up (${requestLine(request)}); waiting ${retryAfter} s for it to reset`,
          )
          return true
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: EndpointOptions,
          _: unknown,
          count: number,
        ) => {
          if (count > 1 || retryAfter > MAX_RATE_LIMIT_WAIT) return false
          log.warning(
            `GitHub's secondary rate limit refused ${requestLine(request)}; waiting ${retryAfter} s before trying again`,
          )
          return true
        },
      },
    },
    retry,
    throttling,
  )
  octokit.hook.before('request', (request) => {
    if (request.method === 'POST' && !REPEATABLE_POST.test(request.url)) {
      request.request = { ...request.request, retries: 0 }
    }
  })
  return octokit
}

export type Octokit = ReturnType<typeof createOctokit>
