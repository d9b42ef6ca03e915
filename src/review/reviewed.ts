// The plans a merged pull request recorded, read for the apply of its merge commit: GitHub's
// "list pull requests associated with a commit", then the record check runs on each merged pull
// request's head commit (check-run.ts). Comments never count: anyone who can comment, or edit a
// comment, could write one.
import type { GitHubClient } from '../github/client.js'
import type { GitHubContext } from '../github/context.js'
import { isRecord } from '../util/data.js'
import type { Reporter } from '../publish/reporter.js'
import { plural } from '../util/text.js'
import { readHeadRecords } from './check-run.js'
import { reviewGate } from './gate.js'
import type { ReviewedPlans, ReviewGate } from './gate.js'
import { RECORD_NAME } from './record.js'

interface PullRequest {
  number?: unknown
  merged_at?: unknown
  base?: { ref?: unknown }
  head?: { sha?: unknown }
}

/** The reviewed plans of the pull request this push merged, as a gate for each job's apply. */
export async function reviewedPlansGate(
  api: GitHubClient | undefined,
  context: GitHubContext,
  reporter: Reporter,
): Promise<ReviewGate> {
  return reporter.group('Read the reviewed plans', async () => {
    const reviewed = await loadReviewedPlans(api, context, (m) => reporter.warning(m))
    reporter.info(
      reviewed.problem
        ? `No reviewed plans: ${reviewed.problem}; only jobs whose plan changes nothing are applied`
        : `${plural(reviewed.records.length, 'reviewed plan')} recorded in ${reviewed.source}`,
    )
    return reviewGate(reviewed)
  })
}

export async function loadReviewedPlans(
  api: GitHubClient | undefined,
  context: GitHubContext,
  warn: (message: string) => void,
): Promise<ReviewedPlans> {
  const sha =
    context.sha ?? (typeof context.payload.after === 'string' ? context.payload.after : '')
  const none = (problem: string): ReviewedPlans => ({
    source: 'no pull request',
    records: [],
    problem,
  })
  if (!api) return none('there is no github-token to read the pull request that was merged')
  if (!context.repository) return none('the repository is unknown (GITHUB_REPOSITORY)')
  if (!/^[0-9a-f]{40}$/i.test(sha)) return none('the commit of this run is unknown (GITHUB_SHA)')
  const repository = context.repository
  const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice(11) : undefined

  const pulls: Array<{ number: number; head?: string }> = []
  try {
    const octokit = await api.octokit()
    const listed: PullRequest[] = await octokit.paginate(
      octokit.rest.repos.listPullRequestsAssociatedWithCommit,
      { ...repository, commit_sha: sha, per_page: 100 },
    )
    for (const pr of listed) {
      if (typeof pr.number !== 'number' || typeof pr.merged_at !== 'string') continue
      if (branch && isRecord(pr.base) && pr.base.ref !== branch) continue
      const head = isRecord(pr.head) && typeof pr.head.sha === 'string' ? pr.head.sha : undefined
      pulls.push({ number: pr.number, head })
    }
  } catch (error) {
    return none(
      `the pull requests of commit ${sha.slice(0, 7)} could not be listed (${message(error)})`,
    )
  }
  if (pulls.length === 0) {
    return none(
      `commit ${sha.slice(0, 7)} is not the merge of a pull request (GitHub lists no merged pull request for it)`,
    )
  }
  const source = `${pulls.length === 1 ? 'pull request' : 'pull requests'} ${pulls.map((p) => `#${p.number}`).join(', ')}`
  const reviewed: ReviewedPlans = { source, records: [], omitted: 0 }
  const missing: string[] = []
  for (const pr of pulls) {
    if (!pr.head || !/^[0-9a-f]{40}$/i.test(pr.head)) {
      missing.push(`#${pr.number} (its head commit is unknown)`)
      continue
    }
    try {
      const found = await readHeadRecords(api, context, pr.head)
      for (const ignored of found.ignored)
        warn(`Reviewed plans of #${pr.number}: ignored ${ignored}`)
      if (found.records.length === 0) {
        missing.push(
          `#${pr.number} (no '${RECORD_NAME}' check run on its head commit ${pr.head.slice(0, 7)})`,
        )
      }
      for (const record of found.records) {
        reviewed.records.push(...record.plans)
        reviewed.omitted! += record.omitted
      }
    } catch (error) {
      return {
        source,
        records: [],
        problem: `the reviewed plans of #${pr.number} could not be read (${message(error)})`,
      }
    }
  }
  if (reviewed.records.length === 0 && missing.length > 0) {
    return {
      source,
      records: [],
      problem: `${missing.join(', ')} recorded no plans: the pull request's plan job records them when it has \`checks: write\``,
    }
  }
  return reviewed
}

function message(error: unknown): string {
  return (error as Error).message
}
