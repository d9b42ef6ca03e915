// Pipeline steps 4–5 (CONTRACT §6): for each valid job, in its own root, terraform init, plan to
// a file (plan validates the configuration, and its output is the plan text), read the saved
// plan as JSON, and in apply mode apply that plan and read the outputs. Up to `parallelism` jobs
// run at once, inits included (plugin-cache.ts keeps the shared cache safe); one failing job does
// not stop the others; each job's log is printed in its own group. Nothing is written into a
// team's root: each job's variables, plan and .terraform data stay in a folder of its own outside
// the workspace, deleted when the job ends.
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Job } from '../config/job.js'
import type { Finding, SourceRange } from '../findings.js'
import type { RunOptions } from '../options.js'
import { checkPlan } from '../policy/plan.js'
import { permissionsBoundary } from '../policy/rules.js'
import type { PlatformPolicy } from '../policy/rules.js'
import type { Reporter } from '../publish/reporter.js'
import { plannedOutputs } from '../resolve/index.js'
import type { PlannedOutputs, TerraformOutputs } from '../resolve/index.js'
import { formatPlan } from '../run.js'
import type { PlanCounts } from '../run.js'
import { buildTfvars, TFVARS_FILE } from '../tags/tfvars.js'
import type { Cancellation } from '../util/cancellation.js'
import { Mutex, Slots } from '../util/concurrency.js'
import { reallyWithin, relativePosix } from '../util/paths.js'
import type { TerraformCli, TerraformResult } from './cli.js'
import { readDeclarations } from './hcl.js'
import type { Declarations } from './hcl.js'
import type { JobProgress } from '../publish/progress.js'
import type { ReviewGate } from '../review/gate.js'
import { secretTexts } from '../util/secrets.js'
import { analyseDrift } from '../drift/analyse.js'
import type { JobDrift } from '../drift/analyse.js'
import { planChanges } from './changes.js'
import type { PlanChanges } from './changes.js'
import { planFingerprint } from './fingerprint.js'
import type { PlanFingerprint, PlanInputs } from './fingerprint.js'
import { bundledDeclarations } from './modules.js'
import { bundledFiles, planInputs } from './plan-inputs.js'
import type { BundledFiles } from './plan-inputs.js'
import { countChanges, destroyedAddresses, planText, sensitiveTexts } from './plan.js'
import type { PluginCache } from './plugin-cache.js'
import {
  bundledModule,
  initialisedModuleDir,
  locateRoot,
  RootError,
  writeGeneratedRoot,
  writeModuleCall,
} from './roots.js'
import type { Root } from './roots.js'
import {
  decideState,
  localStateFile,
  StateRefused,
  stateOutputs,
  unignoredStateFile,
} from './state.js'

export const LOCK_TIMEOUT = '5m'

export interface TerraformStageDeps {
  reporter: Reporter
  terraform: TerraformCli
  /** The provider plugin cache the run's jobs share. */
  pluginCache: PluginCache
  /** A folder of this run's own, outside the workspace, for generated roots, plans and data. */
  workDir: string
  /** Destroy each job's runtime (`plan -destroy`) instead of planning its config. */
  destroy?: boolean
  /** Start, heartbeat and end lines for the job at this index; each job's log is then printed whole. */
  progress?: (index: number, job: Job) => JobProgress
  /** Apply mode: whether a job's fresh plan may be applied (require-reviewed-plan). */
  review?: ReviewGate
  /** The run's cancellation: no job or command starts after it, running ones are interrupted. */
  cancellation?: Cancellation
  /** Where generated roots keep their local state (the CLI's `.dativo/state`), if anywhere. */
  stateDir?: string
  /** The platform policy in force: what a plan may grant, and the variables it sets. */
  policy?: PlatformPolicy
  /** Apply mode: when each job may apply its plan (a rollout's order). */
  gate?: ApplyGate
}

/** A job a gate holds back, not started or not applied: the rule and message of its finding. */
export interface GateHold {
  rule: string
  message: string
}

