// Two small tools for running jobs side by side: a lock for what must not overlap (terraform
// init and its shared plugin cache) and a pool that runs at most N tasks at once.

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

/** Runs `task` for every item, at most `limit` at a time; results keep the items' order. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
