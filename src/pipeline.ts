// The stages of CONTRACT §1, in order, for one run. Nothing here knows whether it runs as the
// action or the CLI: both front doors build RunOptions and the deps, then call runPipeline.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadPolicySchema } from './config/policy.js'
import { ConfigReader } from './config/read.js'
import { validateRead } from './config/validate.js'
import type { ConfigValidation } from './config/validate.js'
import { discoverConfigs } from './discover/discover.js'
import {
  listRepositoryFiles,
  readRepositoryConfigs,
  RepositoryConfigs,
  sharedJobNameFindings,
} from './discover/repository.js'
import type { Finding } from './findings.js'
import { GitHubClient } from './github/client.js'
import { pullRequestOf } from './github/context.js'
import type { GitHubContext } from './github/context.js'
import type { RunOptions } from './options.js'
import type { PlatformPolicy } from './policy/rules.js'
import { heartbeatInterval, Progress } from './publish/progress.js'
import type { ProgressSink } from './publish/progress.js'
import type { Reporter } from './publish/reporter.js'
import type { TerraformOutputs } from './resolve/outputs.js'
import type { ConfigRun, RemovedRun, RunReport } from './run.js'
import { finalTags } from './tags/convert.js'
import type { ReadResult } from './config/read.js'
import { blobSha } from './publish/commit-plan.js'
import { childEnvironment } from './util/env.js'
import { APPLY_DRAIN_MS } from './terraform/cli.js'
import type { InstalledTerraform } from './terraform/install/index.js'
import { systemTerraform as findSystemTerraform } from './terraform/install/system.js'
import type { Cancellation } from './util/cancellation.js'
import { Git } from './util/git.js'
import { once } from './util/concurrency.js'
import { within } from './util/paths.js'
import { plural } from './util/text.js'

export interface PipelineDeps {
  reporter: Reporter
  git: Git
  /** GitHub's API, when a token makes it usable. */
  api?: GitHubClient
  /**
   * The environment child processes run with (Terraform, git, deploy-command), and where
   * temporary folders go (RUNNER_TEMP): no INPUT_* variable and no variable holding the token,
   * whatever its name, so the token reaches none of them (util/env.ts).
   */
  env: NodeJS.ProcessEnv
  /** Where the Terraform jobs' start, heartbeat and end lines go. */
  progress: ProgressSink
  /** Milliseconds between heartbeats while a Terraform command runs. */
  heartbeatMs: number
  /** SIGINT/SIGTERM of the run: nothing new starts, running Terraform is interrupted. */
  cancellation?: Cancellation
  /** Where generated roots keep local state between runs (the CLI), if anywhere. */
  stateDir?: string
  /** Drift mode: keep one GitHub issue per drifted job (the action; the CLI only prints). */
  driftIssues?: boolean
}

/** What both front doors hand the pipeline: git in the workspace, GitHub's API with a token. */
export function pipelineDeps(
  options: RunOptions,
  context: GitHubContext,
  reporter: Reporter,
  env: NodeJS.ProcessEnv,
  extra: Pick<PipelineDeps, 'cancellation' | 'stateDir' | 'driftIssues'> = {},
): PipelineDeps {
  const token = options.githubToken
  const children = childEnvironment(env, [token])
  return {
    ...extra,
    reporter,
    env: children,
    progress: { line: (text) => reporter.info(text) },
    heartbeatMs: heartbeatInterval(env),
    git: new Git(options.workspace, children),
    api: token ? new GitHubClient({ baseUrl: context.apiUrl, token, log: reporter }) : undefined,
  }
}

