// Commit-back through GitHub's Git Data API (`commit-method: api`): the commit is made by GitHub
// for the token's app, so GitHub signs it, and branches that require signed commits accept it.
// The ref moves only as a fast-forward; when someone pushed meanwhile, the commit is made again
// on the new tip.
import { GitHubApiError } from '../github/api.js'
import type { GitHubApi } from '../github/api.js'
import { apiRepositoryPath } from '../github/context.js'
import type { RetryOptions } from '../util/retry.js'
import {
  blobSha,
  BranchMoved,
  CommitBackError,
  contentFor,
  whileBranchMoves,
} from './commit-plan.js'
import type { CommitPlan, CommitResult, UpstreamFile } from './commit-plan.js'
import type { Reporter } from './reporter.js'

export interface ApiCommitDeps {
  api: GitHubApi
  repository: { owner: string; repo: string }
  reporter: Reporter
  retry?: Partial<RetryOptions>
}

interface ContentAnswer {
  type: string
  sha: string
  content?: string
  encoding?: string
}

export async function commitWithApi(plan: CommitPlan, deps: ApiCommitDeps): Promise<CommitResult> {
  const { api, reporter } = deps
  const { branch } = plan
  const base = apiRepositoryPath(deps.repository)
  const ref = `heads/${encodePath(branch)}`

  const fileAt = async (commit: string, path: string): Promise<UpstreamFile | undefined> => {
    let answer: ContentAnswer | ContentAnswer[]
    try {
      answer = (
        await api.request<ContentAnswer | ContentAnswer[]>(
          'GET',
          `${base}/contents/${encodePath(path)}?ref=${commit}`,
        )
      ).data
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined
      throw error
    }
    if (Array.isArray(answer) || answer.type !== 'file') {
      throw new CommitBackError(`Commit-back: ${path} is not a file on ${branch}`)
    }
    const { sha, content, encoding } = answer
    return {
      sha,
      read: async () => {
        // Files over 1 MB come without their content; the blob endpoint has it.
        if (encoding === 'base64' && content) return Buffer.from(content, 'base64')
        const blob = await api.request<{ content: string }>('GET', `${base}/git/blobs/${sha}`)
        return Buffer.from(blob.data.content, 'base64')
      },
    }
  }

  const attempt = async (): Promise<CommitResult> => {
    const tip = (await api.request<{ object: { sha: string } }>('GET', `${base}/git/ref/${ref}`))
      .data.object.sha
    const tipTree = (
      await api.request<{ tree: { sha: string } }>('GET', `${base}/git/commits/${tip}`)
    ).data.tree.sha
    const changes: Array<{ path: string; mode: string; bytes: Uint8Array }> = []
    const reresolved: string[] = []
    for (const file of plan.files) {
      const onTip = await fileAt(tip, file.path)
      const content = await contentFor(file, onTip, plan, reporter)
      if (content.kind === 'deleted' || content.kind === 'left') continue
      if (content.kind === 'reresolved') reresolved.push(file.file)
      if (blobSha(content.bytes) === onTip?.sha) continue
      changes.push({ path: file.path, mode: file.source?.mode ?? '100644', bytes: content.bytes })
    }
    const nothing: CommitResult = {
      pushed: false,
      branch,
      reason: `${branch} already has the resolved configs; nothing to commit`,
      reresolved,
    }
    if (changes.length === 0) return nothing
    const tree: Array<{ path: string; mode: string; type: 'blob'; sha: string }> = []
    for (const change of changes) {
      const blob = await api.request<{ sha: string }>('POST', `${base}/git/blobs`, {
        content: Buffer.from(change.bytes).toString('base64'),
        encoding: 'base64',
      })
      tree.push({ path: change.path, mode: change.mode, type: 'blob', sha: blob.data.sha })
    }
    const newTree = (
      await api.request<{ sha: string }>('POST', `${base}/git/trees`, { base_tree: tipTree, tree })
    ).data.sha
    if (newTree === tipTree) return nothing
    // No author or committer: GitHub makes the commit as the token's app and signs it.
    const commit = (
      await api.request<{ sha: string }>('POST', `${base}/git/commits`, {
        message: plan.message,
        tree: newTree,
        parents: [tip],
      })
    ).data.sha
    try {
      await api.request('PATCH', `${base}/git/refs/${ref}`, { sha: commit, force: false })
    } catch (error) {
      if (
        error instanceof GitHubApiError &&
        error.status === 422 &&
        /fast.?forward/i.test(error.body)
      ) {
        throw new BranchMoved(`${branch} moved while this run was committing to it`)
      }
      throw error
    }
    return {
      sha: commit,
      pushed: true,
      branch,
      reason: `committed ${commit.slice(0, 7)} to ${branch} through the GitHub API`,
      reresolved,
    }
  }

  try {
    const result = await whileBranchMoves(
      attempt,
      branch,
      { verb: 'making', did: 'committed to' },
      reporter,
      deps.retry,
    )
    if (result.sha) {
      reporter.info(
        `Commit ${result.sha.slice(0, 7)} is on the remote only: this checkout is behind ${branch} (git fetch origin ${branch} to bring it here)`,
      )
    }
    return result
  } catch (error) {
    throw apiFailure(error, branch)
  }
}

function apiFailure(error: unknown, branch: string): unknown {
  if (!(error instanceof GitHubApiError)) return error
  if (error.status === 404 && /\/git\/ref\//.test(error.path)) {
    return new CommitBackError(
      `Commit-back: the branch ${branch} does not exist on GitHub, or the token cannot see the repository (${error.message})`,
    )
  }
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    return new CommitBackError(
      `Commit-back: GitHub refused the commit (${error.message}). Give the job \`permissions: contents: write\`, or a github-token that may write to ${branch}`,
    )
  }
  if (error.status === 409 || error.status === 422) {
    return new CommitBackError(
      `Commit-back: GitHub refused to move ${branch} (${error.message}); a protected branch or a ruleset may forbid this token to push to it`,
    )
  }
  return error
}

/** Each segment of a path or branch name encoded, the slashes kept. */
function encodePath(value: string): string {
  return value.split('/').map(encodeURIComponent).join('/')
}
