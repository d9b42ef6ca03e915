// Programs the tests run to their end (the action, the CLI, Terraform), without holding the
// worker's event loop while they work.
//
// A vitest worker reads its host's answers on that loop, and vitest gives every call from worker to
// host a fixed 60 s that no option changes. A test waiting in spawnSync or execFileSync holds the
// loop for as long as the program runs; when that passes 60 s on a busy machine, the run ends with
// "Timeout calling onTaskUpdate" although every test passed. cleanup.ts fails a file that holds
// its loop for long, by name, before it comes to that.
import { spawn } from 'node:child_process'

export interface ProcessRun {
  /** The exit code, or null when a signal ended the program. */
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface ProcessOptions {
  cwd?: string
  /** The whole environment (this process's when left out). */
  env?: NodeJS.ProcessEnv
  /** Milliseconds before the program is sent SIGTERM. */
  timeout?: number
}

/** spawnSync's result, asynchronously: the program runs to its end, whatever its exit code. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      timeout: options.timeout,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
}

/** execFileSync's contract, asynchronously: standard output, or an error naming the failure. */
export async function processOutput(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<string> {
  const run = await runProcess(command, args, options)
  if (run.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} ended with ${run.status ?? run.signal}:\n${run.stderr}${run.stdout}`,
    )
  }
  return run.stdout
}
