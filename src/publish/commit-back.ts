// Commit-back (CONTRACT §8): the resolved configs committed to the branch that was built, as
// github-actions[bot] with git or signed by GitHub through its API, surviving concurrent pushes.
// Never for code from a fork or a pull_request_target run: those get a warning instead.
import type { Mode } from '../constants.js'
import type { GitHubClient } from '../github/client.js'
import { pullRequestOf, runUrl } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import type { Git } from '../util/git.js'
import type { RetryOptions } from '../util/retry.js'
import { commitWithApi } from './api-commit.js'
import { followPushedCommit } from './checkout.js'
import { CommitBackError, commitMessage, planFiles } from './commit-plan.js'
import type { CommitPlan, CommitResult, Reresolve } from './commit-plan.js'
import { commitWithGit } from './git-commit.js'
import { commitOnCurrentBranch } from './local-commit.js'
import type { Reporter } from './reporter.js'

export { BOT_EMAIL, BOT_NAME, CommitBackError } from './commit-plan.js'
export type { CommitResult, Reresolve } from './commit-plan.js'

export interface CommitBackRequest {
  /** Absolute path of the workspace. */
  workspace: string
  /** Workspace-relative paths of the resolved configs (or copies) this run changed. */
  files: readonly string[]
  /** First line of the commit message (`commit-message`). */
  message: string
  method: 'git' | 'api'
  /** The `commit-back` input. */
  setting: 'auto' | 'true' | 'false'
  mode: Mode
  context: GitHubContext
  /** Applies this run's Terraform outputs to a newer version of a file from the branch. */
  reresolve: Reresolve
}

export interface CommitBackDeps {
  /** The workspace's repository. */
  git: Git
  /** GitHub's API with github-token: needed for `commit-method: api`. */
  api?: GitHubClient
  reporter: Reporter
  /** The remote to fetch from and push to; `origin`, as actions/checkout names it. */
  remote?: string
  /** Backoff between attempts when the branch moved (tests make it short). */
  retry?: Partial<RetryOptions>
}

/** Where commit-back goes for this run, or why it does not. */
export type CommitTarget = { branch: string } | { skip: string; warning?: string }

const MERGE_QUEUE_PREFIX = 'gh-readonly-queue/'

export function commitTarget(
  context: GitHubContext,
  setting: CommitBackRequest['setting'],
  mode: Mode,
): CommitTarget {
  if (setting === 'false') return { skip: 'commit-back is false' }
  // Resolve mode is the last step of a matrix's apply: it commits what the legs applied.
  if (setting === 'auto' && mode !== 'apply' && mode !== 'resolve') {
    return { skip: `commit-back: auto commits in apply mode only (this run: ${mode})` }
  }
  const event = context.eventName
  if (event === 'pull_request_target') {
    return {
      skip: 'pull_request_target run',
      warning:
        'Commit-back skipped: a pull_request_target run never pushes (it runs the base repository’s token next to the pull request’s code). Run the workflow on pull_request for pull requests from this repository, or on push to the branch, to commit the resolved configs.',
    }
  }
  const pr = pullRequestOf(context)
  if (pr) {
    if (setting === 'auto' && event !== 'pull_request') {
      return { skip: `commit-back: auto does not commit on ${event} events` }
    }
    if (pr.fromFork) {
      const from = pr.headRepo ? `the fork ${pr.headRepo}` : 'a repository that no longer exists'
      return {
        skip: `pull request #${pr.number} comes from ${from}`,
        warning: `Commit-back skipped: pull request #${pr.number} comes from ${from}, and this workflow may not push to it. The resolved values are in the job summary; they are committed when the change runs on a branch of ${pr.baseRepo ?? 'this repository'} (e.g. on push after merging), or the author can run \`dativo-infra resolve --write\` on the branch.`,
      }
    }
    if (context.payload.action === 'closed') {
      return { skip: `pull request #${pr.number} is closed; its branch may be gone` }
    }
    if (!pr.headRef) return { skip: `the head branch of pull request #${pr.number} is unknown` }
    return { branch: pr.headRef }
  }
  if (setting === 'auto' && event !== 'push') {
    return {
      skip: `commit-back: auto commits on push and same-repository pull_request events only (this run: ${event})`,
    }
  }
  if (event === 'push' && context.payload.deleted === true) {
    return { skip: 'the push deleted the branch' }
  }
  const ref =
    context.ref ?? (typeof context.payload.ref === 'string' ? context.payload.ref : undefined)
  if (!ref) return { skip: 'no branch is known for this run (GITHUB_REF is empty)' }
  if (!ref.startsWith('refs/heads/')) {
    return { skip: `${ref} is not a branch${ref.startsWith('refs/tags/') ? ' but a tag' : ''}` }
  }
  const branch = ref.slice('refs/heads/'.length)
  if (branch.startsWith(MERGE_QUEUE_PREFIX)) {
    return { skip: `${branch} is a merge queue's temporary branch` }
  }
  return { branch }
}

