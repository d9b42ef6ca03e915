import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Job } from '../../src/config/job.js'
import { validateConfigBytes } from '../../src/config/validate.js'
import { finalTags } from '../../src/tags/convert.js'
import { resourceNames } from '../../src/tags/naming.js'
import { awsPartition, buildTfvars, TFVARS_FILE } from '../../src/tags/tfvars.js'
import { TerraformRoot } from '../terraform/modules/root.js'

/** A config through the real validation, as the pipeline gets its jobs. */
function job(yaml: string): Job {
  const result = validateConfigBytes('jobs/test.yaml', new TextEncoder().encode(yaml), {
    defaultTags: {},
  })
  const errors = result.findings.filter((f) => f.severity === 'error')
  if (!result.job || errors.length > 0) throw new Error(JSON.stringify(errors))
  return result.job
}

const TAGS = `
  tags:
    job_name: stripe-customers-etl
    team: data-engineering
    pipeline_type: ingestion
    environment: prod
    cost_center: data-platform`

// The seed guide's end-to-end job (Step 1) with the runtime of its AWS Fargate example.
const SEED_AWS_JOB = `
tenant_id: acme
environment: prod
target:
  connection:
    s3:
      bucket: "acme-data-lake"
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0"
    cpu: "1024"
    memory: "2048"
  region: us-east-1
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
${TAGS}
`

