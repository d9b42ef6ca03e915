// The run's settings as one typed object, from raw input strings. The action reads its inputs
// into this (src/action/inputs.ts) and the CLI its flags; stages only ever see RunOptions.
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { BACKEND_PROVIDERS, Defaults, Inputs, MODES, ROLLOUTS } from './constants.js'
import type { BackendProvider, InputName, Mode, Rollout } from './constants.js'
import { InputError } from './findings.js'
import type { Tags } from './tags/convert.js'
import { parseTerraformVersion } from './terraform/install/spec.js'
import { splitCommandLine } from './util/command-line.js'
import { realPath, reallyWithin, within } from './util/paths.js'

export interface RunOptions {
  mode: Mode
  /**
   * Absolute path of the workspace, the repository checkout every config path, root and folder is
   * relative to: GITHUB_WORKSPACE for the action; for the CLI the git top level of the current
   * directory, or --workspace (src/cli/workspace.ts).
   */
  workspace: string
  /** Globs relative to the workspace; `!pattern` excludes. */
  configs: string[]
  changedOnly: boolean
  /** Absolute path of an organisation policy schema. */
  schemaPath?: string
  terraformVersion: string
  terraformMirror: string
  terraformDir: string
  moduleSource?: string
  backendConfig: BackendConfig
  terraformVars: Record<string, unknown>
  defaultTags: Tags
  parallelism: number
  commitBack: 'auto' | 'true' | 'false'
  commitMethod: 'git' | 'api'
  commitMessage: string
  outputDir?: string
  allowSensitiveOutputs: boolean
  commentOnPr: boolean
  deployCommand?: string
  githubToken?: string
  /** Give Terraform (and so its provisioners) github-token as GITHUB_TOKEN; no other child gets it. */
  passTokenToTerraform: boolean
  /** Let apply run a cloud job whose state would be local to the runner. */
  allowLocalState: boolean
  /** Limit for one Terraform command, in milliseconds. */
  terraformTimeoutMs: number
  requireReviewedPlan: boolean
  destroyRemoved: boolean
  /** Absolute path of the folder of outputs files that `mode: resolve` reads. */
  outputsFrom?: string
  /**
   * The platform policy file, relative to the workspace (forward slashes). Read at the base
   * commit on a pull request, so it need not exist in the workspace.
   */
  policyFile?: string
  /** Drift mode: apply the saved plan of a job whose only drift is in its tags or labels. */
  healTagDrift: boolean
  /** Apply mode: every job at once, or in waves with a canary per cloud/runtime first. */
  rollout: Rollout
  /** The rollout's waves in order, each the environments it holds, lowercase; `*`: the rest. */
  rolloutOrder: string[][]
}

/**
 * `backend-config` as given: plain `key=value` lines, or a YAML map keyed by provider whose
 * key/values became `key=value` lines. Tokens are still unrendered.
 */
export interface BackendConfig {
  /** The plain-lines form. */
  lines: string[]
  /** The map form: each provider's `key=value` lines. */
  byProvider: Partial<Record<BackendProvider, string[]>>
}

/**
 * The `key=value` lines of `backend-config` that a job on `provider` receives: the plain lines go
 * to every cloud job, a provider's map entry to its jobs only; a `local` sandbox job gets only the
 * map's `local:` entry, so a cloud backend's settings never reach it.
 */
export function backendLinesFor(config: BackendConfig, provider: string): string[] {
  const own = config.byProvider[provider as BackendProvider] ?? []
  return provider === 'local' ? [...own] : [...config.lines, ...own]
}

/** Reads one raw input; empty means "not given". */
export type RawInputs = (name: InputName) => string | undefined

