// Where the reviewed plans live: a check run on the pull request's head commit, created by the
// token's GitHub App (record.ts says why). Plan mode writes one per workflow job; the merge's
// apply reads the newest of each name, from the app its own token acts as, and nothing else.
import { appSlugOf } from '../github/client.js'
import type { GitHubClient } from '../github/client.js'
import { pullRequestOf, runUrl } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { describeGitHubError, hasStatus, rateLimitOf } from '../github/errors.js'
import type { ReviewRecordOutcome, RunReport } from '../run.js'
import { code, escapeText, shorten } from '../publish/markdown.js'
import { plural } from '../util/text.js'
import { decodeRecord, encodeRecord, RECORD_NAME, recordName, recordsOf } from './record.js'
import type { PlanRecord, RecordedPlan } from './record.js'

const LISTED = 200

/**
 * Plan mode on a pull request: records each job's plan in a check run on the head commit. A
 * refusal is returned as the outcome's problem, for the log and the comment; it never throws.
 */
export async function recordReviewedPlans(
  api: GitHubClient,
  report: RunReport,
  context: GitHubContext,
): Promise<ReviewRecordOutcome | undefined> {
  const pr = pullRequestOf(context)
  if (report.mode !== 'plan' || !pr || !context.repository) return undefined
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target')
    return undefined
  // A fork's pull_request run gets a read-only token: there is nothing it could write.
  if (context.eventName === 'pull_request' && pr.fromFork) return undefined
  const records = recordsOf(report, context)
  const head = pr.headSha
  if (!head || !/^[0-9a-f]{40}$/i.test(head)) {
    return {
      recorded: 0,
      omitted: records.length,
      problem: 'the head commit of the pull request is unknown',
    }
  }
  const { text, record, left } = encodeRecord(head, records)
  const omitted = record.omitted
  const title =
    omitted > 0
      ? `${record.plans.length} of ${records.length} plans recorded: the rest cannot be applied on merge`
      : `${plural(record.plans.length, 'plan')} recorded for review`
  const details = runUrl(context)
  try {
    const octokit = await api.octokit()
    const { data } = await octokit.rest.checks.create({
      ...context.repository,
      name: recordName(context),
      head_sha: head,
      status: 'completed',
      // A record that cannot hold every plan fails, so the pull request shows it before merge.
      conclusion: omitted > 0 ? 'failure' : 'success',
      ...(details ? { details_url: details } : {}),
      output: { title, summary: summary(record, left, records.length), text },
    })
    return { recorded: record.plans.length, omitted, url: data.html_url ?? undefined }
  } catch (error) {
    const said = describeGitHubError(error, api.baseUrl)
    const problem =
      !rateLimitOf(error) && hasStatus(error, 401, 403, 404)
        ? `GitHub refused to create the check run that records them (${said}). Give the plan job \`permissions: checks: write\`; only a GitHub App's token (the workflow's GITHUB_TOKEN, or an app's installation token) can create check runs, a personal access token cannot`
        : `the check run that records them could not be created (${said})`
    return { recorded: 0, omitted: records.length, problem }
  }
}

function summary(record: PlanRecord, left: readonly RecordedPlan[], total: number): string {
  const lines = [
    `The plans of this pull request's head commit ${code(record.head.slice(0, 7))}, as the merge's \`require-reviewed-plan\` compares them. Only this check run counts: it can be written by nothing but the workflow's token.`,
    '',
  ]
  if (left.length > 0) {
    lines.push(
      `**Not recorded: ${plural(left.length, 'plan')} of ${total}** — the record has no room for them, so the merge will not apply them. Split the pull request.`,
      '',
      ...listed(
        left,
        (plan) => `- ${kindWord(plan)} ${code(plan.config)} · ${escapeText(plan.job)}`,
      ),
      '',
    )
  }
  lines.push(
    ...listed(
      record.plans,
      (plan) =>
        `- ${kindWord(plan)} ${code(plan.config)} · ${escapeText(plan.job)} · ${code(plan.fingerprint.slice(0, 19))}…`,
    ),
  )
  return shorten(lines.join('\n'), 60_000)
}

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, LISTED).map(line)
  if (items.length > LISTED) shown.push(`- … and ${items.length - LISTED} more`)
  return shown
}

function kindWord(plan: Pick<RecordedPlan, 'kind'>): string {
  return plan.kind === 'destroy' ? 'destroy' : 'plan'
}

/** One check run as the list of a commit's check runs gives it (the fields read here). */
interface CheckRun {
  name?: unknown
  head_sha?: unknown
  status?: unknown
  app?: { slug?: unknown } | null
  output?: { text?: unknown } | null
}

/** The records a pull request's head commit holds, or why they cannot be trusted. */
export interface HeadRecords {
  records: PlanRecord[]
  /** Check runs that look like records but are not from the token's app or cannot be read. */
  ignored: string[]
}

/**
 * The newest record of each workflow job on the head commit, from check runs the token's own
 * app created. Throws on an API failure (the caller refuses every apply then).
 */
export async function readHeadRecords(
  api: GitHubClient,
  context: GitHubContext,
  head: string,
): Promise<HeadRecords> {
  const login = await api.identity()
  const app = appSlugOf(login)
  if (!app) {
    throw new Error(
      `github-token acts as ${login}, a person, whose token cannot create or vouch for check runs: use the workflow's GITHUB_TOKEN (or an app's installation token) in both the plan and the merge job`,
    )
  }
  const octokit = await api.octokit()
  // filter=latest: the newest check run of each name, so a later plan replaces an earlier one.
  const runs = (await octokit.paginate(octokit.rest.checks.listForRef, {
    ...context.repository!,
    ref: head,
    filter: 'latest',
    per_page: 100,
  })) as CheckRun[]
  const records: PlanRecord[] = []
  const ignored: string[] = []
  for (const run of runs) {
    const name = typeof run.name === 'string' ? run.name : ''
    if (name !== RECORD_NAME && !name.startsWith(`${RECORD_NAME} (`)) continue
    const slug = typeof run.app?.slug === 'string' ? run.app.slug.toLowerCase() : '?'
    if (slug !== app) {
      ignored.push(
        `'${name}' was created by the app ${slug}, not by ${app}, whose token this run has`,
      )
      continue
    }
    const text = typeof run.output?.text === 'string' ? run.output.text : ''
    const record =
      run.status === 'completed' && run.head_sha === head ? decodeRecord(text) : undefined
    if (!record || record.head !== head) {
      ignored.push(`'${name}' holds no record of commit ${head.slice(0, 7)} that can be read`)
      continue
    }
    records.push(record)
  }
  return { records, ignored }
}
