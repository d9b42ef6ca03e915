// What the release mirror's client needs (GitHub's API goes through Octokit instead): one way to
// make a client (loaded on demand, with the HTTP client's own retries off: util/retry decides)
// and one judgement of which answers are worth asking again.
import type { HttpClient } from '@actions/http-client'

export async function newHttpClient(socketTimeout: number): Promise<HttpClient> {
  const { HttpClient } = await import('@actions/http-client')
  return new HttpClient('dativo-infra-action', [], { allowRetries: false, socketTimeout })
}

/** Server errors, rate limiting and timeouts pass; another try may well succeed. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408
}

/** A Retry-After header in seconds, as milliseconds; dates and nonsense are ignored. */
export function retryAfterMs(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header
  return value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined
}
