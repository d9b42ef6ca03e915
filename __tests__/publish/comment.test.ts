// The pull request comment: what a reviewer reads (rendered from a run's report, text from configs
// shown as text, sensitive values never shown, always below GitHub's size limit with every block
// closed), and how it is kept as one comment per job on a stand-in for GitHub on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GitHubClient } from '../../src/github/client.js'
import type { GitHubContext } from '../../src/github/context.js'
import {
  COMMENT_LIMIT,
  commentMarker,
  commentSize,
  renderComment,
  upsertComment,
} from '../../src/publish/comment.js'
import { newConfigRun } from '../../src/run.js'
import type { ConfigRun, RunReport } from '../../src/run.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { foldsOf, renderGfm, tablesOf, textOf } from '../helpers/gfm.js'
import { pullRequestContext, pushContext } from './helpers.js'

const SHA = 'c'.repeat(40)
const RUN_URL = 'https://github.com/acme/etl/actions/runs/4242'

function stripe(change: Partial<ConfigRun> = {}): ConfigRun {
  return {
    ...newConfigRun('jobs/stripe.yaml'),
    jobName: 'stripe_customers',
    provider: 'aws',
    runtimeType: 'aws_fargate',
    plan: { add: 2, change: 0, destroy: 0 },
    cloudTags: { CostCenter: 'fin-01', Team: 'data', ManagedBy: 'terraform' },
    placeholders: ['cluster_name', 'db_password', 'port'],
    resolvedValues: { cluster_name: '(known after apply)', db_password: '(sensitive)', port: 8080 },
    changedValues: ['cluster_name', 'db_password', 'port'],
    planText:
      'Terraform will perform the following actions:\n\n  # aws_ecs_service.this will be created\n',
    resolutionDiff:
      '--- a/jobs/stripe.yaml\n+++ b/jobs/stripe.yaml\n@@ -1 +1 @@\n-port: "{{terraform_outputs.port}}"\n+port: 8080 # {{terraform_outputs.port}}\n',
    ...change,
  }
}

const broken: ConfigRun = {
  ...newConfigRun('jobs/b.yaml'),
  valid: false,
  findings: [
    {
      severity: 'error',
      rule: 'unknown-provider',
      message: "Unknown provider 'aws2' (expected one of: aws, azure, gcp, local)",
      file: 'jobs/b.yaml',
      range: { line: 4, column: 13, endLine: 4, endColumn: 17 },
    },
  ],
}

function report(configs: ConfigRun[], change: Partial<RunReport> = {}): RunReport {
  return {
    mode: 'plan',
    configs,
    discovery: '2 configs changed',
    hasChanges: true,
    failures: [],
    secrets: [],
    ...change,
  }
}

/** Every fenced block and every <details> opened is closed, in order. */
function expectBalanced(body: string): void {
  const stack: string[] = []
  for (const line of body.split('\n')) {
    const fence = /^(`{3,})/.exec(line)?.[1]
    if (stack.length > 0 && stack[stack.length - 1]!.startsWith('`')) {
      if (line === stack[stack.length - 1]) stack.pop()
      continue
    }
    if (fence) stack.push(fence)
    else if (line.startsWith('<details>')) stack.push('<details>')
    else if (line === '</details>') expect(stack.pop()).toBe('<details>')
  }
  expect(stack).toEqual([])
}

