// The AWS example job applied through the committed dist/index.js against moto, an AWS API
// emulator, with its state in an S3 bucket there (use_lockfile): the resolved config holds the
// emulator's ARNs and the second run plans nothing; two runs at once on one job end with one
// applied and the other waiting for the lock or refused by it, nothing lost; SIGINT mid-apply
// leaves the lock released and the next run converges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync, startAction } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { MOTO_ACCOUNT, MOTO_REGION, startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { applyInputs, identifier, read, workspaceWith } from './fixtures.js'
import { trackedText } from '../helpers/examples.js'

const EXAMPLE = trackedText('examples/jobs/acme/stripe_customers_to_iceberg.yaml')
const BUCKET = 'dativo-state'
const CONFIG = 'jobs/acme/stripe.yaml'

/** The example under another job_name, so that each case has resources and a state of its own. */
function exampleAs(jobName: string): string {
  const text = EXAMPLE.replace('job_name: stripe-customers-etl', `job_name: ${jobName}`)
  expect(text.includes(`job_name: ${jobName}\n`)).toBe(true)
  return text
}

const stateKey = (jobName: string) => `dativo/prod/${jobName}.tfstate`

/** One emulated AWS account: its moto, the environment Terraform needs and the run's inputs. */
interface Account {
  moto: Moto
  env: NodeJS.ProcessEnv
  inputs: Record<string, string>
  /** Keys of the state bucket's objects under a prefix. */
  objects(prefix: string): Promise<string[]>
  /** Task definition revisions of a family. */
  revisions(family: string): Promise<string[]>
}

