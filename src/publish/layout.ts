// One layout for the pull request comment and the job summary, built for a reviewer: a first line
// with the counts; an overview table, one row per job, errors and destroys first, each linking
// to its section; then per job only what changes (its findings, the resources it destroys, its
// tags as a diff against the base, the values resolution will write, the plan folded). The
// comment and the summary differ only in how much room they give the long texts.
import { pullRequestOf, repositoryUrl, runUrl } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import type { Finding } from '../findings.js'
import { withHint } from '../findings.js'
import { countFindings, formatPlan, tally } from '../run.js'
import type { ConfigRun, RunReport } from '../run.js'
import { plural } from '../util/text.js'
import { code, codeBlock, cut, escapeText, listMessage, shorten, table } from './markdown.js'
import { removedAsRun } from './removed.js'

/** Per section: this many findings, tags, values and destroyed resources, then `… and N more`. */
const MAX_FINDINGS = 30
const MAX_ROWS = 60
const MAX_VALUE = 300
/** Characters of a job's name in the overview; a shorter one when the overview must shrink. */
const MAX_NAME = 80
const MAX_NAME_COMPACT = 40

/** What a job's row says first; the order is the overview's: what needs eyes first. */
export type JobStatus =
  | 'failed'
  | 'destroys'
  | 'not-applied'
  | 'left-running'
  | 'changes'
  | 'unchanged'
  | 'valid'
  | 'skipped'

const STATUS_ORDER: readonly JobStatus[] = [
  'failed',
  'destroys',
  'not-applied',
  'left-running',
  'changes',
  'unchanged',
  'valid',
  'skipped',
]

/** A job of the report as the layout shows it: a config, or a job the change removes. */
export interface JobEntry {
  run: ConfigRun
  status: JobStatus
  /** The id of its section, when it has one (jobs with nothing to show have none). */
  anchor?: string
  /** Tag changes against the base; undefined when there is no base to compare with. */
  tagChanges?: TagChange[]
}

export interface TagChange {
  key: string
  before?: string
  after?: string
}

/** A long text shown folded, shortened when the report needs the room. */
export interface Fold {
  summary: string
  text: string
  language: string
}

export type Part = string | Fold

/** Where things are on GitHub, when the run knows its repository. */
export class Links {
  readonly run?: string
  readonly commit?: (sha: string) => string
  private readonly blob?: string

  constructor(context: GitHubContext) {
    const base = repositoryUrl(context)
    if (!base) return
    this.run = runUrl(context)
    this.commit = (sha) => `${base}/commit/${encodeURIComponent(sha)}`
    const sha = context.sha ?? pullRequestOf(context)?.headSha
    if (sha) this.blob = `${base}/blob/${encodeURIComponent(sha)}`
  }

  line(file: string, line: number): string | undefined {
    if (!this.blob) return undefined
    const path = file
      .split('/')
      .map((segment) => encodeURIComponent(segment).replace(/[()]/g, percent))
      .join('/')
    return `${this.blob}/${path}#L${line}`
  }
}

