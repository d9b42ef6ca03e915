// The CLI's front door: argv → the same pipeline and stages the action runs (CONTRACT §9).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { Inputs } from '../constants.js'
import type { InputName } from '../constants.js'
import { InputError, UsageError } from '../findings.js'
import { readGitHubContext } from '../github/context.js'
import { parseRunOptions } from '../options.js'
import { pipelineDeps, runPipeline } from '../pipeline.js'
import { formatFinding } from '../publish/reporter.js'
import type { ProgressSink } from '../publish/progress.js'
import { errorCount, formatPlan, tally } from '../run.js'
import type { Cancellation } from '../util/cancellation.js'
import { plural } from '../util/text.js'
import type { RunReport } from '../run.js'
import { CLOUDS, finalTags } from '../tags/convert.js'
import type { Cloud } from '../tags/convert.js'
import { PROVIDER_RUNTIME } from '../tags/naming.js'
import { validateConfigBytes } from '../config/validate.js'
import { findOnPath } from '../terraform/install/system.js'
import { resolveFile } from '../resolve/file.js'
import { buildTfvars } from '../tags/tfvars.js'
import { permissionsBoundary } from '../policy/rules.js'
import type { PlatformPolicy } from '../policy/rules.js'
import { relativePosix } from '../util/paths.js'
import { last, parseCommandLine, renderHelp, switchOn } from './args.js'
import type { CommandSpec, ParsedArgs } from './args.js'
import { cliReporter } from './report.js'
import { COMMANDS, MAIN_HELP } from './specs.js'
import { describeResources, driftWords } from '../drift/record.js'
import type { CommandName } from './specs.js'
import { CliPaths } from './workspace.js'

export interface CliIO {
  argv: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: (line: string) => void
  stderr: (line: string) => void
  /** Where progress lines go instead of standard error (a terminal's status line). */
  progress?: ProgressSink['line']
  /** Ctrl-C and SIGTERM during `run`: Terraform is stopped gracefully, the run still reports. */
  cancellation?: Cancellation
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

export const VERSION: string = packageJson.version

const INPUT_NAMES = Object.values(Inputs) as InputName[]

/** Inputs that name a path: given relative to the current directory, like every CLI path. */
const PATH_INPUTS: readonly InputName[] = [
  Inputs.Schema,
  Inputs.Policy,
  Inputs.OutputDir,
  Inputs.OutputsFrom,
  Inputs.TerraformDir,
]

/** Where `run` keeps generated roots' local state, relative to the workspace. */
export const STATE_DIR = '.dativo/state'

export async function main(io: CliIO): Promise<number> {
  const [command, ...rest] = io.argv
  // How an input named in a message reads here: `--mode: `, nothing for the paths of validate.
  let optionName = (input: string) => `--${input}: `
  try {
    switch (command) {
      case 'validate':
        optionName = (input) => (input === Inputs.Configs ? '' : `--${input}: `)
        return await validateCommand(rest, io)
      case 'tags':
        return await tagsCommand(rest, io)
      case 'tfvars':
        return await tfvarsCommand(rest, io)
      case 'resolve':
        return await resolveCommand(rest, io)
      case 'run':
        return await runCommand(rest, io)
      case 'drift':
        return await runCommand(rest, io, 'drift')
      case '--help':
      case '-h':
        io.stdout(MAIN_HELP)
        return EXIT_OK
      case 'help': {
        const about = rest[0]
        if (about === undefined) io.stdout(MAIN_HELP)
        else io.stdout(renderHelp(commandSpec(about)))
        return EXIT_OK
      }
      case '--version':
        io.stdout(VERSION)
        return EXIT_OK
      case undefined:
        io.stderr(MAIN_HELP)
        return EXIT_USAGE
      default:
        commandSpec(command)
        return EXIT_USAGE
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`dativo-infra: ${optionName(error.input)}${error.problem}`)
      return EXIT_USAGE
    }
    if (error instanceof UsageError) {
      io.stderr(`dativo-infra: ${error.message}`)
      return EXIT_USAGE
    }
    io.stderr(`dativo-infra: ${(error as Error).message}`)
    return EXIT_FINDINGS
  }
}

function commandSpec(name: string): CommandSpec {
  if (Object.hasOwn(COMMANDS, name)) return COMMANDS[name as CommandName]
  const names = Object.keys(COMMANDS).join(', ')
  if (name.startsWith('-')) {
    throw new UsageError(`unknown option '${name}' (expected a command: ${names}; or --help)`)
  }
  throw new UsageError(`unknown command '${name}' (expected one of: ${names})`)
}

