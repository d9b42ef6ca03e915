// How Terraform is spawned (src/util/exec.ts execDetached), with a real program standing in for
// it: a process group of its own, output through files, SIGINTs forwarded as the run gets
// signals (a moment's grace first for a command that changes infrastructure, a second SIGINT only
// for a second SIGINT, never for the runner's SIGTERM), and a time limit that interrupts,
// interrupts again, then kills.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Cancellation } from '../../src/util/cancellation.js'
import { execDetached } from '../../src/util/exec.js'
import { write } from '../faults/fixtures.js'
import { tempDir } from '../helpers/temp.js'

/**
 * Prints its process group, then each SIGINT it gets as it comes; it exits 300 ms after the
 * `stopAfter`th (never when 0), or by itself after `exitAfter` ms when given.
 */
const PROGRAM = `
const stat = require('node:fs').readFileSync('/proc/self/stat', 'utf8')
const group = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]
console.log('group ' + group)
const stopAfter = Number(process.argv[2])
let count = 0
process.on('SIGINT', () => {
  count++
  console.log('SIGINT ' + count)
  if (count === stopAfter) setTimeout(() => process.exit(3), 300)
})
process.on('SIGTERM', () => console.log('SIGTERM'))
if (process.argv[3]) setTimeout(() => process.exit(0), Number(process.argv[3]))
console.error('ready')
setInterval(() => {}, 1000)
`

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function ownGroup(): string {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]!
}

describe('execDetached', () => {
  const dir = tempDir('dativo-exec-')
  write(dir, { 'program.cjs': PROGRAM })
  const program = path.join(dir, 'program.cjs')

  const start = (
    stopAfter: number,
    options: Partial<Parameters<typeof execDetached>[2]> = {},
    exitAfter?: number,
  ) => {
    const lines: string[] = []
    let ready!: () => void
    const started = new Promise<void>((resolve) => (ready = resolve))
    const args = [program, String(stopAfter), ...(exitAfter ? [String(exitAfter)] : [])]
    const result = execDetached(process.execPath, args, {
      cwd: dir,
      env: process.env,
      outputDir: dir,
      onLine: (line) => {
        lines.push(line)
        if (line === 'ready') ready()
      },
      ...options,
    })
    return { lines, started, result }
  }

  it('runs the program in a process group of its own; a second SIGINT is forwarded as a second', async () => {
    const cancellation = new Cancellation()
    const run = start(2, { cancellation })
    await run.started
    cancellation.cancel('SIGINT')
    await pause(100)
    cancellation.cancel('SIGINT')
    const result = await run.result
    const [group, ...signals] = result.stdout.trimEnd().split('\n')
    expect(group).not.toBe(`group ${ownGroup()}`)
    expect(signals).toEqual(['SIGINT 1', 'SIGINT 2'])
    expect(result.exitCode).toBe(3)
    expect(result.stopped).toEqual({ reason: 'cancelled', signal: 'SIGINT', interrupts: 2 })
    // Every line reached the log as it came, and no output file is left.
    expect(run.lines).toEqual(expect.arrayContaining(['ready', 'SIGINT 1', 'SIGINT 2']))
    expect(readdirSync(dir).sort()).toEqual(['program.cjs'])
  })

  it("the runner's SIGTERM after its SIGINT is not forwarded: the program finishes stopping", async () => {
    const cancellation = new Cancellation()
    const run = start(1, { cancellation })
    await run.started
    cancellation.cancel('SIGINT')
    await pause(100)
    cancellation.cancel('SIGTERM')
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual(['SIGINT 1'])
    expect(result.stopped).toEqual({ reason: 'cancelled', signal: 'SIGINT', interrupts: 1 })
  })

  it('a command that changes infrastructure goes on for a moment before the SIGINT', async () => {
    const cancellation = new Cancellation()
    const run = start(1, { cancellation, drainMs: 600 })
    await run.started
    cancellation.cancel('SIGINT')
    await pause(300)
    expect(run.lines).not.toContain('SIGINT 1')
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual(['SIGINT 1'])
    expect(result.stopped).toEqual({ reason: 'cancelled', signal: 'SIGINT', interrupts: 1 })
  })

  it('a second signal during that moment interrupts at once; SIGTERM first counts the same', async () => {
    const cancellation = new Cancellation()
    const run = start(1, { cancellation, drainMs: 60_000 })
    await run.started
    cancellation.cancel('SIGTERM')
    await pause(200)
    cancellation.cancel('SIGTERM')
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual(['SIGINT 1'])
    expect(result.stopped).toEqual({ reason: 'cancelled', signal: 'SIGTERM', interrupts: 1 })
  })

  it('a program that finishes during that moment was not stopped', async () => {
    const cancellation = new Cancellation()
    const run = start(0, { cancellation, drainMs: 60_000 }, 800)
    await run.started
    cancellation.cancel('SIGINT')
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.stopped).toBeUndefined()
  })

  it('past its time limit: interrupted, interrupted again after the grace, then killed', async () => {
    // Long enough for the program to handle SIGINT by then, on a busy machine too.
    const run = start(0, { timeoutMs: 2000, graceMs: 400 })
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual(['SIGINT 1', 'SIGINT 2'])
    expect(result.signal).toBe('SIGKILL')
    expect(result.stopped).toEqual({ reason: 'timeout', signal: 'SIGINT', interrupts: 2 })
  })

  it('what the program leaves running in its group gets SIGTERM when it ends', async () => {
    const pidFile = path.join(dir, 'left.pid')
    const result = await execDetached('sh', ['-c', `sleep 30 & echo $! > ${pidFile}`], {
      cwd: dir,
      env: process.env,
      outputDir: dir,
    })
    expect(result.exitCode).toBe(0)
    expect(result.leftBehind).toBe('terminated')
    expect(running(Number(readFileSync(pidFile, 'utf8')))).toBe(false)
  })

  it('what ignores SIGTERM is killed once the grace has passed', async () => {
    const pidFile = path.join(dir, 'stubborn.pid')
    const result = await execDetached(
      'sh',
      ['-c', `trap '' TERM; sleep 30 & echo $! > ${pidFile}`],
      { cwd: dir, env: process.env, outputDir: dir, groupGraceMs: 300 },
    )
    expect(result.leftBehind).toBe('killed')
    expect(running(Number(readFileSync(pidFile, 'utf8')))).toBe(false)
  })

  it('a program that leaves nothing behind is not waited for', async () => {
    const result = await execDetached('sh', ['-c', 'echo done'], {
      cwd: dir,
      env: process.env,
      outputDir: dir,
    })
    expect(result.stdout).toBe('done\n')
    expect(result.leftBehind).toBeUndefined()
  })
})

/** Whether a process runs (one that ended but was never waited for does not). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    return state !== 'Z' && state !== 'X'
  } catch {
    return false
  }
}
