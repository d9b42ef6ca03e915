// The action's front door: inputs in, pipeline, outputs and summary out.
import { Outputs } from '../constants.js'
import type { Mode } from '../constants.js'
import { UsageError } from '../findings.js'
import { readGitHubContext } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { pipelineDeps, runPipeline } from '../pipeline.js'
import { ActionsReporter } from '../publish/reporter.js'
import { toResult } from '../publish/results.js'
import { renderSummary } from '../publish/summary.js'
import { errorCount, tally } from '../run.js'
import { Cancellation } from '../util/cancellation.js'
import { plural } from '../util/text.js'
import type { RunReport } from '../run.js'
import { readInputs } from './inputs.js'
import { Runner } from './runner.js'

export async function run(
  runner: Runner = new Runner(),
  cancellation: Cancellation = new Cancellation(),
): Promise<void> {
  // The runner cancels with SIGINT, then SIGTERM: the run stops Terraform gracefully and still
  // reports, rather than exiting at once. Kept until the process ends, outputs included.
  cancellation.listen()
  let started: { mode: Mode; context: GitHubContext } | undefined
  try {
    const options = readInputs(runner)
    const context = readGitHubContext()
    started = { mode: options.mode, context }
    const reporter = new ActionsReporter(runner)
    const report = await runPipeline(
      options,
      context,
      pipelineDeps(options, context, reporter, process.env, { cancellation }),
    )
    publish(runner, report, context)
    const { errors, failing } = tally(report)
    if (errors > 0) {
      runner.setFailed(
        `${plural(errors, 'error')} in ${failing} of ${report.configs.length} job configs`,
      )
    }
  } catch (error) {
    if (!(error instanceof UsageError) && error instanceof Error && error.stack)
      runner.debug(error.stack)
    const message = error instanceof Error ? error.message : String(error)
    // Once the inputs are known, every run leaves its outputs and summary, a failed one too.
    if (started) {
      publish(
        runner,
        {
          mode: started.mode,
          configs: [],
          discovery: '',
          hasChanges: false,
          failures: [message],
          secrets: [],
        },
        started.context,
      )
    }
    runner.setFailed(message)
  }
}

function publish(runner: Runner, report: RunReport, context: GitHubContext): void {
  runner.setOutput(Outputs.Configs, JSON.stringify(report.configs.map((run) => run.file)))
  runner.setOutput(Outputs.Results, JSON.stringify(report.configs.map(toResult)))
  runner.setOutput(Outputs.ErrorCount, String(errorCount(report)))
  runner.setOutput(Outputs.HasChanges, String(report.hasChanges))
  runner.setOutput(Outputs.CommitSha, report.commitSha ?? '')
  runner.appendSummary(renderSummary(report, context))
}
