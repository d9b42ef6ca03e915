import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { ROOT } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { copyTracked } from '../helpers/examples.js'

async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await main({
    argv,
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  })
  return { code, stdout, stderr }
}

function workspaceWith(files: Record<string, string>): string {
  const dir = tempDir('dativo-cli-')
  copyTracked('examples/jobs/acme', path.join(dir, 'jobs/acme'))
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const MISMATCH = `infrastructure:
  provider: azure
  runtime:
    type: aws_fargate
  region: eastus
  tags:
    job_name: j
    team: t
    pipeline_type: ingestion
    environment: prod
`

describe('dativo-infra validate', () => {
  it('exits 0 with a one-line total on valid configs', async () => {
    const result = await cli(['validate'], workspaceWith({}))
    expect(result).toEqual({ code: 0, stdout: ['4 configs valid'], stderr: [] })
  })

  it('prints path:line:col: severity: message [rule] per finding and exits 1', async () => {
    const dir = workspaceWith({ 'jobs/bad.yaml': MISMATCH })
    const result = await cli(['validate', 'jobs/**/*.yaml', '!jobs/acme/**'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toEqual([
      "jobs/bad.yaml:4:11: error: Runtime type 'aws_fargate' is not compatible with provider 'azure' [runtime-mismatch]",
      'jobs/bad.yaml:6:3: error: Missing required tags: cost_center [missing-required-tags]',
      '2 errors in 1 of 1 config',
    ])
  })

  it('writes GitHub annotations instead when GITHUB_ACTIONS=true', () => {
    const dir = workspaceWith({ 'jobs/bad.yaml': MISMATCH })
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), 'validate', 'jobs/bad.yaml'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' },
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      "::error title=dativo%3A runtime not compatible with provider,file=jobs/bad.yaml,line=4,endLine=4,col=11,endColumn=22::Runtime type 'aws_fargate' is not compatible with provider 'azure'",
    )
  })

  it('exits 2 on bad usage: no matching files, unknown options and commands', async () => {
    const dir = workspaceWith({})
    expect(await cli(['validate', 'nothing/**/*.yaml'], dir)).toEqual({
      code: 2,
      stdout: [],
      stderr: ["dativo-infra: 'nothing/**/*.yaml' matches no file"],
    })
    expect((await cli(['validate', '--frobnicate'], dir)).stderr).toEqual([
      "dativo-infra: validate: unknown option '--frobnicate' (a path that starts with - goes after --; see dativo-infra validate --help)",
    ])
    expect(await cli(['deploy'], dir)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        "dativo-infra: unknown command 'deploy' (expected one of: validate, tags, tfvars, resolve, run, drift)",
      ],
    })
    expect((await cli(['run', '--mode', 'aply'], dir)).stderr).toEqual([
      "dativo-infra: --mode: 'aply' is not accepted (expected one of: validate, plan, apply, resolve, drift)",
    ])
  })

  it('applies a policy schema and maps its errors to lines', async () => {
    const dir = workspaceWith({
      'policy.json': JSON.stringify({
        properties: {
          infrastructure: {
            properties: {
              tags: { properties: { team: { enum: ['data-engineering', 'analytics'] } } },
            },
          },
        },
      }),
      'jobs/other-team.yaml': `infrastructure:
  provider: local
  runtime: { type: local }
  region: local
  tags:
    job_name: j
    team: marketing
    pipeline_type: ingestion
    environment: prod
    cost_center: cc
`,
    })
    const result = await cli(['validate', '--schema', 'policy.json'], dir)
    expect(result.stdout).toEqual([
      "jobs/other-team.yaml:7:11: error: infrastructure.tags.team must be one of: data-engineering, analytics (found 'marketing') [policy]",
      '1 error in 1 of 5 configs',
    ])
  })

  it('has help for every command', async () => {
    const dir = workspaceWith({})
    for (const command of ['validate', 'tags', 'run']) {
      const result = await cli([command, '--help'], dir)
      expect(result.code).toBe(0)
      expect(result.stdout[0]).toMatch(new RegExp(`^Usage: dativo-infra ${command}`))
    }
  })
})

