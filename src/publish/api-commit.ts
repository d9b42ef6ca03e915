// Commit-back through GitHub's Git Data API (`commit-method: api`): the commit is made by GitHub
// for the token's app, so GitHub signs it, and branches that require signed commits accept it.
// The ref moves only as a fast-forward; when someone pushed meanwhile, the commit is made again
// on the new tip.
import type { GitHubClient } from '../github/client.js'
import { describeGitHubError, hasStatus, isGitHubError, rateLimitOf } from '../github/errors.js'
import type { RetryOptions } from '../util/retry.js'
import {
  blobSha,
  BranchMoved,
  CommitBackError,
  contentFor,
  whileBranchMoves,
} from './commit-plan.js'
import type { CommitPlan, CommitResult, LeftFile, UpstreamFile } from './commit-plan.js'
import type { Reporter } from './reporter.js'

export interface ApiCommitDeps {
  api: GitHubClient
  repository: { owner: string; repo: string }
  reporter: Reporter
  retry?: Partial<RetryOptions>
}

export async function commitWithApi(plan: CommitPlan, deps: ApiCommitDeps): Promise<CommitResult> {
  const { api, reporter } = deps
  const { branch } = plan
  const repo = deps.repository
  const ref = `heads/${branch}`
  const octokit = await api.octokit()

  const fileAt = async (commit: string, path: string): Promise<UpstreamFile | undefined> => {
    let answer
    try {
      answer = (await octokit.rest.repos.getContent({ ...repo, path, ref: commit })).data
    } catch (error) {
      if (hasStatus(error, 404)) return undefined
      throw error
    }
    if (Array.isArray(answer) || answer.type !== 'file') {
      throw new CommitBackError(`Commit-back: ${path} is not a file on ${branch}`)
    }
    const { sha } = answer
    const { content, encoding } = answer as { content?: string; encoding?: string }
    return {
      sha,
      read: async () => {
        // Files over 1 MB come without their content; the blob endpoint has it.
        if (encoding === 'base64' && content) return Buffer.from(content, 'base64')
        const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: sha })
        return Buffer.from(blob.data.content, 'base64')
      },
    }
  }

  const attempt = async (): Promise<CommitResult> => {
    const tip = (await octokit.rest.git.getRef({ ...repo, ref })).data.object.sha
    const tipTree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: tip })).data.tree.sha
    const changes: Array<{ path: string; mode: string; bytes: Uint8Array }> = []
    const reresolved: string[] = []
    const left: LeftFile[] = []
    for (const file of plan.files) {
      const onTip = await fileAt(tip, file.path)
      const content = await contentFor(file, onTip, plan, reporter)
      if (content.kind === 'left') left.push({ file: file.file, message: content.message })
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
      left,
    }
    if (changes.length === 0) return nothing
    const tree: Array<{ path: string; mode: TreeMode; type: 'blob'; sha: string }> = []
    for (const change of changes) {
      const blob = await octokit.rest.git.createBlob({
        ...repo,
        content: Buffer.from(change.bytes).toString('base64'),
        encoding: 'base64',
      })
      tree.push({
        path: change.path,
        mode: treeMode(change.mode),
        type: 'blob',
        sha: blob.data.sha,
      })
    }
    const newTree = (await octokit.rest.git.createTree({ ...repo, base_tree: tipTree, tree })).data
      .sha
    if (newTree === tipTree) return nothing
    // No author or committer: GitHub makes the commit as the token's app and signs it.
    const commit = (
      await octokit.rest.git.createCommit({
        ...repo,
        message: plan.message,
        tree: newTree,
        parents: [tip],
      })
    ).data.sha
    try {
      await octokit.rest.git.updateRef({ ...repo, ref, sha: commit, force: false })
    } catch (error) {
      if (hasStatus(error, 422) && /fast.?forward/i.test(error.message)) {
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
      left,
    }
  }

  try {
    return await whileBranchMoves(
      attempt,
      branch,
      { verb: 'making', did: 'committed to' },
      reporter,
      deps.retry,
    )
  } catch (error) {
    throw apiFailure(error, branch, api.baseUrl)
  }
}

function apiFailure(error: unknown, branch: string, baseUrl: string): unknown {
  if (!isGitHubError(error)) return error
  const said = describeGitHubError(error, baseUrl)
  if (rateLimitOf(error)) return new CommitBackError(`Commit-back: ${said}`)
  if (error.status === 404 && /\/git\/ref\//.test(error.request?.url ?? '')) {
    return new CommitBackError(
      `Commit-back: the branch ${branch} does not exist on GitHub, or the token cannot see the repository (${said})`,
    )
  }
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    return new CommitBackError(
      `Commit-back: GitHub refused the commit (${said}). Give the job \`permissions: contents: write\`, or a github-token that may write to ${branch}`,
    )
  }
  if (error.status === 409 || error.status === 422) {
    return new CommitBackError(
      `Commit-back: GitHub refused to move ${branch} (${said}); a protected branch or a ruleset may forbid this token to push to it`,
    )
  }
  return new CommitBackError(`Commit-back: ${said}`)
}

type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000'

/** A git file mode as the trees API takes it; anything else is stored as a plain file. */
function treeMode(mode: string): TreeMode {
  return (
    (['100644', '100755', '040000', '160000', '120000'] as const).find((m) => m === mode) ??
    '100644'
  )
}