export async function runPipeline(
  options: RunOptions,
  context: GitHubContext,
  deps: PipelineDeps,
): Promise<RunReport> {
  const { reporter } = deps
  deps.cancellation?.onCancel((signal, count) => {
    if (count > 1) return
    reporter.info(
      `Cancelling (${signal}): no new job or Terraform command starts. A running terraform apply goes on for ${APPLY_DRAIN_MS / 1000} s so that the calls it has in flight return, then stops gracefully, saving its state and releasing its lock; SIGINT again interrupts it at once.`,
    )
    // The runner kills the step 10 s after its SIGINT: what the comment needs from GitHub first
    // (the API client, and who the token is, a GraphQL query) is had while Terraform stops. The
    // API's writes go at least a second apart, so the comment then waits for neither.
    if (options.commentOnPr && deps.api && pullRequestOf(context)) void deps.api.identity()
  })
  if (options.mode === 'resolve') return resolveMode(options, context, deps)
  // The Terraform stage's code loads while the configs are found and validated, which mostly
  // wait for git; a module that cannot load fails where it is used.
  if (options.mode !== 'validate') void terraformStageModules().catch(() => {})
  // `terraform-version: system` only asks the terraform on PATH for its version, a process of its
  // own: it does so while the configs are found and validated.
  const systemTerraform =
    options.mode !== 'validate' && options.terraformVersion.trim().toLowerCase() === 'system'
      ? settleLater(findSystemTerraform(deps.env, process.platform))
      : undefined
  const discovery = await reporter.group('Discover job configs', async () => {
    const found = await discoverConfigs(
      { workspace: options.workspace, patterns: options.configs, changedOnly: options.changedOnly },
      context,
      { api: deps.api, git: deps.git, debug: (message) => reporter.debug(message) },
    )
    reporter.info(found.reason)
    for (const notice of found.notices ?? []) reporter.notice(notice)
    for (const warning of found.warnings) reporter.warning(warning)
    return found
  })

  const policy = options.schemaPath
    ? await loadPolicySchema(options.schemaPath, within(options.workspace, options.schemaPath)!)
    : undefined

  const report: RunReport = {
    mode: options.mode,
    configs: [],
    discovery: discovery.reason,
    hasChanges: false,
    failures: [],
    secrets: [],
    removed: [],
  }
  // The platform policy in force; a policy that cannot be vouched for stops every Terraform command.
  let platformPolicy: PlatformPolicy | undefined
  let policyRefusal: string | undefined
  if (options.policyFile) {
    // Loaded only with a policy: its compiled schema is no start-up cost for the others.
    const { readPolicy } = await import('./policy/read.js')
    const read = await readPolicy(options.policyFile, options.workspace, context, deps)
    for (const finding of read.ok ? read.notices : read.findings) reporter.finding(finding)
    if (read.ok) {
      platformPolicy = read.policy
      report.policy = {
        file: read.policy.file,
        source: read.policy.source,
        changedHere: read.changed === true,
      }
      reporter.info(`Platform policy: ${read.policy.file} as ${read.policy.source} has it`)
      if (read.proposedProblem) {
        report.failures.push(read.proposedProblem)
        reporter.error(read.proposedProblem)
      }
    } else if (discovery.files.length > 0) {
      policyRefusal = read.problem
      report.failures.push(read.problem)
      reporter.error(read.problem)
    } else {
      // Nothing to check (a pull request that only brings the policy file, say): said, not failed.
      policyRefusal = read.problem
      reporter.warning(read.problem)
    }
  }
  const reader = new ConfigReader(options.workspace)
  const count = discovery.files.length
  // Each config's claim, kept compactly as it is validated (repository.ts).
  const claims = new RepositoryConfigs(options.workspace)
  // git lists the repository's files while the configs are validated.
  const listing = listRepositoryFiles(options.workspace, deps.git, (message) =>
    reporter.debug(message),
  )
  const repository = await reporter.group(`Validate ${plural(count, 'job config')}`, async () => {
    // One config at a time, read synchronously (read.ts says why), its document dropped once its
    // findings, claim and record are taken: memory stays flat however many configs a run has.
    for (const file of discovery.files) {
      const read = reader.readSync(file)
      const validation = validateRead(file, read, {
        defaultTags: options.defaultTags,
        policy,
        platformPolicy,
        // Validate mode runs no later stage: no job is built.
        jobs: options.mode !== 'validate',
      })
      for (const finding of validation.findings) reporter.finding(finding)
      report.configs.push(configRun(validation, options, read))
      claims.add(file, validation.claim)
    }
    // Every config in the repository, read once: one job_name, one config, before any Terraform.
    const repository = await readRepositoryConfigs(options.workspace, claims, {
      git: deps.git,
      reader,
      listing,
      outputDir: options.outputDir,
      debug: (message) => reporter.debug(message),
    })
    // Looked up only when configs share a job_name.
    let selected: Map<string, ConfigRun> | undefined
    const byFile = () => (selected ??= new Map(report.configs.map((run) => [run.file, run])))
    const isSelected = { has: (file: string) => byFile().has(file) }
    for (const finding of sharedJobNameFindings(repository, isSelected, reader)) {
      const run = byFile().get(finding.file)
      if (run) Object.assign(run, { valid: false, job: undefined })
      atFile(report, reporter, finding, run)
    }
    if (options.mode !== 'validate' && !policyRefusal) {
      const { preflightRuns } = await import('./terraform/preflight.js')
      await preflightRuns(report.configs, { ...options, env: deps.env }, reporter)
    }
    return repository
  })
  const runnable = report.configs.filter((run) => run.job)
  if ((options.mode === 'plan' || options.mode === 'apply') && runnable.length > 0) {
    // For the reports: each job's tags as the base commit gave them, to show what changes.
    const { compareTagsWithBase } = await import('./discover/base.js')
    await compareTagsWithBase(runnable, options, context, {
      api: deps.api,
      git: deps.git,
      debug: (message) => reporter.debug(message),
    }).catch((error: unknown) => reporter.debug(`tags at the base: ${(error as Error).message}`))
  }
  // A drift run looks at the jobs as they are; removing jobs is the merge's business.
  const destroy =
    (options.mode === 'plan' || options.mode === 'apply') && !policyRefusal
      ? await import('./terraform/destroy.js')
      : undefined
  try {
    if (destroy) {
      report.removed = await destroy.removedJobs(options, context, {
        ...deps,
        repository,
        atFile: (finding) => atFile(report, reporter, finding),
      })
    } else if (options.mode === 'validate' && discovery.basis === 'changed') {
      const skipped = report.configs
        .filter((run) => run.skipped && run.valid)
        .map((run) => run.file)
      report.mayRemove = [...(discovery.deleted ?? []), ...skipped].sort()
    }
    const removals = (report.removed ?? []).filter(
      (run) => !run.leftRunning && (options.mode === 'plan' || options.destroyRemoved),
    )
    if (options.mode !== 'validate' && policyRefusal) {
      reporter.info('No Terraform command runs: the platform policy in force could not be read')
    } else if (options.mode !== 'validate' && runnable.length === 0 && removals.length === 0) {
      reporter.info('No valid job config to run Terraform for')
    } else if (options.mode !== 'validate') {
      const workDir = await mkdtemp(path.join(deps.env.RUNNER_TEMP || tmpdir(), 'dativo-infra-'))
      try {
        const outputs = await terraformStages(
          runnable,
          removals,
          report,
          options,
          context,
          deps,
          workDir,
          reader,
          systemTerraform,
          platformPolicy,
        )
        if (options.mode === 'apply')
          await publishResolved(runnable, outputs, report, options, context, deps)
        // After a cancellation nothing new starts, issues included: the next run keeps them.
        if (options.mode === 'drift' && deps.driftIssues && !deps.cancellation?.cancelled)
          await driftIssues(report, context, deps)
      } finally {
        await rm(workDir, { recursive: true, force: true }).catch((error: unknown) =>
          reporter.warning(
            `The run's temporary folder ${workDir} could not be removed (${(error as Error).message}): remove it`,
          ),
        )
      }
    }
  } catch (error) {
    // Whatever went wrong, what the run did so far is still reported (outputs, summary, comment).
    reporter.debug((error as Error).stack ?? String(error))
    const failure = `The run stopped early: ${(error as Error).message}`
    report.failures.push(failure)
    reporter.error(failure)
  }
  const cancelled = deps.cancellation?.signal
  if (cancelled) {
    const cut = report.configs.filter((run) =>
      run.findings.some((f) => f.rule === 'cancelled' && f.severity === 'error'),
    ).length
    const failure = `The run was cancelled (${cancelled})${cut > 0 ? `: ${plural(cut, 'job')} interrupted (see each config)` : ''}; run it again to finish`
    report.failures.push(failure)
    reporter.error(failure)
  }
  if (options.mode === 'apply') destroy?.leftRunning(report, options, reporter)
  if (options.mode === 'plan' && deps.api && pullRequestOf(context)) {
    const { recordReviewedPlans } = await import('./review/check-run.js')
    report.reviewRecord = await recordReviewedPlans(deps.api, report, context)
    const record = report.reviewRecord
    if (record?.problem)
      reporter.warning(`The plans were not recorded for review: ${record.problem}`)
    else if (record && record.omitted > 0)
      reporter.warning(
        `The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with require-reviewed-plan will not apply the others`,
      )
    else if (record) reporter.info(`Reviewed plans recorded: ${plural(record.recorded, 'plan')}`)
  }
  if (options.commentOnPr && pullRequestOf(context)) await comment(report, context, deps)
  return report
}

