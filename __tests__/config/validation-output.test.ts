// Validation says exactly what the reference reader says: the committed bundles (dist/cli.js
// and the action's dist/index.js), run the way users run them, print byte for byte the committed
// fixtures on the bench corpus and on a corpus of the examples, the tests' fixtures, and damaged
// and generated configs (validation-corpus.ts); in the process, the quick reader's every result
// equals what `yaml` alone gives.
//
// The fixtures were first written by the bundle of commit 5deabc4, from before the quick reader,
// and are written again only when a rule or a message changes on purpose, from the bundle that
// makes that change (the diff of the fixtures shows exactly what it changed):
//   VALIDATION_FIXTURES_FROM=$PWD/dist npx vitest run __tests__/config/validation-output.test.ts
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { generate } from '../../bench/generate.mjs'
import { validateConfigBytes } from '../../src/config/validate.js'
import { ROOT } from '../helpers/action.js'
import { runProcess } from '../helpers/process.js'
import { writeValidationCorpus } from './validation-corpus.js'

const FIXTURES = path.join(ROOT, '__tests__/config/fixtures/validation-output')
/** Set to an older dist/ folder: its output becomes the fixtures instead of being compared. */
const CAPTURE_FROM = process.env.VALIDATION_FIXTURES_FROM
const DIST = CAPTURE_FROM ?? path.join(ROOT, 'dist')

let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'dativo-validation-output-'))
})

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** What a command printed, as one text: its exit status, standard output and standard error. */
async function transcript(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const result = await runProcess(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 300_000,
  })
  // Node names its process in the warnings `yaml` prints for some damaged configs.
  const stderr = result.stderr.replace(/^\(node:\d+\)/gm, '(node:PID)')
  return `exit ${result.status}\n-- stdout\n${result.stdout}-- stderr\n${stderr}`
}

async function cli(workspace: string): Promise<string> {
  return await transcript([path.join(DIST, 'cli.js'), 'validate', 'jobs/**/*.yaml'], workspace)
}

/** The action in validate mode: its log, and the results output every later step reads. */
async function action(workspace: string): Promise<string> {
  const files = mkdtempSync(path.join(scratch, 'action-'))
  const output = path.join(files, 'output')
  writeFileSync(output, '')
  writeFileSync(path.join(files, 'summary'), '')
  const log = await transcript([path.join(DIST, 'index.js')], workspace, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(files, 'summary'),
    RUNNER_TEMP: files,
    INPUT_MODE: 'validate',
    INPUT_CONFIGS: 'jobs/**/*.yaml',
    'INPUT_CHANGED-ONLY': 'false',
    'INPUT_COMMENT-ON-PR': 'false',
  })
  // The output file's delimiters are random; the values between them are not.
  const outputs = readFileSync(output, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER')
  const summary = readFileSync(path.join(files, 'summary'), 'utf8')
  return `${log}-- outputs\n${outputs}-- summary\n${summary}`
}

function matchesFixture(name: string, actual: string): void {
  const file = path.join(FIXTURES, name)
  if (CAPTURE_FROM) {
    mkdirSync(FIXTURES, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  // Compared line by line, so a difference shows as a diff rather than two blobs.
  expect(actual.split('\n')).toEqual(readFileSync(file, 'utf8').split('\n'))
}

describe('validation output is what it was before', () => {
  it('on the bench corpus of 3,000 configs (dist/cli.js validate)', async () => {
    const workspace = path.join(scratch, 'bench')
    generate(workspace, 3000)
    matchesFixture('bench-3000.cli.txt', await cli(workspace))
  }, 180_000)

  it('on the examples, the fixtures and damaged and generated configs (CLI and action)', async () => {
    const workspace = path.join(scratch, 'varied')
    expect(writeValidationCorpus(workspace)).toBeGreaterThan(1200)
    matchesFixture('varied.cli.txt', await cli(workspace))
    matchesFixture('varied.action.txt', await action(workspace))
  }, 180_000)

  it('in the process too: every result, the job and its place included, as `yaml` alone gives it', async () => {
    // `yaml` tells what it makes of some damaged configs through process warnings: not output here.
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
    try {
      const workspace = path.join(scratch, 'in-process')
      writeValidationCorpus(workspace)
      generate(path.join(workspace, 'bench'), 600)
      const files = (readdirSync(workspace, { recursive: true }) as string[])
        .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
        .sort()
      let jobs = 0
      for (const [index, file] of files.entries()) {
        // A turn of the event loop now and then, for vitest's messages (helpers/process.ts).
        if (index % 100 === 0) await setImmediate()
        const bytes = readFileSync(path.join(workspace, file))
        const options = { defaultTags: { owner: 'platform', 'cost centre': 'x' } }
        const quick = validateConfigBytes(file, bytes, options)
        expect(quick, file).toEqual(
          validateConfigBytes(file, bytes, { ...options, yamlOnly: true }),
        )
        if (quick.job) jobs++
      }
      expect(jobs).toBeGreaterThan(500)
    } finally {
      warnings.mockRestore()
    }
  })
})
