import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/findings.js'
import { ActionsReporter, mayHoldCommand } from '../../src/publish/actions-reporter.js'
import {
  annotationProperties,
  formatFinding,
  TerminalReporter,
} from '../../src/publish/reporter.js'
import { readAsRunner } from '../helpers/runner-log.js'

/** What the reporter writes to standard output while `run` runs. */
async function written(run: (reporter: ActionsReporter) => Promise<void> | void): Promise<string> {
  const original = process.stdout.write.bind(process.stdout)
  let captured = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    await run(new ActionsReporter())
  } finally {
    process.stdout.write = original
  }
  return captured
}

/** Lines with each block's random token replaced by its number, in order. */
function numbered(text: string): string[] {
  const tokens: string[] = []
  return text
    .split('\n')
    .slice(0, -1)
    .map((line) =>
      line.replace(/[0-9a-f]{32}/g, (token) => {
        if (!tokens.includes(token)) tokens.push(token)
        return `<token ${tokens.indexOf(token) + 1}>`
      }),
    )
}

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

describe('the guard around text that is not ours', () => {
  it('knows what the runner could read as a command', () => {
    expect(mayHoldCommand('plain text: with colons :: inside')).toBe(false)
    expect(mayHoldCommand('::error::x')).toBe(true)
    expect(mayHoldCommand('  \t::warning::indented')).toBe(true)
    expect(mayHoldCommand('first\r::notice::after a carriage return')).toBe(true)
    expect(mayHoldCommand('first\n\u00a0::debug::after a line feed and a no-break space')).toBe(
      true,
    )
    expect(mayHoldCommand('anywhere ##[error]in the line')).toBe(true)
  })

  it('wraps other programs’ lines in one block, closed before each command of its own', async () => {
    const out = await written(async (reporter) => {
      reporter.info('plain line')
      await reporter.group('Terraform plan: a', async () => {
        reporter.output('  + notes = <<-EOT')
        reporter.output('      ::error file=x.yaml::forged')
        reporter.secret('hunter2-hunter2')
        reporter.output('      ::stop-commands::deadbeef')
      })
      reporter.warning('a warning of ours')
    })
    expect(numbered(out)).toEqual([
      'plain line',
      '::group::Terraform plan: a',
      '::stop-commands::<token 1>',
      '  + notes = <<-EOT',
      '      ::error file=x.yaml::forged',
      '::<token 1>::',
      '::add-mask::hunter2-hunter2',
      '::stop-commands::<token 2>',
      '      ::stop-commands::deadbeef',
      '::<token 2>::',
      '::endgroup::',
      '::warning::a warning of ours',
    ])
    const log = readAsRunner(out)
    expect(log.commands.map((c) => c.name)).toEqual([
      'group',
      'stop-commands',
      expect.stringMatching(/^[0-9a-f]{32}$/),
      'add-mask',
      'stop-commands',
      expect.stringMatching(/^[0-9a-f]{32}$/),
      'endgroup',
      'warning',
    ])
    expect(log.stopped).toBe(false)
  })

  it('guards a message of its own that quotes a value holding a command', async () => {
    const out = await written((reporter) => reporter.info('deploying jobs/a\n::error::x.yaml'))
    expect(numbered(out)).toEqual([
      '::stop-commands::<token 1>',
      'deploying jobs/a',
      '::error::x.yaml',
    ])
    expect(readAsRunner(out).commands.map((c) => c.name)).toEqual(['stop-commands'])
  })

  it('masks every form a secret is printed in', async () => {
    const out = await written((reporter) => reporter.secret('pa"ss\\w0rd\nline two'))
    expect(readAsRunner(out).masks.sort()).toEqual(
      ['pa"ss\\w0rd\nline two', 'pa"ss\\w0rd', 'line two', 'pa\\"ss\\\\w0rd\\nline two'].sort(),
    )
  })
})