/** Decides when jobs may apply: asked before a job starts and between its plan and its apply. */
export interface ApplyGate {
  start(job: Job): GateHold | undefined
  beforeApply(job: Job, hasChanges: boolean): Promise<GateHold | undefined>
  /** Told once per job, however it ended. */
  finished(job: Job, ok: boolean): void
}

export interface JobOutcome {
  file: string
  /** Every Terraform command of the job succeeded. */
  ok: boolean
  /** Cut short by a cancellation (or never started because of one). */
  interrupted?: boolean
  findings: Finding[]
  plan: PlanCounts | null
  hasChanges: boolean
  /** The plan as `terraform show` prints it, from plan's output (sensitive values hidden). */
  planText?: string
  /** The addresses of the resources the plan deletes. */
  destroys?: string[]
  /** Variables the root does not declare, so not passed to Terraform, and which root that is. */
  notPassed?: { names: string[]; root: string }
  /** Output values the plan already knows (plan mode's preview). */
  plannedOutputs?: PlannedOutputs
  /** `terraform output -json` after apply, sensitive values included: never log these. */
  outputs?: TerraformOutputs
  /** What the plan will change, hashed (see fingerprint.ts). */
  fingerprint?: PlanFingerprint
  /** The plan was not applied because it is not the reviewed one; the finding says why. */
  refused?: boolean
  /**
   * The plan breaks a rule (a resource without the job's tags, a grant the policy forbids): it is
   * not applied, and its findings say why.
   */
  planRefused?: boolean
  /** The Terraform command that failed, if one did. */
  failedStep?: string
  /** Texts of the job's sensitive values, already masked in the log, for reports to scrub. */
  secrets: string[]
  /** What the plan changes, attribute by attribute (see changes.ts). */
  changes?: PlanChanges
  /** Drift mode: what changed outside Terraform, read from the plan. */
  drift?: JobDrift
  /** Drift mode: the plan restoring drifted tags was applied, or its apply was started. */
  healed?: boolean
  healStarted?: boolean
  /** Held back by the gate: not started, or planned and not applied. */
  held?: boolean
}

