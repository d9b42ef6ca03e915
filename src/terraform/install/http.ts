// GETs from a release mirror through util/retry: server errors, rate limits and network failures
// are retried with backoff; a 404 is an answer, not a hiccup.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { HttpClientResponse } from '@actions/http-client'
import { isTransientStatus, newHttpClient, retryAfterMs } from '../../util/http.js'
import { withRetry } from '../../util/retry.js'
import type { RetryOptions } from '../../util/retry.js'
import { TerraformInstallError } from './errors.js'

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 }

export interface MirrorClient {
  /** The body, or undefined when the mirror answers 404. */
  get(url: string): Promise<Buffer | undefined>
  /** Streams the body into `file` and returns its SHA-256 in hex, or undefined on a 404. */
  download(url: string, file: string): Promise<string | undefined>
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    url: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`GET ${url} answered ${status}`)
    this.name = 'HttpStatusError'
  }
}

export function createMirrorClient(
  retry: Partial<RetryOptions>,
  onRetry: (message: string) => void,
): MirrorClient {
  const http = newHttpClient(60_000)
  const options: RetryOptions = {
    ...DEFAULT_RETRY,
    retryable: (error) => !(error instanceof HttpStatusError) || isTransientStatus(error.status),
    delayFor: (error) => (error instanceof HttpStatusError ? error.retryAfterMs : undefined),
    onRetry: (error, attempt, delay) =>
      onRetry(
        `${messageOf(error)}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${options.attempts})`,
      ),
    ...retry,
  }

  async function request<T>(url: string, read: (response: HttpClientResponse) => Promise<T>) {
    try {
      return await withRetry(async () => {
        const response = await (await http).get(url)
        const status = response.message.statusCode ?? 0
        if (status === 200) return await read(response)
        response.message.resume()
        if (status === 404) return undefined
        throw new HttpStatusError(
          status,
          displayUrl(url),
          retryAfterMs(response.message.headers['retry-after']),
        )
      }, options)
    } catch (error) {
      const tries =
        error instanceof HttpStatusError && !isTransientStatus(error.status)
          ? ''
          : ` (tried ${options.attempts} times)`
      throw new TerraformInstallError(
        'mirror',
        `Could not download ${displayUrl(url)}${tries}: ${messageOf(error)}. Check terraform-mirror and the runner's network or proxy.`,
      )
    }
  }

  return {
    get: (url) =>
      request(url, async (response) => {
        const chunks: Buffer[] = []
        for await (const chunk of response.message) chunks.push(chunk as Buffer)
        return Buffer.concat(chunks)
      }),
    download: (url, file) =>
      request(url, async (response) => {
        const hash = createHash('sha256')
        const hashing = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk)
            done(null, chunk)
          },
        })
        await pipeline(response.message, hashing, createWriteStream(file))
        return hash.digest('hex')
      }),
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message
  }
  return String(error)
}

/** The URL without any user:password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString()
  } catch {
    return url
  }
}
