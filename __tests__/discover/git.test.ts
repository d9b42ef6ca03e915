// Changed-only discovery from real git history: push ranges, pull request merge bases, the events
// that have no base to compare, and shallow clones that lack the base.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { discoverConfigs } from '../../src/discover/discover.js'
import type { DiscoverRequest } from '../../src/discover/discover.js'
import type { Git } from '../../src/util/git.js'
import {
  eventContext,
  gitIn,
  pullRequestContext,
  pushContext,
  removeTempDirs,
  tempDir,
  TestRepo,
  writeFiles,
  ZERO_SHA,
} from './helpers.js'

afterAll(removeTempDirs)

const PATTERNS = ['jobs/**/*.yaml', 'jobs/**/*.yml']
const request = (workspace: string, changedOnly = true): DiscoverRequest => ({
  workspace,
  patterns: PATTERNS,
  changedOnly,
})
const short = (sha: string) => sha.slice(0, 7)

/**
 * main: c1 → c2 (edit, rename, delete, a name with a space and accents) → c3 (moves on after
 * the feature branch left at c2); feature: c2 → f1.
 */
interface History {
  repo: TestRepo
  c1: string
  c2: string
  c3: string
  f1: string
  remote: string
}

let history: History

beforeAll(async () => {
  const repo = await TestRepo.create()
  const c1 = await repo.commit('c1', {
    write: ['jobs/a.yaml', 'jobs/b.yml', 'jobs/old.yaml', 'jobs/keep.yaml', 'README.md'],
  })
  const c2 = await repo.commit('c2', {
    write: {
      'jobs/a.yaml': 'name: a2\n',
      'jobs/team x/ünï data.yaml': 'name: u\n',
      'README.md': '# r\n',
    },
    remove: ['jobs/b.yml'],
    rename: { 'jobs/old.yaml': 'jobs/renamed/new.yaml' },
  })
  await repo.git.run(['branch', 'feature'])
  const c3 = await repo.commit('c3', {
    write: { 'jobs/a.yaml': 'name: a3\n', 'jobs/main-only.yaml': 'name: m\n' },
  })
  await repo.checkout('feature')
  const f1 = await repo.commit('f1', {
    write: { 'jobs/feature.yaml': 'name: f\n', 'jobs/keep.yaml': 'name: k2\n' },
  })
  await repo.checkout('main')
  const remote = path.join(await tempDir('discover-remote-'), 'etl.git')
  await repo.git.run(['clone', '--quiet', '--bare', repo.dir, remote])
  history = { repo, c1, c2, c3, f1, remote }
})

async function clone(...args: string[]): Promise<Git> {
  const dir = path.join(await tempDir('discover-clone-'), 'etl')
  await gitIn(path.dirname(dir)).run(['clone', '--quiet', ...args, `file://${history.remote}`, dir])
  return gitIn(dir)
}

