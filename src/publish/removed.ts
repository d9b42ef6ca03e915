// Removed jobs in the reports: each shown like a config (its destroy plan, the tags of what goes),
// and in apply mode a table of every runtime left running, so none is forgotten.
import { REMOVAL_REASONS } from '../discover/removed.js'
import type { ConfigRun, RemovedRun, RunReport } from '../run.js'
import { newConfigRun } from '../run.js'
import { code, escapeText, table } from './markdown.js'

/** A removed job as the comment and the summary show configs. */
export function removedAsRun(removed: RemovedRun, mode: RunReport['mode']): ConfigRun {
  const why =
    removed.reason === 'renamed' && removed.renamedTo
      ? `renamed to ${removed.renamedTo.jobName} (${removed.renamedTo.file})${removed.leftRunning ? '' : ': this runtime goes, the new one is created'}`
      : REMOVAL_REASONS[removed.reason]
  const fate =
    mode === 'plan'
      ? removed.leftRunning
        ? `not planned: ${removed.leftRunning}`
        : 'destroy plan'
      : removed.destroyed
        ? 'destroyed'
        : `left running: ${removed.leftRunning ?? 'destroy-removed is off'}`
  return {
    ...newConfigRun(removed.file),
    jobName: removed.jobName,
    provider: removed.provider,
    runtimeType: removed.runtimeType,
    findings: removed.findings,
    cloudTags: removed.cloudTags,
    plan: removed.plan,
    planText: removed.planText,
    destroys: removed.destroys,
    fingerprint: removed.fingerprint,
    removal: `${why}; ${fate}`,
  }
}

/** Apply mode: one row per runtime a removed job leaves running, with its tags. */
export function leftRunningSection(report: RunReport, clean: (text: string) => string): string {
  const left = (report.removed ?? []).filter((removed) => !removed.destroyed)
  if (report.mode !== 'apply' || left.length === 0) return ''
  const rows = left.map((removed) => [
    code(clean(removed.file)),
    escapeText(clean(removed.jobName)),
    escapeText(
      clean(
        removed.reason === 'renamed'
          ? `renamed to ${removed.renamedTo?.jobName ?? '?'}`
          : REMOVAL_REASONS[removed.reason],
      ),
    ),
    escapeText(clean(`${removed.provider} / ${removed.runtimeType}`)),
    Object.entries(removed.cloudTags)
      .map(([key, value]) => code(clean(`${key}=${value}`)))
      .join(' '),
    escapeText(clean(removed.leftRunning ?? 'destroy-removed is off')),
  ])
  return [
    '### Runtimes left running',
    '',
    'These jobs were removed, but their runtimes still exist and keep costing. Set `destroy-removed: true` to destroy them on the next apply, or destroy them by hand.',
    '',
    table(
      ['Config', 'Job', 'Removed because', 'Provider / runtime', 'Tags', 'Why it is left'],
      rows,
    ),
  ].join('\n')
}
