// The order of a rollout (`rollout: canary`): environments in waves as `rollout-order` lists
// them (non-production first by default), and within a wave the jobs of each cloud/runtime in a
// group of their own, in config order. The first job of a group with changes is its canary; the
// others wait for it. Jobs start in an order that interleaves the groups, so that every group's
// canary is among the first to plan and a job only ever waits for jobs started before it.
import { byCodeUnits } from '../util/text.js'

export interface RolloutJob {
  /** The config's path: what the rollout knows a job by. */
  file: string
  jobName: string
  environment: string
  provider: string
  runtimeType: string
}

export interface Wave {
  /** `dev`, `prod, production`, or `other environments` for `*`. */
  name: string
  /** The environments of this run in the wave, as the configs spell them. */
  environments: string[]
  groups: RolloutGroup[]
}

export interface RolloutGroup {
  /** `aws / aws_fargate`. */
  name: string
  /** Configs in the order the group takes them. */
  files: string[]
}

export interface RolloutPlan {
  waves: Wave[]
  /** Every job's config, in the order the jobs start. */
  order: string[]
  /** Where each config is: its wave's index and its group's name. */
  place: Map<string, { wave: number; group: string }>
}

export const OTHER_ENVIRONMENTS = '*'

export function planRollout(jobs: readonly RolloutJob[], rolloutOrder: string[][]): RolloutPlan {
  const named = new Set(rolloutOrder.flat().filter((name) => name !== OTHER_ENVIRONMENTS))
  // Without `*`, environments no line names come last: the cautious place for the unknown.
  const order = rolloutOrder.some((wave) => wave.includes(OTHER_ENVIRONMENTS))
    ? rolloutOrder
    : [...rolloutOrder, [OTHER_ENVIRONMENTS]]
  const waveOf = (environment: string): number => {
    const name = environment.toLowerCase()
    const index = order.findIndex((wave) =>
      named.has(name) ? wave.includes(name) : wave.includes(OTHER_ENVIRONMENTS),
    )
    return index
  }
  const sorted = [...jobs].sort((a, b) => byCodeUnits(a.file, b.file))
  const waves: Wave[] = []
  const place = new Map<string, { wave: number; group: string }>()
  const startOrder: string[] = []
  order.forEach((wave, index) => {
    const members = sorted.filter((job) => waveOf(job.environment) === index)
    if (members.length === 0) return
    const groups = new Map<string, string[]>()
    for (const job of members) {
      const group = `${job.provider} / ${job.runtimeType}`
      groups.set(group, [...(groups.get(group) ?? []), job.file])
    }
    const waveIndex = waves.length
    const named = wave.filter((name) => name !== OTHER_ENVIRONMENTS)
    waves.push({
      name:
        named.length === wave.length
          ? named.join(', ')
          : [...named, 'other environments'].join(', '),
      environments: [...new Set(members.map((job) => job.environment))].sort(byCodeUnits),
      groups: [...groups].map(([name, files]) => ({ name, files })),
    })
    for (const [group, files] of groups) {
      for (const file of files) place.set(file, { wave: waveIndex, group })
    }
    // Round robin over the groups: each group's first job, then each group's second, …
    const lists = [...groups.values()]
    for (let i = 0; lists.some((files) => i < files.length); i++) {
      for (const files of lists) if (i < files.length) startOrder.push(files[i]!)
    }
  })
  return { waves, order: startOrder, place }
}
