// The job summary (CONTRACT §3), in the layout the pull request comment shares (layout.ts): the
// counts, an overview row per job, then each job's section, with more room for the long texts.
// GitHub drops a step's summary whole when it passes 1 MiB, so the summary is built against a
// byte budget: what does not fit is left out, and the summary says what.
import type { RunReport } from '../run.js'
import type { GitHubContext } from '../github/context.js'
import { scrubber } from '../util/secrets.js'
import { plural } from '../util/text.js'
import { headline, isFold, jobEntries, Links, overview, renderParts } from './layout.js'
import { detailSections } from './groups.js'
import { driftSection } from '../drift/summary.js'
import { rolloutSection } from '../rollout/summary.js'
import { escapeText, shorten } from './markdown.js'
import { leftRunningSection } from './removed.js'

/** A section standing for jobs changed alike lists this many of them, then `… and N more`. */
const MAX_GROUP_ROWS = 1000

/** GitHub's limit for one step's summary, in bytes of UTF-8. */
export const SUMMARY_LIMIT = 1024 * 1024
/** Kept free for the closing note and the line breaks between parts. */
const RESERVE = 8 * 1024

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
  // Secrets go before escaping, which could otherwise hide one from the replacement.
  const clean = scrubber(report.secrets)
  const links = new Links(context)
  const budget = new Budget()
  const parts: string[] = []
  // Notes of what was left out are pushed without the budget: RESERVE keeps room for them.
  const add = (text: string): boolean => {
    if (!budget.take(text)) return false
    parts.push(text)
    return true
  }
  const discovery = escapeText(shorten(clean(report.discovery), 1_000))
  const entries = jobEntries(report)
  if (entries.length === 0) {
    add(`## dativo-infra · ${report.mode}`)
    add('')
    add(`No job configs to process. ${discovery}`.trimEnd())
    if (report.failures.length > 0) add('')
    for (const failure of report.failures) {
      if (!add(`- ❌ ${escapeText(shorten(clean(failure), 500))}`)) break
    }
    return parts.join('\n') + '\n'
  }
  // Before the overview: a group's section takes the rows of all its jobs.
  const sections = detailSections(entries, report.mode, links, clean, MAX_GROUP_ROWS)
  for (const line of headline(report, entries, links, '', clean)) {
    if (!add(line)) budget.cut.push('part of the run errors')
  }
  add('')
  add(discovery)
  add('')
  const table = overview(entries, report.mode, clean)
  if (!add(table) && !add(overview(entries, report.mode, clean, true))) {
    // Thousands of jobs: as many rows as fit.
    const lines = table.split('\n')
    let shown = 0
    for (const line of lines) {
      if (!add(line)) break
      shown++
    }
    parts.push(
      '',
      `… and ${plural(lines.length - shown, 'more job')} (see the \`results\` output).`,
    )
  }

  // Runtimes left running are never forgotten: the section goes before the jobs' long texts.
  const left = leftRunningSection(report, clean)
  if (left && (!add('') || !add(left))) budget.cut.push('the runtimes left running')

  // Drift mode's fleet table; a rollout's waves and what became of each job.
  for (const [name, section] of [
    ['the drift table', driftSection(report, clean)],
    ['the rollout table', rolloutSection(report, clean)],
  ] as const) {
    if (section && (!add('') || !add(section))) budget.cut.push(name)
  }

  // The long texts (plans, previews) share what is left, at worst 3 bytes a character, with a
  // tenth kept for the tables and notes around them.
  const texts = sections.flat().filter(isFold).length
  const maxText = Math.floor((budget.remaining * 0.9) / (Math.max(1, texts) * BYTES_PER_CHARACTER))
  let shown = 0
  for (const section of sections) {
    if (!add('') || !add(renderParts(section, maxText, links))) break
    shown++
  }
  if (shown < sections.length) {
    budget.cut.push(`the details of ${plural(sections.length - shown, 'job')}`)
  }
  if (budget.cut.length > 0) {
    parts.push(
      '',
      `_Cut to stay under GitHub's 1 MiB limit for a step's summary: ${budget.cut.join(', ')} left out; see the log._`,
    )
  }
  return parts.join('\n') + '\n'
}