// Loaded on demand, not at start-up: validate mode, the common case, never needs them.
const terraformStageModules = once(() =>
  Promise.all([
    import('./terraform/install/index.js'),
    import('./terraform/cli.js'),
    import('./terraform/stage.js'),
    import('./resolve/stage.js'),
    import('./resolve/outputs.js'),
    import('./terraform/plugin-cache.js'),
  ]),
)
const afterApplyModules = once(() =>
  Promise.all([import('./publish/commit-back.js'), import('./resolve/resolve.js')]),
)

/**
 * Pipeline steps 3–6 for the valid jobs: install Terraform, run it per job, then resolve the
 * placeholders (apply) or preview them (plan). Returns each applied job's outputs by config.
 */
async function terraformStages(
  runs: ConfigRun[],
  removals: RemovedRun[],
  report: RunReport,
  options: RunOptions,
  context: GitHubContext,
  deps: PipelineDeps,
  workDir: string,
  reader: ConfigReader,
  systemTerraform?: () => Promise<InstalledTerraform>,
  platformPolicy?: PlatformPolicy,
): Promise<Map<string, TerraformOutputs>> {
  const { reporter } = deps
  const applied = new Map<string, TerraformOutputs>()
  const cancelled = deps.cancellation?.signal
  if (cancelled) {
    for (const run of runs) {
      const message = `Not run: the run was cancelled (${cancelled}) before this job started`
      record(reporter, run, [atJob(run, 'warning', 'cancelled', message)])
    }
    return applied
  }
  const [
    { installTerraform },
    { automationEnv, TerraformCli },
    { runTerraformJobs },
    { resolveJob },
    { SENSITIVE },
    { cacheAtEnd, cacheAtStart, PluginCache, providerPackages },
  ] = await terraformStageModules()
  // What apply mode needs after Terraform loads while Terraform runs.
  if (options.mode === 'apply') void afterApplyModules().catch(() => {})
  const installed = await reporter.group('Install Terraform', async () => {
    try {
      const terraform = systemTerraform
        ? await systemTerraform()
        : await installTerraform(
            { version: options.terraformVersion, mirror: options.terraformMirror },
            { log: reporter, env: deps.env },
          )
      reporter.info(`terraform ${terraform.version} (${terraform.source}): ${terraform.path}`)
      return terraform
    } catch (error) {
      // A problem of the runner, not of any config: one error for the run, none at the configs.
      // No job runs, and the run still reports in full.
      const message = `Terraform could not be installed, so no job ran: ${(error as Error).message}`
      report.failures.push(message)
      reporter.error(message)
      for (const removed of removals) removed.leftRunning = 'Terraform could not be installed'
      for (const run of runs) run.terraformFailed = true
      return undefined
    }
  })
  if (!installed) return applied
  // The plugin cache is shared by every job of the run, inits running side by side included.
  const pluginCacheDir = deps.env.TF_PLUGIN_CACHE_DIR || path.join(workDir, 'plugin-cache')
  const pluginCache = await PluginCache.open(pluginCacheDir, options.parallelism > 1, workDir)
  const cachedBefore = await providerPackages(pluginCache.folder)
  reporter.info(cacheAtStart(pluginCacheDir, Boolean(deps.env.TF_PLUGIN_CACHE_DIR), cachedBefore))
  // Only with pass-token-to-terraform, for roots using the integrations/github provider.
  const terraformEnv =
    options.passTokenToTerraform && options.githubToken
      ? { ...deps.env, GITHUB_TOKEN: options.githubToken }
      : deps.env
  const terraform = new TerraformCli(installed.path, automationEnv(terraformEnv), {
    timeoutMs: options.terraformTimeoutMs,
    cancellation: deps.cancellation,
  })

  const review =
    options.mode === 'apply' && options.requireReviewedPlan
      ? await (await import('./review/reviewed.js')).reviewedPlansGate(deps.api, context, reporter)
      : undefined
  // One count for the run: removed jobs' destroys first (a renamed job's old runtime goes before
  // its new one is made), then the configs.
  const progress = new Progress(removals.length + runs.length, deps.progress, {
    intervalMs: deps.heartbeatMs,
  })
  const stageDeps = {
    reporter,
    terraform,
    pluginCache,
    review,
    workDir: path.join(workDir, 'jobs'),
    cancellation: deps.cancellation,
    stateDir: deps.stateDir,
  }
  if (removals.length > 0) {
    const { destroyRemoved } = await import('./terraform/destroy.js')
    await destroyRemoved(removals, report, options, {
      ...stageDeps,
      workDir: path.join(workDir, 'removed'),
      destroy: true,
      progress: (index, job) => progress.job(index + 1, job.jobName),
    })
  }
  // A rollout starts the jobs in its own order and holds each back until its turn.
  const rollout =
    options.mode === 'apply' && options.rollout === 'canary' && runs.length > 0
      ? await startRollout(runs, report, options, deps)
      : undefined
  const ordered = rollout?.ordered ?? runs
  const outcomes = await runTerraformJobs(
    ordered.map((run) => run.job!),
    options,
    {
      ...stageDeps,
      policy: platformPolicy,
      gate: rollout?.gate,
      progress: (index, job) => progress.job(removals.length + index + 1, job.jobName),
    },
  )
  if (rollout) {
    for (const run of ordered) run.rollout = rollout.gate.role(run.file)
    report.rollout!.stopped = rollout.gate.stopped?.message
  }
  if (deps.env.TF_PLUGIN_CACHE_DIR) {
    const added = cacheAtEnd(cachedBefore, await providerPackages(pluginCache.folder))
    if (added) reporter.info(added)
  }
  const { driftFindings } = await import('./drift/record.js')
  await reporter.group(
    options.mode === 'apply'
      ? 'Resolve placeholders'
      : options.mode === 'drift'
        ? 'Drift'
        : 'Preview placeholders',
    async () => {
      for (const [index, outcome] of outcomes.entries()) {
        const run = ordered[index]!
        record(reporter, run, outcome.findings)
        run.changes = outcome.changes
        run.plan = outcome.plan
        run.planText = outcome.planText
        run.destroys = outcome.destroys
        run.fingerprint = outcome.fingerprint
        run.notReviewed = outcome.refused
        run.planRefused = outcome.planRefused
        run.terraformFailed =
          !outcome.ok && !outcome.refused && !outcome.planRefused && !outcome.held
        report.hasChanges ||= outcome.hasChanges
        report.secrets.push(...outcome.secrets)
        if (outcome.outputs) {
          applied.set(run.file, outcome.outputs)
          run.sensitiveOutputs = Object.keys(outcome.outputs).filter(
            (name) => outcome.outputs![name]!.sensitive,
          )
          run.outputs = Object.fromEntries(
            Object.entries(outcome.outputs).map(([name, output]) => [
              name,
              output.sensitive ? SENSITIVE : output.value,
            ]),
          )
        }
        if (outcome.drift) {
          run.drift = {
            ...outcome.drift,
            healed: outcome.healed === true,
            healFailed: outcome.healStarted === true && !outcome.healed,
          }
          record(reporter, run, driftFindings(run, run.drift, options.healTagDrift))
        }
        // On any Terraform failure nothing of the job is written (CONTRACT §7); a drift run
        // changes no config.
        if (!outcome.ok || options.mode === 'drift') continue
        // A config that cannot be resolved or written fails alone; the others still are.
        let findings: Finding[]
        try {
          findings = await resolveJob(
            { run, outputs: outcome.outputs, planned: outcome.plannedOutputs },
            options,
            reader,
          )
        } catch (error) {
          reporter.debug((error as Error).stack ?? String(error))
          const message = `Placeholders not resolved: ${(error as Error).message}`
          findings = [atJob(run, 'error', 'resolve-failed', message)]
        }
        record(reporter, run, findings)
        printDiff(reporter, run.resolutionDiff)
      }
    },
  )
  return applied
}

