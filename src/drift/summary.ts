// The fleet as a drift run found it, for the job summary: one row per job, drifted ones first,
// with what drifted, whether it was healed, and its issue.
import { code, escapeText, shorten, table } from '../publish/markdown.js'
import type { ConfigRun, RunReport } from '../run.js'
import { plural } from '../util/text.js'
import { describeResources, driftWords } from './record.js'

const MAX_ROWS = 500
const MAX_CELL = 200

export function driftSection(
  report: RunReport,
  clean: (text: string) => string,
): string | undefined {
  if (report.mode !== 'drift') return undefined
  const runs = report.configs.filter((run) => !run.skipped)
  const count = (test: (run: ConfigRun) => boolean) => runs.filter(test).length
  const drifted = count((run) => run.drift?.state === 'drifted')
  const healed = count((run) => run.drift?.healed === true)
  const pending = count((run) => run.drift?.state === 'pending')
  const inSync = count((run) => run.drift?.state === 'in-sync')
  const unknown = runs.length - drifted - pending - inSync
  const lines = [
    '### Drift',
    '',
    `${plural(runs.length, 'job')} checked: ${drifted} drifted${healed > 0 ? ` (${healed} healed)` : ''}, ${pending} with changes not applied, ${inSync} in sync${unknown > 0 ? `, ${unknown} not checked (see the problems)` : ''}.`,
  ]
  if (report.driftIssues) {
    lines.push('', `⚠️ Drift issues not kept: ${escapeText(clean(report.driftIssues))}`)
  }
  const rank = (run: ConfigRun) =>
    run.drift?.state === 'drifted' ? 0 : !run.drift ? 1 : run.drift.state === 'pending' ? 2 : 3
  const sorted = [...runs].sort((a, b) => rank(a) - rank(b))
  const rows = sorted
    .slice(0, MAX_ROWS)
    .map((run) => [
      code(shorten(clean(run.file), MAX_CELL)),
      run.jobName ? escapeText(shorten(clean(run.jobName), MAX_CELL)) : '—',
      run.provider ? escapeText(`${run.provider} / ${run.runtimeType ?? '?'}`) : '—',
      run.job?.tags.team ? escapeText(shorten(clean(run.job.tags.team), MAX_CELL)) : '—',
      driftCell(run, clean),
      issueCell(run),
    ])
  lines.push('', table(['Config', 'Job', 'Cloud / runtime', 'Team', 'Drift', 'Issue'], rows))
  if (sorted.length > MAX_ROWS) {
    lines.push('', `… and ${sorted.length - MAX_ROWS} more jobs (see the \`drifted\` output).`)
  }
  return lines.join('\n')
}

function driftCell(run: ConfigRun, clean: (text: string) => string): string {
  const icon =
    run.drift?.state === 'drifted'
      ? run.drift.healed
        ? '🩹'
        : '🔀'
      : run.drift?.state === 'in-sync'
        ? '✅'
        : run.drift?.state === 'pending'
          ? '⏳'
          : '❌'
  const words = escapeText(driftWords(run))
  if (run.drift?.state !== 'drifted') return `${icon} ${words}`
  return `${icon} ${words}: ${escapeText(shorten(clean(describeResources(run.drift.resources)), MAX_CELL * 2))}`
}

function issueCell(run: ConfigRun): string {
  const issue = run.drift?.issue
  if (!issue) return '—'
  return `[#${issue.number}](${issue.url}) ${issue.action}`
}
