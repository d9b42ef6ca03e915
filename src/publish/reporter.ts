// Where findings and log lines go: GitHub annotations and log groups in a workflow, plain
// `path:line:col: severity: message [rule]` lines at a terminal. Stages only see this interface.
import { Runner } from '../action/runner.js'
import type { AnnotationProperties } from '../action/runner.js'
import type { Finding } from '../findings.js'
import { ruleTitle } from '../findings.js'
import { messageLines, scrub } from '../util/text.js'

export interface Reporter {
  /** A problem in a config, shown at its place. */
  finding(finding: Finding): void
  info(message: string): void
  /** Worth a reader's attention, with no place in a config (e.g. no config changed). */
  notice(message: string): void
  /** A problem of the run itself, with no place in a config. */
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  group<T>(title: string, run: () => Promise<T>): Promise<T>
  /** A value that must never appear in a log from now on. */
  secret(value: string): void
}

/** Annotation properties as GitHub accepts them: columns only when the range is on one line. */
export function annotationProperties(finding: Finding): AnnotationProperties {
  const properties: AnnotationProperties = { title: ruleTitle(finding.rule), file: finding.file }
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

export class ActionsReporter implements Reporter {
  constructor(private readonly runner: Runner = new Runner()) {}

  finding(finding: Finding): void {
    this.runner.annotate(finding.severity, oneLine(finding.message), annotationProperties(finding))
  }
  info(message: string): void {
    this.runner.info(message)
  }
  notice(message: string): void {
    this.runner.annotate('notice', message)
  }
  warning(message: string): void {
    this.runner.annotate('warning', message)
  }
  error(message: string): void {
    this.runner.annotate('error', message)
  }
  debug(message: string): void {
    this.runner.debug(message)
  }
  group<T>(title: string, run: () => Promise<T>): Promise<T> {
    return this.runner.group(title, run)
  }
  secret(value: string): void {
    if (value) this.runner.setSecret(value)
  }
}

/**
 * `path:line:col: severity: message [rule]`, as compilers print them. A message of several lines
 * (Terraform's errors) keeps its line breaks, each further line indented under the first.
 */
export function formatFinding(finding: Finding): string {
  const where = finding.range
    ? `${finding.file}:${finding.range.line}:${finding.range.column}`
    : finding.file
  const [first, ...more] = messageLines(finding.message)
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
  /** Also print debug lines and group titles. */
  verbose?: boolean
  /** Print only findings, warnings and errors (progress lines only with verbose). */
  quiet?: boolean
}

export class TerminalReporter implements Reporter {
  private readonly secrets: string[] = []

  constructor(private readonly streams: TerminalStreams) {}

  finding(finding: Finding): void {
    this.streams.out(this.mask(formatFinding(finding)))
  }
  info(message: string): void {
    if (!this.streams.quiet || this.streams.verbose) this.streams.err(this.mask(message))
  }
  notice(message: string): void {
    this.streams.err(this.mask(`notice: ${message}`))
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
    if (this.streams.verbose) this.streams.err(`== ${title}`)
    return run()
  }
  secret(value: string): void {
    if (value) this.secrets.push(value)
  }

  private mask(text: string): string {
    return scrub(text, this.secrets)
  }
}
