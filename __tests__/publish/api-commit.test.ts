// Commit-back through GitHub's Git Data API (`commit-method: api`), against a stand-in for GitHub
// on 127.0.0.1 that keeps refs, commits, trees and blobs: the commit carries no author (GitHub
// signs it), moves the ref as a fast-forward only, is made again when the ref moved, and a 502
// is retried.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GitHubClient } from '../../src/github/client.js'
import { commitBack } from '../../src/publish/commit-back.js'
import type { CommitBackRequest } from '../../src/publish/commit-back.js'
import type { Git } from '../../src/util/git.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import {
  pushContext,
  RecordingReporter,
  Remote,
  removeTempDirs,
  reresolver,
  resolved,
  TEMPLATE,
} from './helpers.js'
afterAll(removeTempDirs)

const JOB = 'jobs/stripe.yaml'
const FILES = { [JOB]: TEMPLATE, 'jobs/other.yaml': 'job_name: other\n', 'README.md': '# ETL\n' }
const MESSAGE =
  'chore(dativo): resolve terraform outputs\n\nTerraform outputs written into:\n- jobs/stripe.yaml\n\nRun: https://github.com/acme/etl/actions/runs/4242\n'

let github: FakeGitHub

beforeEach(async () => {
  github = await FakeGitHub.start()
  github.commitFiles('main', FILES, 'Add the job')
})
afterEach(() => github.close())

/** A checkout of the same content as the fake's main, with the config resolved in it. */
async function workspace(files = FILES): Promise<{ git: Git; text: string; remote: Remote }> {
  const remote = await Remote.create(files)
  const git = await remote.clone()
  const file = path.join(git.cwd, JOB)
  const text = resolved(await readFile(file, 'utf8'))
  await writeFile(file, text)
  return { git, text, remote }
}

function request(git: Git, reresolve = reresolver().reresolve): CommitBackRequest {
  return {
    workspace: git.cwd,
    files: [JOB],
    message: 'chore(dativo): resolve terraform outputs',
    method: 'api',
    setting: 'auto',
    mode: 'apply',
    context: pushContext('main', github.url),
    reresolve,
  }
}

function deps(git: Git, reporter = new RecordingReporter()) {
  const api = new GitHubClient({
    baseUrl: github.url,
    token: 'test-token',
    log: reporter,
    second: 1,
  })
  return { git, api, reporter, retry: { baseDelayMs: 1 } }
}

const calls = () => github.requests.map((r) => `${r.method} ${r.url}`)