/** Parses a command's arguments; true when it asked for its help, which is then printed. */
function parse(argv: readonly string[], name: CommandName, io: CliIO): ParsedArgs | undefined {
  const spec = COMMANDS[name]
  const args = parseCommandLine(argv, spec)
  if (!switchOn(args, 'help')) return args
  io.stdout(renderHelp(spec))
  return undefined
}

async function validateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parse(argv, 'validate', io)
  if (!args) return EXIT_OK
  const given = last(args, 'workspace')
  let paths = await CliPaths.find(io.cwd, given)
  if (given === undefined) paths = await paths.around(args.positionals)
  const { patterns, written } = paths.configPatterns(args.positionals, '')
  const raw = new Map<InputName, string>([
    [Inputs.Mode, 'validate'],
    [Inputs.ChangedOnly, 'false'],
    [Inputs.Configs, patterns.join('\n')],
    [Inputs.DefaultTags, last(args, Inputs.DefaultTags) ?? ''],
  ])
  const schema = last(args, Inputs.Schema)
  if (schema !== undefined) raw.set(Inputs.Schema, paths.input(schema))
  const policy = last(args, Inputs.Policy)
  if (policy !== undefined) raw.set(Inputs.Policy, paths.input(policy))
  const report = await pipeline(raw, io, paths, written, {
    verbose: switchOn(args, 'verbose'),
    quiet: true,
  })
  io.stdout(totals(report))
  return errorCount(report) > 0 ? EXIT_FINDINGS : EXIT_OK
}

/** `run`, or `drift`: the pipeline in drift mode, printing the fleet instead of keeping issues. */
async function runCommand(
  argv: readonly string[],
  io: CliIO,
  command: 'run' | 'drift' = 'run',
): Promise<number> {
  const args = parse(argv, command, io)
  if (!args) return EXIT_OK
  if (args.positionals.length > 0) throw strayPaths(args, command)
  if (command === 'run' && !args.options.has(Inputs.Mode)) {
    throw new UsageError(`run needs --mode ${COMMANDS.run.options[0]!.value}`)
  }
  const paths = await CliPaths.find(io.cwd, last(args, 'workspace'))
  const raw = new Map<InputName, string>()
  if (command === 'drift') raw.set(Inputs.Mode, 'drift')
  let written = new Map<string, string>()
  for (const name of INPUT_NAMES) {
    const values = args.options.get(name)
    if (!values) continue
    if (name === Inputs.Configs) {
      const converted = paths.configPatterns(values, '--configs: ')
      raw.set(name, converted.patterns.join('\n'))
      written = converted.written
    } else if (name === Inputs.BackendConfig || name === Inputs.RolloutOrder)
      raw.set(name, values.join('\n'))
    else if (PATH_INPUTS.includes(name)) raw.set(name, paths.input(values.at(-1)!))
    else if (name === Inputs.ModuleSource && /^\.\.?\//.test(values.at(-1)!)) {
      const local = relativePosix(paths.workspace, path.resolve(paths.cwd, values.at(-1)!))
      raw.set(name, local.startsWith('../') ? local : `./${local}`)
    } else raw.set(name, values.at(-1)!)
  }
  // At a terminal the Terraform already installed is the one to use; without one, download.
  if (!raw.has(Inputs.TerraformVersion) && findOnPath('terraform', io.env, process.platform)) {
    raw.set(Inputs.TerraformVersion, 'system')
  }
  const stopListening = io.cancellation?.listen()
  let report: RunReport
  try {
    report = await pipeline(raw, io, paths, written, {
      verbose: switchOn(args, 'verbose'),
      quiet: switchOn(args, 'quiet'),
    })
  } finally {
    stopListening?.()
  }
  if (report.mode === 'drift') {
    for (const line of driftLines(report, (file) => paths.display(file))) io.stdout(line)
  }
  io.stdout(totals(report))
  const unhealed = report.configs.some((run) => run.drift?.state === 'drifted' && !run.drift.healed)
  return errorCount(report) > 0 || unhealed ? EXIT_FINDINGS : EXIT_OK
}

