// terraform/modules/local, the sandbox runtime, with the real Terraform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finalTags } from '../../../src/tags/convert.js'
import { resourceNames } from '../../../src/tags/naming.js'
import { JOB_METADATA_MESSAGE, refusal } from './diagnostics.js'
import { TerraformRoot } from './root.js'

const ROOT_TF = `
variable "job_metadata" {
  type = map(string)
}

variable "min_replicas" {
  type    = number
  default = null
}

variable "max_replicas" {
  type    = number
  default = null
}

module "runtime" {
  source = "../modules/local"

  region       = "local"
  job_metadata = var.job_metadata
  default_tags = { project = "dativo-platform", managed_by = "someone" }

  container_image = "dativo:1.1.0"
  cpu             = 1
  memory          = "2Gi"
  min_replicas    = var.min_replicas
  max_replicas    = var.max_replicas
}

output "cluster_name" {
  value = module.runtime.cluster_name
}

output "service_name" {
  value = module.runtime.service_name
}

output "task_definition_arn" {
  value = module.runtime.task_definition_arn
}

output "tags" {
  value = module.runtime.tags
}
`

const JOB = {
  job_name: 'orders-sandbox',
  team: 'data-engineering',
  pipeline_type: 'ingestion',
  environment: 'dev',
  cost_center: 'data-platform',
}

interface PlanJson {
  resource_changes: { address: string; change: { actions: string[] } }[]
  planned_values: { outputs: Record<string, { value?: unknown }> }
}

describe('terraform/modules/local', () => {
  let root: TerraformRoot

  beforeAll(async () => {
    root = TerraformRoot.create({
      'main.tf': ROOT_TF,
      'job.auto.tfvars.json': JSON.stringify({ job_metadata: JOB }),
    })
    await root.ok(['init', '-input=false', '-no-color'])
  })
  afterAll(() => root?.remove())

  it('plans one terraform_data with the outputs already known, named as naming.ts names them', async () => {
    await root.ok(['plan', '-input=false', '-no-color', '-out=tfplan'])
    const plan = JSON.parse(await root.ok(['show', '-json', '-no-color', 'tfplan'])) as PlanJson
    expect(plan.resource_changes.map((r) => [r.address, r.change.actions])).toEqual([
      ['module.runtime.terraform_data.runtime', ['create']],
    ])
    const names = resourceNames('local', JOB.job_name, JOB.environment)
    const outputs = plan.planned_values.outputs
    expect(outputs.cluster_name?.value).toBe(names.find((n) => n.resource === 'cluster')?.name)
    expect(outputs.service_name?.value).toBe(names.find((n) => n.resource === 'service')?.name)
    expect(outputs.cluster_name?.value).toBe('orders-sandbox-dev-cluster')
    expect(outputs.tags?.value).toEqual(
      finalTags({ project: 'dativo-platform', managed_by: 'someone' }, JOB, 'local', 'local'),
    )
  })

  it('applies, answers with deterministic outputs, and has nothing to change afterwards', async () => {
    await root.ok(['apply', '-input=false', '-no-color', 'tfplan'])
    const outputs = JSON.parse(await root.ok(['output', '-json', '-no-color'])) as Record<
      string,
      { value: unknown }
    >
    expect(outputs.cluster_name?.value).toBe('orders-sandbox-dev-cluster')
    expect(outputs.service_name?.value).toBe('orders-sandbox-dev-service')
    expect(outputs.task_definition_arn?.value).toBe(
      'arn:local:ecs:local:000000000000:task-definition/orders-sandbox-dev:1',
    )
    expect(outputs.tags?.value).toMatchObject({ managed_by: 'terraform', dativo_runtime: 'local' })
    const again = await root.run(['plan', '-input=false', '-no-color', '-detailed-exitcode'])
    expect(again.code, again.stderr).toBe(0)
  })

  it('refuses job_metadata without a required tag, with the seed guide message', async () => {
    const { cost_center: _, ...withoutCostCenter } = JOB
    root.write({ 'bad.tfvars.json': JSON.stringify({ job_metadata: withoutCostCenter }) })
    const result = await root.run([
      'plan',
      '-input=false',
      '-no-color',
      '-var-file=bad.tfvars.json',
    ])
    expect(refusal(result)).toContain(JOB_METADATA_MESSAGE)
  })

  it('refuses a job_name that cannot name the sandbox cluster', async () => {
    root.write({ 'bad.tfvars.json': JSON.stringify({ job_metadata: { ...JOB, job_name: 'a b' } }) })
    const result = await root.run([
      'plan',
      '-input=false',
      '-no-color',
      '-var-file=bad.tfvars.json',
    ])
    expect(refusal(result)).toContain(
      "job_name and environment must be letters, digits, '_' and '-'",
    )
  })

  it('refuses more minimum than maximum replicas', async () => {
    const result = await root.run([
      'plan',
      '-input=false',
      '-no-color',
      '-var=min_replicas=3',
      '-var=max_replicas=2',
    ])
    expect(refusal(result)).toContain('min_replicas must not be more than max_replicas.')
  })
})