export function parseRunOptions(raw: RawInputs, workspace: string): RunOptions {
  const get = (name: InputName) => (raw(name) ?? '').trim()
  const schema = get(Inputs.Schema)
  const outputDir = get(Inputs.OutputDir)
  return {
    mode: oneOf(Inputs.Mode, get(Inputs.Mode) || Defaults.mode, MODES),
    workspace,
    configs:
      lines(raw(Inputs.Configs) ?? '').length > 0
        ? lines(raw(Inputs.Configs) ?? '')
        : [...Defaults.configs],
    changedOnly: bool(Inputs.ChangedOnly, get(Inputs.ChangedOnly), Defaults.changedOnly),
    schemaPath: schema ? insideWorkspace(Inputs.Schema, workspace, schema) : undefined,
    terraformVersion: terraformVersion(get(Inputs.TerraformVersion) || Defaults.terraformVersion),
    terraformMirror: url(
      Inputs.TerraformMirror,
      get(Inputs.TerraformMirror) || Defaults.terraformMirror,
    ),
    terraformDir: get(Inputs.TerraformDir) || Defaults.terraformDir,
    moduleSource: get(Inputs.ModuleSource) || undefined,
    backendConfig: backendConfig(raw(Inputs.BackendConfig) ?? ''),
    terraformVars: map(Inputs.TerraformVars, get(Inputs.TerraformVars)),
    defaultTags: tags(get(Inputs.DefaultTags)),
    parallelism: positiveInteger(Inputs.Parallelism, get(Inputs.Parallelism), Defaults.parallelism),
    commitBack: oneOf(Inputs.CommitBack, get(Inputs.CommitBack) || Defaults.commitBack, [
      'auto',
      'true',
      'false',
    ] as const),
    commitMethod: oneOf(Inputs.CommitMethod, get(Inputs.CommitMethod) || Defaults.commitMethod, [
      'git',
      'api',
    ] as const),
    commitMessage: firstLine(get(Inputs.CommitMessage)) || Defaults.commitMessage,
    outputDir: outputDir ? insideWorkspace(Inputs.OutputDir, workspace, outputDir) : undefined,
    allowSensitiveOutputs: bool(
      Inputs.AllowSensitiveOutputs,
      get(Inputs.AllowSensitiveOutputs),
      Defaults.allowSensitiveOutputs,
    ),
    commentOnPr: bool(Inputs.CommentOnPr, get(Inputs.CommentOnPr), Defaults.commentOnPr),
    deployCommand: deployCommand(get(Inputs.DeployCommand)),
    githubToken: get(Inputs.GithubToken) || undefined,
    passTokenToTerraform: bool(
      Inputs.PassTokenToTerraform,
      get(Inputs.PassTokenToTerraform),
      Defaults.passTokenToTerraform,
    ),
    allowLocalState: bool(
      Inputs.AllowLocalState,
      get(Inputs.AllowLocalState),
      Defaults.allowLocalState,
    ),
    terraformTimeoutMs: duration(
      Inputs.TerraformTimeout,
      get(Inputs.TerraformTimeout) || Defaults.terraformTimeout,
    ),
    requireReviewedPlan: bool(
      Inputs.RequireReviewedPlan,
      get(Inputs.RequireReviewedPlan),
      Defaults.requireReviewedPlan,
    ),
    destroyRemoved: bool(
      Inputs.DestroyRemoved,
      get(Inputs.DestroyRemoved),
      Defaults.destroyRemoved,
    ),
    outputsFrom: outputsFrom(get(Inputs.OutputsFrom), workspace, get(Inputs.Mode)),
    policyFile: policyFile(get(Inputs.Policy), workspace),
    healTagDrift: bool(Inputs.HealTagDrift, get(Inputs.HealTagDrift), Defaults.healTagDrift),
    rollout: oneOf(Inputs.Rollout, get(Inputs.Rollout) || Defaults.rollout, ROLLOUTS),
    rolloutOrder: rolloutOrder(raw(Inputs.RolloutOrder) ?? ''),
  }
}

/**
 * `rollout-order`: one wave per line, earliest first; a line may name several environments
 * (`staging, qa`); `*` stands for every environment no line names.
 */
function rolloutOrder(value: string): string[][] {
  const given = lines(value)
  const waves = (given.length > 0 ? given : [...Defaults.rolloutOrder]).map((line) =>
    line
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  )
  const seen = new Set<string>()
  for (const name of waves.flat()) {
    if (name !== '*' && !/^[a-z0-9][a-z0-9_.-]*$/.test(name)) {
      throw new InputError(
        Inputs.RolloutOrder,
        `'${name}' is not an environment name (expected names such as dev, staging, prod, one wave per line; * for every other environment)`,
      )
    }
    if (seen.has(name)) {
      throw new InputError(
        Inputs.RolloutOrder,
        `'${name}' is named twice: each environment belongs to one wave`,
      )
    }
    seen.add(name)
  }
  return waves
}

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[]): T {
  if ((accepted as readonly string[]).includes(value)) return value as T
  throw new InputError(name, `'${value}' is not accepted (expected one of: ${accepted.join(', ')})`)
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `'${value}' is not accepted (expected one of: true, false)`)
}

