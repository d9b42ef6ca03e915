// A stand-in for GitHub's REST API on 127.0.0.1 (real node:http): pull request files with Link
// pagination, the compare endpoint, injected failures, and a record of every request.
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
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /** Statuses answered, one per request, before the routes answer normally. */
  readonly failures: number[] = []
  readonly pullRequestFiles = new Map<number, DiffEntry[]>()
  /** Keyed by `before...after`. */
  readonly comparisons = new Map<string, DiffEntry[]>()

  private readonly server: Server = createServer((request, response) =>
    this.answer(request, response),
  )
  private address = ''

  get url(): string {
    return this.address
  }

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub()
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    fake.address = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
    return fake
  }

  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    return closed
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    this.requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
    })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers })
      response.end(JSON.stringify(body))
    }
    const failure = this.failures.shift()
    if (failure !== undefined) return send(failure, { message: `Injected ${failure}` })
    const url = new URL(request.url ?? '/', this.url)
    const pulls = /^\/repos\/acme\/etl\/pulls\/(\d+)\/files$/.exec(url.pathname)
    const files = pulls ? this.pullRequestFiles.get(Number(pulls[1])) : undefined
    if (files) {
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(files.length / perPage))
      const link = (n: number, rel: string) => {
        const target = new URL(url)
        target.searchParams.set('page', String(n))
        return `<${target.href}>; rel="${rel}"`
      }
      const links = [
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
      ]
      return send(
        200,
        files.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {},
      )
    }
    const compare = /^\/repos\/acme\/etl\/compare\/([0-9a-f]+\.\.\.[0-9a-f]+)$/.exec(url.pathname)
    const compared = compare ? this.comparisons.get(compare[1]!) : undefined
    if (compared) return send(200, { status: 'ahead', commits: [], files: compared })
    send(404, { message: 'Not Found' })
  }
}

/** A URL where nothing listens: connections are refused. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
