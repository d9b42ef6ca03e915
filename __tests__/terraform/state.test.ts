// Where each job's state lives (src/terraform/state.ts): every case of backend-config, generated
// and team roots, the CLI's state folder, shared roots and allow-local-state; and the outputs an
// apply leaves in a local state the run chose, read from it as terraform output -json prints them.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Job } from '../../src/config/job.js'
import { parseRunOptions } from '../../src/options.js'
import { parseTerraformOutputs } from '../../src/resolve/outputs.js'
import type { Root } from '../../src/terraform/roots.js'
import {
  decideState,
  localStateFile,
  StateRefused,
  stateOutputs,
} from '../../src/terraform/state.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

const WORKSPACE = '/work/repo'

function job(provider: Job['provider'], jobName = 'orders'): Job {
  const runtime = {
    aws: 'aws_fargate',
    azure: 'azure_container_apps',
    gcp: 'gcp_cloud_run',
    local: 'local',
  } as const
  return {
    file: 'jobs/orders.yaml',
    jobName,
    environment: 'prod',
    provider,
    runtime: { type: runtime[provider as keyof typeof runtime] },
    region: 'somewhere',
    tags: {},
    target: {},
    placeholders: [],
  }
}

function options(inputs: Record<string, string>) {
  return parseRunOptions((name) => inputs[name], WORKSPACE)
}

const generated: Root = { dir: '/tmp/run/root', generated: true, moduleSource: './m' }
const own = (sharedBecause?: string): Root => ({
  dir: `${WORKSPACE}/terraform/x`,
  generated: false,
  realDir: `${WORKSPACE}/terraform/x`,
  sharedBecause,
})

function refusal(run: () => unknown): { rule: string; message: string } {
  try {
    run()
  } catch (error) {
    if (error instanceof StateRefused) return { rule: error.rule, message: error.message }
    throw error
  }
  throw new Error('not refused')
}

const S3 = 'aws:\n  bucket: b\n  key: "dativo/{environment}/{job_name}.tfstate"\n  region: r'