describe('push', () => {
  it('lists the configs changed between before and after, without deleted files', async () => {
    const { repo, c1, c2 } = history
    await repo.checkout(c2)
    const found = await discoverConfigs(request(repo.dir), pushContext({ before: c1, after: c2 }), {
      git: repo.git,
    })
    expect(found).toEqual({
      files: ['jobs/a.yaml', 'jobs/renamed/new.yaml', 'jobs/team x/ünï data.yaml'],
      basis: 'changed',
      reason: `4 files changed by push ${short(c1)}..${short(c2)} (from git diff ${short(c1)}..${short(c2)}); 3 match`,
      warnings: [],
      deleted: ['jobs/b.yml', 'jobs/old.yaml'],
    })
    await repo.checkout('main')
  })

  it('takes every matching config for a new branch or tag, or a force push', async () => {
    const { repo, c2, c3 } = history
    const all = [
      'jobs/a.yaml',
      'jobs/keep.yaml',
      'jobs/main-only.yaml',
      'jobs/renamed/new.yaml',
      'jobs/team x/ünï data.yaml',
    ]
    const created = await discoverConfigs(
      request(repo.dir),
      pushContext({ before: ZERO_SHA, after: c3, ref: 'refs/heads/release', created: true }),
      { git: repo.git },
    )
    expect(created).toEqual({
      files: all,
      basis: 'all',
      reason: 'push created branch release: no base to compare, all matching configs (5)',
      warnings: [],
    })
    const tag = await discoverConfigs(
      request(repo.dir),
      pushContext({ before: ZERO_SHA, after: c3, ref: 'refs/tags/v1.0.0' }),
      { git: repo.git },
    )
    expect(tag.reason).toBe('push created tag v1.0.0: no base to compare, all matching configs (5)')
    const forced = await discoverConfigs(
      request(repo.dir),
      pushContext({ before: c2, after: c3, forced: true }),
      { git: repo.git },
    )
    expect(forced).toEqual({
      files: all,
      basis: 'all',
      reason:
        'force push to branch main: its earlier commits were replaced, all matching configs (5)',
      warnings: [],
    })
  })

  it('selects nothing when the push deleted the branch', async () => {
    const { repo, c3 } = history
    const found = await discoverConfigs(
      request(repo.dir),
      pushContext({ before: c3, after: ZERO_SHA, ref: 'refs/heads/gone', deleted: true }),
      { git: repo.git },
    )
    expect(found).toEqual({
      files: [],
      basis: 'changed',
      reason: 'push deleted branch gone: no configs to check',
      warnings: [],
    })
  })

  it('diffs a clone that holds both commits, and warns in a shallow one that lacks the base', async () => {
    const { c1, c2, c3 } = history
    const deepEnough = await clone('--depth', '2')
    const diffed = await discoverConfigs(
      request(deepEnough.cwd),
      pushContext({ before: c2, after: c3 }),
      {
        git: deepEnough,
      },
    )
    expect(diffed.files).toEqual(['jobs/a.yaml', 'jobs/main-only.yaml'])
    expect(diffed.basis).toBe('changed')

    const shallow = await clone('--depth', '1')
    expect(await shallow.hasCommit(c3)).toBe(true)
    expect(await shallow.hasCommit(c1)).toBe(false)
    const found = await discoverConfigs(
      request(shallow.cwd),
      pushContext({ before: c1, after: c3 }),
      {
        git: shallow,
      },
    )
    expect(found).toEqual({
      files: [
        'jobs/a.yaml',
        'jobs/keep.yaml',
        'jobs/main-only.yaml',
        'jobs/renamed/new.yaml',
        'jobs/team x/ünï data.yaml',
      ],
      basis: 'all',
      reason: `changed files of push ${short(c1)}..${short(c3)} unknown, all matching configs (5)`,
      warnings: [
        `changed-only: could not tell which files push ${short(c1)}..${short(c3)} changed (no GitHub token for the API; commit ${short(c1)} is not in the local history (shallow clone: fetch-depth: 0 on actions/checkout lets changed-only work without the API)); checking all matching configs`,
      ],
    })
  })
})

