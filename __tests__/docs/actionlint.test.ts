import { describe, expect, it } from 'vitest'
import { formatLintFinding, lintWorkflow, lintWorkflowFile, workflowFiles } from './actionlint.js'

describe('actionlint', () => {
  it('finds the repository workflows and the example workflows', () => {
    const files = workflowFiles()
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/e2e.yml',
        '.github/workflows/release.yml',
        '.github/workflows/terraform-modules.yml',
        'examples/workflows/dativo-pull-request.yml',
        'examples/workflows/dativo-merge.yml',
        'examples/workflows/dativo-drift.yml',
      ]),
    )
  })

  it.each(workflowFiles())('%s is clean', async (file) => {
    const findings = await lintWorkflowFile(file)
    expect(findings.map(formatLintFinding)).toEqual([])
  })

  it('reports the mistakes it is here to catch, at their line', async () => {
    const broken = [
      'on:',
      '  schedule:',
      "    - cron: '0 25 * * *'",
      'permissions:',
      '  id-tokens: write',
      'jobs:',
      '  plan:',
      '    runs-on: ubuntu-latest',
      '    concurrency: { group: apply, cancel-in-progress: nope }',
      '    steps:',
      '      - id: plan',
      '        uses: ./',
      '      - if: steps.plan.outputs.has-changes == true',
      '        run: echo ${{ steps.plam.outputs.results }}',
      '',
    ].join('\n')
    const findings = await lintWorkflow(broken, 'broken.yml')
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [3, 'events'],
      [5, 'permissions'],
      [9, 'syntax-check'],
      [14, 'expression'],
    ])
    expect(findings[3]!.message).toContain('property "plam" is not defined')
  })
})
