// The pull request comment (CONTRACT §8): one per workflow job, found again by a hidden marker and
// edited in place. Per config: validation with the place of each problem, the cloud tags, plan
// counts, resolved values (sensitive ones masked) and the plan text folded; in plan mode the
// preview of what resolution will change. Long text is shortened so the comment always stays
// below GitHub's size limit, and every block that is opened is closed.
import type { GitHubClient } from '../github/client.js'
import { pullRequestOf, repositoryUrl, runUrl } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { describeGitHubError, hasStatus, isGitHubError, rateLimitOf } from '../github/errors.js'
import type { Finding } from '../findings.js'
import { withHint } from '../findings.js'
import { countFindings, formatPlan, tally } from '../run.js'
import { scrubber } from '../util/secrets.js'
import { plural } from '../util/text.js'
import type { ConfigRun, RunReport } from '../run.js'
import { code, codeBlock, cut, escapeText, listMessage, shorten, table } from './markdown.js'
import { removedAsRun } from './removed.js'
import { groupSection, shapeGroups } from './groups.js'
import type { ChangeGroup } from '../group/shape.js'

/** GitHub refuses a comment body of 65,536 characters or more. */
export const COMMENT_LIMIT = 65_536
/**
 * What a body may measure (see `commentSize`): well below the limit, for the characters GitHub
 * might count differently from JavaScript.
 */
const MAX_SIZE = 64_000

const MAX_FINDINGS = 30
const MAX_ROWS = 60
const MAX_VALUE = 300

export interface CommentOptions {
  /** Values that must never appear in the comment (e.g. sensitive outputs), replaced by `***`. */
  secrets?: readonly string[]
}

/**
 * A conservative count of the characters GitHub sees: UTF-16 code units (never fewer than code
 * points), and each line break counted twice in case it is stored as CRLF.
 */
export function commentSize(body: string): number {
  let breaks = 0
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) breaks++
  return body.length + breaks
}

/** The hidden first line that finds this job's comment again: workflow and job, encoded. */
export function commentMarker(context: GitHubContext): string {
  const workflow = encodeURIComponent(context.workflow ?? '')
  const job = encodeURIComponent(context.job ?? '')
  return `<!-- dativo-infra-action workflow=${workflow} job=${job} -->`
}

/** A long text shown folded, shortened when the comment needs the room. */
interface Fold {
  summary: string
  text: string
  language: string
}

type Part = string | Fold

export function renderComment(
  report: RunReport,
  context: GitHubContext,
  options: CommentOptions = {},
): string {
  const clean = scrubber(options.secrets ?? [])
  const links = new Links(context)
  const head = renderHead(report, context, links, clean)
  // Jobs changed alike share one section, in the place of the first of them.
  const groups = shapeGroups(report.configs)
  const groupOf = new Map(groups.flatMap((group) => group.members.map((run) => [run, group])))
  const sections = [
    ...report.configs.flatMap((run) => {
      const group = groupOf.get(run)
      if (!group) return [configParts(run, report.mode, links, clean)]
      return group.members[0] === run ? [groupParts(group, clean)] : []
    }),
    ...(report.removed ?? []).map((removed) =>
      configParts(removedAsRun(removed, report.mode), report.mode, links, clean),
    ),
  ]
  const pointer = links.run
    ? `[the job summary of this run](${links.run})`
    : 'the job summary of this workflow run'

  const assemble = (rendered: string[], shortened: boolean, omitted: number): string => {
    const tail = ['---']
    if (omitted > 0) tail.push(`… and ${plural(omitted, 'more config')}.`)
    tail.push(
      shortened || omitted > 0
        ? `Shortened to fit a comment. The full report is in ${pointer}.`
        : `Full report: ${pointer}.`,
    )
    return [head, ...rendered, tail.join('\n\n')].join('\n\n') + '\n'
  }
  const withCap = (cap: number) => sections.map((parts) => renderParts(parts, cap, links))

  const longest = Math.max(
    0,
    ...sections.flat().map((part) => (isFold(part) ? part.text.length : 0)),
  )
  const full = assemble(withCap(longest), false, 0)
  if (commentSize(full) <= MAX_SIZE) return full

  // The largest length of long text per block that fits, found by bisection.
  if (commentSize(assemble(withCap(0), true, 0)) <= MAX_SIZE) {
    let low = 0
    let high = longest
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (commentSize(assemble(withCap(middle), true, 0)) <= MAX_SIZE) low = middle
      else high = middle - 1
    }
    return assemble(withCap(low), true, 0)
  }

  // Too many configs even without their long text: as many whole sections as fit.
  const shown: string[] = []
  for (const parts of sections) {
    const next = [...shown, renderParts(parts, 0, links)]
    if (commentSize(assemble(next, true, sections.length - next.length)) > MAX_SIZE) break
    shown.push(next[next.length - 1]!)
  }
  const body = assemble(shown, true, sections.length - shown.length)
  if (commentSize(body) <= MAX_SIZE) return body
  return assemble([], true, sections.length)
}

