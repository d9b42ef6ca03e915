// The runner's side of the Reporter: a workflow command for each, and a guard around text the
// action did not write. Loaded by the action at start, by the CLI only inside a workflow.
import { randomBytes } from 'node:crypto'
import * as core from './workflow-commands.js'
import type { Finding } from '../findings.js'
import { maskForms } from '../util/secrets.js'
import { annotationProperties, oneLine } from './reporter.js'
import type { Reporter } from './reporter.js'

/**
 * Whether the runner could read any line of `text` as a workflow command: it splits lines at CR
 * and LF, trims the leading white space of each before looking for `::`, and finds `##[` anywhere.
 */
export function mayHoldCommand(text: string): boolean {
  return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text)
}

/**
 * The runner's side: a workflow command for each, and a guard around text that is not ours.
 * Such text goes inside `::stop-commands::<token>` … `::<token>::` with a fresh random token, so
 * nothing in it is a command, not even `::stop-commands::` itself. The block is closed before each
 * command of our own (an annotation, a group, a mask) and opened again for the next such text:
 * a mask registered mid-job is never swallowed by an open block.
 */
export class ActionsReporter implements Reporter {
  private stopToken?: string

  finding(finding: Finding): void {
    // Annotations show a message on one line; the log and the summary keep Terraform's breaks.
    this.command(() =>
      core[finding.severity](oneLine(finding.message), annotationProperties(finding)),
    )
  }
  info(message: string): void {
    if (mayHoldCommand(message)) this.openBlock()
    core.info(message)
  }
  output(line: string): void {
    this.openBlock()
    core.info(line)
  }
  notice(message: string): void {
    this.command(() => core.notice(message))
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
