// Commit-back with git against a real bare remote: the bot's commit holds only the resolved
// files, lands on the branch that was built (also from a pull request's detached merge commit),
// survives pushes made by others meanwhile, and stays away from forks and pull_request_target.
import { readFile, realpath, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commitBack, commitTarget } from '../../src/publish/commit-back.js'
import type { CommitBackRequest } from '../../src/publish/commit-back.js'
import { remoteFailure } from '../../src/publish/git-commit.js'
import type { GitHubContext } from '../../src/github/context.js'
import type { Git } from '../../src/util/git.js'
import {
  pullRequestContext,
  pushContext,
  RacingGit,
  RecordingReporter,
  Remote,
  removeTempDirs,
  reresolver,
  resolved,
  TEMPLATE,
  tempDir,
} from './helpers.js'

afterAll(removeTempDirs)

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
const JOB = 'jobs/stripe.yaml'
const FILES = { [JOB]: TEMPLATE, 'jobs/other.yaml': 'job_name: other\n', 'README.md': '# ETL\n' }
const FAST = { baseDelayMs: 1 }

function request(
  git: Git,
  context: GitHubContext,
  reresolve = reresolver().reresolve,
  change: Partial<CommitBackRequest> = {},
): CommitBackRequest {
  return {
    workspace: git.cwd,
    files: [JOB],
    message: 'chore(dativo): resolve terraform outputs',
    method: 'git',
    setting: 'auto',
    mode: 'apply',
    context,
    reresolve,
    ...change,
  }
}

/** Writes the resolved config into the workspace, as the resolve stage does. */
async function resolveIn(git: Git): Promise<string> {
  const file = path.join(git.cwd, JOB)
  const text = resolved(await readFile(file, 'utf8'))
  await writeFile(file, text)
  return text
}

async function status(git: Git): Promise<string> {
  return (await git.run(['status', '--porcelain'])).stdout
}

