// deploy-command (CONTRACT §2): run once per resolved config, `{config}` replaced by its path,
// without a shell (src/util/command-line.ts says how the command is split). Each config's output
// goes to the log in a group of its own. A failure is a finding on that config, and the next
// configs still deploy: one bad job does not hold back the others.
import type { Finding } from '../findings.js'
import { splitCommandLine } from '../util/command-line.js'
// Not @actions/exec: it leaves a program's standard input open (one that reads it waits forever)
// or, given input, fails with EPIPE when the program exits before reading it, which brings the
// whole run down. The deploy command gets an empty, closed standard input from util/exec instead.
import { exec } from '../util/exec.js'
import type { Reporter } from './reporter.js'

export const CONFIG_TOKEN = '{config}'

export interface DeployDeps {
  /** Absolute path of the workspace: the command's working folder. */
  workspace: string
  reporter: Reporter
  env?: NodeJS.ProcessEnv
}

export interface DeployResult {
  /** The config, relative to the workspace. */
  config: string
  /** The program's exit code; undefined when it could not start. */
  exitCode?: number
  /** Set when the command failed for this config: an error the caller adds to its findings. */
  finding?: Finding
}

/** The program and arguments for one config. */
export function deployArguments(command: string, config: string): string[] {
  // A path that starts with a dash would read as an option.
  const path = config.startsWith('-') ? `./${config}` : config
  return splitCommandLine(command).map((word) => word.split(CONFIG_TOKEN).join(path))
}

/**
 * Runs the command for each config in turn and reports how each went. Findings are returned, not
 * reported: the caller adds each to its config's findings (so it counts as an error and fails
 * the step) and reports it with the others.
 */
export async function deployConfigs(
  command: string,
  configs: readonly string[],
  deps: DeployDeps,
): Promise<DeployResult[]> {
  const { reporter } = deps
  const results: DeployResult[] = []
  for (const config of configs) {
    const [program, ...args] = deployArguments(command, config)
    const result = await reporter.group(`Deploy ${config}`, async (): Promise<DeployResult> => {
      reporter.debug(`deploy-command: ${JSON.stringify([program, ...args])}`)
      try {
        const run = await exec(program!, args, {
          cwd: deps.workspace,
          env: deps.env ?? process.env,
          // Its lines reach the log as text, never as workflow commands.
          onLine: (line) => reporter.output(line),
        })
        if (run.exitCode === 0) return { config, exitCode: 0 }
        const last = lastLine(run.stderr) ?? lastLine(run.stdout)
        return {
          config,
          exitCode: run.exitCode,
          finding: failure(
            config,
            `deploy-command failed for ${config} with exit code ${run.exitCode}${last ? `: ${last}` : ''}`,
          ),
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        const reason =
          code === 'ENOENT'
            ? `the program '${program}' was not found (it runs without a shell; use a program on PATH or a path to one)`
            : (error as Error).message
        return {
          config,
          finding: failure(config, `deploy-command could not start for ${config}: ${reason}`),
        }
      }
    })
    results.push(result)
  }
  return results
}

function failure(config: string, message: string): Finding {
  return { severity: 'error', rule: 'deploy-failed', message, file: config }
}

function lastLine(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .pop()
  return line && (line.length > 200 ? `${line.slice(0, 199)}…` : line)
}

/** Output chunks into whole lines for the log. */
