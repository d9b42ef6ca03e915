// Plan fingerprints from real `terraform show -json` output: equal for two plans of the same state
// and inputs, different where a change or what will run differs, and free of sensitive values;
// the check run record that carries them (1,000 jobs and more); and the gate that compares a
// fresh plan with the reviewed one.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewGate } from '../../src/review/gate.js'
import { decodeRecord, encodeRecord, MAX_TEXT } from '../../src/review/record.js'
import type { RecordedPlan } from '../../src/review/record.js'
import { compareChanges, planFingerprint } from '../../src/terraform/fingerprint.js'
import type { PlanFingerprint, PlannedChange } from '../../src/terraform/fingerprint.js'
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
  const plan = async (
    ...vars: string[]
  ): Promise<{ json: Record<string, unknown>; fingerprint: PlanFingerprint }> => {
    terraform('plan', '-input=false', '-out=tfplan', ...vars.map((v) => `-var=${v}`))
    const json = JSON.parse(terraform('show', '-json', 'tfplan')) as Record<string, unknown>
    return { json, fingerprint: await planFingerprint(json) }
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dativo-fingerprint-'))
    env = terraformEnv(path.join(dir, '.cli'))
    writeFileSync(path.join(dir, 'main.tf'), ROOT)
    terraform('init', '-input=false')
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is equal for two plans of the same state and inputs, made at different times', async () => {
    const first = await plan()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const second = await plan()
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

  it('differs where a change differs, and says which one', async () => {
    const small = (await plan()).fingerprint
    const large = (await plan('size=large')).fingerprint
    expect(large.fingerprint).not.toBe(small.fingerprint)
    const { added, removed, changed } = compareChanges(small.changes, large.changes)
    expect([added, removed]).toEqual([[], []])
    expect(changed.map((c) => c.fresh.address)).toEqual(['output.size', 'terraform_data.runtime'])
  })

  it('covers a sensitive value without holding it, nor a digest of it alone', async () => {
    const first = await plan()
    const other = await plan('password=another-secret')
    expect(JSON.stringify(first.fingerprint)).not.toContain('hunter2')
    expect(other.fingerprint.fingerprint).not.toBe(first.fingerprint.fingerprint)
    // Each change's own digest, kept in the record, sees only that the value is sensitive.
    expect(other.fingerprint.changes).toEqual(first.fingerprint.changes)
  })

  it('counts nothing for a plan with no changes, and updates after an apply', async () => {
    terraform('apply', '-input=false', '-auto-approve')
    const none = await plan()
    expect(none.fingerprint.changes).toEqual([])
    expect((await plan()).fingerprint).toEqual(none.fingerprint)
    const update = (await plan('size=medium')).fingerprint
    expect(update.changes.map((c) => [c.address, c.action])).toEqual([
      ['output.size', 'update'],
      ['terraform_data.runtime', 'update'],
    ])
  }, 60_000)
})

