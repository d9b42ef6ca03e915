// Required variables a job's root would get no value for, found before any Terraform command:
// an error at the config's `runtime:` key that names them and says how to pass them, instead of
// "Missing required argument" from `terraform plan` in a generated file that is already gone.
//
// The bundled modules' variables are known at bundle time (modules.ts); a team's own root is
// read with the HCL parser; a module-source is only known once `terraform init` fetched it, so
// its variables are left to Terraform.
import { statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Job } from '../config/job.js'
import type { Finding } from '../findings.js'
import type { Reporter } from '../publish/reporter.js'
import type { ConfigRun } from '../run.js'
import type { Tags } from '../tags/convert.js'
import { buildTfvars } from '../tags/tfvars.js'
import { isRecord } from '../util/data.js'
import { within } from '../util/paths.js'
import { bundledVariables } from './modules.js'
import { bundledModule, renderTokens } from './roots.js'

export interface PreflightSettings {
  workspace: string
  terraformDir: string
  moduleSource?: string
  terraformVars: Record<string, unknown>
  defaultTags: Tags
  /** The environment Terraform runs with: a team's root may take TF_VAR_ values from it. */
  env: NodeJS.ProcessEnv
}

/** Where a job's config can give a variable itself, for the message. */
const FROM_CONFIG: Record<string, string> = {
  container_image: 'infrastructure.runtime.image',
  cpu: 'infrastructure.runtime.cpu',
  memory: 'infrastructure.runtime.memory',
}

/**
 * Plan and apply: a job whose runtime needs variables that nothing gives is an error at its
 * `runtime:` key now (the config counts as invalid), and runs no Terraform.
 */
export async function preflightRuns(
  runs: ConfigRun[],
  settings: PreflightSettings,
  reporter: Reporter,
): Promise<void> {
  for (const run of runs) {
    if (!run.job) continue
    const finding = await missingVariables(run.job, settings)
    if (!finding) continue
    reporter.finding(finding)
    run.findings.push(finding)
    run.valid = false
    run.job = undefined
  }
}

async function missingVariables(
  job: Job,
  settings: PreflightSettings,
): Promise<Finding | undefined> {
  const provided = new Set(
    Object.keys(
      buildTfvars(job, {
        defaultTags: settings.defaultTags,
        terraformVars: settings.terraformVars,
      }),
    ),
  )
  const root = ownRoot(job, settings)
  let required: string[]
  let owner: string
  let folder: string
  if (root) {
    folder = root.absolute
    try {
      const declared = await (await import('./hcl.js')).readDeclarations(root.absolute)
      required = [...declared.variables].filter(([, v]) => v.required).map(([name]) => name)
      for (const name of await variablesFilesGive(root.absolute)) provided.add(name)
    } catch {
      return undefined // A root Terraform cannot read: its own error says more, at init.
    }
    for (const name of Object.keys(settings.env)) {
      if (name.startsWith('TF_VAR_')) provided.add(name.slice('TF_VAR_'.length))
    }
    owner = `the root ${root.relative}`
  } else if (settings.moduleSource) {
    return undefined
  } else {
    required = Object.entries(bundledVariables(job.runtime.type))
      .filter(([, v]) => v.required)
      .map(([name]) => name)
    owner = `the ${job.runtime.type} module`
    folder = bundledModule(job.runtime.type)
  }
  const missing = required.filter((name) => !provided.has(name))
  if (missing.length === 0) return undefined

  const inConfig = missing.filter((name) => FROM_CONFIG[name])
  const elsewhere = missing.filter((name) => !FROM_CONFIG[name])
  const how: string[] = inConfig.map((name) => `set ${FROM_CONFIG[name]} for ${name}`)
  if (elsewhere.length > 0) {
    // The example gives each variable a value of its type: a list as a list.
    const types = await declaredTypes(folder)
    const example = Object.fromEntries(
      elsewhere.map((name) => [name, exampleValue(types.get(name))]),
    )
    how.push(
      `pass ${elsewhere.join(' and ')} in the terraform-vars input, a YAML or JSON map (e.g. ${JSON.stringify(example)})`,
    )
  }
  return {
    severity: 'error',
    rule: 'missing-variables',
    message: `Missing required variables of ${owner}: ${missing.join(', ')}; neither the config nor terraform-vars gives them. To run it, ${how.join('; ')}`,
    file: job.file,
    range: job.runtimeRange ?? job.range,
  }
}

/** Variables a root's own terraform.tfvars and *.auto.tfvars files set, which Terraform loads. */
async function variablesFilesGive(folder: string): Promise<string[]> {
  const { parseHcl } = await import('./hcl.js')
  const names: string[] = []
  for (const name of await readdir(folder)) {
    if (!/^(terraform\.tfvars|.*\.auto\.tfvars)(\.json)?$/.test(name)) continue
    const text = await readFile(path.join(folder, name), 'utf8')
    const values = name.endsWith('.json')
      ? (JSON.parse(text) as unknown)
      : await parseHcl(name, text)
    if (isRecord(values)) names.push(...Object.keys(values))
  }
  return names
}

/** The team's root when terraform-dir names an existing folder in the workspace. */
function ownRoot(
  job: Job,
  settings: PreflightSettings,
): { relative: string; absolute: string } | undefined {
  let relative: string
  try {
    relative = renderTokens(settings.terraformDir, job, 'terraform-dir')
  } catch {
    return undefined // The stage reports a token the job cannot fill.
  }
  const absolute = path.resolve(settings.workspace, relative)
  if (within(settings.workspace, absolute) === undefined) return undefined
  try {
    return statSync(absolute).isDirectory() ? { relative, absolute } : undefined
  } catch {
    return undefined
  }
}

/** Each variable's declared type (`list(string)`), as far as the folder's .tf files say. */
async function declaredTypes(folder: string): Promise<Map<string, string>> {
  try {
    const declared = await (await import('./hcl.js')).readDeclarations(folder)
    const types = new Map<string, string>()
    for (const [name, variable] of declared.variables) {
      if (variable.type) types.set(name, variable.type.replace(/^\$\{(.*)\}$/s, '$1'))
    }
    return types
  } catch {
    return new Map()
  }
}

/** A placeholder value of a Terraform type, for an example of terraform-vars. */
function exampleValue(type: string | undefined): unknown {
  if (!type) return '…'
  if (/^(list|set|tuple)\b/.test(type)) return ['…']
  if (/^(map|object)\b/.test(type)) return { '…': '…' }
  if (type === 'number') return 0
  if (type === 'bool') return true
  return '…'
}