describe('the comment a reviewer reads', () => {
  it('links the commit that commit-back made, and leaves the would-be diff out in apply mode', () => {
    const body = renderComment(
      report([stripe({ resolved: true, resolvedValues: { port: 8080 } })], {
        mode: 'apply',
        commitSha: 'd'.repeat(40),
      }),
      pullRequestContext(),
    )
    const html = renderGfm(body)
    expect(html).toContain(
      `resolved configs committed in <a href="https://github.com/acme/etl/commit/${'d'.repeat(40)}">ddddddd</a>`,
    )
    expect(textOf(html)).toContain('Values written')
    expect(textOf(html)).toContain('valid · plan +2 ~0 -0 · resolved')
    expect(foldsOf(html).map((fold) => fold.summary)).toEqual([
      '3 tags',
      'Terraform plan (+2 ~0 -0)',
    ])
  })

  it('shows text from configs and Terraform as text, never as markup', () => {
    const hostile = stripe({
      file: 'jobs/<img src=x onerror=alert(1)>.yaml',
      jobName: '<script>alert(1)</script> [click](javascript:alert(1))',
      cloudTags: { Team: 'a|b `c` <b>bold</b>' },
      resolvedValues: { 'x</code><img src=y>': '<iframe>' },
      planText: 'a ``` fence\n</details>\n<script>x</script>\n',
      findings: [
        {
          severity: 'warning',
          rule: 'policy',
          message: 'see [here](https://evil.example) <b>now</b>',
          file: 'jobs/x.yaml',
          range: { line: 2, column: 1, endLine: 2, endColumn: 5 },
        },
      ],
    })
    const body = renderComment(report([hostile]), pullRequestContext())
    // Plan text sits in a fence longer than any backtick run in it, so nothing inside is markup.
    const fenced = '````text\na ``` fence\n</details>\n<script>x</script>\n````'
    expect(body).toContain(fenced)
    const outside = body.replace(fenced, '')
    for (const markup of [
      '<img',
      '<script>',
      '<iframe>',
      '<b>',
      '](javascript',
      '](https://evil',
    ]) {
      expect(outside).not.toContain(markup)
    }
    expect(outside).toContain(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[click\\]\\(javascript:alert\\(1\\)\\)',
    )
    expect(outside).toContain('<code>a&#124;b &#96;c&#96; &lt;b&gt;bold&lt;/b&gt;</code>')
    expectBalanced(outside)
  })

  it('never shows a sensitive value, even where a written config would hold it', () => {
    const applied = stripe({
      resolved: true,
      resolvedValues: { db_password: '(sensitive)' },
      outputs: { db_password: '(sensitive)' },
      // In apply mode the diff holds what was written, which may be a sensitive value.
      resolutionDiff: '-db: "{{terraform_outputs.db_password}}"\n+db: "hunter2-secret"\n',
      planText: 'password = "hunter2-secret"\n',
    })
    const body = renderComment(report([applied], { mode: 'apply' }), pullRequestContext(), {
      secrets: ['hunter2-secret'],
    })
    expect(body).not.toContain('hunter2')
    expect(body).toContain('<code>(sensitive)</code>')
    expect(body).toContain('password = "***"')
  })

  it('stays below GitHub’s limit with long plans, shortening them and closing every block', () => {
    const long = Array.from(
      { length: 4000 },
      (_, i) => `  + resource_${i} = "${'x'.repeat(40)}"`,
    ).join('\n')
    const configs = Array.from({ length: 12 }, (_, i) =>
      stripe({ file: `jobs/job-${i}.yaml`, planText: long, resolutionDiff: `+${long}` }),
    )
    const body = renderComment(report(configs), pullRequestContext())

    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(commentSize(body)).toBeLessThanOrEqual(64_000)
    expect(commentSize(body)).toBeGreaterThan(50_000)
    expectBalanced(body)
    expect(body.match(/^### /gm)).toHaveLength(12)
    expect(body).toMatch(
      /_Shortened: \d+ of 4000 lines shown; the rest is in \[the run's log\]\(https:\/\/github\.com\/acme\/etl\/actions\/runs\/4242\)\._/,
    )
    expect(
      body.endsWith(
        `Shortened to fit a comment. The full report is in [the job summary of this run](${RUN_URL}).\n`,
      ),
    ).toBe(true)
  })

  it('keeps as many overview rows as fit when even the overview is too long', () => {
    const configs = Array.from({ length: 3000 }, (_, i) => ({
      ...broken,
      file: `jobs/broken-${i}.yaml`,
    }))
    const body = renderComment(report(configs), pullRequestContext({ sha: SHA }))

    expect(commentSize(body)).toBeLessThanOrEqual(64_000)
    expectBalanced(body)
    // More rows than any comment holds: as many as fit, then where the others are.
    const html = renderGfm(body)
    const shown = tablesOf(html)[0]!.rows.length
    expect(shown).toBeGreaterThan(1000)
    expect(textOf(html)).toContain(
      `… and ${3000 - shown} more jobs in the job summary of this run.`,
    )
    expect(
      body.endsWith(`The full report is in [the job summary of this run](${RUN_URL}).\n`),
    ).toBe(true)
  })

  it('never cuts a character in two', () => {
    const emoji = stripe({ planText: '😀'.repeat(60_000) })
    const body = renderComment(report([emoji]), pullRequestContext())
    expect(commentSize(body)).toBeLessThanOrEqual(64_000)
    expect(body).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
    expectBalanced(body)
  })
})

describe('one comment per job on the pull request', () => {
  let github: FakeGitHub
  let warnings: string[]
  beforeEach(async () => {
    github = await FakeGitHub.start()
    warnings = []
  })
  afterEach(() => github.close())

  const api = () =>
    new GitHubClient({
      baseUrl: github.url,
      token: 'test-token',
      log: { warning: (message) => warnings.push(message), debug: () => {} },
      second: 1,
    })
  const context = (job = 'provision'): GitHubContext => ({
    ...pullRequestContext({ number: 7 }, github.url),
    job,
  })
  const calls = () => github.requests.map((r) => `${r.method} ${r.url}`)
  const LIST = 'GET /repos/acme/etl/issues/7/comments?per_page=100'

  it('creates it on the first run and edits it on the next, leaving other comments alone', async () => {
    const human = github.addComment(7, 'Looks good, but check the tags', {
      login: 'dana',
      type: 'User',
    })
    const otherBot = github.addComment(7, '## Plan\n(from another tool)', {
      login: 'github-actions[bot]',
      type: 'Bot',
    })
    const first = renderComment(report([stripe()]), context())

    expect(await upsertComment(api(), context(), first)).toEqual({ action: 'created', id: 1002 })
    const second = renderComment(
      report([stripe({ plan: { add: 0, change: 1, destroy: 0 } })]),
      context(),
    )
    expect(await upsertComment(api(), context(), second)).toEqual({ action: 'updated', id: 1002 })

    const comments = github.comments.get(7)!
    expect(comments.map((c) => c.id)).toEqual([human.id, otherBot.id, 1002])
    expect(comments[0]!.body).toBe('Looks good, but check the tags')
    expect(comments[1]!.body).toBe('## Plan\n(from another tool)')
    expect(comments[2]!.body).toBe(second)
    expect(comments[2]!.user.login).toBe('github-actions[bot]')
    expect(calls()).toEqual([
      'POST /graphql',
      LIST,
      'POST /repos/acme/etl/issues/7/comments',
      'POST /graphql',
      LIST,
      'PATCH /repos/acme/etl/issues/comments/1002',
    ])
    expect(github.requests[5]!.body).toEqual({ body: second })
    expect(warnings).toEqual([])
  })

  it('adopts only its own identity’s comment: a marker written by anyone else is left alone', async () => {
    const marker = commentMarker(context())
    // Anyone may post a comment that starts with the marker, to have the report written into it.
    const planted = github.addComment(7, `${marker}\nplanted`, { login: 'mallory', type: 'User' })
    for (let i = 0; i < 150; i++) {
      github.addComment(7, `comment ${i}`, { login: `user${i}`, type: 'User' })
    }
    const ours = github.addComment(7, `${marker}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    })

    const body = renderComment(report([stripe()]), context())
    expect(await upsertComment(api(), context(), body)).toEqual({
      action: 'updated',
      id: ours.id,
    })
    expect(calls()).toEqual([
      'POST /graphql',
      LIST,
      `${LIST}&page=2`,
      `PATCH /repos/acme/etl/issues/comments/${ours.id}`,
    ])
    expect(planted.body).toBe(`${marker}\nplanted`)
    expect(ours.body).toBe(body)
  })

  it('creates its own when the only marker comment is someone else’s, with no warning', async () => {
    const marker = commentMarker(context())
    const planted = github.addComment(7, `${marker}\nplanted`, { login: 'mallory', type: 'User' })
    const body = renderComment(report([stripe()]), context())

    expect(await upsertComment(api(), context(), body)).toEqual({ action: 'created', id: 1001 })
    expect(planted.body).toBe(`${marker}\nplanted`)
    expect(github.comments.get(7)!.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${marker}\nplanted`],
      ['github-actions[bot]', body],
    ])
    expect(calls().filter((c) => c.startsWith('PATCH'))).toEqual([])
    expect(warnings).toEqual([])
  })

  it('knows a personal token’s user from GraphQL, or from GET /user when GraphQL refuses', async () => {
    github.tokenUser = { login: 'octocat', type: 'User' }
    const marker = commentMarker(context())
    const mine = github.addComment(7, `${marker}\nold`, { login: 'octocat', type: 'User' })
    github.addComment(7, `${marker}\nbot`, { login: 'github-actions[bot]', type: 'Bot' })

    expect(await upsertComment(api(), context(), `${marker}\nfirst`)).toEqual({
      action: 'updated',
      id: mine.id,
    })
    github.failures.push({ status: 401, path: /^\/graphql$/ })
    expect(await upsertComment(api(), context(), `${marker}\nsecond`)).toEqual({
      action: 'updated',
      id: mine.id,
    })
    expect(calls().slice(3, 6)).toEqual(['POST /graphql', 'GET /user', LIST])
    expect(mine.body).toBe(`${marker}\nsecond`)
  })

  it('takes a token that may ask neither GraphQL nor GET /user for GITHUB_TOKEN', async () => {
    github.failures.push({ status: 403, path: /^\/graphql$/ })
    const marker = commentMarker(context())
    const ours = github.addComment(7, `${marker}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    })
    expect(await upsertComment(api(), context(), `${marker}\nnew`)).toEqual({
      action: 'updated',
      id: ours.id,
    })
    expect(calls().slice(0, 3)).toEqual(['POST /graphql', 'GET /user', LIST])
  })

  it('works against a GitHub Enterprise Server’s API at /api/v3 and GraphQL at /api/graphql', async () => {
    await github.close()
    github = await FakeGitHub.start({ enterprise: true })
    expect(github.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    for (let i = 0; i < 120; i++) {
      github.addComment(7, `comment ${i}`, { login: `user${i}`, type: 'User' })
    }
    const body = renderComment(report([stripe()]), context())
    await upsertComment(api(), context(), body)
    const edited = `${body}\nedited`
    expect(await upsertComment(api(), context(), edited)).toEqual({
      action: 'updated',
      id: 1120,
    })
    expect(calls()).toEqual([
      'POST /api/graphql',
      LIST,
      `${LIST}&page=2`,
      'POST /repos/acme/etl/issues/7/comments',
      'POST /api/graphql',
      LIST,
      `${LIST}&page=2`,
      'PATCH /repos/acme/etl/issues/comments/1120',
    ])
  })

  it('keeps one comment for each job of the workflow', async () => {
    await upsertComment(
      api(),
      context('plan-prod'),
      renderComment(report([stripe()]), context('plan-prod')),
    )
    await upsertComment(
      api(),
      context('plan-dev'),
      renderComment(report([stripe()]), context('plan-dev')),
    )
    await upsertComment(
      api(),
      context('plan-prod'),
      renderComment(report([broken]), context('plan-prod')),
    )

    const bodies = github.comments.get(7)!.map((c) => c.body.split('\n')[0])
    expect(bodies).toEqual([
      '<!-- dativo-infra-action workflow=Dativo%20jobs job=plan-prod -->',
      '<!-- dativo-infra-action workflow=Dativo%20jobs job=plan-dev -->',
    ])
    expect(github.comments.get(7)![0]!.body).toContain('jobs/b.yaml')
  })

  it('does not edit a comment that would not change', async () => {
    const body = renderComment(report([stripe()]), context())
    await upsertComment(api(), context(), body)
    expect(await upsertComment(api(), context(), body)).toEqual({ action: 'unchanged', id: 1000 })
    expect(calls().filter((c) => c.startsWith('PATCH'))).toEqual([])
  })

  it('retries a 502 on reading the comments', async () => {
    github.failures.push({ status: 502, method: 'GET' }, { status: 502, method: 'GET' })
    const body = renderComment(report([stripe()]), context())
    expect((await upsertComment(api(), context(), body)).action).toBe('created')
    expect(calls()).toEqual([
      'POST /graphql',
      LIST,
      LIST,
      LIST,
      'POST /repos/acme/etl/issues/7/comments',
    ])
    expect(github.comments.get(7)).toHaveLength(1)
  })

  it('leaves exactly one comment when GitHub answers 502 after creating it', async () => {
    github.failures.push({ status: 502, method: 'POST', path: /\/comments$/, after: true })
    const body = renderComment(report([stripe()]), context())

    expect(await upsertComment(api(), context(), body)).toEqual({ action: 'created', id: 1000 })
    expect(github.comments.get(7)!.map((c) => c.body)).toEqual([body])
    expect(calls()).toEqual(['POST /graphql', LIST, 'POST /repos/acme/etl/issues/7/comments', LIST])
  })

  it('creates it once more only after seeing that a failed create made nothing', async () => {
    github.failures.push({ status: 502, method: 'POST', path: /\/comments$/ })
    const body = renderComment(report([stripe()]), context())

    expect(await upsertComment(api(), context(), body)).toEqual({ action: 'created', id: 1000 })
    expect(github.comments.get(7)!.map((c) => c.body)).toEqual([body])
    expect(calls()).toEqual([
      'POST /graphql',
      LIST,
      'POST /repos/acme/etl/issues/7/comments',
      LIST,
      'POST /repos/acme/etl/issues/7/comments',
    ])
  })

  it('skips events without a pull request, and says which permission a refusal needs', async () => {
    const push = { ...pushContext('main', github.url) }
    expect(await upsertComment(api(), push, 'body')).toEqual({
      action: 'skipped',
      reason: 'no pull request to comment on (event: push)',
    })
    expect(github.requests).toEqual([])

    github.failures.push({ status: 403, method: 'GET', path: /\/comments$/ })
    await expect(upsertComment(api(), context(), 'body')).rejects.toThrow(
      'Cannot comment on pull request #7 (GitHub API GET /repos/acme/etl/issues/7/comments?per_page=100 answered 403: Injected 403). Give the job `permissions: pull-requests: write`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.',
    )
  })

  it('names the edit GitHub refused, when it refuses to edit its own comment', async () => {
    const marker = commentMarker(context())
    const ours = github.addComment(7, `${marker}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    })
    github.failures.push({ status: 403, method: 'PATCH' })
    await expect(upsertComment(api(), context(), `${marker}\nnew`)).rejects.toThrow(
      `Cannot comment on pull request #7 (GitHub API PATCH /repos/acme/etl/issues/comments/${ours.id} answered 403: Injected 403). Give the job \`permissions: pull-requests: write\`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.`,
    )
    expect(ours.body).toBe(`${marker}\nold`)
    expect(github.comments.get(7)).toHaveLength(1)
  })

  it('says a rate limit is a rate limit, not a missing permission', async () => {
    github.primaryRateLimit(3600, { method: 'GET', path: /\/comments$/ })
    const failure = upsertComment(api(), context(), 'body')
    await expect(failure).rejects.toThrow(
      /^Cannot comment on pull request #7: GitHub's primary API rate limit was reached, so the request was refused \(GitHub API GET \/repos\/acme\/etl\/issues\/7\/comments\?per_page=100 answered 403: API rate limit exceeded for installation ID 4242\.\); it resets at \d\d:\d\d:\d\d UTC \(in (59|60) minutes\)\. This is a rate limit, not a missing permission: run the workflow again later\.$/,
    )
    expect(warnings).toEqual([])
  })
})