/**
 * Commits the files to the branch that was built and pushes the commit. Resolves with what was
 * done (nothing, with the reason, when commit-back does not apply or nothing changed); rejects
 * with a CommitBackError when it should have committed and could not.
 */
export async function commitBack(
  request: CommitBackRequest,
  deps: CommitBackDeps,
): Promise<CommitResult> {
  const { reporter } = deps
  // At a terminal there is no built branch to push to: true means the branch checked out here.
  if (request.context.eventName === 'local' && request.setting === 'true') {
    return commitOnCurrentBranch(request, deps.git)
  }
  const target = commitTarget(request.context, request.setting, request.mode)
  if ('skip' in target) {
    if (target.warning && request.files.length > 0) reporter.warning(target.warning)
    return { pushed: false, reason: target.skip, reresolved: [] }
  }
  if (request.files.length === 0) {
    return {
      pushed: false,
      branch: target.branch,
      reason: 'no resolved config changed',
      reresolved: [],
    }
  }
  const { files, left } = await planFiles(request.workspace, request.files, deps.git)
  if (files.length === 0) {
    return {
      pushed: false,
      branch: target.branch,
      reason: 'no resolved config could be committed',
      reresolved: [],
      left,
    }
  }
  const plan: CommitPlan = {
    branch: target.branch,
    message: commitMessage(
      request.message,
      files.map((file) => file.file),
      runUrl(request.context),
    ),
    files,
    reresolve: request.reresolve,
  }
  reporter.debug(
    `Commit-back of ${plan.files.length} file(s) to ${plan.branch} with ${request.method}`,
  )
  if (request.method === 'api') {
    const repository = request.context.repository
    if (!deps.api || !repository) {
      throw new CommitBackError(
        'Commit-back: commit-method: api needs github-token and GITHUB_REPOSITORY to reach the GitHub API',
      )
    }
    return follow(
      await commitWithApi(plan, { api: deps.api, repository, reporter, retry: deps.retry }),
    )
  }
  return follow(
    await commitWithGit(plan, {
      git: deps.git,
      reporter,
      remote: deps.remote ?? 'origin',
      retry: deps.retry,
    }),
  )

  // The checkout follows the pushed commit, so that later steps build on the branch's tip.
  async function follow(result: CommitResult): Promise<CommitResult> {
    if (result.sha && result.pushed) {
      const notCommitted = new Set((result.left ?? []).map((file) => file.file))
      reporter.info(
        await followPushedCommit(
          {
            commit: result.sha,
            branch: plan.branch,
            files: plan.files.filter((file) => !notCommitted.has(file.file)),
            fetch: request.method === 'api',
            remote: deps.remote ?? 'origin',
          },
          deps.git,
        ),
      )
    }
    return withLeft(result)
  }

  // Files left out before committing, then those the committing attempt left out.
  function withLeft({ left: during = [], ...result }: CommitResult): CommitResult {
    const all = [...left, ...during]
    return all.length > 0 ? { ...result, left: all } : result
  }
}
