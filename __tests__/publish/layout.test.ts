// The comment and the job summary as a reviewer sees them on GitHub: rendered by cmark-gfm with
// GitHub's extensions, then read as HTML. One layout for both: the counts first, an overview row
// per job (failed jobs and destroys first, each linking to its section), then per job only what
// changes, the tags as a diff against the base; within GitHub's limit at 500 jobs.
import { describe, expect, it } from 'vitest'
import type { GitHubContext } from '../../src/github/context.js'
import { COMMENT_LIMIT, commentSize, renderComment } from '../../src/publish/comment.js'
import { jobDetails, jobEntries, Links, renderParts } from '../../src/publish/layout.js'
import { renderSummary } from '../../src/publish/summary.js'
import { newConfigRun } from '../../src/run.js'
import type { ConfigRun, RemovedRun, RunReport } from '../../src/run.js'
import { exampleContext, exampleReport } from '../docs/comment-example.js'
import {
  anchorsOf,
  foldsOf,
  headingsOf,
  leaksOf,
  renderGfm,
  tablesOf,
  textOf,
} from '../helpers/gfm.js'

const TAGS = {
  CostCenter: 'data-platform',
  Environment: 'prod',
  ManagedBy: 'terraform',
  Team: 'data-engineering',
}

function job(index: number, change: Partial<ConfigRun> = {}): ConfigRun {
  const name = `job-${String(index).padStart(3, '0')}`
  return {
    ...newConfigRun(`jobs/${name}.yaml`),
    jobName: name,
    provider: 'aws',
    runtimeType: 'aws_fargate',
    plan: { add: 0, change: 0, destroy: 0 },
    cloudTags: { ...TAGS, JobName: name },
    cloudTagsAtBase: { ...TAGS, JobName: name },
    planText: 'No changes. Your infrastructure matches the configuration.\n',
    ...change,
  }
}

function report(configs: ConfigRun[], change: Partial<RunReport> = {}): RunReport {
  return {
    mode: 'plan',
    configs,
    discovery: 'pull request #7 changed 3 files',
    hasChanges: true,
    failures: [],
    secrets: [],
    ...change,
  }
}

const context: GitHubContext = exampleContext

const removedJob: RemovedRun = {
  file: 'jobs/old.yaml',
  job: undefined as never,
  reason: 'deleted',
  jobName: 'old-orders',
  provider: 'aws',
  runtimeType: 'aws_fargate',
  base: 'b'.repeat(40),
  cloudTags: { ...TAGS, JobName: 'old-orders' },
  plan: { add: 0, change: 0, destroy: 2 },
  destroys: [
    'module.dativo_runtime.aws_ecs_cluster.this',
    'module.dativo_runtime.aws_iam_role.task',
  ],
  planText: '  # module.dativo_runtime.aws_ecs_cluster.this will be destroyed\n',
  destroyed: false,
  findings: [],
}

/** A job's section: from its heading to the next one. */
function sectionOf(html: string, name: string): string {
  const start = html.search(new RegExp(`<h3><a id="dativo-\\d+"></a>\\S+ ${name}</h3>`))
  expect(start).toBeGreaterThan(0)
  const end = html.indexOf('<h3>', start + 1)
  return html.slice(start, end < 0 ? undefined : end)
}

/** The overview's rows as text: status, job, plan, what changes. */
function overviewOf(html: string): string[][] {
  const [first] = tablesOf(html)
  expect(first!.header).toEqual(['Status', 'Job', 'Plan', 'What changes'])
  return first!.rows
}

