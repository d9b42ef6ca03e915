// Drift read from real plans: the AWS module applied on moto with the real AWS provider, then
// changed behind Terraform's back (fixtures/: `terraform show -json` of the plans, cut to the
// parts drift reads). Right after an apply the AWS provider reports drift nobody made (an inline
// copy of each role policy, a security group's egress rules kept as resources of their own):
// drift counts only where the plan would undo it or a planned change depends on it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyseDrift } from '../../src/drift/analyse.js'
import { formatPath, planChanges } from '../../src/terraform/changes.js'
import type { PlanChanges } from '../../src/terraform/changes.js'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))

const CLUSTER = 'module.dativo_runtime.aws_ecs_cluster.this'
const LOGS = 'module.dativo_runtime.aws_cloudwatch_log_group.this'

describe('changes read from a saved plan', () => {
  it('names every attribute a change touches, and what drift found', () => {
    const changes = planChanges(fixture('aws-tag-removed.json'))
    expect(changes.resources.map((c) => [c.address, c.actions, c.paths.map(formatPath)])).toEqual([
      [CLUSTER, ['update'], ['tags.Team', 'tags_all.Team']],
    ])
    // Terraform's refresh reports four resources; three are the AWS provider's own echoes.
    expect(changes.drift.map((c) => [c.address, c.paths.map(formatPath)])).toEqual([
      [CLUSTER, ['tags.Team', 'tags_all.Team']],
      ['module.dativo_runtime.aws_iam_role.execution', ['inline_policy']],
      ['module.dativo_runtime.aws_iam_role.task', ['inline_policy']],
      ['module.dativo_runtime.aws_security_group.tasks', ['egress']],
    ])
    expect(changes.drift[0]!.values).toEqual([
      { before: '"data-engineering"', after: '(none)' },
      { before: '"data-engineering"', after: '(none)' },
    ])
  })

  it('counts a value known only after apply as changed, and masks sensitive values', () => {
    const changes = planChanges({
      resource_changes: [
        {
          address: 'aws_x.a',
          mode: 'managed',
          change: {
            actions: ['update'],
            before: { policy: 'old', name: 'same', list: [1, 2] },
            after: { policy: null, name: 'same', list: [1, 3] },
            after_unknown: { policy: true },
          },
        },
        { address: 'data.aws_y.b', mode: 'data', change: { actions: ['read'] } },
        { address: 'aws_z.c', mode: 'managed', change: { actions: ['no-op'] } },
      ],
      resource_drift: [
        {
          address: 'aws_x.a',
          mode: 'managed',
          change: {
            actions: ['update'],
            before: { password: 'hunter2', labels: { a: '1' } },
            after: { password: 'hunter3', labels: { a: '2' } },
            before_sensitive: { password: true },
            after_sensitive: { password: true },
          },
        },
        {
          address: 'aws_x.gone',
          mode: 'managed',
          change: { actions: ['delete'], before: { id: 'x' }, after: null },
        },
      ],
      output_changes: { a: { actions: ['no-op'] }, b: { actions: ['create'] } },
    })
    expect(changes.resources).toEqual([
      { address: 'aws_x.a', actions: ['update'], paths: [['list', 1], ['policy']] },
    ])
    expect(changes.drift[0]!.values).toEqual([
      { before: '"1"', after: '"2"' },
      { before: '(sensitive)', after: '(sensitive)' },
    ])
    expect(changes.drift[1]).toMatchObject({
      address: 'aws_x.gone',
      actions: ['delete'],
      paths: [],
    })
    expect(changes.outputs).toEqual([{ name: 'b', actions: ['create'] }])
  })
})

