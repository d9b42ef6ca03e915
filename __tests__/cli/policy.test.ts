// The CLI checks the policy a data engineer's workspace has, through the committed dist/cli.js:
// `validate --policy` at each forbidden value, `tfvars --policy` with the permissions boundary
// the policy requires, and `run --mode plan --policy` on a team's own root (the stand-in google
// provider, serving google's schema): an unlabelled job and a grant to allUsers, before pushing.

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.js'
import { git } from '../helpers/repository.js'
import { schemaVersion, standInMirror } from '../helpers/stand-in-mirror.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'
import { runProcess } from '../helpers/process.js'

const POLICY = `version: 1
regions:
  gcp: [europe-west4]
tags:
  cost_center:
    allowed: [data-platform]
environments:
  prod:
    iam:
      aws:
        permissions_boundary: arn:aws:iam::123456789012:policy/dativo-job-boundary
`

const JOB = `tenant_id: acme
environment: dev
infrastructure:
  provider: gcp
  runtime:
    type: gcp_cloud_run
    image: "europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0"
  region: europe-west4
  tags:
    job_name: orders
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
`

const AWS_JOB = `tenant_id: acme
environment: prod
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0"
  region: us-east-1
  tags:
    job_name: stripe
    team: data-engineering
    pipeline_type: ingestion
    environment: prod
    cost_center: marketing
`

const TEAM_ROOT = `terraform {
  required_providers {
    google = { source = "hashicorp/google", version = "${schemaVersion('google')}" }
  }
}
provider "google" {
  project = "acme"
}
variable "job_metadata" {
  type = map(string)
}
resource "google_cloud_run_v2_job" "orders" {
  name     = "orders"
  location = "europe-west4"
  template {
    template {
      containers {
        image = "europe-west4-docker.pkg.dev/acme/dativo/dativo:1.1.0"
      }
    }
  }
}
resource "google_storage_bucket_iam_member" "public" {
  bucket = "acme-lake"
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
`

async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = await runProcess(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
    cwd,
    env: { ...env, GITHUB_ACTIONS: '' },
    timeout: 300_000,
  })
  return {
    status: result.status,
    stdout: result.stdout.trimEnd().split('\n'),
    stderr: result.stderr,
  }
}

describe('dativo-infra with --policy', () => {
  let dir: string

  beforeAll(() => {
    dir = tempDir('dativo-cli-policy-')
    git(dir, 'init', '-q', '-b', 'main')
    for (const [file, text] of Object.entries({
      'platform/policy.yaml': POLICY,
      'jobs/orders.yaml': JOB,
      'jobs/stripe.yaml': AWS_JOB,
      'terraform/dativo_jobs/orders/main.tf': TEAM_ROOT,
    })) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
  })

  it('validate: each value the policy forbids, at its line, from any folder of the workspace', async () => {
    const result = await cli(path.join(dir, 'jobs'), [
      'validate',
      '.',
      '--policy',
      '../platform/policy.yaml',
    ])
    expect(result.status).toBe(1)
    expect(result.stdout).toEqual([
      "stripe.yaml:14:18: error: Tag cost_center 'marketing' is not allowed by the policy (tags.cost_center.allowed: 'data-platform') [platform-policy]",
      '1 error in 1 of 2 configs',
    ])
  })

  it('tfvars: the permissions boundary the policy requires for the job’s environment', async () => {
    const result = await cli(dir, [
      'tfvars',
      'jobs/stripe.yaml',
      '--policy',
      'platform/policy.yaml',
    ])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout.join('\n')).permissions_boundary_arn).toBe(
      'arn:aws:iam::123456789012:policy/dativo-job-boundary',
    )
    const without = await cli(dir, ['tfvars', 'jobs/stripe.yaml'])
    expect(JSON.parse(without.stdout.join('\n'))).not.toHaveProperty('permissions_boundary_arn')
  })

  it('run --mode plan: the unlabelled job and the public grant of a team’s own root', async () => {
    const mirror = standInMirror(tempDir('dativo-cli-policy-mirror-'))
    const env = terraformEnv(tempDir('dativo-cli-policy-tf-'), mirror.dir)
    const result = await cli(
      dir,
      [
        'run',
        '--mode',
        'plan',
        '--configs',
        'jobs/orders.yaml',
        '--policy',
        'platform/policy.yaml',
      ],
      env,
    )
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout.filter((line) => line.includes(': error: '))).toEqual([
      "jobs/orders.yaml:9:3: error: google_cloud_run_v2_job.orders lacks the job's tags cost_center, environment, job_name, pipeline_type, team: every resource that can carry tags carries the job's tags [untagged-resource]",
      "jobs/orders.yaml:3:1: error: google_storage_bucket_iam_member.public: grants 'roles/storage.objectViewer' to allUsers, that is to anyone [platform-policy]",
    ])
    expect(result.stderr).toMatch(/\[1\/1\] orders: plan \+2 ~0 -0: 2 rules broken \(/)
  })
})