describe('planFingerprint of a fixed plan', () => {
  // A plan with sensitive values (a variable, an attribute, an output, a backend setting): its
  // fingerprint is the one earlier versions gave, so records they wrote still match.
  const plan = {
    terraform_version: '1.11.4',
    variables: { password: { value: 'hunter2' }, size: { value: 'small' } },
    configuration: {
      root_module: {
        variables: { password: { sensitive: true, default: 'x' }, size: { default: 'small' } },
      },
    },
    resource_changes: [
      {
        address: 'terraform_data.runtime',
        mode: 'managed',
        change: {
          actions: ['create'],
          after: { input: { size: 'small', password: 'hunter2' } },
          after_unknown: { id: true, output: true },
          after_sensitive: { input: { password: true } },
        },
      },
    ],
    output_changes: {
      secret: {
        actions: ['create'],
        after: 'hunter2',
        after_unknown: false,
        after_sensitive: true,
      },
    },
  }
  const inputs = {
    providers: { 'registry.terraform.io/hashicorp/aws': '6.0.0' },
    backend: { type: 's3', settings: ['bucket=b', 'secret_key=abc'] },
    files: { '': { 'main.tf': 'a'.repeat(64) } },
  }

  it('lets the run go on while the sensitive values are digested', async () => {
    // The scrypt of the sensitive values runs in the thread pool: the event loop turns meanwhile
    // (another job's output, its next command), where a synchronous one would hold everything.
    let turned = false
    setImmediate(() => (turned = true))
    const fingerprint = await planFingerprint(plan, inputs)
    expect(turned).toBe(true)
    expect(fingerprint.fingerprint).toBe(
      'sha256:54db7724e3a25545ccb52453386652360a9d32929ae5c82c47d5df5a081008f3',
    )
  })

  it('is the fingerprint earlier versions computed', async () => {
    expect(await planFingerprint(plan, inputs)).toEqual({
      fingerprint: 'sha256:54db7724e3a25545ccb52453386652360a9d32929ae5c82c47d5df5a081008f3',
      changes: [
        { address: 'output.secret', action: 'create', digest: 'cfa6dfb0eb29' },
        { address: 'terraform_data.runtime', action: 'create', digest: 'e0aab532fe3c' },
      ],
    })
    // Every sensitive value counts: another password, another fingerprint.
    const other = structuredClone(plan)
    other.variables.password.value = 'hunter3'
    expect((await planFingerprint(other, inputs)).fingerprint).not.toBe(
      'sha256:54db7724e3a25545ccb52453386652360a9d32929ae5c82c47d5df5a081008f3',
    )
  })
})

describe('plan records in a check run', () => {
  const HEAD = 'c'.repeat(40)
  const record = (over: Partial<RecordedPlan> = {}): RecordedPlan => ({
    config: 'jobs/a.yaml',
    job: 'a',
    kind: 'runtime',
    fingerprint: `sha256:${'a'.repeat(64)}`,
    head: HEAD,
    changes: [
      { address: 'terraform_data.x["--><script>"]', action: 'create', digest: '0123456789ab' },
    ],
    ...over,
  })

  it('round-trips, and the text is plain base64 in a code block', () => {
    const plans = [record(), record({ config: 'jobs/b.yaml', job: 'b', kind: 'destroy' })]
    const { text, record: written } = encodeRecord(HEAD, plans)
    expect(written.omitted).toBe(0)
    expect(text).not.toContain('<script>')
    expect(text.split('\n').slice(1).join('')).toMatch(/^```[A-Za-z0-9+/=]+```$/)
    expect(decodeRecord(text)).toEqual({ head: HEAD, plans, omitted: 0 })
  })

  it('holds 1,000 jobs, with their destroys, in one check run', () => {
    const plans = thousandJobs()
    const { text, record: written } = encodeRecord(HEAD, plans)
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT)
    expect(written.omitted).toBe(0)
    expect(decodeRecord(text)!.plans.map(({ changes: _c, ...rest }) => rest)).toEqual(
      plans.map(({ changes: _c, ...rest }) => rest),
    )
  })

  it('keeps as many plans as fit, counts the others, and the merge refuses those', () => {
    const plans = thousandJobs()
    const { text, record: written, left } = encodeRecord(HEAD, plans, 8_000)
    expect(text.length).toBeLessThanOrEqual(8_000)
    const read = decodeRecord(text)!
    expect(read.plans.length).toBeGreaterThan(100)
    expect(read.plans.length + read.omitted).toBe(1000)
    expect(read.omitted).toBe(written.omitted)
    expect(left).toEqual(plans.slice(read.plans.length))
    const gate = reviewGate({
      source: 'pull request #7',
      records: read.plans,
      omitted: read.omitted,
    })
    const first = left[0]!
    const verdict = gate(
      { file: first.config, jobName: first.job } as Job,
      { fingerprint: first.fingerprint, changes: [change] },
      first.kind === 'destroy',
    )
    expect(verdict).toEqual({
      apply: false,
      message: expect.stringContaining(
        `was not reviewed: the record of pull request #7 held ${read.plans.length} of 1000 plans, not this one (its check run and comment said so).`,
      ),
    })
    const kept = read.plans[0]!
    expect(
      gate(
        { file: kept.config, jobName: kept.job } as Job,
        { fingerprint: kept.fingerprint, changes: [change] },
        kept.kind === 'destroy',
      ).apply,
    ).toBe(true)
  })

  it('reads nothing from another text, a broken block or another format', () => {
    const { text } = encodeRecord(HEAD, [record()])
    expect(decodeRecord('just a summary')).toBeUndefined()
    expect(decodeRecord(text.replace(/\n[A-Za-z0-9+/]{10}/, '\n'))).toBeUndefined()
    expect(decodeRecord(text.replace('format 2', 'format 3'))).toBeUndefined()
  })
})

