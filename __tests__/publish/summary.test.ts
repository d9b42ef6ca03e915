import { describe, expect, it } from 'vitest'
import { renderSummary } from '../../src/publish/summary.js'
import { newConfigRun } from '../../src/run.js'

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
    const markdown = renderSummary({
      mode: 'validate',
      configs: [good, bad],
      discovery: 'all matching configs',
      hasChanges: false,
    })
    expect(markdown).toContain('2 configs: 1 valid, 1 invalid — 1 error, 0 warnings.')
    expect(markdown).toContain(
      '| <code>jobs/a.yaml</code> | a | aws / aws\\_fargate | ✅ valid | — | ⏳ <code>cluster_name</code> |',
    )
    expect(markdown).toContain('| <code>jobs/b.yaml</code> | — | — | ❌ 1 error | — | — |')
    expect(markdown).toContain(
      "- ❌ <code>jobs/b.yaml:4:13</code> Unknown provider 'aws2' \\(expected one of: aws, azure, gcp, local\\) <code>unknown-provider</code>",
    )
  })

  it('shows text from configs as text, never as markup', () => {
    const run = { ...newConfigRun('jobs/<img src=x>.yaml'), jobName: '<script>alert(1)</script>|x' }
    const markdown = renderSummary({
      mode: 'validate',
      configs: [run],
      discovery: '',
      hasChanges: false,
    })
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toContain('<img')
    expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;\\|x')
  })
})
