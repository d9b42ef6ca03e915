// The stand-in GitHub's Issues API answers as GitHub's REST description says GitHub does: each
// answer, refusals included, is validated against the schema @octokit/openapi gives for that
// operation and status, through the same Octokit the action uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOctokit } from '../../src/github/octokit.js'
import type { Octokit } from '../../src/github/octokit.js'
import { FakeGitHub } from './fake-github.js'
import { responseValidator } from './github-openapi.js'

let github: FakeGitHub
let octokit: Octokit
const repo = { owner: 'acme', repo: 'etl' }

beforeAll(async () => {
  github = await FakeGitHub.start()
  const quiet = { warning: () => undefined, debug: () => undefined }
  octokit = createOctokit({ baseUrl: github.url, token: 't0ken', log: quiet, second: 1 })
})
afterAll(() => github.close())

/** The answer's body, after checking it against GitHub's description of this operation. */
function documented(method: string, path: string, status: number, body: unknown): unknown {
  const validate = responseValidator(method, path, status)
  expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  return body
}

/** The refusal Octokit throws, checked the same way. */
async function refused(
  method: string,
  path: string,
  call: () => Promise<unknown>,
): Promise<{ status: number; data: unknown }> {
  try {
    await call()
  } catch (error) {
    const { status, response } = error as { status: number; response: { data: unknown } }
    documented(method, path, status, response.data)
    return { status, data: response.data }
  }
  throw new Error(`${method} ${path} was not refused`)
}

describe('the stand-in GitHub: issues and labels', () => {
  const ISSUES = '/repos/{owner}/{repo}/issues'
  const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}'
  const LABELS = '/repos/{owner}/{repo}/labels'
  const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

  it('creates labels, and refuses one that exists as GitHub does', async () => {
    const made = await octokit.rest.issues.createLabel({
      ...repo,
      name: 'dativo-drift',
      color: 'd93f0b',
      description: 'Drift',
    })
    expect(made.status).toBe(201)
    documented('post', LABELS, 201, made.data)
    const again = await refused('post', LABELS, () =>
      octokit.rest.issues.createLabel({ ...repo, name: 'Dativo-Drift', color: 'd93f0b' }),
    )
    expect(again).toMatchObject({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      },
    })
    const listed = await octokit.rest.issues.listLabelsForRepo({ ...repo, per_page: 100 })
    documented('get', LABELS, 200, listed.data)
    expect(listed.data.map((label) => label.name)).toEqual(['dativo-drift'])
  })

  it('opens, lists, updates, comments on and closes issues; an unknown label is made grey', async () => {
    const opened = await octokit.rest.issues.create({
      ...repo,
      title: 'Drift: orders (jobs/orders.yaml)',
      body: '<!-- marker -->\nbody',
      labels: ['dativo-drift', 'team:data'],
    })
    expect(opened.status).toBe(201)
    documented('post', ISSUES, 201, opened.data)
    expect(opened.data.labels.map((l) => (typeof l === 'string' ? l : [l.name, l.color]))).toEqual([
      ['dativo-drift', 'd93f0b'],
      ['team:data', 'ededed'],
    ])
    github.addIssue({
      title: 'Someone else',
      body: '<!-- marker -->',
      labels: ['dativo-drift'],
      user: { login: 'mallory', type: 'User' },
    })
    const listed = await octokit.rest.issues.listForRepo({
      ...repo,
      state: 'all',
      labels: 'dativo-drift',
      per_page: 1,
    })
    documented('get', ISSUES, 200, listed.data)
    expect(listed.headers.link).toMatch(/rel="next"/)
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      labels: 'DATIVO-DRIFT',
    })
    expect(all.map((issue) => [issue.number, issue.user?.login])).toEqual([
      [opened.data.number + 1, 'mallory'],
      [opened.data.number, 'github-actions[bot]'],
    ])
    const number = opened.data.number
    const comment = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: 'No drift any more. Closing.',
    })
    documented('post', COMMENTS, 201, comment.data)
    documented(
      'get',
      COMMENTS,
      200,
      (await octokit.rest.issues.listComments({ ...repo, issue_number: number })).data,
    )
    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed',
    })
    documented('patch', ISSUE, 200, closed.data)
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 })
    expect(closed.data.closed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const reopened = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'open',
      body: 'again',
    })
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      body: 'again',
    })
    documented(
      'get',
      ISSUE,
      200,
      (await octokit.rest.issues.get({ ...repo, issue_number: number })).data,
    )
    const open = await octokit.rest.issues.listForRepo({ ...repo, labels: 'dativo-drift' })
    expect(open.data).toHaveLength(2)
  })

  it('refuses what GitHub refuses: no title, no issue, no permission, issues turned off', async () => {
    expect(
      await refused('post', ISSUES, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, body: 'x' } as never),
      ),
    ).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] },
    })
    expect(
      await refused('get', ISSUE, () => octokit.rest.issues.get({ ...repo, issue_number: 99_999 })),
    ).toMatchObject({ status: 404 })
    github.issuesReadOnly = true
    expect(
      await refused('post', ISSUES, () => octokit.rest.issues.create({ ...repo, title: 'x' })),
    ).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration' },
    })
    github.issuesReadOnly = false
    github.issuesDisabled = true
    expect(
      await refused('post', ISSUES, () => octokit.rest.issues.create({ ...repo, title: 'x' })),
    ).toMatchObject({ status: 410 })
    expect(await refused('get', ISSUES, () => octokit.rest.issues.listForRepo(repo))).toMatchObject(
      { status: 404 },
    )
    github.issuesDisabled = false
  })
})