describe('buildTfvars (CONTRACT §5)', () => {
  it('gives the seed guide AWS module call its variables, storage as bucket and objects', () => {
    const vars = buildTfvars(job(SEED_AWS_JOB), { defaultTags: {}, terraformVars: {} })
    // The values of the seed guide's "AWS Fargate Example" module block.
    expect(vars).toEqual({
      region: 'us-east-1',
      job_metadata: {
        job_name: 'stripe-customers-etl',
        team: 'data-engineering',
        pipeline_type: 'ingestion',
        environment: 'prod',
        cost_center: 'data-platform',
      },
      default_tags: {},
      container_image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0',
      cpu: '1024',
      memory: '2048',
      s3_bucket_arns: ['arn:aws:s3:::acme-data-lake', 'arn:aws:s3:::acme-data-lake/*'],
    })
    expect(Object.keys(vars).slice(0, 3)).toEqual(['region', 'job_metadata', 'default_tags'])
  })

  it("puts terraform-vars under the job's own: the job wins, the rest is added", () => {
    const vars = buildTfvars(job(SEED_AWS_JOB), {
      defaultTags: { project: 'dativo-platform' },
      terraformVars: {
        region: 'eu-west-1',
        cpu: '256',
        default_tags: { owner: 'nobody' },
        vpc_id: 'vpc-0abc',
        private_subnet_ids: ['subnet-1', 'subnet-2'],
      },
    })
    expect(vars).toMatchObject({
      region: 'us-east-1',
      cpu: '1024',
      default_tags: { project: 'dativo-platform' },
      vpc_id: 'vpc-0abc',
      private_subnet_ids: ['subnet-1', 'subnet-2'],
    })
    expect(Object.keys(vars).slice(-2)).toEqual(['vpc_id', 'private_subnet_ids'])
  })

  it('fills a variable the job leaves out from terraform-vars', () => {
    const withoutCpu = SEED_AWS_JOB.replace('    cpu: "1024"\n', '')
    const vars = buildTfvars(job(withoutCpu), { defaultTags: {}, terraformVars: { cpu: '512' } })
    expect(vars.cpu).toBe('512')
  })

  it('passes the runtime extras only when the config has them, with their types', () => {
    const withExtras = SEED_AWS_JOB.replace(
      '    memory: "2048"\n',
      `    memory: 2048
    workload: batch
    schedule: "0 3 * * *"
    min_replicas: 0
    max_replicas: 2
    secrets: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf"]
    environment_variables:
      LOG_LEVEL: debug
`,
    )
    const vars = buildTfvars(job(withExtras), { defaultTags: {}, terraformVars: {} })
    expect(vars).toMatchObject({
      memory: 2048,
      workload: 'batch',
      schedule: '0 3 * * *',
      min_replicas: 0,
      max_replicas: 2,
      secrets: ['arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf'],
      environment_variables: { LOG_LEVEL: 'debug' },
    })
    const bare = buildTfvars(job(SEED_AWS_JOB), { defaultTags: {}, terraformVars: {} })
    for (const name of ['workload', 'schedule', 'min_replicas', 'max_replicas', 'secrets']) {
      expect(bare).not.toHaveProperty(name)
    }
  })

  it.each([
    ['us-east-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
  ])('writes S3 ARNs in the partition of %s', (region, partition) => {
    expect(awsPartition(region)).toBe(partition)
    const vars = buildTfvars(job(SEED_AWS_JOB.replace('region: us-east-1', `region: ${region}`)), {
      defaultTags: {},
      terraformVars: {},
    })
    expect(vars.s3_bucket_arns).toEqual([
      `arn:${partition}:s3:::acme-data-lake`,
      `arn:${partition}:s3:::acme-data-lake/*`,
    ])
  })

  it('gives GCP the bucket name and Azure the storage account ID', () => {
    const gcp = job(`
target:
  connection:
    gcs: { bucket: acme-data-lake }
infrastructure:
  provider: gcp
  runtime: { type: gcp_cloud_run }
  region: us-central1
${TAGS}
`)
    expect(buildTfvars(gcp, { defaultTags: {}, terraformVars: {} })).toMatchObject({
      storage_bucket_names: ['acme-data-lake'],
    })
    const accountId =
      '/subscriptions/0000/resourceGroups/data/providers/Microsoft.Storage/storageAccounts/acmedatalake'
    const azure = job(`
target:
  connection:
    azure_blob: { storage_account_id: "${accountId}" }
    s3: { bucket: other-cloud-bucket }
infrastructure:
  provider: azure
  runtime: { type: azure_container_apps }
  region: eastus
${TAGS}
`)
    const vars = buildTfvars(azure, { defaultTags: {}, terraformVars: {} })
    expect(vars.storage_account_ids).toEqual([accountId])
    // An Azure runtime cannot be granted an S3 bucket; its module has no such variable.
    expect(vars).not.toHaveProperty('s3_bucket_arns')
  })

  it("keeps a terraform-vars entry named '__proto__' a plain variable", () => {
    const terraformVars = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const vars = buildTfvars(job(SEED_AWS_JOB), { defaultTags: {}, terraformVars })
    expect(Object.keys(vars)).toContain('__proto__')
    expect((vars as { polluted?: unknown }).polluted).toBeUndefined()
  })
})

interface StateJson {
  values: {
    root_module: {
      child_modules: { resources: { type: string; values: Record<string, unknown> }[] }[]
    }
  }
}

describe('dativo.auto.tfvars.json with real Terraform and the local module', () => {
  const SANDBOX_JOB = `
environment: dev
target:
  connection:
    s3: { bucket: acme-data-lake }
infrastructure:
  provider: local
  runtime:
    type: local
    image: "dativo:1.1.0"
    cpu: 1
    memory: "2Gi"
    workload: batch
    schedule: "0 3 * * *"
    min_replicas: 0
    max_replicas: 3
    secrets: ["local-secret"]
    environment_variables: { MODE: "\${path.cwd}" }
  region: local
  tags:
    job_name: orders-sandbox
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
    owner: "\${file(\\"/etc/passwd\\")}"
    note: "%{ for x in [1] }\${x}%{ endfor }"
`
  let root: TerraformRoot
  beforeAll(() => {
    root = TerraformRoot.create({})
  })
  afterAll(() => root?.remove())

  it('declares every variable it writes, and Terraform takes each value as a literal', async () => {
    const sandbox = job(SANDBOX_JOB)
    const defaultTags = { project: '${var.region}' }
    const vars = buildTfvars(sandbox, { defaultTags, terraformVars: {} })
    // A root that passes each variable straight to the module, as a generated root does.
    const names = Object.keys(vars)
    root.write({
      'main.tf': [
        ...names.map((name) => `variable "${name}" {}`),
        `module "runtime" {\n  source = "../modules/local"\n`,
        ...names.map((name) => `  ${name} = var.${name}`),
        '}',
        'output "runtime" {\n  value = module.runtime\n}',
      ].join('\n'),
      [TFVARS_FILE]: JSON.stringify(vars, null, 2),
    })
    await root.ok(['init', '-input=false', '-no-color'])
    await root.ok(['apply', '-auto-approve', '-input=false', '-no-color'])
    const outputs = JSON.parse(await root.ok(['output', '-json', '-no-color'])) as {
      runtime: { value: Record<string, unknown> }
    }
    const runtime = outputs.runtime.value
    const expectedNames = resourceNames('local', sandbox.jobName, sandbox.environment)
    expect(runtime.cluster_name).toBe(expectedNames.find((n) => n.resource === 'cluster')?.name)
    expect(runtime.service_name).toBe(expectedNames.find((n) => n.resource === 'service')?.name)
    expect(runtime.tags).toEqual(finalTags(defaultTags, sandbox.tags, 'local', 'local'))
    expect(runtime.tags).toMatchObject({
      owner: '${file("/etc/passwd")}',
      note: '%{ for x in [1] }${x}%{ endfor }',
      project: '${var.region}',
    })
    const state = JSON.parse(await root.ok(['show', '-json', '-no-color'])) as StateJson
    const recorded = state.values.root_module.child_modules[0]?.resources.find(
      (r) => r.type === 'terraform_data',
    )?.values.input as { environment_variables: Record<string, string> }
    expect(recorded.environment_variables).toEqual({ MODE: '${path.cwd}' })
  })
})
