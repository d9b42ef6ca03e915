// Keeping one issue per drifted job against the stand-in GitHub, without Terraform: what a run
// found is given as data. The nasty cases: GitHub answering 502 after it made the issue, a token
// that may open issues but whose labels GitHub drops, a token without issues: write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { JobDrift } from '../../src/drift/analyse.js'
import { syncDriftIssues } from '../../src/drift/issues.js'
import { GitHubClient } from '../../src/github/client.js'
import { newConfigRun } from '../../src/run.js'
import type { ConfigRun, RunReport } from '../../src/run.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { pushContext, RecordingReporter } from '../publish/helpers.js'

const DRIFTED: JobDrift = {
  state: 'drifted',
  resources: [
    {
      address: 'module.dativo_runtime.aws_ecs_cluster.this',
      deleted: false,
      attributes: [{ path: ['tags', 'Team'], before: '"data"', after: '(none)' }],
    },
  ],
  tagsOnly: true,
  otherChanges: [],
}
const IN_SYNC: JobDrift = { state: 'in-sync', resources: [], tagsOnly: false, otherChanges: [] }

function job(name: string, drift: JobDrift, healed = false): ConfigRun {
  return {
    ...newConfigRun(`jobs/${name}.yaml`),
    jobName: name,
    provider: 'aws',
    runtimeType: 'aws_fargate',
    plan: { add: 0, change: 1, destroy: 0 },
    planText: '\nTerraform will perform the following actions:\n',
    drift: { ...drift, healed },
  }
}

const report = (configs: ConfigRun[]): RunReport => ({
  mode: 'drift',
  configs,
  discovery: 'all configs',
  hasChanges: true,
  failures: [],
  secrets: [],
})

let github: FakeGitHub
let reporter: RecordingReporter
const sync = (configs: ConfigRun[]) =>
  syncDriftIssues(
    report(configs),
    pushContext('main', github.url),
    new GitHubClient({ baseUrl: github.url, token: 'ghs_x', log: reporter, second: 1 }),
    reporter,
  )

beforeEach(async () => {
  github = await FakeGitHub.start()
  reporter = new RecordingReporter()
})
afterEach(() => github.close())

describe('drift issues', () => {
  it('opens an issue once when GitHub answers 502 after making it', async () => {
    github.failures.push({ status: 502, method: 'POST', path: /\/issues$/, after: true })
    const run = job('orders', DRIFTED)
    expect(await sync([run])).toBeUndefined()
    expect(github.issues.size).toBe(1)
    expect(run.drift!.issue).toMatchObject({
      action: 'opened',
      number: [...github.issues.keys()][0],
    })
  })

  it('opens no second issue when GitHub dropped the first one’s labels, and says why', async () => {
    github.labelsDropped = true
    const runs = [job('orders', DRIFTED), job('payments', DRIFTED)]
    expect(await sync(runs)).toBeUndefined()
    expect([...github.issues.values()].map((issue) => [issue.title, issue.labels])).toEqual([
      ['Drift: orders (jobs/orders.yaml)', []],
    ])
    expect(runs[1]!.drift!.issue).toBeUndefined()
    expect(reporter.warnings).toEqual([
      expect.stringMatching(
        /^Drift issue #\d+ was opened without the dativo-drift label, by which the action finds its issues again .*No further issue is opened in this run, to open none twice/,
      ),
    ])
  })

  it('says what permission is missing when GitHub refuses, and touches nothing', async () => {
    github.issuesReadOnly = true
    const problem = await sync([job('orders', DRIFTED)])
    expect(problem).toMatch(
      /^GitHub API POST \/repos\/acme\/etl\/labels answered 403: Resource not accessible by integration\. Give the job `permissions: issues: write`/,
    )
    expect(reporter.warnings).toEqual([])
    expect(github.issues.size).toBe(0)
  })

  it('opens and closes at once the issue of drift it healed; closes an open one when it is gone', async () => {
    const healed = job('orders', DRIFTED, true)
    const gone = job('payments', IN_SYNC)
    github.addIssue({
      title: 'Drift: payments (jobs/payments.yaml)',
      body: '<!-- dativo-infra-action drift job=payments -->\nold',
      labels: ['dativo-drift'],
    })
    expect(await sync([healed, gone])).toBeUndefined()
    const [payments, orders] = [...github.issues.values()]
    expect(orders).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(orders!.body).toContain('only tags drifted, so it applied the plan that restores them')
    expect(payments).toMatchObject({ state: 'closed' })
    expect(healed.drift!.issue!.action).toBe('closed')
    expect(gone.drift!.issue!.action).toBe('closed')
    // Drift found healed again later: the closed issue is brought up to date, not reopened.
    expect(await sync([job('orders', DRIFTED, true)])).toBeUndefined()
    expect(github.issues.get(orders!.number)).toMatchObject({ state: 'closed' })
    expect(github.comments.get(orders!.number)).toHaveLength(2)
  })
})
