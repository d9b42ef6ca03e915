// Where the CLI's findings go: lines naming files relative to the current directory at a
// terminal; inside GitHub Actions, annotations naming them relative to GITHUB_WORKSPACE, where
// GitHub attaches them whatever the step's working-directory.
import path from 'node:path'
import type { Finding } from '../findings.js'
import { TerminalReporter } from '../publish/reporter.js'
import type { Reporter } from '../publish/reporter.js'
import { within } from '../util/paths.js'
import type { CliIO } from './main.js'
import { real } from './workspace.js'
import type { CliPaths } from './workspace.js'

export async function cliReporter(
  io: CliIO,
  paths: CliPaths,
  output: { verbose: boolean; quiet: boolean },
): Promise<Reporter> {
  if (io.env.GITHUB_ACTIONS === 'true') {
    const root = io.env.GITHUB_WORKSPACE ? real(io.env.GITHUB_WORKSPACE) : undefined
    // Workflow commands only inside a workflow: at a terminal the CLI starts without them.
    const { ActionsReporter } = await import('../publish/actions-reporter.js')
    return new Relocated(new ActionsReporter(), (file) =>
      root ? (within(root, path.join(paths.workspace, file)) ?? file) : file,
    )
  }
  const terminal = new TerminalReporter({
    out: io.stdout,
    err: io.stderr,
    verbose: output.verbose,
    quiet: output.quiet,
  })
  return new Relocated(terminal, (file) => paths.display(file))
}

/** A reporter that names each finding's file another way, and passes everything else on. */
class Relocated implements Reporter {
  constructor(
    private readonly inner: Reporter,
    private readonly place: (file: string) => string,
  ) {}

  finding(finding: Finding): void {
    this.inner.finding({ ...finding, file: finding.file && this.place(finding.file) })
  }
  info(message: string): void {
    this.inner.info(message)
  }
  notice(message: string): void {
    this.inner.notice(message)
  }
  output(line: string): void {
    this.inner.output(line)
  }
  warning(message: string): void {
    this.inner.warning(message)
  }
  error(message: string): void {
    this.inner.error(message)
  }
  debug(message: string): void {
    this.inner.debug(message)
  }
  group<T>(title: string, run: () => Promise<T>): Promise<T> {
    return this.inner.group(title, run)
  }
  secret(value: string): void {
    this.inner.secret(value)
  }
}
