// The committed dist/cli.js as a newcomer meets it at a terminal: words in the CLI's terms, one
// notice per cause, a log that says whose it is (and --quiet), argument errors that point the
// right way, `resolve --write` that says why it wrote nothing, and `validate` taking a file
// outside the repository as `tags` does.
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.js'
import { trackedText } from '../helpers/examples.js'
import { tempDir } from '../helpers/temp.js'

const CLI = path.join(ROOT, 'dist/cli.js')
const SANDBOX = trackedText('examples/jobs/acme/local_orders_sandbox.yaml')
const AWS = trackedText('examples/jobs/acme/stripe_customers_to_iceberg.yaml')

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Data Engineer',
  GIT_AUTHOR_EMAIL: 'de@example.com',
  GIT_COMMITTER_NAME: 'Data Engineer',
  GIT_COMMITTER_EMAIL: 'de@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

/** Runs the CLI without blocking this worker, which must keep answering Vitest meanwhile. */
function cli(
  args: string[],
  cwd: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...GIT_ENV },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
    )
  })
}

function sandbox(name: string): string {
  return SANDBOX.replace('job_name: orders-sandbox', `job_name: ${name}`)
}

/** A repository with these files, committed on main. */
function repository(files: Record<string, string>): string {
  const dir = tempDir('dativo-newcomer-')
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  execFileSync('git', ['add', '-A'], { cwd: dir })
  execFileSync('git', ['commit', '-qm', 'jobs'], { cwd: dir, env: { ...process.env, ...GIT_ENV } })
  return dir
}

describe('three sandbox jobs planned at a terminal', () => {
  let dir: string
  let loud: Awaited<ReturnType<typeof cli>>
  let quiet: Awaited<ReturnType<typeof cli>>
  beforeAll(async () => {
    dir = repository({
      'jobs/a.yaml': sandbox('sandbox-01'),
      'jobs/b.yaml': sandbox('sandbox-02'),
      'jobs/c.yaml': sandbox('sandbox-03'),
    })
    // vpc_id is an AWS variable: the sandbox module declares no such variable.
    const args = ['run', '--mode', 'plan', '--terraform-vars', '{"vpc_id": "vpc-1"}']
    loud = await cli(args, dir)
    quiet = await cli([...args, '--quiet'], dir)
  }, 180_000)

  it('gives one notice for a cause that every job shares, naming the jobs', () => {
    expect(loud.status, loud.stderr).toBe(0)
    const notices = loud.stderr.split('\n').filter((line) => line.includes('Not passed'))
    expect(notices).toEqual([
      'notice: Not passed to Terraform, the local module declares no such variable: vpc_id (jobs sandbox-01, sandbox-02, sandbox-03)',
    ])
  })

  it("heads each job's Terraform log with the job's name", () => {
    const lines = loud.stderr.split('\n')
    for (const [file, name] of [
      ['jobs/a.yaml', 'sandbox-01'],
      ['jobs/b.yaml', 'sandbox-02'],
      ['jobs/c.yaml', 'sandbox-03'],
    ]) {
      const header = lines.indexOf(`== Terraform plan: ${name} (${file})`)
      expect(header, loud.stderr).toBeGreaterThan(-1)
      // Its log follows: the job's own state and plan, before the next header.
      const next = lines.findIndex((line, i) => i > header && line.startsWith('== '))
      const block = lines.slice(header + 1, next < 0 ? undefined : next).join('\n')
      expect(block).toContain(`State: .dativo/state/${name}/terraform.tfstate`)
      expect(block).toContain('Plan: 1 to add, 0 to change, 0 to destroy.')
    }
  })

  it('prints with --quiet no Terraform log: the findings, each job start and end, the totals', () => {
    expect(quiet.status, quiet.stderr).toBe(0)
    expect(quiet.stderr).not.toContain('Terraform will perform')
    expect(quiet.stderr).not.toContain('== ')
    const progress = quiet.stderr.split('\n').filter((line) => /^\[\d\/3\]/.test(line))
    expect(progress).toHaveLength(6)
    expect(progress).toContain('[1/3] sandbox-01: plan started')
    expect(quiet.stdout).toBe('3 configs planned: +3 ~0 -0\n')
    expect(quiet.stderr.split('\n').length).toBeLessThan(15)
    expect(loud.stderr.split('\n').length).toBeGreaterThan(60)
  })
})

