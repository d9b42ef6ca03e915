// The stand-in GitHub answers as GitHub does: every route it serves is driven through the real
// Octokit client, and each answer (status and body) is checked against GitHub's published REST
// description (the @octokit/openapi devDependency): the route must exist there, a success must be
// one it documents with a body its schema accepts, and a refusal must be one it documents or
// GitHub's basic error. GraphQL has no such file: its two answers (viewer, and viewer refused
// as GitHub refuses a field) are checked against the shape GitHub's GraphQL documents.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvModule from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getOctokit } from '@actions/github'
import { FakeGitHub } from './fake-github.js'
import type { RecordedRequest } from './fake-github.js'

type Json = Record<string, unknown>

const require = createRequire(import.meta.url)
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
) as { paths: Record<string, Record<string, Json>>; components: Json }

/** OpenAPI 3.0's `nullable` as JSON Schema, and every `#/components` reference into one root. */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema)
  if (typeof node !== 'object' || node === null) return node
  const out: Json = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#/, 'gh#')
    else if (key !== 'nullable' && key !== 'example' && key !== 'examples')
      out[key] = jsonSchema(value)
  }
  if ((node as Json).nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null']
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null]
      return out
    }
    return { anyOf: [out, { type: 'null' }] }
  }
  return out
}

// The packages are CommonJS: their classes are the default export's `default`.
const ajv = new AjvModule.default({ strict: false, allErrors: true })
addFormatsModule.default(ajv)
ajv.addSchema({
  $id: 'gh',
  components: { schemas: jsonSchema((spec.components as Json).schemas) },
})
const compiled = new Map<string, ValidateFunction>()

function resolve(node: Json): Json {
  let current = node
  while (typeof current.$ref === 'string') {
    current = current.$ref
      .split('/')
      .slice(1)
      .reduce<Json>((at, part) => at[part] as Json, spec as unknown as Json)
  }
  return current
}

/** The documented operation a request is for: method and path template. */
function operationOf(method: string, path: string): { template: string; operation: Json } {
  const candidates: Array<{ template: string; operation: Json; loose: number }> = []
  for (const [template, item] of Object.entries(spec.paths)) {
    const operation = item[method.toLowerCase()] as Json | undefined
    if (!operation) continue
    for (const loose of [0, 1]) {
      const pattern = template
        .split(/(\{[^}]+\})/)
        .map((part) =>
          part.startsWith('{')
            ? loose
              ? '.+'
              : '[^/]+'
            : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
        )
        .join('')
      if (new RegExp(`^${pattern}$`).test(path)) {
        candidates.push({ template, operation, loose })
        break
      }
    }
  }
  // The most specific: exact segments over loose ones, fewer parameters over more.
  candidates.sort(
    (a, b) =>
      a.loose - b.loose ||
      (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0),
  )
  if (!candidates[0]) throw new Error(`${method} ${path} is no route of GitHub's REST API`)
  return candidates[0]
}

