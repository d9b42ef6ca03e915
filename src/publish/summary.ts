// The job summary (CONTRACT §3): one row per config, then every problem at its place, then each
// job's details. GitHub drops a step's summary whole when it passes 1 MiB, so the summary is
// built against a byte budget: what does not fit is left out, and the summary says what.
import type { ConfigRun, RunReport } from '../run.js'
import { countFindings, formatPlan, tally } from '../run.js'
import { withHint } from '../findings.js'
import type { GitHubContext } from '../github/context.js'
import { scrubber } from '../util/secrets.js'
import { plural } from '../util/text.js'
import { renderGroupDetails, renderJobDetails } from './comment.js'
import { shapeGroups } from './groups.js'
import { driftSection } from '../drift/summary.js'
import { rolloutSection } from '../rollout/summary.js'
import { code, escapeText, listMessage, shorten, table } from './markdown.js'
import { leftRunningSection, removedAsRun } from './removed.js'

/** GitHub's limit for one step's summary, in bytes of UTF-8. */
export const SUMMARY_LIMIT = 1024 * 1024
/** Kept free for the closing note and the line breaks between parts. */
const RESERVE = 8 * 1024

const MAX_ROWS = 300
const MAX_PROBLEMS = 300
const MAX_PLACEHOLDERS = 10
/** Characters of user text per table cell or problem line, before escaping. */
const MAX_CELL = 200
const MAX_MESSAGE = 500
/** Characters of a message with several lines (a Terraform error), before escaping. */
const MAX_MESSAGE_TEXT = 4_000
/** A character of long text takes at most this many bytes of UTF-8 (a UTF-16 code unit). */
const BYTES_PER_CHARACTER = 3

/** What is left of the summary's bytes, and what did not fit. */
class Budget {
  private left = SUMMARY_LIMIT - RESERVE
  readonly cut: string[] = []

  get remaining(): number {
    return this.left
  }

  /** Takes the bytes of `text` (and its line break) if they fit. */
  take(text: string): boolean {
    const bytes = Buffer.byteLength(text, 'utf8') + 1
    if (bytes > this.left) return false
    this.left -= bytes
    return true
  }
}

