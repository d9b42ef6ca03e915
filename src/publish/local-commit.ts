// Commit-back at a terminal (`commit-back: true` with no GitHub event): the resolved configs
// committed on the branch that is checked out, as the user and through the user's hooks, and not
// pushed: publishing a commit is the user's call (`git push`), as with any local tool.
import { realpath } from 'node:fs/promises'
import type { Git } from '../util/git.js'
import { CommitBackError, commitMessage, planFiles } from './commit-plan.js'
import type { CommitResult } from './commit-plan.js'

export async function commitOnCurrentBranch(
  request: { workspace: string; files: readonly string[]; message: string },
  git: Git,
): Promise<CommitResult> {
  if (!(await git.isRepository())) {
    throw new CommitBackError(
      `Commit-back: ${request.workspace} is not in a git repository, so there is no branch to commit to; run without commit-back true`,
    )
  }
  const head = await git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD'])
  if (head.exitCode !== 0) {
    throw new CommitBackError(
      'Commit-back: HEAD is detached, so there is no branch to commit to; check out a branch, or run without commit-back true',
    )
  }
  const branch = head.stdout.trim()
  const nothing = { pushed: false, branch, reason: 'no resolved config changed', reresolved: [] }
  if (request.files.length === 0) return nothing
  const { files, left } = await planFiles(request.workspace, request.files, git)
  const withLeft = <T extends CommitResult>(result: T): T =>
    left.length > 0 ? { ...result, left } : result
  // Without paths, git would commit whatever the user has staged.
  if (files.length === 0) {
    return withLeft({ ...nothing, reason: 'no resolved config could be committed' })
  }
  const top = await realpath((await git.run(['rev-parse', '--show-toplevel'])).stdout.trim())
  // Paths from the top folder, taken as names: a config called `jobs/[a].yaml` is that file only.
  const atTop = git.with({ cwd: top, env: { GIT_LITERAL_PATHSPECS: '1' } })
  const paths = files.map((file) => file.path)
  const status = await atTop.run(['status', '--porcelain', '-z', '--', ...paths])
  if (status.stdout === '') return withLeft(nothing)
  await atTop.run(['add', '--', ...paths])
  // With paths, git commits only them: whatever else the user has staged stays staged.
  const committed = await atTop.tryRun([
    'commit',
    '--quiet',
    '--message',
    commitMessage(
      request.message,
      files.map((file) => file.file),
    ),
    '--',
    ...paths,
  ])
  if (committed.exitCode !== 0) {
    const why = (committed.stderr || committed.stdout).trim().split('\n').slice(-5).join('\n')
    throw new CommitBackError(`Commit-back: git commit on ${branch} failed: ${why}`)
  }
  const sha = (await atTop.run(['rev-parse', 'HEAD'])).stdout.trim()
  return withLeft({
    pushed: false,
    sha,
    branch,
    reason: `Committed the resolved configs on ${branch} as ${sha.slice(0, 7)}; not pushed (git push publishes it)`,
    reresolved: [],
  })
}