describe('the layout a reviewer reads, as GitHub renders it', () => {
  it('opens with the counts and an overview row per job, failed jobs and destroys first', () => {
    const configs = [
      job(1, { plan: { add: 9, change: 0, destroy: 0 }, cloudTagsAtBase: null }),
      job(2),
      job(3, {
        valid: false,
        findings: [
          {
            severity: 'error',
            rule: 'missing-required-tags',
            message: 'Missing required tags: cost_center',
            file: 'jobs/job-003.yaml',
            range: { line: 14, column: 5, endLine: 14, endColumn: 9 },
          },
        ],
        plan: null,
      }),
      job(4, { plan: { add: 1, change: 0, destroy: 1 }, destroys: ['terraform_data.this'] }),
    ]
    const html = renderGfm(renderComment(report(configs, { removed: [removedJob] }), context))
    // The first thing a reader sees is the counts.
    expect(headingsOf(html, 2)).toEqual([
      'dativo-infra · plan · 5 jobs: ❌ 1 failed · 🔥 2 destroying · ✏️ 1 with changes · ✅ 1 unchanged',
    ])
    expect(textOf(html)).toContain(
      '🔥 3 resources destroyed if this is applied, in 2 jobs: job-004, old-orders.',
    )
    expect(overviewOf(html)).toEqual([
      ['❌ failed', 'job-003', '—', '1 error'],
      ['🔥 destroys', 'job-004', '+1 ~0 -1', '—'],
      ['🔥 destroys', 'old-orders', '+0 ~0 -2', 'config deleted'],
      ['✏️ changes', 'job-001', '+9 ~0 -0', 'new job'],
      ['✅ no changes', 'job-002', '+0 ~0 -0', '—'],
    ])
    // Each row with something to show links to its section; a job that changes nothing has none.
    const { ids, links } = anchorsOf(html)
    const rowLinks = anchorsOf(html.slice(html.indexOf('<table>'))).links.slice(0, 4)
    expect(rowLinks).toEqual(['dativo-1', 'dativo-2', 'dativo-3', 'dativo-4'])
    expect(ids).toEqual(rowLinks)
    for (const link of links) expect(ids).toContain(link)
    expect(headingsOf(html, 3)).toEqual(['❌ job-003', '🔥 job-004', '🔥 old-orders', '✏️ job-001'])
    expect(leaksOf(html)).toEqual([])
  })

  it('shows a removed job its destroy first, with the resources it removes', () => {
    const html = renderGfm(renderComment(report([job(1)], { removed: [removedJob] }), context))
    const section = sectionOf(html, 'old-orders')
    const text = textOf(section)
    expect(text).toMatch(
      /^🔥 old-orders jobs\/old\.yaml · aws \/ aws_fargate · config deleted; destroy plan · plan \+0 ~0 -2 🔥 Destroys 2 resources: module\.dativo_runtime\.aws_ecs_cluster\.this module\.dativo_runtime\.aws_iam_role\.task /,
    )
    expect(foldsOf(section).map((fold) => fold.summary)).toEqual([
      '5 tags of the resources it has',
      'Terraform plan (+0 ~0 -2)',
    ])
  })

  it('shows tags as a diff against the base, the unchanged ones folded', () => {
    const html = renderGfm(renderComment(exampleReport, exampleContext))
    const section = sectionOf(html, 'stripe-customers-etl')
    expect(textOf(section)).toContain(
      'Tags changed (against the base) Team: data-engineering → analytics-engineering',
    )
    const [tags, plan, preview] = foldsOf(section)
    expect(tags!.summary).toBe('7 tags unchanged')
    const [table] = tablesOf(tags!.body)
    expect(table!.rows.map(([key]) => key)).not.toContain('Team')
    expect(table!.rows).toContainEqual(['Project', 'dativo-platform'])
    expect(plan!.summary).toBe('Terraform plan (+9 ~0 -0)')
    expect(preview!.summary).toBe('Preview: what resolution will change in the config')
    // Only the values that change, in a table.
    const values = tablesOf(section).find((t) => t.header[0] === 'Placeholder')!
    expect(values.rows).toEqual([
      ['cluster_name', 'stripe-customers-etl-prod-cluster'],
      ['task_definition_arn', '(known after apply)'],
    ])
    expect(leaksOf(html)).toEqual([])
  })

  it('shows a finding of any kind under its job, at its line', () => {
    const policy = job(1, {
      findings: [
        {
          severity: 'error',
          rule: 'policy',
          message: 'The plan creates aws_iam_policy.wide, which grants "*"',
          file: 'jobs/job-001.yaml',
          range: { line: 3, column: 1, endLine: 3, endColumn: 8 },
        },
        {
          severity: 'warning',
          rule: 'environment-mismatch',
          message: "tags.environment 'dev' differs from environment 'prod'",
          file: 'jobs/job-001.yaml',
        },
      ],
    })
    const html = renderGfm(renderComment(report([job(2), policy]), context))
    const section = sectionOf(html, 'job-001')
    expect(section).toMatch(
      /<li>❌ <a href="https:\/\/github\.com\/acme\/jobs\/blob\/4f2c0de\/jobs\/job-001\.yaml#L3">line 3, column 1<\/a>: The plan creates aws_iam_policy\.wide, which grants &quot;\*&quot; <code>policy<\/code><\/li>/,
    )
    expect(textOf(section)).toContain(
      "⚠️ tags.environment 'dev' differs from environment 'prod' environment-mismatch",
    )
  })

  it('keeps user text as text in a cell: no extra column, no markup, no link', () => {
    const hostile = job(1, {
      jobName: 'x | <script>alert(1)</script> **bold** `tick` [l](https://evil.example) @dana',
      plan: { add: 1, change: 0, destroy: 0 },
    })
    const html = renderGfm(renderComment(report([hostile]), context))
    const [row] = overviewOf(html)
    expect(row).toHaveLength(4)
    expect(row![1]).toBe(
      'x | <script>alert(1)</script> **bold** `tick` [l](https://evil.example) @dana',
    )
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('href="https://evil')
  })

  it('lets a section stand for a group of jobs with the same change', () => {
    const [entry] = jobEntries(report([job(1, { plan: { add: 1, change: 0, destroy: 0 } })]))
    const parts = jobDetails(entry!, 'plan', new Links(context), (text) => text, [
      'job-002',
      'job-003',
    ])
    const html = renderGfm(renderParts(parts, 1000, new Links(context)))
    expect(headingsOf(html, 3)).toEqual(['✏️ job-001 and 2 more jobs'])
    expect(textOf(html)).toContain('The same change for: job-002, job-003.')
  })

  it('gives the job summary the same counts and overview, with the discovery', () => {
    const configs = [job(1, { plan: { add: 2, change: 0, destroy: 0 } }), job(2)]
    const comment = renderGfm(renderComment(report(configs), context))
    const summary = renderGfm(renderSummary(report(configs), context))
    expect(headingsOf(summary, 2)).toEqual(headingsOf(comment, 2))
    expect(tablesOf(summary)[0]).toEqual(tablesOf(comment)[0])
    expect(textOf(summary)).toContain('pull request #7 changed 3 files')
    expect(headingsOf(summary, 3)).toEqual(headingsOf(comment, 3))
    expect(leaksOf(summary)).toEqual([])
  })

  it('stays within the limit at 500 jobs, shortening the details, never the overview', () => {
    const plan = `${'  # module.dativo_runtime.aws_ecs_cluster.this will be updated in-place\n'.repeat(200)}`
    const configs = Array.from({ length: 500 }, (_, i) =>
      job(i, {
        jobName: `stripe-customers-etl-${String(i).padStart(3, '0')}-with-a-long-name`,
        plan: { add: 0, change: 3, destroy: i % 50 === 0 ? 1 : 0 },
        cloudTags: { ...TAGS, Team: 'analytics-engineering' },
        planText: plan,
      }),
    )
    const body = renderComment(report(configs), context)
    expect(commentSize(body)).toBeLessThan(COMMENT_LIMIT)
    const html = renderGfm(body)
    const rows = overviewOf(html)
    expect(rows).toHaveLength(500)
    // Destroys first, every job named whole.
    expect(rows.slice(0, 10).every(([status]) => status === '🔥 destroys')).toBe(true)
    expect(new Set(rows.map(([, name]) => name)).size).toBe(500)
    expect(textOf(html)).toContain('Shortened to fit a comment.')
    expect(leaksOf(html)).toEqual([])
  })
})
