// The action's front door: inputs in, pipeline, outputs and summary out.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Outputs } from '../constants.js'
import { UsageError } from '../findings.js'
import { readGitHubContext } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { pipelineDeps, runPipeline } from '../pipeline.js'
import { ActionsReporter } from '../publish/reporter.js'
import { matrixOf } from '../publish/matrix.js'
import { writeOutputsFile } from '../publish/outputs-file.js'
import { toResult } from '../publish/results.js'
import { renderSummary } from '../publish/summary.js'
import { errorCount, tally } from '../run.js'
import { plural } from '../util/text.js'
import type { RunReport } from '../run.js'
import { readInputs } from './inputs.js'
import { Runner } from './runner.js'

export async function run(runner: Runner = new Runner()): Promise<void> {
  try {
    const options = readInputs(runner)
    const context = readGitHubContext()
    const reporter = new ActionsReporter(runner)
    const report = await runPipeline(
      options,
      context,
      pipelineDeps(options, context, reporter, process.env),
    )
    await publish(runner, report, context)
    const { errors, failing } = tally(report)
    if (errors > 0) {
      runner.setFailed(
        `${plural(errors, 'error')} in ${failing} of ${report.configs.length} job configs`,
      )
    }
  } catch (error) {
    if (!(error instanceof UsageError) && error instanceof Error && error.stack)
      runner.debug(error.stack)
    runner.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function publish(runner: Runner, report: RunReport, context: GitHubContext): Promise<void> {
  runner.setOutput(Outputs.Configs, JSON.stringify(report.configs.map((run) => run.file)))
  runner.setOutput(Outputs.Results, JSON.stringify(report.configs.map(toResult)))
  runner.setOutput(Outputs.ErrorCount, String(errorCount(report)))
  runner.setOutput(Outputs.HasChanges, String(report.hasChanges))
  runner.setOutput(Outputs.CommitSha, report.commitSha ?? '')
  runner.setOutput(Outputs.Matrix, JSON.stringify(matrixOf(report)))
  runner.appendSummary(renderSummary(report, context))
  // A matrix leg's outputs, for the resolve step on another runner.
  let outputsFile = ''
  if (report.mode === 'plan' || report.mode === 'apply') {
    const folder = path.join(process.env.RUNNER_TEMP || tmpdir(), 'dativo-outputs')
    try {
      outputsFile = await writeOutputsFile(report, context, folder)
    } catch (error) {
      runner.annotate('warning', `outputs-file not written: ${(error as Error).message}`)
    }
  }
  runner.setOutput(Outputs.OutputsFile, outputsFile)
}