describe('commit-back with git on a push', () => {
  it('commits only the resolved config, as github-actions[bot], and moves the checkout to it, keeping every other change', async () => {
    const remote = await Remote.create(FILES)
    const before = await remote.tip('main')
    const workspace = await remote.clone()
    const text = await resolveIn(workspace)
    // Other changes in the workspace: staged, unstaged and untracked. None of them is committed.
    await writeFile(path.join(workspace.cwd, 'README.md'), '# changed by a build step\n')
    await workspace.run(['add', 'README.md'])
    await writeFile(path.join(workspace.cwd, 'jobs/other.yaml'), 'job_name: edited\n')
    await writeFile(path.join(workspace.cwd, 'build.log'), 'noise\n')
    const statusBefore = await status(workspace)
    const reporter = new RecordingReporter()

    const result = await commitBack(request(workspace, pushContext()), {
      git: workspace,
      reporter,
      retry: FAST,
    })

    expect(result).toEqual({
      sha: await remote.tip('main'),
      pushed: true,
      branch: 'main',
      reason: `pushed ${result.sha!.slice(0, 7)} to main`,
      reresolved: [],
    })
    expect(await remote.describe('main')).toBe(
      `${BOT}|${BOT}|${before}|chore(dativo): resolve terraform outputs`,
    )
    expect(await remote.changed('main')).toEqual([JOB])
    expect(await remote.show('main', JOB)).toBe(text)
    expect(text).toContain('cluster_name: "acme-prod-cluster" # {{terraform_outputs.cluster_name}}')
    expect(await remote.show('main', 'README.md')).toBe('# ETL\n')
    // HEAD is the pushed commit, on the branch; what else the index and the work tree held stays.
    expect(statusBefore).toContain(` M ${JOB}\n`)
    expect(await status(workspace)).toBe(statusBefore.replace(` M ${JOB}\n`, ''))
    expect((await workspace.run(['rev-parse', 'HEAD'])).stdout.trim()).toBe(result.sha)
    expect((await workspace.run(['symbolic-ref', 'HEAD'])).stdout.trim()).toBe('refs/heads/main')
    expect(await readFile(path.join(workspace.cwd, JOB), 'utf8')).toBe(text)
    expect(reporter.infos).toEqual([
      `The checkout is now at ${result.sha!.slice(0, 7)}, the commit pushed to main`,
    ])
    expect(reporter.warnings).toEqual([])
    const body = (await remote.git.run(['log', '-1', '--format=%B', 'main'])).stdout
    expect(body).toBe(
      'chore(dativo): resolve terraform outputs\n\nTerraform outputs written into:\n- jobs/stripe.yaml\n\nRun: https://github.com/acme/etl/actions/runs/4242\n\n',
    )
  })

  it('builds on a push that landed after the checkout, keeping it', async () => {
    const remote = await Remote.create(FILES)
    const workspace = await remote.clone()
    const text = await resolveIn(workspace)
    const theirs = await remote.push('main', { 'README.md': '# ETL, documented\n' }, 'Docs')

    const result = await commitBack(request(workspace, pushContext()), {
      git: workspace,
      reporter: new RecordingReporter(),
      retry: FAST,
    })

    expect(result.pushed).toBe(true)
    expect((await remote.describe('main')).split('|')[2]).toBe(theirs)
    expect(await remote.show('main', JOB)).toBe(text)
    expect(await remote.show('main', 'README.md')).toBe('# ETL, documented\n')
  })

  it('survives a push made between its fetch and its push: builds again and retries', async () => {
    const remote = await Remote.create(FILES)
    const checkout = await remote.clone()
    let theirs = ''
    const workspace = new RacingGit(checkout.cwd, async () => {
      theirs = await remote.push('main', { 'jobs/other.yaml': 'job_name: other2\n' }, 'Theirs')
    })
    const text = await resolveIn(workspace)
    const reporter = new RecordingReporter()
    const { calls, reresolve } = reresolver()

    const result = await commitBack(request(workspace, pushContext(), reresolve), {
      git: workspace,
      reporter,
      retry: FAST,
    })

    expect(result.pushed).toBe(true)
    expect(result.sha).toBe(await remote.tip('main'))
    const [, , parent, subject] = (await remote.describe('main')).split('|')
    expect(parent).toBe(theirs)
    expect(subject).toBe('chore(dativo): resolve terraform outputs')
    expect(await remote.describe(theirs)).toContain('|Theirs')
    expect(await remote.show('main', 'jobs/other.yaml')).toBe('job_name: other2\n')
    expect(await remote.show('main', JOB)).toBe(text)
    expect(await remote.changed('main')).toEqual([JOB])
    expect(calls).toEqual([])
    expect(reporter.infos).toEqual([
      expect.stringMatching(
        /^main moved while this run was pushing to it; building the commit again on the new tip in 0\.0 s \(attempt 2 of 5\)$/,
      ),
      `The checkout is now at ${result.sha!.slice(0, 7)}, the commit pushed to main`,
    ])
    expect(await status(workspace)).toBe('')
  })

  it('resolves the config again when the competing push changed that same config', async () => {
    const remote = await Remote.create(FILES)
    const checkout = await remote.clone()
    const edited = TEMPLATE.replace(
      '# filled in by Terraform',
      '# filled in by Terraform\n  memory: 2048 # more room',
    )
    const workspace = new RacingGit(checkout.cwd, () =>
      remote.push('main', { [JOB]: edited }, 'More memory'),
    )
    await resolveIn(workspace)
    const { calls, reresolve } = reresolver()
    const reporter = new RecordingReporter()

    const result = await commitBack(request(workspace, pushContext(), reresolve), {
      git: workspace,
      reporter,
      retry: FAST,
    })

    expect(result.pushed).toBe(true)
    expect(result.reresolved).toEqual([JOB])
    expect(calls).toEqual([{ file: JOB, upstream: edited }])
    // Their edit and this run's values, both.
    expect(await remote.show('main', JOB)).toBe(resolved(edited))
    expect(await remote.show('main', JOB)).toContain('memory: 2048 # more room')
    expect(await remote.show('main', JOB)).toContain("service: 'stripe-customers-etl'")
    expect((await remote.describe('main~1')).split('|')[3]).toBe('More memory')
    expect(reporter.infos).toContain(
      'jobs/stripe.yaml changed on main; resolved its new version again',
    )
  })

  it('retries when another push takes the branch while the remote is receiving this one', async () => {
    const remote = await Remote.create(FILES)
    const workspace = await remote.clone()
    const flag = path.join(await tempDir('publish-flag-'), 'raced')
    // The remote's own hook pushes from another clone before it updates the ref for this push.
    await remote.hook(
      [
        `[ -e '${flag}' ] && exit 0`,
        `touch '${flag}'`,
        'unset GIT_DIR GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        `cd '${remote.other.cwd}' && git pull --quiet origin main && echo 'job_name: raced' > jobs/other.yaml && git commit --quiet -am Raced && git push --quiet origin main >&2`,
      ].join('\n'),
    )
    const text = await resolveIn(workspace)
    const reporter = new RecordingReporter()

    const result = await commitBack(request(workspace, pushContext()), {
      git: workspace,
      reporter,
      retry: FAST,
    })

    expect(result.pushed).toBe(true)
    expect(await remote.show('main', JOB)).toBe(text)
    expect(await remote.show('main', 'jobs/other.yaml')).toBe('job_name: raced\n')
    expect((await remote.describe('main~1')).split('|')[3]).toBe('Raced')
    expect(reporter.infos).toHaveLength(2)
  })

  it('leaves out, naming it, a config whose new version cannot be resolved', async () => {
    const remote = await Remote.create(FILES)
    const checkout = await remote.clone()
    const broken = TEMPLATE.replace('service_name', 'service_nme')
    let theirs = ''
    const workspace = new RacingGit(checkout.cwd, async () => {
      theirs = await remote.push('main', { [JOB]: broken }, 'Typo')
    })
    await resolveIn(workspace)

    const result = await commitBack(request(workspace, pushContext()), {
      git: workspace,
      reporter: new RecordingReporter(),
      retry: FAST,
    })

    // That config alone fails (the pipeline makes this a finding at it); nothing else changed.
    expect(result.left).toEqual([
      {
        file: JOB,
        message:
          "Commit-back: jobs/stripe.yaml changed on main after this run read it, and the new version cannot be resolved with this run's Terraform outputs; it is not committed. Run the workflow again on the new commit.",
      },
    ])
    expect(result.pushed).toBe(false)
    expect(await remote.tip('main')).toBe(theirs)
  })

  it('commits a config left out on one tip once the next tip lets it be resolved', async () => {
    const remote = await Remote.create(FILES)
    const checkout = await remote.clone()
    // Broken on the branch before this run reads it, fixed while this run pushes.
    await remote.push('main', { [JOB]: TEMPLATE.replace('service_name', 'service_nme') }, 'Typo')
    const workspace = new RacingGit(checkout.cwd, () =>
      remote.push('main', { [JOB]: TEMPLATE }, 'Fix the typo'),
    )
    const text = await resolveIn(workspace)
    await writeFile(path.join(workspace.cwd, 'jobs/other.yaml'), 'job_name: other # resolved\n')

    const result = await commitBack(
      request(workspace, pushContext(), undefined, { files: [JOB, 'jobs/other.yaml'] }),
      { git: workspace, reporter: new RecordingReporter(), retry: FAST },
    )

    expect(result.pushed).toBe(true)
    expect(result.left).toBeUndefined()
    expect(await remote.show('main', JOB)).toBe(text)
    expect((await remote.describe('main~1')).split('|')[3]).toBe('Fix the typo')
  })

  it('gives up after five attempts when the branch keeps moving', async () => {
    const remote = await Remote.create(FILES)
    const workspace = await remote.clone()
    // Every push this run makes meets another one; the hook's own pushes pass through.
    await remote.hook(
      [
        '[ -n "$RACING" ] && exit 0',
        'export RACING=1',
        'unset GIT_DIR GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        `cd '${remote.other.cwd}' && git pull --quiet origin main && date +%s%N >> README.md && git commit --quiet -am Busy && git push --quiet origin main >&2`,
      ].join('\n'),
    )
    await resolveIn(workspace)
    const reporter = new RecordingReporter()

    await expect(
      commitBack(request(workspace, pushContext()), { git: workspace, reporter, retry: FAST }),
    ).rejects.toThrow(
      'Commit-back: main kept moving while this run pushed to it (5 attempts); nothing was committed. Run the workflow again.',
    )
    expect(reporter.infos).toHaveLength(4)
  })

  it('makes no commit when the branch already has the resolved config', async () => {
    const remote = await Remote.create(FILES)
    const first = await remote.clone()
    await resolveIn(first)
    await commitBack(request(first, pushContext()), {
      git: first,
      reporter: new RecordingReporter(),
    })
    const tip = await remote.tip('main')
    // A second run: the checkout has the resolved config, resolution changes nothing.
    const second = await remote.clone()
    await resolveIn(second)

    const result = await commitBack(request(second, pushContext()), {
      git: second,
      reporter: new RecordingReporter(),
    })

    expect(result).toEqual({
      pushed: false,
      branch: 'main',
      reason: 'main already has the resolved configs; nothing to commit',
      reresolved: [],
    })
    expect(await remote.tip('main')).toBe(tip)
  })

  it('does nothing with commit-back: false or with no changed file', async () => {
    const remote = await Remote.create(FILES)
    const tip = await remote.tip('main')
    const workspace = await remote.clone()
    await resolveIn(workspace)
    const reporter = new RecordingReporter()

    const off = await commitBack(
      request(workspace, pushContext(), undefined, { setting: 'false' }),
      {
        git: workspace,
        reporter,
      },
    )
    const none = await commitBack(request(workspace, pushContext(), undefined, { files: [] }), {
      git: workspace,
      reporter,
    })

    expect(off).toEqual({ pushed: false, reason: 'commit-back is false', reresolved: [] })
    expect(none).toEqual({
      pushed: false,
      branch: 'main',
      reason: 'no resolved config changed',
      reresolved: [],
    })
    expect(await remote.tip('main')).toBe(tip)
    expect(reporter).toEqual(new RecordingReporter())
  })

  it('says to grant contents: write when the remote refuses the token', async () => {
    const remote = await Remote.create(FILES)
    const workspace = await remote.clone()
    await remote.hook(
      "echo 'Permission to acme/etl.git denied to github-actions[bot].' >&2\nexit 1",
    )
    await resolveIn(workspace)

    await expect(
      commitBack(request(workspace, pushContext()), {
        git: workspace,
        reporter: new RecordingReporter(),
      }),
    ).rejects.toThrow(
      /^Commit-back: the token may not write to the repository\. Give the job `permissions: contents: write`\n(.*\n)?remote: Permission to acme\/etl\.git denied to github-actions\[bot\]\.$/,
    )
  })
})

