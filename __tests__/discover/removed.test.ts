// Removed jobs found in a checkout without the base commit (a shallow clone): the changed files
// and the configs as they were come from the stand-in GitHub's API, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findRemovedJobs, identity } from '../../src/discover/removed.js'
import type { RuntimeSettings } from '../../src/discover/removed.js'
import { GitHubClient } from '../../src/github/client.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { sandboxJob } from '../helpers/repository.js'
import {
  gitIn,
  pullRequestContext,
  pushContext,
  removeTempDirs,
  tempDir,
  TestRepo,
  writeFiles,
} from './helpers.js'

describe('removed jobs from the GitHub API', () => {
  let github: FakeGitHub
  let workspace: string
  let base: string
  let settings: RuntimeSettings

  beforeAll(async () => {
    github = await FakeGitHub.start()
    base = github.commitFiles('main', {
      'jobs/gone.yaml': sandboxJob('gone'),
      'jobs/renamed.yaml': sandboxJob('old-name'),
      'jobs/moved.yaml': sandboxJob('moved'),
      'jobs/bare.yaml': sandboxJob('bare'),
      'jobs/never.yaml': 'tenant_id: acme\n',
    })
    workspace = await tempDir('removed-')
    await gitIn(workspace).run(['init', '--quiet', '--initial-branch=main'])
    await writeFiles(workspace, {
      'jobs/renamed.yaml': sandboxJob('new-name'),
      'jobs/elsewhere/moved.yaml': sandboxJob('moved'),
      'jobs/bare.yaml': 'tenant_id: acme\n',
      'jobs/never.yaml': 'tenant_id: acme\nenvironment: dev\n',
    })
    github.pullRequestFiles.set(5, [
      { filename: 'jobs/gone.yaml', status: 'removed' },
      { filename: 'jobs/renamed.yaml', status: 'modified' },
      {
        filename: 'jobs/elsewhere/moved.yaml',
        status: 'renamed',
        previous_filename: 'jobs/moved.yaml',
      },
      { filename: 'jobs/bare.yaml', status: 'modified' },
      { filename: 'jobs/never.yaml', status: 'modified' },
      { filename: 'jobs/ghost.yaml', status: 'removed' },
      { filename: 'README.md', status: 'removed' },
    ])
    settings = {
      workspace,
      patterns: ['jobs/**/*.yaml'],
      terraformDir: 'terraform/dativo_jobs/{job_name}',
      backendConfig: { lines: [], byProvider: { local: ['path=/state/{job_name}.tfstate'] } },
      defaultTags: {},
    }
  })
  afterAll(async () => {
    await github.close()
    await removeTempDirs()
  })

  it('finds deleted, emptied and renamed jobs, with their configs as they were', async () => {
    const context = pullRequestContext(
      { number: 5, baseSha: base, headSha: 'c'.repeat(40) },
      github.url,
    )
    const scan = await findRemovedJobs(settings, context, {
      api: new GitHubClient({
        baseUrl: github.url,
        token: 'test-token',
        log: { warning: () => {}, debug: () => {} },
        second: 1,
      }),
      git: gitIn(workspace),
    })
    expect(
      scan.removed.map((r) => ({
        file: r.file,
        reason: r.reason,
        job: r.job.jobName,
        renamedTo: r.renamedTo,
        base: r.base,
      })),
    ).toEqual([
      { file: 'jobs/gone.yaml', reason: 'deleted', job: 'gone', renamedTo: undefined, base },
      {
        file: 'jobs/renamed.yaml',
        reason: 'renamed',
        job: 'old-name',
        renamedTo: { jobName: 'new-name', file: 'jobs/renamed.yaml' },
        base,
      },
      {
        file: 'jobs/bare.yaml',
        reason: 'no-infrastructure',
        job: 'bare',
        renamedTo: undefined,
        base,
      },
    ])
    expect(scan.warnings).toEqual([
      `jobs/ghost.yaml: could not read it as it was at ${base.slice(0, 7)} (GitHub API GET /repos/acme/etl/contents/jobs%2Fghost.yaml?ref=${base} answered 404: Not Found); if it had a runtime, that runtime is left running`,
    ])
    const contents = github.requests.filter((r) => r.url.startsWith('/repos/acme/etl/contents/'))
    expect(contents.length).toBeGreaterThan(0)
    expect(contents.every((r) => r.headers.authorization === 'token test-token')).toBe(true)
  })

  it('tells runtimes apart by their root, module and state, with the job’s tokens filled in', async () => {
    const { validateConfigBytes } = await import('../../src/config/validate.js')
    const job = (text: string) =>
      validateConfigBytes('jobs/x.yaml', Buffer.from(text), { defaultTags: {} }).job!
    const same = {
      ...settings,
      backendConfig: { lines: [], byProvider: {} },
      terraformDir: 'infra/shared',
    }
    // A shared root without a per-job state: one runtime, whatever the job is called.
    expect(identity(job(sandboxJob('a')), same)).toBe(identity(job(sandboxJob('b')), same))
    expect(identity(job(sandboxJob('a')), settings)).not.toBe(
      identity(job(sandboxJob('b')), settings),
    )
  })
})

describe('removed jobs from git, as the claims of the head decide', () => {
  afterAll(removeTempDirs)

  it('lists a job that keeps its name with another root, and jobs whose deleted configs were broken', async () => {
    const repo = await TestRepo.create()
    const dev = sandboxJob('orders')
    const base = await repo.commit('base', {
      write: {
        'jobs/orders.yaml': dev,
        'jobs/invalid.yaml': sandboxJob('invalid-job').replace('    team: data-engineering\n', ''),
        'jobs/broken.yaml': sandboxJob('broken-job').replace('region: local', 'region: [local'),
      },
    })
    const head = await repo.commit('head', {
      write: { 'jobs/orders.yaml': dev.replace(/environment: dev/g, 'environment: prod') },
      remove: ['jobs/invalid.yaml', 'jobs/broken.yaml'],
    })
    const scan = await findRemovedJobs(
      {
        workspace: repo.dir,
        patterns: ['jobs/**/*.yaml'],
        terraformDir: 'terraform/{environment}/{job_name}',
        backendConfig: { lines: [], byProvider: {} },
        defaultTags: {},
      },
      pushContext({ before: base, after: head }),
      { git: repo.git },
    )
    expect(scan.removed.map((r) => [r.file, r.reason, r.job.jobName, r.heldBack])).toEqual([
      [
        'jobs/orders.yaml',
        'renamed',
        'orders',
        'its config still claims job orders, now with another root or state; a job a config claims is never destroyed: destroy this runtime by hand if nothing uses it',
      ],
    ])
    expect(scan.warnings).toEqual([
      `jobs/broken.yaml (config deleted): its config at ${base.slice(0, 7)} may have held a job, but it cannot be read as YAML (YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]), and it has a job config's keys: if that job is no longer claimed by any config, its runtime is left running; destroy it by hand`,
      `jobs/invalid.yaml: job invalid-job is no longer claimed by any config (config deleted), but its config at ${base.slice(0, 7)} is not valid, so its runtime (if it has one) cannot be rebuilt here: it is left running; destroy it by hand`,
    ])
    expect(scan.blockers).toEqual([])
  })
})
