// The CLI's front door: argv → the same pipeline and stages the action runs (CONTRACT §9).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Inputs } from '../constants.js'
import type { InputName } from '../constants.js'
import { UsageError } from '../findings.js'
import { readGitHubContext } from '../github/context.js'
import { parseRunOptions } from '../options.js'
import { pipelineDeps, runPipeline } from '../pipeline.js'
import { ActionsReporter, formatFinding, TerminalReporter } from '../publish/reporter.js'
import type { Reporter } from '../publish/reporter.js'
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
import { relativePosix } from '../util/paths.js'
import { last, parseArgs } from './args.js'
import type { ParsedArgs } from './args.js'

export interface CliIO {
  argv: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: (line: string) => void
  stderr: (line: string) => void
  /** Ctrl-C and SIGTERM during `run`: Terraform is stopped gracefully, the run still reports. */
  cancellation?: Cancellation
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

const INPUT_NAMES = Object.values(Inputs) as InputName[]

/** Where `run` keeps generated roots' local state, relative to the workspace. */
export const STATE_DIR = '.dativo/state'

const HELP: Record<string, string> = {
  main: `Usage: dativo-infra <command> [options]

Validate Dativo job configs and provision their runtime with Terraform.

Commands:
  validate [globs…]         check job configs; print path:line:col: severity: message [rule]
  tags <config>             print the tags the runtime module puts on every resource
  tfvars <config>           print the dativo.auto.tfvars.json the job's root receives
  resolve <config> --outputs <file>
                            substitute placeholders from a file of terraform output -json
  run --mode <mode>         the action's whole pipeline on this machine

Run 'dativo-infra <command> --help' for a command's options.
Exit codes: 0 success, 1 findings or failures, 2 bad usage.`,
  validate: `Usage: dativo-infra validate [globs…] [options]

Checks each config against the job schema and the rules of the contract. With no globs, the
action's default (jobs/**/*.yaml, jobs/**/*.yml); a glob starting with ! excludes.

Options:
  --schema <file>          an extra JSON Schema every config must satisfy (organisation policy)
  --default-tags <yaml>    tags merged under each job's tags (a YAML or JSON map)
  --verbose                say what happens on standard error`,
  tags: `Usage: dativo-infra tags <config> [--cloud aws|azure|gcp|local] [--default-tags <yaml>]

Prints, as one JSON object, the final tags the runtime module applies: default tags, the job's
tags and the module's own, converted for the cloud (the config's own provider by default).`,
  tfvars: `Usage: dativo-infra tfvars <config> [--default-tags <yaml>] [--terraform-vars <yaml>]

Prints the variables the job's Terraform root receives (dativo.auto.tfvars.json): region,
job_metadata, default_tags, the container settings, storage permissions derived from the job's
target, then --terraform-vars for what the job does not set itself.`,
  resolve: `Usage: dativo-infra resolve <config> --outputs <file> [--write] [--allow-sensitive-outputs]

Substitutes the config's {{terraform_outputs.NAME}} placeholders with the values of a file of
\`terraform output -json\`, changing nothing else in the file; each resolved value keeps its
placeholder as a trailing comment. Prints the result, or with --write changes the file in place.`,
  run: `Usage: dativo-infra run --mode validate|plan|apply [--configs <glob>]… [--<input> <value>]…

Runs the action's pipeline here. Every input of the action is an option of the same name,
e.g. --terraform-version 1.9.8, --changed-only false, --parallelism 4. Unlike the action, the
terraform already on PATH is used unless --terraform-version says otherwise.`,
}

export async function main(io: CliIO): Promise<number> {
  const [command, ...rest] = io.argv
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io)
      case 'tags':
        return await tagsCommand(rest, io)
      case 'tfvars':
        return await tfvarsCommand(rest, io)
      case 'resolve':
        return await resolveCommand(rest, io)
      case 'run':
        return await runCommand(rest, io)
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP.main!)
        return command === undefined ? EXIT_USAGE : EXIT_OK
      default:
        throw new UsageError(
          `Unknown command '${command}' (expected one of: validate, tags, tfvars, resolve, run)`,
        )
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dativo-infra: ${error.message}`)
      return EXIT_USAGE
    }
    io.stderr(`dativo-infra: ${(error as Error).message}`)
    return EXIT_FINDINGS
  }
}

function wantsHelp(argv: readonly string[], io: CliIO, command: string): boolean {
  if (!argv.includes('--help') && !argv.includes('-h')) return false
  io.stdout(HELP[command]!)
  return true
}

function reporterFor(io: CliIO, verbose: boolean, quiet: boolean): Reporter {
  return io.env.GITHUB_ACTIONS === 'true'
    ? new ActionsReporter()
    : new TerminalReporter({ out: io.stdout, err: io.stderr, verbose, quiet })
}

async function validateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv, io, 'validate')) return EXIT_OK
  const args = parseArgs(argv, { values: ['schema', 'default-tags'], switches: ['verbose'] })
  const raw = new Map<InputName, string>([
    [Inputs.Mode, 'validate'],
    [Inputs.ChangedOnly, 'false'],
    [Inputs.Configs, args.positionals.join('\n')],
    [Inputs.Schema, last(args, 'schema') ?? ''],
    [Inputs.DefaultTags, last(args, 'default-tags') ?? ''],
  ])
  const report = await pipeline(raw, io, { verbose: last(args, 'verbose') === 'true', quiet: true })
  if (report.configs.length === 0) {
    throw new UsageError(
      `No job configs match ${args.positionals.length > 0 ? args.positionals.join(', ') : 'the default globs'}`,
    )
  }
  io.stdout(totals(report))
  return errorCount(report) > 0 ? EXIT_FINDINGS : EXIT_OK
}

async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv, io, 'run')) return EXIT_OK
  const args = parseArgs(argv, {
    values: INPUT_NAMES.filter((name) => name !== Inputs.ChangedOnly),
    switches: [Inputs.ChangedOnly, 'verbose'],
  })
  if (args.positionals.length > 0)
    throw new UsageError(`Unexpected argument '${args.positionals[0]}'`)
  if (!args.options.has(Inputs.Mode)) throw new UsageError('run needs --mode validate|plan|apply')
  const raw = new Map<InputName, string>()
  for (const name of INPUT_NAMES) {
    const values = args.options.get(name)
    if (values) raw.set(name, name === Inputs.Configs ? values.join('\n') : values.at(-1)!)
  }
  // At a terminal the Terraform already installed is the one to use; without one, download.
  if (!raw.has(Inputs.TerraformVersion) && findOnPath('terraform', io.env, process.platform)) {
    raw.set(Inputs.TerraformVersion, 'system')
  }
  const stopListening = io.cancellation?.listen()
  let report: RunReport
  try {
    report = await pipeline(raw, io, {
      verbose: last(args, 'verbose') === 'true',
      quiet: false,
    })
  } finally {
    stopListening?.()
  }
  io.stdout(totals(report))
  return errorCount(report) > 0 ? EXIT_FINDINGS : EXIT_OK
}

async function pipeline(
  raw: Map<InputName, string>,
  io: CliIO,
  output: { verbose: boolean; quiet: boolean },
): Promise<RunReport> {
  const options = parseRunOptions((name) => raw.get(name), io.cwd)
  const context = readGitHubContext(io.env)
  const reporter = reporterFor(io, output.verbose, output.quiet)
  // At a terminal GITHUB_TOKEN stands in for the github-token input.
  const withToken = { ...options, githubToken: options.githubToken ?? io.env.GITHUB_TOKEN }
  // At a terminal a generated root's state stays in the workspace, so the next run knows it.
  return runPipeline(
    withToken,
    context,
    pipelineDeps(withToken, context, reporter, io.env, {
      cancellation: io.cancellation,
      stateDir: path.join(options.workspace, STATE_DIR),
    }),
  )
}

async function tagsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv, io, 'tags')) return EXIT_OK
  const args = parseArgs(argv, { values: ['cloud', 'default-tags'], switches: [] })
  const file = single(args, 'tags <config>')
  const cloudArg = last(args, 'cloud')
  if (cloudArg !== undefined && !(CLOUDS as readonly string[]).includes(cloudArg)) {
    throw new UsageError(
      `--cloud: '${cloudArg}' is not accepted (expected one of: ${CLOUDS.join(', ')})`,
    )
  }
  const options = parseRunOptions(
    (name) => (name === Inputs.DefaultTags ? last(args, 'default-tags') : undefined),
    io.cwd,
  )
  const validation = await validateOne(file, io, options.defaultTags)
  if (!validation) return EXIT_FINDINGS
  const job = validation
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
  if (wantsHelp(argv, io, 'tfvars')) return EXIT_OK
  const args = parseArgs(argv, { values: ['default-tags', 'terraform-vars'], switches: [] })
  const file = single(args, 'tfvars <config>')
  const options = parseRunOptions(
    (name) =>
      name === Inputs.DefaultTags
        ? last(args, 'default-tags')
        : name === Inputs.TerraformVars
          ? last(args, 'terraform-vars')
          : undefined,
    io.cwd,
  )
  const job = await validateOne(file, io, options.defaultTags)
  if (!job) return EXIT_FINDINGS
  const tfvars = buildTfvars(job, {
    defaultTags: options.defaultTags,
    terraformVars: options.terraformVars,
  })
  io.stdout(JSON.stringify(tfvars, null, 2))
  return EXIT_OK
}

async function resolveCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv, io, 'resolve')) return EXIT_OK
  const args = parseArgs(argv, {
    values: ['outputs'],
    switches: ['write', 'allow-sensitive-outputs'],
  })
  const file = single(args, 'resolve <config> --outputs <file>')
  const outputsFile = last(args, 'outputs')
  if (!outputsFile) throw new UsageError('resolve needs --outputs <file of terraform output -json>')
  let outputsJson: string
  try {
    outputsJson = await readFile(path.resolve(io.cwd, outputsFile), 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read ${outputsFile}: ${(error as Error).message}`)
  }
  const write = last(args, 'write') === 'true'
  const resolution = await resolveFile(path.resolve(io.cwd, file), outputsJson, {
    write,
    allowSensitive: last(args, 'allow-sensitive-outputs') === 'true',
    file: relativePosix(io.cwd, path.resolve(io.cwd, file)),
  })
  for (const finding of resolution.findings) io.stderr(formatFinding(finding))
  if (resolution.findings.some((f) => f.severity === 'error')) return EXIT_FINDINGS
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
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`)
  }
  const display = relativePosix(io.cwd, path.resolve(io.cwd, file))
  const validation = validateConfigBytes(display, bytes, { defaultTags })
  const problems = validation.findings.filter((f) => f.severity !== 'notice')
  for (const finding of problems) io.stderr(formatFinding(finding))
  if (validation.skipped) throw new UsageError(`${display} has no infrastructure section`)
  if (!validation.job) return undefined
  return validation.job
}

function single(args: ParsedArgs, usage: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`Usage: dativo-infra ${usage}`)
  return args.positionals[0]!
}

function totals(report: RunReport): string {
  const { errors, warnings, failing, plan, resolved } = tally(report)
  const configs = plural(report.configs.length, 'config')
  if (errors > 0) {
    const and = warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''
    return `${plural(errors, 'error')}${and} in ${failing} of ${configs}`
  }
  const warned = warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''
  if (report.mode === 'validate') return `${configs} valid${warned}`
  return report.mode === 'plan'
    ? `${configs} planned: ${formatPlan(plan)}${warned}`
    : `${configs} applied: ${formatPlan(plan)}, ${resolved} resolved${warned}`
}