async function pipeline(
  raw: Map<InputName, string>,
  io: CliIO,
  paths: CliPaths,
  written: Map<string, string>,
  output: { verbose: boolean; quiet: boolean },
): Promise<RunReport> {
  const options = parseRunOptions((name) => raw.get(name), paths.workspace)
  const context = readGitHubContext(io.env)
  const reporter = await cliReporter(io, paths, output)
  // At a terminal GITHUB_TOKEN stands in for the github-token input.
  const withToken = { ...options, githubToken: options.githubToken ?? io.env.GITHUB_TOKEN }
  // At a terminal a generated root's state stays in the workspace, so the next run knows it.
  const deps = pipelineDeps(withToken, context, reporter, io.env, {
    cancellation: io.cancellation,
    stateDir: path.join(options.workspace, STATE_DIR),
  })
  if (io.progress && io.env.GITHUB_ACTIONS !== 'true') deps.progress = { line: io.progress }
  // Quiet keeps each job's start and end lines: the run is not silent for minutes.
  else if (output.quiet && !output.verbose && io.env.GITHUB_ACTIONS !== 'true') {
    deps.progress = { line: io.stderr }
  }
  try {
    return await runPipeline(withToken, context, deps)
  } catch (error) {
    // Discovery names the globs it was given; the user knows the paths they typed.
    if (error instanceof InputError && error.input === Inputs.Configs) {
      let problem = error.problem
      for (const [glob, arg] of written) {
        problem = problem
          .split(`'${glob}' matches no file`)
          .join(
            glob.endsWith('*.{yaml,yml}')
              ? `'${arg}' holds no .yaml or .yml file`
              : `'${arg}' matches no file`,
          )
          .split(`'${glob}'`)
          .join(`'${arg}'`)
      }
      throw new InputError(error.input, [...new Set(problem.split('; '))].join('; '))
    }
    throw error
  }
}

async function tagsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parse(argv, 'tags', io)
  if (!args) return EXIT_OK
  const file = single(args, 'tags')
  const cloudArg = last(args, 'cloud')
  if (cloudArg !== undefined && !(CLOUDS as readonly string[]).includes(cloudArg)) {
    throw new InputError(
      'cloud',
      `'${cloudArg}' is not accepted (expected one of: ${CLOUDS.join(', ')})`,
    )
  }
  const options = parseRunOptions(
    (name) => (name === Inputs.DefaultTags ? last(args, Inputs.DefaultTags) : undefined),
    io.cwd,
  )
  const job = await validateOne(file, io, options.defaultTags)
  if (!job) return EXIT_FINDINGS
  const cloud = (cloudArg as Cloud | undefined) ?? job.provider
  io.stdout(
    JSON.stringify(
      finalTags(options.defaultTags, job.tags, PROVIDER_RUNTIME[cloud]!, cloud),
      null,
      2,
    ),
  )
  return EXIT_OK
}

async function tfvarsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parse(argv, 'tfvars', io)
  if (!args) return EXIT_OK
  const file = single(args, 'tfvars')
  const options = parseRunOptions(
    (name) =>
      name === Inputs.DefaultTags || name === Inputs.TerraformVars ? last(args, name) : undefined,
    io.cwd,
  )
  const job = await validateOne(file, io, options.defaultTags)
  if (!job) return EXIT_FINDINGS
  let policy: PlatformPolicy | undefined
  const policyFile = last(args, Inputs.Policy)
  if (policyFile !== undefined) {
    const read = await readWorkspacePolicy(policyFile, io)
    if (!read.ok) return EXIT_FINDINGS
    policy = read.policy
  }
  const tfvars = buildTfvars(job, {
    defaultTags: options.defaultTags,
    terraformVars: options.terraformVars,
    permissionsBoundaryArn: permissionsBoundary(job, policy),
  })
  io.stdout(JSON.stringify(tfvars, null, 2))
  return EXIT_OK
}

async function resolveCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parse(argv, 'resolve', io)
  if (!args) return EXIT_OK
  const file = single(args, 'resolve')
  const outputsFile = last(args, 'outputs')
  if (!outputsFile) throw new UsageError('resolve needs --outputs <file of terraform output -json>')
  let outputsJson: string
  try {
    outputsJson = await readFile(path.resolve(io.cwd, outputsFile), 'utf8')
  } catch (error) {
    throw new UsageError(`--outputs: cannot read ${outputsFile}: ${(error as Error).message}`)
  }
  const write = switchOn(args, 'write')
  const resolution = await resolveFile(path.resolve(io.cwd, file), outputsJson, {
    write,
    allowSensitive: switchOn(args, Inputs.AllowSensitiveOutputs),
    file: relativePosix(io.cwd, path.resolve(io.cwd, file)),
  })
  for (const finding of resolution.findings) io.stderr(formatFinding(finding))
  const errors = resolution.findings.filter((f) => f.severity === 'error').length
  if (errors > 0) {
    // One bad output stops the whole file: a half-resolved config is never written.
    if (write) {
      io.stderr(
        `${resolution.file}: nothing written, because of the ${plural(errors, 'error')} above: the file is resolved whole or not at all`,
      )
    }
    return EXIT_FINDINGS
  }
  if (!write) io.stdout(resolution.after.replace(/^\uFEFF/, '').replace(/\r?\n$/, ''))
  else
    io.stderr(
      resolution.written ? `wrote ${resolution.file}` : `${resolution.file}: nothing to change`,
    )
  return EXIT_OK
}

