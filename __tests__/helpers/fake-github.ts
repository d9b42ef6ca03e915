// A stand-in for GitHub's REST API on 127.0.0.1 (real node:http) for the repository acme/etl:
// pull request files and the compare endpoint (discovery), issue comments (the pull request
// comment), the pull requests of a commit (reviewed plans), the Git Data API over an object
// store of its own (commit-back through the API), and issues with their labels (drift issues),
// answered in the shapes GitHub's REST description gives them (github-openapi.ts checks).
// Who the token is: GraphQL's viewer, and GET /user as GitHub answers it (refused for an app's
// token such as GITHUB_TOKEN). Lists paginate with Link headers; every answer carries rate-limit
// headers; failures and rate limits can be injected, before or after a request takes effect; the
// API can sit at github.com's layout or at a GitHub Enterprise Server's (/api/v3, /api/graphql).
// Every request is recorded.
import { createHash } from 'node:crypto'
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
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + seconds),
      },
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
        },
        headers: injected.headers,
      }
    }
    this.used++
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
      return ok({ data: { viewer: { login: this.tokenUser.login } } })
    }
    return ok({ errors: [{ message: 'The stand-in answers only { viewer { login } }' }] })
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
        : ok({ login: this.tokenUser.login, type: this.tokenUser.type })
    }
    if (method === 'GET' && (match = /^\/repos\/acme\/etl\/pulls\/(\d+)\/files$/.exec(path))) {
      const files = this.pullRequestFiles.get(Number(match[1]))
      if (files) return page(url, files, this.url)
    }
    if (method === 'GET' && (match = /^\/repos\/acme\/etl\/compare\/([0-9a-f.]+)$/.exec(path))) {
      const compared = this.comparisons.get(match[1]!)
      if (compared) return ok({ status: 'ahead', commits: [], files: compared })
    }
    if (
      method === 'GET' &&
      (match = /^\/repos\/acme\/etl\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))
    ) {
      return page(url, this.commitPulls.get(match[1]!) ?? [], this.url)
    }
    if ((match = /^\/repos\/acme\/etl\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(match[1])
      const comments = (this.comments.get(issue) ?? []).map((c) => this.commentJson(issue, c))
      if (method === 'GET') return page(url, comments, this.url)
      if (method === 'POST') {
        const refused = this.refuseIssueWrite()
        if (refused && this.issues.has(issue)) return refused
        const comment = this.addComment(issue, str(body?.body), this.tokenUser)
        const known = this.issues.get(issue)
        if (known) known.updated_at = this.now()
        return { status: 201, body: this.commentJson(issue, comment) }
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
        return { status: 403, body: { message: 'Resource not accessible by integration' } }
      }
      if (comment) {
        comment.body = str(body?.body)
        return ok(comment)
      }
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
          labels: labelNames(body?.labels),
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
    return {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        status: '403',
      },
    }
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

  private userJson(user: IssueComment['user']): Json {
    const id = Number.parseInt(createHash('sha1').update(user.login).digest('hex').slice(0, 8), 16)
    const api = `${this.url}/users/${encodeURIComponent(user.login)}`
    return {
      login: user.login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    }
  }

  private labelJson(label: FakeLabel): Json {
    return {
      id: label.id,
      node_id: `LA_${label.id}`,
      url: `${this.url}${REPO}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    }
  }

  private issueJson(issue: FakeIssue): Json {
    const url = `${this.url}${REPO}/issues/${issue.number}`
    return {
      id: 7_000_000 + issue.number,
      node_id: `I_${issue.number}`,
      url,
      repository_url: `${this.url}${REPO}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/acme/etl/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state_reason,
      title: issue.title,
      body: issue.body,
      user: this.userJson(issue.user),
      labels: issue.labels.map((name) => this.labelJson(this.labelNamed(name))),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: (this.comments.get(issue.number) ?? []).length,
      closed_at: issue.closed_at,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      author_association: 'CONTRIBUTOR',
    }
  }

  private commentJson(issue: number, comment: IssueComment): Json {
    const at = this.now()
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}${REPO}/issues/comments/${comment.id}`,
      html_url: `https://github.com/acme/etl/issues/${issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.userJson(comment.user),
      created_at: at,
      updated_at: at,
      issue_url: `${this.url}${REPO}/issues/${issue}`,
      author_association: 'CONTRIBUTOR',
    }
  }

  private gitData(method: string, path: string, url: URL, body: Json | undefined): Answer {
    let match: RegExpExecArray | null
    if (method === 'GET' && (match = /^\/git\/ref\/(heads\/.+)$/.exec(path))) {
      const sha = this.refs.get(match[1]!)
      return sha ? ok({ ref: `refs/${match[1]}`, object: { sha, type: 'commit' } }) : notFound()
    }
    if (method === 'GET' && (match = /^\/git\/commits\/([0-9a-f]{40})$/.exec(path))) {
      const commit = this.commits.get(match[1]!)
      if (!commit) return notFound()
      return ok({
        sha: match[1],
        tree: { sha: commit.tree },
        parents: commit.parents.map((sha) => ({ sha })),
        message: commit.message,
      })
    }
    if (method === 'GET' && (match = /^\/contents\/(.+)$/.exec(path))) {
      const commit = this.commits.get(url.searchParams.get('ref') ?? '')
      const entry = commit && this.trees.get(commit.tree)?.get(match[1]!)
      if (!entry) return notFound()
      const content = this.blobs.get(entry.sha)!.toString('base64')
      return ok({ type: 'file', path: match[1], sha: entry.sha, content, encoding: 'base64' })
    }
    if (method === 'GET' && (match = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(path))) {
      const blob = this.blobs.get(match[1]!)
      return blob
        ? ok({ sha: match[1], content: blob.toString('base64'), encoding: 'base64' })
        : notFound()
    }
    if (method === 'POST' && path === '/git/blobs') {
      const bytes = Buffer.from(str(body?.content), body?.encoding === 'base64' ? 'base64' : 'utf8')
      return { status: 201, body: { sha: this.storeBlob(bytes) } }
    }
    if (method === 'POST' && path === '/git/trees') {
      const base = this.trees.get(str(body?.base_tree))
      if (!base) return unprocessable('Invalid tree info')
      const entries = new Map(base)
      for (const entry of body?.tree as Array<{ path: string; mode: string; sha: string }>) {
        if (!this.blobs.has(entry.sha)) return unprocessable('Invalid tree info')
        entries.set(entry.path, { mode: entry.mode, sha: entry.sha })
      }
      return { status: 201, body: { sha: this.storeTree(entries) } }
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
      return { status: 201, body: { sha } }
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
      return ok({ ref: `refs/${match[1]}`, object: { sha: next, type: 'commit' } })
    }
    return notFound()
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
    },
  }
}

const gone = (): Answer => ({
  status: 410,
  body: {
    message: 'Issues are disabled for this repo',
    documentation_url: 'https://docs.github.com/rest/issues/issues',
  },
})
const ok = (body: unknown): Answer => ({ status: 200, body })
const notFound = (): Answer => ({ status: 404, body: { message: 'Not Found' } })
const unprocessable = (message: string): Answer => ({ status: 422, body: { message } })
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A URL where nothing listens: connections are refused. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