const change: PlannedChange = {
  address: 'terraform_data.runtime',
  action: 'create',
  digest: '0123456789ab',
}

/** 1,000 jobs a pull request touches: 900 changed or added, 100 removed (destroy plans). */
function thousandJobs(): RecordedPlan[] {
  return Array.from({ length: 1000 }, (_, i) => {
    const team = `team-${String(i % 37).padStart(2, '0')}`
    const name = `${team}-ingest-orders-${String(i).padStart(4, '0')}`
    return {
      config: `jobs/${team}/${name}.yaml`,
      job: name,
      kind: i % 10 === 9 ? 'destroy' : 'runtime',
      fingerprint: `sha256:${createHash('sha256').update(name).digest('hex')}`,
      head: 'c'.repeat(40),
      changes: [change],
    }
  })
}

describe('require-reviewed-plan on a merge of a pull request touching 1,000 jobs', () => {
  const plans = thousandJobs()
  const { text } = encodeRecord('c'.repeat(40), plans)
  const read = decodeRecord(text)!
  expect(read.omitted).toBe(0)
  const gate = reviewGate({ source: 'pull request #7', records: read.plans, omitted: read.omitted })
  const jobOf = (plan: RecordedPlan) => ({ file: plan.config, jobName: plan.job }) as Job
  const planOf = (fingerprint: string): PlanFingerprint => ({ fingerprint, changes: [change] })

  it('applies every job and destroy whose fresh plan is the recorded one', () => {
    const verdicts = plans.map((plan) =>
      gate(jobOf(plan), planOf(plan.fingerprint), plan.kind === 'destroy'),
    )
    expect(verdicts.filter((v) => v.apply)).toHaveLength(1000)
  })

  it('refuses each job and destroy whose fresh plan differs, and only those', () => {
    const tampered = new Set([0, 9, 499, 999])
    const refused = plans.flatMap((plan, i) => {
      const fingerprint = tampered.has(i) ? `sha256:${'0'.repeat(64)}` : plan.fingerprint
      const verdict = gate(jobOf(plan), planOf(fingerprint), plan.kind === 'destroy')
      return verdict.apply ? [] : [[plan.job, verdict.message.split(':')[0]]]
    })
    expect(refused).toEqual([...tampered].map((i) => [plans[i]!.job, 'Not applied']))
  })

  it('refuses a destroy recorded only as a runtime plan, and a runtime plan recorded only as a destroy', () => {
    const runtime = plans[0]!
    const destroy = plans[9]!
    expect(gate(jobOf(runtime), planOf(runtime.fingerprint), true).apply).toBe(false)
    expect(gate(jobOf(destroy), planOf(destroy.fingerprint), false).apply).toBe(false)
  })

  it('refuses a job of the repository the pull request did not plan', () => {
    const other = { file: 'jobs/team-00/other.yaml', jobName: 'other' } as Job
    expect(gate(other, planOf(plans[0]!.fingerprint), false)).toMatchObject({
      apply: false,
      message: expect.stringContaining('pull request #7 did not plan jobs/team-00/other.yaml'),
    })
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
        'Not applied: this plan differs from the one reviewed in pull request #7 (planned at abcdef0). Compared with the reviewed plan, not in the reviewed plan: aws_ecs_cluster.this (create); reviewed but no longer planned: aws_s3_bucket.old (destroy); planned differently: aws_iam_role.task (reviewed: create, now: update). To apply it, get a fresh review: open a pull request that changes this job (its plan run records the new plan), have it reviewed and merge it.',
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
