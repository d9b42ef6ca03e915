// Apply only what was reviewed, through the committed dist/index.js against the stand-in GitHub:
// a pull request's plan records each job's fingerprint in its comment; the apply of the merge,
// with require-reviewed-plan, applies the job whose fresh plan matches and refuses one whose root
// changed on main after the review, and one the pull request never planned, saying what differs.
import { readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { Repository, sandboxJob } from '../helpers/repository.js'
import { decodeRecord, encodeRecord } from '../../src/review/record.js'
import { terraformEnv } from '../helpers/terraform.js'

const betaRoot = (size: string) => `variable "job_metadata" {
  type = map(string)
}
variable "size" {
  type    = string
  default = "${size}"
}
resource "terraform_data" "runtime" {
  input = { job = var.job_metadata["job_name"], size = var.size }
}
output "cluster_name" {
  value = "\${var.job_metadata["job_name"]}-\${var.size}"
}
`

interface Result {
  config: string
  plan: { add: number; change: number; destroy: number } | null
  resolved: boolean
  fingerprint: string | null
}

const results = (run: ActionRun) =>
  Object.fromEntries((JSON.parse(run.outputs.results!) as Result[]).map((r) => [r.config, r]))

const FRESH_REVIEW =
  'To apply it, get a fresh review: open a pull request that changes this job (its plan run records the new plan), have it reviewed and merge it.'

describe('require-reviewed-plan on the merge of a pull request', () => {
  let base: string
  let repo: Repository
  let github: FakeGitHub
  let env: NodeJS.ProcessEnv
  let prHead: string
  let plan: ActionRun
  let planAgain: ActionRun
  let apply: ActionRun
  let mergeCommit: string
  let mainBefore: string

  const common = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'Dativo jobs',
    GITHUB_RUN_ID: '41',
    'INPUT_GITHUB-TOKEN': 'ghs_test_token',
    'INPUT_TERRAFORM-VERSION': 'system',
    INPUT_CONFIGS: 'jobs/*.yaml',
  })

  async function applyMerge(name: string): Promise<ActionRun> {
    const workspace = repo.checkout(name, mergeCommit)
    return runActionAsync(
      workspace,
      {
        ...repo.pushEvent(mainBefore, mergeCommit),
        ...common(),
        GITHUB_JOB: 'apply',
        INPUT_MODE: 'apply',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_REQUIRE-REVIEWED-PLAN': 'true',
        'INPUT_COMMIT-BACK': 'false',
      },
      env,
    )
  }

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-reviewed-'))
    github = await FakeGitHub.start()
    env = terraformEnv(path.join(base, 'tf'))
    repo = new Repository(base)
    const start = repo.commit('main', { 'terraform/dativo_jobs/beta/main.tf': betaRoot('small') })

    // The pull request adds two jobs; its plan is reviewed.
    repo.branch('feature', start)
    prHead = repo.commit('feature', {
      'jobs/alpha.yaml': sandboxJob('alpha'),
      'jobs/beta.yaml': sandboxJob('beta'),
    })
    github.pullRequestFiles.set(7, repo.changedFiles(start, prHead))
    const planRun = (name: string) =>
      runActionAsync(
        repo.checkout(name, prHead, 'feature'),
        {
          ...repo.pullRequestEvent(7, start, prHead, 'feature'),
          ...common(),
          GITHUB_JOB: 'plan',
          INPUT_MODE: 'plan',
        },
        env,
      )
    plan = await planRun('pr-plan')
    planAgain = await planRun('pr-plan-again')

    // After the review, main changes beta's root and adds a job of its own; then the merge.
    mainBefore = repo.commit('main', {
      'terraform/dativo_jobs/beta/main.tf': betaRoot('large'),
      'jobs/gamma.yaml': sandboxJob('gamma'),
    })
    mergeCommit = repo.merge('feature')
    github.commitPulls.set(mergeCommit, [
      {
        number: 7,
        state: 'closed',
        merged_at: '2025-05-01T12:00:00Z',
        merge_commit_sha: mergeCommit,
        base: { ref: 'main' },
        head: { ref: 'feature', sha: prHead },
      },
    ])
    apply = await applyMerge('merge-apply')
  }, 240_000)
  afterAll(async () => {
    await github.close()
    rmSync(base, { recursive: true, force: true })
  })

  it('records each job’s fingerprint in results and in a check run on the pull request’s head', () => {
    expect(plan.status, plan.stdout).toBe(0)
    const planned = results(plan)
    for (const config of ['jobs/alpha.yaml', 'jobs/beta.yaml']) {
      expect(planned[config]!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    }
    const [run] = github.checkRuns
    expect(run).toMatchObject({
      name: 'dativo-infra reviewed plans (Dativo jobs / plan)',
      head_sha: prHead,
      app: 'github-actions',
      status: 'completed',
      conclusion: 'success',
    })
    expect(run!.output.title).toBe('2 plans recorded for review')
    const recorded = decodeRecord(run!.output.text!)!
    expect(recorded.omitted).toBe(0)
    expect(
      recorded.plans.map(({ config, job, kind, fingerprint, head }) => ({
        config,
        job,
        kind,
        fingerprint,
        head,
      })),
    ).toEqual([
      {
        config: 'jobs/alpha.yaml',
        job: 'alpha',
        kind: 'runtime',
        fingerprint: planned['jobs/alpha.yaml']!.fingerprint,
        head: prHead,
      },
      {
        config: 'jobs/beta.yaml',
        job: 'beta',
        kind: 'runtime',
        fingerprint: planned['jobs/beta.yaml']!.fingerprint,
        head: prHead,
      },
    ])
    // The comment carries no record: anyone who can edit a comment could change one.
    expect(github.comments.get(7)![0]!.body).not.toMatch(/sha256:/)
    expect(plan.stdout).toContain('Reviewed plans recorded: 2 plans')
  })

  it('gives two plans of the same state and inputs the same fingerprint', () => {
    expect(planAgain.status).toBe(0)
    for (const config of ['jobs/alpha.yaml', 'jobs/beta.yaml']) {
      expect(results(planAgain)[config]!.fingerprint).toBe(results(plan)[config]!.fingerprint)
    }
    expect(planAgain.stdout).toContain('Pull request comment: unchanged')
    expect(github.comments.get(7)).toHaveLength(1)
    expect(github.checkRuns.map((run) => run.head_sha)).toEqual([prHead, prHead])
  })

  it('applies the job whose fresh plan is the reviewed one', () => {
    const alpha = results(apply)['jobs/alpha.yaml']!
    expect(alpha.fingerprint).toBe(results(plan)['jobs/alpha.yaml']!.fingerprint)
    expect(alpha).toMatchObject({ resolved: true, plan: { add: 1, change: 0, destroy: 0 } })
    expect(apply.stdout).toContain(
      `The plan is the one reviewed in pull request #7 (planned at ${prHead.slice(0, 7)}) (${alpha.fingerprint!.slice(0, 19)}…)`,
    )
    expect(apply.stdout).toContain('2 reviewed plans recorded in pull request #7')
  })

  it('refuses the job whose root changed after the review, naming what differs', () => {
    expect(apply.status).toBe(1)
    const refused = apply.annotations.filter(
      (a) => a.properties.title === 'dativo: plan not reviewed',
    )
    expect(refused.map((a) => [a.properties.file, a.message])).toEqual([
      [
        'jobs/beta.yaml',
        `Not applied: this plan differs from the one reviewed in pull request #7 (planned at ${prHead.slice(0, 7)}). Compared with the reviewed plan, planned differently: output.cluster_name (create, with other values), terraform_data.runtime (create, with other values). ${FRESH_REVIEW}`,
      ],
      [
        'jobs/gamma.yaml',
        `Not applied: this plan was not reviewed: pull request #7 did not plan jobs/gamma.yaml. ${FRESH_REVIEW}`,
      ],
    ])
    const beta = results(apply)['jobs/beta.yaml']!
    expect(beta.resolved).toBe(false)
    expect(beta.fingerprint).not.toBe(results(plan)['jobs/beta.yaml']!.fingerprint)
    expect(apply.stdout).toMatch(
      /^\[2\/3\] beta: not applied: the plan is not the reviewed one \(\d+ s\)$/m,
    )
    expect(apply.summary).toContain('not applied: the plan is not the reviewed one')
  })

  it('reads the pull request of the merge commit through GitHub’s API', () => {
    const asked = github.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)
    expect(asked).toContain(`GET /repos/acme/etl/commits/${mergeCommit}/pulls`)
  })

  it('ignores records in check runs another app made, and any comment', async () => {
    const fresh = results(apply)['jobs/beta.yaml']!.fingerprint!
    const genuine = github.checkRuns[github.checkRuns.length - 1]!
    const forged = genuine.output.text!
    const record = decodeRecord(forged)!
    const tampered = encodeRecord(
      prHead,
      record.plans.map((p) => ({ ...p, fingerprint: fresh })),
    ).text
    // Another app's check run, newer than the genuine one, with the same name.
    github.addCheckRun({
      name: genuine.name,
      head_sha: prHead,
      app: 'mallory-app',
      output: { title: 'x', summary: 'x', text: tampered },
    })
    const again = await applyMerge('merge-apply-again')
    const refused = again.annotations.filter(
      (a) => a.level === 'error' && a.properties.file === 'jobs/beta.yaml',
    )
    expect(refused.map((a) => a.properties.title)).toEqual(['dativo: plan not reviewed'])
    expect(again.annotations.map((a) => a.message)).toContain(
      "Reviewed plans of #7: ignored 'dativo-infra reviewed plans (Dativo jobs / plan)' was created by the app mallory-app, not by github-actions, whose token this run has",
    )
    expect(readFileSync(path.join(base, 'merge-apply-again/jobs/beta.yaml'), 'utf8')).toBe(
      sandboxJob('beta'),
    )
  }, 120_000)
})
