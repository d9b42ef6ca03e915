// The job summary (CONTRACT §3): one row per config, then every problem at its place.
import type { ConfigRun, RunReport } from '../run.js'
import { errorCount } from '../run.js'
import type { GitHubContext } from '../github/context.js'
import { renderDetails } from './comment.js'
import { code, escapeText, table } from './markdown.js'

/** GitHub keeps up to 1 MiB of summary per step; stay well below with room for the tail. */
const MAX_ROWS = 300
const MAX_PROBLEMS = 300

/** Room for long text (plans, previews) in all; GitHub keeps up to 1 MiB of summary a step. */
const TEXT_BUDGET = 800_000

export function renderSummary(report: RunReport, context: GitHubContext): string {
  const runs = report.configs
  const errors = errorCount(report)
  const warnings = runs.reduce(
    (n, r) => n + r.findings.filter((f) => f.severity === 'warning').length,
    0,
  )
  const invalid = runs.filter((r) => !r.valid).length
  const parts: string[] = [`## dativo-infra · ${report.mode}`, '']

  if (runs.length === 0) {
    parts.push(`No job configs to process. ${escapeText(report.discovery)}`)
    return parts.join('\n') + '\n'
  }
  parts.push(
    `${runs.length} config${runs.length === 1 ? '' : 's'}: ${runs.length - invalid} valid, ${invalid} invalid` +
      ` — ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.` +
      ` ${escapeText(report.discovery)}`,
    '',
  )
  const rows = runs
    .slice(0, MAX_ROWS)
    .map((run) => [
      code(run.file),
      run.jobName ? escapeText(run.jobName) : '—',
      run.provider ? escapeText(`${run.provider} / ${run.runtimeType ?? '?'}`) : '—',
      validationCell(run),
      run.plan ? `+${run.plan.add} ~${run.plan.change} -${run.plan.destroy}` : '—',
      run.placeholders.length > 0
        ? `${run.resolved ? '✅' : '⏳'} ${run.placeholders.map((p) => code(p)).join(', ')}`
        : '—',
    ])
  parts.push(table(['Config', 'Job', 'Provider / runtime', 'Validation', 'Plan', 'Resolved'], rows))
  if (runs.length > MAX_ROWS)
    parts.push('', `… and ${runs.length - MAX_ROWS} more configs (see the \`results\` output).`)

  if (report.failures.length > 0) {
    parts.push(
      '',
      '### Run errors',
      '',
      ...report.failures.map((failure) => `- ❌ ${escapeText(failure)}`),
    )
  }

  const problems = runs.flatMap((run) => run.findings.filter((f) => f.severity !== 'notice'))
  if (problems.length > 0) {
    parts.push('', '### Problems', '')
    for (const finding of problems.slice(0, MAX_PROBLEMS)) {
      const where = finding.range
        ? `${finding.file}:${finding.range.line}:${finding.range.column}`
        : finding.file
      const icon = finding.severity === 'error' ? '❌' : '⚠️'
      parts.push(`- ${icon} ${code(where)} ${escapeText(finding.message)} ${code(finding.rule)}`)
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
      {
        secrets: report.secrets,
        maxText,
      },
    )
    parts.push('', '## Jobs', '', details)
  }
  return scrub(parts.join('\n') + '\n', report.secrets)
}

function scrub(text: string, secrets: readonly string[]): string {
  return secrets.filter(Boolean).reduce((result, secret) => result.split(secret).join('***'), text)
}

function validationCell(run: ConfigRun): string {
  if (run.skipped) return '⏭️ skipped (no infrastructure)'
  const errors = run.findings.filter((f) => f.severity === 'error').length
  const warnings = run.findings.filter((f) => f.severity === 'warning').length
  if (errors > 0) return `❌ ${errors} error${errors === 1 ? '' : 's'}`
  return warnings > 0 ? `✅ valid, ${warnings} warning${warnings === 1 ? '' : 's'}` : '✅ valid'
}
