// Fault 1: one config that cannot be written after everything was applied. Three sandbox jobs
// with output-dir: resolved, where resolved/jobs/b is a file in the way: the other two are still
// resolved, committed and deployed, every output and the summary are written, and the third
// job's values are kept in the summary and the results.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import type { ActionRun } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import {
  applyInputs,
  git,
  INFRASTRUCTURE_LINE,
  onRemote,
  pushedCheckout,
  sandboxJob,
} from './fixtures.js'

const DEPLOY = `import { appendFileSync } from 'node:fs'
appendFileSync(process.env.DEPLOY_LOG, process.argv[2] + '\\n')
`

describe('a config that cannot be written, after three jobs were applied', () => {
  let run: ActionRun
  let remote: string
  let deployLog: string

  beforeAll(async () => {
    const checkout = pushedCheckout({
      'jobs/a/job.yaml': sandboxJob('job-a'),
      'jobs/b/job.yaml': sandboxJob('job-b'),
      'jobs/c/job.yaml': sandboxJob('job-c'),
      'resolved/jobs/b': 'a file where the folder of a resolved copy goes\n',
      'deploy.mjs': DEPLOY,
    })
    remote = checkout.remote
    deployLog = path.join(tempDir('dativo-deploy-'), 'log')
    run = await runActionAsync(
      checkout.workspace,
      {
        ...applyInputs('jobs/*/job.yaml', {
          'INPUT_OUTPUT-DIR': 'resolved',
          'INPUT_COMMIT-BACK': 'true',
          'INPUT_DEPLOY-COMMAND': 'node deploy.mjs {config}',
        }),
        ...checkout.push,
      },
      { ...terraformEnv(tempDir('dativo-tfrc-')), DEPLOY_LOG: deployLog },
    )
  }, 300_000)

  it('fails the step with one finding, at the config that could not be written', () => {
    expect(run.status).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => [a.properties.file, a.properties.line, a.properties.title])).toEqual([
      ['jobs/b/job.yaml', INFRASTRUCTURE_LINE, 'dativo: resolved config not written'],
      [undefined, undefined, undefined],
    ])
    expect(errors[0]!.message).toBe(
      'The resolved config was not written to resolved/jobs/b/job.yaml: resolved/jobs/b is a file, not a folder. Its values are in the job summary and the results output, and the next run writes them from the state',
    )
    expect(errors[1]!.message).toBe('1 error in 1 of 3 job configs')
  })

  it('resolves, commits and deploys the other two', () => {
    for (const name of ['a', 'c']) {
      expect(onRemote(remote, `resolved/jobs/${name}/job.yaml`)).toContain(
        `    cluster_name: "job-${name}-dev-cluster"\n`,
      )
    }
    expect(onRemote(remote, 'resolved/jobs/b/job.yaml')).toBeUndefined()
    expect(run.outputs['commit-sha']).toBe(git(remote, 'rev-parse', 'main'))
    expect(readFileSync(deployLog, 'utf8')).toBe(
      'resolved/jobs/a/job.yaml\nresolved/jobs/c/job.yaml\n',
    )
  })

  it('writes every output, and keeps the unwritten values in the results and the summary', () => {
    const results = JSON.parse(run.outputs.results!) as Array<{
      config: string
      resolved: boolean
      outputs: Record<string, unknown>
    }>
    expect(results.map((r) => [r.config, r.resolved, r.outputs.cluster_name])).toEqual([
      ['jobs/a/job.yaml', true, 'job-a-dev-cluster'],
      ['jobs/b/job.yaml', false, 'job-b-dev-cluster'],
      ['jobs/c/job.yaml', true, 'job-c-dev-cluster'],
    ])
    expect(run.outputs['error-count']).toBe('1')
    expect(run.outputs['has-changes']).toBe('true')
    expect(JSON.parse(run.outputs.configs!)).toHaveLength(3)
    expect(run.summary).toContain(
      '**Values not written into the config**\n\n| Placeholder | Value |\n| --- | --- |\n| <code>cluster_name</code> | <code>job-b-dev-cluster</code> |\n| <code>service_name</code> | <code>job-b-dev-service</code> |',
    )
  })
})

describe('the same on a pull request: the comment is written too, the others committed', () => {
  let github: FakeGitHub
  let run: ActionRun
  let remote: string

  beforeAll(async () => {
    github = await FakeGitHub.start()
    github.comments.set(7, [])
    const checkout = pushedCheckout({
      'jobs/a/job.yaml': sandboxJob('job-a'),
      'jobs/b/job.yaml': sandboxJob('job-b'),
      'resolved/jobs/b': 'a file where the folder of a resolved copy goes\n',
    })
    remote = checkout.remote
    git(checkout.workspace, 'push', '-q', 'origin', 'HEAD:refs/heads/feature')
    const event = path.join(tempDir('dativo-event-'), 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        pull_request: {
          number: 7,
          base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/etl' } },
          head: { sha: checkout.push.GITHUB_SHA, ref: 'feature', repo: { full_name: 'acme/etl' } },
        },
      }),
    )
    run = await runActionAsync(
      checkout.workspace,
      {
        ...applyInputs('jobs/*/job.yaml', {
          'INPUT_OUTPUT-DIR': 'resolved',
          'INPUT_COMMIT-BACK': 'auto',
          'INPUT_COMMENT-ON-PR': 'true',
          'INPUT_GITHUB-TOKEN': 'ghs_test_token',
        }),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/etl',
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '99',
        GITHUB_WORKFLOW: 'Dativo jobs',
        GITHUB_JOB: 'apply',
      },
      terraformEnv(tempDir('dativo-tfrc-')),
    )
  }, 300_000)
  afterAll(async () => {
    await github.close()
  })

  it('fails at the bad config, commits the other to the branch and comments on the pull request', () => {
    expect(run.status).toBe(1)
    expect(onRemote(remote, 'feature:resolved/jobs/a/job.yaml')).toContain(
      '    cluster_name: "job-a-dev-cluster"\n',
    )
    const [comment] = github.comments.get(7) ?? []
    expect(comment, run.stdout).toBeDefined()
    expect(comment!.body).toContain(
      'The resolved config was not written to resolved/jobs/b/job.yaml: resolved/jobs/b is a file, not a folder.',
    )
    expect(comment!.body).toContain(
      '**Values not written into the config**\n\n| Placeholder | Value |\n| --- | --- |\n| <code>cluster_name</code> | <code>job-b-dev-cluster</code> |',
    )
  })
})
