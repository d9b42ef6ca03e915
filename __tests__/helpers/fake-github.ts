// A stand-in for GitHub's REST API on 127.0.0.1 (real node:http) for the repository acme/etl:
// pull request files and the compare endpoint (discovery), issue comments (the pull request
// comment), the pull requests of a commit (reviewed plans), the Git Data API over an object
// store of its own (commit-back through the API), and issues with their labels (drift issues),
// answered in the shapes GitHub's REST description gives them (github-openapi.ts checks).
// Who the token is: GraphQL's viewer, and GET /user as GitHub answers it (refused for an app's
// token such as GITHUB_TOKEN). Lists paginate with Link headers; every answer carries rate-limit
// headers; failures and rate limits can be injected, before or after a request takes effect; the
// API can sit at github.com's layout or at a GitHub Enterprise Server's (/api/v3, /api/graphql).
// Every request is recorded with its answer. Each answer is built on the example GitHub's REST
// description documents for it (github-examples.json, from @octokit/openapi), and
// fake-github-openapi.test.ts checks every route's answers against that description's schemas.
// Check runs: created only with an app's token, named after the app (`github-actions` for
// GITHUB_TOKEN), changed only by that app.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface DiffEntry {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previous_filename?: string
}

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  /** The JSON body, parsed, when there was one. */
  body?: unknown
  /** What the stand-in answered. */
  answer?: { status: number; body: unknown }
}

/** A check run as the stand-in keeps it. */
export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  /** The app that created it: only it may change it. */
  app: string
  output: { title: string | null; summary: string | null; text: string | null }
  started_at: string
  completed_at: string | null
}

export interface IssueComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
}

/** The fields of a pull request that the commit's list carries and the action reads. */
export interface AssociatedPullRequest {
  number: number
  state: 'open' | 'closed'
  merged_at: string | null
  merge_commit_sha: string | null
  base: { ref: string }
  head: { ref: string; sha: string }
}

export interface FakeIssue {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  /** Label names, as given. */
  labels: string[]
  user: IssueComment['user']
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface FakeLabel {
  id: number
  name: string
  color: string
  description: string | null
}

export interface FakeCommit {
  tree: string
  parents: string[]
  message: string
  /** Absent when GitHub made the commit itself (it then signs it). */
  author?: unknown
}

interface Answer {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** An answer to inject instead of the route's. */
export interface InjectedFailure {
  status: number
  message?: string
  headers?: Record<string, string>
  /** Only for a request of this method and a path (without the API prefix) matching this. */
  method?: string
  path?: RegExp
  /** The route runs first (the request takes effect), then this answer is sent instead. */
  after?: boolean
  /** A primary rate limit's reset, this many seconds after the answer is sent. */
  resetsIn?: number
}

const RATE_LIMIT = 5000

type Json = Record<string, unknown>

const REPO = '/repos/acme/etl'

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /**
   * Answers given instead of the routes': each is used once, by the first request it matches (a
   * bare status matches any request).
   */
  readonly failures: Array<number | InjectedFailure> = []
  readonly pullRequestFiles = new Map<number, DiffEntry[]>()
  /** Keyed by `before...after`. */
  readonly comparisons = new Map<string, DiffEntry[]>()
  /** Comments of each issue or pull request, oldest first. */
  readonly comments = new Map<number, IssueComment[]>()
  /** "List pull requests associated with a commit": the pull requests of each commit sha. */
  readonly commitPulls = new Map<string, AssociatedPullRequest[]>()
  /** Commits the repository has, for check runs: when a test names some, others are refused. */
  readonly knownCommits = new Set<string>()
  /** Who the token belongs to: the author of comments it creates. */
  tokenUser: IssueComment['user'] = { login: 'github-actions[bot]', type: 'Bot' }
  /** Issues of the repository (pull requests are not kept here), by number. */
  readonly issues = new Map<number, FakeIssue>()
  /** The repository's labels, by lowercase name (GitHub's label names ignore case). */
  readonly labels = new Map<string, FakeLabel>()
  /** The token may not write issues or labels (a job without `issues: write`). */
  issuesReadOnly = false
  /** Issues are turned off in the repository's settings. */
  issuesDisabled = false
  /**
   * The token may open issues but not label them: GitHub then drops the labels of a new issue
   * silently ("Only users with push access can set labels for new issues").
   */
  labelsDropped = false
  /** GraphQL refuses `viewer` as it does a token that may not ask it (FORBIDDEN). */
  viewerRefused = false
  /** Check runs of every commit, oldest first. */
  readonly checkRuns: FakeCheckRun[] = []