describe('a generated root', () => {
  it("declares its cloud's own backend, completed by that provider's settings", () => {
    const config = `${S3}\nazure:\n  key: "{job_name}.tfstate"\n  container_name: c\ngcp:\n  bucket: g\n  prefix: "{job_name}"`
    for (const [provider, backend, lines] of [
      ['aws', 's3', ['bucket=b', 'key=dativo/prod/orders.tfstate', 'region=r']],
      ['azure', 'azurerm', ['key=orders.tfstate', 'container_name=c']],
      ['gcp', 'gcs', ['bucket=g', 'prefix=orders']],
    ] as const) {
      expect(
        decideState(
          job(provider),
          generated,
          options({ mode: 'apply', 'backend-config': config }),
          {
            workspace: WORKSPACE,
          },
        ),
      ).toEqual({
        backendLines: lines,
        generatedBackend: backend,
        remote: true,
        where: `the ${backend} backend of backend-config`,
      })
    }
  })

  it('refuses settings that would give every job of a provider one state', () => {
    expect(
      refusal(() =>
        decideState(
          job('aws'),
          generated,
          options({ mode: 'plan', 'backend-config': 'bucket=b\nkey=all.tfstate' }),
          { workspace: WORKSPACE },
        ),
      ),
    ).toEqual({
      rule: 'shared-state',
      message:
        "backend-config gives every aws job the same state: none of its settings for aws jobs has {job_name}, so each job's apply would replace the resources of the others. Name the state after the job (e.g. aws: bucket, key=dativo/{environment}/{job_name}.tfstate, region, use_lockfile=true)",
    })
  })

  it('refuses to apply a cloud job without a backend, unless allow-local-state', () => {
    expect(
      refusal(() =>
        decideState(job('gcp'), generated, options({ mode: 'apply', 'backend-config': S3 }), {
          workspace: WORKSPACE,
        }),
      ),
    ).toEqual({
      rule: 'local-state',
      message:
        "Not applied: this gcp job has no state backend, so its Terraform state would stay in the run's temporary folder, lost with the runner and unknown to every other run, which would then create its resources again. Give it a backend with backend-config (gcp: bucket, prefix=dativo/{environment}/{job_name}) or a backend block in its own root; to keep the state local anyway, set allow-local-state: true",
    })
    expect(
      decideState(job('gcp'), generated, options({ mode: 'apply', 'allow-local-state': 'true' }), {
        workspace: WORKSPACE,
      }).note,
    ).toEqual({
      severity: 'warning',
      rule: 'local-state',
      message:
        "This gcp job's Terraform state stays in the run's temporary folder (allow-local-state: true): keep it, or the next run will not know the resources it created",
    })
    // A plan creates nothing: it is not refused.
    expect(
      decideState(job('gcp'), generated, options({ mode: 'plan' }), { workspace: WORKSPACE }),
    ).toEqual({ backendLines: [], remote: false, where: "the run's temporary folder" })
  })

  it('gives the sandbox no cloud backend: plain lines are for cloud jobs, local: for it', () => {
    const plain = options({ mode: 'apply', 'backend-config': 'bucket=b\nkey={job_name}' })
    expect(decideState(job('local'), generated, plain, { workspace: WORKSPACE })).toEqual({
      backendLines: [],
      remote: false,
      where: "the run's temporary folder",
      note: {
        severity: 'notice',
        rule: 'local-state',
        message:
          "This sandbox job's Terraform state stays in the run's temporary folder on the runner and is lost when the job ends (the sandbox creates nothing outside it)",
      },
    })
    const mapped = options({
      mode: 'apply',
      'backend-config': 'local:\n  path: "/var/lib/dativo/{job_name}.tfstate"',
    })
    expect(decideState(job('local'), generated, mapped, { workspace: WORKSPACE })).toEqual({
      backendLines: ['path=/var/lib/dativo/orders.tfstate'],
      generatedBackend: 'local',
      remote: false,
      where: 'the local backend of backend-config',
    })
  })

  it("at a terminal keeps local state in the workspace's .dativo/state/<job_name>/", () => {
    const stateDir = path.join(WORKSPACE, '.dativo/state')
    expect(
      decideState(job('local'), generated, options({ mode: 'apply' }), {
        workspace: WORKSPACE,
        stateDir,
      }),
    ).toEqual({
      backendLines: [`path=${stateDir}/orders/terraform.tfstate`],
      generatedBackend: 'local',
      remote: false,
      stateFolder: `${stateDir}/orders`,
      where: '.dativo/state/orders/terraform.tfstate',
    })
  })
})