/**
 * Pipeline steps 7–8 in apply mode: commit the resolved configs back, then run deploy-command
 * for each (CONTRACT §8). A refused commit fails the step; a failed deploy fails its config.
 */
async function publishResolved(
  runs: ConfigRun[],
  outputs: Map<string, TerraformOutputs>,
  report: RunReport,
  options: RunOptions,
  context: GitHubContext,
  deps: PipelineDeps,
): Promise<void> {
  const { reporter } = deps
  const resolved = runs.filter((run) => run.resolved && run.resolvedPath)
  const cancelled = deps.cancellation?.signal
  if (cancelled) {
    // Nothing new starts after a cancellation; the values are in the report and in the state.
    if (resolved.length > 0) {
      reporter.warning(
        `Commit-back and deploy-command skipped: the run was cancelled (${cancelled}). The resolved values are in the job summary and the results output; the next run writes them again from the state`,
      )
    }
    return
  }
  const [{ commitBack, CommitBackError }, { resolveConfig }] = await afterApplyModules()
  const byPath = new Map(resolved.map((run) => [run.resolvedPath!, run]))
  const reresolve = (file: string, upstream: Uint8Array): Uint8Array | undefined => {
    const run = byPath.get(file)
    const applied = run && outputs.get(run.file)
    // A copy under output-dir is a function of the config and the outputs: this run's copy stands.
    if (!run || !applied || options.outputDir) return undefined
    const again = resolveConfig(file, upstream, applied, {
      allowSensitive: options.allowSensitiveOutputs,
      markers: true,
    })
    return again.findings.some((f) => f.severity === 'error')
      ? undefined
      : Buffer.from(again.after, 'utf8')
  }
  await reporter.group('Commit back', async () => {
    try {
      const result = await commitBack(
        {
          workspace: options.workspace,
          files: [...byPath.keys()],
          message: options.commitMessage,
          method: options.commitMethod,
          setting: options.commitBack,
          mode: options.mode,
          context,
          reresolve,
        },
        { git: deps.git, api: deps.api, reporter },
      )
      reporter.info(result.reason)
      if (result.sha) report.commitSha = result.sha
      // A file that could not be committed fails its config alone; the others were committed.
      for (const left of result.left ?? []) {
        const run = byPath.get(left.file)
        const finding: Finding = run
          ? atJob(run, 'error', 'commit-failed', left.message)
          : { severity: 'error', rule: 'commit-failed', message: left.message, file: left.file }
        record(reporter, run, [finding])
      }
    } catch (error) {
      // Not committing is the run's failure; the configs are resolved and still deployed.
      const message =
        error instanceof CommitBackError
          ? error.message
          : `Commit-back failed: ${(error as Error).message}`
      if (!(error instanceof CommitBackError)) reporter.debug((error as Error).stack ?? message)
      report.failures.push(message)
      reporter.error(message)
    }
  })

  if (!options.deployCommand || resolved.length === 0) return
  const { deployConfigs } = await import('./publish/deploy.js')
  const results = []
  for (const config of byPath.keys()) {
    // One config at a time, so that a cancellation starts no further deploy.
    if (deps.cancellation?.cancelled) {
      reporter.warning(
        `deploy-command skipped for ${config} and the configs after it: the run was cancelled (${deps.cancellation.signal})`,
      )
      break
    }
    results.push(
      ...(await deployConfigs(options.deployCommand, [config], {
        workspace: options.workspace,
        reporter,
        env: deps.env,
      })),
    )
  }
  for (const result of results) {
    if (result.finding) record(reporter, byPath.get(result.config), [result.finding])
  }
}

