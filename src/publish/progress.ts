// Progress of the Terraform jobs of a run, line by line as it happens: a start line and an end
// line per job (`[3/60] stripe-customers-etl: plan +10 ~0 -0 (41 s)`), and while a Terraform
// command runs, a heartbeat every interval (`[3/60] stripe-customers-etl: apply still running
// (2m 30s)`), so a long run always says what it is doing. The lines go to a sink of their own:
// the action's log outside any group, the CLI's standard error or its status line.

/** Where progress lines go; a terminal may draw heartbeats in place instead of one under another. */
export interface ProgressSink {
  line(text: string, kind: 'start' | 'heartbeat' | 'end'): void
}

export interface ProgressOptions {
  /** Milliseconds between heartbeats while one command runs. */
  intervalMs: number
  now?: () => number
}

/** Thirty seconds between heartbeats, as a person watching a log expects. */
export const HEARTBEAT_MS = 30_000

export class Progress {
  private readonly now: () => number

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now
  }

  /** The progress of the job at `position` (1-based) of this run's Terraform jobs. */
  job(position: number, jobName: string): JobProgress {
    return new JobProgress(`[${position}/${this.total}] ${jobName}`, this.sink, {
      ...this.options,
      now: this.now,
    })
  }
}

export class JobProgress {
  private startedAt: number

  constructor(
    private readonly prefix: string,
    private readonly sink: ProgressSink,
    private readonly options: Required<ProgressOptions>,
  ) {
    this.startedAt = options.now()
  }

  /** `[3/60] name: plan started`. */
  start(what: string): void {
    this.startedAt = this.options.now()
    this.sink.line(`${this.prefix}: ${what} started`, 'start')
  }

  /** Waits for a Terraform command, saying every interval that it still runs. */
  async running<T>(command: string, work: Promise<T>): Promise<T> {
    const began = this.options.now()
    const timer = setInterval(() => {
      const elapsed = formatDuration(this.options.now() - began)
      this.sink.line(`${this.prefix}: ${command} still running (${elapsed})`, 'heartbeat')
    }, this.options.intervalMs)
    try {
      return await work
    } finally {
      clearInterval(timer)
    }
  }

  /** `[3/60] name: plan +10 ~0 -0 (41 s)`: what the job came to, and how long it took. */
  end(result: string): void {
    const took = formatDuration(this.options.now() - this.startedAt)
    this.sink.line(`${this.prefix}: ${result} (${took})`, 'end')
  }
}

/** `41 s` under a minute, `2m 30s` under an hour, `1h 5m` beyond. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`
}

/**
 * The heartbeat interval a run uses: HEARTBEAT_MS, or DATIVO_PROGRESS_INTERVAL seconds from the
 * environment (so tests need not wait thirty seconds for a heartbeat).
 */
export function heartbeatInterval(env: NodeJS.ProcessEnv): number {
  const asked = Number(env.DATIVO_PROGRESS_INTERVAL)
  return Number.isFinite(asked) && asked > 0 ? Math.max(100, asked * 1000) : HEARTBEAT_MS
}
