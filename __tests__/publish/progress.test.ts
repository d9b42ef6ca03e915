// Progress lines and the terminal's status line, with a clock the test sets.
import { describe, expect, it } from 'vitest'
import { StatusLine } from '../../src/cli/status-line.js'
import {
  formatDuration,
  heartbeatInterval,
  HEARTBEAT_MS,
  Progress,
} from '../../src/publish/progress.js'

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [41_900, '41 s'],
    [60_000, '1m 0s'],
    [150_000, '2m 30s'],
    [3_900_000, '1h 5m'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('Progress', () => {
  it('prints start, a heartbeat each interval while a command runs, and the end', async () => {
    let clock = 1_000
    const lines: Array<[string, string]> = []
    const progress = new Progress(
      60,
      { line: (text, kind) => lines.push([kind, text]) },
      {
        intervalMs: 20,
        now: () => clock,
      },
    )
    const job = progress.job(3, 'stripe-customers-etl')
    job.start('apply')
    let finish!: () => void
    const work = new Promise<string>((resolve) => (finish = () => resolve('done')))
    const running = job.running('apply', work)
    while (lines.filter(([kind]) => kind === 'heartbeat').length < 2) {
      clock += 75_000
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    finish()
    expect(await running).toBe('done')
    const heartbeats = lines.length
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(lines).toHaveLength(heartbeats)
    clock += 1_000
    job.end('apply +10 ~0 -0')
    expect(lines[0]).toEqual(['start', '[3/60] stripe-customers-etl: apply started'])
    expect(lines[1]![1]).toMatch(
      /^\[3\/60\] stripe-customers-etl: apply still running \(\d+m \d+s\)$/,
    )
    expect(lines.at(-1)![0]).toBe('end')
    expect(lines.at(-1)![1]).toMatch(
      /^\[3\/60\] stripe-customers-etl: apply \+10 ~0 -0 \(\d+m \d+s\)$/,
    )
  })

  it('takes its interval from DATIVO_PROGRESS_INTERVAL, in seconds, else thirty seconds', () => {
    expect(heartbeatInterval({})).toBe(HEARTBEAT_MS)
    expect(HEARTBEAT_MS).toBe(30_000)
    expect(heartbeatInterval({ DATIVO_PROGRESS_INTERVAL: '2' })).toBe(2_000)
    expect(heartbeatInterval({ DATIVO_PROGRESS_INTERVAL: 'soon' })).toBe(HEARTBEAT_MS)
  })
})

describe('StatusLine', () => {
  it('redraws the status in place and prints other lines above it', () => {
    let written = ''
    const status = new StatusLine({ write: (text: string) => (written += text), columns: 40 })
    status.print('== Discover')
    status.set('[1/2] a: plan still running (30 s)')
    status.set('[1/2] a: plan still running (1m 0s)')
    status.print('[2/2] b: plan started')
    status.set('[2/2] b: a status far longer than the forty columns of this terminal')
    status.clear()
    expect(written).toBe(
      '== Discover\n' +
        '[1/2] a: plan still running (30 s)' +
        '\r\x1b[2K[1/2] a: plan still running (1m 0s)' +
        '\r\x1b[2K[2/2] b: plan started\n[1/2] a: plan still running (1m 0s)' +
        '\r\x1b[2K[2/2] b: a status far longer than the …' +
        '\r\x1b[2K',
    )
  })
})