/** The rollout's waves, and the gate that holds each job back until its turn. */
async function startRollout(
  runs: ConfigRun[],
  report: RunReport,
  options: RunOptions,
  deps: PipelineDeps,
) {
  const [{ planRollout }, { RolloutGate }, { describeWaves }] = await Promise.all([
    import('./rollout/waves.js'),
    import('./rollout/gate.js'),
    import('./rollout/summary.js'),
  ])
  const plan = planRollout(
    runs.map((run) => ({
      file: run.file,
      jobName: run.job!.jobName,
      environment: run.job!.environment,
      provider: run.job!.provider,
      runtimeType: run.job!.runtime.type,
    })),
    options.rolloutOrder,
  )
  report.rollout = { waves: plan.waves }
  for (const line of describeWaves(plan.waves)) deps.reporter.info(line)
  const byFile = new Map(runs.map((run) => [run.file, run]))
  return {
    ordered: plan.order.map((file) => byFile.get(file)!),
    gate: new RolloutGate(plan, deps.cancellation),
  }
}

/** Drift mode: one issue per drifted job, kept up to date; a refusal is a warning. */
async function driftIssues(
  report: RunReport,
  context: GitHubContext,
  deps: PipelineDeps,
): Promise<void> {
  const { reporter } = deps
  await reporter.group('Drift issues', async () => {
    if (!deps.api) {
      report.driftIssues = 'no github-token: no issue is opened for drift'
    } else {
      const { syncDriftIssues } = await import('./drift/issues.js')
      report.driftIssues = await syncDriftIssues(report, context, deps.api, reporter)
    }
    if (report.driftIssues) reporter.warning(`Drift issues not kept: ${report.driftIssues}`)
  })
}

