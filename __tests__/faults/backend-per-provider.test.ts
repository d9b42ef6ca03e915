// Fault 5: one backend-config for every job. A repository with jobs on local, aws and azure is
// planned in one run with backend-config as a map keyed by provider: each job's init gets its own
// provider's settings (the AWS job's S3 backend on moto), the sandbox job none; plain key=value
// lines reach cloud jobs only, never the sandbox.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import { sandboxJob, teamRoot, workspaceWith } from './fixtures.js'

const BUCKET = 'dativo-state'

function cloudJob(name: string, provider: 'aws' | 'azure'): string {
  return sandboxJob(name)
    .replace('provider: local', `provider: ${provider}`)
    .replace('type: local', `type: ${provider === 'aws' ? 'aws_fargate' : 'azure_container_apps'}`)
    .replace('region: local', `region: ${provider === 'aws' ? 'us-east-1' : 'westeurope'}`)
}

/** Each job's log group, by job name. */
function jobLogs(run: ActionRun): Record<string, string> {
  const logs: Record<string, string> = {}
  for (const match of run.stdout.matchAll(
    /^::group::Terraform plan: (\S+) \([^)]*\)\n([\s\S]*?)^::endgroup::/gm,
  )) {
    logs[match[1]!] = match[2]!
  }
  return logs
}

describe.concurrent('backend-config per provider', () => {
  let moto: Moto
  let env: NodeJS.ProcessEnv
  beforeAll(async () => {
    moto = await startMoto()
    await moto.createBucket(BUCKET)
    env = { ...terraformEnv(tempDir('dativo-tfrc-')), ...moto.env }
  }, 60_000)
  afterAll(async () => {
    await moto?.stop()
  })

  it('plans jobs on local, aws and azure in one run, each with its own backend', async () => {
    const workspace = workspaceWith({
      'jobs/sandbox.yaml': sandboxJob('sandbox-job'),
      'jobs/aws.yaml': cloudJob('aws-job', 'aws'),
      'jobs/azure.yaml': cloudJob('azure-job', 'azure'),
      // A root with a provider and no lock file: init writes one, and says so.
      'terraform/dativo_jobs/aws-job/main.tf': teamRoot('s3').replace(
        'backend "s3" {}',
        'backend "s3" {}\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }',
      ),
      'terraform/dativo_jobs/azure-job/main.tf': teamRoot('local'),
    })
    const s3 = moto
      .s3Backend(BUCKET, 'dativo/{job_name}.tfstate')
      .map((line) => `  ${line.replace('=', ': ')}`)
      .join('\n')
    const run = await runActionAsync(
      workspace,
      {
        INPUT_MODE: 'plan',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_COMMENT-ON-PR': 'false',
        'INPUT_BACKEND-CONFIG': `aws:\n${s3}\nazure:\n  path: state/{job_name}.tfstate`,
      },
      env,
    )
    expect(run.status, run.stdout).toBe(0)
    expect(
      (JSON.parse(run.outputs.results!) as Array<{ config: string; plan: unknown }>).map((r) => [
        r.config,
        r.plan,
      ]),
    ).toEqual([
      ['jobs/aws.yaml', { add: 1, change: 0, destroy: 0 }],
      ['jobs/azure.yaml', { add: 1, change: 0, destroy: 0 }],
      ['jobs/sandbox.yaml', { add: 1, change: 0, destroy: 0 }],
    ])
    const logs = jobLogs(run)
    expect(logs['aws-job']).toContain('Successfully configured the backend "s3"!')
    expect(logs['aws-job']).toContain('State: the s3 backend of terraform/dativo_jobs/aws-job')
    expect(logs['azure-job']).toContain('Successfully configured the backend "local"!')
    expect(logs['sandbox-job']).toContain("State: the run's temporary folder")
    expect(logs['sandbox-job']).not.toContain('Successfully configured the backend')
    expect(
      run.annotations
        .filter((a) => a.properties.title === 'dativo: provider lock file written')
        .map((a) => [a.level, a.properties.file, a.message]),
    ).toEqual([
      [
        'notice',
        'jobs/aws.yaml',
        'terraform init wrote .terraform.lock.hcl into terraform/dativo_jobs/aws-job, which had none: commit it, so that every run installs the same provider versions',
      ],
    ])
    expect(
      existsSync(path.join(workspace, 'terraform/dativo_jobs/aws-job/.terraform.lock.hcl')),
    ).toBe(true)
    // The plan took the S3 lock and gave it back: the bucket holds no lock file.
    const listed = (await moto.call('s3', 'list_objects_v2', { Bucket: BUCKET })) as {
      Contents?: unknown[]
    }
    expect(listed.Contents ?? []).toEqual([])
  }, 180_000)

  it('plain key=value lines reach the cloud jobs, never the sandbox job', async () => {
    const workspace = workspaceWith({
      'jobs/sandbox.yaml': sandboxJob('sandbox-job'),
      'jobs/aws.yaml': cloudJob('aws-job', 'aws'),
      'terraform/dativo_jobs/aws-job/main.tf': teamRoot('s3'),
    })
    const run = await runActionAsync(
      workspace,
      {
        INPUT_MODE: 'plan',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_COMMENT-ON-PR': 'false',
        'INPUT_BACKEND-CONFIG': moto.s3Backend(BUCKET, 'plain/{job_name}.tfstate').join('\n'),
      },
      env,
    )
    expect(run.status, run.stdout).toBe(0)
    expect(run.stdout).not.toContain('Invalid backend configuration argument')
    const logs = jobLogs(run)
    expect(logs['aws-job']).toContain('Successfully configured the backend "s3"!')
    expect(logs['sandbox-job']).not.toContain('Successfully configured the backend')
  }, 180_000)
})
