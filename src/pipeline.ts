// The stages of CONTRACT §1, in order, for one run. Nothing here knows whether it runs as the
// action or the CLI: both front doors build RunOptions and the deps, then call runPipeline.
import path from 'node:path'
import { discoverConfigs } from './discover/discover.js'
import { loadPolicySchema } from './config/policy.js'
import { ConfigReader } from './config/read.js'
import { validateRead } from './config/validate.js'
import type { ConfigValidation } from './config/validate.js'
import { UsageError } from './findings.js'
import type { GitHubApi } from './github/api.js'
import type { GitHubContext } from './github/context.js'
import type { RunOptions } from './options.js'
import type { Reporter } from './publish/reporter.js'
import { newConfigRun } from './run.js'
import type { ConfigRun, RunReport } from './run.js'
import type { Git } from './util/git.js'

export interface PipelineDeps {
  reporter: Reporter
  git: Git
  /** GitHub's API, when a token or a public repository makes it usable. */
  api?: GitHubApi
}

export async function runPipeline(
  options: RunOptions,
  context: GitHubContext,
  deps: PipelineDeps,
): Promise<RunReport> {
  const { reporter } = deps
  if (options.mode !== 'validate') {
    throw new UsageError(
      `Input mode: '${options.mode}' needs the Terraform stage, which this version does not have yet (use mode: validate)`,
    )
  }

  const discovery = await reporter.group('Discover job configs', async () => {
    const found = await discoverConfigs(
      { workspace: options.workspace, patterns: options.configs, changedOnly: options.changedOnly },
      context,
      { api: deps.api, git: deps.git, debug: (message) => reporter.debug(message) },
    )
    reporter.info(found.reason)
    for (const warning of found.warnings) reporter.warning(warning)
    return found
  })

  const policy = options.schemaPath
    ? await loadPolicySchema(options.schemaPath, relative(options, options.schemaPath))
    : undefined

  const report: RunReport = {
    mode: options.mode,
    configs: [],
    discovery: discovery.reason,
    hasChanges: false,
  }
  const count = discovery.files.length
  await reporter.group(`Validate ${count} job config${count === 1 ? '' : 's'}`, async () => {
    // One config at a time, the next few read while this one is checked: memory stays flat
    // however many configs a run has, and the disk is never waited for.
    const reader = new ConfigReader(options.workspace)
    for await (const [file, read] of readAhead(discovery.files, READ_AHEAD, (f) =>
      reader.read(f),
    )) {
      const validation = validateRead(file, read, { defaultTags: options.defaultTags, policy })
      for (const finding of validation.findings) reporter.finding(finding)
      // Validate mode keeps only what the reports need, not each job's data.
      report.configs.push(configRun(validation, options.mode !== 'validate'))
    }
  })
  return report
}

/** Files read at most this far ahead of the one being validated (each at most 1 MiB). */
const READ_AHEAD = 16

/** Each item with its result, in order, running up to `depth` of them ahead. */
async function* readAhead<T, R>(
  items: readonly T[],
  depth: number,
  start: (item: T) => Promise<R>,
): AsyncGenerator<[T, R]> {
  const pending: Array<Promise<R>> = []
  let next = 0
  while (next < items.length && pending.length < depth) pending.push(start(items[next++]!))
  for (const item of items) {
    const result = await pending.shift()!
    if (next < items.length) pending.push(start(items[next++]!))
    yield [item, result]
  }
}

function configRun(validation: ConfigValidation, keepJob: boolean): ConfigRun {
  return {
    ...newConfigRun(validation.file),
    jobName: validation.jobName,
    provider: validation.provider,
    runtimeType: validation.runtimeType,
    findings: validation.findings,
    valid: validation.valid,
    skipped: validation.skipped,
    job: keepJob ? validation.job : undefined,
    placeholders: validation.job?.placeholders ?? [],
  }
}

function relative(options: RunOptions, absolute: string): string {
  return path.relative(options.workspace, absolute).split(path.sep).join('/')
}
