// What can be proven of every module without running it: read by HashiCorp's own HCL parser,
// formatted, tagging every resource that takes tags or labels, referring only to what they
// declare, and taking the seed guide's module calls and the variables of dativo.auto.tfvars.json
// as they are. The modules are planned on their providers' schemas in the other tests here.
import { execFile } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parse } from '@cdktf/hcl2json'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateConfigBytes } from '../../../src/config/validate.js'
import { buildTfvars } from '../../../src/tags/tfvars.js'
import { MODULES_DIR } from './root.js'
import { trackedBytes } from '../../helpers/examples.js'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const JOB_METADATA_MESSAGE =
  'job_metadata must contain: job_name, team, pipeline_type, environment, cost_center'

type Block = Record<string, unknown>
interface Module {
  name: string
  /** All .tf files merged by top-level kind, as hcl2json renders them. */
  variable: Record<string, Block[]>
  output: Record<string, Block[]>
  locals: Block[]
  module: Record<string, Block[]>
  resource: Record<string, Record<string, Block[]>>
  data: Record<string, Record<string, Block[]>>
  terraform: Block[]
  text: string
}

async function readModule(name: string): Promise<Module> {
  const dir = path.join(MODULES_DIR, name)
  const merged: Module = {
    name,
    variable: {},
    output: {},
    locals: [],
    module: {},
    resource: {},
    data: {},
    terraform: [],
    text: '',
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tf'))) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    merged.text += text
    const json = (await parse(file, text)) as Record<string, unknown>
    for (const [kind, value] of Object.entries(json)) {
      if (kind === 'locals' || kind === 'terraform') {
        merged[kind].push(...(value as Block[]))
      } else if (kind === 'resource' || kind === 'data') {
        for (const [type, byName] of Object.entries(
          value as Record<string, Record<string, Block[]>>,
        )) {
          merged[kind][type] = { ...merged[kind][type], ...byName }
        }
      } else {
        Object.assign(merged[kind as 'variable' | 'output' | 'module'], value)
      }
    }
  }
  return merged
}

// Every resource type the cloud modules use, and where it takes the job's tags: a new type must
// be placed here, so none is left untagged by oversight (per the providers' documentation).
const TAGGING: Record<string, { where: string[]; value: string } | 'takes none'> = {
  azurerm_resource_group: { where: ['tags'], value: '${local.tags}' },
  azurerm_user_assigned_identity: { where: ['tags'], value: '${local.tags}' },
  azurerm_log_analytics_workspace: { where: ['tags'], value: '${local.tags}' },
  azurerm_container_app_environment: { where: ['tags'], value: '${local.tags}' },
  azurerm_container_app_job: { where: ['tags'], value: '${local.tags}' },
  azurerm_container_app: { where: ['tags'], value: '${local.tags}' },
  azurerm_role_assignment: 'takes none',
  google_cloud_run_v2_job: { where: ['labels', 'template.labels'], value: '${local.labels}' },
  google_cloud_run_v2_service: { where: ['labels', 'template.labels'], value: '${local.labels}' },
  google_service_account: 'takes none',
  google_storage_bucket_iam_member: 'takes none',
  google_secret_manager_secret_iam_member: 'takes none',
  google_cloud_run_v2_job_iam_member: 'takes none',
  google_cloud_scheduler_job: 'takes none',
}

const CLOUD_MODULES = {
  azure_container_apps: {
    cloud: 'azure',
    local: 'tags',
    provider: 'azurerm',
    version: '>= 4.17, < 6.0',
  },
  gcp_cloud_run: { cloud: 'gcp', local: 'labels', provider: 'google', version: '>= 6.0, < 8.0' },
  aws_fargate: { cloud: 'aws', local: 'tags', provider: 'aws', version: '~> 5.0' },
} as const

const RUNTIME_MODULES = ['local', 'aws_fargate', 'azure_container_apps', 'gcp_cloud_run'] as const

