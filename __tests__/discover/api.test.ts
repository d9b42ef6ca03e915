// Changed-only discovery through GitHub's API, played by a real HTTP server on 127.0.0.1:
// pagination, file statuses, the API's list limits, retries, and the fallbacks when it fails.
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { discoverConfigs } from '../../src/discover/discover.js'
import type { DiscoverRequest } from '../../src/discover/discover.js'
import { GitHubClient } from '../../src/github/client.js'
import type { GitHubContext } from '../../src/github/context.js'
import { FakeGitHub, unreachableUrl } from '../helpers/fake-github.js'
import type { DiffEntry } from '../helpers/fake-github.js'
import {
  gitIn,
  pullRequestContext,
  pushContext,
  removeTempDirs,
  tempDir,
  TestRepo,
} from './helpers.js'

const PATTERNS = ['jobs/**/*.yaml', 'jobs/**/*.yml']
const ALL = [
  'jobs/a.yaml',
  'jobs/renamed/new.yaml',
  'jobs/team x/ünï data.yaml',
  'jobs/untouched.yaml',
]
const CHANGED = ['jobs/a.yaml', 'jobs/renamed/new.yaml', 'jobs/team x/ünï data.yaml']
/** Configs the change deletes, or renames away from. */
const DELETED = ['jobs/b.yml', 'jobs/old.yaml']
const short = (sha: string) => sha.slice(0, 7)
const request = (workspace: string): DiscoverRequest => ({
  workspace,
  patterns: PATTERNS,
  changedOnly: true,
})

/** c1 → c2: an edit, a deletion, a rename and a new file with a space and accents in its name. */
let repo: TestRepo
let c1: string
let c2: string
let github: FakeGitHub
let warnings: string[]

beforeAll(async () => {
  repo = await TestRepo.create()
  c1 = await repo.commit('c1', {
    write: ['jobs/a.yaml', 'jobs/b.yml', 'jobs/old.yaml', 'jobs/untouched.yaml', 'README.md'],
  })
  c2 = await repo.commit('c2', {
    write: {
      'jobs/a.yaml': 'name: a2\n',
      'jobs/team x/ünï data.yaml': 'name: u\n',
      'README.md': '# r\n',
    },
    remove: ['jobs/b.yml'],
    rename: { 'jobs/old.yaml': 'jobs/renamed/new.yaml' },
  })
})
afterAll(removeTempDirs)

beforeEach(async () => {
  github = await FakeGitHub.start()
  warnings = []
})
afterEach(() => github.close())

function apiFor(context: GitHubContext): GitHubClient {
  return new GitHubClient({
    baseUrl: context.apiUrl,
    token: 'test-token',
    log: { warning: (message) => warnings.push(message), debug: () => {} },
    second: 1,
  })
}

/** What the API says c1 → c2 changed, padded with other files to the given count. */
function diffEntries(total: number, at: Record<number, DiffEntry>): DiffEntry[] {
  return Array.from(
    { length: total },
    (_, index) => at[index] ?? { filename: `docs/page-${index}.md`, status: 'modified' as const },
  )
}

const C1_TO_C2: Record<number, DiffEntry> = {
  5: { filename: 'jobs/a.yaml', status: 'modified' },
  120: { filename: 'jobs/renamed/new.yaml', status: 'renamed', previous_filename: 'jobs/old.yaml' },
  199: { filename: 'jobs/b.yml', status: 'removed' },
  249: { filename: 'jobs/team x/ünï data.yaml', status: 'added' },
}

