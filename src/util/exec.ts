// Runs a program without a shell and captures what it prints. The terraform wrapper and
// deploy-command and git (util/git.ts) build on this.
import { spawn } from 'node:child_process'
import { closeSync, openSync, readdirSync, readFileSync, readSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import type { Cancellation } from './cancellation.js'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
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
    child.stdin.end()
  })
}

export interface DetachedOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** A private folder of the caller's: the program's output goes to files there, read back. */
  outputDir: string
  /** Each line of output, standard output's and error's alike, soon after it is written. */
  onLine?: (line: string) => void
  /** Past this, the program is stopped as on a cancellation. */
  timeoutMs?: number
  /** The run's signals, forwarded to the program as SIGINTs (see execDetached). */
  cancellation?: Cancellation
  /**
   * On the run's first signal, how long the program goes on before it is interrupted: a command
   * that changes infrastructure gets this long for the calls it has in flight to return.
   */
  drainMs?: number
  /** After a time limit: how long it has to stop before a second SIGINT, then before SIGKILL. */
  graceMs?: number
  /**
   * Once the program has ended: how long what it left running in its process group has between
   * SIGTERM and SIGKILL.
   */
  groupGraceMs?: number
}

/** Why a program was asked to stop. */
export interface StopRequest {
  reason: 'cancelled' | 'timeout'
  /** The run's signal (a cancellation), or SIGINT (a time limit). */
  signal: NodeJS.Signals
  /** How many SIGINTs the program was sent: a second one makes Terraform exit at once. */
  interrupts: number
}

export interface DetachedResult extends ExecResult {
  /** The signal that ended the program, when one did. */
  signal?: NodeJS.Signals
  stopped?: StopRequest
  /**
   * Processes the program started and left running when it ended, stopped then: `terminated` by
   * SIGTERM, or `killed` by SIGKILL once the grace had passed.
   */
  leftBehind?: 'terminated' | 'killed'
}

/** How often a running program's output files are read for new lines. */
const TAIL_INTERVAL_MS = 200
/** How often a process group is looked at while what is left in it stops. */
const GROUP_POLL_MS = 20
/** What a program leaves in its group gets this long to stop after SIGTERM, unless told. */
export const GROUP_GRACE_MS = 2000
let outputFiles = 0

/**
 * Runs a program that must not be cut short by what happens to this process: it gets a process
 * group of its own, so a terminal's Ctrl-C reaches it only as the SIGINTs this forwards, and its
 * output goes to files, so it never dies of SIGPIPE when this process exits or is killed while
 * it works. The run's first signal interrupts it with one SIGINT (after `drainMs`, when given); a
 * later signal interrupts it at once if it was not yet; a SIGINT after that (a person pressing
 * Ctrl-C again) sends the second SIGINT, which makes Terraform exit at once. SIGTERM, the
 * runner's escalation, never does: the program is left to finish stopping, even if this process
 * is killed meanwhile. Once the program has ended, for whatever reason, whatever it started and
 * left in its group (a provisioner's background command, say) gets SIGTERM, then SIGKILL after
 * `groupGraceMs`: nothing it started outlives it. A process that left the group (`setsid`) is
 * out of reach, and so is everything when this process is killed first. Resolves with the exit
 * code whatever it is (spawn failures reject).
 */