describe('commit-back with git on a pull request', () => {
  it('pushes to the head branch from the detached merge commit, without a merge', async () => {
    const remote = await Remote.create(FILES)
    const featureTip = await remote.push(
      'feature',
      { 'jobs/other.yaml': 'job_name: f\n' },
      'Feature',
    )
    await remote.push('main', { 'docs/main-only.md': 'main moved on\n' }, 'Main moves')
    // What GitHub does for refs/pull/7/merge: the base merged into the head.
    await remote.other.run(['checkout', '--quiet', '--detach', 'origin/main'])
    await remote.other.run([
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      'Merge feature into main',
      featureTip,
    ])
    await remote.other.run(['push', '--quiet', 'origin', 'HEAD:refs/pull/7/merge'])
    const merge = (await remote.other.run(['rev-parse', 'HEAD'])).stdout.trim()
    // actions/checkout: a shallow fetch of the merge ref, checked out as a detached HEAD.
    const workspace = await remote.clone(['--depth=1', '--no-checkout'])
    await workspace.run([
      'fetch',
      '--quiet',
      '--depth=1',
      'origin',
      `+${merge}:refs/remotes/pull/7/merge`,
    ])
    await workspace.run(['checkout', '--quiet', '--detach', 'refs/remotes/pull/7/merge'])
    const text = await resolveIn(workspace)

    const result = await commitBack(request(workspace, pullRequestContext({ sha: merge })), {
      git: workspace,
      reporter: new RecordingReporter(),
    })

    expect(result.pushed).toBe(true)
    expect(result.branch).toBe('feature')
    expect(result.sha).toBe(await remote.tip('feature'))
    // One parent, the head branch's tip: the base's commits stay out of the pull request.
    expect((await remote.describe('feature')).split('|')[2]).toBe(featureTip)
    expect(await remote.changed('feature')).toEqual([JOB])
    expect(await remote.show('feature', JOB)).toBe(text)
    await expect(remote.show('feature', 'docs/main-only.md')).rejects.toThrow()
    expect((await workspace.run(['rev-parse', 'HEAD'])).stdout.trim()).toBe(merge)
    expect(await remote.tip('main')).not.toBe(result.sha)
  })

  it('resolves the head branch’s version when the merge commit has the base’s version of the config', async () => {
    const remote = await Remote.create(FILES)
    const featureTip = await remote.push('feature', { 'README.md': '# ETL (feature)\n' }, 'Feature')
    const onMain = TEMPLATE.replace('# filled in by Terraform', '# filled in by Terraform (main)')
    await remote.push('main', { [JOB]: onMain }, 'Main edits the config')
    await remote.other.run(['checkout', '--quiet', '--detach', 'origin/main'])
    await remote.other.run(['merge', '--quiet', '--no-ff', '-m', 'Merge', featureTip])
    const merge = (await remote.other.run(['rev-parse', 'HEAD'])).stdout.trim()
    await remote.other.run(['push', '--quiet', 'origin', 'HEAD:refs/pull/7/merge'])
    const workspace = await remote.clone(['--no-checkout'])
    await workspace.run(['checkout', '--quiet', '--detach', merge])
    await resolveIn(workspace)
    const { calls, reresolve } = reresolver()

    const result = await commitBack(request(workspace, pullRequestContext(), reresolve), {
      git: workspace,
      reporter: new RecordingReporter(),
    })

    // The base's edit stays on the base: the pull request gets its own version, resolved.
    expect(result.reresolved).toEqual([JOB])
    expect(calls).toEqual([{ file: JOB, upstream: TEMPLATE }])
    expect(await remote.show('feature', JOB)).toBe(resolved(TEMPLATE))
    expect((await remote.describe('feature')).split('|')[2]).toBe(featureTip)
  })

  it('never pushes for a pull request from a fork: a warning says why and what to do', async () => {
    const remote = await Remote.create(FILES)
    const tips = [await remote.tip('main')]
    const workspace = await remote.clone()
    await resolveIn(workspace)
    const reporter = new RecordingReporter()

    const result = await commitBack(
      request(workspace, pullRequestContext({ headRepo: 'mallory/etl' }), undefined, {
        setting: 'true',
      }),
      { git: workspace, reporter },
    )

    expect(result).toEqual({
      pushed: false,
      reason: 'pull request #7 comes from the fork mallory/etl',
      reresolved: [],
    })
    expect(reporter.warnings).toEqual([
      'Commit-back skipped: pull request #7 comes from the fork mallory/etl, and this workflow may not push to it. The resolved values are in the job summary; they are committed when the change runs on a branch of acme/etl (e.g. on push after merging), or the author can run `dativo-infra resolve --write` on the branch.',
    ])
    expect(await remote.tip('main')).toBe(tips[0])
    expect((await remote.git.run(['branch', '--list'])).stdout.trim()).toBe('* main')
  })

  it('never pushes on pull_request_target: a warning says why and what to do', async () => {
    const remote = await Remote.create(FILES)
    const workspace = await remote.clone()
    await resolveIn(workspace)
    const reporter = new RecordingReporter()

    const result = await commitBack(
      request(workspace, pullRequestContext({ eventName: 'pull_request_target', head: 'main' })),
      { git: workspace, reporter },
    )

    expect(result).toEqual({ pushed: false, reason: 'pull_request_target run', reresolved: [] })
    expect(reporter.warnings).toEqual([
      'Commit-back skipped: a pull_request_target run never pushes (it runs the base repository’s token next to the pull request’s code). Run the workflow on pull_request for pull requests from this repository, or on push to the branch, to commit the resolved configs.',
    ])
    expect((await remote.git.run(['log', '--format=%s', 'main'])).stdout).toBe('Add the job\n')
  })
})