describe('state at a terminal', () => {
  it('warns that a team root’s local state file is not ignored by git, until it is', async () => {
    const root = `resource "terraform_data" "this" {}
variable "job_metadata" {
  type = map(string)
}
output "cluster_name" {
  value = "own-cluster"
}
output "service_name" {
  value = "own-service"
}
`
    const dir = repository({
      'jobs/a.yaml': sandbox('own-root'),
      'terraform/dativo_jobs/own-root/main.tf': root,
    })
    const first = await cli(['run', '--mode', 'apply', '--configs', 'jobs/a.yaml', '--quiet'], dir)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain(
      "jobs/a.yaml:19:1: warning: This job's Terraform state is written to terraform/dativo_jobs/own-root/terraform.tfstate, which git does not ignore: never commit it (it holds every value of the job's resources, secrets included). Add terraform.tfstate and terraform.tfstate.backup to a .gitignore, or give the root a backend [local-state]",
    )
    writeFileSync(path.join(dir, '.gitignore'), 'terraform.tfstate*\n')
    const second = await cli(['run', '--mode', 'apply', '--configs', 'jobs/a.yaml', '--quiet'], dir)
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout).not.toContain('[local-state]')
  }, 120_000)

  it('refuses a cloud job without a backend in the CLI’s words: its options, this machine', async () => {
    const dir = repository({ 'jobs/aws.yaml': AWS })
    const run = await cli(
      [
        'run',
        '--mode',
        'apply',
        '--configs',
        'jobs/aws.yaml',
        '--terraform-vars',
        '{"vpc_id": "vpc-1", "private_subnet_ids": ["subnet-1"]}',
      ],
      dir,
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "Not applied: this aws job has no state backend, so its Terraform state would stay in .dativo/state/stripe-customers-etl/terraform.tfstate, on this machine only, unknown to CI and to everyone else, who would then create its resources again. Give it a backend with --backend-config 'aws: bucket, key=dativo/{environment}/{job_name}.tfstate, region, use_lockfile=true' or a backend block in its own root; to keep the state local anyway, pass --allow-local-state true",
    )
    expect(run.stdout + run.stderr).not.toContain('allow-local-state:')
    expect(run.stdout + run.stderr).not.toContain('runner')
  }, 60_000)
})

describe('argument errors that point the right way', () => {
  const dir = repository({ 'jobs/acme/a.yaml': sandbox('a'), 'jobs/acme/b.yaml': sandbox('b') })

  it('suggests quotes for a glob the shell expanded', async () => {
    // What `--configs jobs/acme/*.yaml`, unquoted, reaches the CLI as.
    const run = await cli(
      ['run', '--mode', 'validate', '--configs', 'jobs/acme/a.yaml', 'jobs/acme/b.yaml'],
      dir,
    )
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "dativo-infra: run takes no paths ('jobs/acme/b.yaml'): was --configs given an unquoted glob that the shell expanded into files? Quote globs so that dativo-infra sees them: --configs 'jobs/acme/*.yaml'\n",
    })
  })

  it('names the accepted values of a switch given another', async () => {
    const run = await cli(['run', '--mode', 'validate', '--changed-only', 'maybe'], dir)
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "dativo-infra: --changed-only: 'maybe' is not accepted (expected one of: true, false)\n",
    })
  })
})

describe('resolve --write with one output it cannot use', () => {
  it('says that it wrote nothing, and why', async () => {
    const dir = tempDir('dativo-resolve-')
    writeFileSync(path.join(dir, 'job.yaml'), SANDBOX)
    // service_name is missing: the file is resolved whole or not at all.
    writeFileSync(
      path.join(dir, 'outputs.json'),
      JSON.stringify({ cluster_name: { value: 'c', type: 'string', sensitive: false } }),
    )
    const run = await cli(['resolve', 'job.yaml', '--outputs', 'outputs.json', '--write'], dir)
    expect(run.status).toBe(1)
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^job\.yaml:\d+:\d+: error: .*service_name.* \[unknown-output\]$/)
    expect(lines.at(-1)).toBe(
      'job.yaml: nothing written, because of the 1 error above: the file is resolved whole or not at all',
    )
    expect(readFileSync(path.join(dir, 'job.yaml'), 'utf8')).toBe(SANDBOX)
  })
})

describe('a config outside the repository', () => {
  it('is validated, as tags reads it', async () => {
    const repo = repository({ 'jobs/a.yaml': sandbox('a') })
    const elsewhere = tempDir('dativo-elsewhere-')
    writeFileSync(path.join(elsewhere, 'job.yaml'), sandbox('far-away'))
    const file = path.join(elsewhere, 'job.yaml')
    const tags = await cli(['tags', file], repo)
    expect(tags.status, tags.stderr).toBe(0)
    expect(JSON.parse(tags.stdout).job_name).toBe('far-away')
    const validate = await cli(['validate', file], repo)
    expect(validate).toEqual({ status: 0, stdout: '1 config valid\n', stderr: '' })
    // A broken one is reported at its place, named as given.
    writeFileSync(file, sandbox('far-away').replace('provider: local', 'provider: lokal'))
    const broken = await cli(['validate', file], repo)
    expect(broken.status).toBe(1)
    expect(broken.stdout).toMatch(
      new RegExp(
        `^${path.relative(repo, file).replace(/[.]/g, '\\.')}:\\d+:\\d+: error: Unknown provider 'lokal'`,
      ),
    )
  })
})