/**
 * One config's section as the comment shows it (findings, cloud tags, values, plan, preview), for
 * the job summary, which has room for long text up to `maxText` characters a block.
 */
export function renderJobDetails(
  run: ConfigRun,
  mode: RunReport['mode'],
  context: GitHubContext,
  options: CommentOptions & { maxText: number },
): string {
  const links = new Links(context)
  return renderParts(
    configParts(run, mode, links, scrubber(options.secrets ?? [])),
    options.maxText,
    links,
  )
}

/** A group of jobs changed alike, as the job summary shows it (see renderJobDetails). */
export function renderGroupDetails(
  group: ChangeGroup<ConfigRun>,
  context: GitHubContext,
  options: CommentOptions & { maxText: number; maxRows: number },
): string {
  const links = new Links(context)
  const clean = scrubber(options.secrets ?? [])
  return renderParts(groupParts(group, clean, options.maxRows), options.maxText, links)
}

function groupParts(
  group: ChangeGroup<ConfigRun>,
  clean: (text: string) => string,
  maxRows = MAX_ROWS,
): Part[] {
  const section = groupSection(group, clean, maxRows)
  const plan = section.plan
  return plan
    ? [...section.blocks, { summary: plan.summary, text: clean(plan.text), language: 'text' }]
    : section.blocks
}

function renderHead(
  report: RunReport,
  context: GitHubContext,
  links: Links,
  clean: (text: string) => string,
): string {
  const runs = report.configs
  const where = [context.workflow, context.job].filter(Boolean).join(' / ')
  const lines = [commentMarker(context)]
  lines.push(`## dativo-infra · ${report.mode}${where ? ` · ${escapeText(clean(where))}` : ''}`)
  if (runs.length === 0) {
    lines.push('', `No job configs to process. ${escapeText(clean(report.discovery))}`)
    return lines.join('\n')
  }
  const { errors, warnings, invalid, plan } = tally(report)
  let summary =
    `${plural(runs.length, 'config')}: ${runs.length - invalid} valid, ${invalid} invalid` +
    ` — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`
  if (runs.some((r) => r.plan)) summary += ` Plan: ${formatPlan(plan)}.`
  if (report.commitSha) {
    const short = report.commitSha.slice(0, 7)
    summary += ` Resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : code(short)}.`
  }
  lines.push('', summary)
  const record = report.reviewRecord
  if (record?.problem) {
    lines.push(
      '',
      `⚠️ The plans were not recorded for review, so a merge with \`require-reviewed-plan\` will not apply them: ${escapeText(clean(record.problem))}.`,
    )
  } else if (record && record.omitted > 0) {
    lines.push(
      '',
      `⚠️ The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with \`require-reviewed-plan\` will not apply the other ${plural(record.omitted, 'job')}${record.url ? ` (listed in [the check run](${record.url}))` : ''}. Split the pull request.`,
    )
  }
  return lines.join('\n')
}