/** The pull request's summary comment, created or edited in place; a refusal is a warning. */
async function comment(
  report: RunReport,
  context: GitHubContext,
  deps: PipelineDeps,
): Promise<void> {
  const { reporter } = deps
  if (!deps.api) {
    reporter.warning('No github-token: the pull request comment is skipped')
    return
  }
  const { renderComment, upsertComment } = await import('./publish/comment.js')
  try {
    const result = await upsertComment(
      deps.api,
      context,
      renderComment(report, context, { secrets: report.secrets }),
    )
    reporter.info(
      `Pull request comment: ${result.action}${result.reason ? ` (${result.reason})` : ''}`,
    )
  } catch (error) {
    reporter.warning((error as Error).message)
  }
}

/** `mode: resolve`: the matrix legs' outputs files into the configs, then one commit back. */
async function resolveMode(
  options: RunOptions,
  context: GitHubContext,
  deps: PipelineDeps,
): Promise<RunReport> {
  const { reporter } = deps
  const report: RunReport = {
    mode: options.mode,
    configs: [],
    discovery: `configs named by the outputs files under ${options.outputsFrom}`,
    hasChanges: false,
    failures: [],
    secrets: [],
    removed: [],
  }
  const reader = new ConfigReader(options.workspace)
  const { resolveFromFiles } = await import('./resolve/from-files.js')
  const found = await reporter.group('Resolve placeholders from outputs files', async () => {
    const result = await resolveFromFiles(options, reader, (message) => reporter.info(message))
    for (const run of result.runs) {
      for (const finding of run.findings) reporter.finding(finding)
      printDiff(reporter, run.resolutionDiff)
    }
    for (const failure of result.failures) reporter.error(failure)
    return result
  })
  report.configs = found.runs
  report.failures.push(...found.failures)
  await publishResolved(found.runs, found.outputs, report, options, context, deps)
  return report
}

