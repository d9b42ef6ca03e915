// GitHub's rate limits, answered by the stand-in as GitHub answers them, through the committed
// dist/index.js on a pull request: a primary limit that resets soon is waited for, one that resets
// in an hour fails at once saying it is a rate limit, a secondary limit waits as Retry-After asks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { copyTracked } from '../helpers/examples.js'

const CONFIG = 'jobs/acme/stripe_customers_to_iceberg.yaml'

describe("GitHub's rate limits on a pull request run", () => {
  let workspace: string
  let github: FakeGitHub
  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dativo-limits-'))
    copyTracked('examples/jobs/acme', path.join(workspace, 'jobs/acme'))
    writeFileSync(
      path.join(workspace, 'event.json'),
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/etl' } },
          head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'acme/etl' } },
        },
      }),
    )
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))
  beforeEach(async () => {
    github = await FakeGitHub.start()
    github.pullRequestFiles.set(7, [{ filename: CONFIG, status: 'modified' }])
  })
  afterEach(() => github.close())

  const run = () =>
    runActionAsync(workspace, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(workspace, 'event.json'),
      GITHUB_REPOSITORY: 'acme/etl',
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'Dativo jobs',
      GITHUB_JOB: 'validate',
      INPUT_MODE: 'validate',
      'INPUT_GITHUB-TOKEN': 'ghs_test_token',
    })
  const warnings = (result: Awaited<ReturnType<typeof run>>) =>
    result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)

  it('waits for a primary limit that resets in seconds, then carries on', async () => {
    github.primaryRateLimit(2, { method: 'GET', path: /\/pulls\/7\/files$/ })
    const result = await run()
    expect(result.status).toBe(0)
    // The reset is 2 s after the answer (rounded up to GitHub's whole seconds), and one second
    // more is waited for; a busy machine reads the answer later and waits less, never more.
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^GitHub's API rate limit is used up \(GET \/repos\/acme\/etl\/pulls\/7\/files\?per_page=100\); waiting [1-4] s for it to reset$/,
      ),
    ])
    expect(
      github.requests.filter((r) => r.method === 'GET' && r.url.includes('/pulls/7/files')),
    ).toHaveLength(2)
    expect(result.stdout).toContain('1 file changed by pull request #7 (from the GitHub API)')
    expect(result.stdout).toContain('Pull request comment: created')
  })

  it('fails at once when the limit resets in an hour, and says it is a rate limit', async () => {
    github.primaryRateLimit(3600, { method: 'GET', path: /\/issues\/7\/comments$/ })
    const result = await run()
    expect(result.status).toBe(0)
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^Cannot comment on pull request #7: GitHub's primary API rate limit was reached, so the request was refused \(GitHub API GET \/repos\/acme\/etl\/issues\/7\/comments\?per_page=100 answered 403: API rate limit exceeded for installation ID 4242\.\); it resets at \d\d:\d\d:\d\d UTC \(in (59|60) minutes\)\. This is a rate limit, not a missing permission: run the workflow again later\.$/,
      ),
    ])
    expect(github.comments.get(7) ?? []).toEqual([])
  })

  it('waits as long as a secondary limit’s Retry-After asks, and posts once', async () => {
    github.secondaryRateLimit(2, { method: 'POST', path: /\/issues\/7\/comments$/ })
    const result = await run()
    expect(warnings(result)).toEqual([
      "GitHub's secondary rate limit refused POST /repos/acme/etl/issues/7/comments; waiting 2 s before trying again",
    ])
    expect(result.stdout).toContain('Pull request comment: created')
    expect(github.comments.get(7)).toHaveLength(1)
    expect(
      github.requests.filter((r) => r.method === 'POST' && r.url.includes('/comments')),
    ).toHaveLength(2)
  })
})
