// Removed jobs on the local sandbox, through the committed dist/index.js with real git, real
// Terraform and state that outlives each run (a local backend per job): a pull request that
// deletes a config, or removes its infrastructure section, shows their destroy plans; the apply
// of its merge lists their runtimes as left running, with their tags, until destroy-removed
// destroys them; a renamed job is a destroy of the old runtime and a create of the new one.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { Repository, sandboxJob } from '../helpers/repository.js'
import { terraformEnv } from '../helpers/terraform.js'
import { foldsOf, renderGfm, tablesOf, textOf } from '../helpers/gfm.js'

const TAGS = (job: string) =>
  `cost_center=data-platform, dativo_runtime=local, environment=dev, job_name=${job}, managed_by=terraform, pipeline_type=ingestion, team=data-engineering`

describe('removed jobs on the local sandbox', () => {
  let base: string
  let repo: Repository
  let github: FakeGitHub
  let env: NodeJS.ProcessEnv
  let state: (job: string) => string[]
  let start: string

  const run = (name: string, commit: string, vars: Record<string, string>, branch = 'main') =>
    runActionAsync(
      repo.checkout(name, commit, branch),
      {
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW: 'Dativo jobs',
        GITHUB_JOB: 'terraform',
        GITHUB_RUN_ID: '5',
        'INPUT_GITHUB-TOKEN': 'ghs_test_token',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_BACKEND-CONFIG': `local:\n  path: ${base}/state/{job_name}.tfstate`,
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_COMMIT-BACK': 'false',
        ...vars,
      },
      env,
    )
  const applyPush = (
    name: string,
    before: string,
    after: string,
    vars: Record<string, string> = {},
  ) => {
    github.comparisons.set(`${before}...${after}`, repo.changedFiles(before, after))
    return run(name, after, { ...repo.pushEvent(before, after), INPUT_MODE: 'apply', ...vars })
  }
  /** A pull request from a branch off main, planned. */
  async function pullRequest(number: number, files: Record<string, string | null>) {
    const from = repo.head('main')
    repo.branch(`pr-${number}`, from)
    const head = repo.commit(`pr-${number}`, files)
    github.pullRequestFiles.set(number, repo.changedFiles(from, head))
    const plan = await run(
      `pr-${number}-plan`,
      head,
      { ...repo.pullRequestEvent(number, from, head, `pr-${number}`), INPUT_MODE: 'plan' },
      `pr-${number}`,
    )
    return { from, head, plan }
  }

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'dativo-removed-'))
    github = await FakeGitHub.start()
    env = terraformEnv(path.join(base, 'tf'))
    state = (job) => {
      const file = path.join(base, 'state', `${job}.tfstate`)
      if (!existsSync(file)) return []
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
        resources: Array<{ type: string; name: string }>
      }
      return parsed.resources.map((r) => `${r.type}.${r.name}`)
    }
    repo = new Repository(base)
    start = repo.head('main')
  }, 60_000)
  afterAll(async () => {
    await github.close()
    rmSync(base, { recursive: true, force: true })
  })

  describe('a deleted config and a config without infrastructure', () => {
    let applied: string
    let pr: { from: string; head: string; plan: ActionRun }
    let merge: string
    let keep: ActionRun
    let leg: ActionRun
    let destroy: ActionRun
    let before: string[][]

    beforeAll(async () => {
      applied = repo.commit('main', {
        'jobs/gone.yaml': sandboxJob('gone'),
        'jobs/bare.yaml': sandboxJob('bare'),
        'jobs/stay.yaml': sandboxJob('stay'),
      })
      const first = await applyPush('apply-1', start, applied)
      expect(first.status, first.stdout).toBe(0)
      before = ['gone', 'bare', 'stay'].map(state)
      pr = await pullRequest(9, {
        'jobs/gone.yaml': null,
        'jobs/bare.yaml': 'tenant_id: acme\nenvironment: dev\n# Runs elsewhere now.\n',
      })
      merge = repo.merge('pr-9')
      keep = await applyPush('merge-9', applied, merge)
      // A matrix leg for the deleted config: it names the file the push deleted.
      leg = await applyPush('merge-9-leg', applied, merge, {
        INPUT_CONFIGS: 'jobs/gone.yaml',
        'INPUT_CHANGED-ONLY': 'false',
      })
      // The merge of #9, applied with its destroy plans reviewed.
      github.commitPulls.set(merge, [
        {
          number: 9,
          state: 'closed',
          merged_at: '2025-05-02T08:00:00Z',
          merge_commit_sha: merge,
          base: { ref: 'main' },
          head: { ref: 'pr-9', sha: pr.head },
        },
      ])
      destroy = await applyPush('merge-9-destroy', applied, merge, {
        'INPUT_DESTROY-REMOVED': 'true',
        'INPUT_REQUIRE-REVIEWED-PLAN': 'true',
      })
    }, 240_000)

    it('starts with a runtime for each job', () => {
      expect(before).toEqual([
        ['terraform_data.runtime'],
        ['terraform_data.runtime'],
        ['terraform_data.runtime'],
      ])
    })

    it('shows the destroy plan of each in the pull request, with the tags of what would go', () => {
      const { plan } = pr
      expect(plan.status, plan.stdout).toBe(0)
      expect(plan.stdout).toContain(
        'Removed by this change: bare (jobs/bare.yaml, infrastructure section removed), gone (jobs/gone.yaml, config deleted)',
      )
      expect(plan.stdout).toMatch(/^\[1\/2\] bare: destroy plan \+0 ~0 -1 \(\d+ s\)$/m)
      expect(plan.stdout).toMatch(/^\[2\/2\] gone: destroy plan \+0 ~0 -1 \(\d+ s\)$/m)
      const [comment] = github.comments.get(9)!
      const html = renderGfm(comment!.body!)
      // Destroys first, loudly, each with the resources it removes and the tags of what goes.
      expect(tablesOf(html)[0]!.rows).toEqual([
        ['🔥 destroys', 'bare', '+0 ~0 -1', 'infrastructure section removed'],
        ['🔥 destroys', 'gone', '+0 ~0 -1', 'config deleted'],
        ['⏭️ skipped', 'jobs/bare.yaml', '—', '—'],
      ])
      const text = textOf(html)
      expect(text).toContain(
        '🔥 gone jobs/gone.yaml · local / local · config deleted; destroy plan · plan +0 ~0 -1 🔥 Destroys 1 resource: module.dativo_runtime.terraform_data.runtime',
      )
      expect(text).toContain(
        '🔥 bare jobs/bare.yaml · local / local · infrastructure section removed; destroy plan · plan +0 ~0 -1 🔥 Destroys 1 resource:',
      )
      expect(
        foldsOf(html)
          .flatMap((fold) => tablesOf(fold.body))
          .flatMap((t) => t.rows),
      ).toContainEqual(['cost_center', 'data-platform'])
      expect(comment!.body).toContain('Plan: 0 to add, 0 to change, 1 to destroy.')
      expect(plan.summary).toContain('config deleted; destroy plan')
      expect(JSON.parse(plan.outputs.matrix!)).toEqual({
        include: [
          { config: 'jobs/bare.yaml', job_name: 'bare', provider: 'local', removed: true },
          { config: 'jobs/gone.yaml', job_name: 'gone', provider: 'local', removed: true },
        ],
      })
    })

    it('by default leaves them running on merge, with a warning and a summary row each', () => {
      expect(keep.status, keep.stdout).toBe(0)
      const warnings = keep.annotations.filter(
        (a) => a.properties.title === 'dativo: runtime of a removed job',
      )
      expect(warnings.map((a) => [a.level, a.properties.file, a.message])).toEqual([
        [
          'warning',
          'jobs/bare.yaml',
          `The local / local runtime of job bare (infrastructure section removed) is left running (destroy-removed is off) and keeps costing: set destroy-removed: true to destroy it on the next apply, or destroy it by hand. Its tags: ${TAGS('bare')}`,
        ],
        [
          'warning',
          'jobs/gone.yaml',
          `The local / local runtime of job gone (config deleted) is left running (destroy-removed is off) and keeps costing: set destroy-removed: true to destroy it on the next apply, or destroy it by hand. Its tags: ${TAGS('gone')}`,
        ],
      ])
      expect(keep.summary).toContain('### Runtimes left running')
      expect(keep.summary).toContain(
        '| <code>jobs/gone.yaml</code> | gone | config deleted | local / local |',
      )
    })

    it('runs a matrix leg named after a deleted config: not refused, its runtime listed', () => {
      expect(leg.status, leg.stdout).toBe(0)
      expect(leg.annotations.filter((a) => a.level === 'error')).toEqual([])
      expect(leg.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toContain(
        "'jobs/gone.yaml' was deleted by this change: the runtime of its job is handled as a removed job",
      )
      const warnings = leg.annotations.filter(
        (a) => a.properties.title === 'dativo: runtime of a removed job',
      )
      expect(warnings.map((a) => a.properties.file)).toEqual(['jobs/gone.yaml'])
      expect(JSON.parse(leg.outputs.configs!)).toEqual([])
    })

    it('destroys them on merge with destroy-removed, leaving their state empty', () => {
      expect(destroy.status, destroy.stdout).toBe(0)
      expect(destroy.stdout).toMatch(/^\[2\/2\] gone: destroy \+0 ~0 -1 \(\d+ s\)$/m)
      expect(destroy.annotations.filter((a) => a.level === 'warning')).toEqual([])
      expect(state('gone')).toEqual([])
      expect(state('bare')).toEqual([])
      expect(state('stay')).toEqual(['terraform_data.runtime'])
      expect(destroy.summary).not.toContain('Runtimes left running')
      expect(destroy.summary).toContain('config deleted; destroyed')
      // Each destroy was the one the pull request's comment recorded.
      expect(destroy.stdout).toContain('2 reviewed plans recorded in pull request #9')
      expect(destroy.stdout.match(/The plan is the one reviewed in pull request #9/g)).toHaveLength(
        2,
      )
    })
  })

  describe('a renamed job', () => {
    let applied: string
    let pr: { from: string; head: string; plan: ActionRun }
    let merge: ActionRun

    beforeAll(async () => {
      const from = repo.head('main')
      applied = repo.commit('main', { 'jobs/orders.yaml': sandboxJob('old-orders') })
      expect((await applyPush('apply-orders', from, applied)).status).toBe(0)
      pr = await pullRequest(10, {
        'jobs/orders.yaml': sandboxJob('new-orders'),
      })
      const merged = repo.merge('pr-10')
      merge = await applyPush('merge-10', applied, merged, { 'INPUT_DESTROY-REMOVED': 'true' })
    }, 240_000)

    it('plans the destroy of the old runtime and the create of the new one', () => {
      const { plan } = pr
      expect(plan.status, plan.stdout).toBe(0)
      expect(plan.stdout).toMatch(/^\[1\/2\] old-orders: destroy plan \+0 ~0 -1 \(\d+ s\)$/m)
      expect(plan.stdout).toMatch(/^\[2\/2\] new-orders: plan \+1 ~0 -0 \(\d+ s\)$/m)
      const html = renderGfm(github.comments.get(10)![0]!.body!)
      expect(tablesOf(html)[0]!.rows).toEqual([
        [
          '🔥 destroys',
          'old-orders',
          '+0 ~0 -1',
          'renamed to new-orders (jobs/orders.yaml): this runtime goes, the new one is cre…',
        ],
        ['✏️ changes', 'new-orders', '+1 ~0 -0', '1 tag changed, 1 value to write'],
      ])
      expect(textOf(html)).toContain(
        '🔥 old-orders jobs/orders.yaml · local / local · renamed to new-orders (jobs/orders.yaml): this runtime goes, the new one is created; destroy plan · plan +0 ~0 -1',
      )
      expect(textOf(html)).toContain(
        '✏️ new-orders jobs/orders.yaml · local / local · valid · plan +1 ~0 -0',
      )
    })

    it('destroys the old runtime and creates the new one on merge', () => {
      expect(merge.status, merge.stdout).toBe(0)
      expect(merge.stdout).toMatch(/^\[1\/2\] old-orders: destroy \+0 ~0 -1 \(\d+ s\)$/m)
      expect(merge.stdout).toMatch(/^\[2\/2\] new-orders: apply \+1 ~0 -0 \(\d+ s\)$/m)
      expect(state('old-orders')).toEqual([])
      expect(state('new-orders')).toEqual(['terraform_data.runtime'])
      const results = JSON.parse(merge.outputs.results!) as Array<{
        config: string
        resolved: boolean
        outputs: Record<string, string>
      }>
      expect(results.map((r) => [r.config, r.resolved, r.outputs.cluster_name])).toEqual([
        ['jobs/orders.yaml', true, 'new-orders-dev-cluster'],
      ])
    })
  })
})