export async function runTerraformJobs(
  jobs: readonly Job[],
  options: RunOptions,
  deps: TerraformStageDeps,
): Promise<JobOutcome[]> {
  // The lock file the first init of a generated root wrote, by the module it calls.
  const lockFiles = new Map<string, string>()
  // The bundled modules' files, read for the first job's fingerprint and kept for the others'.
  const moduleFiles = bundledFiles()
  const located = jobs.map((job, index) => {
    const jobDir = path.join(
      deps.workDir,
      `${String(index + 1).padStart(3, '0')}-${slug(job.jobName)}`,
    )
    return { job, jobDir, root: findRoot(job, options, jobDir) }
  })
  // Jobs in one team folder take turns in it, however they reach it (two links to one folder
  // are one folder), and must each have a state of their own there.
  const inFolder = new Map<string, string[]>()
  for (const { job, root } of located) {
    if (root instanceof RootError || !root.realDir) continue
    inFolder.set(root.realDir, [...(inFolder.get(root.realDir) ?? []), job.jobName])
  }
  const folderLocks = new Map([...inFolder.keys()].map((dir) => [dir, new Mutex()]))
  const inTurn = (root: Root | RootError, run: () => Promise<JobOutcome>) => {
    const lock = !(root instanceof RootError) && root.realDir && folderLocks.get(root.realDir)
    return lock ? lock.lock(run) : run()
  }
  // One job at a time streams its log into its group as Terraform prints it, between its start
  // and end lines. Interleaved lines of parallel jobs cannot share log groups, nor can progress
  // lines go between a group's lines: with several at once, each job's log is kept and printed
  // whole when the job ends, and heartbeats say meanwhile that its command still runs.
  const live = options.parallelism === 1 || jobs.length === 1
  const verb = deps.destroy ? (options.mode === 'apply' ? 'destroy' : 'destroy plan') : options.mode
  // `parallelism` jobs run their commands at once. A job's last command, when it only reads
  // (plan mode's terraform show), gives its slot to the next job and runs beside it, in one of
  // `parallelism` slots of its own: it waits for nothing, and the next job's init does not wait
  // for it either.
  const slots = new Slots(options.parallelism)
  const tails = new Slots(options.parallelism)
  // Live, a job's log waits for the job before it to end before it opens its group.
  let previousEnded: Promise<void> = Promise.resolve()
  const runOne = async (
    { job, jobDir, root }: (typeof located)[number],
    index: number,
  ): Promise<JobOutcome> => {
    const others =
      root instanceof RootError || !root.realDir
        ? []
        : inFolder.get(root.realDir)!.filter((name) => name !== job.jobName)
    const title = `Terraform ${verb}: ${job.jobName} (${job.file})`
    const progress = deps.progress?.(index, job)
    const turn = previousEnded
    let ended!: () => void
    previousEnded = new Promise((resolve) => (ended = resolve))
    try {
      // A job the run's cancellation reaches before it starts says so once, as a finding: no
      // start or end line, no log group.
      if (deps.cancellation?.cancelled) return notStarted(job, deps.cancellation.signal!)
      let releaseSlot: (() => void) | undefined = await slots.acquire()
      let releaseTail: (() => void) | undefined
      const lastRead = async () => {
        releaseSlot?.()
        releaseSlot = undefined
        releaseTail = await tails.acquire()
      }
      let started = false
      const start = (log: (line: string) => void, heartbeats?: JobProgress) =>
        inTurn(root, () => {
          const signal = deps.cancellation?.signal
          if (signal) return Promise.resolve(notStarted(job, signal))
          if (!live) progress?.start(verb)
          started = true
          return runJob(job, root, others, options, deps, {
            jobDir,
            lockFiles,
            moduleFiles,
            log,
            progress: heartbeats,
            lastRead,
          })
        })
      let outcome: JobOutcome
      try {
        if (live) {
          // Its lines wait while the job before it finishes its last command.
          let streaming = false
          const early: string[] = []
          const running = start((line) =>
            streaming ? deps.reporter.output(line) : early.push(line),
          )
          await turn
          // Cancelled before it could start: no group for it.
          if (deps.cancellation?.cancelled && !started) return await running
          progress?.start(verb)
          outcome = await deps.reporter.group(title, () => {
            for (const line of early.splice(0)) deps.reporter.output(line)
            streaming = true
            return running
          })
          if (!started) return outcome
        } else {
          const lines: string[] = []
          outcome = await start((line) => lines.push(line), progress)
          if (!started) return outcome
          await deps.reporter.group(title, async () =>
            lines.forEach((line) => deps.reporter.output(line)),
          )
        }
      } finally {
        releaseSlot?.()
        releaseTail?.()
      }
      progress?.end(endLine(verb, outcome))
      return outcome
    } finally {
      ended()
    }
  }
  const outcomes = await Promise.all(
    located.map(async (entry, index) => {
      const outcome = await runOne(entry, index)
      // A rollout waits for this: told as soon as the job ends, however it ended.
      deps.gate?.finished(entry.job, outcome.ok)
      return outcome
    }),
  )
  notPassedNotices(outcomes, jobs, deps)
  return outcomes
}

