// The committed dist/cli.js as a data engineer meets it at a terminal, in a real git repository:
// nothing selected is never green, paths as the shell gives them from any folder of the
// repository, the flags of a Node CLI, Terraform's errors as Terraform wrote them, commit-back
// on the current branch, annotations that attach, and placeholders that are almost right.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Defaults, Inputs } from '../../src/constants.js'
import { parseAnnotations, ROOT, runCli } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { copyTracked, trackedText } from '../helpers/examples.js'

const SANDBOX = 'jobs/acme/local_orders_sandbox.yaml'
const VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Data Engineer',
  GIT_AUTHOR_EMAIL: 'de@example.com',
  GIT_COMMITTER_NAME: 'Data Engineer',
  GIT_COMMITTER_EMAIL: 'de@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const run = await runCli(args, cwd, { ...GIT_ENV, ...env })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
  }).trim()
}

/** A repository with the example jobs under jobs/acme, the given files, all committed on main. */
function repository(files: Record<string, string> = {}): string {
  const dir = tempDir('dativo-terminal-')
  git(dir, 'init', '-q', '-b', 'main')
  copyTracked('examples/jobs/acme', path.join(dir, 'jobs/acme'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'jobs')
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
    cost_center: cc
`

describe('1. nothing selected is never green', () => {
  it('refuses a named file that does not exist, next to one that does', async () => {
    const dir = repository()
    expect(await cli(['validate', 'jobs/acme/local*.yaml', 'typo.yaml'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: "dativo-infra: 'typo.yaml' does not exist\n",
    })
    expect(await cli(['run', '--mode', 'plan', '--configs', 'nonexistent.yaml'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: "dativo-infra: --configs: 'nonexistent.yaml' does not exist\n",
    })
  })

  it('refuses a glob that matches no file, and names every such glob', async () => {
    const dir = repository()
    expect(
      await cli(['validate', 'job/**/*.yaml', 'jobs/**/*.yaml', 'jobs/**/*.json'], dir),
    ).toEqual({
      status: 2,
      stdout: '',
      stderr: "dativo-infra: 'job/**/*.yaml' matches no file; 'jobs/**/*.json' matches no file\n",
    })
  })

  it('refuses excludes that leave no config', async () => {
    expect(
      await cli(['validate', 'acme', '!acme/*.yaml'], path.join(repository(), 'jobs')),
    ).toEqual({
      status: 2,
      stdout: '',
      stderr: "dativo-infra: every file the patterns match is excluded by '!acme/*.yaml'\n",
    })
  })

  it('refuses the default globs only when the repository has no config at all', async () => {
    expect(await cli(['validate'], repository())).toMatchObject({
      status: 0,
      stdout: '4 configs valid\n',
    })
    const empty = tempDir('dativo-empty-')
    git(empty, 'init', '-q', '-b', 'main')
    expect(await cli(['validate'], empty)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dativo-infra: no file matches the default patterns (jobs/**/*.yaml, jobs/**/*.yml); give the globs of your job configs\n',
    })
  })
})

describe('2. paths as the shell gives them, in the git top level', () => {
  it('takes relative paths from the current folder, absolute ones inside, and folders', async () => {
    const dir = repository()
    const acme = path.join(dir, 'jobs/acme')
    expect(
      (await cli(['validate', path.join(acme, 'local_orders_sandbox.yaml')], acme)).stdout,
    ).toBe('1 config valid\n')
    expect((await cli(['validate', '../acme/local_orders_sandbox.yaml'], acme)).stdout).toBe(
      '1 config valid\n',
    )
    expect((await cli(['validate', 'jobs/acme'], dir)).stdout).toBe('4 configs valid\n')
    expect((await cli(['validate', '.', '!hubspot_contacts_to_iceberg.yaml'], acme)).stdout).toBe(
      '3 configs valid\n',
    )
    expect((await cli(['validate', 'local_*.yaml'], acme)).stdout).toBe('1 config valid\n')
  })

  it('names files relative to the current folder, as the shell and an editor take them', async () => {
    const dir = repository({ 'jobs/team/bad.yaml': MISMATCH })
    expect(await cli(['validate', 'bad.yaml'], path.join(dir, 'jobs/team'))).toEqual({
      status: 1,
      stdout:
        "bad.yaml:4:11: error: Runtime type 'aws_fargate' is not compatible with provider 'azure' [runtime-mismatch]\n1 error in 1 of 1 config\n",
      stderr: '',
    })
  })

  it('takes a path outside the workspace in the workspace around it, as tags does', async () => {
    const dir = repository()
    const outside = tempDir('dativo-outside-')
    writeFileSync(path.join(outside, 'job.yaml'), MISMATCH)
    const job = path.join(outside, 'job.yaml')
    expect(await cli(['validate', job], dir)).toEqual({
      status: 1,
      stdout: `${path.relative(dir, job)}:4:11: error: Runtime type 'aws_fargate' is not compatible with provider 'azure' [runtime-mismatch]\n1 error in 1 of 1 config\n`,
      stderr: '',
    })
    // With paths on both sides, the workspace stays the one of the current folder.
    expect(await cli(['validate', job, 'jobs/acme'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: `dativo-infra: '${job}' is outside the workspace ${dir} (the git top level; --workspace sets another)\n`,
    })
    expect((await cli(['validate', job, '--workspace', outside], dir)).stdout.split('\n')[0]).toBe(
      `${path.relative(dir, job)}:4:11: error: Runtime type 'aws_fargate' is not compatible with provider 'azure' [runtime-mismatch]`,
    )
  })

  it('speaks of options, not of action inputs', async () => {
    const dir = repository()
    expect((await cli(['run', '--mode', 'aply'], dir)).stderr).toBe(
      "dativo-infra: --mode: 'aply' is not accepted (expected one of: validate, plan, apply, resolve, drift)\n",
    )
    expect((await cli(['run', '--mode', 'validate', '--parallelism', '0'], dir)).stderr).toBe(
      "dativo-infra: --parallelism: '0' is not accepted (expected a whole number from 1 to 64)\n",
    )
    expect((await cli(['validate', '--schema', 'policy.json'], dir)).stderr).toMatch(
      /^dativo-infra: --schema: cannot read policy\.json: ENOENT/,
    )
  })
})

describe('3. the team’s own root, from any folder of the repository', () => {
  it('plans in terraform/dativo_jobs/<job_name> when run from the config’s folder', async () => {
    const dir = repository({
      'terraform/dativo_jobs/orders-sandbox/main.tf': `variable "job_metadata" {
  type = map(string)
}
resource "terraform_data" "cluster" {
  input = var.job_metadata.job_name
}
resource "terraform_data" "service" {
  input = var.job_metadata.team
}
output "cluster_name" {
  value = "team-\${var.job_metadata.job_name}"
}
output "service_name" {
  value = "team-service"
}
`,
    })
    const run = await cli(
      ['run', '--mode', 'plan', '--configs', 'local_orders_sandbox.yaml'],
      path.join(dir, 'jobs/acme'),
    )
    expect(run.status, run.stderr).toBe(0)
    // The team's root has two resources; a generated root would plan the module's one.
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 config planned: +2 ~0 -0')
    expect(run.stderr).toContain('cluster_name: "team-orders-sandbox"')
  })
})

describe('4. the flags of a Node CLI', () => {
  it('takes --changed-only false, the form the help shows, and --changed-only=false', async () => {
    const dir = repository()
    for (const flags of [
      ['--changed-only', 'false'],
      ['--changed-only=false'],
      ['--changed-only'],
    ]) {
      const run = await cli(['run', ...flags, '--mode', 'validate', '--configs', 'jobs/acme'], dir)
      expect(run.status, flags.join(' ') + run.stderr).toBe(0)
      expect(run.stdout).toBe('4 configs valid\n')
    }
    expect((await cli(['run', '--mode', 'validate', '--changed-only', 'maybe'], dir)).stderr).toBe(
      "dativo-infra: --changed-only: 'maybe' is not accepted (expected one of: true, false)\n",
    )
  })

  it('lists every option of run with its default in --help, on standard output', async () => {
    const help = await cli(['run', '--help'], repository())
    expect(help.status).toBe(0)
    expect(help.stderr).toBe('')
    const lines = help.stdout.split('\n')
    for (const name of Object.values(Inputs)) {
      const at = lines.findIndex((line) => line.startsWith(`  --${name} `))
      expect(at, name).toBeGreaterThan(0)
      const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
      const fallback = (Defaults as Record<string, unknown>)[key]
      // --mode has no default here (run says which); terraform-version's is this machine's.
      if (name === Inputs.Mode || name === Inputs.TerraformVersion) continue
      if (fallback === undefined) continue
      // rollout-order's lines are waves, which may list several environments each.
      const separator = name === Inputs.RolloutOrder ? '; ' : ', '
      const shown = Array.isArray(fallback) ? fallback.join(separator) : String(fallback)
      const next = lines.slice(at + 1).findIndex((line) => line.startsWith('  --'))
      expect(lines.slice(at, at + 1 + next), name).toContain(`${' '.repeat(34)}default: ${shown}`)
    }
  })

  it('prints --version, refuses unknown flags, and puts usage on stderr with exit 2', async () => {
    const dir = repository()
    expect(await cli(['--version'], dir)).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' })
    expect(await cli(['validate', '-x'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "dativo-infra: validate: unknown option '-x' (a path that starts with - goes after --; see dativo-infra validate --help)\n",
    })
    const bare = await cli([], dir)
    expect(bare.status).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toMatch(/^Usage: dativo-infra <command> \[options\]\n/)
    const help = await cli(['--help'], dir)
    expect(help.status).toBe(0)
    expect(help.stdout).toBe(bare.stderr)
    expect((await cli(['validate', '-h'], dir)).stdout).toMatch(
      /^Usage: dativo-infra validate \[paths…\]/,
    )
    expect((await cli(['run', '--mode'], dir)).stderr).toBe(
      'dativo-infra: --mode needs a value (<validate|plan|apply|resolve|drift>)\n',
    )
  })
})

const BROKEN_ROOT = `variable "job_metadata" {
  type = map(string)
}
resource "terraform_data" "x" {
  input = var.nope
}
`

describe('5. a Terraform error as Terraform wrote it, once', () => {
  it('keeps its line breaks in the finding and prints it once on each stream', async () => {
    const dir = repository({ 'terraform/dativo_jobs/orders-sandbox/main.tf': BROKEN_ROOT })
    const run = await cli(['run', '--mode', 'plan', '--configs', SANDBOX], dir)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `${SANDBOX}:19:1: error: terraform plan failed: Error: Reference to undeclared input variable [terraform]

    on main.tf line 5, in resource "terraform_data" "x":
     5:   input = var.nope

  An input variable with the name "nope" has not been declared. This variable
  can be declared with a variable "nope" {} block.
1 error in 1 of 1 config
`,
    )
    const detail = 'An input variable with the name "nope" has not been declared.'
    expect(run.stdout.split(detail)).toHaveLength(2)
    // Terraform's own log, once; not repeated as a summary after it.
    expect(run.stderr.split(detail)).toHaveLength(2)
    expect(run.stderr).not.toContain('terraform plan failed')
  })
})

describe('6. --commit-back true at a terminal', () => {
  it('commits the resolved config on the current branch, only it, and does not push', async () => {
    const dir = repository({ 'notes.txt': 'one\n' })
    writeFileSync(path.join(dir, 'notes.txt'), 'two\n')
    git(dir, 'add', 'notes.txt')
    const before = git(dir, 'rev-parse', 'HEAD')
    const run = await cli(
      [
        'run',
        '--mode',
        'apply',
        '--configs',
        'acme/local_orders_sandbox.yaml',
        '--commit-back',
        'true',
      ],
      path.join(dir, 'jobs'),
    )
    expect(run.status, run.stderr).toBe(0)
    const head = git(dir, 'rev-parse', 'HEAD')
    expect(git(dir, 'rev-parse', 'HEAD~1')).toBe(before)
    expect(run.stderr).toContain(
      `Committed the resolved configs on main as ${head.slice(0, 7)}; not pushed (git push publishes it)\n`,
    )
    expect(git(dir, 'show', '--format=%an|%s', '--name-only', 'HEAD')).toBe(
      `Data Engineer|${Defaults.commitMessage}\n\n${SANDBOX}`,
    )
    expect(git(dir, 'show', `HEAD:${SANDBOX}`)).toContain(
      'cluster_name: "orders-sandbox-dev-cluster" # {{terraform_outputs.cluster_name}}',
    )
    // What the user had staged is still staged, not committed.
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('notes.txt')
  })

  it('refuses with a clear error when no branch is checked out', async () => {
    const dir = repository()
    git(dir, 'checkout', '-q', '--detach')
    const run = await cli(
      ['run', '--mode', 'apply', '--configs', SANDBOX, '--commit-back', 'true'],
      dir,
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'error: Commit-back: HEAD is detached, so there is no branch to commit to; check out a branch, or run without commit-back true\n',
    )
  })
})

describe('7. annotations from a step with working-directory', () => {
  it('names files relative to GITHUB_WORKSPACE, where GitHub attaches them', async () => {
    const dir = repository({ 'jobs/team/bad.yaml': MISMATCH })
    const run = await cli(['validate', 'bad.yaml'], path.join(dir, 'jobs/team'), {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
    })
    expect(run.status).toBe(1)
    expect(parseAnnotations(run.stdout)).toEqual([
      {
        level: 'error',
        properties: {
          title: 'dativo: runtime not compatible with provider',
          file: 'jobs/team/bad.yaml',
          line: '4',
          endLine: '4',
          col: '11',
          endColumn: '22',
        },
        message: "Runtime type 'aws_fargate' is not compatible with provider 'azure'",
      },
    ])
  })
})

describe('9. placeholders that are almost right', () => {
  it('flags each near miss at its place, with the placeholder it most likely meant', async () => {
    // A job of its own beside the examples: one job_name is one config.
    const text = trackedText(`examples/${SANDBOX}`)
      .replace('job_name: orders-sandbox', 'job_name: near-sandbox')
      .replace(
        'cluster_name: "{{terraform_outputs.cluster_name}}"',
        'cluster_name: "{{terraform_output.cluster_name}}"\n    a: "{terraform_outputs.b}"\n    c: "{{ terraform_outputs.d e }}"\n    f: "{{terraform_outputs:g}}"\n    h: "{{ Terrafrom-Outputs.i }}"\n    j: {terraform_outputs.k}\n    fine: "{{terraform_outputs.l}}/{other}"',
      )
    const dir = repository({ 'jobs/near.yaml': text })
    const expected = (line: number, col: number, fragment: string, name: string) =>
      `jobs/near.yaml:${line}:${col}: error: Malformed Terraform output placeholder: '${fragment}' (expected {{terraform_outputs.NAME}}); did you mean '{{terraform_outputs.${name}}}'? [malformed-placeholder]`
    expect(await cli(['validate', 'jobs/near.yaml'], dir)).toEqual({
      status: 1,
      stdout: [
        expected(29, 20, '{{terraform_output.cluster_name}}', 'cluster_name'),
        expected(30, 9, '{terraform_outputs.b}', 'b'),
        expected(31, 9, '{{ terraform_outputs.d e }}', 'd_e'),
        expected(32, 9, '{{terraform_outputs:g}}', 'g'),
        expected(33, 9, '{{ Terrafrom-Outputs.i }}', 'i'),
        `jobs/near.yaml:34:8: error: Malformed Terraform output placeholder: '{terraform_outputs.k}' (expected {{terraform_outputs.NAME}}); unquoted, YAML reads it as a mapping: write "{{terraform_outputs.k}}" [malformed-placeholder]`,
        '6 errors in 1 of 1 config',
        '',
      ].join('\n'),
      stderr: '',
    })
  })
})

describe('10. nothing but what the CLI says', () => {
  it('prints no warning of the YAML parser for a tag value that looks like a YAML directive', async () => {
    const text = trackedText(`examples/${SANDBOX}`)
      .replace('job_name: orders-sandbox', 'job_name: directive-sandbox')
      .replace(
        '    cost_center: data-platform\n',
        '    cost_center: data-platform\n    note: "%{ for x in [1] }${x}%{ endfor }"\n',
      )
    const dir = repository({ 'jobs/directive.yaml': text })
    expect(await cli(['validate', 'jobs/directive.yaml'], dir)).toEqual({
      status: 0,
      stdout: '1 config valid\n',
      stderr: '',
    })
    const tfvars = await cli(
      ['tfvars', 'jobs/directive.yaml', '--default-tags', 'owner: "%{ x }"'],
      dir,
    )
    expect(tfvars.stderr).toBe('')
    expect(tfvars.status).toBe(0)
  })
})