/** Problems of one answer against the description, empty when GitHub could give it. */
function problems(request: RecordedRequest): string[] {
  const path = request.url.split('?')[0]!
  const { template, operation } = operationOf(request.method, path)
  const { status, body } = request.answer!
  const responses = operation.responses as Record<string, Json>
  const documented = responses[String(status)]
  if (!documented && status < 400) {
    return [`${request.method} ${template} answered ${status}, which GitHub does not document`]
  }
  const schema = documented
    ? (resolve(documented).content as Json | undefined)?.['application/json']
    : { schema: { $ref: '#/components/schemas/basic-error' } }
  if (!schema)
    return body === undefined || body === ''
      ? []
      : [`${status} has no body in GitHub's description`]
  const key = `${request.method} ${template} ${documented ? status : 'error'}`
  const validate = compiled.get(key) ?? ajv.compile(jsonSchema((schema as Json).schema) as Json)
  compiled.set(key, validate)
  return validate(body)
    ? []
    : (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message}`)
}

const HEAD = 'a'.repeat(40)
const repo = { owner: 'acme', repo: 'etl' }

describe('the stand-in GitHub against GitHub’s REST description', () => {
  for (const enterprise of [false, true]) {
    describe(
      enterprise ? 'at a GitHub Enterprise Server’s layout' : 'at github.com’s layout',
      () => {
        let github: FakeGitHub
        let octokit: ReturnType<typeof getOctokit>
        const asked = () => github.requests.filter((r) => !r.url.endsWith('graphql'))

        beforeAll(async () => {
          github = await FakeGitHub.start({ enterprise })
          // Octokit without the run's throttling and retries: each request goes once, at once.
          octokit = getOctokit('ghs_test', { baseUrl: github.url })
          const base = github.commitFiles('main', { 'jobs/a.yaml': 'a: 1\n' })
          const head = github.commitFiles('main', { 'jobs/a.yaml': 'a: 2\n' })
          github.pullRequestFiles.set(7, [
            { filename: 'jobs/a.yaml', status: 'modified' },
            { filename: 'jobs/b.yaml', status: 'renamed', previous_filename: 'jobs/old.yaml' },
          ])
          github.comparisons.set(`${base}...${head}`, [
            { filename: 'jobs/a.yaml', status: 'added' },
          ])
          github.commitPulls.set(head, [
            {
              number: 7,
              state: 'closed',
              merged_at: '2025-05-01T12:00:00Z',
              merge_commit_sha: head,
              base: { ref: 'main' },
              head: { ref: 'feature', sha: HEAD },
            },
          ])
          const other = github.addComment(7, 'hello', { login: 'octocat', type: 'User' })
          const call = async (request: () => Promise<unknown>) => {
            await request().catch(() => undefined)
          }

          // Who the token is, as an app's token (GITHUB_TOKEN) and as a person's.
          await call(() => octokit.rest.users.getAuthenticated())
          await call(() => octokit.graphql('query { viewer { login } }'))
          github.viewerRefused = true
          await call(() => octokit.graphql('query { viewer { login } }'))
          github.viewerRefused = false
          // Discovery and the pull requests of a commit.
          await call(() => octokit.rest.pulls.listFiles({ ...repo, pull_number: 7 }))
          await call(() =>
            octokit.rest.repos.compareCommitsWithBasehead({
              ...repo,
              basehead: `${base}...${head}`,
            }),
          )
          await call(() =>
            octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: head }),
          )
          // The comment: list, create, edit its own, refused another's.
          const made = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: 7,
            body: 'report',
          })
          await call(() =>
            octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 1 }),
          )
          await call(() =>
            octokit.rest.issues.updateComment({ ...repo, comment_id: made.data.id, body: 'again' }),
          )
          await call(() =>
            octokit.rest.issues.updateComment({ ...repo, comment_id: other.id, body: 'mine' }),
          )
          // Check runs: create, list (newest of each name, and all), change, refused another app's.
          const run = await octokit.rest.checks.create({
            ...repo,
            name: 'dativo-infra reviewed plans (ci / plan)',
            head_sha: HEAD,
            status: 'completed',
            conclusion: 'success',
            output: { title: 'record', summary: 'plans', text: 'data' },
          })
          const foreign = github.addCheckRun({ name: 'lint', head_sha: HEAD, app: 'other-app' })
          await call(() => octokit.rest.checks.listForRef({ ...repo, ref: HEAD, filter: 'latest' }))
          await call(() =>
            octokit.rest.checks.listForRef({ ...repo, ref: HEAD, filter: 'all', per_page: 1 }),
          )
          await call(() =>
            octokit.rest.checks.update({
              ...repo,
              check_run_id: run.data.id,
              conclusion: 'failure',
            }),
          )
          await call(() =>
            octokit.rest.checks.update({
              ...repo,
              check_run_id: foreign.id,
              conclusion: 'failure',
            }),
          )
          // The Git Data API of commit-back.
          await call(() => octokit.rest.git.getRef({ ...repo, ref: 'heads/main' }))
          await call(() => octokit.rest.git.getRef({ ...repo, ref: 'heads/gone' }))
          await call(() => octokit.rest.git.getCommit({ ...repo, commit_sha: head }))
          await call(() =>
            octokit.rest.repos.getContent({ ...repo, path: 'jobs/a.yaml', ref: head }),
          )
          const tip = github.trees.get(github.commits.get(head)!.tree)!.get('jobs/a.yaml')!.sha
          await call(() => octokit.rest.git.getBlob({ ...repo, file_sha: tip }))
          const blob = await octokit.rest.git.createBlob({
            ...repo,
            content: 'YTogMwo=',
            encoding: 'base64',
          })
          const tree = await octokit.rest.git.createTree({
            ...repo,
            base_tree: github.commits.get(head)!.tree,
            tree: [{ path: 'jobs/a.yaml', mode: '100644', type: 'blob', sha: blob.data.sha }],
          })
          await call(() =>
            octokit.rest.git.createTree({ ...repo, base_tree: 'f'.repeat(40), tree: [] }),
          )
          const commit = await octokit.rest.git.createCommit({
            ...repo,
            message: 'resolve',
            tree: tree.data.sha,
            parents: [head],
          })
          await call(() =>
            octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha }),
          )
          await call(() => octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: base }))
          // Drift issues: labels listed and made (one refused as made already), issues opened,
          // listed, commented on, closed and reopened; refused without issues: write, and with
          // issues turned off.
          await call(() => octokit.rest.issues.listLabelsForRepo({ ...repo, per_page: 100 }))
          await call(() =>
            octokit.rest.issues.createLabel({
              ...repo,
              name: 'dativo-drift',
              color: 'd93f0b',
              description: 'Drift',
            }),
          )
          await call(() =>
            octokit.rest.issues.createLabel({ ...repo, name: 'Dativo-Drift', color: 'd93f0b' }),
          )
          const opened = await octokit.rest.issues.create({
            ...repo,
            title: 'Drift: orders (jobs/orders.yaml)',
            body: '<!-- marker -->',
            labels: ['dativo-drift', 'team:data'],
          })
          const number = opened.data.number
          await call(() =>
            octokit.rest.issues.listForRepo({
              ...repo,
              state: 'all',
              labels: 'dativo-drift',
              per_page: 1,
            }),
          )
          await call(() =>
            octokit.rest.issues.createComment({ ...repo, issue_number: number, body: 'Closing.' }),
          )
          await call(() =>
            octokit.rest.issues.update({
              ...repo,
              issue_number: number,
              state: 'closed',
              state_reason: 'completed',
            }),
          )
          await call(() =>
            octokit.rest.issues.update({ ...repo, issue_number: number, state: 'open', body: 'x' }),
          )
          await call(() => octokit.rest.issues.get({ ...repo, issue_number: 99_999 }))
          await call(() =>
            octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, body: 'x' } as never),
          )
          github.issuesReadOnly = true
          await call(() => octokit.rest.issues.create({ ...repo, title: 'x' }))
          github.issuesReadOnly = false
          github.issuesDisabled = true
          await call(() => octokit.rest.issues.create({ ...repo, title: 'x' }))
          await call(() => octokit.rest.issues.listForRepo(repo))
          github.issuesDisabled = false
          // A person's token: GET /user answers, creating a check run is refused.
          github.tokenUser = { login: 'octocat', type: 'User' }
          await call(() => octokit.rest.users.getAuthenticated())
          await call(() => octokit.rest.checks.create({ ...repo, name: 'x', head_sha: HEAD }))
        }, 60_000)
        afterAll(() => github.close())

        it('serves only routes GitHub has, with answers GitHub’s schemas accept', () => {
          expect(asked().length).toBeGreaterThanOrEqual(25)
          expect(asked().flatMap(problems)).toEqual([])
        })

        it('answers each route the way the tests rely on, refusals included', () => {
          const statuses = asked().map(
            (r) => `${r.method} ${decodeURIComponent(r.url.split('?')[0]!)} ${r.answer!.status}`,
          )
          expect(statuses).toContain('GET /user 403')
          expect(statuses).toContain('GET /user 200')
          expect(statuses).toContain('POST /repos/acme/etl/check-runs 201')
          expect(statuses).toContain('POST /repos/acme/etl/check-runs 403')
          expect(statuses).toContain('PATCH /repos/acme/etl/git/refs/heads/main 422')
          expect(statuses).toEqual(
            expect.arrayContaining([
              'GET /repos/acme/etl/labels 200',
              'POST /repos/acme/etl/labels 201',
              'POST /repos/acme/etl/labels 422',
              'POST /repos/acme/etl/issues 201',
              'POST /repos/acme/etl/issues 422',
              'POST /repos/acme/etl/issues 403',
              'POST /repos/acme/etl/issues 410',
              'GET /repos/acme/etl/issues 200',
              'GET /repos/acme/etl/issues 404',
              'GET /repos/acme/etl/issues/99999 404',
            ]),
          )
          // An issue's unknown label is made grey and bare, as GitHub makes it; closing and
          // reopening set the reason as GitHub does.
          expect(github.labels.get('team:data')).toMatchObject({
            color: 'ededed',
            description: null,
          })
          const [issue] = github.issuesLabelled('dativo-drift')
          expect(issue).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null })
          const duplicate = asked().find(
            (r) => r.url === '/repos/acme/etl/labels' && r.answer!.status === 422,
          )!
          expect(duplicate.answer!.body).toMatchObject({
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          })
          const refused = asked().find((r) => r.url === '/user' && r.answer!.status === 403)!
          expect((refused.answer!.body as Json).message).toBe(
            'Resource not accessible by integration',
          )
          const latest = asked().find((r) => r.url.includes('filter=latest'))!
          expect(
            (latest.answer!.body as { check_runs: Json[] }).check_runs.map((c) => [
              c.name,
              (c.app as Json).slug,
            ]),
          ).toEqual([
            ['lint', 'other-app'],
            ['dativo-infra reviewed plans (ci / plan)', 'github-actions'],
          ])
        })

        it('answers GraphQL’s viewer with the bot, and refuses it as GitHub refuses a field', () => {
          const answers = github.requests
            .filter((r) => r.url.endsWith('graphql'))
            .map((r) => r.answer!)
          expect(github.requests.find((r) => r.url.endsWith('graphql'))!.url).toBe(
            enterprise ? '/api/graphql' : '/graphql',
          )
          expect(answers[0]).toEqual({
            status: 200,
            body: { data: { viewer: { login: 'github-actions[bot]' } } },
          })
          expect(answers[1]!.status).toBe(200)
          expect(answers[1]!.body).toMatchObject({
            data: { viewer: null },
            errors: [
              {
                type: 'FORBIDDEN',
                path: ['viewer'],
                message: 'Resource not accessible by integration',
              },
            ],
          })
        })
      },
    )
  }
})
