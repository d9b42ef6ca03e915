// The action's front door: inputs in, pipeline, outputs and summary out.
import { Outputs } from '../constants.js'
import { UsageError } from '../findings.js'
import { GitHubApi } from '../github/api.js'
import { readGitHubContext } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { runPipeline } from '../pipeline.js'
import { ActionsReporter } from '../publish/reporter.js'
import { toResult } from '../publish/results.js'
import { renderSummary } from '../publish/summary.js'
import { errorCount } from '../run.js'
import type { RunReport } from '../run.js'
import { Git } from '../util/git.js'
import { readInputs } from './inputs.js'
import { Runner } from './runner.js'

export async function run(runner: Runner = new Runner()): Promise<void> {
  try {
    const options = readInputs(runner)
    const context = readGitHubContext()
    const reporter = new ActionsReporter(runner)
    const api = options.githubToken
      ? new GitHubApi({
          baseUrl: context.apiUrl,
          token: options.githubToken,
          onRetry: (message) => reporter.warning(message),
        })
      : undefined
    const report = await runPipeline(options, context, {
      reporter,
      api,
      git: new Git(options.workspace),
      env: process.env,
    })
    publish(runner, report, context)
    const errors = errorCount(report)
    if (errors > 0) {
      const invalid = report.configs.filter((run) => !run.valid).length
      runner.setFailed(
        `${errors} error${errors === 1 ? '' : 's'} in ${invalid} of ${report.configs.length} job configs`,
      )
    }
  } catch (error) {
    if (!(error instanceof UsageError) && error instanceof Error && error.stack)
      runner.debug(error.stack)
    runner.setFailed(error instanceof Error ? error.message : String(error))
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