/** One notice per cause, naming its jobs: variables a kind of root does not declare. */
function notPassedNotices(
  outcomes: readonly JobOutcome[],
  jobs: readonly Job[],
  deps: TerraformStageDeps,
): void {
  const causes = new Map<string, { names: string[]; root: string; jobs: string[] }>()
  outcomes.forEach((outcome, index) => {
    if (!outcome.notPassed) return
    const key = `${outcome.notPassed.root}\0${outcome.notPassed.names.join('\0')}`
    const cause = causes.get(key) ?? { ...outcome.notPassed, jobs: [] }
    cause.jobs.push(jobs[index]!.jobName)
    causes.set(key, cause)
  })
  for (const { names, root, jobs: named } of causes.values()) {
    const shown =
      named.slice(0, 10).join(', ') + (named.length > 10 ? `, … (${named.length} jobs)` : '')
    deps.reporter.notice(
      `Not passed to Terraform, ${root} declares no such variable: ${names.join(', ')} (${named.length === 1 ? 'job' : 'jobs'} ${shown})`,
    )
  }
}

/** The outcome of a job the run's cancellation did not let start. */
function notStarted(job: Job, signal: NodeJS.Signals): JobOutcome {
  return {
    file: job.file,
    ok: false,
    interrupted: true,
    findings: [
      {
        severity: 'warning',
        rule: 'cancelled',
        message: `Not run: the run was cancelled (${signal}) before this job started`,
        file: job.file,
        range: job.range,
      },
    ],
    plan: null,
    hasChanges: false,
    secrets: [],
  }
}

function findRoot(job: Job, options: RunOptions, jobDir: string): Root | RootError {
  try {
    return locateRoot(job, options.workspace, options.terraformDir, options.moduleSource, jobDir)
  } catch (error) {
    if (error instanceof RootError) return error
    return new RootError(`terraform-dir: ${(error as Error).message}`)
  }
}

/** What one job's run is given besides the job and the run's settings. */
interface JobContext {
  /** The job's own folder, outside the workspace, deleted when the job ends. */
  jobDir: string
  /** The lock file the first init of a generated root wrote, by the module it calls. */
  lockFiles: Map<string, string>
  /** The bundled modules' files, read once for the run's fingerprints (plan-inputs.ts). */
  moduleFiles: BundledFiles
  log: (line: string) => void
  /** Heartbeats while each command runs (jobs whose log is kept until they end). */
  progress?: JobProgress
  /** Called before the job's last command when it only reads: the job lets the next one start. */
  lastRead: () => Promise<void>
}

