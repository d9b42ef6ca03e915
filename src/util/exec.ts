// Runs a program without a shell and captures what it prints. The terraform wrapper and
// deploy-command build on this; git runs through @actions/exec (util/git.ts).
import { spawn } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Text or bytes written to the program's standard input. */
  input?: string | Uint8Array
  /** Called with each line of output, standard output's and error's alike, as it arrives. */
  onLine?: (line: string) => void
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
    const outLines = options.onLine && new LineBuffer(options.onLine)
    const errLines = options.onLine && new LineBuffer(options.onLine)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk)
      outLines?.add(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk)
      errLines?.add(chunk)
    })
    child.on('error', (error) => {
      if (timer) clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      outLines?.end()
      errLines?.end()
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

/** Bytes in, whole lines out: a character split across chunks is decoded once it is complete. */
class LineBuffer {
  private readonly decoder = new StringDecoder('utf8')
  private pending = ''

  constructor(private readonly emit: (line: string) => void) {}

  add(chunk: Buffer): void {
    const lines = (this.pending + this.decoder.write(chunk)).split(/\r?\n/)
    this.pending = lines.pop()!
    for (const line of lines) this.emit(line)
  }

  end(): void {
    const rest = this.pending + this.decoder.end()
    if (rest) this.emit(rest)
    this.pending = ''
  }
}
