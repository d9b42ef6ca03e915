// The Terraform commands a job costs, counted by a `terraform` on PATH that logs each command it
// runs (its folder, start and end, arguments) before handing it to the real one: dist/cli.js with
// `--terraform-version system`, on jobs with a generated root and on jobs with a team's own root.
// Plan validates, and its output is the plan text: per job, plan mode runs init, plan and one
// show; apply mode adds apply after the show (the plan is checked before apply), and output for
// a state this run did not choose (a generated root's local state is read from its file). Inits
// of different roots run side by side at
// parallelism 2 and share the plugin cache: each provider package lands in it once, whole.
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.js'
import { git, sandboxJob } from '../helpers/repository.js'
import { schemaVersion, standInMirror } from '../helpers/stand-in-mirror.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'

interface Command {
  cwd: string
  start: number
  end: number
  args: string[]
}

let shimDir: string
let realTerraform: string

beforeAll(() => {
  realTerraform = spawnSync('sh', ['-c', 'command -v terraform'], {
    encoding: 'utf8',
  }).stdout.trim()
  expect(realTerraform, 'terraform on PATH').not.toBe('')
  shimDir = tempDir('dativo-terraform-shim-')
  // A file per command in DATIVO_SHIM_LOG: its folder, start and end (ns), then each argument
  // on a line of its own. DATIVO_SHIM_FAIL names a command that fails instead.
  writeFileSync(
    path.join(shimDir, 'terraform'),
    `#!/bin/sh
start=$(date +%s%N)
if [ -n "$DATIVO_SHIM_FAIL" ] && [ "$1 $2" = "$DATIVO_SHIM_FAIL" ]; then
  echo "shim: $DATIVO_SHIM_FAIL refused" >&2
  code=1
else
  "${realTerraform}" "$@"
  code=$?
fi
{ printf 'cwd %s\\n%s %s\\n' "$PWD" "$start" "$(date +%s%N)"; for arg in "$@"; do printf 'arg %s\\n' "$arg"; done; } > "$DATIVO_SHIM_LOG/$start-$$"
exit $code
`,
    { mode: 0o755 },
  )
})

function readLog(dir: string): Command[] {
  return readdirSync(dir)
    .map((name) => {
      const [cwdLine, times, ...args] = readFileSync(path.join(dir, name), 'utf8')
        .replace(/\n$/, '')
        .split('\n')
      const [start, end] = times!.split(' ').map(Number)
      return {
        cwd: cwdLine!.slice('cwd '.length),
        start: start!,
        end: end!,
        args: args.map((line) => line.slice('arg '.length)),
      }
    })
    .sort((a, b) => a.start - b.start)
}

/** `dativo-infra run` in a mode on some configs, with the terraform on PATH (the shim). */
function runArgs(mode: string, configs: string, ...extra: string[]): string[] {
  return ['run', '--mode', mode, '--configs', configs, '--terraform-version', 'system', ...extra]
}

interface Run {
  status: number | null
  stdout: string
  stderr: string
  commands: Command[]
}

async function cli(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const log = mkdtempSync(path.join(dir, '..', 'commands-'))
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
    cwd: dir,
    env: {
      ...env,
      PATH: `${shimDir}${path.delimiter}${env.PATH}`,
      DATIVO_SHIM_LOG: log,
    },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { status, stdout, stderr, commands: readLog(log) }
}

/**
 * The commands of each job's root, by root folder, as `name` or `name flag` for show/output, in
 * the order they started, except that apply and the show -json beside it (both on the saved
 * plan, at once) are put in the order show, apply.
 */
function byRoot(commands: Command[]): Map<string, string[]> {
  const roots = new Map<string, string[]>()
  for (const command of inOrder(commands)) {
    if (command.args[0] === 'version') continue
    const name = ['show', 'output'].includes(command.args[0]!)
      ? `${command.args[0]} ${command.args[1]}`
      : command.args[0]!
    roots.set(command.cwd, [...(roots.get(command.cwd) ?? []), name])
  }
  return roots
}