describe('pull request files from the API', () => {
  it('reads every page, keeps renamed files under their new name and drops removed ones', async () => {
    github.pullRequestFiles.set(42, diffEntries(250, C1_TO_C2))
    const context = pullRequestContext(
      { number: 42, baseSha: c1, headSha: c2, changedFiles: 250 },
      github.url,
    )
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(found).toEqual({
      files: CHANGED,
      basis: 'changed',
      reason: '249 files changed by pull request #42 (from the GitHub API); 3 match',
      warnings: [],
      deleted: DELETED,
    })
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/etl/pulls/42/files?per_page=100',
      'GET /repos/acme/etl/pulls/42/files?per_page=100&page=2',
      'GET /repos/acme/etl/pulls/42/files?per_page=100&page=3',
    ])
    for (const recorded of github.requests) {
      expect(recorded.headers.authorization).toBe('token test-token')
      expect(recorded.headers.accept).toBe('application/vnd.github.v3+json')
    }
    expect(warnings).toEqual([])
  })

  it('retries a 502 and then uses the answer', async () => {
    github.pullRequestFiles.set(
      42,
      diffEntries(10, { 1: { filename: 'jobs/a.yaml', status: 'modified' } }),
    )
    github.failures.push(502)
    const context = pullRequestContext({ number: 42, baseSha: c1, headSha: c2 }, github.url)
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(found.files).toEqual(['jobs/a.yaml'])
    expect(found.reason).toBe('10 files changed by pull request #42 (from the GitHub API); 1 match')
    expect(found.warnings).toEqual([])
    expect(github.requests.map((r) => r.url)).toEqual([
      '/repos/acme/etl/pulls/42/files?per_page=100',
      '/repos/acme/etl/pulls/42/files?per_page=100',
    ])
  })

  it('skips the API when the pull request changes more files than it lists, and diffs with git', async () => {
    const context = pullRequestContext(
      { number: 42, baseSha: c1, headSha: c2, changedFiles: 3500 },
      github.url,
    )
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(found).toEqual({
      files: CHANGED,
      basis: 'changed',
      reason: `4 files changed by pull request #42 (from git diff ${short(c1)}...${short(c2)}); 3 match`,
      warnings: [],
      deleted: DELETED,
    })
    expect(github.requests).toEqual([])
  })

  it('takes every config, with a warning, when the list is past the limit and there is no history', async () => {
    const shallow = path.join(await tempDir('discover-clone-'), 'etl')
    await gitIn(path.dirname(shallow)).run([
      'clone',
      '--quiet',
      '--depth',
      '1',
      `file://${repo.dir}`,
      shallow,
    ])
    const context = pullRequestContext(
      { number: 42, baseSha: c1, headSha: c2, changedFiles: 3500 },
      github.url,
    )
    const found = await discoverConfigs(request(shallow), context, {
      api: apiFor(context),
      git: gitIn(shallow),
    })
    expect(found).toEqual({
      files: ALL,
      basis: 'all',
      reason: 'changed files of pull request #42 unknown, all matching configs (4)',
      warnings: [
        `changed-only: could not tell which files pull request #42 changed (it changes 3500 files and the GitHub API lists at most 3000; commit ${short(c1)} is not in the local history (shallow clone: fetch-depth: 0 on actions/checkout lets changed-only work without the API)); checking all matching configs`,
      ],
    })
  })

  it('treats a full 3000-file list as incomplete when the payload has no count', async () => {
    github.pullRequestFiles.set(42, diffEntries(3000, C1_TO_C2))
    const context = pullRequestContext({ number: 42, baseSha: c1, headSha: c2 }, github.url)
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(github.requests).toHaveLength(30)
    expect(found.reason).toBe(
      `4 files changed by pull request #42 (from git diff ${short(c1)}...${short(c2)}); 3 match`,
    )
    expect(found.files).toEqual(CHANGED)
  })
})

