// What drift means here, decided from one job's plan (src/terraform/changes.ts):
//
// Drift is a change made outside Terraform: Terraform's refresh found a resource's attributes
// differ from what the state recorded at the last apply, or found the resource gone. It is
// counted when it matters to the configuration, as Terraform itself judges what to show: the
// plan would undo it, or a planned change depends on it. Changes to attributes the configuration
// does not manage (`ignore_changes`, values the cloud fills in, an inline copy of a policy kept
// as a resource of its own) are left out. Changes the plan makes that no drift explains are the
// configuration's own, not applied yet: reported, never called drift.
//
// Tag-only drift may be healed: only when every counted drift is in a tag or label attribute and
// the saved plan changes nothing but those attributes, on those resources (fail closed).
import { formatPath, overlaps } from '../terraform/changes.js'
import type { AttributePath, DriftChange, PlanChanges } from '../terraform/changes.js'

/** Where each cloud keeps a resource's tags (AWS, Azure) or labels (GCP, the AWS `_all` copy). */
export const TAG_ATTRIBUTES: readonly string[] = [
  'tags',
  'tags_all',
  'labels',
  'effective_labels',
  'terraform_labels',
]

export interface DriftedResource {
  address: string
  /** Deleted outside Terraform (the plan creates it again). */
  deleted: boolean
  /** The drifted attributes that count, with what the state had and what was found. */
  attributes: Array<{ path: AttributePath; before: string; after: string }>
}

export type DriftState = 'drifted' | 'pending' | 'in-sync'

export interface JobDrift {
  /** drifted: changed outside Terraform; pending: the configuration's changes not applied. */
  state: DriftState
  resources: DriftedResource[]
  /** Every counted drift is in a tag or label attribute. */
  tagsOnly: boolean
  /** Resources the plan changes that drifted in no counted way. */
  otherChanges: string[]
  /** Why the saved plan must not be applied to heal the drift; undefined when it may. */
  healBlocked?: string
}

export function isTagPath(path: AttributePath): boolean {
  return typeof path[0] === 'string' && TAG_ATTRIBUTES.includes(path[0])
}

export function analyseDrift(changes: PlanChanges): JobDrift {
  const planned = new Map(changes.resources.map((change) => [change.address, change]))
  const resources: DriftedResource[] = []
  for (const drift of changes.drift) {
    const counted = countedDrift(drift, changes)
    if (counted) resources.push(counted)
  }
  const drifted = new Set(resources.map((resource) => resource.address))
  const otherChanges = changes.resources
    .map((change) => change.address)
    .filter((address) => !drifted.has(address))
  const tagsOnly =
    resources.length > 0 &&
    resources.every(
      (resource) => !resource.deleted && resource.attributes.every(({ path }) => isTagPath(path)),
    )
  const state: DriftState =
    resources.length > 0
      ? 'drifted'
      : changes.resources.length > 0 || changes.outputs.length > 0
        ? 'pending'
        : 'in-sync'
  return {
    state,
    resources,
    tagsOnly,
    otherChanges,
    healBlocked: state === 'drifted' ? healBlocked(resources, changes, planned) : 'no drift',
  }
}

/** The drift of one resource that counts, or undefined when none does. */
function countedDrift(drift: DriftChange, changes: PlanChanges): DriftedResource | undefined {
  if (drift.actions.includes('delete') && drift.paths.length === 0) {
    return { address: drift.address, deleted: true, attributes: [] }
  }
  const planned = changes.resources.find((change) => change.address === drift.address)
  // A replacement or deletion the plan makes undoes every drifted attribute.
  const whole =
    planned !== undefined && planned.actions.some((a) => a === 'delete' || a === 'create')
  const relevant = changes.relevant.filter((item) => item.address === drift.address)
  const attributes = drift.paths.flatMap((path, i) =>
    whole ||
    planned?.paths.some((other) => overlaps(path, other)) ||
    relevant.some((item) => overlaps(path, item.path))
      ? [{ path, ...drift.values[i]! }]
      : [],
  )
  return attributes.length > 0 ? { address: drift.address, deleted: false, attributes } : undefined
}

/**
 * Why applying the saved plan would do more than restore drifted tags, if it would: the plan may
 * only update drifted resources, and only in tag attributes that drifted.
 */
function healBlocked(
  resources: DriftedResource[],
  changes: PlanChanges,
  planned: Map<string, PlanChanges['resources'][number]>,
): string | undefined {
  const deleted = resources.find((resource) => resource.deleted)
  if (deleted) return `${deleted.address} was deleted outside Terraform`
  for (const resource of resources) {
    const other = resource.attributes.find(({ path }) => !isTagPath(path))
    if (other) return `${resource.address} drifted in ${formatPath(other.path)}, not a tag`
  }
  if (changes.resources.length === 0) return 'the plan restores nothing'
  for (const change of planned.values()) {
    const drifted = resources.find((resource) => resource.address === change.address)
    if (!drifted) return `the plan also changes ${change.address}, which did not drift`
    if (change.actions.length !== 1 || change.actions[0] !== 'update') {
      return `the plan would ${change.actions.join(' and ')} ${change.address}`
    }
    if (change.morePaths || change.paths.length === 0) {
      return `the plan changes more of ${change.address} than can be checked`
    }
    for (const path of change.paths) {
      if (!isTagPath(path)) {
        return `the plan also changes ${formatPath(path)} of ${change.address}, not a tag`
      }
      if (!drifted.attributes.some((attribute) => overlaps(attribute.path, path))) {
        return `the plan also changes ${formatPath(path)} of ${change.address}, which did not drift`
      }
    }
  }
  if (changes.outputs.length > 0) {
    return `the plan also changes outputs: ${changes.outputs.map((output) => output.name).join(', ')}`
  }
  return undefined
}