async function runJob(
  job: Job,
  located: Root | RootError,
  sharingJobs: string[],
  options: RunOptions,
  deps: TerraformStageDeps,
  { jobDir, lockFiles, moduleFiles, log, progress, lastRead }: JobContext,
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

  const cancellation = deps.cancellation
  if (cancellation?.cancelled) return notStarted(job, cancellation.signal!)
  const held = deps.gate?.start(job)
  if (held) {
    outcome.held = true
    finding('warning', held.rule, held.message)
    return outcome
  }
  // The plan's inputs, read while Terraform plans (see below).
  let inputsRead: Promise<PlanInputs> | undefined
  try {
    if (located instanceof RootError) throw located
    const root = located
    await mkdir(jobDir, { recursive: true })
    const cache = await deps.pluginCache.forJob(jobDir)
    const terraform = deps.terraform.forJob(jobDir, cache.dir)
    const folder = root.generated ? undefined : relativePosix(options.workspace, root.dir) || '.'

    const step = async (name: string, args: string[], how: StepOptions = {}) => {
      if (cancellation?.cancelled) throw new Interrupted(name, cancellation.signal!)
      const changes = name === 'apply'
      const readOnly = READ_ONLY.has(name)
      const onLine = how.onLine ?? log
      const running = terraform.run({
        args,
        cwd: root.dir,
        onLine,
        quiet: how.quiet,
        changes,
        readOnly,
      })
      const heartbeats = progress && how.heartbeats !== false ? progress : undefined
      const result = await (heartbeats ? heartbeats.running(name, running) : running)
      if (result.leftBehind) {
        const message = `terraform ${name} left processes running when it ended (commands its provisioners started): ${result.leftBehind === 'killed' ? 'they did not stop on SIGTERM and were killed' : 'they were stopped with SIGTERM'}. Nothing Terraform starts outlives its command; a program meant to keep running must leave Terraform's process group (setsid)`
        finding('notice', 'left-running', message)
        log(message)
      }
      const succeeded = result.exitCode === 0 || (name === 'plan' && result.exitCode === 2)
      // A command that finished despite a stop request did its work: the next one is not started.
      if (succeeded && !result.signal) return result
      throw stepFailure(name, result, options.terraformTimeoutMs)
    }

    // A team root's backend decides where its state is: read before any command runs. When the
    // files do not parse, init reports why in Terraform's own words.
    let own: Declarations | undefined
    if (!root.generated) {
      try {
        own = await readDeclarations(root.dir)
      } catch (error) {
        await cache.init(() => step('init', ['init', '-input=false', '-no-color']), log)
        throw error
      }
    }
    const state = decideState(job, root, options, {
      workspace: options.workspace,
      declaredBackend: own?.backend,
      stateDir: deps.stateDir,
      sharingJobs,
    })
    if (state.note) finding(state.note.severity, state.note.rule, state.note.message)
    if (deps.stateDir && state.localFile && options.mode === 'apply') {
      const warning = await unignoredStateFile(state.localFile, options.workspace)
      if (warning) finding('warning', 'local-state', warning)
    }
    log(
      root.generated
        ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
        : `Root: ${folder}`,
    )
    log(`State: ${state.where}`)
    if (state.stateFolder) await prepareStateFolder(state.stateFolder, options.workspace)

    const tfvars = buildTfvars(job, {
      defaultTags: options.defaultTags,
      terraformVars: options.terraformVars,
      permissionsBoundaryArn: permissionsBoundary(job, deps.policy),
    })
    if (root.generated) await writeModuleCall(root, job, state.generatedBackend)
    const lockFile = path.join(root.dir, '.terraform.lock.hcl')
    const hadLockFile = root.generated || existsSync(lockFile)
    // Terraform takes a package from the cache only when the lock file lists its checksum: the
    // first generated root calling a module installs its providers, the next ones start from its
    // lock file and take them from the cache.
    const seeded = root.generated ? lockFiles.get(root.moduleSource!) : undefined
    if (seeded !== undefined) await writeFile(lockFile, seeded)
    const initArgs = [
      'init',
      '-input=false',
      '-no-color',
      ...state.backendLines.map((line) => `-backend-config=${line}`),
    ]
    await cache.init(() => step('init', initArgs), log)
    if (root.generated && seeded === undefined && existsSync(lockFile)) {
      lockFiles.set(root.moduleSource!, await readFile(lockFile, 'utf8'))
    }
    if (!hadLockFile && existsSync(lockFile)) {
      // Removing it could break another run using the folder now; Terraform's advice is to commit it.
      finding(
        'notice',
        'lock-file',
        `terraform init wrote .terraform.lock.hcl into ${folder}, which had none: commit it, so that every run installs the same provider versions`,
      )
    }

    let declared: Set<string>
    if (root.generated) {
      const module = options.moduleSource
        ? await readDeclarations(await initialisedModuleDir(root, path.join(jobDir, 'data')))
        : bundledDeclarations(job.runtime.type)
      declared = await writeGeneratedRoot(
        root,
        job,
        state.generatedBackend,
        module,
        new Set(Object.keys(tfvars)),
      )
    } else {
      declared = new Set(own!.variables.keys())
    }
    const unused = Object.keys(tfvars).filter((name) => !declared.has(name))
    if (unused.length > 0) {
      // One notice for the run, for all jobs with this cause (runTerraformJobs gathers them).
      outcome.notPassed = {
        names: unused,
        root: folder
          ? `the root ${folder}`
          : options.moduleSource
            ? 'the module of module-source'
            : `the ${job.runtime.type} module`,
      }
    }
    // The job's own file, never one in the root: two jobs in one folder cannot read each other's.
    const varFile = path.join(jobDir, TFVARS_FILE)
    const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)))
    await writeFile(varFile, JSON.stringify(passed, null, 2) + '\n', { mode: 0o600 })

    const planFile = path.join(jobDir, 'tfplan')
    // What the plan is made from (files, lock selections, backend) is read while Terraform plans:
    // plan changes none of it.
    inputsRead = planInputs({
      rootDir: root.dir,
      jobDir,
      workspace: options.workspace,
      bundledModules:
        root.generated && !options.moduleSource
          ? path.dirname(bundledModule(job.runtime.type))
          : undefined,
      moduleSource: root.generated ? root.moduleSource : undefined,
      backend: {
        type: (root.generated ? state.generatedBackend : own?.backend) ?? 'none',
        settings: state.backendLines,
      },
      bundledFiles: moduleFiles,
    })
    // Used after plan and show; when a step fails first, its result goes unused (the finally
    // below waits for it all the same).
    inputsRead.catch(() => {})
    // Plan validates the configuration before planning: an invalid one fails here, in
    // Terraform's words.
    const plan = await step('plan', [
      'plan',
      '-input=false',
      '-no-color',
      `-lock-timeout=${LOCK_TIMEOUT}`,
      '-detailed-exitcode',
      ...(deps.destroy ? ['-destroy'] : []),
      `-var-file=${varFile}`,
      `-out=${planFile}`,
    ])
    outcome.hasChanges = plan.exitCode === 2
    outcome.planText = planText(plan.stdout)

    // The JSON form holds sensitive values in clear: it is parsed, never printed. It is read
    // before anything is applied: the plan's checks decide whether it may be.
    // In plan mode reading the plan is the job's last command: the next job may start.
    if (options.mode === 'plan') await lastRead()
    const shown = JSON.parse(
      (await step('show', ['show', '-json', planFile], { quiet: true })).stdout,
    ) as unknown
    secret(sensitiveTexts(shown))
    outcome.plan = countChanges(shown)
    outcome.destroys = destroyedAddresses(shown)
    // What will run: the plan, and the files, lock selections and backend it was made from.
    outcome.fingerprint = await planFingerprint(shown, await inputsRead)
    outcome.plannedOutputs = plannedOutputs(shown)
    outcome.changes = planChanges(shown)
    const broken = deps.destroy ? [] : checkPlan(shown, job, deps.policy)
    for (const problem of broken) {
      outcome.findings.push(problem)
      log(`${problem.severity}: ${problem.message}`)
    }
    if (broken.some((problem) => problem.severity === 'error')) {
      outcome.planRefused = true
      if (options.mode === 'apply') log('Not applied: the plan breaks the rules above')
      return outcome
    }
    const applyArgs = [
      'apply',
      '-input=false',
      '-no-color',
      `-lock-timeout=${LOCK_TIMEOUT}`,
      planFile,
    ]

    if (options.mode === 'apply' && deps.gate) {
      if (outcome.hasChanges) log('Planned: waiting for its turn in the rollout')
      const hold = await deps.gate.beforeApply(job, outcome.hasChanges)
      if (hold) {
        outcome.held = true
        finding('warning', hold.rule, hold.message)
        log(hold.message)
        return outcome
      }
    }

    const verdict =
      options.mode === 'apply' ? deps.review?.(job, outcome.fingerprint, !!deps.destroy) : undefined
    if (verdict && !verdict.apply) {
      finding('error', 'unreviewed-plan', verdict.message)
      log(verdict.message)
      outcome.refused = true
      return outcome
    }
    if (verdict?.note) log(verdict.note)

    if (options.mode === 'drift') {
      const drift = analyseDrift(outcome.changes!)
      outcome.drift = drift
      // The saved plan is applied only when it restores drifted tags and nothing else.
      if (options.healTagDrift && drift.state === 'drifted' && !drift.healBlocked) {
        log(
          'Only tags drifted, and the saved plan restores them and changes nothing else: applying it',
        )
        outcome.healStarted = true
        await step('apply', applyArgs)
        outcome.healed = true
      }
      outcome.ok = true
      return outcome
    }

    if (options.mode === 'apply') {
      await step('apply', applyArgs)
      if (deps.destroy) {
        outcome.ok = true
        return outcome
      }
      // The outputs apply just wrote into a local state this run chose are read from the file:
      // what `terraform output -json` would print, without a Terraform process more. Any other
      // state is asked through Terraform, as the job's last command.
      const stateFile = localStateFile(root, state, terraform.env)
      let outputs = stateFile ? await stateOutputs(stateFile) : undefined
      if (!outputs) {
        await lastRead()
        outputs = JSON.parse(
          (await step('output', ['output', '-json'], { quiet: true })).stdout,
        ) as TerraformOutputs
      }
      for (const output of Object.values(outputs)) {
        if (output.sensitive) secret(secretTexts(output.value))
      }
      outcome.outputs = outputs
    }
    outcome.ok = true
  } catch (error) {
    if (error instanceof Interrupted) outcome.interrupted = true
    const known =
      error instanceof TerraformStepError ||
      error instanceof RootError ||
      error instanceof StateRefused ||
      error instanceof Interrupted
    const message = known
      ? (error as Error).message
      : `Terraform could not run: ${(error as Error).message}`
    const rule =
      error instanceof StateRefused
        ? error.rule
        : error instanceof Interrupted
          ? 'cancelled'
          : 'terraform'
    if (error instanceof TerraformStepError || error instanceof Interrupted) {
      outcome.failedStep = error.step
    }
    // Once, as a finding: Terraform's own output is already in the job's log.
    finding('error', rule, message)
  } finally {
    // Their reading ends before the folder it may be reading goes.
    await inputsRead?.catch(() => {})
    // The plan and the variables hold the job's values, sensitive ones included. A folder that
    // cannot be removed takes nothing from what the job did: it is said, and the run goes on.
    await rm(jobDir, { recursive: true, force: true }).catch((error: unknown) => {
      const message = `The job's temporary folder ${jobDir} could not be removed (${(error as Error).message}): it holds the job's plan and variables, sensitive values included; remove it`
      finding('warning', 'temporary-folder', message)
      log(message)
    })
  }
  return outcome
}