function configParts(
  run: ConfigRun,
  mode: RunReport['mode'],
  links: Links,
  clean: (text: string) => string,
): Part[] {
  const parts: Part[] = []
  const title = run.jobName ? ` · ${escapeText(shorten(clean(run.jobName), MAX_VALUE))}` : ''
  parts.push(`### ${statusIcon(run)} ${code(shorten(clean(run.file), MAX_VALUE))}${title}`)

  const facts: string[] = []
  if (run.provider) facts.push(code(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)))
  facts.push(run.removal ? escapeText(clean(run.removal)) : validation(run))
  if (run.terraformFailed) facts.push('Terraform failed: nothing written')
  if (run.notReviewed) facts.push('not applied: the plan is not the reviewed one')
  if (run.plan) facts.push(`plan ${formatPlan(run.plan)}`)
  if (run.resolved) facts.push('resolved')
  parts.push(facts.join(' · '))

  const problems = run.findings.filter((f) => f.severity !== 'notice')
  if (problems.length > 0) {
    const items = problems
      .slice(0, MAX_FINDINGS)
      .map((finding) => `- ${findingLine(finding, links, clean)}`)
    if (problems.length > MAX_FINDINGS) {
      items.push(`- … and ${problems.length - MAX_FINDINGS} more (see the job summary)`)
    }
    parts.push(items.join('\n'))
  }

  const tags = Object.entries(run.cloudTags ?? {})
  if (tags.length > 0) {
    parts.push(
      '**Cloud tags**\n\n' +
        rows(
          ['Tag', 'Value'],
          tags.map(([key, value]) => [code(clean(key)), code(shorten(clean(value), MAX_VALUE))]),
        ),
    )
  }

  const values = Object.entries(run.resolvedValues ?? {})
  if (values.length > 0) {
    parts.push(
      `**${mode !== 'apply' ? 'Values after apply' : run.resolved ? 'Resolved values' : 'Values not written into the config'}**\n\n` +
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
    parts.push({ summary: 'Terraform plan', text: clean(run.planText), language: 'text' })
  }
  // Only a preview: in apply mode the diff would show values that were written, sensitive or not.
  if (mode === 'plan' && run.resolutionDiff) {
    parts.push({
      summary: 'Preview: what resolution will change in the config',
      text: clean(run.resolutionDiff),
      language: 'diff',
    })
  }
  return parts
}

function renderParts(parts: Part[], cap: number, links: Links): string {
  return parts.map((part) => (isFold(part) ? renderFold(part, cap, links) : part)).join('\n\n')
}

function renderFold(fold: Fold, cap: number, links: Links): string {
  const where = links.run ? `[the run's log](${links.run})` : "the run's log"
  if (cap <= 0) return `_${fold.summary}: left out to fit the comment; see ${where}._`
  const text = cap >= fold.text.length ? fold.text : cut(fold.text, cap)
  const note =
    text.length < fold.text.length
      ? `\n\n_Shortened: ${lineCount(text)} of ${lineCount(fold.text)} lines shown; the rest is in ${where}._`
      : ''
  return `<details><summary>${fold.summary}</summary>\n\n${codeBlock(text, fold.language)}${note}\n\n</details>`
}

function findingLine(finding: Finding, links: Links, clean: (text: string) => string): string {
  const icon = finding.severity === 'error' ? '❌' : '⚠️'
  const range = finding.range
  let place = ''
  if (range) {
    const label = `line ${range.line}, column ${range.column}`
    const url = links.line(finding.file, range.line)
    place = `${url ? `[${label}](${url})` : label}: `
  }
  const message = listMessage(shorten(clean(withHint(finding)), 2000), escapeText)
  return `${icon} ${place}${message.first} ${code(finding.rule)}${message.block}`
}

function rows(header: string[], cells: string[][]): string {
  const shown = cells.slice(0, MAX_ROWS)
  const more = cells.length - shown.length
  return table(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '')
}

/** Where things are on GitHub, when the run knows its repository. */
class Links {
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
      .map((segment) => encodeURIComponent(segment).replace(/[()]/g, escape))
      .join('/')
    return `${this.blob}/${path}#L${line}`
  }
}

