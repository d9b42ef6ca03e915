// The platform policy on job configs at validation: each value a rule forbids is an error at its
// exact line and column, naming the rule and what it allows; environments merge over the top
// level; the policy file itself is checked against schema/policy.schema.json at its lines.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateConfigBytes } from '../../src/config/validate.js'
import type { Finding } from '../../src/findings.js'
import { describeMinutes, shortestInterval } from '../../src/policy/cron.js'
import { parseImage, repositoryAllowed } from '../../src/policy/image.js'
import { parsePolicy } from '../../src/policy/read.js'
import type { PlatformPolicy } from '../../src/policy/rules.js'
import { ROOT } from '../helpers/action.js'

const POLICY = `version: 1
providers: [aws, gcp]
runtimes: [aws_fargate, gcp_cloud_run]
regions:
  aws: [us-east-1]
images:
  repositories:
    - 123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo
    - docker.io/library/python
secrets:
  aws: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:dativo/"]
  gcp: ["projects/acme/secrets/dativo-"]
storage:
  s3_buckets: [acme-data-lake, acme-shared/dativo/]
limits:
  max_vcpu: 4
  max_memory_gib: 8
  max_replicas: 5
  min_schedule_interval: 1h
tags:
  cost_center:
    allowed: [data-platform, analytics]
  team:
    pattern: "[a-z][a-z0-9-]*"
  owner:
    required: true
environments:
  prod:
    images:
      require_digest: true
    limits:
      max_vcpu: 8
`

const JOB = `tenant_id: acme
environment: dev
target:
  connection:
    s3:
      bucket: acme-data-lake
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo/etl:1.1.0"
    cpu: "1024"
    memory: "2048"
    schedule: "0 3 * * *"
    secrets:
      - "arn:aws:secretsmanager:us-east-1:123456789012:secret:dativo/stripe-AbCdEf"
  region: us-east-1
  tags:
    job_name: stripe-etl
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
    owner: jane
`

function policyOf(text: string): PlatformPolicy {
  const read = parsePolicy('policy/dativo.yaml', Buffer.from(text), 'the workspace')
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join('\n'))
  return read.policy
}

const policy = policyOf(POLICY)

function check(text: string, platformPolicy: PlatformPolicy = policy): string[] {
  const result = validateConfigBytes('jobs/job.yaml', Buffer.from(text), {
    defaultTags: {},
    platformPolicy,
  })
  return brief(result.findings)
}

