// The provider plugin cache a workflow keeps between runs (TF_PLUGIN_CACHE_DIR): the action uses
// it and says so, what earlier runs left there and what this run added. dist/cli.js runs a
// team's root that needs hashicorp/aws, from this machine's offline provider mirror.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.js'
import { terraformEnv } from '../helpers/terraform.js'
import { trackedBytes } from '../helpers/examples.js'

let scratch: string
/** A job on the bundled local module: no provider at all. */
let sandbox: string
/** The same job with a team root that needs hashicorp/aws. */
let withAws: string
let env: NodeJS.ProcessEnv

function workspace(name: string): string {
  const dir = path.join(scratch, name)
  mkdirSync(path.join(dir, 'jobs'), { recursive: true })
  writeFileSync(
    path.join(dir, 'jobs/sandbox.yaml'),
    trackedBytes('examples/jobs/acme/local_orders_sandbox.yaml'),
  )
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  return dir
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'dativo-plugin-cache-'))
  sandbox = workspace('sandbox')
  withAws = workspace('aws')
  // The team's own root for the job (terraform-dir's default).
  const root = path.join(withAws, 'terraform/dativo_jobs/orders-sandbox')
  mkdirSync(root, { recursive: true })
  writeFileSync(
    path.join(root, 'main.tf'),
    `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
output "cluster_name" {
  value = "sandbox"
}
output "service_name" {
  value = "orders"
}
`,
  )
  env = terraformEnv(path.join(scratch, 'cli-config'))
})

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** The cache lines of `dativo-infra run --mode plan`, and Terraform's own about the cache. */
async function plan(dir: string, pluginCache: string | undefined): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'run', '--mode', 'plan', '--configs', 'jobs/*.yaml'],
    { cwd: dir, env: { ...env, TF_PLUGIN_CACHE_DIR: pluginCache ?? '' } },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  expect(status, output).toBe(0)
  return output.split('\n').filter((line) => /plugin cache|shared cache directory/i.test(line))
}

describe('the provider plugin cache across runs', () => {
  it('says when the run has only a cache of its own', async () => {
    expect(await plan(sandbox, undefined)).toEqual([
      'Provider plugin cache: a folder of this run only (set TF_PLUGIN_CACHE_DIR and cache it with actions/cache to keep providers between runs)',
    ])
  })

  // The AWS provider is 675 MiB: copying it into the cache and starting it takes a while.
  it('fills the workflow cache, then uses it and says so', { timeout: 600_000 }, async () => {
    const cache = path.join(scratch, 'plugin-cache')
    const aws = 'registry.terraform.io/hashicorp/aws 5.100.0 (linux_amd64)'

    expect(await plan(withAws, cache)).toEqual([
      `Provider plugin cache: ${cache} (TF_PLUGIN_CACHE_DIR), empty: providers are downloaded into it for later runs`,
      `Provider plugin cache: 1 provider package added for later runs: ${aws}`,
    ])
    // The next run, as after actions/cache restored the folder; the root now has a lock file.
    expect(await plan(withAws, cache)).toEqual([
      `Provider plugin cache: ${cache} (TF_PLUGIN_CACHE_DIR), with 1 provider package from earlier runs: ${aws}`,
      '- Using hashicorp/aws v5.100.0 from the shared cache directory',
    ])
  })
})
