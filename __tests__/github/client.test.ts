// The GitHub client against the stand-in on 127.0.0.1: which failures it tries again (never a
// create whose fate is unknown), and how it meets rate limits, with every wait shortened by the
// client's `second` (a thousandth of the real one here).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GitHubClient } from '../../src/github/client.js'
import { describeGitHubError } from '../../src/github/errors.js'
import { FakeGitHub, unreachableUrl } from '../helpers/fake-github.js'

let github: FakeGitHub
let warnings: string[]
beforeEach(async () => {
  github = await FakeGitHub.start()
  warnings = []
})
afterEach(() => github.close())

const client = () =>
  new GitHubClient({
    baseUrl: github.url,
    token: 'test-token',
    log: { warning: (message) => warnings.push(message), debug: () => {} },
    second: 1,
  })
const repo = { owner: 'acme', repo: 'etl' }
const calls = () => github.requests.map((r) => `${r.method} ${r.url}`)
const listComments = async (api: GitHubClient) =>
  (await (await api.octokit()).rest.issues.listComments({ ...repo, issue_number: 7 })).data

describe('failures tried again', () => {
  it('tries a read again after server errors, three times at most', async () => {
    github.failures.push(502, 503, 500)
    expect(await listComments(client())).toEqual([])
    expect(calls()).toHaveLength(4)

    github.failures.push(502, 502, 502, 502)
    const api = client()
    const failure = await listComments(api).catch((error: unknown) => error)
    expect(describeGitHubError(failure, api.baseUrl)).toBe(
      'GitHub API GET /repos/acme/etl/issues/7/comments answered 502: Injected 502',
    )
    expect(calls()).toHaveLength(8)
  })

  it('never sends a comment twice on its own: a 502 may come after GitHub made it', async () => {
    github.failures.push({ status: 502, method: 'POST', after: true })
    const octokit = await client().octokit()
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'once' }),
    ).rejects.toThrow('Injected 502')
    expect(calls()).toEqual(['POST /repos/acme/etl/issues/7/comments'])
    expect(github.comments.get(7)!.map((c) => c.body)).toEqual(['once'])
  })

  it('sends a git object again: the same content makes the same object', async () => {
    github.failures.push({ status: 502, method: 'POST', after: true })
    const octokit = await client().octokit()
    const blob = await octokit.rest.git.createBlob({ ...repo, content: 'aGk=', encoding: 'base64' })
    expect(calls()).toEqual(['POST /repos/acme/etl/git/blobs', 'POST /repos/acme/etl/git/blobs'])
    expect(github.blobs.get(blob.data.sha)!.toString()).toBe('hi')
    expect(github.blobs.size).toBe(1)
  })
})

describe('rate limits', () => {
  it('waits for a primary limit to reset when that is soon', async () => {
    github.primaryRateLimit(30)
    expect(await listComments(client())).toEqual([])
    expect(calls()).toHaveLength(2)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub's API rate limit is used up \(GET \/repos\/acme\/etl\/issues\/7\/comments\); waiting 3[0-2] s for it to reset$/,
      ),
    ])
  })

  it('fails at once on a primary limit that resets later than it would wait', async () => {
    github.primaryRateLimit(301)
    const api = client()
    const failure = await listComments(api).catch((error: unknown) => error)
    expect(calls()).toHaveLength(1)
    expect(warnings).toEqual([])
    expect(describeGitHubError(failure, api.baseUrl)).toMatch(
      /^GitHub's primary API rate limit was reached, so the request was refused \(GitHub API GET \/repos\/acme\/etl\/issues\/7\/comments answered 403: API rate limit exceeded for installation ID 4242\.\); it resets at \d\d:\d\d:\d\d UTC \(in [56] minutes\)\. This is a rate limit, not a missing permission: run the workflow again later\.$/,
    )
  })

  it('waits a minute for a secondary limit without Retry-After, as GitHub asks', async () => {
    github.secondaryRateLimit(undefined)
    expect(await listComments(client())).toEqual([])
    expect(calls()).toHaveLength(2)
    expect(warnings).toEqual([
      "GitHub's secondary rate limit refused GET /repos/acme/etl/issues/7/comments; waiting 60 s before trying again",
    ])
  })

  it('waits as Retry-After says, twice, and then gives up saying why', async () => {
    github.secondaryRateLimit(5)
    github.secondaryRateLimit(7)
    github.secondaryRateLimit(9)
    const api = client()
    const failure = await listComments(api).catch((error: unknown) => error)
    expect(calls()).toHaveLength(3)
    expect(warnings).toEqual([
      "GitHub's secondary rate limit refused GET /repos/acme/etl/issues/7/comments; waiting 5 s before trying again",
      "GitHub's secondary rate limit refused GET /repos/acme/etl/issues/7/comments; waiting 7 s before trying again",
    ])
    expect(describeGitHubError(failure, api.baseUrl)).toBe(
      "GitHub's secondary API rate limit was reached, so the request was refused (GitHub API GET /repos/acme/etl/issues/7/comments answered 403: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0A1B:2C3D:4E5F.). This is a rate limit, not a missing permission: run the workflow again later.",
    )
  })

  it('does not wait for a secondary limit that asks for longer than five minutes', async () => {
    github.secondaryRateLimit(301)
    await expect(listComments(client())).rejects.toThrow(/secondary rate limit/)
    expect(calls()).toHaveLength(1)
    expect(warnings).toEqual([])
  })
})

describe('identity', () => {
  /** A log whose debug needs its object, as the action's reporter's does. */
  class Log {
    readonly lines: string[] = []
    warning(message: string): void {
      this.lines.push(message)
    }
    debug(message: string): void {
      this.lines.push(`debug: ${message}`)
    }
  }
  const withLog = (baseUrl: string, log: Log) =>
    new GitHubClient({ baseUrl, token: 'ghs_test', log, second: 1 })

  it('is the bot GraphQL’s viewer names for an app’s token, GET /user never asked', async () => {
    expect(await client().identity()).toBe('github-actions[bot]')
    expect(calls()).toEqual(['POST /graphql'])
  })

  it('falls back to GET /user when viewer is refused, and to GITHUB_TOKEN’s bot when both are', async () => {
    github.viewerRefused = true
    const log = new Log()
    expect(await withLog(github.url, log).identity()).toBe('github-actions[bot]')
    expect(calls()).toEqual(['POST /graphql', 'GET /user'])
    expect(log.lines).toEqual([
      'debug: GraphQL viewer: Request failed due to following response errors:\n - Resource not accessible by integration',
      'debug: GET /user: Resource not accessible by integration - https://docs.github.com/rest/users/users#get-the-authenticated-user',
      "debug: The token's identity is unknown; taking it for github-actions[bot]",
    ])
    github.tokenUser = { login: 'octocat', type: 'User' }
    expect(await client().identity()).toBe('octocat')
  })

  it('asks GraphQL at /api/graphql on GitHub Enterprise Server', async () => {
    const enterprise = await FakeGitHub.start({ enterprise: true })
    try {
      expect(await withLog(enterprise.url, new Log()).identity()).toBe('github-actions[bot]')
      expect(enterprise.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/graphql'])
    } finally {
      await enterprise.close()
    }
  })

  it('never throws, even when GitHub cannot be reached', async () => {
    const log = new Log()
    const api = withLog(await unreachableUrl(), log)
    expect(await api.identity()).toBe('github-actions[bot]')
    expect(log.lines.at(-1)).toBe(
      "debug: The token's identity is unknown; taking it for github-actions[bot]",
    )
  })
})
