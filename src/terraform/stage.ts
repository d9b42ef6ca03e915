// Pipeline steps 4–5 (CONTRACT §6): for each valid job, in its own root, terraform init
// (one at a time: they share the plugin cache), validate, plan to a file, read the plan, and in
// apply mode apply that plan and read the outputs. Up to `parallelism` jobs run at once; one
// failing job does not stop the others; each job's log is printed in its own group.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Job } from '../config/job.js'
import type { Finding, SourceRange } from '../findings.js'
import { backendLinesFor } from '../options.js'
import type { RunOptions } from '../options.js'
import type { Reporter } from '../publish/reporter.js'
import { plannedOutputs } from '../resolve/index.js'
import type { PlannedOutputs, TerraformOutputs } from '../resolve/index.js'
import { formatPlan } from '../run.js'
import type { PlanCounts } from '../run.js'
import { buildTfvars, TFVARS_FILE } from '../tags/tfvars.js'
import { mapPool, Mutex } from '../util/concurrency.js'
import type { TerraformCli } from './cli.js'
import { readDeclarations } from './hcl.js'
import type { JobProgress } from '../publish/progress.js'
import type { ReviewGate } from '../review/gate.js'
import { secretTexts } from '../util/secrets.js'
import { planFingerprint } from './fingerprint.js'
import type { PlanFingerprint } from './fingerprint.js'
import { countChanges, sensitiveTexts } from './plan.js'
import {
  initialisedModuleDir,
  locateRoot,
  renderTokens,
  RootError,
  writeGeneratedRoot,
  writeModuleCall,
} from './roots.js'
import type { Root } from './roots.js'

export const LOCK_TIMEOUT = '5m'

export interface TerraformStageDeps {
  reporter: Reporter
  terraform: TerraformCli
  /** A folder of this run's own, outside the workspace, for generated roots, plans and data. */
  workDir: string
  /** Destroy each job's runtime (`plan -destroy`) instead of planning its config. */
  destroy?: boolean
  /** Start, heartbeat and end lines for the job at this index; each job's log is then printed whole. */
  progress?: (index: number, job: Job) => JobProgress
  /** Apply mode: whether a job's fresh plan may be applied (require-reviewed-plan). */
  review?: ReviewGate
}

export interface JobOutcome {
  file: string
  /** Every Terraform command of the job succeeded. */
  ok: boolean
  findings: Finding[]
  plan: PlanCounts | null
  hasChanges: boolean
  /** `terraform show` of the saved plan (Terraform prints sensitive values as hidden). */
  planText?: string
  /** Output values the plan already knows (plan mode's preview). */
  plannedOutputs?: PlannedOutputs
  /** `terraform output -json` after apply, sensitive values included: never log these. */
  outputs?: TerraformOutputs
  /** What the plan will change, hashed (see fingerprint.ts). */
  fingerprint?: PlanFingerprint
  /** The plan was not applied because it is not the reviewed one; the finding says why. */
  refused?: boolean
  /** The Terraform command that failed, if one did. */
  failedStep?: string
  /** Texts of the job's sensitive values, already masked in the log, for reports to scrub. */
  secrets: string[]
}

export async function runTerraformJobs(
  jobs: readonly Job[],
  options: RunOptions,
  deps: TerraformStageDeps,
): Promise<JobOutcome[]> {
  const init = new Mutex()
  // Jobs that share a team's root (a terraform-dir without {job_name}) take turns in it.
  const rootLocks = new Map<string, Mutex>()
  const inTurn = (root: Root | RootError, run: () => Promise<JobOutcome>) => {
    if (root instanceof RootError || root.generated) return run()
    if (!rootLocks.has(root.dir)) rootLocks.set(root.dir, new Mutex())
    return rootLocks.get(root.dir)!.lock(run)
  }
  // Interleaved lines of parallel jobs cannot share log groups, nor can progress lines go between
  // a group's lines: with several at once, or with progress, each job's log is kept and printed
  // whole when the job ends.
  const live = !deps.progress && (options.parallelism === 1 || jobs.length === 1)
  const verb = deps.destroy ? (options.mode === 'apply' ? 'destroy' : 'destroy plan') : options.mode
  return mapPool(jobs, options.parallelism, async (job, index) => {
    const title = `Terraform ${verb}: ${job.jobName} (${job.file})`
    const workDir = path.join(
      deps.workDir,
      `${String(index + 1).padStart(3, '0')}-${slug(job.jobName)}`,
    )
    const root = findRoot(job, options, workDir)
    if (live) {
      return deps.reporter.group(title, () =>
        inTurn(root, () =>
          runJob(job, root, options, deps, workDir, init, (line) => deps.reporter.output(line)),
        ),
      )
    }
    const lines: string[] = []
    const progress = deps.progress?.(index, job)
    progress?.start(verb)
    const outcome = await inTurn(root, () =>
      runJob(job, root, options, deps, workDir, init, (line) => lines.push(line), progress),
    )
    await deps.reporter.group(title, async () =>
      lines.forEach((line) => deps.reporter.output(line)),
    )
    progress?.end(endLine(verb, outcome))
    return outcome
  })
}

