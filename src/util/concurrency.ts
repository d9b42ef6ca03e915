// Two small tools for running jobs side by side: a lock for what must not overlap (terraform
// init and its shared plugin cache) and slots that let at most N tasks run at once.

export class Mutex {
  private last: Promise<void> = Promise.resolve()

  /** Runs `task` once every task locked before it has finished. */
  async lock<T>(task: () => Promise<T>): Promise<T> {
    const previous = this.last
    let release!: () => void
    this.last = new Promise((resolve) => (release = resolve))
    await previous
    try {
      return await task()
    } finally {
      release()
    }
  }
}

/** At most `limit` holders at a time; the others wait their turn, first come first served. */
export class Slots {
  private free: number
  private readonly waiting: Array<() => void> = []

  constructor(limit: number) {
    this.free = Math.max(1, limit)
  }

  /** Waits for a slot; resolves with the function that gives it back (once, however called). */
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
    let held = true
    return () => {
      if (!held) return
      held = false
      const next = this.waiting.shift()
      if (next) next()
      else this.free++
    }
  }
}

/** A value worked out on first use and kept: later calls share the first call's promise. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}
