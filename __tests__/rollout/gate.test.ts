// A rollout's order and gate, as data and promises: waves by environment, a canary per
// cloud/runtime group first, the first failure stopping everything not yet applied.
import { describe, expect, it } from 'vitest'
import type { Job } from '../../src/config/job.js'
import { RolloutGate } from '../../src/rollout/gate.js'
import { planRollout } from '../../src/rollout/waves.js'
import type { RolloutJob } from '../../src/rollout/waves.js'
import { Cancellation } from '../../src/util/cancellation.js'

const job = (file: string, environment: string, provider = 'local'): RolloutJob => ({
  file,
  jobName: file.replace(/^jobs\/|\.yaml$/g, ''),
  environment,
  provider,
  runtimeType: provider === 'aws' ? 'aws_fargate' : provider,
})

const FLEET = [
  job('jobs/p1.yaml', 'prod'),
  job('jobs/d2.yaml', 'dev'),
  job('jobs/d1.yaml', 'dev'),
  job('jobs/s1.yaml', 'Staging', 'aws'),
  job('jobs/d3.yaml', 'dev', 'aws'),
  job('jobs/q1.yaml', 'qa'),
]

describe('rollout waves', () => {
  it('orders environments as rollout-order says, * for the others, and interleaves the groups', () => {
    const plan = planRollout(FLEET, [['*'], ['prod', 'production']])
    expect(plan.waves).toEqual([
      {
        name: 'other environments',
        environments: ['Staging', 'dev', 'qa'],
        groups: [
          { name: 'local / local', files: ['jobs/d1.yaml', 'jobs/d2.yaml', 'jobs/q1.yaml'] },
          { name: 'aws / aws_fargate', files: ['jobs/d3.yaml', 'jobs/s1.yaml'] },
        ],
      },
      {
        name: 'prod, production',
        environments: ['prod'],
        groups: [{ name: 'local / local', files: ['jobs/p1.yaml'] }],
      },
    ])
    expect(plan.order).toEqual([
      'jobs/d1.yaml',
      'jobs/d3.yaml',
      'jobs/d2.yaml',
      'jobs/s1.yaml',
      'jobs/q1.yaml',
      'jobs/p1.yaml',
    ])
  })

  it('puts environments no line names last when there is no *', () => {
    const plan = planRollout(FLEET, [['dev'], ['staging', 'qa'], ['prod']])
    expect(plan.waves.map((w) => [w.name, w.environments])).toEqual([
      ['dev', ['dev']],
      ['staging, qa', ['Staging', 'qa']],
      ['prod', ['prod']],
    ])
    const late = planRollout([...FLEET, job('jobs/x.yaml', 'sandbox')], [['dev'], ['prod']])
    expect(late.waves.map((w) => w.name)).toEqual(['dev', 'prod', 'other environments'])
  })
})

/** Drives the gate the way the Terraform stage does, recording what each job did in order. */
function drive(plan = planRollout(FLEET, [['*'], ['prod']]), cancellation?: Cancellation) {
  const gate = new RolloutGate(plan, cancellation)
  const events: string[] = []
  const asJob = (file: string) => ({ file, jobName: file }) as Job
  const run = async (file: string, hasChanges: boolean, ok: boolean, afterPlan?: Promise<void>) => {
    const held = gate.start(asJob(file))
    if (held) {
      events.push(`${file} not started`)
      gate.finished(asJob(file), false)
      return
    }
    await afterPlan
    const hold = await gate.beforeApply(asJob(file), hasChanges)
    if (hold) {
      events.push(`${file} held`)
      gate.finished(asJob(file), false)
      return
    }
    events.push(`${file} applies`)
    await Promise.resolve()
    events.push(`${file} ${ok ? 'done' : 'failed'}`)
    gate.finished(asJob(file), ok)
  }
  return { gate, events, run }
}

/** `a` happened before `b` in the events. */
function before(events: string[], a: string, b: string): boolean {
  const i = events.indexOf(a)
  const j = events.indexOf(b)
  return i >= 0 && j >= 0 && i < j
}