export function renderSummary(report: RunReport, context: GitHubContext): string {
  const runs = report.configs
  // Secrets go before escaping, which could otherwise hide one from the replacement.
  const clean = scrubber(report.secrets)
  const budget = new Budget()
  const parts: string[] = []
  // Notes of what was left out are pushed without the budget: RESERVE keeps room for them.
  const add = (text: string): boolean => {
    if (!budget.take(text)) return false
    parts.push(text)
    return true
  }
  const discovery = escapeText(shorten(clean(report.discovery), 1_000))
  add(`## dativo-infra · ${report.mode}`)
  add('')

  // A run that stopped before any config (cancelled, or failed early) still says why.
  const runErrors = () => {
    if (report.failures.length === 0) return
    add('')
    add('### Run errors')
    add('')
    for (const failure of report.failures) {
      if (!add(`- ❌ ${escapeText(shorten(clean(failure), MAX_MESSAGE))}`)) {
        budget.cut.push('run errors')
        break
      }
    }
  }
  if (runs.length === 0 && (report.removed ?? []).length === 0) {
    add(`No job configs to process. ${discovery}`.trimEnd())
    runErrors()
    return parts.join('\n') + '\n'
  }
  const { errors, warnings, invalid, plan } = tally(report)
  // The same totals the pull request comment opens with.
  const planned = runs.some((run) => run.plan) ? ` Plan: ${formatPlan(plan)}.` : ''
  add(
    `${plural(runs.length, 'config')}: ${runs.length - invalid} valid, ${invalid} invalid` +
      ` — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.${planned} ${discovery}`,
  )
  add('')

  add(table(['Config', 'Job', 'Provider / runtime', 'Validation', 'Plan', 'Resolved'], []))
  let rows = 0
  for (const run of runs.slice(0, MAX_ROWS)) {
    if (!add(row(run, clean))) break
    rows++
  }
  if (runs.length > rows) {
    parts.push(
      '',
      `… and ${runs.length - rows} more configs (see the \`results\` output and the log).`,
    )
  }

  runErrors()

  // Drift mode's fleet table; a rollout's waves and what became of each job.
  for (const [name, section] of [
    ['the drift table', driftSection(report, clean)],
    ['the rollout table', rolloutSection(report, clean)],
  ] as const) {
    if (section && (!add('') || !add(section))) budget.cut.push(name)
  }

  const problems = [...runs, ...(report.removed ?? [])].flatMap((run) =>
    run.findings.filter((f) => f.severity !== 'notice'),
  )
  if (problems.length > 0) {
    add('')
    add('### Problems')
    add('')
    let shown = 0
    for (const finding of problems.slice(0, MAX_PROBLEMS)) {
      const where = finding.range
        ? `${finding.file}:${finding.range.line}:${finding.range.column}`
        : finding.file
      const icon = finding.severity === 'error' ? '❌' : '⚠️'
      const message = listMessage(shorten(clean(withHint(finding)), MAX_MESSAGE_TEXT), (text) =>
        escapeText(shorten(text, MAX_MESSAGE)),
      )
      const line = `- ${icon} ${code(shorten(clean(where), MAX_CELL))} ${message.first} ${code(finding.rule)}${message.block}`
      if (!add(line)) break
      shown++
    }
    if (problems.length > shown) parts.push(`- … and ${problems.length - shown} more (see the log)`)
  }

  // Runtimes left running are never forgotten: the section goes before the jobs' long texts.
  const left = leftRunningSection(report, clean)
  if (left && (!add('') || !add(left))) budget.cut.push('the runtimes left running')

  // Plan and apply runs add each job's details: cloud tags, values, the plan, the preview.
  const terraformRuns = [
    ...runs.filter((run) => run.plan || run.terraformFailed),
    ...(report.removed ?? []).map((removed) => removedAsRun(removed, report.mode)),
  ].slice(0, MAX_ROWS)
  if (report.mode !== 'validate' && terraformRuns.length > 0 && add('') && add('## Jobs')) {
    // The jobs' long texts (plans, previews) share what is left, at worst 3 bytes a character,
    // with a tenth kept for the tables and notes around them.
    const texts = terraformRuns.reduce(
      (sum, run) =>
        sum + (run.planText ? 1 : 0) + (report.mode === 'plan' && run.resolutionDiff ? 1 : 0),
      0,
    )
    const maxText = Math.floor(
      (budget.remaining * 0.9) / (Math.max(1, texts) * BYTES_PER_CHARACTER),
    )
    let shown = 0
    // Jobs changed alike share one section, in the place of the first of them.
    const groups = shapeGroups(terraformRuns)
    const groupOf = new Map(groups.flatMap((group) => group.members.map((run) => [run, group])))
    for (const run of terraformRuns) {
      const group = groupOf.get(run)
      if (group && group.members[0] !== run) {
        shown++
        continue
      }
      const details = group
        ? renderGroupDetails(group, context, {
            secrets: report.secrets,
            maxText,
            maxRows: MAX_ROWS,
          })
        : renderJobDetails(run, report.mode, context, { secrets: report.secrets, maxText })
      if (!add('') || !add(details)) break
      shown++
    }
    if (shown < terraformRuns.length) {
      budget.cut.push(`the details of ${plural(terraformRuns.length - shown, 'job')}`)
    }
  }
  if (budget.cut.length > 0) {
    parts.push(
      '',
      `_Cut to stay under GitHub's 1 MiB limit for a step's summary: ${budget.cut.join(', ')} left out; see the log._`,
    )
  }
  return parts.join('\n') + '\n'
}

function row(run: ConfigRun, clean: (text: string) => string): string {
  const placeholders = run.placeholders.slice(0, MAX_PLACEHOLDERS).map((p) => code(p))
  if (run.placeholders.length > MAX_PLACEHOLDERS) {
    placeholders.push(`… ${run.placeholders.length - MAX_PLACEHOLDERS} more`)
  }
  const cells = [
    code(shorten(clean(run.file), MAX_CELL)),
    run.jobName ? escapeText(shorten(clean(run.jobName), MAX_CELL)) : '—',
    run.provider
      ? escapeText(shorten(clean(`${run.provider} / ${run.runtimeType ?? '?'}`), MAX_CELL))
      : '—',
    validationCell(run),
    run.plan ? formatPlan(run.plan) : '—',
    placeholders.length > 0 ? `${run.resolved ? '✅' : '⏳'} ${placeholders.join(', ')}` : '—',
  ]
  return `| ${cells.join(' | ')} |`
}

function validationCell(run: ConfigRun): string {
  if (run.skipped) return '⏭️ skipped (no infrastructure)'
  const errors = countFindings(run, 'error')
  const warnings = countFindings(run, 'warning')
  if (errors > 0) return `❌ ${plural(errors, 'error')}`
  return warnings > 0 ? `✅ valid, ${plural(warnings, 'warning')}` : '✅ valid'
}