/** Validates one config for a command that needs a valid job; prints findings when it is not. */
async function validateOne(file: string, io: CliIO, defaultTags: Record<string, string>) {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.resolve(io.cwd, file))
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`)
  }
  const display = relativePosix(io.cwd, path.resolve(io.cwd, file))
  const validation = validateConfigBytes(display, bytes, { defaultTags })
  const problems = validation.findings.filter((f) => f.severity !== 'notice')
  for (const finding of problems) io.stderr(formatFinding(finding))
  if (validation.skipped) throw new UsageError(`${display} has no infrastructure section`)
  if (!validation.job) return undefined
  return validation.job
}

/**
 * Paths after `run`, which takes its configs from --configs: most often an unquoted glob the shell
 * expanded into files (`--configs jobs/*.yaml` gives --configs the first file, the rest as paths).
 */
function strayPaths(args: ParsedArgs, command: 'run' | 'drift'): UsageError {
  const [first] = args.positionals
  const given = args.options.get(Inputs.Configs)
  if (given) {
    const files = [given.at(-1)!, ...args.positionals]
    const folders = [...new Set(files.map((file) => path.posix.dirname(file.replace(/\\/g, '/'))))]
    const extensions = [...new Set(files.map((file) => path.extname(file)))]
    const example =
      folders.length === 1 && extensions.length === 1 && extensions[0]
        ? `${folders[0] === '.' ? '' : `${folders[0]}/`}*${extensions[0]}`
        : 'jobs/**/*.yaml'
    return new UsageError(
      `${command} takes no paths ('${first}'${args.positionals.length > 1 ? `, and ${args.positionals.length - 1} more` : ''}): was --configs given an unquoted glob that the shell expanded into files? Quote globs so that dativo-infra sees them: --configs '${example}'`,
    )
  }
  return new UsageError(
    `${command} takes no paths ('${first}'): give configs with --configs, quoted when a glob, e.g. --configs 'jobs/**/*.yaml'`,
  )
}

/** A policy file as this machine has it, its problems printed when it is not valid. */
async function readWorkspacePolicy(file: string, io: CliIO) {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.resolve(io.cwd, file))
  } catch (error) {
    throw new UsageError(`--policy: cannot read ${file}: ${(error as Error).message}`)
  }
  // Loaded only with a policy: its compiled schema is no start-up cost for the other commands.
  const { parsePolicy } = await import('../policy/read.js')
  const read = parsePolicy(
    relativePosix(io.cwd, path.resolve(io.cwd, file)),
    bytes,
    'the workspace',
  )
  if (!read.ok) {
    for (const finding of read.findings) io.stderr(formatFinding(finding))
    io.stderr(`dativo-infra: ${read.problem}`)
  }
  return read
}

function single(args: ParsedArgs, command: CommandName): string {
  if (args.positionals.length !== 1) {
    const spec = COMMANDS[command]
    throw new UsageError(
      `${command} takes one ${spec.operands} (${args.positionals.length === 0 ? 'none' : args.positionals.length} given); see dativo-infra ${command} --help`,
    )
  }
  return args.positionals[0]!
}

function totals(report: RunReport): string {
  const { errors, warnings, failing, plan, resolved } = tally(report)
  const configs = plural(report.configs.length, 'config')
  if (errors > 0) {
    const and = warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''
    // An error of the run itself (Terraform not installed, say) belongs to no config.
    if (failing === 0) return `${plural(errors, 'error')}${and} in the run (${configs})`
    return `${plural(errors, 'error')}${and} in ${failing} of ${configs}`
  }
  const warned = warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''
  if (report.mode === 'validate') return `${configs} valid${warned}`
  if (report.mode === 'resolve')
    return `${configs} from outputs files: ${resolved} resolved${warned}`
  if (report.mode === 'drift') {
    const count = (state: string) =>
      report.configs.filter((run) => run.drift?.state === state).length
    const healed = report.configs.filter((run) => run.drift?.healed).length
    return `${configs} checked: ${count('drifted')} drifted${healed > 0 ? ` (${healed} healed)` : ''}, ${count('pending')} with changes not applied, ${count('in-sync')} in sync${warned}`
  }
  return report.mode === 'plan'
    ? `${configs} planned: ${formatPlan(plan)}${warned}`
    : `${configs} applied: ${formatPlan(plan)}, ${resolved} resolved${warned}`
}

/** One line per job of a drift run: `jobs/a.yaml: orders: drifted: 1 resource: local_file.x (deleted)`. */
function driftLines(report: RunReport, display: (file: string) => string): string[] {
  return report.configs
    .filter((run) => !run.skipped)
    .map((run) => {
      const words = driftWords(run)
      const what =
        run.drift?.state === 'drifted' ? `: ${describeResources(run.drift.resources)}` : ''
      return `${display(run.file)}: ${run.jobName ?? '?'}: ${words}${what}`
    })
}