function percent(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`
}

/** Every job of the report, in the overview's order, each with its status and anchor. */
export function jobEntries(report: RunReport): JobEntry[] {
  const runs = [
    ...report.configs,
    ...(report.removed ?? []).map((removed) => removedAsRun(removed, report.mode)),
  ]
  const entries = runs.map((run): JobEntry => {
    return { run, status: statusOf(run, report.mode), tagChanges: tagDiff(run) }
  })
  const rank = (entry: JobEntry) => STATUS_ORDER.indexOf(entry.status)
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry)
  sorted.forEach((entry, index) => {
    if (hasDetails(entry, report.mode)) entry.anchor = anchorFor(index + 1)
  })
  return sorted
}

function statusOf(run: ConfigRun, mode: RunReport['mode']): JobStatus {
  if (run.skipped) return 'skipped'
  if (!run.valid || run.terraformFailed || countFindings(run, 'error') > 0) return 'failed'
  if (run.removal && !run.plan?.destroy && mode === 'apply' && /left running/.test(run.removal)) {
    return 'left-running'
  }
  if ((run.plan?.destroy ?? 0) > 0) return 'destroys'
  if (run.notReviewed) return 'not-applied'
  if (run.plan && run.plan.add + run.plan.change > 0) return 'changes'
  if (run.plan) return (run.changedValues?.length ?? 0) > 0 ? 'changes' : 'unchanged'
  return 'valid'
}

const STATUS_TEXT: Record<JobStatus, string> = {
  failed: '❌ failed',
  destroys: '🔥 **destroys**',
  'not-applied': '⛔ not applied',
  'left-running': '🗑️ left running',
  changes: '✏️ changes',
  unchanged: '✅ no changes',
  valid: '✅ valid',
  skipped: '⏭️ skipped',
}

/** How the first line counts each status: its icon, then its word after the count. */
const STATUS_COUNT: Record<JobStatus, [string, string]> = {
  failed: ['❌', 'failed'],
  destroys: ['🔥', 'destroying'],
  'not-applied': ['⛔', 'not applied'],
  'left-running': ['🗑️', 'left running'],
  changes: ['✏️', 'with changes'],
  unchanged: ['✅', 'unchanged'],
  valid: ['✅', 'valid'],
  skipped: ['⏭️', 'skipped'],
}

/** The tags that differ between the base and this change, in the order of this change's tags. */
function tagDiff(run: ConfigRun): TagChange[] | undefined {
  if (run.cloudTagsAtBase === undefined || !run.cloudTags || run.removal) return undefined
  const before = run.cloudTagsAtBase ?? {}
  const after = run.cloudTags
  const changes: TagChange[] = []
  for (const [key, value] of Object.entries(after)) {
    if (before[key] !== value) changes.push({ key, before: before[key], after: value })
  }
  for (const [key, value] of Object.entries(before)) {
    if (!Object.hasOwn(after, key)) changes.push({ key, before: value })
  }
  return changes
}

/** Whether a job has anything to show under it: a reviewer reads only what changes. */
function hasDetails(entry: JobEntry, mode: RunReport['mode']): boolean {
  const run = entry.run
  if (run.findings.some((f) => f.severity !== 'notice')) return true
  if (run.removal || run.terraformFailed || run.notReviewed) return true
  if ((entry.tagChanges?.length ?? 0) > 0) return true
  if (entry.tagChanges === undefined && run.cloudTags && run.plan) return true
  if (mode !== 'validate' && (run.changedValues?.length ?? 0) > 0) return true
  return Boolean(run.plan && run.plan.add + run.plan.change + run.plan.destroy > 0)
}

/** A section id: short, since the overview repeats it on every row, and unique in the report. */
function anchorFor(position: number): string {
  return `dativo-${position}`
}

/** The report's first lines: the counts, the plan's totals, and loudly, what is destroyed. */
export function headline(
  report: RunReport,
  entries: readonly JobEntry[],
  links: Links,
  where: string,
  clean: (text: string) => string,
): string[] {
  const lines: string[] = []
  const counts = STATUS_ORDER.map((status) => {
    const count = entries.filter((entry) => entry.status === status).length
    return count > 0 ? `${STATUS_COUNT[status][0]} ${count} ${STATUS_COUNT[status][1]}` : ''
  }).filter(Boolean)
  const jobs = plural(entries.length, 'job')
  lines.push(
    `## dativo-infra · ${report.mode} · ${jobs}${counts.length > 0 ? `: ${counts.join(' · ')}` : ''}`,
  )
  const { errors, warnings, plan } = tally(report)
  const facts: string[] = []
  const planned = entries.some((entry) => entry.run.plan)
  if (planned) {
    const destroyed = entries.reduce((sum, entry) => sum + (entry.run.plan?.destroy ?? 0), 0)
    facts.push(`Plan **${formatPlan({ ...plan, destroy: destroyed })}**`)
  }
  facts.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)
  if (report.commitSha) {
    const short = report.commitSha.slice(0, 7)
    facts.push(
      `resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : code(short)}`,
    )
  }
  if (where) facts.push(escapeText(clean(where)))
  lines.push('', facts.join(' · '))
  const destroying = entries.filter((entry) => (entry.run.plan?.destroy ?? 0) > 0)
  if (destroying.length > 0) {
    const resources = destroying.reduce((sum, entry) => sum + entry.run.plan!.destroy, 0)
    const names = destroying
      .slice(0, 10)
      .map((entry) => jobLink(entry, MAX_NAME_COMPACT, clean))
      .join(', ')
    const more = destroying.length > 10 ? `, and ${destroying.length - 10} more` : ''
    const verb = report.mode === 'apply' ? 'destroyed' : 'destroyed if this is applied'
    lines.push(
      '',
      `🔥 **${plural(resources, 'resource')} ${verb}**, in ${plural(destroying.length, 'job')}: ${names}${more}.`,
    )
  }
  if (report.failures.length > 0) {
    lines.push(
      '',
      ...report.failures.map((failure) => `- ❌ ${escapeText(shorten(clean(failure), 500))}`),
    )
  }
  // Findings at files that are none of the run's configs (a second config with a job's name).
  const elsewhere = (report.elsewhere ?? []).filter((finding) => finding.severity !== 'notice')
  if (elsewhere.length > 0) {
    lines.push(
      '',
      ...elsewhere
        .slice(0, MAX_FINDINGS)
        .map((finding) => `- ${findingLine(finding, links, clean, true)}`),
    )
    if (elsewhere.length > MAX_FINDINGS) {
      lines.push(`- … and ${elsewhere.length - MAX_FINDINGS} more (see the log)`)
    }
  }
  return lines
}