function findRoot(job: Job, options: RunOptions, workDir: string): Root | RootError {
  try {
    return locateRoot(job, options.workspace, options.terraformDir, options.moduleSource, workDir)
  } catch (error) {
    if (error instanceof RootError) return error
    throw error
  }
}

async function runJob(
  job: Job,
  located: Root | RootError,
  options: RunOptions,
  deps: TerraformStageDeps,
  workDir: string,
  init: Mutex,
  log: (line: string) => void,
  progress?: JobProgress,
): Promise<JobOutcome> {
  const outcome: JobOutcome = {
    file: job.file,
    ok: false,
    findings: [],
    plan: null,
    hasChanges: false,
    secrets: [],
  }
  // Sensitive values: masked in the log from now on, and kept for the reports to scrub.
  const secret = (texts: string[]) => {
    for (const text of texts) deps.reporter.secret(text)
    outcome.secrets.push(...texts)
  }
  const at = job.range
  const finding = (
    severity: Finding['severity'],
    rule: string,
    message: string,
    range: SourceRange | undefined = at,
  ) => outcome.findings.push({ severity, rule, message, file: job.file, range })

  let tfvarsPath: string | undefined
  try {
    if (located instanceof RootError) throw located
    const root = located
    await mkdir(workDir, { recursive: true })
    const dataDir = path.join(workDir, 'data')
    const terraform = deps.terraform.withDataDir(dataDir)
    const backendLines = backendLinesFor(options.backendConfig, job.provider)
    const backendArgs = backendLines.map(
      (line) => `-backend-config=${renderTokens(line, job, 'backend-config')}`,
    )
    const tfvars = buildTfvars(job, {
      defaultTags: options.defaultTags,
      terraformVars: options.terraformVars,
    })
    log(
      root.generated
        ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
        : `Root: ${path.relative(options.workspace, root.dir) || '.'}`,
    )

    const step = async (name: string, args: string[], quiet = false) => {
      const running = terraform.run({ args, cwd: root.dir, onLine: log, quiet })
      const result = await (progress ? progress.running(name, running) : running)
      if (result.exitCode !== 0 && !(name === 'plan' && result.exitCode === 2)) {
        throw new TerraformStepError(name, result.stderr || result.stdout)
      }
      return result
    }

    const withBackend = root.generated && backendLines.length > 0
    if (root.generated) await writeModuleCall(root, job, withBackend)
    await init.lock(() => step('init', ['init', '-input=false', '-no-color', ...backendArgs]))

    let declared: Set<string>
    let remoteState: boolean
    if (root.generated) {
      const module = await readDeclarations(await initialisedModuleDir(root, dataDir))
      declared = await writeGeneratedRoot(
        root,
        job,
        withBackend,
        module,
        new Set(Object.keys(tfvars)),
      )
      remoteState = withBackend
    } else {
      const own = await readDeclarations(root.dir)
      declared = new Set(own.variables.keys())
      remoteState = own.backend !== undefined && own.backend !== 'local'
    }
    const unused = Object.keys(tfvars).filter((name) => !declared.has(name))
    if (unused.length > 0) {
      finding(
        'notice',
        'terraform-vars',
        `Not passed to Terraform, the root declares no such variable: ${unused.join(', ')}`,
      )
    }
    if (options.mode === 'apply' && !remoteState) {
      // The sandbox provisions nothing outside Terraform's state, so losing it loses nothing.
      finding(
        job.provider === 'local' ? 'notice' : 'warning',
        'local-state',
        "This job's Terraform state is local to the runner and is lost when the job ends: give its root a backend (terraform-dir with a backend block, or backend-config)",
      )
    }
    tfvarsPath = path.join(root.dir, TFVARS_FILE)
    const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)))
    await writeFile(tfvarsPath, JSON.stringify(passed, null, 2) + '\n')

    await step('validate', ['validate', '-no-color'])
    const planFile = path.join(workDir, 'tfplan')
    const plan = await step('plan', [
      'plan',
      '-input=false',
      '-no-color',
      `-lock-timeout=${LOCK_TIMEOUT}`,
      '-detailed-exitcode',
      ...(deps.destroy ? ['-destroy'] : []),
      `-out=${planFile}`,
    ])
    outcome.hasChanges = plan.exitCode === 2

    // The JSON form holds sensitive values in clear: it is parsed, never printed.
    const shown = JSON.parse(
      (await step('show', ['show', '-json', planFile], true)).stdout,
    ) as unknown
    secret(sensitiveTexts(shown))
    outcome.plan = countChanges(shown)
    outcome.fingerprint = planFingerprint(shown)
    outcome.plannedOutputs = plannedOutputs(shown)
    outcome.planText = (await step('show', ['show', '-no-color', planFile], true)).stdout

    const verdict =
      options.mode === 'apply' ? deps.review?.(job, outcome.fingerprint, !!deps.destroy) : undefined
    if (verdict && !verdict.apply) {
      finding('error', 'unreviewed-plan', verdict.message)
      log(verdict.message)
      outcome.refused = true
      return outcome
    }
    if (verdict?.note) log(verdict.note)

    if (options.mode === 'apply') {
      await step('apply', [
        'apply',
        '-input=false',
        '-no-color',
        `-lock-timeout=${LOCK_TIMEOUT}`,
        planFile,
      ])
      if (deps.destroy) {
        outcome.ok = true
        return outcome
      }
      const outputs = JSON.parse(
        (await step('output', ['output', '-json'], true)).stdout,
      ) as TerraformOutputs
      for (const output of Object.values(outputs)) {
        if (output.sensitive) secret(secretTexts(output.value))
      }
      outcome.outputs = outputs
    }
    outcome.ok = true
  } catch (error) {
    const message =
      error instanceof TerraformStepError || error instanceof RootError
        ? error.message
        : `Terraform could not run: ${(error as Error).message}`
    if (error instanceof TerraformStepError) outcome.failedStep = error.step
    // Once, as a finding: Terraform's own output is already in the job's log.
    finding('error', 'terraform', message)
  } finally {
    // The team's root is left as it was found.
    if (tfvarsPath && !(located instanceof RootError) && !located.generated) {
      await rm(tfvarsPath, { force: true })
    }
  }
  return outcome
}

