// The job summary (CONTRACT §3): one row per config, then every problem at its place.
import type { ConfigRun, RunReport } from '../run.js'
import { countFindings, formatPlan, tally } from '../run.js'
import type { GitHubContext } from '../github/context.js'
import { plural, scrub } from '../util/text.js'
import { renderDetails } from './comment.js'
import { code, escapeText, table } from './markdown.js'

/** GitHub keeps up to 1 MiB of summary per step; stay well below with room for the tail. */
const MAX_ROWS = 300
const MAX_PROBLEMS = 300

/** Room for long text (plans, previews) in all. */
const TEXT_BUDGET = 800_000

export function renderSummary(report: RunReport, context: GitHubContext): string {
  const runs = report.configs
  // Secrets go before escaping, which could otherwise hide one from the replacement.
  const clean = (text: string) => scrub(text, report.secrets)
  const parts: string[] = [`## dativo-infra · ${report.mode}`, '']

  if (runs.length === 0) {
    parts.push(`No job configs to process. ${escapeText(clean(report.discovery))}`.trimEnd())
    parts.push(...runErrors(report, clean))
    return parts.join('\n') + '\n'
  }
  const { errors, warnings, invalid } = tally(report)
  parts.push(
    `${plural(runs.length, 'config')}: ${runs.length - invalid} valid, ${invalid} invalid` +
      ` — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.` +
      ` ${escapeText(clean(report.discovery))}`,
    '',
  )
  const rows = runs
    .slice(0, MAX_ROWS)
    .map((run) => [
      code(clean(run.file)),
      run.jobName ? escapeText(clean(run.jobName)) : '—',
      run.provider ? escapeText(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)) : '—',
      validationCell(run),
      run.plan ? formatPlan(run.plan) : '—',
      run.placeholders.length > 0
        ? `${run.resolved ? '✅' : '⏳'} ${run.placeholders.map((p) => code(p)).join(', ')}`
        : '—',
    ])
  parts.push(table(['Config', 'Job', 'Provider / runtime', 'Validation', 'Plan', 'Resolved'], rows))
  if (runs.length > MAX_ROWS)
    parts.push('', `… and ${runs.length - MAX_ROWS} more configs (see the \`results\` output).`)

  parts.push(...runErrors(report, clean))

  const problems = runs.flatMap((run) => run.findings.filter((f) => f.severity !== 'notice'))
  if (problems.length > 0) {
    parts.push('', '### Problems', '')
    for (const finding of problems.slice(0, MAX_PROBLEMS)) {
      const where = finding.range
        ? `${finding.file}:${finding.range.line}:${finding.range.column}`
        : finding.file
      const icon = finding.severity === 'error' ? '❌' : '⚠️'
      parts.push(
        `- ${icon} ${code(clean(where))} ${escapeText(clean(finding.message))} ${code(finding.rule)}`,
      )
    }
    if (problems.length > MAX_PROBLEMS) {
      parts.push(`- … and ${problems.length - MAX_PROBLEMS} more (see the log)`)
    }
  }

  // Plan and apply runs add each job's details: cloud tags, values, the plan, the preview.
  const terraformRuns = runs.filter((run) => run.plan || run.terraformFailed)
  if (report.mode !== 'validate' && terraformRuns.length > 0) {
    const maxText = Math.floor(TEXT_BUDGET / (2 * terraformRuns.length))
    const details = renderDetails(
      { ...report, configs: terraformRuns.slice(0, MAX_ROWS) },
      context,
      { secrets: report.secrets, maxText },
    )
    parts.push('', '## Jobs', '', details)
  }
  return parts.join('\n') + '\n'
}

function runErrors(report: RunReport, clean: (text: string) => string): string[] {
  if (report.failures.length === 0) return []
  return [
    '',
    '### Run errors',
    '',
    ...report.failures.map((failure) => `- ❌ ${escapeText(clean(failure))}`),
  ]
}

function validationCell(run: ConfigRun): string {
  if (run.skipped) return '⏭️ skipped (no infrastructure)'
  const errors = countFindings(run, 'error')
  const warnings = countFindings(run, 'warning')
  if (errors > 0) return `❌ ${plural(errors, 'error')}`
  return warnings > 0 ? `✅ valid, ${plural(warnings, 'warning')}` : '✅ valid'
}
