// The action's front door: inputs in, pipeline, outputs and summary out.
import { appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../publish/workflow-commands.js'
import { Outputs } from '../constants.js'
import type { Mode } from '../constants.js'
import { UsageError } from '../findings.js'
import { readGitHubContext } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { pipelineDeps, runPipeline } from '../pipeline.js'
import { ActionsReporter } from '../publish/actions-reporter.js'
import { matrixOf } from '../publish/matrix.js'
import { writeOutputsFile } from '../publish/outputs-file.js'
import { configsOutput, listOutput, resultsOutput } from '../publish/results.js'
import { driftedJobs } from '../drift/record.js'
import { rolloutOutput } from '../rollout/summary.js'
import type { ListOutput } from '../publish/results.js'
import { renderSummary } from '../publish/summary.js'
import { errorCount, tally } from '../run.js'
import { Cancellation } from '../util/cancellation.js'
import { plural } from '../util/text.js'
import type { RunReport } from '../run.js'
import { readInputs } from './inputs.js'

/** Characters the drifted and rollout outputs may each take of the 1 MB a job's outputs share. */
const FLEET_BUDGET = 40_000

export async function run(cancellation: Cancellation = new Cancellation()): Promise<void> {
  const reporter = new ActionsReporter()
  // The runner cancels with SIGINT, then SIGTERM: the run stops Terraform gracefully and still
  // reports, rather than exiting at once. Kept until the process ends, outputs included.
  cancellation.listen()
  // Known once the inputs are read, until the pipeline hands back its report.
  let unreported: { mode: Mode; context: GitHubContext } | undefined
  try {
    const options = readInputs()
    const context = readGitHubContext()
    unreported = { mode: options.mode, context }
    const report = await runPipeline(
      options,
      context,
      pipelineDeps(options, context, reporter, process.env, { cancellation, driftIssues: true }),
    )
    // The run's own outputs stand from here: a failure while writing them never replaces them.
    unreported = undefined
    await publish(reporter, report, context)
    const { errors, failing } = tally(report)
    if (errors > 0) {
      // An error of the run itself (Terraform not installed, say) belongs to no config.
      reporter.fail(
        failing === 0
          ? `${plural(errors, 'error')} in the run (${plural(report.configs.length, 'job config')})`
          : `${plural(errors, 'error')} in ${failing} of ${report.configs.length} job configs`,
      )
    }
  } catch (error) {
    if (!(error instanceof UsageError) && error instanceof Error && error.stack)
      reporter.debug(error.stack)
    const message = error instanceof Error ? error.message : String(error)
    // Once the inputs are known, every run leaves its outputs and summary, a failed one too.
    if (unreported) {
      const failed: RunReport = {
        mode: unreported.mode,
        configs: [],
        discovery: '',
        hasChanges: false,
        failures: [message],
        secrets: [],
      }
      // A summary that cannot be written still leaves the step failing for its own reason.
      await publish(reporter, failed, unreported.context).catch((failure: unknown) =>
        reporter.error(failure instanceof Error ? failure.message : String(failure)),
      )
    }
    reporter.fail(message)
  }
}

async function publish(
  reporter: ActionsReporter,
  report: RunReport,
  context: GitHubContext,
): Promise<void> {
  reporter.settle()
  const configs = configsOutput(report.configs)
  const results = resultsOutput(report.configs)
  core.setOutput(Outputs.Configs, configs.value)
  core.setOutput(Outputs.Results, results.value)
  core.setOutput(Outputs.ErrorCount, String(errorCount(report)))
  core.setOutput(Outputs.HasChanges, String(report.hasChanges))
  core.setOutput(Outputs.CommitSha, report.commitSha ?? '')
  for (const [name, output] of [
    [Outputs.Configs, configs],
    [Outputs.Results, results],
  ] as Array<[string, ListOutput]>) {
    if (output.shown < output.total) {
      reporter.warning(
        `The ${name} output lists ${output.shown} of ${output.total} configs: GitHub keeps at most 1 MB of a job's outputs. Every config is in the log.`,
      )
    }
  }
  core.setOutput(Outputs.Matrix, JSON.stringify(matrixOf(report)))
  // Drift mode's drifted jobs, and a rollout's ends: within their budgets like results.
  const drifted = listOutput(driftedJobs(report), FLEET_BUDGET)
  core.setOutput(Outputs.Drifted, report.mode === 'drift' ? drifted.value : '')
  if (drifted.shown < drifted.total) {
    reporter.warning(
      `The drifted output lists ${drifted.shown} of ${drifted.total} drifted jobs: GitHub keeps at most 1 MB of a job's outputs. Every one is in the job summary.`,
    )
  }
  const rollout = rolloutOutput(report, FLEET_BUDGET)
  core.setOutput(Outputs.Rollout, rollout ? JSON.stringify(rollout) : '')
  // A matrix leg's outputs, for the resolve step on another runner.
  let outputsFile = ''
  if (report.mode === 'plan' || report.mode === 'apply') {
    const folder = path.join(process.env.RUNNER_TEMP || tmpdir(), 'dativo-outputs')
    try {
      outputsFile = await writeOutputsFile(report, context, folder)
    } catch (error) {
      reporter.warning(`outputs-file not written: ${(error as Error).message}`)
    }
  }
  core.setOutput(Outputs.OutputsFile, outputsFile)
  // Last: every output is set before a summary that cannot be written fails the step.
  // Outside a workflow there is no summary file to write to; a path given without its file gets it.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) {
    appendFileSync(summaryFile, '')
    core.appendSummary(renderSummary(report, context))
  }
}