describe('where commit-back goes', () => {
  const tag: GitHubContext = {
    ...pushContext(),
    ref: 'refs/tags/v1',
    payload: { ref: 'refs/tags/v1' },
  }
  const deleted: GitHubContext = {
    ...pushContext(),
    payload: { ref: 'refs/heads/main', deleted: true },
  }
  const dispatch: GitHubContext = { ...pushContext(), eventName: 'workflow_dispatch', payload: {} }
  const queue: GitHubContext = {
    ...pushContext('gh-readonly-queue/main/pr-7-abc'),
    eventName: 'merge_group',
  }
  it.each<
    [string, GitHubContext, CommitBackRequest['setting'], 'validate' | 'plan' | 'apply', unknown]
  >([
    [
      'a push to a branch in apply mode',
      pushContext('release/1.x'),
      'auto',
      'apply',
      { branch: 'release/1.x' },
    ],
    [
      'auto in plan mode',
      pushContext(),
      'auto',
      'plan',
      { skip: 'commit-back: auto commits in apply mode only (this run: plan)' },
    ],
    [
      'a same-repository pull request',
      pullRequestContext(),
      'auto',
      'apply',
      { branch: 'feature' },
    ],
    [
      'a closed pull request',
      pullRequestContext({ action: 'closed' }),
      'auto',
      'apply',
      { skip: 'pull request #7 is closed; its branch may be gone' },
    ],
    [
      'a fork whose repository was deleted',
      pullRequestContext({ headRepo: null }),
      'true',
      'apply',
      expect.objectContaining({
        skip: 'pull request #7 comes from a repository that no longer exists',
      }),
    ],
    ['a tag', tag, 'true', 'apply', { skip: 'refs/tags/v1 is not a branch but a tag' }],
    ['a deleted branch', deleted, 'true', 'apply', { skip: 'the push deleted the branch' }],
    [
      'workflow_dispatch with auto',
      dispatch,
      'auto',
      'apply',
      {
        skip: 'commit-back: auto commits on push and same-repository pull_request events only (this run: workflow_dispatch)',
      },
    ],
    ['workflow_dispatch with true', dispatch, 'true', 'apply', { branch: 'main' }],
    [
      'a merge queue',
      queue,
      'true',
      'apply',
      { skip: "gh-readonly-queue/main/pr-7-abc is a merge queue's temporary branch" },
    ],
  ])('%s', (_name, context, setting, mode, expected) => {
    expect(commitTarget(context, setting, mode)).toEqual(expected)
  })
})

