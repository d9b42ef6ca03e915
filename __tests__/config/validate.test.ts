import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/document.js'
import { validateConfigBytes } from '../../src/config/validate.js'
import type { Finding } from '../../src/findings.js'

const VALID = `tenant_id: acme
environment: prod
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
  region: us-east-1
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
  tags:
    job_name: stripe-customers-etl
    team: data-engineering
    pipeline_type: ingestion
    environment: prod
    cost_center: data-platform
`

function validate(text: string | Uint8Array, defaultTags: Record<string, string> = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  return validateConfigBytes('jobs/job.yaml', bytes, { defaultTags })
}

/** `line:col severity [rule] message` — what a person reads, in a form tests can compare. */
function brief(findings: Finding[]): string[] {
  return findings.map(
    (f) =>
      `${f.range?.line}:${f.range?.column} ${f.severity} [${f.rule}] ${f.message}${f.hint ? ` (hint: ${f.hint})` : ''}`,
  )
}

function edit(from: string, to: string): string {
  expect(VALID).toContain(from)
  return VALID.replace(from, to)
}

describe('a valid config', () => {
  it('has no findings and yields the job for later stages', () => {
    const result = validate(VALID)
    expect(result.findings).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.job).toMatchObject({
      jobName: 'stripe-customers-etl',
      environment: 'prod',
      provider: 'aws',
      region: 'us-east-1',
      placeholders: ['cluster_name'],
    })
  })
})

describe('the contract rules, with their exact messages at the exact node', () => {
  it('lists every missing required tag in the contract order at the tags key', () => {
    const text = edit('    team: data-engineering\n', '').replace(
      '    cost_center: data-platform\n',
      '',
    )
    expect(brief(validate(text).findings)).toEqual([
      '10:3 error [missing-required-tags] Missing required tags: team, cost_center',
    ])
  })

  it('names all five tags when the tags mapping is missing', () => {
    const text = VALID.slice(0, VALID.indexOf('  tags:'))
    expect(brief(validate(text).findings)).toEqual([
      '3:1 error [missing-required-tags] Missing required tags: job_name, team, pipeline_type, environment, cost_center',
    ])
  })

  it('refuses a runtime of another provider at the runtime type', () => {
    const text = edit('provider: aws', 'provider: azure').replace(
      'region: us-east-1',
      'region: eastus',
    )
    expect(brief(validate(text).findings)).toEqual([
      "6:11 error [runtime-mismatch] Runtime type 'aws_fargate' is not compatible with provider 'azure'",
    ])
  })

  it('quotes the malformed fragment of a placeholder, at its own columns', () => {
    const text = edit('"{{terraform_outputs.cluster_name}}"', '"{terraform_outputs.cluster_name}"')
    const [finding] = validate(text).findings
    expect(brief([finding!])).toEqual([
      "9:20 error [malformed-placeholder] Malformed Terraform output placeholder: '{terraform_outputs.cluster_name}' (expected {{terraform_outputs.NAME}}) (hint: did you mean '{{terraform_outputs.cluster_name}}'?)",
    ])
    expect(finding!.range).toEqual({ line: 9, column: 20, endLine: 9, endColumn: 52 })
  })

  it('finds malformed placeholders anywhere in the document, not only in infrastructure', () => {
    const text = VALID + 'notes:\n  - "see {{ terraform_outputs.cluster_name }"\n'
    expect(brief(validate(text).findings)).toEqual([
      "17:10 error [malformed-placeholder] Malformed Terraform output placeholder: '{{ terraform_outputs.cluster_name }' (expected {{terraform_outputs.NAME}}) (hint: did you mean '{{terraform_outputs.cluster_name}}'?)",
    ])
  })

  it('says an unquoted placeholder is read as a mapping and must be quoted', () => {
    const text = edit('"{{terraform_outputs.cluster_name}}"', '{{terraform_outputs.cluster_name}}')
    expect(brief(validate(text).findings)).toEqual([
      '9:19 error [malformed-placeholder] Unquoted Terraform output placeholder: {{terraform_outputs.cluster_name}} is read by YAML as a mapping; quote it: "{{terraform_outputs.cluster_name}}"',
    ])
  })

  it('accepts placeholders with spaces and several in one string', () => {
    const text = edit(
      '"{{terraform_outputs.cluster_name}}"',
      '"{{ terraform_outputs.cluster_name }}/{{terraform_outputs.service-name}}"',
    )
    const result = validate(text)
    expect(result.findings).toEqual([])
    expect(result.job?.placeholders.sort()).toEqual(['cluster_name', 'service-name'])
  })

  it('names an unknown provider and the accepted ones', () => {
    expect(brief(validate(edit('provider: aws', 'provider: aws2')).findings)).toEqual([
      "4:13 error [unknown-provider] Unknown provider 'aws2' (expected one of: aws, azure, gcp, local)",
    ])
  })

  it('names an unknown runtime type without also calling it incompatible', () => {
    expect(brief(validate(edit('type: aws_fargate', 'type: fargate')).findings)).toEqual([
      "6:11 error [unknown-runtime] Unknown runtime type 'fargate' (expected one of: aws_fargate, azure_container_apps, gcp_cloud_run, local)",
    ])
  })
})