/** The overview: one row per job. `compact` shortens the names to keep every row. */
export function overview(
  entries: readonly JobEntry[],
  mode: RunReport['mode'],
  clean: (text: string) => string,
  compact = false,
): string {
  if (entries.length === 0) return ''
  const planned = mode !== 'validate'
  const header = ['Status', 'Job', ...(planned ? ['Plan'] : []), 'What changes']
  const rows = entries.map((entry) => {
    const run = entry.run
    const cells = [
      STATUS_TEXT[entry.status],
      // Compact: no link either, the sections being left out then.
      compact
        ? escapeText(shorten(clean(run.jobName ?? run.file), MAX_NAME_COMPACT))
        : jobLink(entry, MAX_NAME, clean),
    ]
    if (planned) cells.push(run.plan ? planCell(run) : '—')
    cells.push(changesCell(entry, mode, clean, compact))
    return cells
  })
  return table(header, rows)
}

function jobLink(entry: JobEntry, max: number, clean: (text: string) => string): string {
  const name = escapeText(shorten(clean(entry.run.jobName ?? entry.run.file), max))
  return entry.anchor ? `[${name}](#${entry.anchor})` : name
}

function planCell(run: ConfigRun): string {
  const plan = run.plan!
  return plan.destroy > 0 ? `+${plan.add} ~${plan.change} **-${plan.destroy}**` : formatPlan(plan)
}

function changesCell(
  entry: JobEntry,
  mode: RunReport['mode'],
  clean: (text: string) => string,
  compact: boolean,
): string {
  const run = entry.run
  const parts: string[] = []
  const errors = countFindings(run, 'error')
  const warnings = countFindings(run, 'warning')
  if (errors > 0) parts.push(plural(errors, 'error'))
  if (run.removal)
    parts.push(escapeText(shorten(clean(run.removal.split(';')[0]!), compact ? 30 : 80)))
  if (run.cloudTagsAtBase === null && !run.removal) parts.push('new job')
  const tags = entry.tagChanges?.length ?? 0
  if (tags > 0 && run.cloudTagsAtBase !== null) parts.push(`${plural(tags, 'tag')} changed`)
  const values = run.changedValues?.length ?? 0
  if (values > 0)
    parts.push(
      `${plural(values, 'value')} ${mode === 'apply' && run.resolved ? 'written' : 'to write'}`,
    )
  if (warnings > 0) parts.push(plural(warnings, 'warning'))
  return parts.length > 0 ? parts.join(', ') : '—'
}

/**
 * The section of one job: what a reviewer must see of it. `alsoFor` names other jobs whose change
 * is the same as this one's, for a section that stands for a group of jobs.
 */