describe('commit-back through the GitHub API', () => {
  it('makes a commit GitHub signs, with only the resolved config, and moves the branch to it', async () => {
    const { git, text, remote } = await workspace()
    const before = github.refs.get('heads/main')!
    const remoteTip = await remote.tip('main')
    const reporter = new RecordingReporter()

    const result = await commitBack(request(git), deps(git, reporter))

    const tip = github.refs.get('heads/main')!
    expect(result).toEqual({
      sha: tip,
      pushed: true,
      branch: 'main',
      reason: `committed ${tip.slice(0, 7)} to main through the GitHub API`,
      reresolved: [],
    })
    expect(calls()).toEqual([
      'GET /repos/acme/etl/git/ref/heads%2Fmain',
      `GET /repos/acme/etl/git/commits/${before}`,
      `GET /repos/acme/etl/contents/jobs%2Fstripe.yaml?ref=${before}`,
      'POST /repos/acme/etl/git/blobs',
      'POST /repos/acme/etl/git/trees',
      'POST /repos/acme/etl/git/commits',
      'PATCH /repos/acme/etl/git/refs/heads%2Fmain',
    ])
    const commit = github.commits.get(tip)!
    expect(commit.parents).toEqual([before])
    expect(commit.message).toBe(MESSAGE)
    expect(commit.author).toBeUndefined()
    expect(github.requests[5]!.body).toEqual({
      message: MESSAGE,
      tree: commit.tree,
      parents: [before],
    })
    expect(github.requests[6]!.body).toEqual({ sha: tip, force: false })
    expect(github.requests[4]!.body).toEqual({
      base_tree: github.commits.get(before)!.tree,
      tree: [{ path: JOB, mode: '100644', type: 'blob', sha: expect.any(String) }],
    })
    expect(github.fileAt('main', JOB)).toBe(text)
    expect(github.fileAt('main', 'README.md')).toBe('# ETL\n')
    expect(github.fileAt('main', 'jobs/other.yaml')).toBe('job_name: other\n')
    expect(github.requests.every((r) => r.headers.authorization === 'token test-token')).toBe(true)
    expect(reporter.infos).toEqual([
      `The checkout stays where it was: commit ${tip.slice(0, 7)} is on the remote only and could not be fetched (git fetch origin main brings it here)`,
    ])
    // Nothing went through git.
    expect(await remote.tip('main')).toBe(remoteTip)
  })

  it('makes the commit again on the new tip when the branch moved before the update', async () => {
    const { git, text } = await workspace()
    let theirs = ''
    github.beforeRefUpdate = () => {
      theirs = github.commitFiles('main', { 'README.md': '# ETL, documented\n' }, 'Docs')
    }
    const reporter = new RecordingReporter()
    const { calls: reresolved, reresolve } = reresolver()

    const result = await commitBack(request(git, reresolve), deps(git, reporter))

    expect(result.pushed).toBe(true)
    expect(github.refs.get('heads/main')).toBe(result.sha)
    expect(github.commits.get(result.sha!)!.parents).toEqual([theirs])
    expect(github.fileAt('main', 'README.md')).toBe('# ETL, documented\n')
    expect(github.fileAt('main', JOB)).toBe(text)
    expect(calls().filter((c) => c.startsWith('PATCH'))).toHaveLength(2)
    expect(calls().filter((c) => c.endsWith('/git/ref/heads%2Fmain'))).toHaveLength(2)
    expect(reresolved).toEqual([])
    expect(reporter.infos[0]).toMatch(
      /^main moved while this run was committing to it; making the commit again on the new tip in 0\.0 s \(attempt 2 of 5\)$/,
    )
  })

  it('resolves the new version again when the move changed the same config', async () => {
    const { git } = await workspace()
    const edited = TEMPLATE.replace('job_name: stripe_customers', 'job_name: stripe_customers_v2')
    github.beforeRefUpdate = () => github.commitFiles('main', { [JOB]: edited }, 'Rename')
    const { calls: reresolved, reresolve } = reresolver()

    const result = await commitBack(request(git, reresolve), deps(git))

    expect(result.reresolved).toEqual([JOB])
    expect(reresolved).toEqual([{ file: JOB, upstream: edited }])
    expect(github.fileAt('main', JOB)).toBe(resolved(edited))
  })

  it('retries a 502 from GitHub and then commits', async () => {
    const { git, text } = await workspace()
    github.failures.push(502)

    const result = await commitBack(request(git), deps(git))

    expect(result.pushed).toBe(true)
    expect(github.fileAt('main', JOB)).toBe(text)
    expect(calls().slice(0, 2)).toEqual([
      'GET /repos/acme/etl/git/ref/heads%2Fmain',
      'GET /repos/acme/etl/git/ref/heads%2Fmain',
    ])
  })

  it('writes nothing when the branch already has the resolved config', async () => {
    // A second run: the branch and the checkout hold the resolved config already.
    github.commitFiles('main', { [JOB]: resolved(TEMPLATE) }, 'Resolved earlier')
    const tip = github.refs.get('heads/main')
    const { git } = await workspace({ ...FILES, [JOB]: resolved(TEMPLATE) })

    const result = await commitBack(request(git), deps(git))

    expect(result).toEqual({
      pushed: false,
      branch: 'main',
      reason: 'main already has the resolved configs; nothing to commit',
      reresolved: [],
    })
    expect(github.refs.get('heads/main')).toBe(tip)
    expect(github.requests.every((r) => r.method === 'GET')).toBe(true)
  })

  it('says which permission to grant when GitHub refuses the token', async () => {
    const { git } = await workspace()
    github.failures.push(403)

    await expect(commitBack(request(git), deps(git))).rejects.toThrow(
      'Commit-back: GitHub refused the commit (GitHub API GET /repos/acme/etl/git/ref/heads%2Fmain answered 403: Injected 403). Give the job `permissions: contents: write`, or a github-token that may write to main',
    )
  })
})
