// The platform policy through the committed dist/index.js, as the runner runs it, with a stand-in
// for GitHub's API and real git: on a pull request the base commit's policy is the one in force,
// whatever the pull request does to the file (the API's contents in a shallow checkout); a policy
// that cannot be read stops every Terraform command. Then a team's own root on the real AWS
// provider (moto for its data sources): its untagged bucket and its grant on "*" fail the job at
// plan, and apply applies nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun, Annotation } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { startMoto } from '../helpers/moto.js'
import type { Moto } from '../helpers/moto.js'
import { git, Repository } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

const POLICY_FILE = 'policy/dativo-policy.yaml'
const POLICY = `# yaml-language-server: $schema=../schema/policy.schema.json
version: 1
images:
  repositories: [123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo]
secrets:
  aws: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:dativo/"]
limits:
  max_vcpu: 4
tags:
  cost_center:
    allowed: [data-platform, analytics]
`
// What a pull request would like the rules to be.
const LOOSENED = `version: 1
secrets:
  aws: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:"]
tags:
  cost_center:
    allowed: [data-platform, analytics, marketing-x]
`

const CONFIG = 'jobs/exfil.yaml'
const EXFIL = `tenant_id: acme
environment: dev
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
    image: "docker.io/evil/exfil:latest"
    cpu: "65536"
    memory: "131072"
    secrets:
      - "arn:aws:secretsmanager:us-east-1:123456789012:secret:*"
  region: us-east-1
  tags:
    job_name: exfil
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: marketing-x
`

/** `line:col message` of the error annotations of one file. */
function errorsIn(run: ActionRun, file: string): string[] {
  return run.annotations
    .filter((a: Annotation) => a.level === 'error' && a.properties.file === file)
    .map((a) => `${a.properties.line}:${a.properties.col} ${a.message}`)
}

const FOUR_ERRORS = [
  "7:12 Image 'docker.io/evil/exfil:latest' (docker.io/evil/exfil) is not from a registry or repository the policy allows (images.repositories: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo')",
  "8:10 cpu '65536' is 64 vCPU; the policy allows at most 4 (limits.max_vcpu)",
  "11:9 Secret 'arn:aws:secretsmanager:us-east-1:123456789012:secret:*' is outside the allowed prefixes 'arn:aws:secretsmanager:us-east-1:123456789012:secret:dativo/' (secrets.aws)",
  "18:18 Tag cost_center 'marketing-x' is not allowed by the policy (tags.cost_center.allowed: 'data-platform', 'analytics')",
]