describe('why a remote refused', () => {
  it('tells a checkout without credentials from a refused token', () => {
    const noCredentials = remoteFailure(
      'push',
      {
        exitCode: 128,
        stdout: '',
        stderr:
          "fatal: could not read Username for 'https://github.com': terminal prompts disabled\n",
      },
      'main',
    )
    expect(noCredentials.message).toBe(
      "Commit-back: git has no credentials to push main. actions/checkout with persist-credentials: false removes them: keep them, or use commit-method: api (it uses github-token)\nfatal: could not read Username for 'https://github.com': terminal prompts disabled",
    )
    const signed = remoteFailure(
      'push',
      {
        exitCode: 1,
        stdout:
          '!\tabc:refs/heads/main\t[remote rejected] (push declined due to repository rule violations)\n',
        stderr:
          'remote: error: GH013: Repository rule violations found for refs/heads/main.\nremote: - Commits must have verified signatures.\n',
      },
      'main',
    )
    expect(signed.message).toMatch(
      /^Commit-back: main requires signed commits, which git here cannot make; use commit-method: api so GitHub signs the commit\n/,
    )
  })
})

describe('commit-back at a terminal', () => {
  it('commits nothing, and leaves what the user staged, when no resolved file can be committed', async () => {
    const remote = await Remote.create(FILES)
    const workspace = await remote.clone()
    await writeFile(path.join(workspace.cwd, '..', 'elsewhere.yaml'), TEMPLATE)
    await writeFile(path.join(workspace.cwd, 'README.md'), '# ETL, edited\n')
    await workspace.run(['add', 'README.md'])
    const head = (await workspace.run(['rev-parse', 'HEAD'])).stdout.trim()

    const result = await commitBack(
      request(workspace, { ...pushContext(), eventName: 'local' }, undefined, {
        setting: 'true',
        files: ['../elsewhere.yaml'],
      }),
      { git: workspace, reporter: new RecordingReporter() },
    )

    expect(result).toEqual({
      pushed: false,
      branch: 'main',
      reason: 'no resolved config could be committed',
      reresolved: [],
      left: [
        {
          file: '../elsewhere.yaml',
          message: `Commit-back: ../elsewhere.yaml is not a file of the repository at ${await realpath(workspace.cwd)}; it is not committed`,
        },
      ],
    })
    expect((await workspace.run(['rev-parse', 'HEAD'])).stdout.trim()).toBe(head)
    expect(await status(workspace)).toBe('M  README.md\n')
  })
})