describe('rollout gate', () => {
  it('applies each group’s canary before the rest, and a wave after the one before', async () => {
    const { gate, events, run } = drive()
    let planned!: () => void
    const d1Planned = new Promise<void>((resolve) => (planned = resolve))
    // d2 plans first, but d1 comes first in its group: d2 waits to see whether d1 has changes.
    const runs = [
      run('jobs/d1.yaml', true, true, d1Planned),
      run('jobs/d3.yaml', true, true),
      run('jobs/d2.yaml', true, true),
      run('jobs/s1.yaml', true, true),
      run('jobs/q1.yaml', false, true),
      run('jobs/p1.yaml', true, true),
    ]
    await new Promise((resolve) => setTimeout(resolve, 10))
    // The aws group went on; the local group waits for d1, the prod wave for all of the first.
    expect([...events].sort()).toEqual([
      'jobs/d3.yaml applies',
      'jobs/d3.yaml done',
      'jobs/q1.yaml applies',
      'jobs/q1.yaml done',
      'jobs/s1.yaml applies',
      'jobs/s1.yaml done',
    ])
    expect(before(events, 'jobs/d3.yaml done', 'jobs/s1.yaml applies')).toBe(true)
    planned()
    await Promise.all(runs)
    expect(events.slice(6)).toEqual([
      'jobs/d1.yaml applies',
      'jobs/d1.yaml done',
      'jobs/d2.yaml applies',
      'jobs/d2.yaml done',
      'jobs/p1.yaml applies',
      'jobs/p1.yaml done',
    ])
    expect(
      ['jobs/d1.yaml', 'jobs/d2.yaml', 'jobs/d3.yaml', 'jobs/q1.yaml', 'jobs/p1.yaml'].map((f) => [
        f,
        gate.role(f).canary,
        gate.role(f).status,
      ]),
    ).toEqual([
      ['jobs/d1.yaml', true, 'done'],
      ['jobs/d2.yaml', false, 'done'],
      ['jobs/d3.yaml', true, 'done'],
      ['jobs/q1.yaml', false, 'done'],
      ['jobs/p1.yaml', true, 'done'],
    ])
  })

  it('a job without changes is not the canary: the next job with changes is', async () => {
    const { gate, run } = drive()
    await Promise.all([run('jobs/d1.yaml', false, true), run('jobs/d2.yaml', true, true)])
    expect(gate.role('jobs/d1.yaml')).toMatchObject({ canary: false, status: 'done' })
    expect(gate.role('jobs/d2.yaml')).toMatchObject({ canary: true, status: 'done' })
  })

  it('stops at the first failure: jobs waiting are held, jobs not started never start', async () => {
    const { gate, events, run } = drive()
    await Promise.all([
      run('jobs/d1.yaml', true, false),
      run('jobs/d3.yaml', false, true),
      run('jobs/d2.yaml', true, true),
    ])
    await Promise.all([run('jobs/s1.yaml', true, true), run('jobs/p1.yaml', true, true)])
    expect([...events].sort()).toEqual([
      'jobs/d1.yaml applies',
      'jobs/d1.yaml failed',
      'jobs/d2.yaml held',
      'jobs/d3.yaml applies',
      'jobs/d3.yaml done',
      'jobs/p1.yaml not started',
      'jobs/s1.yaml not started',
    ])
    expect(before(events, 'jobs/d1.yaml failed', 'jobs/d2.yaml held')).toBe(true)
    expect(gate.stopped?.message).toBe(
      'Not applied: the rollout stopped at the first failure, jobs/d1.yaml (jobs/d1.yaml); fix it and run again to continue',
    )
    expect(
      ['jobs/d1.yaml', 'jobs/d2.yaml', 'jobs/d3.yaml', 'jobs/p1.yaml'].map(
        (f) => gate.role(f).status,
      ),
    ).toEqual(['failed', 'not started', 'done', 'not started'])
  })

  it('a cancellation lets every waiting job go, held', async () => {
    const cancellation = new Cancellation()
    const { events, run } = drive(undefined, cancellation)
    let finish!: () => void
    const slow = new Promise<void>((resolve) => (finish = resolve))
    const waiting = run('jobs/d2.yaml', true, true)
    const canary = run('jobs/d1.yaml', true, true, slow)
    cancellation.cancel('SIGINT')
    finish()
    await Promise.all([waiting, canary])
    expect(events).toEqual(['jobs/d2.yaml held', 'jobs/d1.yaml held'])
  })
})
