// A terminal's live status line: heartbeats redraw one line in place at the bottom, every other
// line is printed above it. Only for a terminal (TTY); piped output gets plain lines.

export interface TerminalStream {
  write(text: string): unknown
  /** Width of the terminal, when known: the status is cut to fit one line. */
  columns?: number
}

const CLEAR_LINE = '\r\x1b[2K'

export class StatusLine {
  private shown = ''

  constructor(private readonly stream: TerminalStream) {}

  /** A line of its own, above the status. */
  print(line: string): void {
    this.erase()
    this.stream.write(line + '\n')
    this.draw()
  }

  /** Replaces the status. */
  set(text: string): void {
    this.erase()
    const width = this.stream.columns
    this.shown = width && text.length >= width ? text.slice(0, Math.max(1, width - 2)) + '…' : text
    this.draw()
  }

  /** Removes the status. */
  clear(): void {
    this.erase()
    this.shown = ''
  }

  private erase(): void {
    if (this.shown) this.stream.write(CLEAR_LINE)
  }

  private draw(): void {
    if (this.shown) this.stream.write(this.shown)
  }
}
