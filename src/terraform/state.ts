// Where a job's Terraform state lives, decided before any Terraform command runs. Two promises:
// a job's state is its own (two jobs sharing one would each replace the other's resources), and
// apply never leaves a cloud job's resources behind a state that is lost when the run ends.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Job } from '../config/job.js'
import type { Severity } from '../findings.js'
import { backendLinesFor } from '../options.js'
import type { RunOptions } from '../options.js'
import type { TerraformOutputs } from '../resolve/outputs.js'
import { isRecord } from '../util/data.js'
import { realPath, relativePosix } from '../util/paths.js'
import { Git } from '../util/git.js'
import { NATIVE_BACKEND, renderTokens } from './roots.js'
import type { Root } from './roots.js'

export interface StateSettings {
  /** `-backend-config` lines for `terraform init`, tokens filled in. */
  backendLines: string[]
  /** For a generated root: the backend block it declares (none: local state beside it). */
  generatedBackend?: string
  /** The state outlives the run. */
  remote: boolean
  /** The CLI's folder for this job's local state, to be made before init. */
  stateFolder?: string
  /** Where the state is, for the job's log. */
  where: string
  /** Something the user should know about it (a notice, or a warning when allowed anyway). */
  note?: { severity: Severity; rule: string; message: string }
  /** A team root's own state file, when its state is local: in the workspace, for git to see. */
  localFile?: string
}

/** A job whose state would be shared or lost: refused before Terraform runs, at its config. */
export class StateRefused extends Error {
  constructor(
    message: string,
    readonly rule: 'shared-state' | 'local-state',
  ) {
    super(message)
    this.name = 'StateRefused'
  }
}

export interface StateContext {
  workspace: string
  /** A team root's backend type as its .tf files declare it (`s3`, `local`, `cloud`), if any. */
  declaredBackend?: string
  /** Where generated roots keep local state (the CLI's `.dativo/state`), when anywhere. */
  stateDir?: string
  /** Other jobs of this run in the same team root, by name. */
  sharingJobs?: string[]
}

/** An example of backend settings that give each job its own state, per provider. */
const EXAMPLE: Record<string, string> = {
  aws: 'aws: bucket, key=dativo/{environment}/{job_name}.tfstate, region, use_lockfile=true',
  azure:
    'azure: resource_group_name, storage_account_name, container_name, key=dativo/{environment}/{job_name}.tfstate',
  gcp: 'gcp: bucket, prefix=dativo/{environment}/{job_name}',
  local: 'local: path=/var/lib/dativo/{job_name}.tfstate',
}

export function decideState(
  job: Job,
  root: Root,
  options: RunOptions,
  context: StateContext,
): StateSettings {
  const given = backendLinesFor(options.backendConfig, job.provider)
  const ownPerJob = given.some((line) => line.includes('{job_name}'))
  const render = (lines: string[]) => lines.map((line) => renderTokens(line, job, 'backend-config'))
  let settings: StateSettings

  if (root.generated) {
    if (given.length > 0) {
      const backend = NATIVE_BACKEND[job.provider]!
      if (!ownPerJob) {
        throw new StateRefused(
          `backend-config gives every ${job.provider} job the same state: none of its settings for ${job.provider} jobs has {job_name}, so each job's apply would replace the resources of the others. Name the state after the job (e.g. ${EXAMPLE[job.provider]})`,
          'shared-state',
        )
      }
      settings = {
        backendLines: render(given),
        generatedBackend: backend,
        remote: backend !== 'local',
        where: `the ${backend} backend of backend-config`,
      }
    } else if (context.stateDir) {
      const file = path.join(context.stateDir, job.jobName, 'terraform.tfstate')
      settings = {
        backendLines: [`path=${file}`],
        generatedBackend: 'local',
        remote: false,
        stateFolder: path.dirname(file),
        where: relativePosix(context.workspace, file),
      }
    } else {
      settings = { backendLines: [], remote: false, where: "the run's temporary folder" }
    }
  } else {
    const declared = context.declaredBackend
    const folder = relativePosix(realPath(context.workspace), root.realDir ?? root.dir) || '.'
    const shared =
      root.sharedBecause ??
      (context.sharingJobs && context.sharingJobs.length > 0
        ? `jobs ${[job.jobName, ...context.sharingJobs].join(', ')} all run in ${folder}`
        : undefined)
    // Without a backend block Terraform ignores -backend-config: the state is the folder's one file.
    if (shared && !(declared && ownPerJob)) {
      throw new StateRefused(
        `${shared}, and this job's state there is not its own: each job's apply would replace the resources of the others. Give each job its own state: a backend block in ${folder} and {job_name} in backend-config (e.g. key=dativo/{job_name}.tfstate; for backend "local" {}, path=state/{job_name}.tfstate), or a folder per job (terraform-dir with {job_name})`,
        'shared-state',
      )
    }
    settings = {
      // HCP Terraform's cloud block takes its settings from the block and the environment.
      backendLines: declared && declared !== 'cloud' ? render(given) : [],
      remote: declared !== undefined && declared !== 'local',
      where:
        declared && declared !== 'local' ? `the ${declared} backend of ${folder}` : `${folder}`,
    }
    if (declared === undefined) settings.localFile = path.join(root.dir, 'terraform.tfstate')
  }

  if (settings.remote || options.mode !== 'apply') return settings
  if (job.provider === 'local') {
    // The sandbox provisions nothing outside Terraform's state: losing it orphans nothing.
    if (!context.stateDir && !settings.generatedBackend) {
      settings.note = {
        severity: 'notice',
        rule: 'local-state',
        message: `This sandbox job's Terraform state stays in ${settings.where} on the runner and is lost when the job ends (the sandbox creates nothing outside it)`,
      }
    }
    return settings
  }
  const where = root.generated
    ? settings.where
    : `a local file of its root ${settings.where} (no remote backend)`
  // At a terminal (the CLI keeps state in the workspace) the words are the CLI's: its options,
  // and a state that stays on this machine rather than one lost with a runner.
  const terminal = context.stateDir !== undefined
  const kept = terminal
    ? 'on this machine only, unknown to CI and to everyone else, who would then create its resources again'
    : 'lost with the runner and unknown to every other run, which would then create its resources again'
  const backendConfig = terminal
    ? `--backend-config '${EXAMPLE[job.provider]}'`
    : `backend-config (${EXAMPLE[job.provider]})`
  const allow = terminal ? 'pass --allow-local-state true' : 'set allow-local-state: true'
  if (!options.allowLocalState) {
    throw new StateRefused(
      `Not applied: this ${job.provider} job has no state backend, so its Terraform state would stay in ${where}, ${kept}. Give it a backend with ${backendConfig} or a backend block in its own root; to keep the state local anyway, ${allow}`,
      'local-state',
    )
  }
  settings.note = {
    severity: 'warning',
    rule: 'local-state',
    message: `This ${job.provider} job's Terraform state stays in ${where} (${terminal ? '--allow-local-state true' : 'allow-local-state: true'}): keep it, or the next run will not know the resources it created`,
  }
  return settings
}

