// Where findings and log lines go: GitHub annotations and log groups in a workflow, plain
// `path:line:col: severity: message [rule]` lines at a terminal. Stages only see this interface.
import { randomBytes } from 'node:crypto'
import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { Finding } from '../findings.js'
import { ruleTitle } from '../findings.js'
import { maskForms, scrubber } from '../util/secrets.js'

export interface Reporter {
  /** A problem in a config, shown at its place. */
  finding(finding: Finding): void
  info(message: string): void
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

/**
 * Whether the runner could read any line of `text` as a workflow command: it splits lines at CR
 * and LF, trims the leading white space of each before looking for `::`, and finds `##[` anywhere.
 */
export function mayHoldCommand(text: string): boolean {
  return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text)
}

/**
 * The runner's side: @actions/core for every command, and a guard around text that is not ours.
 * Such text goes inside `::stop-commands::<token>` … `::<token>::` with a fresh random token, so
 * nothing in it is a command, not even `::stop-commands::` itself. The block is closed before each
 * command of our own (an annotation, a group, a mask) and opened again for the next such text:
 * a mask registered mid-job is never swallowed by an open block.
 */
export class ActionsReporter implements Reporter {
  private stopToken?: string

  finding(finding: Finding): void {
    this.command(() => core[finding.severity](finding.message, annotationProperties(finding)))
  }
  info(message: string): void {
    if (mayHoldCommand(message)) this.openBlock()
    core.info(message)
  }
  output(line: string): void {
    this.openBlock()
    core.info(line)
  }
  warning(message: string): void {
    this.command(() => core.warning(message))
  }
  error(message: string): void {
    this.command(() => core.error(message))
  }
  debug(message: string): void {
    this.command(() => core.debug(message))
  }
  async group<T>(title: string, run: () => Promise<T>): Promise<T> {
    this.command(() => core.startGroup(title))
    try {
      return await run()
    } finally {
      this.command(() => core.endGroup())
    }
  }
  secret(value: string): void {
    if (!value) return
    this.command(() => {
      for (const form of maskForms(value)) core.setSecret(form)
    })
  }
  /** Marks the step failed once the process exits, and says why. */
  fail(message: string): void {
    this.command(() => core.setFailed(message))
  }
  /** Ends the block of foreign text, if one is open: what follows may be commands again. */
  settle(): void {
    if (!this.stopToken) return
    core.info(`::${this.stopToken}::`)
    this.stopToken = undefined
  }

  private command(write: () => void): void {
    this.settle()
    write()
  }

  private openBlock(): void {
    if (this.stopToken) return
    this.stopToken = randomBytes(16).toString('hex')
    core.info(`::stop-commands::${this.stopToken}`)
  }
}

/** `path:line:col: severity: message [rule]`, one line per finding, as compilers print them. */
export function formatFinding(finding: Finding): string {
  const where = finding.range
    ? `${finding.file}:${finding.range.line}:${finding.range.column}`
    : finding.file
  return `${where}: ${finding.severity}: ${finding.message.replace(/\r?\n/g, ' ')} [${finding.rule}]`
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
  private mask: (text: string) => string = (text) => text

  constructor(private readonly streams: TerminalStreams) {}

  finding(finding: Finding): void {
    this.streams.out(this.mask(formatFinding(finding)))
  }
  info(message: string): void {
    if (!this.streams.quiet || this.streams.verbose) this.streams.err(this.mask(message))
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
    if (this.streams.verbose) this.streams.err(`== ${title}`)
    return run()
  }
  secret(value: string): void {
    if (!value) return
    this.secrets.push(value)
    this.mask = scrubber(this.secrets)
  }
}
