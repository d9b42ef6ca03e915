// After commit-back: the checkout moves to the commit that was pushed, with a clean work tree, as
// git-auto-commit and its peers leave it; a later step that commits and pushes then builds on the
// branch's tip instead of hitting a non-fast-forward error. The move is only ever a fast-forward
// of what is checked out, and it never loses a change: the resolved files are in the pushed
// commit, and anything else the work tree holds is kept or, when the move would touch it, the
// checkout stays where it was and the log says why.
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Git } from '../util/git.js'
import type { PlannedFile } from './commit-plan.js'

export interface FollowRequest {
  /** The commit now at the tip of `branch` on the remote. */
  commit: string
  branch: string
  /** The files commit-back committed, as the work tree holds them. */
  files: readonly PlannedFile[]
  /** Fetch the commit first: it was made on the remote (commit-method: api). */
  fetch: boolean
  remote: string
}

/**
 * Moves HEAD (the branch checked out, or a detached HEAD) to the pushed commit when that is a
 * fast-forward, and updates the work tree to it. Returns one line for the log either way.
 */
export async function followPushedCommit(request: FollowRequest, repository: Git): Promise<string> {
  const { commit, branch } = request
  const short = commit.slice(0, 7)
  const top = (await repository.run(['rev-parse', '--show-toplevel'])).stdout.trim()
  const git = repository.with({ cwd: top, env: { GIT_LITERAL_PATHSPECS: '1' } })
  // No hooks: the move is the action's bookkeeping, not a checkout of the user's.
  const noHooks = ['-c', 'core.hooksPath=/dev/null']
  const stay = (why: string) => `The checkout stays where it was: ${why}`
  if (request.fetch && !(await git.hasCommit(commit))) {
    const fetched = await git.tryRun([
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      request.remote,
      `+refs/heads/${branch}:refs/remotes/${request.remote}/${branch}`,
    ])
    if (fetched.exitCode !== 0 || !(await git.hasCommit(commit))) {
      return stay(
        `commit ${short} is on the remote only and could not be fetched (git fetch ${request.remote} ${branch} brings it here)`,
      )
    }
  }
  const head = (await git.run(['rev-parse', 'HEAD'])).stdout.trim()
  if (head === commit) return `The checkout is at ${short}`
  const onBranch = await git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD'])
  const checkedOut = onBranch.exitCode === 0 ? onBranch.stdout.trim() : undefined
  if (checkedOut !== undefined && checkedOut !== branch) {
    return stay(`it has the branch ${checkedOut} checked out, not ${branch}`)
  }
  if ((await git.tryRun(['merge-base', '--is-ancestor', head, commit])).exitCode !== 0) {
    return stay(
      `${short} does not follow its commit ${head.slice(0, 7)} (a pull request's merge commit, say); git checkout ${branch} takes it there`,
    )
  }
  // The resolved files go back to HEAD's version, so that the move sees no local change in them;
  // the pushed commit brings them back. Should the move fail, they are written back as they were.
  const inHead = new Set(
    (
      await git.run([
        'ls-tree',
        '-z',
        '--name-only',
        head,
        '--',
        ...request.files.map((f) => f.path),
      ])
    ).stdout
      .split('\0')
      .filter(Boolean),
  )
  const restore = async () => {
    for (const file of request.files) await writeFile(path.join(top, file.path), file.worktree)
  }
  const known = request.files.filter((file) => inHead.has(file.path)).map((file) => file.path)
  if (known.length > 0) await git.run([...noHooks, 'checkout', head, '--', ...known])
  for (const file of request.files.filter((f) => !inHead.has(f.path))) {
    await git.tryRun(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', file.path])
    await rm(path.join(top, file.path), { force: true })
  }
  // A two-tree merge from HEAD to the commit: what the user staged or changed elsewhere stays as
  // it is, and a change in the way of the move stops it before anything is touched.
  const moved = await git.tryRun(['read-tree', '-m', '-u', head, commit])
  if (moved.exitCode === 0) {
    await git.run([
      'update-ref',
      '-m',
      `commit-back: follow ${short} on ${branch}`,
      'HEAD',
      commit,
      head,
    ])
  } else {
    await restore()
    const said = (moved.stderr || moved.stdout).trim().split('\n').slice(0, 4).join('; ')
    return stay(`moving it to ${short} would overwrite local changes (${said})`)
  }
  return `The checkout is now at ${short}, the commit pushed to ${branch}`
}