  readonly blobs = new Map<string, Buffer>()
  /** Trees are flat here: full path → entry. */
  readonly trees = new Map<string, Map<string, { mode: string; sha: string }>>()
  readonly commits = new Map<string, FakeCommit>()
  /** `heads/main` → commit sha. */
  readonly refs = new Map<string, string>()
  /** Runs once, just before the next ref update is applied (e.g. someone else pushes first). */
  beforeRefUpdate?: () => void

  private nextCommentId = 1000
  private nextIssue = 501
  private nextLabelId = 9000
  private clock = 0
  private nextCheckRunId = 5000
  private used = 0
  private readonly server: Server = createServer((request, response) => {
    void this.receive(request, response)
  })
  private origin = ''

  private constructor(
    /** `/api/v3` for a GitHub Enterprise Server's layout, '' for github.com's. */
    private readonly prefix: string,
  ) {}

  /** The API's base URL, as GITHUB_API_URL gives it. */
  get url(): string {
    return this.origin + this.prefix
  }

  static async start(options: { enterprise?: boolean } = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options.enterprise ? '/api/v3' : '')
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    fake.origin = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
    return fake
  }

  /** The next matching request is refused by the primary rate limit, which resets in `seconds`. */
  primaryRateLimit(seconds: number, when: Pick<InjectedFailure, 'method' | 'path'> = {}): void {
    this.failures.push({
      status: 403,
      message: 'API rate limit exceeded for installation ID 4242.',
      headers: { 'x-ratelimit-remaining': '0' },
      resetsIn: seconds,
      ...when,
    })
  }