export function jobDetails(
  entry: JobEntry,
  mode: RunReport['mode'],
  links: Links,
  clean: (text: string) => string,
  alsoFor: readonly string[] = [],
): Part[] {
  const run = entry.run
  const parts: Part[] = []
  const name = escapeText(shorten(clean(run.jobName ?? run.file), MAX_VALUE))
  const anchor = entry.anchor ? `<a id="${entry.anchor}"></a>` : ''
  const icon = STATUS_TEXT[entry.status].split(' ')[0]
  const more = alsoFor.length > 0 ? ` and ${plural(alsoFor.length, 'more job')}` : ''
  parts.push(`### ${anchor}${icon} ${name}${more}`)

  const facts = [code(shorten(clean(run.file), MAX_VALUE))]
  if (run.provider) facts.push(code(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)))
  if (run.removal) facts.push(escapeText(clean(run.removal)))
  else facts.push(validation(run))
  if (run.cloudTagsAtBase === null && !run.removal) facts.push('new job')
  if (run.terraformFailed) facts.push('Terraform failed: nothing written')
  if (run.notReviewed) facts.push('not applied: the plan is not the reviewed one')
  if (run.plan) facts.push(`plan ${formatPlan(run.plan)}`)
  if (run.resolved) facts.push('resolved')
  parts.push(facts.join(' · '))
  if (alsoFor.length > 0) {
    const names = alsoFor.slice(0, MAX_ROWS).map((job) => escapeText(clean(job)))
    const rest = alsoFor.length > MAX_ROWS ? `, … and ${alsoFor.length - MAX_ROWS} more` : ''
    parts.push(`The same change for: ${names.join(', ')}${rest}.`)
  }

  const problems = run.findings.filter((f) => f.severity !== 'notice')
  if (problems.length > 0) {
    const items = problems
      .slice(0, MAX_FINDINGS)
      .map((finding) => `- ${findingLine(finding, links, clean)}`)
    if (problems.length > MAX_FINDINGS) {
      items.push(`- … and ${problems.length - MAX_FINDINGS} more (see the log)`)
    }
    parts.push(items.join('\n'))
  }

  // Destroys first: what goes cannot come back.
  if (run.plan && run.plan.destroy > 0) {
    const addresses = run.destroys ?? []
    const listed = addresses.slice(0, MAX_ROWS).map((address) => `- ${code(clean(address))}`)
    if (addresses.length > MAX_ROWS) listed.push(`- … and ${addresses.length - MAX_ROWS} more`)
    const verb = mode === 'apply' && !run.terraformFailed ? 'Destroyed' : 'Destroys'
    parts.push(
      `🔥 **${verb} ${plural(run.plan.destroy, 'resource')}**${listed.length > 0 ? ':' : ''}` +
        (listed.length > 0 ? `\n\n${listed.join('\n')}` : ''),
    )
  }

  const tags = Object.entries(run.cloudTags ?? {})
  if (entry.tagChanges && entry.tagChanges.length > 0 && run.cloudTagsAtBase !== null) {
    const lines = entry.tagChanges
      .slice(0, MAX_ROWS)
      .map((change) => `- ${tagChangeLine(change, clean)}`)
    if (entry.tagChanges.length > MAX_ROWS)
      lines.push(`- … and ${entry.tagChanges.length - MAX_ROWS} more`)
    parts.push(`**Tags changed** (against the base)\n\n${lines.join('\n')}`)
  }
  if (tags.length > 0) {
    const changed = new Set(
      run.cloudTagsAtBase === null ? [] : (entry.tagChanges ?? []).map((c) => c.key),
    )
    const rest = tags.filter(([key]) => !changed.has(key))
    const label =
      run.removal !== undefined
        ? `${plural(rest.length, 'tag')} of the resources it ${mode === 'apply' ? 'had' : 'has'}`
        : run.cloudTagsAtBase === null
          ? `${plural(rest.length, 'tag')} (new job)`
          : entry.tagChanges === undefined
            ? plural(rest.length, 'tag')
            : `${plural(rest.length, 'tag')} unchanged`
    if (rest.length > 0) {
      parts.push(
        `<details><summary>${label}</summary>\n\n` +
          rows(
            ['Tag', 'Value'],
            rest.map(([key, value]) => [code(clean(key)), code(shorten(clean(value), MAX_VALUE))]),
          ) +
          '\n\n</details>',
      )
    }
  }

  const changedValues = new Set(run.changedValues ?? [])
  const values = Object.entries(run.resolvedValues ?? {}).filter(([name]) =>
    changedValues.has(name),
  )
  if (values.length > 0) {
    const title =
      mode !== 'apply'
        ? 'Values apply will write'
        : run.resolved
          ? 'Values written'
          : 'Values not written into the config'
    parts.push(
      `**${title}**\n\n` +
        rows(
          ['Placeholder', 'Value'],
          values.map(([name, value]) => [
            code(clean(name)),
            code(shorten(clean(display(value)), MAX_VALUE)),
          ]),
        ),
    )
  }

  if (run.planText) {
    parts.push({
      summary: `Terraform plan${run.plan ? ` (${formatPlan(run.plan)})` : ''}`,
      text: clean(run.planText),
      language: 'text',
    })
  }
  // Only a preview: in apply mode the diff would show values that were written, sensitive or not.
  if (mode === 'plan' && run.resolutionDiff && changedValues.size > 0) {
    parts.push({
      summary: 'Preview: what resolution will change in the config',
      text: clean(run.resolutionDiff),
      language: 'diff',
    })
  }
  return parts
}

