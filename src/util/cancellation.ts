// A run's cancellation: the runner cancels a step with SIGINT to the node process (then SIGTERM,
// then SIGKILL); a person at a terminal presses Ctrl-C. Either way the run starts nothing new,
// running Terraform commands are asked to stop gracefully, and the report names what was cut short.

export type CancelListener = (signal: NodeJS.Signals, count: number) => void

export class Cancellation {
  private readonly received: NodeJS.Signals[] = []
  private readonly listeners = new Set<CancelListener>()

  /** The first signal received, once the run is cancelled. */
  get signal(): NodeJS.Signals | undefined {
    return this.received[0]
  }

  get cancelled(): boolean {
    return this.received.length > 0
  }

  /** Records a signal and tells every listener how many have come so far. */
  cancel(signal: NodeJS.Signals): void {
    this.received.push(signal)
    for (const listener of [...this.listeners]) listener(signal, this.received.length)
  }

  /** Calls `listener` on every signal from now on; returns the function that stops it. */
  onCancel(listener: CancelListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Turns SIGINT and SIGTERM of this process into a cancellation instead of an exit at once;
   * returns the function that restores the defaults.
   */
  listen(target: NodeJS.Process = process): () => void {
    const handler = (signal: NodeJS.Signals) => this.cancel(signal)
    target.on('SIGINT', handler)
    target.on('SIGTERM', handler)
    return () => {
      target.off('SIGINT', handler)
      target.off('SIGTERM', handler)
    }
  }
}
