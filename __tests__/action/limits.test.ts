// GitHub's limits, whatever the input, through the committed dist/index.js: a step's summary is
// dropped whole past 1 MiB, a job's outputs may hold 1 MB (counted as UTF-16, two bytes a
// character). Inputs here are ten times the two 300 KB configs that broke them: the summary, each
// output and the total stay within, and each says what it left out.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { terraformEnv } from '../helpers/terraform.js'

const SUMMARY_LIMIT = 1024 * 1024
const OUTPUTS_LIMIT = 1_000_000

function job(name: string, tags: string, runtime = '    image: "dativo:1.1.0"\n'): string {
  return `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
${runtime}  region: local
  tags:
    job_name: ${name}
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
${tags}`
}

const temp: string[] = []
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dativo-limits-'))
  temp.push(dir)
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  mkdirSync(path.join(dir, 'jobs'))
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text)
  return dir
}
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

/** Bytes GitHub counts for the outputs: two a UTF-16 code unit. */
function outputBytes(run: ActionRun): number {
  return Object.values(run.outputs).reduce((sum, value) => sum + value.length * 2, 0)
}

describe('validate: twenty configs with hundreds of errors each', () => {
  let run: ActionRun
  beforeAll(async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 20; i++) {
      let tags = ''
      for (let k = 0; k < 600; k++) tags += `    Bad_Key_${k}: value\n`
      files[`jobs/job-${i}.yaml`] = job(`job-${i}`, tags)
    }
    run = await runActionAsync(workspace(files), {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'jobs/*.yaml',
      'INPUT_CHANGED-ONLY': 'false',
    })
  }, 300_000)

  it('keeps the summary and the outputs within GitHub’s limits', () => {
    expect(run.status).toBe(1)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(outputBytes(run)).toBeLessThanOrEqual(OUTPUTS_LIMIT)
    // Every job keeps its row; each section lists its first errors and counts the rest.
    expect(run.summary.match(/^\| ❌ failed \|/gm) ?? []).toHaveLength(20)
    expect(run.summary).toContain('\n- … and 570 more (see the log)\n')
  })

  it('lists every config in results, each with its first errors and a count of the rest', () => {
    const results = JSON.parse(run.outputs.results!) as Array<{
      config: string
      errors: Array<{ message: string }>
    }>
    expect(results).toHaveLength(20)
    for (const result of results) {
      expect(result.errors).toHaveLength(101)
      expect(result.errors[0]!.message).toBe(
        "Tag key 'Bad_Key_0' must be lowercase_underscore (a-z, 0-9 and _, starting with a letter), e.g. 'bad_key_0'",
      )
      expect(result.errors[100]!.message).toBe('… and 500 more errors (all of them are in the log)')
    }
  })
})

describe('validate: thousands of configs', () => {
  it('lists in results as many as fit, and warns how many', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3000; i++) {
      files[`jobs/job-${String(i).padStart(4, '0')}.yaml`] = job(`job-${i}`, '    Bad_Key: value\n')
    }
    const run = await runActionAsync(workspace(files), {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'jobs/*.yaml',
      'INPUT_CHANGED-ONLY': 'false',
    })
    const results = JSON.parse(run.outputs.results!) as Array<{ config: string }>
    expect(results.length).toBeGreaterThan(1000)
    expect(results.length).toBeLessThan(3000)
    expect(results[0]!.config).toBe('jobs/job-0000.yaml')
    expect(JSON.parse(run.outputs.configs!)).toHaveLength(3000)
    expect(outputBytes(run)).toBeLessThanOrEqual(OUTPUTS_LIMIT)
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `The results output lists ${results.length} of 3000 configs: GitHub keeps at most 1 MB of a job's outputs. Every config is in the log.`,
    ])
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
  }, 300_000)
})

describe('apply: six configs of 900 KB, their values in every plan and output', () => {
  let run: ActionRun
  const big = '漢'.repeat(150_000)
  beforeAll(async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'dativo-tf-'))
    temp.push(scratch)
    const files: Record<string, string> = {}
    // Three bytes of UTF-8 a character: the summary's worst case for its size in bytes.
    for (let i = 0; i < 6; i++) {
      files[`jobs/job-${i}.yaml`] = job(
        `job-${i}`,
        '',
        `    image: "${big}"\n    environment_variables:\n      NOTES: "${big}"\n`,
      )
    }
    run = await runActionAsync(
      workspace(files),
      {
        INPUT_MODE: 'apply',
        INPUT_CONFIGS: 'jobs/*.yaml',
        'INPUT_CHANGED-ONLY': 'false',
        'INPUT_TERRAFORM-VERSION': 'system',
        'INPUT_COMMIT-BACK': 'false',
        'INPUT_COMMENT-ON-PR': 'false',
      },
      terraformEnv(scratch),
    )
  }, 900_000)

  it('applies them all', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const results = JSON.parse(run.outputs.results!) as Array<{ plan: unknown }>
    expect(results.map((r) => r.plan)).toEqual(Array(6).fill({ add: 1, change: 0, destroy: 0 }))
  })

  it('keeps the summary under 1 MiB with the plan standing for the six shortened, and says so', () => {
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(Buffer.byteLength(run.summary)).toBeGreaterThan(SUMMARY_LIMIT / 2)
    // The six plans change the same resources alike: one section stands for them, with one plan.
    expect(run.summary).toContain('🔁 6 jobs changed alike · plan +1 ~0 -0 each')
    const folds = run.summary.match(/<details><summary>Terraform plan of <code>job-0<\/code>/g)
    expect(folds).toHaveLength(1)
    const notes = run.summary.match(/_Shortened: \d+ of \d+ lines shown; the rest is in/g) ?? []
    expect(notes).toHaveLength(1)
  })

  it('keeps results within the output limit, saying which values were too long', () => {
    expect(outputBytes(run)).toBeLessThanOrEqual(OUTPUTS_LIMIT)
    const results = JSON.parse(run.outputs.results!) as Array<{
      outputs: Record<string, unknown>
    }>
    for (const result of results) {
      expect(result.outputs.container_image).toBe(
        '(150000 characters: too long for the results output)',
      )
      expect(result.outputs.cluster_name).toMatch(/^job-\d-dev-cluster$/)
    }
  })
})