describe.concurrent('the AWS example against moto', () => {
  // One emulator per case: the cases run at once, and one moto serving three applies answers
  // slowly enough for the provider to retry calls that had already succeeded.
  const accounts: Partial<Record<'apply' | 'twin' | 'cancel', Account>> = {}

  const open = async (): Promise<Account> => {
    const moto = await startMoto()
    await moto.createBucket(BUCKET)
    const network = await moto.defaultNetwork()
    const backend = moto
      .s3Backend(BUCKET, 'dativo/{environment}/{job_name}.tfstate')
      .map((line) => `  ${line.replace('=', ': ')}`)
      .join('\n')
    return {
      moto,
      env: { ...terraformEnv(tempDir('dativo-tfrc-')), ...moto.env },
      inputs: applyInputs(CONFIG, {
        'INPUT_TERRAFORM-VARS': JSON.stringify({
          vpc_id: network.vpcId,
          private_subnet_ids: network.subnetIds,
        }),
        'INPUT_BACKEND-CONFIG': `aws:\n${backend}`,
      }),
      objects: async (prefix) => {
        const listed = (await moto.call('s3', 'list_objects_v2', {
          Bucket: BUCKET,
          Prefix: prefix,
        })) as {
          Contents?: Array<{ Key: string }>
        }
        return (listed.Contents ?? []).map((object) => object.Key).sort()
      },
      revisions: async (family) =>
        (
          (await moto.call('ecs', 'list_task_definitions', { familyPrefix: family })) as {
            taskDefinitionArns: string[]
          }
        ).taskDefinitionArns,
    }
  }

  beforeAll(async () => {
    const [apply, twin, cancel] = await Promise.all([open(), open(), open()])
    Object.assign(accounts, { apply, twin, cancel })
    // Three emulators starting at once, beside the other files' work on a 2-core machine.
  }, 180_000)
  afterAll(async () => {
    await Promise.all(Object.values(accounts).map((account) => account.moto.stop()))
  })

  const results = (run: ActionRun) =>
    JSON.parse(run.outputs.results!) as Array<{
      plan: { add: number; change: number; destroy: number } | null
      resolved: boolean
      outputs: Record<string, unknown> | null
    }>

  it("applies with the S3 backend, writes the emulator's ARNs, and plans nothing the second time", async () => {
    const { moto, env, inputs, objects, revisions } = accounts.apply!
    const workspace = workspaceWith({ [CONFIG]: exampleAs('stripe-customers-etl') })
    const first = await runActionAsync(workspace, inputs, env)
    expect(first.status, first.stdout).toBe(0)
    expect(first.stdout).toContain('Successfully configured the backend "s3"!')

    const config = read(workspace, CONFIG)
    const cluster = (await moto.call('ecs', 'describe_clusters', {
      clusters: ['stripe-customers-etl-prod-cluster'],
    })) as { clusters: Array<{ clusterName: string; status: string }> }
    expect(cluster.clusters.map((c) => [c.clusterName, c.status])).toEqual([
      ['stripe-customers-etl-prod-cluster', 'ACTIVE'],
    ])
    expect(identifier(config, 'cluster_name')).toBe('stripe-customers-etl-prod-cluster')
    expect(await revisions('stripe-customers-etl-prod')).toEqual([
      `arn:aws:ecs:${MOTO_REGION}:${MOTO_ACCOUNT}:task-definition/stripe-customers-etl-prod:1`,
    ])
    expect(identifier(config, 'task_definition_arn')).toBe(
      (await revisions('stripe-customers-etl-prod'))[0],
    )
    // The state is in the bucket, and no lock is left.
    expect(await objects('dativo/')).toContain(stateKey('stripe-customers-etl'))
    expect(await objects(stateKey('stripe-customers-etl'))).toEqual([
      stateKey('stripe-customers-etl'),
    ])

    const second = await runActionAsync(workspace, inputs, env)
    expect(second.status, second.stdout).toBe(0)
    expect(results(second)[0]).toMatchObject({ plan: { add: 0, change: 0, destroy: 0 } })
    expect(read(workspace, CONFIG)).toBe(config)
  }, 240_000)

  it('two runs at once on one job: one applies, the other waits for the lock or is refused by it', async () => {
    const { env, inputs, objects, revisions } = accounts.twin!
    const job = 'stripe-twin-etl'
    const [a, b] = [0, 1].map(() => workspaceWith({ [CONFIG]: exampleAs(job) }))
    const runs = await Promise.all([
      runActionAsync(a!, inputs, env),
      runActionAsync(b!, inputs, env),
    ])
    const applied = runs.filter((run) => run.status === 0)
    expect(applied.length, runs.map((r) => r.stdout).join('\n')).toBeGreaterThanOrEqual(1)
    for (const refused of runs.filter((run) => run.status !== 0)) {
      const errors = refused.annotations.filter((x) => x.level === 'error' && x.properties.file)
      expect(errors.map((x) => x.message)).toEqual([
        expect.stringMatching(
          /^terraform (apply|plan) failed: Error: (Saved plan is stale|Error acquiring the state lock)/,
        ),
      ])
    }
    // Nothing created twice, nothing the state does not know: a fresh plan has nothing to do.
    expect(await revisions('stripe-twin-etl-prod')).toHaveLength(1)
    const check = await runActionAsync(a!, { ...inputs, INPUT_MODE: 'plan' }, env)
    expect(results(check)[0]).toMatchObject({ plan: { add: 0, change: 0, destroy: 0 } })
    expect(await objects(stateKey(job))).toEqual([stateKey(job)])
  }, 300_000)

  it('SIGINT mid-apply: the lock is released, the state kept, and the next run converges', async () => {
    const { env, inputs, objects, revisions } = accounts.cancel!
    const job = 'stripe-cancel-etl'
    const workspace = workspaceWith({ [CONFIG]: exampleAs(job) })
    const running = startAction(workspace, inputs, env)
    await running.waitFor(/aws_ecs_cluster\.this: Creating\.\.\./)
    running.cancelLikeRunner()
    const cancelled = await running.finished
    expect(cancelled.status, cancelled.stdout).toBe(1)
    expect(cancelled.stdout.split('Interrupt received.').length - 1).toBe(1)
    expect(cancelled.stdout).not.toContain('Two interrupts received')
    expect(
      cancelled.annotations
        .filter((x) => x.level === 'error' && x.properties.file)
        .map((x) => x.message),
    ).toEqual([
      'terraform apply was interrupted (SIGINT): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job',
    ])
    // The lock file is gone; the state is there.
    expect(await objects(stateKey(job))).toEqual([stateKey(job)])
    expect(cancelled.leftInTemp).toEqual([])

    // The next run applies the rest from that state: nothing it meets was made behind its back
    // (a resource the state did not know would fail it, e.g. an IAM role that already exists).
    const next = await runActionAsync(workspace, inputs, env)
    expect(next.status, next.stdout).toBe(0)
    expect(identifier(read(workspace, CONFIG), 'task_definition_arn')).toMatch(
      new RegExp(`^arn:aws:ecs:${MOTO_REGION}:${MOTO_ACCOUNT}:task-definition/${job}-prod:\\d+$`),
    )
    expect(await revisions(`${job}-prod`)).toHaveLength(1)
    expect(await objects(stateKey(job))).toEqual([stateKey(job)])
  }, 300_000)
})
