// The plans a merged pull request's comment recorded, read for the apply of its merge commit:
// GitHub's "list pull requests associated with a commit", then the comments of each merged one.
// Only comments written by the identity the token acts as, or by github-actions[bot] (the
// workflow's own token, which wrote the pull request's comment) count: anyone can post a comment
// that looks like ours, and so can any other app.
import { ACTIONS_BOT } from '../github/client.js'
import type { GitHubClient } from '../github/client.js'
import type { GitHubContext } from '../github/context.js'
import { isRecord } from '../util/data.js'
import type { Reporter } from '../publish/reporter.js'
import { plural } from '../util/text.js'
import { reviewGate } from './gate.js'
import type { ReviewedPlans, ReviewGate } from './gate.js'
import { parsePlanRecords } from './record.js'
import type { RecordedPlan } from './record.js'

interface PullRequest {
  number?: unknown
  merged_at?: unknown
  base?: { ref?: unknown }
}

interface IssueComment {
  body?: unknown
  user?: { login?: unknown; type?: unknown } | null
}

/** The reviewed plans of the pull request this push merged, as a gate for each job's apply. */
export async function reviewedPlansGate(
  api: GitHubClient | undefined,
  context: GitHubContext,
  reporter: Reporter,
): Promise<ReviewGate> {
  return reporter.group('Read the reviewed plans', async () => {
    const reviewed = await loadReviewedPlans(api, context, (m) => reporter.debug(m))
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
  debug: (message: string) => void,
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

  let pulls: number[]
  try {
    pulls = []
    const octokit = await api.octokit()
    const listed: PullRequest[] = await octokit.paginate(
      octokit.rest.repos.listPullRequestsAssociatedWithCommit,
      { ...repository, commit_sha: sha, per_page: 100 },
    )
    for (const pr of listed) {
      if (typeof pr.number !== 'number' || typeof pr.merged_at !== 'string') continue
      if (branch && isRecord(pr.base) && pr.base.ref !== branch) continue
      pulls.push(pr.number)
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
  const source = `${pulls.length === 1 ? 'pull request' : 'pull requests'} ${pulls.map((n) => `#${n}`).join(', ')}`
  const records: RecordedPlan[] = []
  try {
    const tokenUser = await api.identity()
    const octokit = await api.octokit()
    for (const number of pulls) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repository,
        issue_number: number,
        per_page: 100,
      })
      for await (const page of pages) {
        for (const comment of page.data as IssueComment[]) {
          if (typeof comment.body !== 'string' || !trusted(comment.user, tokenUser)) continue
          const found = parsePlanRecords(comment.body)
          if (found.length > 0) debug(`${found.length} reviewed plan(s) in a comment of #${number}`)
          records.push(...found)
        }
      }
    }
  } catch (error) {
    return {
      source,
      records: [],
      problem: `the comments of ${source} could not be read (${message(error)})`,
    }
  }
  return { source, records }
}

function trusted(user: IssueComment['user'], tokenUser: string): boolean {
  return !!user && (user.login === tokenUser || user.login === ACTIONS_BOT)
}

function message(error: unknown): string {
  return (error as Error).message
}