export async function execDetached(
  file: string,
  args: readonly string[],
  options: DetachedOptions,
): Promise<DetachedResult> {
  const name = `${process.pid}-${++outputFiles}`
  const outPath = path.join(options.outputDir, `${name}.stdout`)
  const errPath = path.join(options.outputDir, `${name}.stderr`)
  // Private files: a command's output may hold sensitive values (`terraform show -json`). Read
  // with synchronous calls: small local files, and each asynchronous one costs a trip through
  // libuv's thread pool, which adds up over the steps of many jobs.
  const tails: Tail[] = []
  try {
    const outFd = openSync(outPath, 'w', 0o600)
    let errFd: number | undefined
    let child
    try {
      errFd = openSync(errPath, 'w', 0o600)
      if (options.onLine) {
        tails.push(new Tail(outPath, options.onLine), new Tail(errPath, options.onLine))
      }
      child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', outFd, errFd],
        detached: !WINDOWS,
        windowsHide: true,
      })
    } finally {
      closeSync(outFd)
      if (errFd !== undefined) closeSync(errFd)
    }
    const pid = child.pid
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        child.once('error', reject)
        child.once('exit', (code, signal) => resolve({ code, signal }))
      },
    )
    let stopped: StopRequest | undefined
    const timers: NodeJS.Timeout[] = []
    const interrupt = (reason: StopRequest['reason'], signal: NodeJS.Signals) => {
      stopped ??= { reason, signal, interrupts: 0 }
      stopped.interrupts++
      send(pid, 'SIGINT')
    }
    const onCancel = (signal: NodeJS.Signals, count: number) => {
      if (!stopped?.interrupts) {
        if (count === 1 && options.drainMs && !stopped) {
          stopped = { reason: 'cancelled', signal, interrupts: 0 }
          timers.push(
            setTimeout(() => {
              if (!stopped!.interrupts) interrupt('cancelled', signal)
            }, options.drainMs),
          )
          return
        }
        interrupt('cancelled', stopped?.signal ?? signal)
      } else if (signal === 'SIGINT') {
        interrupt('cancelled', stopped.signal)
      }
    }
    const stopListening = options.cancellation?.onCancel(onCancel)
    if (options.cancellation?.cancelled) interrupt('cancelled', options.cancellation.signal!)
    if (options.timeoutMs) {
      const grace = options.graceMs ?? 120_000
      timers.push(
        setTimeout(() => {
          if (stopped?.interrupts) return
          interrupt('timeout', 'SIGINT')
          timers.push(
            setTimeout(() => interrupt('timeout', 'SIGINT'), grace),
            setTimeout(() => sendGroup(pid, 'SIGKILL'), 2 * grace),
          )
        }, options.timeoutMs),
      )
    }
    const polling =
      tails.length > 0
        ? setInterval(() => tails.forEach((t) => t.read()), TAIL_INTERVAL_MS)
        : undefined
    let ended: { code: number | null; signal: NodeJS.Signals | null }
    try {
      ended = await exited
    } finally {
      stopListening?.()
      timers.forEach((timer) => clearTimeout(timer))
      if (polling) clearInterval(polling)
    }
    // Before the output is read: what is left may still write to it.
    const leftBehind = await stopGroup(pid, options.groupGraceMs ?? GROUP_GRACE_MS)
    for (const tail of tails) tail.end()
    const stdoutBytes = readFileSync(outPath)
    return {
      exitCode: ended.code ?? 128 + signalNumber(ended.signal),
      signal: ended.signal ?? undefined,
      // A program that ended while it was still allowed to go on was not stopped.
      stopped: stopped?.interrupts ? stopped : undefined,
      leftBehind,
      stdout: stdoutBytes.toString('utf8'),
      stderr: readFileSync(errPath, 'utf8'),
      stdoutBytes,
    }
  } finally {
    for (const tail of tails) tail.close()
    removeFile(outPath)
    removeFile(errPath)
  }
}

/** Windows has no SIGINT to send: there the console's Ctrl-C reaches the program itself. */
const WINDOWS = process.platform === 'win32'

function send(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined || (WINDOWS && signal !== 'SIGKILL')) return
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

/** Signals every process of the group `pid` leads; false when none is left to signal. */
function sendGroup(pid: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (pid === undefined) return false
  if (WINDOWS) {
    if (signal === 'SIGKILL') send(pid, signal)
    return false
  }
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

/**
 * Whether a process of the group is still running. A process that ended but that no one has
 * waited for (a container's first process may never) can still be signalled: on Linux, /proc
 * tells those apart.
 */
function groupRunning(pid: number): boolean {
  if (!sendGroup(pid, 0)) return false
  if (process.platform !== 'linux') return true
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return true
  }
  for (const entry of entries) {
    const code = entry.charCodeAt(0)
    if (code < 0x30 || code > 0x39) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'latin1')
    } catch {
      continue
    }
    // pid (comm) state ppid pgrp …: the command name may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ', 3)
    if (Number(fields[2]) === pid && fields[0] !== 'Z' && fields[0] !== 'X') return true
  }
  return false
}

/**
 * After the program has ended: SIGTERM to what it left running in its process group, then, if
 * anything is still there after `graceMs`, SIGKILL. The group keeps its number while any of its
 * processes lives, so no other process can be reached by it.
 */
async function stopGroup(
  pid: number | undefined,
  graceMs: number,
): Promise<DetachedResult['leftBehind']> {
  if (pid === undefined || WINDOWS || !groupRunning(pid)) return undefined
  sendGroup(pid, 'SIGTERM')
  if (await groupGone(pid, graceMs)) return 'terminated'
  sendGroup(pid, 'SIGKILL')
  // SIGKILL cannot be refused, but takes a moment to land.
  await groupGone(pid, GROUP_GRACE_MS)
  return 'killed'
}

/** Waits up to `ms` for the group to have no process running; whether it came to that. */
async function groupGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS))
    if (!groupRunning(pid)) return true
  }
  return false
}

function removeFile(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // Never made, or already gone.
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGPIPE: 13,
    SIGTERM: 15,
  }
  return (signal && numbers[signal]) || 0
}

/** New lines of a file another process is writing, read with synchronous calls. */
class Tail {
  private readonly lines: LineBuffer
  private position = 0
  private fd: number | undefined
  private static readonly buffer = Buffer.alloc(64 * 1024)

  constructor(file: string, onLine: (line: string) => void) {
    this.lines = new LineBuffer(onLine)
    this.fd = openSync(file, 'r')
  }

  /** Reads what was written since the last time. */
  read(): void {
    if (this.fd === undefined) return
    const buffer = Tail.buffer
    for (;;) {
      const bytesRead = readSync(this.fd, buffer, 0, buffer.length, this.position)
      if (bytesRead === 0) return
      this.position += bytesRead
      this.lines.add(buffer.subarray(0, bytesRead))
    }
  }

  end(): void {
    this.read()
    this.lines.end()
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
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