function inOrder(commands: Command[]): Command[] {
  const rank = (c: Command) => ['init', 'plan', 'show', 'apply', 'output'].indexOf(c.args[0]!)
  return [...commands].sort((a, b) =>
    a.cwd === b.cwd && rank(a) >= 0 && rank(b) >= 0 ? rank(a) - rank(b) : a.start - b.start,
  )
}

function workspace(jobs: Record<string, string>, roots: Record<string, string> = {}): string {
  const base = tempDir('dativo-commands-')
  const dir = path.join(base, 'repo')
  for (const [file, text] of Object.entries({ ...jobs, ...roots })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  git(base, 'init', '-q', '-b', 'main', dir)
  return dir
}

const TEAM_ROOT = `variable "job_metadata" {
  type = map(string)
}
resource "terraform_data" "runtime" {
  input = var.job_metadata
}
output "cluster_name" {
  value = "\${var.job_metadata["job_name"]}-own"
}
`

describe('the commands of a job', () => {
  let dir: string
  let env: NodeJS.ProcessEnv

  beforeAll(() => {
    // Two jobs on the bundled local module (generated roots), one with its root in the
    // repository (terraform-dir's default: terraform/dativo_jobs/<job_name>).
    dir = workspace(
      {
        'jobs/a.yaml': sandboxJob('job-a'),
        'jobs/b.yaml': sandboxJob('job-b'),
        'jobs/own.yaml': sandboxJob('job-own'),
      },
      { 'terraform/dativo_jobs/job-own/main.tf': TEAM_ROOT },
    )
    env = terraformEnv(path.join(dir, '..', 'cli-config'))
  })

  it('plan mode: init, plan and one show -json per job; no validate, no second show', async () => {
    const run = await cli(dir, runArgs('plan', 'jobs/*.yaml'), env)
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const roots = byRoot(run.commands)
    expect(roots.size).toBe(3)
    for (const commands of roots.values()) {
      expect(commands).toEqual(['init', 'plan', 'show -json'])
    }
    expect(roots.get(path.join(dir, 'terraform/dativo_jobs/job-own'))).toBeDefined()
    // Plan's own output is the plan text the run reports.
    expect(run.stdout).toContain('3 configs planned: +3 ~0 -0')
  })

  it("apply mode: init, plan, show -json and apply per job; output -json for a team's root", async () => {
    const run = await cli(dir, runArgs('apply', 'jobs/*.yaml'), env)
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const roots = byRoot(run.commands)
    expect(roots.size).toBe(3)
    const teamRoot = path.join(dir, 'terraform/dativo_jobs/job-own')
    for (const [root, commands] of roots) {
      // A generated root's outputs are read from the local state file the run chose for it.
      expect(commands, root).toEqual(
        root === teamRoot
          ? ['init', 'plan', 'show -json', 'apply', 'output -json']
          : ['init', 'plan', 'show -json', 'apply'],
      )
    }
    // Read from the file or asked of Terraform, the outputs are written into every config.
    for (const [file, value] of [
      ['a', 'job-a-dev-cluster'],
      ['b', 'job-b-dev-cluster'],
      ['own', 'job-own-own'],
    ]) {
      expect(readFileSync(path.join(dir, `jobs/${file}.yaml`), 'utf8')).toContain(
        `cluster_name: "${value}" # {{terraform_outputs.cluster_name}}`,
      )
    }
    expect(run.stdout).toContain('3 configs applied: +3 ~0 -0, 3 resolved')
    expect((run.stdout + run.stderr).match(/^Apply complete!/gm)).toHaveLength(3)
    // Each command of a job exactly as run, its own files outside the workspace.
    const own = inOrder(run.commands).filter(
      (c) => c.cwd === path.join(dir, 'terraform/dativo_jobs/job-own'),
    )
    const plan = own[1]!.args
    const planFile = plan.find((arg) => arg.startsWith('-out='))!.slice('-out='.length)
    expect(planFile.startsWith(dir)).toBe(false)
    expect(own.map((c) => c.args)).toEqual([
      ['init', '-input=false', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-lock-timeout=5m',
        '-detailed-exitcode',
        expect.stringMatching(/^-var-file=.*\.tfvars\.json$/),
        `-out=${planFile}`,
      ],
      ['show', '-json', planFile],
      ['apply', '-input=false', '-no-color', '-lock-timeout=5m', planFile],
      ['output', '-json'],
    ])
  })
})

describe('a saved plan that cannot be read', () => {
  it('is not applied: its checks (the tags on every resource) cannot run, and the job fails', async () => {
    const dir = workspace({ 'jobs/a.yaml': sandboxJob('job-a') })
    const env = {
      ...terraformEnv(path.join(dir, '..', 'cli-config')),
      DATIVO_SHIM_FAIL: 'show -json',
    }
    const before = readFileSync(path.join(dir, 'jobs/a.yaml'), 'utf8')
    const run = await cli(dir, runArgs('apply', 'jobs/a.yaml'), env)
    expect(run.status, run.stdout + run.stderr).toBe(1)
    expect([...byRoot(run.commands).values()]).toEqual([['init', 'plan', 'show -json']])
    expect(run.stdout).toMatch(
      /jobs\/a\.yaml:\d+:\d+: error: terraform show failed: shim: show -json refused \[terraform\]/,
    )
    expect(run.stdout + run.stderr).not.toContain('Apply complete!')
    expect(readFileSync(path.join(dir, 'jobs/a.yaml'), 'utf8')).toBe(before)
  })
})

describe('inits side by side on one plugin cache', () => {
  it('at parallelism 2, four roots needing one provider: inits overlap, the package lands in the cache once', async () => {
    const version = schemaVersion('google')
    const root = `terraform {
  required_providers {
    google = { source = "hashicorp/google", version = "${version}" }
  }
}
${TEAM_ROOT}`
    const jobs: Record<string, string> = {}
    const roots: Record<string, string> = {}
    for (const name of ['g1', 'g2', 'g3', 'g4']) {
      jobs[`jobs/${name}.yaml`] = sandboxJob(name)
      roots[`terraform/dativo_jobs/${name}/main.tf`] = root
    }
    const dir = workspace(jobs, roots)
    const mirror = standInMirror(path.join(dir, '..'))
    const cache = path.join(dir, '..', 'plugin-cache')
    const env = {
      ...terraformEnv(path.join(dir, '..', 'cli-config'), mirror.dir),
      TF_PLUGIN_CACHE_DIR: cache,
    }
    const run = await cli(dir, runArgs('plan', 'jobs/*.yaml', '--parallelism', '2'), env)
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain('4 configs planned: +4 ~0 -0')
    const inits = run.commands.filter((c) => c.args[0] === 'init')
    expect(inits).toHaveLength(4)
    const overlapping = inits.some((a, i) =>
      inits.some((b, j) => i !== j && a.start < b.end && b.start < a.end),
    )
    expect(overlapping, 'two inits ran at the same time').toBe(true)
    // One package, whole, in the shared cache, and nothing half-written beside it.
    const type = path.join(cache, 'registry.terraform.io/hashicorp/google')
    expect(readdirSync(type)).toEqual([version])
    expect(readdirSync(path.join(type, version))).toEqual([`${process.platform}_${archName()}`])
    expect(readdirSync(cache).filter((name) => name.startsWith('.'))).toEqual([])
    expect(run.stdout + run.stderr).toContain(
      `Provider plugin cache: 1 provider package added for later runs: registry.terraform.io/hashicorp/google ${version}`,
    )
    // The next run, its lock files written, takes the package from the cache in every init.
    const again = await cli(dir, runArgs('plan', 'jobs/*.yaml', '--parallelism', '2'), env)
    expect(again.status, again.stdout + again.stderr).toBe(0)
    const log = again.stdout + again.stderr
    expect(
      log.match(/- Using hashicorp\/google v.* from the shared cache directory/g),
    ).toHaveLength(4)
    expect(existsSync(path.join(dir, 'terraform/dativo_jobs/g1/.terraform.lock.hcl'))).toBe(true)
  })
})

function archName(): string {
  return { x64: 'amd64', arm64: 'arm64', ia32: '386' }[process.arch as string] ?? process.arch
}
