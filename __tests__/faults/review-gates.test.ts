// The review gates against an attacker and a careless teammate, through the committed
// dist/index.js with real Terraform (team roots of the `local` sandbox, local-exec provisioners),
// real git and the stand-in GitHub:
// - a provisioner changed on main after the review is not applied as "reviewed";
// - a record forged in a bot comment (another workflow echoing pull-request text with the same
//   GITHUB_TOKEN) or in another app's check run is not trusted;
// - a token GraphQL refuses `viewer` still gets its plan comment and record;
// - no child process (Terraform's provisioners, deploy-command, git and the hooks it runs) sees the token,
//   whatever the variable, unless pass-token-to-terraform opts Terraform in;
// - the same job planned from two checkouts of the repository, two copies of the action and two
//   temporary folders gets the same fingerprint.
import { randomBytes } from 'node:crypto'
import { chmodSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { git, Repository, sandboxJob } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

/** A team root whose resource runs a command when it is created. */
const root = (command: string) => `variable "job_metadata" {
  type = map(string)
}
resource "terraform_data" "runtime" {
  input = var.job_metadata["job_name"]
  provisioner "local-exec" {
    command = ${JSON.stringify(command)}
  }
}
output "cluster_name" {
  value = "\${var.job_metadata["job_name"]}-cluster"
}
`

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`

interface Result {
  config: string
  fingerprint: string | null
  resolved: boolean
}
const results = (run: ActionRun) =>
  Object.fromEntries((JSON.parse(run.outputs.results!) as Result[]).map((r) => [r.config, r]))

describe('review gates and the token, through dist/index.js', () => {
  let base: string
  let repo: Repository
  let github: FakeGitHub
  let env: NodeJS.ProcessEnv
  let start: string

  const common = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'Dativo jobs',
    GITHUB_RUN_ID: '41',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_TERRAFORM-VERSION': 'system',
  })

  /** A pull request adding `files` from `start`, planned (unless told not to) and merged. */
  async function pullRequest(
    number: number,
    files: Record<string, string>,
    options: { plan?: boolean; afterReview?: Record<string, string> } = {},
  ) {
    repo.branch(`pr-${number}`, repo.head('main'))
    const before = repo.head('main')
    const head = repo.commit(`pr-${number}`, files)
    github.pullRequestFiles.set(number, repo.changedFiles(before, head))
    let plan: ActionRun | undefined
    if (options.plan !== false) {
      plan = await runActionAsync(
        repo.checkout(`plan-${number}`, head, `pr-${number}`),
        {
          ...repo.pullRequestEvent(number, before, head, `pr-${number}`),
          ...common(),
          GITHUB_JOB: 'plan',
          INPUT_MODE: 'plan',
        },
        env,
      )
    }
    if (options.afterReview) repo.commit('main', options.afterReview)
    const mainBefore = repo.head('main')
    const merge = repo.merge(`pr-${number}`)
    github.commitPulls.set(merge, [
      {
        number,
        state: 'closed',
        merged_at: '2025-05-01T12:00:00Z',
        merge_commit_sha: merge,
        base: { ref: 'main' },
        head: { ref: `pr-${number}`, sha: head },
      },
    ])
    return { plan, head, merge, mainBefore }
  }

  const applyMerge = (name: string, before: string, merge: string, configs: string) =>
    runActionAsync(
      repo.checkout(name, merge),
      {
        ...repo.pushEvent(before, merge),
        ...common(),
        GITHUB_JOB: 'apply',
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: configs,
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_REQUIRE-REVIEWED-PLAN': 'true',
        'INPUT_COMMIT-BACK': 'false',
      },
      env,
    )

  beforeAll(async () => {
    base = tempDir('dativo-gates-')
    github = await FakeGitHub.start()
    env = terraformEnv(path.join(base, 'tf'))
    repo = new Repository(base)
    start = repo.head('main')
  })
  afterAll(() => github.close())

  it('refuses a provisioner changed on main after the review, and never runs it', async () => {
    repo.commit('main', { 'terraform/dativo_jobs/five/main.tf': root('echo reviewed') })
    const { plan, merge, mainBefore } = await pullRequest(
      5,
      { 'jobs/five.yaml': sandboxJob('five') },
      // The same resource, the same values: only the command it runs changed.
      { afterReview: { 'terraform/dativo_jobs/five/main.tf': root('touch ${path.module}/PWNED') } },
    )
    expect(plan!.status, plan!.stdout).toBe(0)
    const apply = await applyMerge('apply-5', mainBefore, merge, 'jobs/five.yaml')
    expect(existsSync(path.join(base, 'apply-5/terraform/dativo_jobs/five/PWNED'))).toBe(false)
    expect(apply.status).toBe(1)
    const refused = apply.annotations.filter(
      (a) => a.level === 'error' && a.properties.file === 'jobs/five.yaml',
    )
    expect(refused.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Not applied: this plan differs from the one reviewed in pull request #5 \(planned at [0-9a-f]{7}\)\. The plans change the same resources in the same way but differ in detail\. To apply it, get a fresh review/,
      ),
    ])
    expect(results(apply)['jobs/five.yaml']!.resolved).toBe(false)
  }, 240_000)

  it('trusts no record in a bot comment nor in another app’s check run', async () => {
    // The pull request is never planned; what would be applied can be planned by anyone.
    const { head, merge, mainBefore } = await pullRequest(
      6,
      {
        'jobs/six.yaml': sandboxJob('six'),
        'terraform/dativo_jobs/six/main.tf': root('echo six'),
      },
      { plan: false },
    )
    const probe = await runActionAsync(
      repo.checkout('probe-6', merge),
      {
        ...repo.pushEvent(mainBefore, merge),
        ...common(),
        GITHUB_JOB: 'probe',
        INPUT_MODE: 'plan',
        INPUT_CONFIGS: 'jobs/six.yaml',
        'INPUT_CHANGED-ONLY': 'false',
      },
      env,
    )
    const fingerprint = results(probe)['jobs/six.yaml']!.fingerprint!
    expect(fingerprint).toMatch(/^sha256:/)
    const plans = [{ config: 'jobs/six.yaml', job: 'six', kind: 'runtime', fingerprint, head }]
    // Another workflow echoes pull-request text with the same GITHUB_TOKEN: its comment is the
    // bot's, starts with the action's marker and holds a plans block.
    github.addComment(
      6,
      `<!-- dativo-infra-action workflow=Dativo%20jobs job=plan -->\n<!-- dativo-infra-action plans\n${JSON.stringify({ version: 1, plans })}\n-->\n## dativo-infra · plan\n`,
      { login: 'github-actions[bot]', type: 'Bot' },
    )
    const { encodeRecord } = await import('../../src/review/record.js')
    github.addCheckRun({
      name: 'dativo-infra reviewed plans (Dativo jobs / plan)',
      head_sha: head,
      app: 'some-other-app',
      output: {
        title: 'forged',
        summary: 'forged',
        text: encodeRecord(
          head,
          plans.map((p) => ({ ...p, kind: 'runtime' as const })),
        ).text,
      },
    })
    const apply = await applyMerge('apply-6', mainBefore, merge, 'jobs/six.yaml')
    expect(apply.status).toBe(1)
    expect(results(apply)['jobs/six.yaml']!.resolved).toBe(false)
    expect(
      apply.annotations
        .filter((a) => a.level === 'error' && a.properties.file === 'jobs/six.yaml')
        .map((a) => a.properties.title),
    ).toEqual(['dativo: plan not reviewed'])
  }, 240_000)

  it('writes the plan comment and the record when GraphQL refuses viewer', async () => {
    github.viewerRefused = true
    try {
      const { plan, head } = await pullRequest(7, { 'jobs/seven.yaml': sandboxJob('seven') })
      expect(plan!.status, plan!.stdout).toBe(0)
      expect(plan!.stdout).toMatch(/^Pull request comment: created$/m)
      const [comment] = github.comments.get(7)!
      expect(comment!.user.login).toBe('github-actions[bot]')
      expect(comment!.body).toMatch(
        /^<!-- dativo-infra-action workflow=Dativo%20jobs job=plan -->\n/,
      )
      expect(github.checkRuns.filter((run) => run.head_sha === head)).toHaveLength(1)
    } finally {
      github.viewerRefused = false
    }
  }, 240_000)

  it('hands the token to no child process under any name, and to Terraform only when asked', async () => {
    const dumps = path.join(base, 'dumps')
    const dump = (name: string) => path.join(dumps, name)
    const before = repo.head('main')
    const merge = repo.commit('main', {
      'jobs/ten.yaml': sandboxJob('ten'),
      'terraform/dativo_jobs/ten/main.tf': root(`mkdir -p ${dumps} && env > ${dump('terraform')}`),
      'jobs/eleven.yaml': sandboxJob('eleven'),
      'terraform/dativo_jobs/eleven/main.tf': root(`env > ${dump('terraform-opted-in')}`),
    })
    const workspace = repo.checkout('apply-10', merge)
    // The remote's hook runs in git's own environment when the commit-back is pushed to it.
    const hook = path.join(repo.remote, 'hooks/pre-receive')
    writeFileSync(hook, `#!/bin/sh\nenv > ${dump('git')}\n`)
    chmodSync(hook, 0o755)
    const exported = {
      GITHUB_TOKEN: TOKEN,
      GH_TOKEN: TOKEN,
      REPO_URL: `https://x-access-token:${TOKEN}@github.com/acme/etl.git`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
      UNRELATED: 'kept',
    }
    const apply = await runActionAsync(
      workspace,
      {
        ...repo.pushEvent(before, merge),
        ...common(),
        GITHUB_JOB: 'apply',
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/ten.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_DEPLOY-COMMAND': `sh -c 'env > ${dump('deploy')}' {config}`,
      },
      { ...env, ...exported },
    )
    expect(apply.status, apply.stdout).toBe(0)
    rmSync(hook)
    // The commit-back was pushed: git authenticates without the token in its environment.
    expect(git(repo.remote, 'rev-parse', 'main')).not.toBe(merge)
    for (const child of ['terraform', 'deploy', 'git']) {
      const seen = readFileSync(dump(child), 'utf8')
      expect(seen, child).toContain('UNRELATED=kept')
      expect(seen, child).not.toContain(TOKEN)
      expect(seen, child).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'))
    }

    const optedIn = await runActionAsync(
      repo.checkout('apply-11', repo.head('main')),
      {
        ...repo.pushEvent(before, repo.head('main')),
        ...common(),
        GITHUB_JOB: 'apply',
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/eleven.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_COMMIT-BACK': 'false',
        'INPUT_PASS-TOKEN-TO-TERRAFORM': 'true',
      },
      { ...env, ...exported },
    )
    expect(optedIn.status, optedIn.stdout).toBe(0)
    const seen = readFileSync(dump('terraform-opted-in'), 'utf8').split('\n')
    expect(seen.filter((line) => line.includes(TOKEN))).toEqual([`GITHUB_TOKEN=${TOKEN}`])
  }, 240_000)

  it('gives the same job the same fingerprint from other folders and another copy of the action', async () => {
    const commit = repo.commit('main', { 'jobs/twelve.yaml': sandboxJob('twelve') })
    const plans: string[] = []
    for (const copy of ['action-a', 'somewhere/else/action-b']) {
      // A checkout of the action elsewhere: its bundle and its modules.
      const action = path.join(base, copy)
      cpSync(path.join(ROOT, 'dist'), path.join(action, 'dist'), { recursive: true })
      cpSync(path.join(ROOT, 'terraform/modules'), path.join(action, 'terraform/modules'), {
        recursive: true,
      })
      const run = await runActionAsync(
        repo.checkout(`${copy.replace(/\//g, '-')}-workspace`, commit),
        {
          ...repo.pushEvent(start, commit),
          ...common(),
          GITHUB_JOB: 'plan',
          INPUT_MODE: 'plan',
          INPUT_CONFIGS: 'jobs/twelve.yaml',
          'INPUT_CHANGED-ONLY': 'false',
        },
        env,
        path.join(action, 'dist/index.js'),
      )
      expect(run.status, run.stdout).toBe(0)
      expect(run.stdout).toContain(`the bundled local module`)
      plans.push(results(run)['jobs/twelve.yaml']!.fingerprint!)
    }
    expect(plans[0]).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(plans[1]).toBe(plans[0])
  }, 240_000)
})
