// Commit-back with git: the commit is built on the branch tip in a private index (the working
// tree, the user's index and HEAD stay as they are) and pushed atomically; when the branch moved,
// it is built again on the new tip.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ExecResult } from '../util/exec.js'
import type { Git } from '../util/git.js'
import type { RetryOptions } from '../util/retry.js'
import {
  BOT_EMAIL,
  BOT_NAME,
  BranchMoved,
  CommitBackError,
  contentFor,
  listTree,
  whileBranchMoves,
} from './commit-plan.js'
import type { CommitPlan, CommitResult, LeftFile } from './commit-plan.js'
import type { Reporter } from './reporter.js'

export interface GitCommitDeps {
  /** The workspace's repository; pushes go through it. */
  git: Git
  reporter: Reporter
  /** The remote the checkout came from. */
  remote: string
  retry?: Partial<RetryOptions>
}

/** Index entries per `git update-index` call, to keep its command line short. */
const CACHEINFO_BATCH = 100

export async function commitWithGit(plan: CommitPlan, deps: GitCommitDeps): Promise<CommitResult> {
  const { reporter, remote } = deps
  const { branch } = plan
  const top = (await deps.git.run(['rev-parse', '--show-toplevel'])).stdout.trim()
  const repo = deps.git.with({ cwd: top })
  if ((await repo.tryRun(['check-ref-format', `refs/heads/${branch}`])).exitCode !== 0) {
    throw new CommitBackError(`Commit-back: '${branch}' is not a valid branch name`)
  }
  // A shallow checkout (actions/checkout's default) needs only the tip, not the branch's history.
  const shallow =
    (await repo.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  const scratch = await mkdtemp(path.join(tmpdir(), 'dativo-commit-'))
  const index = repo.with({ env: { GIT_INDEX_FILE: path.join(scratch, 'index') } })
  const bot = repo.with({
    env: {
      GIT_AUTHOR_NAME: BOT_NAME,
      GIT_AUTHOR_EMAIL: BOT_EMAIL,
      GIT_COMMITTER_NAME: BOT_NAME,
      GIT_COMMITTER_EMAIL: BOT_EMAIL,
    },
  })

  // Content reaches git in files of the scratch folder, never on standard input (see util/git).
  let written = 0
  const scratchFile = async (bytes: Uint8Array | string): Promise<string> => {
    const file = path.join(scratch, `content-${++written}`)
    await writeFile(file, bytes)
    return file
  }

  // The workspace's files as `git add` would store them (with the repository's filters).
  const worktreeBlobs = new Map<string, string>()
  const worktreeBlob = async (file: CommitPlan['files'][number]): Promise<string> => {
    let sha = worktreeBlobs.get(file.path)
    if (sha === undefined) {
      const hashed = await repo.run([
        'hash-object',
        '-w',
        `--path=${file.path}`,
        '--',
        await scratchFile(file.worktree),
      ])
      sha = hashed.stdout.trim()
      worktreeBlobs.set(file.path, sha)
    }
    return sha
  }

  const attempt = async (): Promise<CommitResult> => {
    const tip = await fetchTip(repo, remote, branch, shallow)
    const upstream = await listTree(
      repo,
      tip,
      plan.files.map((file) => file.path),
    )
    const entries: string[] = []
    const reresolved: string[] = []
    const left: LeftFile[] = []
    for (const file of plan.files) {
      const onTip = upstream.get(file.path)
      const content = await contentFor(
        file,
        onTip && { sha: onTip.sha, read: () => repo.readBlob(onTip.sha) },
        plan,
        reporter,
      )
      if (content.kind === 'left') left.push({ file: file.file, message: content.message })
      if (content.kind === 'deleted' || content.kind === 'left') continue
      let sha: string
      if (content.kind === 'worktree') {
        sha = await worktreeBlob(file)
      } else {
        // Resolved from the branch's own blob: already in the repository's form.
        sha = (
          await repo.run([
            'hash-object',
            '-w',
            '--no-filters',
            '--',
            await scratchFile(content.bytes),
          ])
        ).stdout.trim()
        reresolved.push(file.file)
      }
      entries.push(`${onTip?.mode ?? file.source?.mode ?? '100644'},${sha},${file.path}`)
    }
    const tipTree = (await repo.run(['rev-parse', `${tip}^{tree}`])).stdout.trim()
    await index.run(['read-tree', tip])
    for (let i = 0; i < entries.length; i += CACHEINFO_BATCH) {
      const batch = entries.slice(i, i + CACHEINFO_BATCH)
      await index.run([
        'update-index',
        '--add',
        ...batch.flatMap((entry) => ['--cacheinfo', entry]),
      ])
    }
    const tree = (await index.run(['write-tree'])).stdout.trim()
    if (tree === tipTree) {
      return {
        pushed: false,
        branch,
        reason: `${branch} already has the resolved configs; nothing to commit`,
        reresolved,
        left,
      }
    }
    const commit = (
      await bot.run([
        'commit-tree',
        '--no-gpg-sign',
        tree,
        '-p',
        tip,
        '-F',
        await scratchFile(plan.message),
      ])
    ).stdout.trim()
    const pushed = await deps.git.tryRun([
      'push',
      '--atomic',
      '--porcelain',
      '--no-verify',
      '--recurse-submodules=no',
      remote,
      `${commit}:refs/heads/${branch}`,
    ])
    if (pushed.exitCode !== 0) throw remoteFailure('push', pushed, branch)
    return {
      sha: commit,
      pushed: true,
      branch,
      reason: `pushed ${commit.slice(0, 7)} to ${branch}`,
      reresolved,
      left,
    }
  }

  try {
    return await whileBranchMoves(
      attempt,
      branch,
      { verb: 'building', did: 'pushed to' },
      reporter,
      deps.retry,
    )
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function fetchTip(repo: Git, remote: string, branch: string, shallow: boolean) {
  const tracking = `refs/remotes/${remote}/${branch}`
  const fetched = await repo.tryRun([
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-recurse-submodules',
    ...(shallow ? ['--depth=1'] : []),
    remote,
    `+refs/heads/${branch}:${tracking}`,
  ])
  if (fetched.exitCode !== 0) throw remoteFailure('fetch', fetched, branch)
  return (await repo.run(['rev-parse', '--verify', `${tracking}^{commit}`])).stdout.trim()
}

/** Why the remote refused, in words that say what to change. */
export function remoteFailure(action: 'push' | 'fetch', result: ExecResult, branch: string): Error {
  const output = `${result.stdout}\n${result.stderr}`
  const said = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(remote: |error: |fatal: |!)/.test(line))
    .filter((line) => !line.startsWith('error: failed to push some refs'))
    .slice(-6)
    .join('\n')
  const detail = said ? `\n${said}` : ''
  if (
    /\[rejected\].*\((fetch first|non-fast-forward|stale info)\)/.test(output) ||
    /cannot lock ref|is at [0-9a-f]+ but expected|incorrect old value provided/.test(output)
  ) {
    return new BranchMoved(`${branch} moved while this run was pushing to it`)
  }
  if (action === 'fetch' && /couldn't find remote ref/i.test(output)) {
    return new CommitBackError(
      `Commit-back: the branch ${branch} does not exist on the remote (deleted after the run started?); nothing was committed${detail}`,
    )
  }
  if (
    /could not read (Username|Password)|terminal prompts disabled|Authentication failed|no credentials/i.test(
      output,
    )
  ) {
    return new CommitBackError(
      `Commit-back: git has no credentials to ${action} ${branch}. actions/checkout with persist-credentials: false removes them: keep them, or use commit-method: api (it uses github-token)${detail}`,
    )
  }
  if (/GH013|verified signature|signed commits/i.test(output)) {
    return new CommitBackError(
      `Commit-back: ${branch} requires signed commits, which git here cannot make; use commit-method: api so GitHub signs the commit${detail}`,
    )
  }
  if (/GH006|protected branch/i.test(output)) {
    return new CommitBackError(
      `Commit-back: ${branch} is a protected branch that refuses this push; let github-actions[bot] push to it (or use a token that may) or turn commit-back off${detail}`,
    )
  }
  if (
    /Permission to .* denied|returned error: 403|write access to repository not granted/i.test(
      output,
    )
  ) {
    return new CommitBackError(
      `Commit-back: the token may not write to the repository. Give the job \`permissions: contents: write\`${detail}`,
    )
  }
  return new CommitBackError(
    `Commit-back: git ${action} of ${branch} failed with exit code ${result.exitCode}${detail}`,
  )
}
