// Where findings and log lines go: GitHub annotations and log groups in a workflow
// (actions-reporter.ts), plain `path:line:col: severity: message [rule]` lines at a terminal.
// Stages only see this interface.
import type { AnnotationProperties } from './workflow-commands.js'
import type { Finding } from '../findings.js'
import { ruleTitle, withHint } from '../findings.js'
import { scrubber } from '../util/secrets.js'
import { messageLines } from '../util/text.js'

export interface Reporter {
  /** A problem in a config, shown at its place. */
  finding(finding: Finding): void
  info(message: string): void
  /** Worth a reader's attention, with no place in a config (e.g. no config changed). */
  notice(message: string): void
  /**
   * A line another program printed (Terraform, git, deploy-command) or that quotes config data as
   * it is (a resolution diff): shown as text, never read by the runner as a workflow command.
   */
  output(line: string): void
  /** A problem of the run itself, with no place in a config. */
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  group<T>(title: string, run: () => Promise<T>): Promise<T>
  /** A value that must never appear in a log from now on, in any form it may be printed in. */
  secret(value: string): void
}

/** Annotation properties as GitHub accepts them: columns only when the range is on one line. */
export function annotationProperties(finding: Finding): AnnotationProperties {
  // The message stays the exact text users search for; the hint goes in the title.
  const title = ruleTitle(finding.rule) + (finding.hint ? `: ${finding.hint}` : '')
  const properties: AnnotationProperties = { title, file: finding.file }
  const range = finding.range
  if (range) {
    properties.startLine = range.line
    properties.endLine = range.endLine
    if (range.line === range.endLine) {
      properties.startColumn = range.column
      properties.endColumn = Math.max(range.endColumn, range.column)
    }
  }
  return properties
}

/**
 * `path:line:col: severity: message [rule]`, as compilers print them. A message of several lines
 * (Terraform's errors) keeps its line breaks, each further line indented under the first.
 */
export function formatFinding(finding: Finding): string {
  const where = finding.range
    ? `${finding.file}:${finding.range.line}:${finding.range.column}`
    : finding.file
  const [first, ...more] = messageLines(withHint(finding))
  return [
    `${where}: ${finding.severity}: ${first} [${finding.rule}]`,
    ...more.map((line) => (line ? `  ${line}` : '')),
  ].join('\n')
}

/** A message on one line, as an annotation shows it: its lines joined, runs of spaces as one. */
export function oneLine(message: string): string {
  return messageLines(message)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
}

export interface TerminalStreams {
  out: (line: string) => void
  err: (line: string) => void
  /** Also print debug lines. */
  verbose?: boolean
  /** Print only findings, warnings and errors (progress lines only with verbose). */
  quiet?: boolean
}

export class TerminalReporter implements Reporter {
  private readonly secrets: string[] = []
  private mask: (text: string) => string = (text) => text
  /** The title of the group being run, printed before its first line (a silent group has none). */
  private title?: string

  constructor(private readonly streams: TerminalStreams) {}

  finding(finding: Finding): void {
    this.streams.out(this.mask(formatFinding(finding)))
  }
  info(message: string): void {
    if (this.streams.quiet && !this.streams.verbose) return
    // Each block of lines says what it is: a job's Terraform log names the job.
    if (this.title !== undefined) this.streams.err(this.mask(`== ${this.title}`))
    this.title = undefined
    this.streams.err(this.mask(message))
  }
  notice(message: string): void {
    this.streams.err(this.mask(`notice: ${message}`))
  }
  output(line: string): void {
    this.info(line)
  }
  warning(message: string): void {
    this.streams.err(this.mask(`warning: ${message}`))
  }
  error(message: string): void {
    this.streams.err(this.mask(`error: ${message}`))
  }
  debug(message: string): void {
    if (this.streams.verbose) this.streams.err(this.mask(message))
  }
  async group<T>(title: string, run: () => Promise<T>): Promise<T> {
    this.title = title
    try {
      return await run()
    } finally {
      this.title = undefined
    }
  }
  secret(value: string): void {
    if (!value) return
    this.secrets.push(value)
    this.mask = scrubber(this.secrets)
  }
}