describe('other rules', () => {
  it('points at a misspelt key and suggests the right one', () => {
    expect(brief(validate(edit('  region: us-east-1', '  regoin: us-east-1')).findings)).toEqual([
      "3:1 error [missing-key] Missing required key 'region' in infrastructure",
      "7:3 error [unknown-key] Unknown key 'regoin' in infrastructure (did you mean 'region'?)",
    ])
  })

  it('says an unquoted number tag must be quoted, showing what was written', () => {
    const text = VALID + '    version: 1.0\n'
    expect(brief(validate(text).findings)).toEqual([
      `16:14 error [tag-value] Tag 'version' must be a string, but 1.0 is read as a number: quote it (version: "1.0")`,
    ])
  })

  it('warns about values a YAML 1.1 reader would not read as strings', () => {
    const text = VALID + '    critical: yes\n'
    expect(brief(validate(text).findings)).toEqual([
      `16:15 warning [tag-value] Tag 'critical': yes is read as boolean by YAML 1.1 readers (such as Dativo's): quote it (critical: "yes")`,
    ])
    expect(validate(text).valid).toBe(true)
  })

  it('requires lowercase_underscore tag keys, at the key', () => {
    const text = VALID + '    CostCentre: x\n'
    expect(brief(validate(text).findings)).toEqual([
      "16:5 error [tag-key] Tag key 'CostCentre' must be lowercase_underscore (a-z, 0-9 and _, starting with a letter), e.g. 'cost_centre'",
    ])
  })

  it('checks the region against the provider', () => {
    expect(brief(validate(edit('region: us-east-1', 'region: eastus')).findings)).toEqual([
      "7:11 error [region] Region 'eastus' does not look like an AWS region (e.g. us-east-1, eu-west-2)",
    ])
  })

  it('refuses a job name that makes an IAM role name too long', () => {
    const name = 'a'.repeat(50)
    const result = validate(edit('job_name: stripe-customers-etl', `job_name: ${name}`))
    expect(brief(result.findings)).toEqual([
      `11:15 error [resource-name] job_name '${name}' is too long for aws_fargate: the IAM execution role name '${name}-prod-execution' would be 65 characters (at most 64); shorten job_name or environment by 1`,
    ])
  })

  it('refuses characters a Container App name cannot hold, naming the cause', () => {
    const text = edit('provider: aws', 'provider: azure')
      .replace('type: aws_fargate', 'type: azure_container_apps')
      .replace('region: us-east-1', 'region: eastus')
      .replace('job_name: stripe-customers-etl', 'job_name: Stripe_ETL')
    expect(brief(validate(text).findings)).toEqual([
      "11:15 error [resource-name] job_name 'Stripe_ETL' cannot be used in azure_container_apps resource names: the Container App (job) name 'Stripe_ETL-prod' may only hold lowercase letters, digits and single '-', starting with a letter and ending with a letter or digit",
    ])
  })

  it('reports a GCP label value that changes as a warning and one that cannot fit as an error', () => {
    const gcp = edit('provider: aws', 'provider: gcp')
      .replace('type: aws_fargate', 'type: gcp_cloud_run')
      .replace('region: us-east-1', 'region: us-central1')
    const text = gcp + `    owner: Jane.Doe@acme.com\n    description: "${'x'.repeat(64)}"\n`
    expect(brief(validate(text).findings)).toEqual([
      "16:12 warning [tag-conversion] Tag 'owner': the value 'Jane.Doe@acme.com' becomes 'jane_doe_acme_com' on GCP (labels hold only lowercase letters, digits, '_' and '-')",
      "17:18 error [tag-value] Tag 'description': the value is 64 characters long; GCP allows at most 63",
    ])
  })

  it('refuses AWS tag characters the cloud rejects', () => {
    const text = VALID + '    owner: "ops#1!"\n'
    expect(brief(validate(text).findings)).toEqual([
      `16:12 error [tag-value] Tag 'owner': the value holds characters AWS does not allow in tags ("#", "!"); allowed are letters, digits, spaces and _ . : / = + - @`,
    ])
  })

  it('reports default tags that collide with a job tag after conversion', () => {
    const result = validate(VALID, { cost__center: 'finance' })
    expect(brief(result.findings)).toEqual([
      "10:3 error [tag-key] Default tag 'cost__center' (from the default-tags input) and tag 'cost_center' both become 'CostCenter' on AWS: rename one of them",
    ])
  })

  it('warns when the tag environment differs from the top-level one', () => {
    const text = edit('    environment: prod\n', '    environment: production\n')
    expect(brief(validate(text).findings)).toEqual([
      "14:18 warning [environment-mismatch] Tag environment 'production' differs from the job's environment 'prod' (line 2): resources will be named and tagged 'production'",
    ])
  })

  it('allows unknown top-level keys but types the known ones', () => {
    const text = VALID.replace('tenant_id: acme', 'tenant_id: [acme]') + 'owner_notes: anything\n'
    expect(brief(validate(text).findings)).toEqual([
      '1:12 error [wrong-type] tenant_id must be a string, not a list',
    ])
  })

  it('skips a config without an infrastructure section with a notice', () => {
    const result = validate('tenant_id: acme\nsource_connector: stripe\n')
    expect(result.skipped).toBe(true)
    expect(result.valid).toBe(true)
    expect(brief(result.findings)).toEqual([
      '1:1 notice [no-infrastructure] No infrastructure section: nothing to provision, the config is skipped',
    ])
  })

  it('finds keys brought in by a merge key at their anchored definition', () => {
    const text = `defaults: &defaults
  team: data-engineering
  cost_center: 42
infrastructure:
  provider: aws
  runtime: { type: aws_fargate }
  region: us-east-1
  tags:
    <<: *defaults
    job_name: j
    pipeline_type: ingestion
    environment: prod
`
    expect(brief(validate(text).findings)).toEqual([
      `3:16 error [tag-value] Tag 'cost_center' must be a string, but 42 is read as a number: quote it (cost_center: "42")`,
    ])
  })
})

