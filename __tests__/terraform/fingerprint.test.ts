// Plan fingerprints from real `terraform show -json` output: equal for two plans of the same state
// and inputs, different where a change differs, and free of sensitive values; the comment block
// that carries them; and the gate that compares a fresh plan with the reviewed one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewGate } from '../../src/review/gate.js'
import { parsePlanRecords, renderPlanRecords } from '../../src/review/record.js'
import type { RecordedPlan } from '../../src/review/record.js'
import { compareChanges, planFingerprint } from '../../src/terraform/fingerprint.js'
import type { PlanFingerprint } from '../../src/terraform/fingerprint.js'
import type { Job } from '../../src/config/job.js'
import { terraformEnv } from '../helpers/terraform.js'

const ROOT = `variable "size" {
  type    = string
  default = "small"
}
variable "password" {
  type      = string
  default   = "hunter2-secret"
  sensitive = true
}
resource "terraform_data" "runtime" {
  input = { size = var.size, password = var.password }
}
resource "terraform_data" "worker" {
  for_each = toset(["a", "b"])
  input    = each.key
}
output "size" {
  value = var.size
}
output "runtime_id" {
  value = terraform_data.runtime.id
}
`

describe('planFingerprint over real plans', () => {
  let dir: string
  let env: NodeJS.ProcessEnv
  const terraform = (...args: string[]) =>
    execFileSync('terraform', args, {
      cwd: dir,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  const plan = (
    ...vars: string[]
  ): { json: Record<string, unknown>; fingerprint: PlanFingerprint } => {
    terraform('plan', '-input=false', '-out=tfplan', ...vars.map((v) => `-var=${v}`))
    const json = JSON.parse(terraform('show', '-json', 'tfplan')) as Record<string, unknown>
    return { json, fingerprint: planFingerprint(json) }
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dativo-fingerprint-'))
    env = terraformEnv(path.join(dir, '.cli'))
    writeFileSync(path.join(dir, 'main.tf'), ROOT)
    terraform('init', '-input=false')
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is equal for two plans of the same state and inputs, made at different times', async () => {
    const first = plan()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const second = plan()
    expect(first.json.timestamp).not.toBe(second.json.timestamp)
    expect(second.fingerprint).toEqual(first.fingerprint)
    expect(first.fingerprint.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(first.fingerprint.changes.map((c) => [c.address, c.action])).toEqual([
      ['output.runtime_id', 'create'],
      ['output.size', 'create'],
      ['terraform_data.runtime', 'create'],
      ['terraform_data.worker["a"]', 'create'],
      ['terraform_data.worker["b"]', 'create'],
    ])
  })

  it('differs where a change differs, and says which one', () => {
    const small = plan().fingerprint
    const large = plan('size=large').fingerprint
    expect(large.fingerprint).not.toBe(small.fingerprint)
    const { added, removed, changed } = compareChanges(small.changes, large.changes)
    expect([added, removed]).toEqual([[], []])
    expect(changed.map((c) => c.fresh.address)).toEqual(['output.size', 'terraform_data.runtime'])
  })

  it('never holds a sensitive value, so a secret alone does not change it', () => {
    const first = plan()
    const other = plan('password=another-secret')
    expect(JSON.stringify(first.fingerprint)).not.toContain('hunter2')
    expect(other.fingerprint).toEqual(first.fingerprint)
  })

  it('counts nothing for a plan with no changes, and updates after an apply', () => {
    terraform('apply', '-input=false', '-auto-approve')
    const none = plan()
    expect(none.fingerprint.changes).toEqual([])
    expect(none.fingerprint).toEqual(planFingerprint({}))
    const update = plan('size=medium').fingerprint
    expect(update.changes.map((c) => [c.address, c.action])).toEqual([
      ['output.size', 'update'],
      ['terraform_data.runtime', 'update'],
    ])
  }, 60_000)
})

describe('plan records in a comment', () => {
  const record = (over: Partial<RecordedPlan> = {}): RecordedPlan => ({
    config: 'jobs/a.yaml',
    job: 'a',
    kind: 'runtime',
    fingerprint: `sha256:${'a'.repeat(64)}`,
    head: 'c'.repeat(40),
    changes: [
      { address: 'terraform_data.x["--><script>"]', action: 'create', digest: '0123456789ab' },
    ],
    ...over,
  })

  it('round-trips, and no value can close the HTML comment early', () => {
    const block = renderPlanRecords([
      record(),
      record({ config: 'jobs/b.yaml', job: 'b', kind: 'destroy' }),
    ])
    expect(block.split('-->')).toHaveLength(2)
    expect(block).not.toContain('<script>')
    const body = `<!-- marker -->\n${block}\n## dativo-infra · plan\n`
    expect(parsePlanRecords(body)).toEqual([
      record(),
      record({ config: 'jobs/b.yaml', job: 'b', kind: 'destroy' }),
    ])
  })

  it('keeps every fingerprint and leaves out change lists when they would not fit', () => {
    const changes = Array.from({ length: 400 }, (_, i) => ({
      address: `module.dativo_runtime.aws_iam_role_policy.policy_number_${i}`,
      action: 'create',
      digest: '0123456789ab',
    }))
    const many = Array.from({ length: 3 }, (_, i) => record({ config: `jobs/${i}.yaml`, changes }))
    const block = renderPlanRecords(many)
    expect(block.length).toBeLessThanOrEqual(24_000)
    const parsed = parsePlanRecords(block)
    expect(parsed.map((p) => p.config)).toEqual(['jobs/0.yaml', 'jobs/1.yaml', 'jobs/2.yaml'])
    expect(parsed.some((p) => p.changes === undefined)).toBe(true)
  })

  it('reads nothing from a body without a block, or with a broken one', () => {
    expect(parsePlanRecords('just a comment')).toEqual([])
    expect(parsePlanRecords('<!-- dativo-infra-action plans\n{"version":1,\n-->')).toEqual([])
    expect(
      parsePlanRecords('<!-- dativo-infra-action plans\n{"version":2,"plans":[]}\n-->'),
    ).toEqual([])
  })
})

describe('reviewGate', () => {
  const job = { file: 'jobs/a.yaml', jobName: 'a' } as Job
  const fresh: PlanFingerprint = {
    fingerprint: `sha256:${'f'.repeat(64)}`,
    changes: [
      { address: 'aws_ecs_cluster.this', action: 'create', digest: '111111111111' },
      { address: 'aws_iam_role.task', action: 'update', digest: '222222222222' },
    ],
  }
  const reviewed: RecordedPlan = {
    config: 'jobs/a.yaml',
    job: 'a',
    kind: 'runtime',
    fingerprint: `sha256:${'e'.repeat(64)}`,
    head: 'abcdef0123456789abcdef0123456789abcdef01',
    changes: [
      { address: 'aws_iam_role.task', action: 'create', digest: '333333333333' },
      { address: 'aws_s3_bucket.old', action: 'destroy', digest: '444444444444' },
    ],
  }
  const source = 'pull request #7'

  it('applies a plan with nothing to change without any review', () => {
    const gate = reviewGate({ source, records: [], problem: 'no token' })
    expect(gate(job, { fingerprint: 'sha256:x', changes: [] }, false)).toEqual({ apply: true })
  })

  it('names what was added, dropped and planned differently since the review', () => {
    const verdict = reviewGate({ source, records: [reviewed] })(job, fresh, false)
    expect(verdict).toEqual({
      apply: false,
      message:
        'Not applied: this plan differs from the one reviewed in pull request #7 (planned at abcdef0). Compared with the reviewed plan, not in the reviewed plan: aws_ecs_cluster.this (create); reviewed but no longer planned: aws_s3_bucket.old (destroy); planned differently: aws_iam_role.task (reviewed: create, now: update). To apply it, get a fresh review: open a pull request that changes this job (its plan comment records the new plan), have it reviewed and merge it.',
    })
  })

  it('refuses a destroy whose review is only of the config’s own plan', () => {
    const verdict = reviewGate({ source, records: [reviewed] })(job, fresh, true)
    expect(verdict.apply).toBe(false)
    expect((verdict as { message: string }).message).toMatch(
      /^Not applied: the destroy plan of job a was not reviewed: pull request #7 did not plan jobs\/a\.yaml for removal\. /,
    )
  })

  it('says why when no pull request could be read', () => {
    const verdict = reviewGate({
      source: 'no pull request',
      records: [],
      problem:
        'commit 1234567 is not the merge of a pull request (GitHub lists no merged pull request for it)',
    })(job, fresh, false)
    expect((verdict as { message: string }).message).toMatch(
      /^Not applied: this plan was not reviewed: commit 1234567 is not the merge of a pull request \(GitHub lists no merged pull request for it\)\. To apply it/,
    )
  })

  it('applies when any recorded plan of the job matches', () => {
    const gate = reviewGate({
      source,
      records: [reviewed, { ...reviewed, fingerprint: fresh.fingerprint }],
    })
    expect(gate(job, fresh, false)).toMatchObject({ apply: true })
  })
})
