// A module change across a fleet, as a reviewer reads it: the pull request comment and the job
// summary rendered through cmark-gfm (GitHub's renderer) show one section for the jobs changed
// alike, with the change, the list of jobs and one plan, in the place of a section per job. The
// plans are one real plan of the sandbox module's change (fixtures/, recorded with Terraform and
// hashicorp/local), given each job's own name: running Terraform 40 or 300 times adds nothing.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMMENT_LIMIT, commentSize, renderComment } from '../../src/publish/comment.js'
import { renderSummary } from '../../src/publish/summary.js'
import { newConfigRun } from '../../src/run.js'
import type { ConfigRun, RunReport } from '../../src/run.js'
import { planChanges } from '../../src/terraform/changes.js'
import { foldsOf, headingsOf, leaksOf, renderGfm, tablesOf, textOf } from '../helpers/gfm.js'
import { pullRequestContext } from './helpers.js'

const PLAN = readFileSync(
  new URL('../group/fixtures/sandbox-module-change.json', import.meta.url),
  'utf8',
)
const TEXT = readFileSync(
  new URL('../group/fixtures/sandbox-module-change.txt', import.meta.url),
  'utf8',
)
const RECORDED_JOB = 'sandbox-01'

/** A sandbox job whose plan is the recorded module change, under its own name. */
function changed(index: number): ConfigRun {
  const name = `sandbox-${String(index).padStart(3, '0')}`
  return {
    ...newConfigRun(`jobs/${name}.yaml`),
    jobName: name,
    provider: 'local',
    runtimeType: 'local',
    plan: { add: 1, change: 0, destroy: 1 },
    changes: planChanges(JSON.parse(PLAN.split(RECORDED_JOB).join(name))),
    planText: TEXT.split(RECORDED_JOB).join(name),
    cloudTags: { job_name: name, managed_by: 'terraform' },
  }
}

const invalid: ConfigRun = {
  ...newConfigRun('jobs/broken.yaml'),
  valid: false,
  findings: [
    {
      severity: 'error',
      rule: 'unknown-provider',
      message: "Unknown provider 'aws2' (expected one of: aws, azure, gcp, local)",
      file: 'jobs/broken.yaml',
      range: { line: 4, column: 13, endLine: 4, endColumn: 17 },
    },
  ],
}

/** Another change: the runtime's record updated, nothing replaced. */
const other: ConfigRun = {
  ...changed(999),
  plan: { add: 0, change: 1, destroy: 0 },
  changes: {
    resources: [
      {
        address: 'module.dativo_runtime.module.runtime.terraform_data.runtime',
        actions: ['update'],
        paths: [['input', 'cpu']],
      },
    ],
    drift: [],
    outputs: [],
    relevant: [],
  },
}

function fleet(count: number, more: ConfigRun[] = []): RunReport {
  return {
    mode: 'plan',
    configs: [invalid, ...Array.from({ length: count }, (_, i) => changed(i + 1)), ...more],
    discovery: 'changed-only is off, all matching configs',
    hasChanges: true,
    failures: [],
    secrets: [],
  }
}

const context = pullRequestContext()

describe('a module change across 40 jobs', () => {
  const report = fleet(40, [other])
  const html = renderGfm(renderComment(report, context))

  it('reads as one group in the pull request comment, beside the jobs with other news', () => {
    expect(headingsOf(html, 3)).toEqual([
      '❌ jobs/broken.yaml',
      '🔁 40 jobs changed alike · plan +1 ~0 -1 each',
      '✏️ sandbox-999',
    ])
    const [changes, jobs] = tablesOf(html).filter((table) =>
      ['Resource', 'Config'].includes(table.header[0]!),
    )
    expect(changes!.rows).toEqual([
      [
        'module.dativo_runtime.local_file.manifest',
        'delete,create',
        'content, content_base64sha256, content_base64sha512, content_md5, content_sha1, content_sha256, content_sha512, id',
      ],
    ])
    expect(jobs!.rows).toHaveLength(40)
    expect(jobs!.rows[0]).toEqual(['jobs/sandbox-001.yaml', 'sandbox-001', 'local / local'])
    expect(jobs!.rows.at(-1)).toEqual(['jobs/sandbox-040.yaml', 'sandbox-040', 'local / local'])
    // One plan stands for the group; the other job has its own.
    expect(foldsOf(html).map((fold) => fold.summary)).toEqual([
      'Terraform plan of sandbox-001',
      '2 tags',
      'Terraform plan (+0 ~1 -0)',
    ])
    expect(textOf(foldsOf(html)[0]!.body)).toContain(
      '# module.dativo_runtime.local_file.manifest must be replaced',
    )
    expect(leaksOf(html)).toEqual([])
  })

  it('reads as one group in the job summary too', () => {
    const summary = renderGfm(renderSummary(report, context))
    expect(headingsOf(summary, 3).filter((h) => h.startsWith('🔁'))).toEqual([
      '🔁 40 jobs changed alike · plan +1 ~0 -1 each',
    ])
    // The overview keeps a row per job.
    expect(tablesOf(summary)[0]!.rows).toHaveLength(42)
  })
})

describe('300 jobs with one module change', () => {
  it('are one group, and the comment stays well within GitHub’s limit', () => {
    const body = renderComment(fleet(300), context)
    expect(commentSize(body)).toBeLessThan(COMMENT_LIMIT)
    const html = renderGfm(body)
    expect(headingsOf(html, 3)).toEqual([
      '❌ jobs/broken.yaml',
      '🔁 300 jobs changed alike · plan +1 ~0 -1 each',
    ])
    expect(html).toContain('… and 240 more')
    expect(html).toContain('Full report:')
  })
})
