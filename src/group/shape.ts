// Changes grouped by shape: when one change (a module upgrade, a provider constraint) touches the
// plans of many jobs, their plans differ only in job-specific values. A plan's shape is what it
// does without those values: which resources, which actions, which attributes. Jobs whose plans
// have the same shape form one group, shown once with the list of its jobs.
import { formatPath } from '../terraform/changes.js'
import type { PlanChanges } from '../terraform/changes.js'
import { byCodeUnits } from '../util/text.js'

/** One change of a shape: a resource (or `output.NAME`), the action, the attributes touched. */
export interface ShapeItem {
  address: string
  action: string
  /** Attribute paths as read (`tags.Team`), job-specific names abstracted; empty: the whole. */
  attributes: string[]
}

export interface ChangeGroup<T> {
  shape: ShapeItem[]
  members: T[]
}

/** The stand-in for a job's own name in addresses and attribute names. */
export const JOB_NAME = '{job_name}'

/**
 * The shape of a plan, or undefined when it changes nothing. The job's name is abstracted where
 * it appears in resource instance keys and attribute names (`aws_x.this["orders-etl"]`).
 */
export function changeShape(changes: PlanChanges, jobName: string): ShapeItem[] | undefined {
  // Only in instance keys and attribute names, never in resource types, and only where no
  // letter or digit continues it: `orders` in `orders-reader`, not in `orders2`.
  const name = jobName
    ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(jobName)}(?![A-Za-z0-9])`, 'g')
    : undefined
  const abstract = (text: string) => (name ? text.replace(name, JOB_NAME) : text)
  const address = (text: string) =>
    text.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key: string) => `["${abstract(key)}"]`)
  const items: ShapeItem[] = changes.resources.map((change) => ({
    address: address(change.address),
    action: change.actions.join(','),
    // List positions are kept: one module puts one element at one place in every job.
    attributes: [
      ...new Set(
        change.paths.map((path) =>
          formatPath(path.map((step) => (typeof step === 'string' ? abstract(step) : step))),
        ),
      ),
    ].concat(change.morePaths ? ['…'] : []),
  }))
  for (const output of changes.outputs) {
    items.push({
      address: `output.${output.name}`,
      action: output.actions.join(','),
      attributes: [],
    })
  }
  if (items.length === 0) return undefined
  return items.sort((a, b) => byCodeUnits(a.address, b.address) || byCodeUnits(a.action, b.action))
}

/**
 * Groups items by the shape of their plans, in the order each shape first appears; items without
 * a shape (no changes, no plan) are left out. Larger groups come first.
 */
export function groupByShape<T>(
  items: readonly T[],
  shapeOf: (item: T) => ShapeItem[] | undefined,
): ChangeGroup<T>[] {
  const groups = new Map<string, ChangeGroup<T>>()
  for (const item of items) {
    const shape = shapeOf(item)
    if (!shape) continue
    const key = JSON.stringify(shape)
    const group = groups.get(key)
    if (group) group.members.push(item)
    else groups.set(key, { shape, members: [item] })
  }
  // A stable sort: groups of one size keep the order they first appeared in.
  return [...groups.values()].sort((a, b) => b.members.length - a.members.length)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