describe('push files from the compare endpoint', () => {
  it('lists the files of before...after without the removed ones', async () => {
    github.comparisons.set(
      `${c1}...${c2}`,
      diffEntries(40, {
        0: { filename: 'jobs/a.yaml', status: 'modified' },
        10: {
          filename: 'jobs/renamed/new.yaml',
          status: 'renamed',
          previous_filename: 'jobs/old.yaml',
        },
        20: { filename: 'jobs/b.yml', status: 'removed' },
        39: { filename: 'jobs/team x/ünï data.yaml', status: 'added' },
      }),
    )
    const context = pushContext({ before: c1, after: c2 }, github.url)
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(found).toEqual({
      files: CHANGED,
      basis: 'changed',
      reason: `39 files changed by push ${short(c1)}..${short(c2)} (from the GitHub API); 3 match`,
      warnings: [],
      deleted: DELETED,
    })
    expect(github.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization}`)).toEqual([
      `GET /repos/acme/etl/compare/${c1}...${c2} token test-token`,
    ])
  })

  it('diffs with git when the comparison lists 300 files, the most it shows', async () => {
    github.comparisons.set(`${c1}...${c2}`, diffEntries(300, C1_TO_C2))
    const context = pushContext({ before: c1, after: c2 }, github.url)
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(found).toEqual({
      files: CHANGED,
      basis: 'changed',
      reason: `4 files changed by push ${short(c1)}..${short(c2)} (from git diff ${short(c1)}..${short(c2)}); 3 match`,
      warnings: [],
      deleted: DELETED,
    })
    expect(github.requests).toHaveLength(1)
  })
})

describe('when the API fails', () => {
  it('falls back to git diff after the retries when the API is unreachable', async () => {
    const context = pullRequestContext(
      { number: 42, baseSha: c1, headSha: c2 },
      await unreachableUrl(),
    )
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(found.files).toEqual(CHANGED)
    expect(found.basis).toBe('changed')
    expect(found.reason).toBe(
      `4 files changed by pull request #42 (from git diff ${short(c1)}...${short(c2)}); 3 match`,
    )
    expect(found.warnings).toHaveLength(1)
    expect(found.warnings[0]).toMatch(
      /^Could not list the files changed by pull request #42 through the GitHub API \(GitHub API GET \/repos\/acme\/etl\/pulls\/42\/files\?per_page=100 failed: connect ECONNREFUSED 127\.0\.0\.1:\d+\); using the local git history instead$/,
    )
  })

  it('does not retry a 404, and says so before using git', async () => {
    const context = pushContext({ before: c1, after: c2 }, github.url)
    const found = await discoverConfigs(request(repo.dir), context, {
      api: apiFor(context),
      git: repo.git,
    })
    expect(github.requests).toHaveLength(1)
    expect(found.files).toEqual(CHANGED)
    expect(found.warnings).toEqual([
      `Could not list the files changed by push ${short(c1)}..${short(c2)} through the GitHub API (GitHub API GET /repos/acme/etl/compare/${c1}...${c2} answered 404: Not Found); using the local git history instead`,
    ])
  })

  it('takes every config with a warning when the API keeps failing and the history is shallow', async () => {
    const shallow = path.join(await tempDir('discover-clone-'), 'etl')
    await gitIn(path.dirname(shallow)).run([
      'clone',
      '--quiet',
      '--depth',
      '1',
      `file://${repo.dir}`,
      shallow,
    ])
    github.failures.push(503, 503, 503, 503)
    const context = pushContext({ before: c1, after: c2 }, github.url)
    const found = await discoverConfigs(request(shallow), context, {
      api: apiFor(context),
      git: gitIn(shallow),
    })
    expect(github.requests).toHaveLength(4)
    expect(found).toEqual({
      files: ALL,
      basis: 'all',
      reason: `changed files of push ${short(c1)}..${short(c2)} unknown, all matching configs (4)`,
      warnings: [
        `changed-only: could not tell which files push ${short(c1)}..${short(c2)} changed (the GitHub API failed: GitHub API GET /repos/acme/etl/compare/${c1}...${c2} answered 503: Injected 503; commit ${short(c1)} is not in the local history (shallow clone: fetch-depth: 0 on actions/checkout lets changed-only work without the API)); checking all matching configs`,
      ],
    })
  })
})
