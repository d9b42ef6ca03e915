// Grouping by shape as data: jobs whose plans change the same resources in the same way, up to
// their own values, form one group; any other difference makes another group.
import { describe, expect, it } from 'vitest'
import { changeShape, groupByShape } from '../../src/group/shape.js'
import type { PlanChanges } from '../../src/terraform/changes.js'

interface Job {
  name: string
  changes?: PlanChanges
}

const plan = (resources: PlanChanges['resources'], outputs: PlanChanges['outputs'] = []) => ({
  resources,
  drift: [],
  outputs,
  relevant: [],
})

/** The change a module upgrade makes in every job: a new attribute on the runtime's record. */
const upgraded = (name: string): Job => ({
  name,
  changes: plan([
    {
      address: `module.dativo_runtime.terraform_data.runtime`,
      actions: ['update'],
      paths: [['input', 'log_retention'], ['output']],
    },
    {
      address: `module.dativo_runtime.terraform_data.policy["${name}-reader"]`,
      actions: ['delete', 'create'],
      paths: [],
    },
  ]),
})

const shapeOf = (job: Job) => job.changes && changeShape(job.changes, job.name)

describe('changes grouped by shape', () => {
  it('300 jobs with one module change are one group, their own names abstracted', () => {
    const jobs = Array.from({ length: 300 }, (_, i) =>
      upgraded(`orders-${String(i).padStart(3, '0')}`),
    )
    const groups = groupByShape(jobs, shapeOf)
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members).toHaveLength(300)
    expect(groups[0]!.shape).toEqual([
      {
        address: 'module.dativo_runtime.terraform_data.policy["{job_name}-reader"]',
        action: 'delete,create',
        attributes: [],
      },
      {
        address: 'module.dativo_runtime.terraform_data.runtime',
        action: 'update',
        attributes: ['input.log_retention', 'output'],
      },
    ])
  })

  it('another attribute, another action or another output is another shape', () => {
    const base = upgraded('a')
    const otherAttribute: Job = {
      name: 'b',
      changes: plan([
        { ...base.changes!.resources[0]!, paths: [['input', 'cpu'], ['output']] },
        {
          ...base.changes!.resources[1]!,
          address: base.changes!.resources[1]!.address.replace('"a-', '"b-'),
        },
      ]),
    }
    const otherAction: Job = {
      name: 'c',
      changes: plan([
        { ...base.changes!.resources[0]!, actions: ['delete', 'create'] },
        {
          ...base.changes!.resources[1]!,
          address: base.changes!.resources[1]!.address.replace('"a-', '"c-'),
        },
      ]),
    }
    const withOutput: Job = {
      name: 'd',
      changes: plan(upgraded('d').changes!.resources, [{ name: 'log_group', actions: ['create'] }]),
    }
    const groups = groupByShape(
      [base, otherAttribute, upgraded('e'), otherAction, withOutput],
      shapeOf,
    )
    expect(groups.map((g) => g.members.map((m) => m.name))).toEqual([
      ['a', 'e'],
      ['b'],
      ['c'],
      ['d'],
    ])
    expect(groups[3]!.shape.at(-1)).toEqual({
      address: 'output.log_group',
      action: 'create',
      attributes: [],
    })
  })

  it('leaves out jobs whose plan changes nothing, or that have no plan', () => {
    const groups = groupByShape(
      [upgraded('a'), { name: 'same', changes: plan([]) }, { name: 'failed' }, upgraded('b')],
      shapeOf,
    )
    expect(groups.map((g) => g.members.map((m) => m.name))).toEqual([['a', 'b']])
  })
})