describe('a pull request is checked against the policy of its base commit', () => {
  let github: FakeGitHub
  let repo: Repository
  let base: string
  let head: string
  let loosening: ActionRun
  let shallow: ActionRun
  let unreadable: ActionRun

  const vars = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'Dativo jobs',
    GITHUB_JOB: 'validate',
    'INPUT_GITHUB-TOKEN': 'ghs_test_token',
    INPUT_CONFIGS: 'jobs/*.yaml',
    INPUT_POLICY: POLICY_FILE,
  })

  beforeAll(async () => {
    github = await FakeGitHub.start()
    repo = new Repository(tempDir('dativo-policy-pr-'))
    base = repo.commit('main', { [POLICY_FILE]: POLICY })
    repo.branch('exfil', base)
    head = repo.commit('exfil', { [CONFIG]: EXFIL, [POLICY_FILE]: LOOSENED })
    github.pullRequestFiles.set(5, repo.changedFiles(base, head))
    loosening = await runActionAsync(repo.checkout('pr', head, 'exfil'), {
      ...repo.pullRequestEvent(5, base, head, 'exfil'),
      ...vars(),
      INPUT_MODE: 'validate',
    })

    // A shallow checkout of the head alone (actions/checkout's default): the base commit's
    // policy comes from the API's contents, here the base of pull request 6.
    const apiBase = github.commitFiles('main', { [POLICY_FILE]: POLICY })
    const workspace = tempDir('dativo-policy-shallow-')
    git(workspace, 'clone', '-q', '--depth', '1', '-b', 'exfil', `file://${repo.remote}`, 'ws')
    github.pullRequestFiles.set(6, repo.changedFiles(base, head))
    const shallowVars = {
      ...repo.pullRequestEvent(6, apiBase, head, 'exfil'),
      ...vars(),
      INPUT_MODE: 'plan',
      'INPUT_TERRAFORM-VERSION': 'system',
    }
    shallow = await runActionAsync(`${workspace}/ws`, shallowVars)
    // A base without the policy file (a pull request that brings the policy with its configs):
    // nothing runs against a policy the base does not have.
    const bare = github.commitFiles('bare', { 'README.md': 'jobs\n' })
    github.pullRequestFiles.set(8, repo.changedFiles(base, head))
    unreadable = await runActionAsync(`${workspace}/ws`, {
      ...shallowVars,
      ...repo.pullRequestEvent(8, bare, head, 'exfil'),
    })
  }, 240_000)
  afterAll(() => github?.close())

  it('reports the four values the base policy forbids, each at its line, with what it allows', () => {
    expect(loosening.status).toBe(1)
    expect(errorsIn(loosening, CONFIG)).toEqual(FOUR_ERRORS)
    const annotation = loosening.annotations.find((a) => a.message.startsWith("cpu '65536'"))!
    expect(annotation.properties.title).toBe('dativo: platform policy')
    expect(loosening.outputs['error-count']).toBe('4')
  })

  it('tells the pull request that its change to the policy counts after the merge', () => {
    const notices = loosening.annotations.filter(
      (a) => a.level === 'notice' && a.properties.file === POLICY_FILE,
    )
    expect(notices.map((a) => `${a.properties.line} ${a.message}`)).toEqual([
      `1 This pull request changes the policy file: the change takes effect after merge. This run checks against the policy of the base commit ${base.slice(0, 7)}`,
    ])
    expect(loosening.stdout).toContain(
      `Platform policy: ${POLICY_FILE} as the base commit ${base.slice(0, 7)} has it`,
    )
  })

  it('shows the errors under the job in the comment and the job summary', () => {
    const comment = github.comments.get(5)![0]!.body
    const summary = loosening.summary
    for (const text of [
      'is outside the allowed prefixes',
      "cpu '65536' is 64 vCPU",
      "'marketing-x' is not allowed by the policy",
    ]) {
      expect(comment).toContain(text)
      expect(summary).toContain(text)
    }
  })

  it("reads the base's policy through the API in a shallow checkout, and runs no Terraform for a config that breaks it", () => {
    expect(
      github.requests.filter((r) =>
        decodeURIComponent(r.url).includes(`/contents/${POLICY_FILE}?`),
      ),
    ).toHaveLength(2)
    expect(shallow.status).toBe(1)
    expect(errorsIn(shallow, CONFIG)).toEqual(FOUR_ERRORS)
    expect(shallow.stdout).toContain('No valid job config to run Terraform for')
  })

  it('fails closed when the base policy cannot be read: it says why, and no Terraform runs', () => {
    expect(unreadable.status).toBe(1)
    const problem = unreadable.annotations.find((a) => a.level === 'error' && !a.properties.file)
    expect(problem?.message).toMatch(
      new RegExp(
        `^The policy file ${POLICY_FILE} cannot be read as it is at the base commit [0-9a-f]{7} \\(.*404.*\\), and a pull request is checked against its base's policy, never its own: no config is checked against it and no Terraform command runs\\. A new policy file takes effect once merged$`,
      ),
    )
    expect(unreadable.stdout).toContain(
      'No Terraform command runs: the platform policy in force could not be read',
    )
    expect(unreadable.stdout).not.toContain('Install Terraform')
    expect(unreadable.summary).toContain('cannot be read as it is at the base commit')
  })
})

describe('on a push, the pushed commit’s policy applies', () => {
  it('and one that is not valid is an error at its lines: nothing is checked against it, no Terraform runs', async () => {
    const repo = new Repository(tempDir('dativo-policy-push-'))
    const start = repo.head('main')
    const broken = POLICY.replace('  max_vcpu: 4', '  max_vcpus: 4').replace(
      'images:',
      'images:\n  require_digest: "yes"',
    )
    const after = repo.commit('main', { [POLICY_FILE]: broken, [CONFIG]: EXFIL })
    const run = await runActionAsync(repo.checkout('push', after), {
      ...repo.pushEvent(start, after),
      INPUT_MODE: 'plan',
      INPUT_CONFIGS: 'jobs/*.yaml',
      INPUT_POLICY: POLICY_FILE,
      'INPUT_CHANGED-ONLY': 'false',
      'INPUT_TERRAFORM-VERSION': 'system',
    })
    expect(run.status).toBe(1)
    expect(errorsIn(run, POLICY_FILE)).toEqual([
      '4:19 images.require_digest must be a boolean, not a string',
      "9:3 Unknown key 'max_vcpus' in limits (did you mean 'max_vcpu'?)",
    ])
    expect(run.annotations.find((a) => a.level === 'error' && !a.properties.file)?.message).toBe(
      `The policy file ${POLICY_FILE} is not valid (2 errors at its lines): no config is checked against it and no Terraform command runs until it is`,
    )
    // Only what the job's runtime module itself refuses, with or without a policy.
    expect(errorsIn(run, CONFIG)).toEqual([
      "11:9 secret 'arn:aws:secretsmanager:us-east-1:123456789012:secret:*' is not one the aws_fargate module grants: give one Secrets Manager secret by its ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-?????? (a '*' would grant every matching secret of the account)",
    ])
    expect(run.stdout).toContain(
      'No Terraform command runs: the platform policy in force could not be read',
    )
    expect(run.stdout).not.toContain('Install Terraform')
  })
})

