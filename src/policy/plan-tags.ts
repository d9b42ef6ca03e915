// Every planned resource that can carry tags carries the job's tags (CONTRACT §11), in every mode,
// with or without a policy file: a team's own root, a module default or a terraform-vars value
// cannot leave a resource out of the job's cost allocation. A resource can carry tags when its
// schema has tags (AWS, Azure) or labels (Google): its planned value lists the attribute, null
// when unset. Each tag is compared after its cloud's key conversion (src/tags/convert.ts).
import type { Job } from '../config/job.js'
import { convertTags, moduleTags } from '../tags/convert.js'
import type { Cloud, Tags } from '../tags/convert.js'
import { isRecord } from '../util/data.js'
import { providerCloud, unknownAt } from './plan-view.js'
import type { PlanView, PlannedResource } from './plan-view.js'

export const UNTAGGED_RULE = 'untagged-resource'

/**
 * Where a resource's tags are, best first: the map the provider will send (AWS tags_all and
 * Google terraform_labels include the provider's default tags or labels), then the resource's own.
 */
const TAG_ATTRIBUTES = ['tags_all', 'terraform_labels', 'tags', 'labels'] as const

export interface UntaggedResource {
  address: string
  /** Cloud keys the resource lacks. */
  missing: string[]
  /** Cloud keys whose value differs: [key, found, the job's]. */
  different: [string, string, string][]
  /** Cloud keys whose value Terraform knows only at apply. */
  unknown: string[]
}

/** The job's tags each resource would lack, for every remaining resource that can carry tags. */
export function untaggedResources(view: PlanView, job: Job): UntaggedResource[] {
  const expected = new Map<Cloud, Tags>()
  const tagsFor = (cloud: Cloud) => {
    let tags = expected.get(cloud)
    if (!tags) {
      // The module's own keys (managed_by, dativo_runtime) are the module's to set, not the job's.
      const own = moduleTags(job.runtime.type)
      const jobTags = Object.fromEntries(Object.entries(job.tags).filter(([key]) => !(key in own)))
      tags = convertTags(jobTags, cloud).tags
      expected.set(cloud, tags)
    }
    return tags
  }
  const found: UntaggedResource[] = []
  for (const resource of view.remaining()) {
    const carried = carriedTags(resource)
    if (!carried) continue
    const want = tagsFor(providerCloud(resource.provider) ?? job.provider)
    const problem: UntaggedResource = {
      address: resource.address,
      missing: [],
      different: [],
      unknown: carried.unknown.includes('*') ? ['*'] : [],
    }
    for (const [key, value] of problem.unknown.length > 0 ? [] : Object.entries(want)) {
      if (carried.unknown.includes(key)) problem.unknown.push(key)
      else if (!Object.hasOwn(carried.tags, key)) problem.missing.push(key)
      else if (carried.tags[key] !== value) problem.different.push([key, carried.tags[key]!, value])
    }
    if (problem.missing.length + problem.different.length + problem.unknown.length > 0) {
      found.push(problem)
    }
  }
  return found
}

/**
 * The tags a resource will carry, when its schema has a tag attribute: the first attribute
 * whose map is known, keys whose values are known only at apply set apart.
 */
function carriedTags(
  resource: PlannedResource,
): { tags: Record<string, string>; unknown: string[] } | undefined {
  const after = resource.after!
  let schemaHasTags = false
  for (const attribute of TAG_ATTRIBUTES) {
    const listed = Object.hasOwn(after, attribute) || Object.hasOwn(resource.unknown, attribute)
    if (!listed) continue
    const value = after[attribute]
    // Some providers' `tags` or `labels` are lists or blocks, not the cloud's key/value tags.
    if (value !== null && value !== undefined && !isRecord(value)) continue
    schemaHasTags = true
    if (unknownAt(resource.unknown, [attribute])) continue
    const tags: Record<string, string> = {}
    const unknown: string[] = []
    for (const [key, tag] of Object.entries(value ?? {})) {
      if (unknownAt(resource.unknown, [attribute, key])) unknown.push(key)
      else if (typeof tag === 'string') tags[key] = tag
    }
    const unknownKeys = resource.unknown[attribute]
    if (isRecord(unknownKeys)) {
      for (const [key, marker] of Object.entries(unknownKeys)) {
        if (marker === true && !unknown.includes(key)) unknown.push(key)
      }
    }
    return { tags, unknown }
  }
  // Every tag attribute is known only at apply: none of the job's tags can be seen.
  return schemaHasTags ? { tags: {}, unknown: ['*'] } : undefined
}

/** One finding's message for a resource without (all of) the job's tags. */
export function untaggedMessage(problem: UntaggedResource): string {
  const parts: string[] = []
  if (problem.unknown.includes('*')) {
    parts.push("its tags are known only at apply, so the job's tags cannot be seen on it")
  } else {
    if (problem.missing.length > 0) parts.push(`lacks the job's tags ${problem.missing.join(', ')}`)
    for (const [key, found, wanted] of problem.different) {
      parts.push(`has ${key} '${found}' instead of the job's '${wanted}'`)
    }
    if (problem.unknown.length > 0) {
      parts.push(`has ${problem.unknown.join(', ')} known only at apply`)
    }
  }
  return `${problem.address} ${parts.join('; ')}: every resource that can carry tags carries the job's tags`
}