describe('drift: what changed outside Terraform', () => {
  it('a tag removed from the ECS cluster: tag-only drift, and the plan restores only it', () => {
    const drift = analyseDrift(planChanges(fixture('aws-tag-removed.json')))
    expect(drift).toEqual({
      state: 'drifted',
      resources: [
        {
          address: CLUSTER,
          deleted: false,
          attributes: [
            { path: ['tags', 'Team'], before: '"data-engineering"', after: '(none)' },
            { path: ['tags_all', 'Team'], before: '"data-engineering"', after: '(none)' },
          ],
        },
      ],
      tagsOnly: true,
      otherChanges: [],
      healBlocked: undefined,
    })
  })

  it('a log retention changed as well: drift beyond tags, never healed', () => {
    const drift = analyseDrift(planChanges(fixture('aws-retention-changed.json')))
    expect(
      drift.resources.map((r) => [r.address, r.attributes.map((a) => formatPath(a.path))]),
    ).toEqual([
      [LOGS, ['retention_in_days']],
      [CLUSTER, ['tags.Team', 'tags_all.Team']],
    ])
    expect(drift.tagsOnly).toBe(false)
    expect(drift.healBlocked).toBe(`${LOGS} drifted in retention_in_days, not a tag`)
    // The role policy's change follows from the log group's: it drifted in no counted way.
    expect(drift.otherChanges).toEqual(['module.dativo_runtime.aws_iam_role_policy.execution'])
  })

  const tagDrift = (plan: Partial<PlanChanges>): PlanChanges => ({
    resources: [{ address: 'r.a', actions: ['update'], paths: [['labels', 'team']] }],
    drift: [
      {
        address: 'r.a',
        actions: ['update'],
        paths: [['labels', 'team']],
        values: [{ before: '"data"', after: '"x"' }],
      },
    ],
    outputs: [],
    relevant: [],
    ...plan,
  })

  it('fails closed: a plan that would do anything but restore the drifted tags is not applied', () => {
    expect(analyseDrift(tagDrift({})).healBlocked).toBeUndefined()
    const blocked = (plan: Partial<PlanChanges>) => analyseDrift(tagDrift(plan)).healBlocked
    expect(
      blocked({
        resources: [
          { address: 'r.a', actions: ['update'], paths: [['labels', 'team'], ['image']] },
        ],
      }),
    ).toBe('the plan also changes image of r.a, not a tag')
    expect(
      blocked({
        resources: [
          {
            address: 'r.a',
            actions: ['update'],
            paths: [
              ['labels', 'team'],
              ['labels', 'owner'],
            ],
          },
        ],
      }),
    ).toBe('the plan also changes labels.owner of r.a, which did not drift')
    expect(
      blocked({
        resources: [
          { address: 'r.a', actions: ['update'], paths: [['labels', 'team']] },
          { address: 'r.b', actions: ['update'], paths: [['labels', 'team']] },
        ],
      }),
    ).toBe('the plan also changes r.b, which did not drift')
    expect(
      blocked({
        resources: [{ address: 'r.a', actions: ['delete', 'create'], paths: [['labels', 'team']] }],
      }),
    ).toBe('the plan would delete and create r.a')
    expect(
      blocked({
        resources: [
          { address: 'r.a', actions: ['update'], paths: [['labels', 'team']], morePaths: true },
        ],
      }),
    ).toBe('the plan changes more of r.a than can be checked')
    expect(blocked({ outputs: [{ name: 'labels', actions: ['update'] }] })).toBe(
      'the plan also changes outputs: labels',
    )
    // Drift counted because another change depends on it, which the plan does not undo.
    expect(blocked({ resources: [], relevant: [{ address: 'r.a', path: ['labels'] }] })).toBe(
      'the plan restores nothing',
    )
  })

  it('a resource deleted outside Terraform is drift, never healed', () => {
    const drift = analyseDrift({
      resources: [{ address: 'local_file.manifest', actions: ['create'], paths: [] }],
      drift: [{ address: 'local_file.manifest', actions: ['delete'], paths: [], values: [] }],
      outputs: [],
      relevant: [],
    })
    expect(drift).toMatchObject({
      state: 'drifted',
      resources: [{ address: 'local_file.manifest', deleted: true, attributes: [] }],
      tagsOnly: false,
      healBlocked: 'local_file.manifest was deleted outside Terraform',
    })
  })

  it('changes the configuration asks for are not drift', () => {
    expect(
      analyseDrift({
        resources: [
          { address: 'terraform_data.runtime', actions: ['update'], paths: [['input', 'cpu']] },
        ],
        drift: [],
        outputs: [],
        relevant: [],
      }),
    ).toMatchObject({ state: 'pending', resources: [], otherChanges: ['terraform_data.runtime'] })
    expect(analyseDrift({ resources: [], drift: [], outputs: [], relevant: [] }).state).toBe(
      'in-sync',
    )
  })

  it('drift a planned change depends on counts, even where the plan does not undo it', () => {
    const drift = analyseDrift({
      resources: [{ address: 'r.b', actions: ['update'], paths: [['role']] }],
      drift: [
        {
          address: 'r.a',
          actions: ['update'],
          paths: [['arn']],
          values: [{ before: '"a"', after: '"b"' }],
        },
        {
          address: 'r.c',
          actions: ['update'],
          paths: [['last_used']],
          values: [{ before: '1', after: '2' }],
        },
      ],
      outputs: [],
      relevant: [{ address: 'r.a', path: ['arn'] }],
    })
    expect(drift.resources.map((r) => r.address)).toEqual(['r.a'])
  })
})
