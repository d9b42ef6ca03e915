// When each job of a rollout may apply its plan. Every job plans as soon as the run reaches it;
// one with changes then waits at this gate: for every job of the earlier waves to end, and for its
// group's canary (the first job of the group with changes) to apply. At the first failure the
// rollout stops: no job starts any more, and every job waiting with changes is held, not applied.
// A job whose plan changes nothing applies nothing and is done.
import type { Job } from '../config/job.js'
import type { ApplyGate, GateHold } from '../terraform/stage.js'
import type { Cancellation } from '../util/cancellation.js'
import type { RolloutPlan } from './waves.js'

export type RolloutStatus = 'done' | 'failed' | 'not started'

export interface RolloutRole {
  status: RolloutStatus
  /** The canary of its wave's group. */
  canary: boolean
  wave: number
  group: string
}

export class RolloutGate implements ApplyGate {
  /** Why the rollout stopped, once it has. */
  stopped?: GateHold
  private readonly ended = new Map<string, boolean>()
  private readonly held = new Set<string>()
  /** Jobs past the gate's decision: no changes, canary, let through, held, or ended before it. */
  private readonly decided = new Set<string>()
  private readonly canaries = new Map<string, string>()
  private waiters: Array<() => boolean> = []

  constructor(
    private readonly plan: RolloutPlan,
    cancellation?: Cancellation,
  ) {
    cancellation?.onCancel((signal) =>
      this.stop({
        rule: 'cancelled',
        message: `Not applied: the run was cancelled (${signal}) before this job's turn in the rollout; run again to finish it`,
      }),
    )
  }

  start(job: Job): GateHold | undefined {
    if (!this.stopped) return undefined
    this.held.add(job.file)
    return this.stopped
  }

  async beforeApply(job: Job, hasChanges: boolean): Promise<GateHold | undefined> {
    const file = job.file
    const place = this.place(file)
    if (!hasChanges) return this.decide(file, undefined)
    const groupKey = `${place.wave}\u0000${place.group}`
    const files = this.plan.waves[place.wave]!.groups.find((g) => g.name === place.group)!.files
    const earlier = files.slice(0, files.indexOf(file))
    await this.until(
      () =>
        this.stopped !== undefined ||
        (this.earlierWavesEnded(place.wave) &&
          (this.canaries.has(groupKey) || earlier.every((other) => this.decided.has(other)))),
    )
    if (this.stopped) return this.decide(file, this.stopped)
    if (!this.canaries.has(groupKey)) {
      this.canaries.set(groupKey, file)
      return this.decide(file, undefined)
    }
    const canary = this.canaries.get(groupKey)!
    await this.until(() => this.stopped !== undefined || this.ended.has(canary))
    return this.decide(file, this.stopped)
  }

  finished(job: Job, ok: boolean): void {
    const file = job.file
    this.ended.set(file, ok)
    this.decided.add(file)
    if (!ok && !this.held.has(file) && !this.stopped) {
      this.stop({
        rule: 'rollout',
        message: `Not applied: the rollout stopped at the first failure, ${job.jobName} (${file}); fix it and run again to continue`,
      })
    }
    this.notify()
  }

  /** What became of a job of the rollout. */
  role(file: string): RolloutRole {
    const place = this.place(file)
    const status: RolloutStatus = this.held.has(file)
      ? 'not started'
      : this.ended.get(file)
        ? 'done'
        : this.ended.has(file)
          ? 'failed'
          : 'not started'
    const canary = this.canaries.get(`${place.wave}\u0000${place.group}`) === file
    return { status, canary, wave: place.wave, group: place.group }
  }

  private place(file: string): { wave: number; group: string } {
    const place = this.plan.place.get(file)
    if (!place) throw new Error(`${file} is not part of the rollout`)
    return place
  }

  private decide(file: string, hold: GateHold | undefined): GateHold | undefined {
    if (hold) this.held.add(file)
    this.decided.add(file)
    this.notify()
    return hold
  }

  private earlierWavesEnded(wave: number): boolean {
    return this.plan.waves
      .slice(0, wave)
      .every((earlier) =>
        earlier.groups.every((group) => group.files.every((file) => this.ended.has(file))),
      )
  }

  private stop(reason: GateHold): void {
    if (this.stopped) return
    this.stopped = reason
    this.notify()
  }

  private until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve()
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return false
        resolve()
        return true
      }
      this.waiters.push(check)
    })
  }

  private notify(): void {
    // A waiter whose condition holds is let go; the others keep waiting.
    this.waiters = this.waiters.filter((check) => !check())
  }
}
