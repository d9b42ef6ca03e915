// How Terraform is spawned (src/util/exec.ts execDetached), with a real program standing in for
// it: a process group of its own, output through files, exactly one SIGINT per signal of the run,
// and a time limit that interrupts, interrupts again, then kills.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Cancellation } from '../../src/util/cancellation.js'
import { execDetached } from '../../src/util/exec.js'
import { Scratch, write } from '../faults/fixtures.js'

/**
 * Prints its process group, then counts the SIGINTs it gets: it exits after `stopAfter` of them
 * (never when 0), printing each as it comes.
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
  if (count === stopAfter) setTimeout(() => process.exit(3), 50)
})
console.error('ready')
setInterval(() => {}, 1000)
`

function ownGroup(): string {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]!
}

describe('execDetached', () => {
  const scratch = new Scratch()
  const dir = scratch.folder('exec')
  write(dir, { 'program.cjs': PROGRAM })
  const program = path.join(dir, 'program.cjs')
  afterAll(() => scratch.clean())

  const start = (stopAfter: number, options: Partial<Parameters<typeof execDetached>[2]> = {}) => {
    const lines: string[] = []
    let ready!: () => void
    const started = new Promise<void>((resolve) => (ready = resolve))
    const result = execDetached(process.execPath, [program, String(stopAfter)], {
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

  it('runs the program in a process group of its own, and forwards one SIGINT per signal', async () => {
    const cancellation = new Cancellation()
    const run = start(2, { cancellation })
    await run.started
    cancellation.cancel('SIGINT')
    await new Promise((resolve) => setTimeout(resolve, 300))
    cancellation.cancel('SIGTERM')
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

  it('a program that stops on the first SIGINT gets only that one', async () => {
    const cancellation = new Cancellation()
    const run = start(1, { cancellation })
    await run.started
    cancellation.cancel('SIGTERM')
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual(['SIGINT 1'])
    expect(result.stopped).toEqual({ reason: 'cancelled', signal: 'SIGTERM', interrupts: 1 })
  })

  it('past its time limit: interrupted, interrupted again after the grace, then killed', async () => {
    const run = start(0, { timeoutMs: 500, graceMs: 400 })
    const result = await run.result
    expect(result.stdout.trimEnd().split('\n').slice(1)).toEqual(['SIGINT 1', 'SIGINT 2'])
    expect(result.signal).toBe('SIGKILL')
    expect(result.stopped).toEqual({ reason: 'timeout', signal: 'SIGINT', interrupts: 2 })
  })
})