  /** The next matching request is refused by a secondary rate limit, with Retry-After or not. */
  secondaryRateLimit(
    retryAfter: number | undefined,
    when: Pick<InjectedFailure, 'method' | 'path'> = {},
  ): void {
    this.failures.push({
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0A1B:2C3D:4E5F.',
      headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
      ...when,
    })
  }

  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    return closed
  }

  /** Adds comments to an issue as other users would have written them. */
  addComment(issue: number, body: string, user: IssueComment['user']): IssueComment {
    const comment = { id: this.nextCommentId++, body, user }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  /** An issue as someone else would have opened it (another user, or an app). */
  addIssue(fields: Partial<FakeIssue> & Pick<FakeIssue, 'title'>): FakeIssue {
    const now = this.now()
    const issue: FakeIssue = {
      number: this.nextIssue++,
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      user: this.tokenUser,
      created_at: now,
      updated_at: now,
      closed_at: null,
      ...fields,
    }
    for (const name of issue.labels) this.labelNamed(name)
    this.issues.set(issue.number, issue)
    return issue
  }

  /** The issues with a label, in the order they were opened. */
  issuesLabelled(label: string): FakeIssue[] {
    return [...this.issues.values()].filter((issue) =>
      issue.labels.some((name) => name.toLowerCase() === label.toLowerCase()),
    )
  }

  /** A commit on top of a branch (or the first one) that writes the given files; moves the ref. */
  commitFiles(branch: string, files: Record<string, string>, message = 'commit'): string {
    const parent = this.refs.get(`heads/${branch}`)
    const entries = new Map(parent ? this.trees.get(this.commits.get(parent)!.tree) : [])
    for (const [path, text] of Object.entries(files)) {
      entries.set(path, { mode: '100644', sha: this.storeBlob(Buffer.from(text, 'utf8')) })
    }
    const sha = this.storeCommit({
      tree: this.storeTree(entries),
      parents: parent ? [parent] : [],
      message,
      author: { name: 'Someone', email: 'someone@example.com' },
    })
    this.refs.set(`heads/${branch}`, sha)
    return sha
  }

  /** A file's text in a commit or at a branch's tip. */
  fileAt(commitOrBranch: string, path: string): string | undefined {
    const commit = this.commits.get(this.refs.get(`heads/${commitOrBranch}`) ?? commitOrBranch)
    const entry = commit && this.trees.get(commit.tree)?.get(path)
    return entry && this.blobs.get(entry.sha)!.toString('utf8')
  }

  private async receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const body = text ? (JSON.parse(text) as unknown) : undefined
    const method = request.method ?? ''
    const url = new URL(request.url ?? '/', this.origin)
    // Recorded as the API's own path, whatever the layout.
    const own = url.pathname.startsWith(this.prefix) ? url.pathname.slice(this.prefix.length) : ''
    this.requests.push({
      method,
      url: (own || url.pathname) + url.search,
      headers: request.headers,
      body,
    })
    const index = this.failures.findIndex(
      (f) =>
        typeof f === 'number' ||
        ((!f.method || f.method === method) && (!f.path || f.path.test(own || url.pathname))),
    )
    const failure = index === -1 ? undefined : this.failures.splice(index, 1)[0]!
    const injected = typeof failure === 'number' ? { status: failure } : failure
    let answer: Answer | undefined
    if (!injected || injected.after) {
      answer =
        url.pathname === this.graphqlPath()
          ? this.graphql(method, body as Json | undefined)
          : own || this.prefix === ''
            ? this.route(method, new URL(own + url.search, this.origin), body as Json | undefined)
            : notFound()
    }
    if (injected) {
      answer = {
        status: injected.status,
        body: {
          message: injected.message ?? `Injected ${injected.status}`,
          documentation_url: 'https://docs.github.com/rest',
          status: String(injected.status),
        },
        headers: {
          ...injected.headers,
          // As GitHub does: when the limit resets, counted from now, however late the request.
          ...(injected.resetsIn === undefined
            ? {}
            : { 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + injected.resetsIn) }),
        },
      }
    }
    this.used++
    this.requests.at(-1)!.answer = { status: answer!.status, body: answer!.body }
    response.writeHead(answer!.status, {
      'content-type': 'application/json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - this.used)),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...answer!.headers,
    })
    response.end(JSON.stringify(answer!.body))
  }

  /** `/graphql` on github.com, `/api/graphql` on a GitHub Enterprise Server. */
  private graphqlPath(): string {
    return this.prefix ? '/api/graphql' : '/graphql'
  }

  private graphql(method: string, body: Json | undefined): Answer {
    if (method !== 'POST') return notFound()
    if (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(str(body?.query))) {
      // GraphQL refuses a field with 200 and `errors`, the field null, as GitHub does.
      if (this.viewerRefused) {
        return ok({
          data: { viewer: null },
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['viewer'],
              extensions: { saml_failure: false },
              locations: [{ line: 1, column: 9 }],
              message: 'Resource not accessible by integration',
            },
          ],
        })
      }
      // An app's viewer is its bot, whose login GraphQL gives with `[bot]`, as REST does.
      return ok({ data: { viewer: { login: this.tokenUser.login } } })
    }
    return ok({
      errors: [{ message: 'The stand-in answers only { viewer { login } }', locations: [] }],
    })
  }

  private route(method: string, url: URL, body: Json | undefined): Answer {
    const path = url.pathname
    let match: RegExpExecArray | null
    if (method === 'GET' && path === '/user') {
      // An app's installation token (GITHUB_TOKEN among them) may not read GET /user.
      return this.tokenUser.type === 'Bot'
        ? {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url:
                'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            },
          }
        : ok(like('public-user', userOf(this.tokenUser)))
    }
    if (method === 'GET' && (match = /^\/repos\/acme\/etl\/pulls\/(\d+)\/files$/.exec(path))) {
      const files = this.pullRequestFiles.get(Number(match[1]))
      if (files) return page(url, files.map(diffEntry), this.url)
    }
    if (method === 'GET' && (match = /^\/repos\/acme\/etl\/compare\/([0-9a-f.]+)$/.exec(path))) {
      const compared = this.comparisons.get(match[1]!)
      if (compared)
        return ok(
          like('commit-comparison', {
            status: 'ahead',
            ahead_by: 1,
            behind_by: 0,
            total_commits: 0,
            commits: [],
            files: compared.map(diffEntry),
          }),
        )
    }
    if (
      method === 'GET' &&
      (match = /^\/repos\/acme\/etl\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))
    ) {
      return page(url, (this.commitPulls.get(match[1]!) ?? []).map(pullRequest), this.url)
    }
    if ((match = /^\/repos\/acme\/etl\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(match[1])
      const comments = (this.comments.get(issue) ?? []).map((c) => commentAnswer(c, issue))
      if (method === 'GET') return page(url, comments, this.url)
      if (method === 'POST') {
        const refused = this.refuseIssueWrite()
        if (refused && this.issues.has(issue)) return refused
        const comment = this.addComment(issue, str(body?.body), this.tokenUser)
        const known = this.issues.get(issue)
        if (known) known.updated_at = this.now()
        return { status: 201, body: commentAnswer(comment, issue) }
      }
    }
    const issues = this.issuesRoute(method, path, url, body)
    if (issues) return issues
    if (
      method === 'PATCH' &&
      (match = /^\/repos\/acme\/etl\/issues\/comments\/(\d+)$/.exec(path))
    ) {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(match![1]))
      if (comment && comment.user.login !== this.tokenUser.login) {
        return forbidden(
          'Resource not accessible by integration',
          'issues/comments#update-an-issue-comment',
        )
      }
      if (comment) {
        comment.body = str(body?.body)
        return ok(commentAnswer(comment))
      }
    }
    if (method === 'POST' && path === `${REPO}/check-runs`) return this.createCheckRun(body)
    if (
      method === 'GET' &&
      (match = /^\/repos\/acme\/etl\/commits\/([^/]+)\/check-runs$/.exec(path))
    ) {
      let runs = this.checkRuns.filter((run) => run.head_sha === match![1])
      const name = url.searchParams.get('check_name')
      if (name) runs = runs.filter((run) => run.name === name)
      if (url.searchParams.get('filter') !== 'all') {
        // latest: the newest check run of each name.
        runs = runs.filter(
          (run) => !runs.some((other) => other.name === run.name && other.id > run.id),
        )
      }
      const listed = page(url, [...runs].reverse().map(checkRunAnswer), this.url)
      return { ...listed, body: { total_count: runs.length, check_runs: listed.body } }
    }
    if (method === 'PATCH' && (match = /^\/repos\/acme\/etl\/check-runs\/(\d+)$/.exec(path))) {
      const run = this.checkRuns.find((r) => r.id === Number(match![1]))
      if (!run) return notFound()
      if (run.app !== appOf(this.tokenUser)) {
        return forbidden(
          'Invalid app_id `15368` - check run can only be modified by the GitHub App that created it.',
          'checks/runs#update-a-check-run',
        )
      }
      Object.assign(run.output, outputOf(body?.output))
      if (typeof body?.status === 'string') run.status = body.status
      if (typeof body?.conclusion === 'string') run.conclusion = body.conclusion
      return ok(checkRunAnswer(run))
    }
    if (path.startsWith(`${REPO}/git/`) || path.startsWith(`${REPO}/contents/`)) {
      return this.gitData(method, decodeURIComponent(path.slice(REPO.length)), url, body)
    }
    return notFound()
  }

  /** Issues and labels: list, create, get, update; undefined for any other path. */
  private issuesRoute(
    method: string,
    path: string,
    url: URL,
    body: Json | undefined,
  ): Answer | undefined {
    let match: RegExpExecArray | null
    if (path === `${REPO}/issues`) {
      if (method === 'GET') {
        // GitHub's description gives listing no 410: a repository without issues has none to find.
        if (this.issuesDisabled) return notFound()
        const state = url.searchParams.get('state') ?? 'open'
        const labels = (url.searchParams.get('labels') ?? '')
          .split(',')
          .map((name) => name.trim().toLowerCase())
          .filter(Boolean)
        const creator = url.searchParams.get('creator')?.toLowerCase()
        const ascending = url.searchParams.get('direction') === 'asc'
        const listed = [...this.issues.values()]
          .filter((issue) => state === 'all' || issue.state === state)
          .filter((issue) =>
            labels.every((label) => issue.labels.some((name) => name.toLowerCase() === label)),
          )
          .filter((issue) => !creator || issue.user.login.toLowerCase() === creator)
          .sort((a, b) => (ascending ? a.number - b.number : b.number - a.number))
        return page(
          url,
          listed.map((issue) => this.issueJson(issue)),
          this.url,
        )
      }
      if (method === 'POST') {
        const refused = this.refuseIssueWrite()
        if (refused) return refused
        const title = body?.title
        if (typeof title !== 'string' && typeof title !== 'number') {
          return invalid('Issue', 'missing_field', 'title')
        }
        const issue = this.addIssue({
          title: String(title),
          body: typeof body?.body === 'string' ? body.body : null,
          labels: this.labelsDropped ? [] : labelNames(body?.labels),
          user: this.tokenUser,
        })
        return { status: 201, body: this.issueJson(issue) }
      }
    }
    if ((match = /^\/repos\/acme\/etl\/issues\/(\d+)$/.exec(path))) {
      if (this.issuesDisabled) return gone()
      const issue = this.issues.get(Number(match[1]))
      if (!issue) return notFound()
      if (method === 'GET') return ok(this.issueJson(issue))
      if (method === 'PATCH') {
        const refused = this.refuseIssueWrite()
        if (refused) return refused
        if (typeof body?.title === 'string') issue.title = body.title
        if (typeof body?.body === 'string' || body?.body === null) issue.body = body.body
        if (Array.isArray(body?.labels)) {
          issue.labels = labelNames(body.labels)
          for (const name of issue.labels) this.labelNamed(name)
        }
        const state = body?.state
        if (state === 'closed' && issue.state === 'open') {
          issue.state = 'closed'
          issue.closed_at = this.now()
          issue.state_reason =
            (body?.state_reason as FakeIssue['state_reason'] | undefined) ?? 'completed'
        } else if (state === 'open' && issue.state === 'closed') {
          issue.state = 'open'
          issue.closed_at = null
          issue.state_reason = 'reopened'
        } else if (state !== undefined && state !== 'open' && state !== 'closed') {
          return invalid('Issue', 'invalid', 'state')
        }
        issue.updated_at = this.now()
        return ok(this.issueJson(issue))
      }
    }
    if (path === `${REPO}/labels`) {
      if (method === 'GET') {
        return page(
          url,
          [...this.labels.values()].map((label) => this.labelJson(label)),
          this.url,
        )
      }
      if (method === 'POST') {
        const refused = this.refuseIssueWrite()
        if (refused) return refused
        const name = str(body?.name)
        if (!name) return invalid('Label', 'missing_field', 'name')
        if (this.labels.has(name.toLowerCase())) return invalid('Label', 'already_exists', 'name')
        const color = str(body?.color) || 'ededed'
        if (!/^[0-9a-fA-F]{6}$/.test(color)) return invalid('Label', 'invalid', 'color')
        const label = this.labelNamed(name, color, str(body?.description) || null)
        return { status: 201, body: this.labelJson(label) }
      }
    }
    return undefined
  }

  /** GitHub's refusal when the token may not write issues, or issues are off. */
  private refuseIssueWrite(): Answer | undefined {
    if (this.issuesDisabled) return gone()
    if (!this.issuesReadOnly) return undefined
    return forbidden('Resource not accessible by integration', 'issues/issues#create-an-issue')
  }

  /** The label of that name, made as GitHub makes an unknown one an issue names (grey, bare). */
  private labelNamed(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const known = this.labels.get(name.toLowerCase())
    if (known) return known
    const label = { id: this.nextLabelId++, name, color, description }
    this.labels.set(name.toLowerCase(), label)
    return label
  }

  /** Seconds apart, in GitHub's format: `2026-01-01T00:00:07Z`. */
  private now(): string {
    return new Date(Date.UTC(2026, 0, 1) + ++this.clock * 1000)
      .toISOString()
      .replace(/\.000Z$/, 'Z')
  }

  private labelJson(label: FakeLabel): Json {
    return like('label', {
      id: label.id,
      node_id: `LA_${label.id}`,
      url: `${API}/repos/acme/etl/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    })
  }

  private issueJson(issue: FakeIssue): Json {
    const url = `${API}/repos/acme/etl/issues/${issue.number}`
    const { pull_request: _, ...example } = like('issue', {})
    return {
      ...example,
      id: 7_000_000 + issue.number,
      node_id: `I_${issue.number}`,
      url,
      repository_url: `${API}/repos/acme/etl`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${WEB}/acme/etl/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state_reason,
      title: issue.title,
      body: issue.body,
      user: userOf(issue.user),
      labels: issue.labels.map((name) => this.labelJson(this.labelNamed(name))),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: (this.comments.get(issue.number) ?? []).length,
      closed_at: issue.closed_at,
      closed_by: issue.state === 'closed' ? userOf(this.tokenUser) : null,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      author_association: issue.user.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
    }
  }

  private gitData(method: string, path: string, url: URL, body: Json | undefined): Answer {
    let match: RegExpExecArray | null
    if (method === 'GET' && (match = /^\/git\/ref\/(heads\/.+)$/.exec(path))) {
      const sha = this.refs.get(match[1]!)
      return sha ? ok(gitRef(match[1]!, sha)) : notFound()
    }
    if (method === 'GET' && (match = /^\/git\/commits\/([0-9a-f]{40})$/.exec(path))) {
      const commit = this.commits.get(match[1]!)
      if (!commit) return notFound()
      return ok(gitCommit(match[1]!, commit))
    }
    if (method === 'GET' && (match = /^\/contents\/(.+)$/.exec(path))) {
      const commit = this.commits.get(url.searchParams.get('ref') ?? '')
      const entry = commit && this.trees.get(commit.tree)?.get(match[1]!)
      if (!entry) return notFound()
      const content = this.blobs.get(entry.sha)!.toString('base64')
      return ok(
        like('content-file', {
          type: 'file',
          path: match[1],
          name: match[1]!.split('/').at(-1),
          sha: entry.sha,
          size: this.blobs.get(entry.sha)!.length,
          content,
          encoding: 'base64',
        }),
      )
    }
    if (method === 'GET' && (match = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(path))) {
      const blob = this.blobs.get(match[1]!)
      return blob
        ? ok(
            like('blob', {
              sha: match[1],
              size: blob.length,
              content: blob.toString('base64'),
              encoding: 'base64',
            }),
          )
        : notFound()
    }
    if (method === 'POST' && path === '/git/blobs') {
      const bytes = Buffer.from(str(body?.content), body?.encoding === 'base64' ? 'base64' : 'utf8')
      const sha = this.storeBlob(bytes)
      return {
        status: 201,
        body: like('short-blob', { sha, url: `${API}/repos/acme/etl/git/blobs/${sha}` }),
      }
    }
    if (method === 'POST' && path === '/git/trees') {
      const base = this.trees.get(str(body?.base_tree))
      if (!base) return unprocessable('Invalid tree info')
      const entries = new Map(base)
      for (const entry of body?.tree as Array<{ path: string; mode: string; sha: string }>) {
        if (!this.blobs.has(entry.sha)) return unprocessable('Invalid tree info')
        entries.set(entry.path, { mode: entry.mode, sha: entry.sha })
      }
      const sha = this.storeTree(entries)
      return {
        status: 201,
        body: like('git-tree', {
          sha,
          url: `${API}/repos/acme/etl/git/trees/${sha}`,
          truncated: false,
          tree: [...entries]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([path, entry]) => ({
              path,
              mode: entry.mode,
              type: 'blob',
              sha: entry.sha,
              size: this.blobs.get(entry.sha)?.length ?? 0,
              url: `${API}/repos/acme/etl/git/blobs/${entry.sha}`,
            })),
        }),
      }
    }
    if (method === 'POST' && path === '/git/commits') {
      const parents = body?.parents as string[]
      if (!this.trees.has(str(body?.tree)) || parents.some((p) => !this.commits.has(p))) {
        return unprocessable('Tree SHA does not exist')
      }
      const sha = this.storeCommit({
        tree: str(body?.tree),
        parents,
        message: str(body?.message),
        author: body?.author,
      })
      return { status: 201, body: gitCommit(sha, this.commits.get(sha)!) }
    }
    if (method === 'PATCH' && (match = /^\/git\/refs\/(heads\/.+)$/.exec(path))) {
      const hook = this.beforeRefUpdate
      this.beforeRefUpdate = undefined
      hook?.()
      const current = this.refs.get(match[1]!)
      const next = str(body?.sha)
      if (!current || !this.commits.has(next)) return unprocessable('Reference does not exist')
      if (body?.force !== true && !this.reaches(next, current)) {
        return unprocessable('Update is not a fast forward')
      }
      this.refs.set(match[1]!, next)
      return ok(gitRef(match[1]!, next))
    }
    return notFound()
  }

  /** A check run created by an app, as another workflow's token (or another app) would. */
  addCheckRun(
    run: Pick<FakeCheckRun, 'name' | 'head_sha' | 'app'> & Partial<FakeCheckRun>,
  ): FakeCheckRun {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const made: FakeCheckRun = {
      id: this.nextCheckRunId++,
      status: 'completed',
      conclusion: 'success',
      output: { title: null, summary: null, text: null },
      started_at: now,
      completed_at: now,
      ...run,
    }
    this.checkRuns.push(made)
    return made
  }

  private createCheckRun(body: Json | undefined): Answer {
    // Only a GitHub App may create check runs; a person's token is refused.
    const app = appOf(this.tokenUser)
    if (!app) {
      return forbidden('You must authenticate via a GitHub App.', 'checks/runs#create-a-check-run')
    }
    const name = str(body?.name)
    const head = str(body?.head_sha)
    const unknown = this.knownCommits.size > 0 && !this.knownCommits.has(head)
    if (!name || !/^[0-9a-f]{40}$/.test(head) || unknown) {
      return unprocessable('No commit found for SHA: ' + head)
    }
    const output = outputOf(body?.output)
    for (const field of ['summary', 'text'] as const) {
      const length = output[field]?.length ?? 0
      if (length > 65535) {
        return unprocessable(
          `Invalid request.\n\nOnly 65535 characters are allowed; ${length} were supplied.`,
        )
      }
    }
    const run = this.addCheckRun({
      name,
      head_sha: head,
      app,
      status: str(body?.status) || 'queued',
      conclusion: typeof body?.conclusion === 'string' ? body.conclusion : null,
      output,
    })
    return { status: 201, body: checkRunAnswer(run) }
  }

  private reaches(from: string, target: string): boolean {
    const queue = [from]
    while (queue.length > 0) {
      const sha = queue.shift()!
      if (sha === target) return true
      queue.push(...(this.commits.get(sha)?.parents ?? []))
    }
    return false
  }

  private storeBlob(bytes: Buffer): string {
    const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
    this.blobs.set(sha, bytes)
    return sha
  }

  private storeTree(entries: Map<string, { mode: string; sha: string }>): string {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1))
    const sha = createHash('sha1')
      .update(`tree ${JSON.stringify(sorted)}`)
      .digest('hex')
    this.trees.set(sha, new Map(sorted))
    return sha
  }

  private storeCommit(commit: FakeCommit): string {
    const sha = createHash('sha1')
      .update(`commit ${JSON.stringify(commit)} ${this.commits.size}`)
      .digest('hex')
    this.commits.set(sha, commit)
    return sha
  }
}

/** One page of a list, with Link headers as GitHub sends them. */
function page(url: URL, items: readonly unknown[], base: string): Answer {
  const perPage = Number(url.searchParams.get('per_page') ?? 30)
  const number = Number(url.searchParams.get('page') ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number, rel: string) => {
    const target = new URL(base + url.pathname + url.search)
    target.searchParams.set('page', String(n))
    return `<${target.href}>; rel="${rel}"`
  }
  const links = [
    ...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : []),
    ...(number > 1 ? [link(1, 'first'), link(number - 1, 'prev')] : []),
  ]
  return {
    status: 200,
    body: items.slice((number - 1) * perPage, number * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  }
}

/** Label names as GitHub takes them in an issue: names, or objects with a name. */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map((item) => (typeof item === 'string' ? item : str((item as Json | null)?.name)))
    .filter(Boolean)
}

/** GitHub's 422 for a request it understood and will not carry out. */
function invalid(resource: string, code: string, field: string): Answer {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code, field }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  }
}

const gone = (): Answer => ({
  status: 410,
  body: {
    message: 'Issues are disabled for this repo',
    documentation_url: 'https://docs.github.com/rest/issues/issues',
    status: '410',
  },
})
const ok = (body: unknown): Answer => ({ status: 200, body })
const notFound = (): Answer => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
})
const unprocessable = (message: string): Answer => ({
  status: 422,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: '422' },
})
const forbidden = (message: string, doc: string): Answer => ({
  status: 403,
  body: { message, documentation_url: `https://docs.github.com/rest/${doc}`, status: '403' },
})

const API = 'https://api.github.com'
const WEB = 'https://github.com'
const EXAMPLES = JSON.parse(
  readFileSync(new URL('./github-examples.json', import.meta.url), 'utf8'),
) as Record<string, Json>

/** GitHub's documented example of a kind of object, with the stand-in's own values over it. */
function like(kind: string, values: Json): Json {
  return { ...(structuredClone(EXAMPLES[kind]) as Json), ...values }
}

/** The app a bot's token belongs to (`github-actions[bot]` → `github-actions`). */
function appOf(user: IssueComment['user']): string | undefined {
  return user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : undefined
}

function userOf(user: IssueComment['user']): Json {
  const id = user.login === 'github-actions[bot]' ? 41898282 : 1000 + user.login.length
  const login = encodeURIComponent(user.login)
  return like('simple-user', {
    login: user.login,
    id,
    node_id: `U_${id}`,
    type: user.type,
    url: `${API}/users/${login}`,
    html_url: `${WEB}/${user.type === 'Bot' ? `apps/${appOf(user)}` : login}`,
    site_admin: false,
  })
}

function commentAnswer(comment: IssueComment, issue = 7): Json {
  return like('issue-comment', {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${API}/repos/acme/etl/issues/comments/${comment.id}`,
    html_url: `${WEB}/acme/etl/issues/${issue}#issuecomment-${comment.id}`,
    issue_url: `${API}/repos/acme/etl/issues/${issue}`,
    body: comment.body,
    user: userOf(comment.user),
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
  })
}

function diffEntry(entry: DiffEntry): Json {
  const { previous_filename, ...rest } = entry
  return like('diff-entry', {
    ...rest,
    ...(previous_filename ? { previous_filename } : {}),
    sha: createHash('sha1').update(entry.filename).digest('hex'),
  })
}

function pullRequest(pr: AssociatedPullRequest): Json {
  const example = EXAMPLES['pull-request-simple'] as Json
  const side = (name: 'base' | 'head', values: Json) => ({
    ...(structuredClone(example[name]) as Json),
    ...values,
  })
  return like('pull-request-simple', {
    number: pr.number,
    id: 100000 + pr.number,
    state: pr.state,
    merged_at: pr.merged_at,
    merge_commit_sha: pr.merge_commit_sha,
    closed_at: pr.merged_at,
    // The documented example's team lacks a field its schema requires: no team is asked here.
    requested_teams: [],
    base: side('base', { ref: pr.base.ref, label: `acme:${pr.base.ref}` }),
    head: side('head', { ref: pr.head.ref, sha: pr.head.sha, label: `acme:${pr.head.ref}` }),
  })
}

function gitRef(ref: string, sha: string): Json {
  return like('git-ref', {
    ref: `refs/${ref}`,
    url: `${API}/repos/acme/etl/git/refs/${ref}`,
    object: { type: 'commit', sha, url: `${API}/repos/acme/etl/git/commits/${sha}` },
  })
}

function gitCommit(sha: string, commit: FakeCommit): Json {
  return like('git-commit', {
    sha,
    node_id: `C_${sha}`,
    url: `${API}/repos/acme/etl/git/commits/${sha}`,
    html_url: `${WEB}/acme/etl/commit/${sha}`,
    message: commit.message,
    tree: { sha: commit.tree, url: `${API}/repos/acme/etl/git/trees/${commit.tree}` },
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${API}/repos/acme/etl/git/commits/${parent}`,
      html_url: `${WEB}/acme/etl/commit/${parent}`,
    })),
  })
}

function outputOf(value: unknown): FakeCheckRun['output'] {
  const output = (value ?? {}) as Json
  const text = (field: string) =>
    typeof output[field] === 'string' ? (output[field] as string) : null
  return { title: text('title'), summary: text('summary'), text: text('text') }
}

function checkRunAnswer(run: FakeCheckRun): Json {
  const example = EXAMPLES['check-run'] as Json
  const app = structuredClone(example.app) as Json
  return like('check-run', {
    id: run.id,
    node_id: `CR_${run.id}`,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    external_id: '',
    details_url: null,
    url: `${API}/repos/acme/etl/check-runs/${run.id}`,
    html_url: `${WEB}/acme/etl/runs/${run.id}`,
    output: {
      ...run.output,
      annotations_count: 0,
      annotations_url: `${API}/repos/acme/etl/check-runs/${run.id}/annotations`,
    },
    app: {
      ...app,
      id: run.app === 'github-actions' ? 15368 : 2000 + run.app.length,
      slug: run.app,
      name: run.app,
    },
    pull_requests: [],
  })
}
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A URL where nothing listens: connections are refused. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
