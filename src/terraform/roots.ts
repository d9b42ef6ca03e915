// Where each job's Terraform runs: the team's own root (`terraform-dir`, when the folder exists)
// or a root generated outside the workspace that calls `module-source`. Generated roots hold no
// value from a config: only variable names, the module source and provider wiring; every value
// reaches Terraform through the job's variables file (-var-file), where it is read as a literal.
import { existsSync, lstatSync, statSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Job } from '../config/job.js'
import type { RuntimeType } from '../tags/naming.js'
import { realPath, reallyWithin, relativePosix, within } from '../util/paths.js'
import { byCodeUnits } from '../util/text.js'
import type { Declarations } from './hcl.js'

export const TOKENS = ['job_name', 'environment', 'provider', 'runtime', 'tenant_id'] as const

/** A problem with one job's root: it fails that job, not the run. */
export class RootError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RootError'
  }
}

/** Fills `{job_name}`, `{environment}`, `{provider}`, `{runtime}`, `{tenant_id}` in an input. */
export function renderTokens(template: string, job: Job, input: string): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, token: string) => {
    const values: Record<string, string | undefined> = {
      job_name: job.jobName,
      environment: job.environment,
      provider: job.provider,
      runtime: job.runtime.type,
      tenant_id: job.tenantId,
    }
    if (!(TOKENS as readonly string[]).includes(token)) {
      throw new RootError(
        `${input}: unknown token ${whole} (tokens: ${TOKENS.map((t) => `{${t}}`).join(', ')})`,
      )
    }
    const value = values[token]
    if (value === undefined)
      throw new RootError(`${input} uses {${token}}, but the config has no ${token}`)
    return value
  })
}

/** The module this action ships for a runtime, found relative to the action's own files. */
export function bundledModule(runtime: RuntimeType): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'terraform', 'modules', runtime)
    if (existsSync(path.join(candidate, 'variables.tf'))) return candidate
    if (path.dirname(dir) === dir)
      throw new RootError(`the bundled ${runtime} module is missing from this copy of the action`)
  }
}

export interface Root {
  /** Where terraform runs. */
  dir: string
  generated: boolean
  /** For a generated root: the module it calls, as Terraform's `source` sees it. */
  moduleSource?: string
  /** A team's root: where it really is, links resolved; jobs in one folder share this. */
  realDir?: string
  /** A team's root that other jobs may use too: why (so each job needs a state of its own). */
  sharedBecause?: string
}

/** The team's root when `terraform-dir` names an existing folder, else a root to generate. */
export function locateRoot(
  job: Job,
  workspace: string,
  terraformDir: string,
  moduleSource: string | undefined,
  workDir: string,
): Root {
  const relative = renderTokens(terraformDir, job, 'terraform-dir')
  const own = path.resolve(workspace, relative)
  if (within(workspace, own) === undefined)
    throw new RootError(`terraform-dir '${relative}' is outside the workspace`)
  if (existsSync(own) && statSync(own).isDirectory()) {
    const realDir = realPath(own)
    if (reallyWithin(workspace, realDir) === undefined) {
      throw new RootError(
        `terraform-dir '${relative}' leads outside the workspace (a link to ${realDir}): Terraform would keep its state and files there. Put the job's root in the workspace`,
      )
    }
    return {
      dir: own,
      generated: false,
      realDir,
      sharedBecause: sharedBecause(workspace, terraformDir, relative),
    }
  }

  const dir = path.join(workDir, 'root')
  let source: string
  if (moduleSource) {
    source = renderTokens(moduleSource, job, 'module-source')
    // A local path in the input is relative to the workspace, as a workflow author writes it.
    if (/^\.\.?\//.test(source)) source = localSource(dir, path.resolve(workspace, source))
  } else {
    source = localSource(dir, bundledModule(job.runtime.type))
  }
  return { dir, generated: true, moduleSource: source }
}

/**
 * Why a team's root may serve several jobs: a terraform-dir without {job_name} is one folder for
 * all of them; a link in the part named after the job may lead several jobs to one folder.
 */
function sharedBecause(workspace: string, template: string, relative: string): string | undefined {
  if (!template.includes('{job_name}')) {
    return `terraform-dir '${template}' has no {job_name}, so every job runs in this one folder`
  }
  const templateParts = template.split('/')
  const parts = relative.split('/')
  const first =
    templateParts.length === parts.length
      ? templateParts.findIndex((part) => part.includes('{job_name}'))
      : 0
  for (let end = first + 1; end <= parts.length; end++) {
    const prefix = parts.slice(0, end).join('/')
    if (lstatSync(path.resolve(workspace, prefix)).isSymbolicLink()) {
      const target = relativePosix(realPath(workspace), realPath(path.resolve(workspace, prefix)))
      return `${prefix} is a link to ${target}, a folder other jobs can reach too`
    }
  }
  return undefined
}

/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir: string, moduleDir: string): string {
  const relative = relativePosix(rootDir, moduleDir)
  return relative.startsWith('.') ? relative : `./${relative}`
}

