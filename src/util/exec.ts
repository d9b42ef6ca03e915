// Runs a program without a shell and captures what it prints. The wrappers for git and
// terraform build on this; nothing else spawns processes.
import { spawn } from 'node:child_process'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Text or bytes written to the program's standard input. */
  input?: string | Uint8Array
  /** Called with each chunk of output as it arrives (e.g. to stream a log). */
  onStdout?: (chunk: string) => void
  onStderr?: (chunk: string) => void
  /** Kill the program after this long. */
  timeoutMs?: number
}

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Standard output as bytes, for programs that print binary data (e.g. `git cat-file blob`). */
  stdoutBytes?: Buffer
}

export class ExecError extends Error {
  constructor(
    readonly command: string,
    readonly result: ExecResult,
  ) {
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n')
    super(`${command} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`)
    this.name = 'ExecError'
  }
}

/** Runs `file args…`; resolves with the exit code whatever it is (spawn failures reject). */
export function exec(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    if (options.timeoutMs) {
      timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk)
      options.onStdout?.(chunk.toString('utf8'))
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk)
      options.onStderr?.(chunk.toString('utf8'))
    })
    child.on('error', (error) => {
      if (timer) clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      const stdoutBytes = Buffer.concat(stdout)
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        stdoutBytes,
      })
    })
    child.stdin.on('error', () => {
      // The program may exit without reading its input; that is its business.
    })
    child.stdin.end(options.input ?? '')
  })
}

/** Like exec, but a non-zero exit is an ExecError. */
export async function execChecked(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const result = await exec(file, args, options)
  if (result.exitCode !== 0) throw new ExecError(`${file} ${args[0] ?? ''}`.trim(), result)
  return result
}
