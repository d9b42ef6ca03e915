// The configs as the base commit of a pull request or push had them, for the reviewer: the cloud
// tags each job's runtime carried there, so that the reports show what this change does to them
// (`Team: data-engineering → analytics-engineering`) rather than every tag again.
import { validateConfigBytes } from '../config/validate.js'
import { pullRequestOf } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import type { ConfigRun } from '../run.js'
import type { Tags } from '../tags/convert.js'
import { finalTags } from '../tags/convert.js'
import { repositoryToWorkspace } from './discover.js'
import { readAtBase } from './removed.js'
import type { RemovalDeps } from './removed.js'
import { once } from '../util/concurrency.js'

/** The commit a pull request (its base) or a push (its `before`) is compared with, if any. */
export function baseCommitOf(context: GitHubContext): string | undefined {
  const sha = (value: unknown) =>
    typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) && !/^0+$/.test(value)
      ? value
      : undefined
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    return sha(pullRequestOf(context)?.baseSha)
  }
  if (context.eventName === 'push' && context.payload.created !== true) {
    return context.payload.forced === true ? undefined : sha(context.payload.before)
  }
  return undefined
}

/**
 * Sets `cloudTagsAtBase` on each run with a job: the tags its config gave the runtime at the base
 * commit (with this run's default tags), or null when the config is new there. A config that
 * cannot be read at the base, or had no valid job there, is left without (nothing to compare).
 */
export async function compareTagsWithBase(
  runs: readonly ConfigRun[],
  settings: { workspace: string; defaultTags: Tags },
  context: GitHubContext,
  deps: RemovalDeps,
): Promise<void> {
  const base = baseCommitOf(context)
  const jobs = runs.filter((run) => run.job)
  if (!base || jobs.length === 0) return
  const topLevel = await deps.git.tryRun(['rev-parse', '--show-prefix'])
  const prefix = topLevel.exitCode === 0 ? topLevel.stdout.trim() : ''
  const toWorkspace = await repositoryToWorkspace(settings.workspace, deps.git)
  const hasBase = once(() => deps.git.hasCommit(base))
  for (const run of jobs) {
    const repositoryPath = `${prefix}${run.file}`
    if (toWorkspace(repositoryPath) !== run.file) continue
    const read = await readAtBase(repositoryPath, base, context, deps, hasBase)
    if (!read.ok) {
      if (/no such file|\b404\b|Not Found/.test(read.problem)) run.cloudTagsAtBase = null
      else deps.debug?.(`${run.file} at ${base.slice(0, 7)}: ${read.problem}`)
      continue
    }
    const before = validateConfigBytes(run.file, read.bytes, {
      defaultTags: settings.defaultTags,
    }).job
    if (!before) continue
    run.cloudTagsAtBase = finalTags(
      settings.defaultTags,
      before.tags,
      before.runtime.type,
      before.provider,
    )
  }
}