describe('dativo-infra tags', () => {
  it("prints the module's final tags for the config's own cloud", async () => {
    const result = await cli(
      ['tags', 'jobs/acme/stripe_customers_to_iceberg.yaml'],
      workspaceWith({}),
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout.join('\n'))).toEqual({
      CostCenter: 'data-platform',
      DativoRuntime: 'aws_fargate',
      Environment: 'prod',
      JobName: 'stripe-customers-etl',
      ManagedBy: 'terraform',
      PipelineType: 'ingestion',
      Project: 'dativo-platform',
      Team: 'data-engineering',
    })
  })

  it('converts for another cloud with --cloud and merges default tags', async () => {
    const result = await cli(
      [
        'tags',
        'jobs/acme/stripe_customers_to_iceberg.yaml',
        '--cloud',
        'gcp',
        '--default-tags',
        'owner: Ops.Team',
      ],
      workspaceWith({}),
    )
    expect(JSON.parse(result.stdout.join('\n'))).toMatchObject({
      cost_center: 'data-platform',
      dativo_runtime: 'gcp_cloud_run',
      owner: 'ops_team',
    })
  })

  it('refuses an invalid config, printing why', async () => {
    const dir = workspaceWith({ 'bad.yaml': MISMATCH })
    const result = await cli(['tags', 'bad.yaml'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr[0]).toBe(
      "bad.yaml:4:11: error: Runtime type 'aws_fargate' is not compatible with provider 'azure' [runtime-mismatch]",
    )
  })
})

describe('dativo-infra tfvars', () => {
  it('prints the variables the root receives, the job over terraform-vars', async () => {
    const result = await cli(
      [
        'tfvars',
        'jobs/acme/stripe_customers_to_iceberg.yaml',
        '--terraform-vars',
        '{"vpc_id": "vpc-1", "region": "eu-west-1"}',
      ],
      workspaceWith({}),
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout.join('\n'))).toEqual({
      region: 'us-east-1',
      job_metadata: {
        job_name: 'stripe-customers-etl',
        team: 'data-engineering',
        pipeline_type: 'ingestion',
        environment: 'prod',
        cost_center: 'data-platform',
        project: 'dativo-platform',
      },
      default_tags: {},
      container_image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0',
      cpu: '1024',
      memory: '2048',
      s3_bucket_arns: ['arn:aws:s3:::acme-data-lake', 'arn:aws:s3:::acme-data-lake/*'],
      vpc_id: 'vpc-1',
    })
  })
})

describe('dativo-infra resolve', () => {
  const outputs = JSON.stringify({
    cluster_name: { value: 'stripe-customers-etl-prod-cluster', type: 'string', sensitive: false },
    task_definition_arn: {
      value: 'arn:aws:ecs:us-east-1:1:task-definition/x:1',
      type: 'string',
      sensitive: false,
    },
    password: { value: 'hunter22', type: 'string', sensitive: true },
  })

  it('prints the resolved config, or writes it in place with --write', async () => {
    const dir = workspaceWith({ 'outputs.json': outputs })
    const config = 'jobs/acme/stripe_customers_to_iceberg.yaml'
    const before = readFileSync(path.join(dir, config), 'utf8')
    const printed = await cli(['resolve', config, '--outputs', 'outputs.json'], dir)
    expect(printed.code).toBe(0)
    expect(printed.stdout.join('\n') + '\n').toBe(
      before
        .replace(
          'cluster_name: "{{terraform_outputs.cluster_name}}"',
          'cluster_name: "stripe-customers-etl-prod-cluster" # {{terraform_outputs.cluster_name}}',
        )
        .replace(
          'task_definition_arn: "{{terraform_outputs.task_definition_arn}}"',
          'task_definition_arn: "arn:aws:ecs:us-east-1:1:task-definition/x:1" # {{terraform_outputs.task_definition_arn}}',
        ),
    )
    expect(readFileSync(path.join(dir, config), 'utf8')).toBe(before)

    const written = await cli(['resolve', config, '--outputs', 'outputs.json', '--write'], dir)
    expect(written).toEqual({ code: 0, stdout: [], stderr: [`wrote ${config}`] })
    expect(readFileSync(path.join(dir, config), 'utf8')).toBe(printed.stdout.join('\n') + '\n')
    expect(
      (await cli(['resolve', config, '--outputs', 'outputs.json', '--write'], dir)).stderr,
    ).toEqual([`${config}: nothing to change`])
  })

  it('refuses a sensitive output at its placeholder and changes nothing', async () => {
    const dir = workspaceWith({
      'outputs.json': outputs,
      'job.yaml':
        'infrastructure:\n  resource_identifiers:\n    db: "{{terraform_outputs.password}}"\n',
    })
    const result = await cli(['resolve', 'job.yaml', '--outputs', 'outputs.json', '--write'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toEqual([
      "job.yaml:3:10: error: Terraform output 'password' is sensitive: it is not written into a config unless allow-sensitive-outputs is true [sensitive-output]",
      'job.yaml: nothing written, because of the 1 error above: the file is resolved whole or not at all',
    ])
    expect(result.stderr.join('\n')).not.toContain('hunter22')
    expect(readFileSync(path.join(dir, 'job.yaml'), 'utf8')).toBe(
      'infrastructure:\n  resource_identifiers:\n    db: "{{terraform_outputs.password}}"\n',
    )
  })

  it('needs --outputs', async () => {
    expect((await cli(['resolve', 'x.yaml'], workspaceWith({}))).code).toBe(2)
  })
})
