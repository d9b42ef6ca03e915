// What the fault tests build on: sandbox job configs, team roots, a repository with a bare remote
// to push to, and the inputs every run gives. Their folders come from tempDir, removed after the file.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { git } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'

export { git }

/** A `local` sandbox job whose config asks for `cluster_name` and `service_name`. */
export function sandboxJob(name: string, extraTags = ''): string {
  return `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
    image: "dativo:1.1.0"
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
    service_name: "{{terraform_outputs.service_name}}"
  tags:
    job_name: ${name}
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
${extraTags}`
}

/** The line of `infrastructure:` in sandboxJob's text: where job-wide problems are shown. */
export const INFRASTRUCTURE_LINE = '3'

/**
 * A team's root for several jobs: each job's outputs name the job, so a value that crossed from
 * one job to another shows in the config it was written into.
 */
export function teamRoot(backend: string | undefined, extra = ''): string {
  return `${backend ? `terraform {\n  backend "${backend}" {}\n}\n` : ''}variable "job_metadata" {
  type = map(string)
}
resource "terraform_data" "runtime" {
  input = var.job_metadata
}
output "cluster_name" {
  value = "c-\${var.job_metadata["job_name"]}"
}
output "service_name" {
  value = "s-\${var.job_metadata["job_name"]}-\${lookup(var.job_metadata, "round", "0")}"
}
${extra}`
}

/**
 * A resource whose creation takes SLOW_SECONDS (from Terraform's environment; none: at once),
 * an apply to interrupt. The time is no part of the plan, so a run without it plans the same.
 */
export function slowResource(): string {
  return `resource "terraform_data" "slow" {
  input = var.job_metadata["job_name"]
  provisioner "local-exec" {
    command = "sleep $\${SLOW_SECONDS:-0}"
  }
}
resource "terraform_data" "after" {
  input      = terraform_data.slow.output
  depends_on = [terraform_data.slow]
}
`
}

export function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
}

/** A workspace that is a git repository with these files, nothing committed. */
export function workspaceWith(files: Record<string, string>): string {
  const workspace = tempDir('dativo-ws-')
  git(workspace, 'init', '-q', '-b', 'main')
  write(workspace, files)
  return workspace
}

/**
 * A bare remote holding these files on main, and a clone of it: the runner's checkout of a
 * push. Returns the checkout and the inputs that make the run one on that push.
 */
export function pushedCheckout(
  files: Record<string, string>,
  links: Record<string, string> = {},
): { workspace: string; remote: string; push: Record<string, string> } {
  const base = tempDir('dativo-push-')
  const remote = path.join(base, 'remote.git')
  git(base, 'init', '-q', '--bare', '-b', 'main', remote)
  const seed = path.join(base, 'seed')
  git(base, 'clone', '-q', remote, seed)
  write(seed, files)
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(seed, link)), { recursive: true })
    execFileSync('ln', ['-s', target, path.join(seed, link)])
  }
  git(seed, 'add', '-A')
  git(seed, 'commit', '-qm', 'Add the jobs')
  git(seed, 'push', '-q', 'origin', 'main')
  const head = git(seed, 'rev-parse', 'HEAD')
  const workspace = path.join(base, 'checkout')
  git(base, 'clone', '-q', remote, workspace)
  const eventPath = path.join(base, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref: 'refs/heads/main',
      before: '0000000000000000000000000000000000000000',
      after: head,
      repository: { full_name: 'acme/jobs' },
    }),
  )
  return {
    workspace,
    remote,
    push: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: head,
      GITHUB_REPOSITORY: 'acme/jobs',
    },
  }
}

/** A file as it is on the remote's main (or `branch:file`), or undefined when it is not there. */
export function onRemote(remote: string, file: string): string | undefined {
  try {
    return git(remote, 'show', file.includes(':') ? file : `main:${file}`)
  } catch {
    return undefined
  }
}

/** Inputs of an apply of the configs given, with the terraform on PATH and nothing published. */
export function applyInputs(configs: string, more: Record<string, string> = {}) {
  return {
    INPUT_MODE: 'apply',
    INPUT_CONFIGS: configs,
    'INPUT_CHANGED-ONLY': 'false',
    'INPUT_TERRAFORM-VERSION': 'system',
    'INPUT_COMMIT-BACK': 'false',
    'INPUT_COMMENT-ON-PR': 'false',
    ...more,
  }
}

/** The value a config now holds for a key of resource_identifiers (without its marker). */
export function identifier(text: string, key: string): string | undefined {
  const match = new RegExp(`^ {4}${key}: "([^"]*)"`, 'm').exec(text)
  return match?.[1]
}