function positiveInteger(name: string, value: string, fallback: number): number {
  if (value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
    throw new InputError(name, `'${value}' is not accepted (expected a whole number from 1 to 64)`)
  }
  return Number(value)
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

function firstLine(value: string): string {
  return value.split(/\r?\n/)[0]!.trim()
}

function url(name: string, value: string): string {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new InputError(name, `'${value}' is not a URL (e.g. https://releases.hashicorp.com)`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InputError(name, `'${value}' must be an http(s) URL`)
  }
  return value.replace(/\/+$/, '')
}

/** Checked here, so a bad version fails before any config is touched. */
function terraformVersion(value: string): string {
  parseTerraformVersion(value)
  return value
}

/** Checked here, so a command that cannot run fails before any infrastructure changes. */
function deployCommand(value: string): string | undefined {
  if (value === '') return undefined
  try {
    splitCommandLine(value)
  } catch (error) {
    throw new InputError(
      'deploy-command',
      `${(error as Error).message} (it runs without a shell: quote with '…' or "…", escape with \\)`,
    )
  }
  return value
}

function insideWorkspace(name: string, workspace: string, value: string): string {
  const absolute = path.resolve(workspace, value)
  if (within(workspace, absolute) === undefined) {
    throw new InputError(name, `'${value}' is outside the workspace`)
  }
  // Checked where it really leads: a committed link could point anywhere on the runner.
  let real: string
  try {
    real = realPath(absolute)
  } catch (error) {
    throw new InputError(name, `'${value}' cannot be followed: ${(error as Error).message}`)
  }
  if (reallyWithin(workspace, real) === undefined) {
    throw new InputError(
      name,
      `'${value}' leads outside the workspace (a link to ${real}); give a path whose folders are in the workspace`,
    )
  }
  return absolute
}

function backendLine(line: string): string {
  if (!/^[A-Za-z0-9_.-]+\s*=/.test(line)) {
    throw new InputError(
      'backend-config',
      `'${line}' is not a key=value line (or give a YAML map keyed by provider: ${BACKEND_PROVIDERS.map((p) => `${p}:`).join(', ')})`,
    )
  }
  return line
}

/**
 * Plain `key=value` lines, or a YAML map keyed by provider (`aws:`, `azure:`, `gcp:`, `local:`)
 * whose values are maps of backend settings. Text that YAML reads as a map is the map form.
 */
function backendConfig(value: string): BackendConfig {
  const given = lines(value)
  if (given.length === 0) return { lines: [], byProvider: {} }
  let parsed: unknown
  try {
    parsed = parseYaml(value, { logLevel: 'error' })
  } catch {
    parsed = undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { lines: given.map((line) => backendLine(line)), byProvider: {} }
  }
  const byProvider: BackendConfig['byProvider'] = {}
  for (const [provider, settings] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(BACKEND_PROVIDERS as readonly string[]).includes(provider)) {
      throw new InputError(
        'backend-config',
        `'${provider}' is not a provider (expected one of: ${BACKEND_PROVIDERS.join(', ')}); give key=value lines for every job, or a map keyed by provider`,
      )
    }
    if (settings === null || settings === undefined) {
      byProvider[provider as BackendProvider] = []
      continue
    }
    if (typeof settings !== 'object' || Array.isArray(settings)) {
      throw new InputError(
        'backend-config',
        `${provider}: expected a map of backend settings (e.g. bucket: acme-terraform-state)`,
      )
    }
    byProvider[provider as BackendProvider] = Object.entries(
      settings as Record<string, unknown>,
    ).map(([key, setting]) => {
      if (!/^[A-Za-z0-9_.-]+$/.test(key)) {
        throw new InputError('backend-config', `${provider}: '${key}' is not a setting name`)
      }
      if (!['string', 'number', 'boolean'].includes(typeof setting)) {
        throw new InputError(
          'backend-config',
          `${provider}.${key}: expected a string, number or boolean`,
        )
      }
      return `${key}=${String(setting)}`
    })
  }
  return { lines: [], byProvider }
}

/** A duration as Terraform and Go write them: `90s`, `45m`, `1h30m`. */
function duration(name: string, value: string): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value)
  const ms = match
    ? ((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 1000
    : 0
  if (!match || ms < 1000) {
    throw new InputError(
      name,
      `'${value}' is not accepted (expected a duration such as 60m, 1h30m or 90s)`,
    )
  }
  return ms
}

function policyFile(value: string, workspace: string): string | undefined {
  if (value === '') return undefined
  const relative = within(workspace, path.resolve(workspace, value))
  if (relative === undefined || relative === '') {
    throw new InputError(Inputs.Policy, `'${value}' is not a file in the workspace`)
  }
  return relative
}

function outputsFrom(value: string, workspace: string, mode: string): string | undefined {
  if (value === '') {
    if (mode === 'resolve') {
      throw new InputError(
        Inputs.OutputsFrom,
        `mode resolve needs the folder of outputs files (e.g. the path actions/download-artifact wrote to)`,
      )
    }
    return undefined
  }
  return path.resolve(workspace, value)
}

/** A YAML or JSON mapping (JSON is YAML). */
function map(name: string, value: string): Record<string, unknown> {
  if (value === '') return {}
  let parsed: unknown
  try {
    parsed = parseYaml(value, { logLevel: 'error' })
  } catch (error) {
    throw new InputError(name, `not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`)
  }
  if (parsed === null || parsed === undefined) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(name, `expected a mapping of names to values`)
  }
  return parsed as Record<string, unknown>
}

function tags(value: string): Tags {
  const parsed = map(Inputs.DefaultTags, value)
  for (const [key, tagValue] of Object.entries(parsed)) {
    if (typeof tagValue !== 'string') {
      throw new InputError('default-tags', `the value of '${key}' must be a string (quote it)`)
    }
    if (!/^[a-z][a-z0-9_]*$/.test(key)) {
      throw new InputError(
        'default-tags',
        `tag key '${key}' must be lowercase_underscore, as in job configs`,
      )
    }
  }
  return parsed as Tags
}
