// The action's workflow commands are byte for byte those @actions/core writes, for every call the
// action makes and for the text that is hard to escape: percent signs, line breaks, colons and
// commas in properties, empty and missing properties, values that are not strings.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as toolkit from '@actions/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as ours from '../../src/publish/workflow-commands.js'
import { tempDir } from '../helpers/temp.js'

/** What `run` writes to standard output. */
function stdout(run: () => void): string {
  const original = process.stdout.write.bind(process.stdout)
  let captured = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    run()
  } finally {
    process.stdout.write = original
  }
  return captured
}

const TEXTS = [
  'plain',
  '',
  '100% done: a, b\r\nnext line\nand %0A as text',
  '::error::not ours',
  'ünïcødé ✓',
]

const PLACES = [
  {},
  { title: 'dativo: t', file: 'jobs/a,b.yaml', startLine: 3, startColumn: 1 },
  { title: undefined, file: undefined, startLine: undefined, endLine: undefined },
  {
    title: 'a: b, c%',
    file: 'x\ny.yaml',
    startLine: 1,
    endLine: 2,
    startColumn: 3,
    endColumn: 40,
  },
]

describe('workflow commands', () => {
  const saved = { ...process.env }
  let dir: string

  beforeEach(() => {
    dir = tempDir('dativo-commands-')
  })

  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
    process.exitCode = undefined
  })

  it('log lines, groups, masks and debug lines as @actions/core writes them', () => {
    for (const text of TEXTS) {
      for (const name of ['info', 'debug', 'startGroup', 'setSecret'] as const) {
        expect(
          stdout(() => ours[name](text)),
          `${name}(${JSON.stringify(text)})`,
        ).toBe(stdout(() => toolkit[name](text)))
      }
    }
    expect(stdout(() => ours.endGroup())).toBe(stdout(() => toolkit.endGroup()))
  })

  it('annotations, with and without places, as @actions/core writes them', () => {
    for (const text of TEXTS) {
      for (const place of PLACES) {
        for (const level of ['notice', 'warning', 'error'] as const) {
          expect(stdout(() => ours[level](text, place))).toBe(
            stdout(() => toolkit[level](text, place)),
          )
        }
      }
      for (const level of ['notice', 'warning', 'error'] as const) {
        expect(stdout(() => ours[level](text))).toBe(stdout(() => toolkit[level](text)))
      }
    }
  })

  it('a failed step: exit code 1 and the error', () => {
    const theirs = stdout(() => toolkit.setFailed('it broke: 50%'))
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    expect(stdout(() => ours.setFailed('it broke: 50%'))).toBe(theirs)
    expect(process.exitCode).toBe(1)
  })

  it('inputs read from INPUT_*, trimmed, as @actions/core reads them', () => {
    process.env['INPUT_TERRAFORM-VERSION'] = '  1.11.4 \n'
    process.env.INPUT_WITH_SPACE = 'x'
    for (const name of ['terraform-version', 'with space', 'missing']) {
      expect(ours.getInput(name)).toBe(toolkit.getInput(name))
    }
  })

  it('outputs into GITHUB_OUTPUT, read back as the runner reads them', () => {
    const file = path.join(dir, 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    ours.setOutput('results', '[{"a":1}]\nsecond line')
    ours.setOutput('count', 3 as unknown as string)
    ours.setOutput('empty', '')
    const text = readFileSync(file, 'utf8')
    const values = [...text.matchAll(/^(\w+)<<(ghadelimiter_[0-9a-f-]{36})\n([^]*?)\n\2\n/gm)]
    expect(values.map(([, name, , value]) => [name, value])).toEqual([
      ['results', '[{"a":1}]\nsecond line'],
      ['count', '3'],
      ['empty', ''],
    ])
    expect(values.map(([whole]) => whole).join('')).toBe(text)
  })

  it('without GITHUB_OUTPUT, the set-output command as @actions/core writes it', () => {
    delete process.env.GITHUB_OUTPUT
    expect(stdout(() => ours.setOutput('a', 'x:y\nz'))).toBe(
      stdout(() => toolkit.setOutput('a', 'x:y\nz')),
    )
  })

  it('the job summary appended as @actions/core appends it, refused as it refuses', async () => {
    // Refused first: @actions/core keeps the first path it could write to.
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'missing', 'summary')
    const refusal = await toolkit.summary
      .addRaw('x')
      .write()
      .then(
        () => 'written',
        (error: Error) => error.message,
      )
    expect(() => ours.appendSummary('x')).toThrow(refusal)
    toolkit.summary.emptyBuffer()
    const file = path.join(dir, 'summary')
    writeFileSync(file, '# before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    ours.appendSummary('## ours\n')
    await toolkit.summary.addRaw('## theirs\n').write()
    expect(readFileSync(file, 'utf8')).toBe('# before\n## ours\n## theirs\n')
  })
})