describe('pull request', () => {
  it('compares against the merge base, so changes the base branch made since are left out', async () => {
    const { repo, c3, f1 } = history
    await repo.checkout('feature')
    // Two dots would show main's later edit of jobs/a.yaml as a change of the pull request.
    expect(await repo.git.changedFiles(c3, f1, false)).toContain('jobs/a.yaml')
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const found = await discoverConfigs(
        request(repo.dir),
        pullRequestContext({ number: 42, baseSha: c3, headSha: f1 }, undefined, eventName),
        { git: repo.git },
      )
      expect(found).toEqual({
        files: ['jobs/feature.yaml', 'jobs/keep.yaml'],
        basis: 'changed',
        reason: `2 files changed by pull request #42 (from git diff ${short(c3)}...${short(f1)}); 2 match`,
        warnings: [],
      })
    }
    await repo.checkout('main')
  })

  it('falls back to every config with a warning when a shallow clone has no merge base', async () => {
    const { c3, f1 } = history
    // Both tips are present, but not the history that joins them.
    const shallow = await clone('--depth', '1', '--no-single-branch', '--branch', 'feature')
    expect(await shallow.hasCommit(c3)).toBe(true)
    expect(await shallow.hasCommit(f1)).toBe(true)
    const found = await discoverConfigs(
      request(shallow.cwd),
      pullRequestContext({ number: 7, baseSha: c3, headSha: f1 }),
      { git: shallow },
    )
    expect(found.basis).toBe('all')
    expect(found.files).toEqual([
      'jobs/a.yaml',
      'jobs/feature.yaml',
      'jobs/keep.yaml',
      'jobs/renamed/new.yaml',
      'jobs/team x/ünï data.yaml',
    ])
    expect(found.warnings).toHaveLength(1)
    expect(found.warnings[0]).toMatch(
      new RegExp(
        `^changed-only: could not tell which files pull request #7 changed \\(no GitHub token for the API; git diff ${short(c3)}\\.\\.\\.${short(f1)} failed \\(.*no merge base.*\\) \\(shallow clone: fetch-depth: 0 on actions/checkout lets changed-only work without the API\\)\\); checking all matching configs$`,
      ),
    )
  })

  it('maps repository paths into a workspace that is a sub-folder of the repository', async () => {
    const repo = await TestRepo.create()
    const base = await repo.commit('base', {
      write: ['infra/jobs/a.yaml', 'infra/jobs/b.yaml', 'jobs/top.yaml'],
    })
    const head = await repo.commit('head', {
      write: { 'infra/jobs/a.yaml': 'name: a2\n', 'jobs/top.yaml': 'name: t2\n' },
    })
    const workspace = path.join(repo.dir, 'infra')
    const found = await discoverConfigs(
      request(workspace),
      pushContext({ before: base, after: head }),
      {
        git: gitIn(workspace),
      },
    )
    expect(found.files).toEqual(['jobs/a.yaml'])
  })
})

describe('events without changes to compare', () => {
  it('takes every matching config', async () => {
    const { repo, c3 } = history
    await repo.checkout('main')
    for (const [context, reason] of [
      [eventContext('workflow_dispatch'), 'workflow_dispatch event: no changes to compare'],
      [eventContext('schedule'), 'schedule event: no changes to compare'],
      [eventContext('merge_group'), 'merge_group event: no changes to compare'],
      [eventContext('local'), 'not run for a pull request or push'],
    ] as const) {
      const found = await discoverConfigs(request(repo.dir), context, { git: repo.git })
      expect(found).toEqual({
        files: [
          'jobs/a.yaml',
          'jobs/keep.yaml',
          'jobs/main-only.yaml',
          'jobs/renamed/new.yaml',
          'jobs/team x/ünï data.yaml',
        ],
        basis: 'all',
        reason: `${reason}, all matching configs (5)`,
        warnings: [],
      })
    }
    const off = await discoverConfigs(
      request(repo.dir, false),
      pushContext({ before: history.c2, after: c3 }),
      {
        git: repo.git,
      },
    )
    expect(off.reason).toBe('changed-only is off, all matching configs (5)')
    expect(off.basis).toBe('all')
  })

  it('warns and takes every config when a pull_request event carries no pull request', async () => {
    const { repo } = history
    const found = await discoverConfigs(request(repo.dir), eventContext('pull_request'), {
      git: repo.git,
    })
    expect(found.basis).toBe('all')
    expect(found.files).toHaveLength(5)
    expect(found.reason).toBe('pull_request event without a pull request, all matching configs (5)')
    expect(found.warnings).toEqual([
      'changed-only: the pull_request event carries no pull request; checking all matching configs',
    ])
  })

  it('warns and takes every config when the workspace is not a git repository', async () => {
    const workspace = await tempDir()
    await writeFiles(workspace, ['jobs/a.yaml'])
    const found = await discoverConfigs(
      request(workspace),
      pullRequestContext({ number: 3, baseSha: history.c2, headSha: history.f1 }),
      { git: gitIn(workspace) },
    )
    expect(found).toEqual({
      files: ['jobs/a.yaml'],
      basis: 'all',
      reason: 'changed files of pull request #3 unknown, all matching configs (1)',
      warnings: [
        'changed-only: could not tell which files pull request #3 changed (no GitHub token for the API; the workspace is not a git repository); checking all matching configs',
      ],
    })
  })
})