function escape(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`
}

function isFold(part: Part): part is Fold {
  return typeof part !== 'string'
}

function statusIcon(run: ConfigRun): string {
  if (run.skipped) return '⏭️'
  if (run.removal && countFindings(run, 'error') === 0) return '🗑️'
  if (!run.valid || run.terraformFailed || countFindings(run, 'error') > 0) return '❌'
  return countFindings(run, 'warning') > 0 ? '⚠️' : '✅'
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

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  /** The comment's id, when there is one. */
  id?: number
  /** Why there is no comment, for the log. */
  reason?: string
}

interface IssueComment {
  id: number
  body?: string | null
  user?: { login?: string } | null
}

/**
 * Creates this job's comment on the pull request, or edits the one an earlier run made: found by
 * its marker among the comments written by the identity the token acts as. Anyone can write the
 * marker, so a comment by anyone else is never adopted (its author could edit our report later).
 * Events without a pull request are skipped. Throws with a message that says what to change when
 * GitHub refuses; the caller reports that as a warning.
 */
export async function upsertComment(
  api: GitHubClient,
  context: GitHubContext,
  body: string,
): Promise<CommentResult> {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') {
    return {
      action: 'skipped',
      reason: `no pull request to comment on (event: ${context.eventName})`,
    }
  }
  const pr = pullRequestOf(context)
  const repository = context.repository
  if (!pr || !repository) {
    return { action: 'skipped', reason: 'the pull request number or repository is unknown' }
  }
  if (context.eventName === 'pull_request' && pr.fromFork) {
    // A fork's pull_request run only ever gets a read-only token: nothing to warn about.
    return {
      action: 'skipped',
      reason: `Pull request from the fork ${pr.headRepo ?? '(deleted)'}: no comment, the report is in the job summary`,
    }
  }
  const { number } = pr
  const marker = commentMarker(context)
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`
  const issue = { ...repository, issue_number: number }
  try {
    const octokit = await api.octokit()
    const author = (await api.identity()).toLowerCase()
    const findOwn = async (): Promise<IssueComment | undefined> => {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...issue,
        per_page: 100,
      })
      for await (const page of pages) {
        const own = page.data.find(
          (comment: IssueComment) =>
            comment.body?.startsWith(marker) && comment.user?.login?.toLowerCase() === author,
        )
        if (own) return own
      }
      return undefined
    }
    const create = async (): Promise<CommentResult> => {
      const { data } = await octokit.rest.issues.createComment({ ...issue, body: text })
      return { action: 'created', id: data.id }
    }
    const update = (id: number) =>
      octokit.rest.issues.updateComment({ ...repository, comment_id: id, body: text })

    const existing = await findOwn()
    if (existing) {
      if (existing.body === text) return { action: 'unchanged', id: existing.id }
      try {
        await update(existing.id)
        return { action: 'updated', id: existing.id }
      } catch (error) {
        // Deleted since it was listed: a new one takes its place.
        if (!hasStatus(error, 404)) throw error
      }
    }
    try {
      return await create()
    } catch (error) {
      // A server error or a lost answer does not say whether GitHub made the comment: look first,
      // and make it again only when it is not there (a blind retry could post it twice).
      if (!isGitHubError(error) || error.status < 500) throw error
      api.options.log.debug(
        `${describeGitHubError(error, api.baseUrl)}; looking for the comment before trying again`,
      )
      const made = await findOwn()
      if (!made) return await create()
      if (made.body !== text) await update(made.id)
      return { action: 'created', id: made.id }
    }
  } catch (error) {
    throw refusal(error, number, api.baseUrl)
  }
}

function refusal(error: unknown, number: number, baseUrl: string): Error {
  const said = describeGitHubError(error, baseUrl)
  if (!rateLimitOf(error) && hasStatus(error, 401, 403, 404)) {
    return new Error(
      `Cannot comment on pull request #${number} (${said}). Give the job \`permissions: pull-requests: write\`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.`,
    )
  }
  return new Error(`Cannot comment on pull request #${number}: ${said}`)
}
