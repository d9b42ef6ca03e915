import { describe, expect, it } from 'vitest'
import { renderSummary } from '../../src/publish/summary.js'
import { readGitHubContext } from '../../src/github/context.js'
import { newConfigRun } from '../../src/run.js'
import { foldsOf, headingsOf, leaksOf, renderGfm, tablesOf, textOf } from '../helpers/gfm.js'

const context = readGitHubContext({})

describe('job summary', () => {
  it('has one row per config and every problem at its place', () => {
    const good = {
      ...newConfigRun('jobs/a.yaml'),
      jobName: 'a',
      provider: 'aws',
      runtimeType: 'aws_fargate',
      placeholders: ['cluster_name'],
    }
    const bad = {
      ...newConfigRun('jobs/b.yaml'),
      valid: false,
      findings: [
        {
          severity: 'error' as const,
          rule: 'unknown-provider',
          message: "Unknown provider 'aws2' (expected one of: aws, azure, gcp, local)",
          file: 'jobs/b.yaml',
          range: { line: 4, column: 13, endLine: 4, endColumn: 17 },
        },
      ],
    }
    const markdown = renderSummary(
      {
        mode: 'validate',
        configs: [good, bad],
        discovery: 'all matching configs',
        hasChanges: false,
        failures: [],
        secrets: [],
      },
      context,
    )
    const html = renderGfm(markdown)
    expect(headingsOf(html, 2)).toEqual([
      'dativo-infra · validate · 2 jobs: ❌ 1 failed · ✅ 1 valid',
    ])
    expect(textOf(html)).toContain('1 error, 0 warnings')
    const [overview] = tablesOf(html)
    expect(overview!.header).toEqual(['Status', 'Job', 'What changes'])
    expect(overview!.rows).toEqual([
      ['❌ failed', 'jobs/b.yaml', '1 error'],
      ['✅ valid', 'a', '—'],
    ])
    // The problem under its job, at its place.
    expect(headingsOf(html, 3)).toEqual(['❌ jobs/b.yaml'])
    expect(html).toContain(
      "<li>❌ line 4, column 13: Unknown provider 'aws2' (expected one of: aws, azure, gcp, local) <code>unknown-provider</code></li>",
    )
    expect(leaksOf(html)).toEqual([])
  })

  it('shows text from configs as text, never as markup', () => {
    const run = { ...newConfigRun('jobs/<img src=x>.yaml'), jobName: '<script>alert(1)</script>|x' }
    const markdown = renderSummary(
      {
        mode: 'validate',
        configs: [run],
        discovery: '',
        hasChanges: false,
        failures: [],
        secrets: [],
      },
      context,
    )
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toContain('<img')
    expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;\\|x')
  })

  it('adds each job in plan mode: the plan folded, the preview, and no sensitive value', () => {
    const run = {
      ...newConfigRun('jobs/a.yaml'),
      jobName: 'a',
      provider: 'local',
      runtimeType: 'local',
      plan: { add: 1, change: 0, destroy: 0 },
      planText: 'Plan: 1 to add, 0 to change, 0 to destroy.\ntoken = "tok-123456"',
      resolutionDiff:
        '--- a/jobs/a.yaml\n+++ b/jobs/a.yaml\n-  x: "{{terraform_outputs.x}}"\n+  x: "v" # {{terraform_outputs.x}}',
      cloudTags: { managed_by: 'terraform' },
      changedValues: ['x'],
      resolvedValues: { x: 'v' },
    }
    const markdown = renderSummary(
      {
        mode: 'plan',
        configs: [run],
        discovery: '1 config changed',
        hasChanges: true,
        failures: ['Commit-back refused: grant contents: write'],
        secrets: ['tok-123456'],
      },
      context,
    )
    const html = renderGfm(markdown)
    expect(html).toContain('<li>❌ Commit-back refused: grant contents: write</li>')
    expect(foldsOf(html).map((fold) => fold.summary)).toEqual([
      '1 tag',
      'Terraform plan (+1 ~0 -0)',
      'Preview: what resolution will change in the config',
    ])
    expect(html).toContain('+  x: &quot;v&quot; # {{terraform_outputs.x}}')
    expect(markdown).not.toContain('tok-123456')
  })

  it('makes no mention, issue reference or web address live', () => {
    const run = {
      ...newConfigRun('jobs/@dana.yaml'),
      jobName: '@acme/platform-team',
      valid: false,
      findings: [
        {
          severity: 'error' as const,
          rule: 'unknown-provider',
          message:
            "Unknown provider '@octocat' (see #12, GH-3, https://x.example, www.x.example, a@b.example)",
          file: 'jobs/@dana.yaml',
        },
      ],
    }
    const markdown = renderSummary(
      {
        mode: 'validate',
        configs: [run],
        discovery: '',
        hasChanges: false,
        failures: [],
        secrets: [],
      },
      context,
    )
    expect(markdown).toContain('| ❌ failed | [@&#8203;acme/platform-team](#dativo-1) | 1 error |')
    expect(markdown).toContain(
      "Unknown provider '@&#8203;octocat' \\(see \\#&#8203;12, GH-&#8203;3, https:&#8203;//x.example, www&#8203;.x.example, a@&#8203;b.example\\)",
    )
    expect(markdown).not.toMatch(/@[\p{L}\p{N}]|(?<!&)#\p{N}|https?:\/\/|www\./u)
  })
})