describe("a team's root", () => {
  it('passes the lines to a root with a backend block, none to a root without one', () => {
    const config = options({ mode: 'apply', 'backend-config': 'bucket=b\nkey=k' })
    expect(
      decideState(job('aws'), own(), config, { workspace: WORKSPACE, declaredBackend: 's3' }),
    ).toEqual({
      backendLines: ['bucket=b', 'key=k'],
      remote: true,
      where: 'the s3 backend of terraform/x',
    })
    expect(
      refusal(() => decideState(job('aws'), own(), config, { workspace: WORKSPACE })).rule,
    ).toBe('local-state')
  })

  it('refuses a shared root unless the backend settings name each job', () => {
    const shared = own('terraform-dir has no {job_name}')
    const keyed = options({
      mode: 'plan',
      'backend-config': 'local:\n  path: "state/{job_name}.tfstate"',
    })
    expect(
      decideState(job('local'), shared, keyed, { workspace: WORKSPACE, declaredBackend: 'local' })
        .backendLines,
    ).toEqual(['path=state/orders.tfstate'])
    // The same settings, but no backend block for them to complete: one terraform.tfstate.
    expect(
      refusal(() => decideState(job('local'), shared, keyed, { workspace: WORKSPACE })).message,
    ).toBe(
      'terraform-dir has no {job_name}, and this job\'s state there is not its own: each job\'s apply would replace the resources of the others. Give each job its own state: a backend block in terraform/x and {job_name} in backend-config (e.g. key=dativo/{job_name}.tfstate; for backend "local" {}, path=state/{job_name}.tfstate), or a folder per job (terraform-dir with {job_name})',
    )
    // Two jobs of one run in one folder are a shared root too.
    expect(
      refusal(() =>
        decideState(job('local'), own(), options({ mode: 'plan' }), {
          workspace: WORKSPACE,
          declaredBackend: 'local',
          sharingJobs: ['billing'],
        }),
      ).message,
    ).toMatch(/^jobs orders, billing all run in terraform\/x, and this job's state there/)
  })
})

describe('outputs read from a local state this run chose', () => {
  it('is the state of a generated root: the CLI state folder, or the root of its own', () => {
    const cli = decideState(job('local'), generated, options({ mode: 'apply' }), {
      workspace: WORKSPACE,
      stateDir: `${WORKSPACE}/.dativo/state`,
    })
    expect(localStateFile(generated, cli, {})).toBe(
      `${WORKSPACE}/.dativo/state/orders/terraform.tfstate`,
    )
    const action = decideState(job('local'), generated, options({ mode: 'apply' }), {
      workspace: WORKSPACE,
    })
    expect(localStateFile(generated, action, {})).toBe('/tmp/run/root/terraform.tfstate')
    // backend-config's path for local jobs, read from the root's folder as Terraform reads it.
    for (const [given, file] of [
      ['state/{job_name}.tfstate', '/tmp/run/root/state/orders.tfstate'],
      ['/var/lib/dativo/{job_name}.tfstate', '/var/lib/dativo/orders.tfstate'],
    ]) {
      const local = decideState(
        job('local'),
        generated,
        options({ mode: 'apply', 'backend-config': `local:\n  path: ${given}` }),
        { workspace: WORKSPACE },
      )
      expect(localStateFile(generated, local, {})).toBe(file)
    }
    // Another workspace keeps its state elsewhere; a cloud backend or a team's root is asked.
    expect(localStateFile(generated, action, { TF_WORKSPACE: 'blue' })).toBeUndefined()
    expect(localStateFile(generated, action, { TF_WORKSPACE: 'default' })).toBe(
      '/tmp/run/root/terraform.tfstate',
    )
    const s3 = decideState(
      job('aws'),
      generated,
      options({ mode: 'apply', 'backend-config': 'aws:\n  key: dativo/{job_name}.tfstate' }),
      { workspace: WORKSPACE },
    )
    expect(localStateFile(generated, s3, {})).toBeUndefined()
    const team = decideState(job('local'), own(), options({ mode: 'apply' }), {
      workspace: WORKSPACE,
    })
    expect(localStateFile(own(), team, {})).toBeUndefined()
  })

  it('are what terraform output -json prints, sensitive and typed values included', () => {
    const dir = tempDir('dativo-state-outputs-')
    writeFileSync(
      path.join(dir, 'main.tf'),
      `output "text" {
  value = "c-\${"orders"}"
}
output "number" {
  value = 3.5
}
output "flags" {
  value = [true, false]
}
output "nested" {
  value = { b = ["x", 1], a = { z = null, "with space" = "v" } }
}
output "secret" {
  value     = "s3cr3t"
  sensitive = true
}
`,
    )
    const env = { ...terraformEnv(path.join(dir, 'tf')), TF_DATA_DIR: path.join(dir, 'data') }
    const terraform = (...args: string[]) =>
      execFileSync('terraform', args, { cwd: dir, env, encoding: 'utf8' })
    terraform('init', '-input=false', '-no-color')
    terraform('apply', '-input=false', '-no-color', '-auto-approve')
    const asked = parseTerraformOutputs(terraform('output', '-json'))
    return stateOutputs(path.join(dir, 'terraform.tfstate')).then((read) => {
      expect(read).toEqual(asked)
      expect(JSON.stringify(read)).toBe(JSON.stringify(asked))
      expect(read?.secret).toEqual({ value: 's3cr3t', type: 'string', sensitive: true })
    })
  }, 60_000)

  it('are not read from a file that is not a state of format 4', async () => {
    const dir = tempDir('dativo-state-outputs-')
    const file = path.join(dir, 'terraform.tfstate')
    for (const text of ['', '{', '{"version":3,"outputs":{}}', '{"version":4}', '[]']) {
      writeFileSync(file, text)
      expect(await stateOutputs(file), text).toBeUndefined()
    }
    expect(await stateOutputs(path.join(dir, 'missing.tfstate'))).toBeUndefined()
  })
})