/** The placeholders of a config without a job: one list for every such config. */
const NO_PLACEHOLDERS: readonly string[] = Object.freeze([])

/**
 * The record a run keeps of one config, made in one piece (the fields in newConfigRun's order):
 * with thousands of configs, every object made on the way and thrown away is garbage V8 keeps in
 * its old generation, the records being long-lived, until a full collection.
 */
function configRun(validation: ConfigValidation, options: RunOptions, read: ReadResult): ConfigRun {
  // Validate mode keeps only what the reports need, not each job's data.
  const job = options.mode === 'validate' ? undefined : validation.job
  return {
    file: validation.file,
    findings: validation.findings,
    valid: validation.valid,
    skipped: validation.skipped,
    plan: null,
    outputs: null,
    resolved: false,
    placeholders: validation.job?.placeholders ?? NO_PLACEHOLDERS,
    // Outputs files name the config as read; validate mode writes none.
    sourceSha: options.mode !== 'validate' && read.ok ? blobSha(read.bytes) : undefined,
    jobName: validation.jobName,
    provider: validation.provider,
    runtimeType: validation.runtimeType,
    job,
    cloudTags: job
      ? finalTags(options.defaultTags, job.tags, job.runtime.type, job.provider)
      : undefined,
  }
}

/** A finding at a job's config, at its `infrastructure` section. */
function atJob(
  run: ConfigRun,
  severity: Finding['severity'],
  rule: string,
  message: string,
): Finding {
  return { severity, rule, message, file: run.file, range: run.job?.range }
}

/**
 * A finding at a file: kept with its config's run (`run`, when the caller knows it), or with the
 * run when no config of it is that file.
 */
function atFile(report: RunReport, reporter: Reporter, finding: Finding, known?: ConfigRun): void {
  const run = known ?? report.configs.find((config) => config.file === finding.file)
  if (run) return record(reporter, run, [finding])
  reporter.finding(finding)
  ;(report.elsewhere ??= []).push(finding)
}

/** Findings of a config: shown now, and kept with its run for the summary, comment and results. */
function record(reporter: Reporter, run: ConfigRun | undefined, findings: Finding[]): void {
  for (const finding of findings) {
    reporter.finding(finding)
    run?.findings.push(finding)
  }
}

/** Work started now and awaited later: a failure is kept for then, not left unhandled. */
function settleLater<T>(work: Promise<T>): () => Promise<T> {
  const settled = work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  return async () => {
    const outcome = await settled
    if ('error' in outcome) throw outcome.error
    return outcome.value
  }
}

/** A resolution diff quotes config data as it is: the log shows it as text, never as commands. */
function printDiff(reporter: Reporter, diff: string | undefined): void {
  for (const line of diff?.replace(/\n$/, '').split('\n') ?? []) reporter.output(line)
}