/** The CLI's `.dativo/state/<job_name>/`, kept out of git by a `.dativo/.gitignore` of its own. */
async function prepareStateFolder(folder: string, workspace: string): Promise<void> {
  const stateDir = path.dirname(folder)
  const name = path.basename(folder)
  if (
    !/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(name) ||
    reallyWithin(workspace, folder) === undefined
  ) {
    throw new RootError(
      `job_name '${name}' cannot name a folder of ${relativePosix(workspace, stateDir)} for the job's state`,
    )
  }
  await mkdir(folder, { recursive: true })
  const ignore = path.join(path.dirname(stateDir), '.gitignore')
  if (!existsSync(ignore)) {
    await writeFile(ignore, '# Terraform state of the dativo-infra CLI: never commit it.\n*\n')
  }
}

interface StepOptions {
  /** Keep the output out of the log (JSON with values that may be sensitive). */
  quiet?: boolean
  /** Where the output's lines go instead of the job's log. */
  onLine?: (line: string) => void
  /** Heartbeats while it runs (false for a command that runs beside another one). */
  heartbeats?: boolean
}

class TerraformStepError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message)
    this.name = 'TerraformStepError'
  }
}

/** Terraform's words when it could not save its state or give its lock back. */
const STATE_NOT_KEPT = /Failed to (save|persist) state|Error releasing the state lock/

