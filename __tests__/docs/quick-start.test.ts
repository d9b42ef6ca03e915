// The README's quick start per cloud, run as far as this machine allows: the local job applied
// for real, the AWS job applied against moto (an AWS API emulator) with the real AWS provider and
// S3 state, the Azure and GCP jobs up to validation. Each section must name what a user provides:
// every variable its module needs that the job does not give, and its cloud's backend settings.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validateConfigBytes } from '../../src/config/validate.js'
import { buildTfvars } from '../../src/tags/tfvars.js'
import { MODULE_DECLARATIONS } from '../../src/terraform/generated/module-declarations.js'
import { splitCommandLine } from '../../src/util/command-line.js'
import { startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { runCli } from '../helpers/action.js'
import { repoRoot } from './actionlint.js'
import { codeBlocks, firstTable, section } from './markdown.js'
import { trackedBytes } from '../helpers/examples.js'

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const perCloud = section(readme, 'Per cloud: what you provide')

/** The section's command as the shell reads it: continuation lines joined, quotes removed. */
function command(heading: string): string[] {
  const [block] = codeBlocks(section(perCloud, heading), 'sh')
  expect(block, heading).toBeDefined()
  const words = splitCommandLine(block!.replace(/\\\n/g, ' ').trim())
  expect(words[0]).toBe('dativo-infra')
  return words.slice(1)
}

/** The values of every `--name value` in a command. */
function option(args: string[], name: string): string[] {
  return args.flatMap((arg, i) => (arg === `--${name}` ? [args[i + 1]!] : []))
}

function replaceOption(args: string[], name: string, value: string): string[] {
  return args.map((arg, i) => (args[i - 1] === `--${name}` ? value : arg))
}

/** A user's repository: git, with the example job copied into jobs/. */
function repository(example: string): string {
  const dir = tempDir('dativo-quick-start-')
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  mkdirSync(path.join(dir, 'jobs'))
  writeFileSync(path.join(dir, 'jobs', example), trackedBytes(`examples/jobs/acme/${example}`))
  return dir
}

const CLOUDS = [
  {
    heading: 'AWS (Fargate)',
    example: 'stripe_customers_to_iceberg.yaml',
    backend: ['bucket', 'key', 'region', 'use_lockfile'],
  },
  {
    heading: 'Azure (Container Apps)',
    example: 'hubspot_contacts_to_iceberg.yaml',
    backend: ['resource_group_name', 'storage_account_name', 'container_name', 'key'],
  },
  {
    heading: 'Google Cloud (Cloud Run)',
    example: 'postgres_orders_to_iceberg.yaml',
    backend: ['bucket', 'prefix'],
  },
]

describe('the quick start names what a user must provide', () => {
  it.each(CLOUDS)('$heading', ({ heading, example, backend }) => {
    const text = section(perCloud, heading)
    const table = firstTable(text).rows
    const rows = table.map(([what]) => what!)
    const cells = table.flat().join(' ')
    expect(
      rows.some((row) => row.startsWith('a job config with')),
      heading,
    ).toBe(true)
    expect(
      rows.some((row) => row.startsWith('state:')),
      heading,
    ).toBe(true)
    expect(
      rows.some((row) => row.startsWith('credentials')),
      heading,
    ).toBe(true)
    expect(text).toContain(`(examples/jobs/acme/${example})`)

    const args = command(heading)
    expect(option(args, 'configs')).toEqual([`jobs/${example}`])
    // Every variable the module needs and the job does not give comes from terraform-vars.
    const bytes = trackedBytes(`examples/jobs/acme/${example}`)
    const job = validateConfigBytes(example, bytes, { defaultTags: {} }).job!
    const given = new Set(Object.keys(buildTfvars(job, { defaultTags: {}, terraformVars: {} })))
    const variables = (
      MODULE_DECLARATIONS as Record<string, { variables: Record<string, { required: boolean }> }>
    )[job.runtime.type]!.variables
    const needed = Object.keys(variables).filter(
      (name) => variables[name]!.required && !given.has(name),
    )
    const vars = option(args, 'terraform-vars').map((yaml) => parse(yaml) as object)
    expect(Object.keys(Object.assign({}, ...vars)).sort(), heading).toEqual(needed.sort())
    for (const name of needed) expect(cells, name).toContain(`\`${name}\``)
    // The cloud's own backend settings, each named in the table too.
    const keys = option(args, 'backend-config').map((line) => line.split('=')[0]!)
    for (const key of backend) {
      expect(keys, heading).toContain(key)
      expect(cells, key).toContain(`\`${key}`)
    }
  })
})

describe('the local quick start, run', () => {
  it('applies the sandbox job and writes its outputs into the config', async () => {
    const dir = repository('local_orders_sandbox.yaml')
    const run = await runCli(command('Local (no cloud account)'), dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 config applied: +1 ~0 -0, 1 resolved')
    expect(section(perCloud, 'Local (no cloud account)')).toContain(
      '`1 config applied: +1 ~0 -0, 1 resolved`',
    )
    const config = readFileSync(path.join(dir, 'jobs/local_orders_sandbox.yaml'), 'utf8')
    expect(config).toContain(
      'cluster_name: "orders-sandbox-dev-cluster" # {{terraform_outputs.cluster_name}}',
    )
    expect(config).toContain(
      'service_name: "orders-sandbox-dev-service" # {{terraform_outputs.service_name}}',
    )
  })
})

describe('the AWS quick start, run against moto', () => {
  let moto: Moto
  beforeAll(async () => {
    moto = await startMoto()
  })
  afterAll(() => moto?.stop())

  it('plans and applies with the README’s command, state in S3, and resolves the config', async () => {
    const heading = 'AWS (Fargate)'
    let args = command(heading)
    const bucket = option(args, 'backend-config')
      .find((line) => line.startsWith('bucket='))!
      .slice('bucket='.length)
    await moto.createBucket(bucket)
    // The emulator's own network stands in for the README's example ids.
    const network = await moto.defaultNetwork()
    args = replaceOption(
      args,
      'terraform-vars',
      JSON.stringify({ vpc_id: network.vpcId, private_subnet_ids: network.subnetIds }),
    )
    // moto answers S3 on paths, not on bucket host names.
    args = [...replaceOption(args, 'mode', 'apply'), '--backend-config', 'use_path_style=true']
    const dir = repository('stripe_customers_to_iceberg.yaml')
    const env = { ...terraformEnv(tempDir('dativo-tf-')), ...moto.env }
    const run = await runCli(args, dir, env)
    expect(run.status, run.stderr.slice(-4000)).toBe(0)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^1 config applied: \+\d+ ~0 -0, 1 resolved$/,
    )
    const config = readFileSync(path.join(dir, 'jobs/stripe_customers_to_iceberg.yaml'), 'utf8')
    expect(config).toContain(
      'cluster_name: "stripe-customers-etl-prod-cluster" # {{terraform_outputs.cluster_name}}',
    )
    const state = (await moto.call('s3', 'list_objects_v2', { Bucket: bucket })) as {
      Contents?: Array<{ Key: string }>
    }
    expect(state.Contents?.map((object) => object.Key)).toEqual([
      'dativo/prod/stripe-customers-etl.tfstate',
    ])
  }, 300_000)
})

describe('the Azure and Google Cloud quick starts, up to validation', () => {
  it.each(CLOUDS.slice(1))(
    '$heading: the command’s options are accepted and the job is valid',
    async ({ heading, example }) => {
      const dir = repository(example)
      const run = await runCli(replaceOption(command(heading), 'mode', 'validate'), dir)
      expect(run.status, run.stderr).toBe(0)
      expect(run.stdout).toBe('1 config valid\n')
    },
  )

  it('gives the GCP job its project through terraform-vars', async () => {
    const heading = 'Google Cloud (Cloud Run)'
    const dir = repository('postgres_orders_to_iceberg.yaml')
    const vars = option(command(heading), 'terraform-vars')
    const run = await runCli(
      ['tfvars', 'jobs/postgres_orders_to_iceberg.yaml', '--terraform-vars', vars[0]!],
      dir,
    )
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      project_id: 'acme-data',
      region: 'us-central1',
    })
  })
})
