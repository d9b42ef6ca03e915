import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/findings.js'
import {
  annotationProperties,
  formatFinding,
  TerminalReporter,
} from '../../src/publish/reporter.js'

const finding: Finding = {
  severity: 'error',
  rule: 'missing-required-tags',
  message: 'Missing required tags: cost_center',
  file: 'jobs/acme/stripe.yaml',
  range: { line: 14, column: 5, endLine: 14, endColumn: 17 },
}

describe('annotations', () => {
  it('carries file, line, columns and the rule title (CONTRACT §4)', () => {
    expect(annotationProperties(finding)).toEqual({
      title: 'dativo: missing required tags',
      file: 'jobs/acme/stripe.yaml',
      startLine: 14,
      endLine: 14,
      startColumn: 5,
      endColumn: 17,
    })
  })

  it('leaves columns out when the range spans lines, as GitHub requires', () => {
    const properties = annotationProperties({
      ...finding,
      range: { line: 3, column: 5, endLine: 6, endColumn: 2 },
    })
    expect(properties).toEqual({
      title: 'dativo: missing required tags',
      file: 'jobs/acme/stripe.yaml',
      startLine: 3,
      endLine: 6,
    })
  })
})

describe('terminal output', () => {
  it('prints path:line:col: severity: message [rule]', () => {
    expect(formatFinding(finding)).toBe(
      'jobs/acme/stripe.yaml:14:5: error: Missing required tags: cost_center [missing-required-tags]',
    )
  })

  it('masks secrets in everything it prints', () => {
    const out: string[] = []
    const reporter = new TerminalReporter({ out: (l) => out.push(l), err: (l) => out.push(l) })
    reporter.secret('hunter2')
    reporter.info('token is hunter2')
    reporter.finding({ ...finding, message: 'value hunter2 leaked' })
    expect(out.join('\n')).not.toContain('hunter2')
    expect(out[0]).toBe('token is ***')
  })
})