describe('YAML problems are findings at their place, never a crash', () => {
  it('reports a syntax error at its line', () => {
    expect(
      brief(validate('infrastructure:\n  provider: aws\n  region: [us-east-1\n').findings),
    ).toEqual([
      '4:1 error [yaml-syntax] YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]',
    ])
    expect(brief(validate('a:\n\t- b\n').findings)).toEqual([
      '2:1 error [yaml-syntax] YAML syntax error: tabs are not allowed as indentation',
    ])
  })

  it('reports a duplicate key at the second one, naming the first line', () => {
    const text = edit('  region: us-east-1\n', '  region: us-east-1\n  region: us-west-2\n')
    expect(brief(validate(text).findings)).toEqual([
      "8:3 error [yaml-duplicate-key] Duplicate key 'region' (first defined on line 7): remove one of them",
    ])
  })

  it('refuses a root that is not a mapping', () => {
    expect(brief(validate('- a\n- b\n').findings)).toEqual([
      '1:1 error [yaml-root] A job config must be a mapping (key: value pairs) at the top level, not a list',
    ])
    expect(brief(validate('just text\n').findings)).toEqual([
      '1:1 error [yaml-root] A job config must be a mapping (key: value pairs) at the top level, not a plain string',
    ])
  })

  it('refuses an empty or comment-only file', () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      expect(brief(validate(text).findings)).toEqual([
        '1:1 error [yaml-empty] File is empty: a job config is a YAML mapping (key: value pairs) with an infrastructure section',
      ])
    }
  })

  it('locates the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\nbé: '),
      Buffer.from([0xff, 0x41]),
      Buffer.from('\n'),
    ])
    expect(brief(validate(bytes).findings)).toEqual([
      '2:5 error [yaml-encoding] File is not valid UTF-8: byte 0xFF at line 2, column 5 cannot be decoded (save the file as UTF-8)',
    ])
  })

  it('names UTF-16 for what it is', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')])
    expect(brief(validate(bytes).findings)).toEqual([
      '1:1 error [yaml-encoding] File is UTF-16: save it as UTF-8',
    ])
  })

  it('notes a UTF-8 byte order mark and keeps it out of the text', () => {
    const parsed = parseConfig('jobs/job.yaml', Buffer.from('\uFEFFa: 1\n', 'utf8'))
    expect(parsed.ok && parsed.config.bom).toBe(true)
    expect(parsed.ok && parsed.config.text).toBe('a: 1\n')
  })

  it('reads a UTF-8 byte order mark without shifting columns', () => {
    const result = validate('\uFEFF' + edit('provider: aws', 'provider: aws2'))
    expect(brief(result.findings)).toEqual([
      "4:13 error [unknown-provider] Unknown provider 'aws2' (expected one of: aws, azure, gcp, local)",
    ])
  })

  it('stops an alias bomb at the first alias', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(',')}]`,
      )
    const text = lines.join('\n') + '\n'
    expect(brief(validate(text).findings)).toEqual([
      '2:10 error [yaml-alias] Aliases expand to too much data (more than 100 expansions): write the values out instead of nesting aliases',
    ])
  })

  it('refuses deep nesting at the first node past the limit', () => {
    const text = 'a: ' + '['.repeat(70) + ']'.repeat(70) + '\n'
    const [finding] = validate(text).findings
    expect(finding).toMatchObject({
      rule: 'yaml-depth',
      message: 'Nesting is too deep (more than 64 levels)',
    })
    expect(finding!.range).toMatchObject({ line: 1, column: 67 })
  })

  it('refuses absurd nesting before parsing it', () => {
    const text = 'a: ' + '['.repeat(500_000)
    const [finding] = validate(text).findings
    // At the 1001st bracket, where the scan before the parser stops: the parser's own check
    // would have named the first node past 64 levels (column 67, as above).
    expect(finding).toMatchObject({ rule: 'yaml-depth', range: { line: 1, column: 1004 } })
  })

  it('refuses a file over the size limit without reading it as YAML', () => {
    const text = 'a: "' + 'x'.repeat(1024 * 1024) + '"\n'
    expect(brief(validate(text).findings)).toEqual([
      '1:1 error [yaml-size] File is too large: 1.0 MiB (a job config may be at most 1.0 MiB)',
    ])
  })

  it('refuses a second document', () => {
    expect(brief(validate(VALID + '---\nother: 1\n').findings)).toEqual([
      '16:1 error [yaml-multi-document] More than one YAML document in the file: a job config is a single document (remove the extra ---)',
    ])
  })
})

describe('cloud limits the modules would meet only at apply', () => {
  const azure = (runtime: string, tags = '') =>
    VALID.replace('provider: aws', 'provider: azure')
      .replace('    type: aws_fargate\n', `    type: azure_container_apps\n${runtime}`)
      .replace('region: us-east-1', 'region: eastus') + tags
  const gcp = (runtime: string, tags = '') =>
    VALID.replace('provider: aws', 'provider: gcp')
      .replace('    type: aws_fargate\n', `    type: gcp_cloud_run\n${runtime}`)
      .replace('region: us-east-1', 'region: us-central1') + tags

  it('refuses an Azure tag value over 256 characters and a tag name Azure cannot hold', () => {
    const result = validate(azure('', `    notes: "${'x'.repeat(257)}"\n`), {
      'owner/team': 'data',
      'a<b': 'c',
    })
    expect(brief(result.findings)).toEqual([
      "10:3 error [tag-key] Default tag 'a<b' (from the default-tags input): Azure tag names cannot hold < > % & \\ ? /",
      "10:3 error [tag-key] Default tag 'owner/team' (from the default-tags input): Azure tag names cannot hold < > % & \\ ? /",
      "16:12 error [tag-value] Tag 'notes': the value is 257 characters long; Azure allows at most 256",
    ])
    expect(validate(azure('', `    notes: "${'x'.repeat(256)}"\n`)).findings).toEqual([])
  })

  it('refuses a GCP label key that does not start with a lowercase letter', () => {
    const result = validate(gcp(''), { '2fa': 'required', team_lead: 'jane' })
    expect(brief(result.findings)).toEqual([
      "10:3 error [tag-key] Default tag '2fa' (from the default-tags input): GCP label keys must start with a lowercase letter, and '2fa' does not, so it cannot be a label: rename it",
    ])
  })

  it('warns that a GCP label with an empty value is not applied', () => {
    expect(brief(validate(gcp('', '    notes: ""\n')).findings)).toEqual([
      "16:12 warning [tag-value] Tag 'notes': the value is empty, and the google provider drops labels with empty values: it is not applied on GCP",
    ])
  })

  it("refuses Azure Container Apps' cpu and memory pairs that do not exist", () => {
    expect(brief(validate(azure('    cpu: "1.0"\n    memory: "3Gi"\n')).findings)).toEqual([
      `8:13 error [runtime] memory '3Gi' does not go with cpu 1: cpu 1 takes memory "2Gi" on Azure Container Apps, which gives a replica twice its cores in Gi`,
    ])
    expect(brief(validate(azure('    cpu: 1.5\n')).findings)).toEqual([
      `7:10 error [runtime] cpu 1.5 takes memory "3Gi" on Azure Container Apps, which gives a replica twice its cores in Gi (memory defaults to "1Gi"): set memory`,
    ])
    expect(brief(validate(azure('    cpu: "4.5"\n    memory: "9Gi"\n')).findings)).toEqual([
      `7:10 error [runtime] cpu '4.5' is not offered by Azure Container Apps: 0.25 to 4 cores in steps of 0.25, e.g. "0.5" or "1.0"`,
    ])
    expect(brief(validate(azure('    cpu: "0.75"\n    memory: 2048\n')).findings)).toEqual([
      `8:13 error [runtime] memory 2048 is not a Container Apps memory size: write it in Gi, e.g. "1.5Gi"`,
    ])
    expect(validate(azure('    cpu: "0.75"\n    memory: "1.5Gi"\n')).findings).toEqual([])
  })

  it('refuses Cloud Run cpu and memory pairs and task timeouts that do not exist', () => {
    expect(brief(validate(gcp('    cpu: "3"\n')).findings)).toEqual([
      "7:10 error [runtime] cpu '3' is not offered by Cloud Run to the gcp_cloud_run module: use 1, 2, 4, 6 or 8 (less than one CPU needs request-based billing and concurrency 1, which the module does not set)",
    ])
    expect(brief(validate(gcp('    cpu: "2"\n    memory: "16Gi"\n')).findings)).toEqual([
      "8:13 error [runtime] memory '16Gi' does not go with cpu 2 on Cloud Run: 2 CPUs take 512Mi to 8Gi",
    ])
    expect(brief(validate(gcp('    cpu: 4\n')).findings)).toEqual([])
    expect(brief(validate(gcp('    cpu: 8\n    memory: "2Gi"\n')).findings)).toEqual([
      "8:13 error [runtime] memory '2Gi' does not go with cpu 8 on Cloud Run: 8 CPUs take 4Gi to 32Gi",
    ])
    expect(brief(validate(gcp('    timeout: "1h"\n')).findings)).toEqual([
      '7:14 error [invalid-value] infrastructure.runtime.timeout \'1h\' is not valid: timeout must be a duration in seconds with an s, e.g. "3600s"',
    ])
    expect(brief(validate(gcp('    timeout: "604801s"\n')).findings)).toEqual([
      "7:14 error [runtime] timeout '604801s' is not one Cloud Run jobs accept: more than 0s and at most 604800s (168 hours)",
    ])
    expect(brief(validate(gcp('    workload: service\n    timeout: "60s"\n')).findings)).toEqual([
      '8:14 error [runtime] timeout limits a batch job\'s task; a service has none: remove it or use workload "batch"',
    ])
    const ok = validate(gcp('    cpu: "2"\n    memory: "8Gi"\n    timeout: "86400s"\n'))
    expect(ok.findings).toEqual([])
    expect(ok.job?.runtime.timeout).toBe('86400s')
  })

  it('refuses a timeout on runtimes that have none, and one AWS batch runs cannot take', () => {
    const local = VALID.replace('provider: aws', 'provider: local')
      .replace('type: aws_fargate', 'type: local\n    timeout: "60s"')
      .replace('region: us-east-1', 'region: local')
    expect(brief(validate(local).findings)).toEqual([
      '7:14 error [runtime] timeout is a setting of the gcp_cloud_run and aws_fargate runtimes; the local module has none',
    ])
    const aws = (runtime: string) =>
      brief(validate(edit('    type: aws_fargate\n', `    type: aws_fargate\n${runtime}`)).findings)
    expect(aws('    timeout: "7200s"\n')).toEqual([])
    expect(aws('    timeout: "1.5s"\n')).toEqual([
      "7:14 error [runtime] timeout '1.5s' is not one the aws_fargate module takes: whole seconds from 1s to 604800s (168 hours)",
    ])
    expect(aws('    timeout: "604801s"\n')).toEqual([
      "7:14 error [runtime] timeout '604801s' is not one the aws_fargate module takes: whole seconds from 1s to 604800s (168 hours)",
    ])
    expect(aws('    workload: service\n    timeout: "60s"\n')).toEqual([
      '8:14 error [runtime] timeout limits a batch run; a service has none: remove it or use workload "batch"',
    ])
  })

  it('refuses an AWS service that starts with no task, which CPU scaling can never wake', () => {
    const text = edit(
      '    type: aws_fargate\n',
      '    type: aws_fargate\n    workload: service\n    min_replicas: 0\n    max_replicas: 3\n',
    )
    expect(brief(validate(text).findings)).toEqual([
      '8:19 error [runtime] An ECS service with min_replicas 0 can never scale out from zero: it scales on CPU, and with no task running there is none to measure; set min_replicas to 1 or more',
    ])
  })
})

describe('a key a typo away from a known one', () => {
  it('is an error at the top-level key, saying which key it most likely is', () => {
    for (const [typo, meant] of [
      ['infrastucture:', 'infrastructure'],
      ['Infrastructure:', 'infrastructure'],
    ]) {
      const result = validate(edit('infrastructure:', typo!))
      expect(brief(result.findings), typo).toEqual([
        `3:1 error [unknown-key] Unknown key '${typo!.slice(0, -1)}' at the top level (did you mean '${meant}'?)`,
      ])
      // A misspelt section is no config without infrastructure: nothing is skipped.
      expect(result.skipped).toBe(false)
      expect(result.valid).toBe(false)
    }
    expect(brief(validate(edit('environment: prod\n', 'enviroment: prod\n')).findings)).toEqual([
      "2:1 error [unknown-key] Unknown key 'enviroment' at the top level (did you mean 'environment'?)",
    ])
  })

  it('is an error in the infrastructure section too, where every key is known', () => {
    const text = edit('  tags:', '  tag:').replace('resource_identifiers:', 'resource_identifers:')
    expect(brief(validate(text).findings)).toEqual([
      '3:1 error [missing-required-tags] Missing required tags: job_name, team, pipeline_type, environment, cost_center',
      "8:3 error [unknown-key] Unknown key 'resource_identifers' in infrastructure (did you mean 'resource_identifiers'?)",
      "10:3 error [unknown-key] Unknown key 'tag' in infrastructure (did you mean 'tags'?)",
    ])
  })

  it('leaves other unknown top-level keys allowed', () => {
    const result = validate(
      `${VALID}notes: nightly\nowner: data-platform\nschedule_hint: "0 3 * * *"\n`,
    )
    expect(result.findings).toEqual([])
  })
})