describe('terraform/modules, read with the HCL parser', () => {
  const modules: Record<string, Module> = {}
  beforeAll(async () => {
    for (const name of readdirSync(MODULES_DIR)) modules[name] = await readModule(name)
  })

  it.each(['azure_container_apps', 'gcp_cloud_run'])(
    '%s puts the converted tags on every resource that takes them, nested ones too',
    (name) => {
      const module = modules[name]!
      const untagged: string[] = []
      for (const [type, byName] of Object.entries(module.resource)) {
        const tagging = TAGGING[type]
        expect(tagging, `${type} is not classified in TAGGING`).toBeDefined()
        if (tagging === 'takes none' || !tagging) continue
        for (const [resourceName, [body]] of Object.entries(byName)) {
          for (const where of tagging.where) {
            if (valueAt(body!, where) !== tagging.value)
              untagged.push(`${type}.${resourceName}.${where}`)
          }
        }
      }
      expect(untagged).toEqual([])
      const { cloud, local } = CLOUD_MODULES[name as keyof typeof CLOUD_MODULES]
      expect(module.locals.find((l) => local in l)?.[local]).toBe(`\${module.tags.${cloud}}`)
    },
  )

  it.each(Object.keys(CLOUD_MODULES))('%s pins the provider versions it was planned on', (name) => {
    const { provider, version } = CLOUD_MODULES[name as keyof typeof CLOUD_MODULES]
    const required = module(name).terraform.flatMap(
      (t) => (t.required_providers as Block[] | undefined) ?? [],
    )
    expect(required).toEqual([{ [provider]: { source: `hashicorp/${provider}`, version } }])
  })

  it.each([
    [
      'azure_container_apps',
      ['features {}', 'subscription_id', 'ARM_SUBSCRIPTION_ID', '>= 4.17, < 6.0'],
    ],
    ['gcp_cloud_run', ['project = var.project_id', 'GOOGLE_PROJECT', '>= 6.0, < 8.0']],
    ['aws_fargate', ['region = var.region', '~> 5.0']],
  ])("%s's README says what the root's provider block needs", (name, needs) => {
    const readme = readFileSync(path.join(MODULES_DIR, name, 'README.md'), 'utf8')
    for (const need of needs) expect(readme).toContain(need)
  })

  it.each(RUNTIME_MODULES)(
    '%s takes its tags from the tags module and names from naming.ts',
    (name) => {
      const calls = module(name).module
      expect(calls.tags?.[0]).toMatchObject({
        source: '../tags',
        default_tags: '${var.default_tags}',
        job_metadata: '${var.job_metadata}',
        runtime_type: name,
      })
      expect(calls.names?.[0]).toMatchObject({ source: '../names', runtime_type: name })
    },
  )

  it.each([...RUNTIME_MODULES, 'tags'])(
    '%s refuses incomplete job_metadata with the seed guide message',
    (name) => {
      const [jobMetadata] = module(name).variable.job_metadata!
      const [validation] = jobMetadata!.validation as Block[]
      expect(validation!.error_message).toBe(JOB_METADATA_MESSAGE)
      for (const key of ['job_name', 'team', 'pipeline_type', 'environment', 'cost_center']) {
        expect(validation!.condition).toContain(`"${key}"`)
      }
    },
  )

  it.each(RUNTIME_MODULES)('%s answers with the outputs job configs refer to', (name) => {
    const outputs = Object.keys(module(name).output)
    expect(outputs).toEqual(expect.arrayContaining(['cluster_name', 'service_name', 'tags']))
    if (name === 'aws_fargate' || name === 'local') expect(outputs).toContain('task_definition_arn')
  })

  it.each([...RUNTIME_MODULES, 'tags', 'names'])(
    '%s refers only to variables, locals, modules and resources it declares',
    (name) => {
      const m = module(name)
      const declared = {
        var: new Set(Object.keys(m.variable)),
        local: new Set(m.locals.flatMap((l) => Object.keys(l))),
        module: new Set(Object.keys(m.module)),
      }
      const undeclared: string[] = []
      for (const [, kind, ref] of m.text.matchAll(/(?<![\w.])(var|local|module)\.([a-z0-9_]+)/g)) {
        if (!declared[kind as keyof typeof declared].has(ref!)) undeclared.push(`${kind}.${ref}`)
      }
      for (const [, type, ref] of m.text.matchAll(
        /(?<![\w."])((?:aws|azurerm|google)_[a-z0-9_]+)\.([a-z0-9_]+)/g,
      )) {
        if (!m.resource[type!]?.[ref!]) undeclared.push(`${type}.${ref}`)
      }
      for (const [, type, ref] of m.text.matchAll(/(?<![\w"])data\.([a-z0-9_]+)\.([a-z0-9_]+)/g)) {
        if (!m.data[type!]?.[ref!]) undeclared.push(`data.${type}.${ref}`)
      }
      expect(undeclared).toEqual([])
    },
  )

  it.each(['aws_fargate', 'azure_container_apps', 'gcp_cloud_run'])(
    "takes the seed guide's %s module call as it is",
    async (name) => {
      const file = path.join(FIXTURES, name, 'seed_example.tf')
      const seed = (await parse(file, readFileSync(file, 'utf8'))) as {
        module: Record<string, Block[]>
      }
      const [call] = Object.values(seed.module).map(([body]) => body!)
      const variables = module(name).variable
      const given = Object.keys(call!).filter((key) => key !== 'source')
      expect(given.filter((key) => !(key in variables))).toEqual([])
      const required = Object.entries(variables)
        .filter(([, [body]]) => !('default' in body!))
        .map(([key]) => key)
      expect(required.filter((key) => !given.includes(key))).toEqual([])
    },
  )

  it.each([
    ['local', 'local_orders_sandbox.yaml', []],
    ['aws_fargate', 'stripe_customers_to_iceberg.yaml', ['private_subnet_ids', 'vpc_id']],
    ['azure_container_apps', 'hubspot_contacts_to_iceberg.yaml', []],
    ['gcp_cloud_run', 'postgres_orders_to_iceberg.yaml', ['project_id']],
  ])(
    '%s declares every variable of dativo.auto.tfvars.json for %s; terraform-vars must add %j',
    (name, example, fromTerraformVars) => {
      const file = `examples/jobs/acme/${example}`
      const validation = validateConfigBytes(file, trackedBytes(file), {
        defaultTags: { project: 'dativo-platform' },
      })
      expect(validation.job, JSON.stringify(validation.findings)).toBeDefined()
      const vars = buildTfvars(validation.job!, { defaultTags: {}, terraformVars: {} })
      const variables = module(name).variable
      expect(Object.keys(vars).filter((key) => !(key in variables))).toEqual([])
      const required = Object.entries(variables)
        .filter(([key, [body]]) => !('default' in body!) && !(key in vars))
        .map(([key]) => key)
        .sort()
      expect(required).toEqual(fromTerraformVars)
    },
  )

  function module(name: string): Module {
    const m = modules[name]
    if (!m) throw new Error(`no module ${name}`)
    return m
  }
})

describe('terraform fmt', () => {
  it('finds every file under terraform/ formatted', async () => {
    const run = promisify(execFile)
    const result = await run(
      'terraform',
      ['fmt', '-check', '-recursive', '-diff', '-no-color', 'terraform/'],
      {
        cwd: REPO,
        env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
      },
    ).catch((error: { code: number; stdout: string }) => error)
    expect(result.stdout).toBe('')
    expect('code' in result ? result.code : 0).toBe(0)
  })
})

/** The value at a dotted path of a parsed block, through hcl2json's one-element block lists. */
function valueAt(body: Block, where: string): unknown {
  let value: unknown = body
  for (const part of where.split('.')) {
    const record = (Array.isArray(value) ? value[0] : value) as Block | undefined
    value = record?.[part]
  }
  return value
}