class TerraformStepError extends Error {
  constructor(
    readonly step: string,
    output: string,
  ) {
    super(`terraform ${step} failed: ${errorSummary(output)}`)
    this.name = 'TerraformStepError'
  }
}

/**
 * Terraform's "Error: …" blocks without the box drawing, at most 30 lines; init's general
 * preamble ("Terraform encountered problems during initialisation…") is left out.
 */
export function errorSummary(output: string): string {
  const lines = output.split('\n').map((line) => line.replace(/^[│╷╵]\s?/, '').trimEnd())
  const blocks: string[][] = []
  for (const line of lines) {
    if (line.startsWith('Error:')) blocks.push([line])
    else blocks.at(-1)?.push(line)
  }
  const relevant = blocks.filter(
    (block) => !/^Error: Terraform encountered problems during init/.test(block[0]!),
  )
  const chosen =
    relevant.length > 0 ? relevant.flat() : lines.filter((line) => line.trim() !== '').slice(-10)
  const text = chosen
    .filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '')
    .slice(0, 30)
    .join('\n')
    .trim()
  return text || 'no output'
}

/** What a job came to, for its progress end line: `plan +1 ~0 -0`, `init failed`, … */
function endLine(verb: string, outcome: JobOutcome): string {
  if (outcome.refused) return 'not applied: the plan is not the reviewed one'
  if (!outcome.ok) return outcome.failedStep ? `${outcome.failedStep} failed` : `${verb} failed`
  return `${verb} ${formatPlan(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'job'
}
