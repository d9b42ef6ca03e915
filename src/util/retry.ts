// The one place that retries: bounded attempts, exponential backoff with jitter, and a say in
// which failures are worth another try (a 502 is, a 404 or a bad signature is not).

export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts: number
  /** Delay before the second attempt; doubles each time, plus up to 25% jitter. */
  baseDelayMs: number
  maxDelayMs?: number
  /** Whether an error is worth another attempt; by default every error is. */
  retryable?: (error: unknown) => boolean
  /** A delay the failure itself asks for (e.g. Retry-After), in milliseconds. */
  delayFor?: (error: unknown) => number | undefined
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
  sleep?: (ms: number) => Promise<void>
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))

export async function withRetry<T>(
  action: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const wait = options.sleep ?? sleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await action(attempt)
    } catch (error) {
      const retryable = options.retryable ? options.retryable(error) : true
      if (!retryable || attempt >= options.attempts) throw error
      const backoff = Math.min(
        options.baseDelayMs * 2 ** (attempt - 1),
        options.maxDelayMs ?? 30_000,
      )
      const asked = options.delayFor?.(error)
      const delay =
        asked !== undefined
          ? Math.min(asked, options.maxDelayMs ?? 60_000)
          : backoff + Math.random() * backoff * 0.25
      options.onRetry?.(error, attempt, delay)
      await wait(delay)
    }
  }
}
