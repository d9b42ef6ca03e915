// The plans a merged pull request's comment recorded, read for the apply of its merge commit:
// GitHub's "list pull requests associated with a commit", then the comments of each merged one.
// Only comments written by a GitHub App (github-actions[bot] for the workflow's token) or by the
// token's own user count: anyone can post a comment that looks like ours.
import { GitHubApiError } from '../github/api.js'
import type { GitHubApi } from '../github/api.js'
import { apiRepositoryPath } from '../github/context.js'
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
  api: GitHubApi | undefined,
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
  api: GitHubApi | undefined,
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
  const repository = apiRepositoryPath(context.repository)
  const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice(11) : undefined

  let pulls: number[]
  try {
    pulls = []
    for await (const pr of api.paginate<PullRequest>(`${repository}/commits/${sha}/pulls`)) {
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
  const tokenUser = await tokenLogin(api)
  const records: RecordedPlan[] = []
  try {
    for (const number of pulls) {
      const comments = api.paginate<IssueComment>(`${repository}/issues/${number}/comments`)
      for await (const comment of comments) {
        if (typeof comment.body !== 'string' || !trusted(comment.user, tokenUser)) continue
        const found = parsePlanRecords(comment.body)
        if (found.length > 0) debug(`${found.length} reviewed plan(s) in a comment of #${number}`)
        records.push(...found)
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

function trusted(user: IssueComment['user'], tokenUser: string | undefined): boolean {
  if (!user) return false
  return user.type === 'Bot' || (tokenUser !== undefined && user.login === tokenUser)
}

/** The login of a personal token's user; an app's token (the workflow's own) has none. */
async function tokenLogin(api: GitHubApi): Promise<string | undefined> {
  try {
    const { data } = await api.request<{ login?: unknown }>('GET', '/user')
    return typeof data?.login === 'string' ? data.login : undefined
  } catch (error) {
    if (error instanceof GitHubApiError) return undefined
    throw error
  }
}

function message(error: unknown): string {
  return (error as Error).message
}