function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range?.line}:${f.range?.column} [${f.rule}] ${f.message}`)
}

/** The job in production: its environment tag and the top-level environment. */
function inProd(text: string): string {
  return text.replaceAll('environment: dev', 'environment: prod')
}

function edit(from: string, to: string, text = JOB): string {
  expect(text).toContain(from)
  return text.replace(from, to)
}

describe('a config within the policy', () => {
  it('has no findings', () => {
    expect(check(JOB)).toEqual([])
  })

  it('is as valid without a policy as before: the checks run only with one', () => {
    const bad = edit('cost_center: data-platform', 'cost_center: marketing-x')
    expect(check(bad)).toHaveLength(1)
    const plain = validateConfigBytes('jobs/job.yaml', Buffer.from(bad), { defaultTags: {} })
    expect(plain.findings).toEqual([])
  })
})

describe('each rule, at the line of the value it forbids', () => {
  it('refuses a provider, runtime and region outside the lists', () => {
    const text = edit('provider: aws', 'provider: azure')
      .replace('type: aws_fargate', 'type: azure_container_apps')
      .replace('region: us-east-1', 'region: eastus')
    expect(check(text)).toEqual(
      expect.arrayContaining([
        "8:13 [platform-policy] Provider 'azure' is not allowed by the policy (providers: 'aws', 'gcp')",
        "10:11 [platform-policy] Runtime type 'azure_container_apps' is not allowed by the policy (runtimes: 'aws_fargate', 'gcp_cloud_run')",
      ]),
    )
    expect(check(edit('region: us-east-1', 'region: eu-west-1'))).toEqual([
      "17:11 [platform-policy] Region 'eu-west-1' is not allowed for aws by the policy (regions.aws: 'us-east-1')",
    ])
  })

  it('refuses an image from elsewhere, a look-alike repository, and Docker Hub shorthand', () => {
    for (const image of [
      'docker.io/evil/exfil:latest',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo-evil/etl:1',
      'evil/exfil',
    ]) {
      expect(
        check(
          edit('"123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo/etl:1.1.0"', `"${image}"`),
        ),
      ).toEqual([
        `11:12 [platform-policy] Image '${image}' (${parseImage(image)!.repository}) is not from a registry or repository the policy allows (images.repositories: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo', 'docker.io/library/python')`,
      ])
    }
    expect(
      check(edit('"123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo/etl:1.1.0"', 'python:3.12')),
    ).toEqual([])
  })

  it('requires a digest in the environment whose rules say so', () => {
    const prod = inProd(JOB)
    expect(check(prod)).toEqual([
      "11:12 [platform-policy] Image '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo/etl:1.1.0' is not pinned by digest, which the policy requires (environments.prod.images.require_digest): write 123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo/etl@sha256:<digest>",
    ])
    const pinned = edit(':1.1.0"', `@sha256:${'a'.repeat(64)}"`, prod)
    expect(check(pinned)).toEqual([])
  })

  it("refuses a wildcard secret, at the secret's line, with the allowed prefixes", () => {
    const text = edit(
      'secret:dativo/stripe-AbCdEf"',
      'secret:dativo/stripe-AbCdEf"\n      - "arn:aws:secretsmanager:us-east-1:123456789012:secret:*"',
    )
    expect(check(text)).toEqual([
      "17:9 [platform-policy] Secret 'arn:aws:secretsmanager:us-east-1:123456789012:secret:*' is outside the allowed prefixes 'arn:aws:secretsmanager:us-east-1:123456789012:secret:dativo/' (secrets.aws)",
    ])
  })

  it('asks a GCP secret to name its project', () => {
    const gcp = edit('provider: aws', 'provider: gcp')
      .replace('type: aws_fargate', 'type: gcp_cloud_run')
      .replace('region: us-east-1', 'region: us-central1')
      .replace('"123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo/etl:1.1.0"', 'python:3.12')
      .replace('cpu: "1024"', 'cpu: "1"')
      .replace('memory: "2048"', 'memory: "2Gi"')
      .replace(
        '"arn:aws:secretsmanager:us-east-1:123456789012:secret:dativo/stripe-AbCdEf"',
        'stripe',
      )
    expect(check(gcp)).toEqual([
      "16:9 [platform-policy] Secret 'stripe' does not name its project, so the policy (secrets.gcp) cannot tell whose it is: write projects/<project>/secrets/stripe",
    ])
    expect(check(gcp.replace('- stripe', '- projects/acme/secrets/dativo-stripe'))).toEqual([])
    expect(check(gcp.replace('- stripe', '- projects/other/secrets/dativo-stripe'))).toHaveLength(1)
  })

  it('refuses a bucket the policy does not name, and one it names only prefixes of', () => {
    expect(check(edit('bucket: acme-data-lake', 'bucket: acme-finance'))).toEqual([
      "6:15 [platform-policy] S3 bucket 'acme-finance' is not one the policy lets jobs use (storage.s3_buckets: 'acme-data-lake', 'acme-shared/dativo/')",
    ])
    expect(check(edit('bucket: acme-data-lake', 'bucket: acme-shared'))).toEqual([
      "6:15 [platform-policy] S3 bucket 'acme-shared': the policy allows only 'acme-shared/dativo/' in it (storage.s3_buckets), and the runtime module grants the whole bucket; use a bucket the policy names, or a root of your own that grants only those prefixes",
    ])
  })

  it('refuses 64 vCPU, too much memory and too many replicas, in each runtime’s own unit', () => {
    const text = edit('cpu: "1024"', 'cpu: "65536"')
      .replace('memory: "2048"', 'memory: "16384"')
      .replace('    schedule', '    max_replicas: 6\n    schedule')
    expect(check(text)).toEqual([
      "12:10 [platform-policy] cpu '65536' is 64 vCPU; the policy allows at most 4 (limits.max_vcpu)",
      "13:13 [platform-policy] memory '16384' is 16 GiB; the policy allows at most 8 GiB (limits.max_memory_gib)",
      '14:19 [platform-policy] max_replicas 6 is more replicas than the policy allows (limits.max_replicas: 5)',
    ])
    expect(check(inProd(text))).toContain(
      "12:10 [platform-policy] cpu '65536' is 64 vCPU; the policy allows at most 8 (environments.prod.limits.max_vcpu)",
    )
  })

  it('refuses a schedule that starts the job more often than the shortest interval', () => {
    expect(check(edit('"0 3 * * *"', '"*/20 * * * *"'))).toEqual([
      "14:15 [platform-policy] schedule '*/20 * * * *' can start the job 20 minutes after its last start; the policy allows at most one start every 1 hour (limits.min_schedule_interval: 1h)",
    ])
    expect(check(edit('"0 3 * * *"', '"0 * * * *"'))).toEqual([])
    expect(check(edit('"0 3 * * *"', '"0 9 * * MON-FRI"'))).toEqual([])
    expect(check(edit('"0 3 * * *"', '"61 * * * *"'))).toEqual([
      "14:15 [platform-policy] schedule '61 * * * *' cannot be read to check how often it starts the job (limits.min_schedule_interval): its minute field '61' holds a value outside 0-59",
    ])
  })

  it('refuses a tag value outside its list or pattern, and a missing required tag at tags:', () => {
    const text = edit('cost_center: data-platform', 'cost_center: marketing-x')
      .replace('team: data-engineering', 'team: Data Eng')
      .replace('    owner: jane\n', '')
    expect(check(text)).toEqual([
      "18:3 [platform-policy] Missing tag 'owner', which the policy requires (tags.owner.required)",
      "20:11 [platform-policy] Tag team 'Data Eng' does not match the policy's pattern [a-z][a-z0-9-]* (tags.team.pattern)",
      "23:18 [platform-policy] Tag cost_center 'marketing-x' is not allowed by the policy (tags.cost_center.allowed: 'data-platform', 'analytics')",
    ])
  })
})

