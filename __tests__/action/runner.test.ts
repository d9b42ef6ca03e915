import * as core from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Runner } from '../../src/action/runner.js'
import type { AnnotationProperties } from '../../src/action/runner.js'
import { tempDir } from '../helpers/temp.js'

/** What @actions/core writes to stdout while `run` runs. */
function coreOutput(run: () => void): string {
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

function runnerOutput(run: (runner: Runner) => void, env: NodeJS.ProcessEnv = process.env): string {
  let captured = ''
  run(new Runner(env, (text) => (captured += text)))
  return captured
}

const MESSAGES = [
  'plain',
  'with: colon, comma',
  '100% done\r\nnext line',
  '',
  '::error::nested',
  'ünïcödé',
]
const PROPERTIES: AnnotationProperties[] = [
  {},
  {
    title: 'dativo: missing required tags',
    file: 'jobs/a,b:c.yaml',
    startLine: 14,
    endLine: 14,
    startColumn: 5,
    endColumn: 17,
  },
  { file: 'jobs/x.yaml', startLine: 3, endLine: 6 },
  { title: '50%\nsure', file: 'a.yaml', startLine: 0 },
]

describe('the runner protocol, byte for byte as @actions/core writes it', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('annotations with every kind of property and message', () => {
    for (const message of MESSAGES) {
      for (const properties of PROPERTIES) {
        expect(runnerOutput((r) => r.annotate('error', message, properties))).toBe(
          coreOutput(() => core.error(message, properties)),
        )
        expect(runnerOutput((r) => r.annotate('warning', message, properties))).toBe(
          coreOutput(() => core.warning(message, properties)),
        )
        expect(runnerOutput((r) => r.annotate('notice', message, properties))).toBe(
          coreOutput(() => core.notice(message, properties)),
        )
      }
    }
  })

  it('logs, groups, debug lines and masks', () => {
    for (const message of MESSAGES) {
      expect(runnerOutput((r) => r.info(message))).toBe(coreOutput(() => core.info(message)))
      expect(runnerOutput((r) => r.debug(message))).toBe(coreOutput(() => core.debug(message)))
      expect(runnerOutput((r) => r.startGroup(message))).toBe(
        coreOutput(() => core.startGroup(message)),
      )
      expect(runnerOutput((r) => r.setSecret(message))).toBe(
        coreOutput(() => core.setSecret(message)),
      )
    }
    expect(runnerOutput((r) => r.endGroup())).toBe(coreOutput(() => core.endGroup()))
  })

  it('reads inputs as getInput does', () => {
    const env = { 'INPUT_CHANGED-ONLY': '  false \n', INPUT_MY_INPUT: 'x' }
    Object.assign(process.env, env)
    expect(new Runner(env).getInput('changed-only')).toBe(core.getInput('changed-only'))
    expect(new Runner(env).getInput('my input')).toBe(core.getInput('my input'))
    expect(new Runner(env).getInput('absent')).toBe(core.getInput('absent'))
  })

  it('writes outputs to GITHUB_OUTPUT in the same heredoc form', () => {
    const dir = tempDir('runner-')
    const ours = path.join(dir, 'ours')
    const theirs = path.join(dir, 'theirs')
    writeFileSync(ours, '')
    writeFileSync(theirs, '')
    const value = '[{"config":"jobs/a.yaml"}]\nsecond line'
    new Runner({ GITHUB_OUTPUT: ours }, () => {}).setOutput('results', value)
    process.env.GITHUB_OUTPUT = theirs
    core.setOutput('results', value)
    const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER')
    expect(normalise(readFileSync(ours, 'utf8'))).toBe(normalise(readFileSync(theirs, 'utf8')))
  })
})