/** Terraform commands that only read: stopped at any moment, they leave nothing half done. */
const READ_ONLY = new Set(['show', 'output', 'version'])

/** A command the run's cancellation stopped, or did not let start. */
class Interrupted extends Error {
  constructor(
    readonly step: string,
    signal: NodeJS.Signals,
    result?: TerraformResult,
  ) {
    super(interruptedMessage(step, signal, result))
    this.name = 'Interrupted'
  }
}

function interruptedMessage(
  step: string,
  signal: NodeJS.Signals,
  result: TerraformResult | undefined,
): string {
  const stopped = result?.stopped
  if (!result || !stopped) {
    return `Not finished: the run was cancelled (${signal}) before terraform ${step}; run again to finish this job`
  }
  if (READ_ONLY.has(step)) {
    return `terraform ${step} was interrupted (${signal}); it only reads, so nothing was left half done. Run again to finish this job`
  }
  if (stopped.interrupts > 1) {
    return `terraform ${step} was interrupted (${signal}) and then stopped at once by a second signal: its state may lack what it was doing. Check the state (terraform state list) before running again`
  }
  // Terraform handles SIGINT from before it starts its command: one that a single SIGINT ended
  // had not begun.
  if (result.signal === 'SIGINT') {
    return `terraform ${step} was interrupted (${signal}) as it started, before it had changed anything. Run again to finish this job`
  }
  if (result.signal) {
    return `terraform ${step} was interrupted (${signal}) and then killed by ${result.signal}: its state may lack what it was doing. Check the state (terraform state list) before running again`
  }
  if (STATE_NOT_KEPT.test(result.stderr)) {
    return `terraform ${step} was interrupted (${signal}) and stopped, but could not keep its state: ${errorSummary(result.stderr)}`
  }
  return `terraform ${step} was interrupted (${signal}): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job`
}