/** Each cloud's own state backend, used for a generated root when backend-config is given. */
export const NATIVE_BACKEND: Record<string, string> = {
  aws: 's3',
  azure: 'azurerm',
  gcp: 'gcs',
  local: 'local',
}

/**
 * Provider settings a generated root needs, and the root variables they read; `optional` ones
 * default to null, so the provider falls back to its environment (ARM_SUBSCRIPTION_ID).
 */
const PROVIDER_BLOCKS: Record<
  RuntimeType,
  { block: string; variables: string[]; optional?: string[] }
> = {
  aws_fargate: { block: 'provider "aws" {\n  region = var.region\n}\n', variables: ['region'] },
  azure_container_apps: {
    block: 'provider "azurerm" {\n  features {}\n  subscription_id = var.subscription_id\n}\n',
    variables: ['subscription_id'],
    optional: ['subscription_id'],
  },
  gcp_cloud_run: {
    block: 'provider "google" {\n  project = var.project_id\n  region  = var.region\n}\n',
    variables: ['project_id', 'region'],
  },
  local: { block: '', variables: [] },
}

/**
 * Step one of a generated root: the module call alone (and the backend, when it has one: `s3`,
 * `local`, …), enough for `terraform init` to fetch the module wherever it lives.
 */
export async function writeModuleCall(
  root: Root,
  job: Job,
  backend: string | undefined,
): Promise<void> {
  await mkdir(root.dir, { recursive: true })
  await writeFile(path.join(root.dir, 'main.tf'), rootText(root, job, backend, undefined))
}

/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
export async function writeGeneratedRoot(
  root: Root,
  job: Job,
  backend: string | undefined,
  module: Declarations,
  available: ReadonlySet<string>,
): Promise<Set<string>> {
  const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort()
  const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables])
  await writeFile(path.join(root.dir, 'main.tf'), rootText(root, job, backend, { passed, module }))
  const optional = new Set(PROVIDER_BLOCKS[job.runtime.type].optional)
  const variables = [...rootVariables].sort().map((name) => {
    const settings = [
      ...(module.variables.get(name)?.sensitive ? ['  sensitive = true'] : []),
      ...(optional.has(name) && !module.variables.has(name) ? ['  default = null'] : []),
    ]
    return `variable "${name}" {${settings.length > 0 ? `\n${settings.join('\n')}\n` : ''}}\n`
  })
  await writeFile(path.join(root.dir, 'variables.tf'), variables.join('\n'))
  return rootVariables
}

function rootText(
  root: Root,
  job: Job,
  backend: string | undefined,
  wiring: { passed: string[]; module: Declarations } | undefined,
): string {
  const parts = [
    "# Generated by dativo-infra-action for one job; values come from the job's variables file.\n",
  ]
  if (backend) parts.push(`terraform {\n  backend "${backend}" {}\n}\n`)
  if (wiring) {
    const provider = PROVIDER_BLOCKS[job.runtime.type].block
    if (provider) parts.push(provider)
  }
  const args = wiring ? wiring.passed.map((name) => `  ${name} = var.${name}\n`).join('') : ''
  parts.push(`module "dativo_runtime" {\n  source = ${hclString(root.moduleSource!)}\n${args}}\n`)
  if (wiring) {
    // In code-unit order: the root's text, which its plan's fingerprint covers, is the same in
    // every locale (and no collator is set up for it).
    for (const [name, { sensitive }] of [...wiring.module.outputs].sort(([a], [b]) =>
      byCodeUnits(a, b),
    )) {
      const flag = sensitive ? '  sensitive = true\n' : ''
      parts.push(`output "${name}" {\n  value = module.dativo_runtime.${name}\n${flag}}\n`)
    }
  }
  return parts.join('\n')
}

/** A quoted HCL string in which nothing is interpolated. */
function hclString(text: string): string {
  // `$$$$` in a replacement is two literal dollars: `${` becomes `$${`, which HCL reads as `${`.
  return JSON.stringify(text).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{')
}

/** Where `terraform init` put the module of a generated root. */
export async function initialisedModuleDir(root: Root, dataDir: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(dataDir, 'modules', 'modules.json'), 'utf8'),
  ) as {
    Modules?: Array<{ Key: string; Dir: string }>
  }
  const entry = manifest.Modules?.find((m) => m.Key === 'dativo_runtime')
  if (!entry) throw new RootError('terraform init did not install the module')
  return path.resolve(root.dir, entry.Dir)
}