describe("a team's own root on the real AWS provider, against moto", () => {
  let moto: Moto
  let applied: ActionRun
  let withoutPolicy: ActionRun
  let buckets: string[]
  let policies: string[]

  const TEAM_ROOT = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}
provider "aws" {
  region = var.region
}
variable "region" {
  type = string
}
variable "job_metadata" {
  type = map(string)
}
data "aws_caller_identity" "current" {}

# The team forgot the job's tags here...
resource "aws_s3_bucket" "raw" {
  bucket = "team-raw-\${data.aws_caller_identity.current.account_id}"
}

# ...and grants far too much here.
resource "aws_iam_policy" "everything" {
  name   = "team-everything"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
  tags   = { for key, value in var.job_metadata : replace(title(replace(key, "_", " ")), " ", "") => value }
}
`
  const TEAM_JOB = `tenant_id: acme
environment: dev
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0"
  region: us-east-1
  tags:
    job_name: team-job
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
`

  beforeAll(async () => {
    moto = await startMoto()
    const repo = new Repository(tempDir('dativo-policy-team-'))
    const start = repo.head('main')
    const after = repo.commit('main', {
      [POLICY_FILE]: POLICY,
      'jobs/team.yaml': TEAM_JOB,
      'terraform/dativo_jobs/team-job/main.tf': TEAM_ROOT,
    })
    const env = { ...terraformEnv(tempDir('dativo-policy-tf-')), ...moto.env }
    const common = {
      ...repo.pushEvent(start, after),
      INPUT_CONFIGS: 'jobs/*.yaml',
      'INPUT_TERRAFORM-VERSION': 'system',
      'INPUT_ALLOW-LOCAL-STATE': 'true',
      'INPUT_COMMIT-BACK': 'false',
      'INPUT_CHANGED-ONLY': 'false',
    }
    ;[applied, withoutPolicy] = await Promise.all([
      runActionAsync(
        repo.checkout('apply', after),
        { ...common, INPUT_MODE: 'apply', INPUT_POLICY: POLICY_FILE },
        env,
      ),
      runActionAsync(repo.checkout('plan', after), { ...common, INPUT_MODE: 'plan' }, env),
    ])
    buckets = ((await moto.call('s3', 'list_buckets')).Buckets as Array<{ Name: string }>).map(
      (b) => b.Name,
    )
    policies = (
      (await moto.call('iam', 'list_policies', { Scope: 'Local' })).Policies as Array<{
        PolicyName: string
      }>
    ).map((p) => p.PolicyName)
  }, 300_000)
  afterAll(async () => {
    await moto?.stop()
  })

  it('names the untagged bucket at the config\'s tags: line and the grant on "*" at its job, before apply', () => {
    expect(applied.status).toBe(1)
    expect(errorsIn(applied, 'jobs/team.yaml')).toEqual([
      "9:3 aws_s3_bucket.raw lacks the job's tags CostCenter, Environment, JobName, PipelineType, Team: every resource that can carry tags carries the job's tags",
      '3:1 aws_iam_policy.everything: its policy grants s3:* on every resource ("*"): name the resources (only actions that AWS allows on "*" alone may have it, and those of iam.aws.wildcard_actions)',
    ])
    expect(applied.stdout).toMatch(/^\[1\/1\] team-job: not applied: 2 rules broken \(/m)
  })

  it('applies nothing of the job: no bucket, no policy, no outputs', () => {
    expect(buckets.filter((name) => name.startsWith('team-raw-'))).toEqual([])
    expect(policies).not.toContain('team-everything')
    const [result] = JSON.parse(applied.outputs.results!)
    expect(result).toMatchObject({
      job_name: 'team-job',
      plan: { add: 2, change: 0, destroy: 0 },
      resolved: false,
    })
  })

  it('checks the tags without a policy file too, and only them', () => {
    expect(withoutPolicy.status).toBe(1)
    expect(errorsIn(withoutPolicy, 'jobs/team.yaml')).toEqual([
      "9:3 aws_s3_bucket.raw lacks the job's tags CostCenter, Environment, JobName, PipelineType, Team: every resource that can carry tags carries the job's tags",
    ])
    expect(withoutPolicy.stdout).toMatch(/^\[1\/1\] team-job: plan \+2 ~0 -0: one rule broken \(/m)
  })
})