/** Why a command failed, in words: its errors, a time limit, or a signal that killed it. */
function stepFailure(step: string, result: TerraformResult, timeoutMs: number): Error {
  const stopped = result.stopped
  if (stopped?.reason === 'cancelled') return new Interrupted(step, stopped.signal, result)
  if (stopped?.reason === 'timeout') {
    const limit = formatDuration(timeoutMs)
    if (READ_ONLY.has(step)) {
      return new TerraformStepError(
        step,
        `terraform ${step} ran longer than terraform-timeout (${limit}) and was stopped; it only reads, so nothing was left half done. Raise terraform-timeout if the command needs longer`,
      )
    }
    return new TerraformStepError(
      step,
      stopped.interrupts > 1 || result.signal
        ? `terraform ${step} ran longer than terraform-timeout (${limit}) and did not stop when interrupted: it was stopped at once, and its state may lack what it was doing`
        : STATE_NOT_KEPT.test(result.stderr)
          ? `terraform ${step} ran longer than terraform-timeout (${limit}) and was interrupted, but could not keep its state: ${errorSummary(result.stderr)}`
          : `terraform ${step} ran longer than terraform-timeout (${limit}) and was interrupted: Terraform stopped gracefully, saving its state and releasing its lock. Raise terraform-timeout if the command needs longer`,
    )
  }
  if (result.signal) {
    return new TerraformStepError(
      step,
      `terraform ${step} was killed by ${result.signal}: its state may lack what it was doing, and its lock may still be held`,
    )
  }
  return new TerraformStepError(
    step,
    `terraform ${step} failed: ${errorSummary(result.stderr || result.stdout)}`,
  )
}

/** `90s`, `60m`, `1h30m`: as terraform-timeout is written. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`
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
  if (outcome.planRefused) {
    const count = outcome.findings.filter((f) => f.severity === 'error').length
    return `${verb === 'apply' ? 'not applied' : `${verb} ${formatPlan(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`}: ${count === 1 ? 'one rule' : `${count} rules`} broken`
  }
  if (outcome.held) return 'not applied: held back by the rollout'
  if (outcome.healed) return `${verb} ${formatPlan(outcome.plan!)}: drifted tags restored`
  if (outcome.interrupted) return `${outcome.failedStep ?? verb} interrupted`
  if (!outcome.ok) return outcome.failedStep ? `${outcome.failedStep} failed` : `${verb} failed`
  return `${verb} ${formatPlan(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'job'
}
