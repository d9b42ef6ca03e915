// A removed AWS job against the AWS emulator (moto), through the committed dist/index.js: the
// example Fargate job applied with its state in S3, then a pull request that deletes its config
// shows the destroy plan of every resource, and the merge with destroy-removed destroys them,
// leaving the state in S3 empty and no ECS cluster behind.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { Repository } from '../helpers/repository.js'
import { terraformEnv } from '../helpers/terraform.js'
import { trackedText } from '../helpers/examples.js'

const CONFIG = 'jobs/stripe.yaml'
const JOB = 'stripe-customers-etl'
const STATE_KEY = `dativo/${JOB}.tfstate`

describe('a removed AWS job on the emulator', () => {
  let base: string
  let moto: Moto
  let github: FakeGitHub
  let repo: Repository
  let env: NodeJS.ProcessEnv
  let vars: Record<string, string>
  let created: ActionRun
  let plan: ActionRun
  let destroyed: ActionRun
  let stateBefore: string[]
  let clusterBefore: string[]

  const state = async (): Promise<string[]> => {
    const text = await moto.readObject('dativo-state', STATE_KEY)
    if (text === undefined) throw new Error(`no state at ${STATE_KEY}`)
    const parsed = JSON.parse(text) as {
      resources: Array<{ mode: string; type: string; name: string }>
    }
    return parsed.resources.filter((r) => r.mode === 'managed').map((r) => `${r.type}.${r.name}`)
  }
  /** ECS keeps a deleted cluster visible for a while, as INACTIVE. */
  const clusterStatus = async () =>
    (
      (await moto.call('ecs', 'describe_clusters', { clusters: [`${JOB}-prod-cluster`] })) as {
        clusters: Array<{ status: string }>
      }
    ).clusters.map((cluster) => cluster.status)

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-removed-aws-'))
    ;[moto, github] = await Promise.all([startMoto(), FakeGitHub.start()])
    await moto.createBucket('dativo-state')
    const network = await moto.defaultNetwork()
    env = { ...terraformEnv(path.join(base, 'tf')), ...moto.env }
    vars = {
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'Dativo jobs',
      GITHUB_JOB: 'terraform',
      'INPUT_GITHUB-TOKEN': 'ghs_test_token',
      'INPUT_TERRAFORM-VERSION': 'system',
      INPUT_CONFIGS: 'jobs/*.yaml',
      'INPUT_COMMIT-BACK': 'false',
      'INPUT_TERRAFORM-VARS': JSON.stringify({
        vpc_id: network.vpcId,
        private_subnet_ids: network.subnetIds,
      }),
      'INPUT_BACKEND-CONFIG': [
        'aws:',
        '  bucket: dativo-state',
        '  key: dativo/{job_name}.tfstate',
        '  region: us-east-1',
        '  use_path_style: true',
        '  use_lockfile: true',
      ].join('\n'),
    }
    repo = new Repository(base)
    const start = repo.head('main')
    const added = repo.commit('main', {
      [CONFIG]: trackedText('examples/jobs/acme/stripe_customers_to_iceberg.yaml'),
    })
    github.comparisons.set(`${start}...${added}`, repo.changedFiles(start, added))
    created = await runActionAsync(
      repo.checkout('apply', added),
      { ...repo.pushEvent(start, added), ...vars, INPUT_MODE: 'apply' },
      env,
    )
    stateBefore = await state()
    clusterBefore = await clusterStatus()

    repo.branch('remove-stripe', added)
    const head = repo.commit('remove-stripe', { [CONFIG]: null })
    github.pullRequestFiles.set(11, repo.changedFiles(added, head))
    plan = await runActionAsync(
      repo.checkout('plan', head, 'remove-stripe'),
      { ...repo.pullRequestEvent(11, added, head, 'remove-stripe'), ...vars, INPUT_MODE: 'plan' },
      env,
    )
    const merged = repo.merge('remove-stripe')
    github.comparisons.set(`${added}...${merged}`, repo.changedFiles(added, merged))
    destroyed = await runActionAsync(
      repo.checkout('merge', merged),
      {
        ...repo.pushEvent(added, merged),
        ...vars,
        INPUT_MODE: 'apply',
        'INPUT_DESTROY-REMOVED': 'true',
      },
      env,
    )
  }, 600_000)
  afterAll(async () => {
    await Promise.all([moto?.stop(), github?.close()])
    rmSync(base, { recursive: true, force: true })
  })

  it('applies the job with its state in S3', () => {
    expect(created.status, created.stdout).toBe(0)
    expect(stateBefore).toContain('aws_ecs_cluster.this')
    // The batch job's runtime: cluster, task definition, three roles and their policies, its
    // key, log group, security group, its egress rules (one resource, three rules) and its state
    // machine; the destroy plan below counts 15 resources, the three rules apart.
    expect(stateBefore).toHaveLength(13)
    expect(clusterBefore).toEqual(['ACTIVE'])
  })

  it('shows the destroy plan of every resource in the pull request that deletes the config', () => {
    expect(plan.status, plan.stdout).toBe(0)
    expect(plan.stdout).toMatch(new RegExp(`^\\[1/1\\] ${JOB}: destroy plan \\+0 ~0 -15 \\(`, 'm'))
    const comment = github.comments.get(11)![0]!.body
    expect(comment).toContain(
      `### <a id="dativo-1"></a>🔥 ${JOB}\n\n<code>${CONFIG}</code> · <code>aws / aws_fargate</code> · config deleted; destroy plan · plan +0 ~0 -15`,
    )
    expect(comment).toContain('🔥 **Destroys 15 resources**:')
    expect(comment).toContain('- <code>module.dativo_runtime.aws_ecs_cluster.this</code>')
    expect(comment).toContain('| <code>CostCenter</code> | <code>data-platform</code> |')
    expect(comment).toContain('module.dativo_runtime.aws_ecs_cluster.this will be destroyed')
  })

  it('destroys it on merge with destroy-removed: the state is empty, the cluster gone', async () => {
    expect(destroyed.status, destroyed.stdout).toBe(0)
    expect(destroyed.stdout).toMatch(new RegExp(`^\\[1/1\\] ${JOB}: destroy \\+0 ~0 -15 \\(`, 'm'))
    expect(await state()).toEqual([])
    expect(await clusterStatus()).toEqual(['INACTIVE'])
    expect(destroyed.summary).toContain('config deleted; destroyed')
  })
})
