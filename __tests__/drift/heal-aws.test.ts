// Tag healing on the AWS module, with the real AWS provider against moto (an AWS API emulator)
// and the state in an S3 bucket there, through dist/index.js: a tag removed from the ECS cluster
// behind Terraform's back is restored, and the job's issue says so and is closed; a log retention
// changed as well is drift beyond tags: it is only reported, and nothing is applied (the state in
// the bucket is byte for byte the same, the tag still missing).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runActionAsync } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { applyInputs, workspaceWith } from '../faults/fixtures.js'

const CONFIG = 'jobs/acme/stripe.yaml'
const BUCKET = 'dativo-state'
const STATE = 'dativo/prod/stripe-heal-etl.tfstate'
const CLUSTER = 'stripe-heal-etl-prod-cluster'
const LOG_GROUP = '/dativo/stripe-heal-etl-prod'

let moto: Moto
let github: FakeGitHub
let workspace: string
let env: NodeJS.ProcessEnv
let inputs: Record<string, string>
let clusterArn: string

beforeAll(async () => {
  ;[moto, github] = await Promise.all([startMoto(), FakeGitHub.start()])
  await moto.createBucket(BUCKET)
  const network = await moto.defaultNetwork()
  const example = readFileSync(
    path.join(ROOT, 'examples/jobs/acme/stripe_customers_to_iceberg.yaml'),
    'utf8',
  ).replace('job_name: stripe-customers-etl', 'job_name: stripe-heal-etl')
  workspace = workspaceWith({ [CONFIG]: example })
  env = { ...terraformEnv(tempDir('dativo-tfrc-')), ...moto.env }
  const backend = moto
    .s3Backend(BUCKET, 'dativo/{environment}/{job_name}.tfstate')
    .map((line) => `  ${line.replace('=', ': ')}`)
    .join('\n')
  inputs = applyInputs(CONFIG, {
    'INPUT_TERRAFORM-VARS': JSON.stringify({
      vpc_id: network.vpcId,
      private_subnet_ids: network.subnetIds,
    }),
    'INPUT_BACKEND-CONFIG': `aws:\n${backend}`,
  })
  const applied = await runActionAsync(workspace, inputs, env)
  expect(applied.status, applied.stdout).toBe(0)
  clusterArn = (
    (await moto.call('ecs', 'describe_clusters', { clusters: [CLUSTER] })) as {
      clusters: Array<{ clusterArn: string }>
    }
  ).clusters[0]!.clusterArn
}, 300_000)
afterAll(async () => {
  await Promise.all([moto.stop(), github.close()])
})

const drift = (runId: string) =>
  runActionAsync(
    workspace,
    {
      ...inputs,
      INPUT_MODE: 'drift',
      'INPUT_HEAL-TAG-DRIFT': 'true',
      'INPUT_GITHUB-TOKEN': 'ghs_heal',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: 'acme/etl',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: runId,
    },
    env,
  )

const clusterTags = async () =>
  Object.fromEntries(
    (
      (await moto.call('ecs', 'list_tags_for_resource', { resourceArn: clusterArn })) as {
        tags: Array<{ key: string; value: string }>
      }
    ).tags.map(({ key, value }) => [key, value]),
  )

const retention = async () =>
  (
    (await moto.call('logs', 'describe_log_groups', { logGroupNamePrefix: LOG_GROUP })) as {
      logGroups: Array<{ retentionInDays?: number }>
    }
  ).logGroups[0]!.retentionInDays

describe('heal-tag-drift on the AWS module', () => {
  it('restores a tag removed from the ECS cluster, says so in the issue, and closes it', async () => {
    expect((await clusterTags()).Team).toBe('data-engineering')
    await moto.call('ecs', 'untag_resource', { resourceArn: clusterArn, tagKeys: ['Team'] })
    const run = await drift('3001')
    expect(run.status, run.stdout).toBe(0)
    expect((await clusterTags()).Team).toBe('data-engineering')
    expect(JSON.parse(run.outputs.drifted!)).toEqual([
      {
        config: CONFIG,
        job_name: 'stripe-heal-etl',
        provider: 'aws',
        runtime: 'aws_fargate',
        team: 'data-engineering',
        resources: ['module.dativo_runtime.aws_ecs_cluster.this'],
        tags_only: true,
        healed: true,
        issue: expect.any(Number),
      },
    ])
    const [issue] = github.issuesLabelled('dativo-drift')
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(issue!.body).toContain(
      '| <code>tags.Team</code> | <code>"data-engineering"</code> | <code>(none)</code> |',
    )
    expect(issue!.body).toContain(
      '**What the action did:** only tags drifted, so it applied the plan that restores them (and nothing else).',
    )
    expect(github.comments.get(issue!.number)!.map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^The drifted tags of \*\*stripe-heal-etl\*\* were restored in \[this run\]/,
      ),
    ])
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toContain(
      'Drifted tags restored: 1 resource changed outside Terraform: module.dativo_runtime.aws_ecs_cluster.this (tags.Team, tags_all.Team)',
    )
  }, 240_000)

  it('only reports a changed log retention, with a tag removed too: nothing is applied', async () => {
    await moto.call('ecs', 'untag_resource', { resourceArn: clusterArn, tagKeys: ['Team'] })
    await moto.call('logs', 'put_retention_policy', { logGroupName: LOG_GROUP, retentionInDays: 3 })
    const state = await moto.readObject(BUCKET, STATE)
    const run = await drift('3002')
    expect(run.status, run.stdout).toBe(0)
    // Nothing applied: the state is the same, the cloud as it was left.
    expect(await moto.readObject(BUCKET, STATE)).toBe(state)
    expect((await clusterTags()).Team).toBeUndefined()
    expect(await retention()).toBe(3)
    expect(run.stdout).not.toContain('Apply complete!')
    const drifted = JSON.parse(run.outputs.drifted!) as Array<Record<string, unknown>>
    expect(drifted.map((job) => [job.resources, job.tags_only, job.healed])).toEqual([
      [
        [
          'module.dativo_runtime.aws_cloudwatch_log_group.this',
          'module.dativo_runtime.aws_ecs_cluster.this',
        ],
        false,
        false,
      ],
    ])
    // The job's one issue is open again and says what drifted and why nothing was applied.
    const issues = github.issuesLabelled('dativo-drift')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened' })
    expect(issues[0]!.body).toContain(
      '| <code>retention_in_days</code> | <code>365</code> | <code>3</code> |',
    )
    expect(issues[0]!.body).toContain(
      '**What the action did:** nothing: drift beyond tags and labels is only reported.',
    )
    expect(
      run.annotations
        .filter((a) => a.level === 'warning' && a.properties.file)
        .map((a) => a.message),
    ).toEqual([
      'Drift: 2 resources changed outside Terraform: module.dativo_runtime.aws_cloudwatch_log_group.this (retention_in_days), module.dativo_runtime.aws_ecs_cluster.this (tags.Team, tags_all.Team)',
    ])
  }, 240_000)
})
