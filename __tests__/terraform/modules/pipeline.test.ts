// The seed guide's Azure and GCP example jobs through the committed dist/index.js in apply mode,
// on the stand-in azurerm and google providers: generated roots calling the bundled modules,
// every Terraform command the action runs, outputs captured and placeholders resolved.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../../helpers/action.js'
import type { ActionRun } from '../../helpers/action.js'
import { standInMirror } from '../../helpers/stand-in-mirror.js'
import { terraformEnv } from '../../helpers/terraform.js'
import { trackedBytes } from '../../helpers/examples.js'

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'
const EXAMPLES = {
  azure: 'hubspot_contacts_to_iceberg.yaml',
  gcp: 'postgres_orders_to_iceberg.yaml',
}

interface Result {
  config: string
  job_name: string
  valid: boolean
  plan: { add: number; change: number; destroy: number } | null
  outputs: Record<string, unknown> | null
  resolved: boolean
}

describe('the seed guide Azure and GCP jobs, applied by dist/index.js on the stand-ins', () => {
  let base: string
  let env: NodeJS.ProcessEnv

  const run = (workspace: string, terraformVars: Record<string, string>): Promise<ActionRun> =>
    runActionAsync(
      workspace,
      {
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_TERRAFORM-VARS': JSON.stringify(terraformVars),
        'INPUT_ALLOW-LOCAL-STATE': 'true',
        'INPUT_COMMIT-BACK': 'false',
        'INPUT_COMMENT-ON-PR': 'false',
        INPUT_PARALLELISM: '2',
      },
      env,
    )

  const workspace = (name: string): string => {
    const dir = path.join(base, name)
    mkdirSync(path.join(dir, 'jobs'), { recursive: true })
    execFileSync('git', ['init', '-q', '-b', 'main', dir])
    for (const example of Object.values(EXAMPLES)) {
      writeFileSync(path.join(dir, 'jobs', example), trackedBytes(`examples/jobs/acme/${example}`))
    }
    return dir
  }

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-clouds-'))
    const mirror = standInMirror(base)
    env = terraformEnv(path.join(base, 'cli'), mirror.dir)
    // The provider must take the subscription from the generated root, not the runner.
    delete env.ARM_SUBSCRIPTION_ID
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  describe('with the subscription and project given as terraform-vars', () => {
    let dir: string
    let result: ActionRun
    let results: Result[]

    beforeAll(async () => {
      dir = workspace('given')
      result = await run(dir, { subscription_id: SUBSCRIPTION, project_id: 'acme-data-platform' })
      results = JSON.parse(result.outputs.results ?? '[]') as Result[]
    }, 300_000)

    it('succeeds, planning and applying both jobs', () => {
      expect(result.annotations.filter((a) => a.level === 'error')).toEqual([])
      expect(result.status).toBe(0)
      expect(results.map((r) => [r.config, r.valid, r.plan, r.resolved])).toEqual([
        [`jobs/${EXAMPLES.azure}`, true, { add: 6, change: 0, destroy: 0 }, true],
        [`jobs/${EXAMPLES.gcp}`, true, { add: 3, change: 0, destroy: 0 }, true],
      ])
    })

    it('captures the modules outputs, ids shaped like the clouds', () => {
      const [azure, gcp] = results
      expect(azure!.outputs).toMatchObject({
        cluster_name: 'hubspot-contacts-etl-prod-env',
        service_name: 'hubspot-contacts-etl-prod',
        resource_group_name: 'hubspot-contacts-etl-prod-rg',
        service_id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/hubspot-contacts-etl-prod-rg/providers/Microsoft.App/jobs/hubspot-contacts-etl-prod`,
        tags: {
          'cost-center': 'data-platform',
          'dativo-runtime': 'azure_container_apps',
          environment: 'prod',
          'job-name': 'hubspot-contacts-etl',
          'managed-by': 'terraform',
          'pipeline-type': 'ingestion',
          team: 'data-engineering',
        },
      })
      expect(gcp!.outputs).toMatchObject({
        cluster_name: 'projects/acme-data-platform/locations/us-central1',
        service_name: 'postgres-orders-etl-prod',
        service_id:
          'projects/acme-data-platform/locations/us-central1/jobs/postgres-orders-etl-prod',
        service_account_email:
          'postgres-orders-etl-prod@acme-data-platform.iam.gserviceaccount.com',
      })
      // Terraform leaves null outputs out: a job without a schedule has no scheduler job.
      expect(gcp!.outputs).not.toHaveProperty('scheduler_job_name')
    })

    it('resolves the placeholders of both configs in place', () => {
      const text = (example: string) => readFileSync(path.join(dir, 'jobs', example), 'utf8')
      expect(text(EXAMPLES.azure)).toContain(
        `  resource_identifiers:
    cluster_name: "hubspot-contacts-etl-prod-env" # {{terraform_outputs.cluster_name}}
    service_name: "hubspot-contacts-etl-prod" # {{terraform_outputs.service_name}}
`,
      )
      expect(text(EXAMPLES.gcp)).toContain(
        `  resource_identifiers:
    cluster_name: "projects/acme-data-platform/locations/us-central1" # {{terraform_outputs.cluster_name}}
    service_name: "postgres-orders-etl-prod" # {{terraform_outputs.service_name}}
`,
      )
    })
  })

  it('fails the Azure job alone when azurerm 4 has no subscription, as it would on Azure', async () => {
    const dir = workspace('missing')
    const result = await run(dir, { project_id: 'acme-data-platform' })
    expect(result.status).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error' && a.properties.file)
    // Annotations hold Terraform's error on one line.
    expect(errors.map((a) => [a.properties.file, a.message])).toEqual([
      [
        `jobs/${EXAMPLES.azure}`,
        expect.stringMatching(
          /^terraform plan failed: Error: `subscription_id` is a required provider property when performing a plan\/apply operation with provider\["registry\.terraform\.io\/hashicorp\/azurerm"\], on main\.tf line 3/,
        ),
      ],
    ])
    const results = JSON.parse(result.outputs.results!) as Result[]
    expect(results.map((r) => [r.job_name, r.resolved])).toEqual([
      ['hubspot-contacts-etl', false],
      ['postgres-orders-etl', true],
    ])
  }, 300_000)
})