function tagChangeLine(change: TagChange, clean: (text: string) => string): string {
  const value = (text: string) => code(shorten(clean(text), MAX_VALUE))
  const key = code(clean(change.key))
  if (change.before === undefined) return `${key}: added, ${value(change.after!)}`
  if (change.after === undefined) return `${key}: removed (was ${value(change.before)})`
  return `${key}: ${value(change.before)} → ${value(change.after)}`
}

/** The parts as Markdown, each long text folded and cut to at most `cap` characters (0: left out). */
export function renderParts(parts: readonly Part[], cap: number, links: Links): string {
  return parts.map((part) => (isFold(part) ? renderFold(part, cap, links) : part)).join('\n\n')
}

export function isFold(part: Part): part is Fold {
  return typeof part !== 'string'
}

function renderFold(fold: Fold, cap: number, links: Links): string {
  const where = links.run ? `[the run's log](${links.run})` : "the run's log"
  if (cap <= 0) return `_${fold.summary}: left out to fit; see ${where}._`
  const text = cap >= fold.text.length ? fold.text : cut(fold.text, cap)
  const note =
    text.length < fold.text.length
      ? `\n\n_Shortened: ${lineCount(text)} of ${lineCount(fold.text)} lines shown; the rest is in ${where}._`
      : ''
  return `<details><summary>${fold.summary}</summary>\n\n${codeBlock(text, fold.language)}${note}\n\n</details>`
}

/**
 * A finding as one item: its place, linked to the line, then the message and rule. In a job's
 * section the place is the line and column; `named` puts the file first, for a finding at a file
 * that is none of the run's jobs.
 */
function findingLine(
  finding: Finding,
  links: Links,
  clean: (text: string) => string,
  named = false,
): string {
  const icon = finding.severity === 'error' ? '❌' : '⚠️'
  const range = finding.range
  const url = range ? links.line(finding.file, range.line) : undefined
  const link = (label: string) => (url ? `[${label}](${url})` : label)
  let place = ''
  if (named) {
    const where = range ? `${finding.file}:${range.line}:${range.column}` : finding.file
    place = `${link(code(shorten(clean(where), MAX_VALUE)))} `
  } else if (range) {
    place = `${link(`line ${range.line}, column ${range.column}`)}: `
  }
  const message = listMessage(shorten(clean(withHint(finding)), 2000), escapeText)
  return `${icon} ${place}${message.first} ${code(finding.rule)}${message.block}`
}

function rows(header: string[], cells: string[][]): string {
  const shown = cells.slice(0, MAX_ROWS)
  const more = cells.length - shown.length
  return table(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '')
}

function validation(run: ConfigRun): string {
  if (run.skipped) return 'skipped: no infrastructure section'
  const errors = countFindings(run, 'error')
  const warnings = countFindings(run, 'warning')
  if (errors > 0 || !run.valid) return plural(errors, 'error')
  return warnings > 0 ? `valid, ${plural(warnings, 'warning')}` : 'valid'
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length
}