/**
 * At a terminal, a team root's local state file is in the workspace: a warning when git would
 * take it (neither ignored nor kept out), since a state holds every value of the job's resources,
 * secrets included, and must not be committed. Undefined when git ignores it, or there is no git.
 */
export async function unignoredStateFile(
  file: string,
  workspace: string,
): Promise<string | undefined> {
  const ignored = await new Git(path.dirname(file)).tryRun([
    'check-ignore',
    '-q',
    '--',
    path.basename(file),
  ])
  // 0: ignored; 1: not ignored; anything else: no repository, or git could not tell.
  if (ignored.exitCode !== 1) return undefined
  const shown = relativePosix(realPath(workspace), realPath(path.dirname(file)))
  const name = `${shown ? `${shown}/` : ''}terraform.tfstate`
  return `This job's Terraform state is written to ${name}, which git does not ignore: never commit it (it holds every value of the job's resources, secrets included). Add terraform.tfstate and terraform.tfstate.backup to a .gitignore, or give the root a backend`
}

/**
 * The file a generated root's local state is in, when this run chose it: the CLI's
 * `.dativo/state/<job_name>/terraform.tfstate`, or the root's own folder. Undefined for any other
 * backend, and when TF_WORKSPACE names a workspace other than the default (its state is elsewhere).
 */
export function localStateFile(
  root: Root,
  settings: StateSettings,
  env: NodeJS.ProcessEnv,
): string | undefined {
  if (!root.generated || (env.TF_WORKSPACE && env.TF_WORKSPACE !== 'default')) return undefined
  if (settings.generatedBackend === 'local') {
    const [only, ...more] = settings.backendLines
    // Terraform reads a relative path from the root's folder, where it runs.
    return only?.startsWith('path=') && more.length === 0
      ? path.resolve(root.dir, only.slice('path='.length))
      : undefined
  }
  return settings.generatedBackend || settings.backendLines.length > 0
    ? undefined
    : path.join(root.dir, 'terraform.tfstate')
}

/**
 * The root module's outputs as a state file of format 4 (Terraform 0.12 and later) holds them,
 * which is what `terraform output -json` prints from it: each output's value, type and
 * sensitivity. Undefined when the file cannot be read or is not of that shape.
 */
export async function stateOutputs(file: string): Promise<TerraformOutputs | undefined> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
  if (!isRecord(data) || data.version !== 4 || !isRecord(data.outputs)) return undefined
  const outputs: TerraformOutputs = {}
  for (const [name, entry] of Object.entries(data.outputs)) {
    if (!isRecord(entry) || !('value' in entry)) return undefined
    outputs[name] = { value: entry.value, type: entry.type, sensitive: entry.sensitive === true }
  }
  return outputs
}