describe('schedules, images', () => {
  it.each([
    ['*/5 * * * *', 5],
    ['0 3 * * *', 1440],
    ['0,30 9-17 * * *', 30],
    ['0 23 * * *', 1440],
    ['30 23 * * 5', 7 * 1440],
    ['0 0 1 * *', 28 * 1440],
    ['0 0 29 2 *', 4 * 365 * 1440 + 1440],
    ['0 0 1 * MON', 1440],
    ['5 4 * * SUN,SAT', 1440],
  ])('%s starts at most every %i minutes', (expression, minutes) => {
    expect(shortestInterval(expression)).toEqual({ ok: true, minutes })
  })

  it('says when an expression never starts twice, and words minutes', () => {
    expect(shortestInterval('0 0 30 2 *')).toEqual({ ok: true, minutes: undefined })
    expect(describeMinutes(1500)).toBe('1 day 1 hour')
  })

  it('reads image references as registries do', () => {
    expect(parseImage('python')).toEqual({ repository: 'docker.io/library/python' })
    expect(parseImage('localhost:5000/a/b:1')).toMatchObject({
      repository: 'localhost:5000/a/b',
      tag: '1',
    })
    expect(parseImage('INDEX.docker.io/acme/x')).toMatchObject({ repository: 'docker.io/acme/x' })
    expect(parseImage('ghcr.io/Acme/x')).toBeUndefined()
    expect(parseImage('ghcr.io/acme/x@sha256:abc')).toBeUndefined()
    expect(repositoryAllowed('ghcr.io/acme-evil/x', ['ghcr.io/acme'])).toBe(false)
    expect(repositoryAllowed('ghcr.io/acme/x', ['ghcr.io/acme/'])).toBe(true)
    expect(repositoryAllowed('ghcr.io/acme/x', ['ghcr.io'])).toBe(true)
  })
})

describe('the policy file', () => {
  it('is checked against its schema, each problem at its line, sorted', () => {
    const read = parsePolicy(
      'policy/dativo.yaml',
      Buffer.from(
        'version: 2\nregions:\n  aws: us-east-1\nimages:\n  repositorys: []\ntags:\n  team:\n    pattern: "(["\nenvironments:\n  prod:\n    version: 1\n',
      ),
      'the base commit 1a2b3c4',
    )
    expect(read.ok).toBe(false)
    if (read.ok) return
    const from = ' (the policy file as the base commit 1a2b3c4 has it)'
    expect(brief(read.findings)).toEqual([
      `1:10 [policy-file] version must be '1'${from}`,
      `3:8 [policy-file] regions.aws must be a list, not a string${from}`,
      `5:3 [policy-file] Unknown key 'repositorys' in images (did you mean 'repositories'?)${from}`,
      `8:14 [policy-file] tags.team.pattern is not a regular expression: Invalid regular expression: /^(?:([)$/u: Unterminated character class${from}`,
      `11:5 [policy-file] Unknown key 'version' in environments.prod (expected one of: providers, runtimes, regions, images, secrets, storage, limits, tags, iam)${from}`,
    ])
    expect(read.problem).toBe(
      'The policy file policy/dativo.yaml is not valid (5 errors at its lines (the policy file as the base commit 1a2b3c4 has it)): no config is checked against it and no Terraform command runs until it is',
    )
  })

  it('must be a mapping that starts with its version', () => {
    const empty = parsePolicy('p.yaml', Buffer.from(''), 'the workspace')
    expect(!empty.ok && brief(empty.findings)).toEqual([
      '1:1 [yaml-empty] File is empty: a policy file is a YAML mapping (key: value pairs) starting with version: 1',
    ])
    const bare = parsePolicy('p.yaml', Buffer.from('providers: [aws]\n'), 'the workspace')
    expect(!bare.ok && brief(bare.findings)).toEqual([
      "1:1 [policy-file] Missing required key 'version' at the top level",
    ])
  })

  it('the example in examples/policy is valid and every example job passes it', () => {
    const file = 'examples/policy/dativo-policy.yaml'
    const example = policyOf(readFileSync(path.join(ROOT, file), 'utf8'))
    for (const job of [
      'stripe_customers_to_iceberg',
      'hubspot_contacts_to_iceberg',
      'postgres_orders_to_iceberg',
      'local_orders_sandbox',
    ]) {
      const config = `examples/jobs/acme/${job}.yaml`
      const result = validateConfigBytes(config, readFileSync(path.join(ROOT, config)), {
        defaultTags: {},
        platformPolicy: example,
      })
      expect(result.findings, config).toEqual([])
    }
  })

  it('is published with an $id like the job schema, for editors', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/policy.schema.json'), 'utf8'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe(
      'https://raw.githubusercontent.com/dativo/dativo-infra-action/v1/schema/policy.schema.json',
    )
  })
})
