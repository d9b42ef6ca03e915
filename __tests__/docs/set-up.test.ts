// The README's set-up on a fresh clone: its first command (the sandbox pipeline, which resolves an
// example in place and keeps state under .dativo/) leaves nothing the checks trip over, run once
// or twice: lint ignores what the CLI's .dativo/.gitignore ignores, and the tests that take an
// example as a fixture read it from git, not from the work tree. And `npm ci` on the Node the
// README names asks for no newer Node.
import { execFile, execFileSync } from 'node:child_process'
import { appendFileSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import semver from 'semver'
import { beforeAll, describe, expect, it } from 'vitest'
import { gitFiles } from '../../scripts/git-ignored.mjs'
import { tempDir } from '../helpers/temp.js'
import { repoRoot } from './actionlint.js'
import { codeBlocks, section } from './markdown.js'

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))

/** The tests that failed after the first command, when they read the examples' work tree. */
const FIXTURE_TESTS: Record<string, string> = {
  '__tests__/action/commit-back.test.ts': 'apply on a push: resolved values committed back',
  '__tests__/action/commit-message.test.ts':
    'commit-back of a config whose name holds trailer lines',
  '__tests__/cli/terminal.test.ts': '9. placeholders that are almost right',
  '__tests__/config/validation-output.test.ts': 'validation output is what it was before',
  '__tests__/docs/readme.test.ts': 'README set-up',
  '__tests__/faults/local-state.test.ts': 'state that would be lost',
}

describe("the README's set-up", () => {
  it('names the Node that npm ci installs every dependency for', () => {
    const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'))
    const ours: string = packageJson.engines.node
    const asking = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([, entry]) => entry.engines?.node && !semver.subset(ours, entry.engines.node))
      .map(([name, entry]) => `${name} (${entry.engines!.node})`)
    expect(asking).toEqual([])
    const minimum = semver.minVersion(ours)!
    expect(readme).toContain(
      `from a fresh clone (Node ${minimum.major}.${minimum.minor} or later; on the 22 line, 22.13 or later)`,
    )
  })

  // One fresh clone for what follows: the first command runs twice, as a newcomer may run it,
  // and lint and the tests that use the examples then run once on what the two runs left (a
  // superset of what one run leaves: the second adds the state's backup).
  describe('on a fresh clone, after its first command, twice', () => {
    let clone: string
    let scratch: string
    const rounds: Array<{ stdout: string; status: string }> = []
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
    )
    // Asynchronously: the test's worker must keep answering Vitest while these run.
    const run = async (command: string, args: string[]) => {
      const result = await promisify(execFile)(command, args, {
        cwd: clone,
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error)
      expect(
        'code' in result ? result.code : 0,
        `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`,
      ).toBe(0)
      return { stdout: result.stdout ?? '' }
    }

    beforeAll(async () => {
      const [commands] = codeBlocks(section(readme, 'Set up'), 'sh')
      const first = commands!.split('\n')[0]!
      expect(first).toMatch(/^npm ci && node dist\/cli\.js run /)
      scratch = tempDir('dativo-fresh-clone-')
      clone = path.join(scratch, 'clone')
      execFileSync('git', ['clone', '-q', repoRoot, clone])
      // `npm ci` stands for the dependencies: the installed ones, which git must not see.
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules'))
      appendFileSync(path.join(clone, '.git/info/exclude'), '/node_modules\n')
      for (let round = 0; round < 2; round++) {
        const { stdout } = await run('sh', ['-c', first.replace(/^npm ci && /, '')])
        const status = execFileSync('git', ['status', '--short'], { cwd: clone, encoding: 'utf8' })
        rounds.push({ stdout, status })
      }
    }, 180_000)

    it('applies the sandbox job, then finds nothing to do, leaving only the resolved example', () => {
      expect(rounds.map((round) => round.stdout)).toEqual([
        expect.stringContaining('1 config applied: +1 ~0 -0, 1 resolved'),
        expect.stringContaining('1 config applied: +0 ~0 -0'),
      ])
      // What the first command leaves: a resolved example and state git ignores.
      for (const round of rounds) {
        expect(round.status).toBe(' M examples/jobs/acme/local_orders_sandbox.yaml\n')
      }
    })

    // The files the runs did not touch are the repository's own, which `npm test` lints there;
    // here the linters meet only what the two runs left, as `npm run lint` would in this clone.
    it('lint passes on what the runs left: ignored as git ignores it, or formatted', async () => {
      const listed = (args: string[]) =>
        execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).split('\0').filter(Boolean)
      const left = [
        ...listed(['status', '--porcelain=v1', '-z', '--untracked-files=all']).map((entry) => ({
          ignored: false,
          file: entry.slice(3),
        })),
        ...listed(['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])
          .filter((file) => !file.startsWith('node_modules'))
          .map((file) => ({ ignored: true, file })),
      ]
      expect(left.filter((entry) => entry.ignored).length).toBeGreaterThan(0)
      // Prettier checks the files scripts/prettier.mjs lists: none of the ignored ones.
      const prettierFiles = new Set(gitFiles(clone))
      expect(left.filter((entry) => prettierFiles.has(entry.file))).toEqual(
        left.filter((entry) => !entry.ignored),
      )
      const visible = left.filter((entry) => !entry.ignored).map((entry) => entry.file)
      await run(process.execPath, [
        'node_modules/prettier/bin/prettier.cjs',
        '--check',
        '--ignore-unknown',
        ...visible,
      ])
      // ESLint, with the clone's own config, skips the ignored ones and passes the rest.
      await run(process.execPath, [
        'node_modules/eslint/bin/eslint.js',
        '--max-warnings=0',
        '--no-warn-ignored',
        ...left.map((entry) => entry.file),
      ])
    }, 300_000)

    it('the tests that use the examples pass', async () => {
      const report = path.join(scratch, 'vitest.json')
      await promisify(execFile)(
        process.execPath,
        [
          'node_modules/vitest/vitest.mjs',
          'run',
          ...Object.keys(FIXTURE_TESTS),
          '-t',
          Object.values(FIXTURE_TESTS)
            .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'),
          '--reporter=json',
          `--outputFile=${report}`,
        ],
        { cwd: clone, env, maxBuffer: 64 * 1024 * 1024 },
      ).catch(() => undefined)
      const results = JSON.parse(readFileSync(report, 'utf8'))
      const passed = (
        results.testResults as Array<{
          name: string
          assertionResults: Array<{ status: string; ancestorTitles: string[] }>
        }>
      ).map((file) => ({
        file: path.relative(clone, file.name),
        passed: file.assertionResults.filter(
          (test) =>
            test.status === 'passed' &&
            test.ancestorTitles[0] === FIXTURE_TESTS[path.relative(clone, file.name)],
        ).length,
      }))
      const failed = results.testResults.flatMap(
        (file: {
          assertionResults: Array<{ status: string; fullName: string; failureMessages: string[] }>
        }) =>
          file.assertionResults
            .filter((test) => test.status === 'failed')
            .map((test) => `${test.fullName}: ${test.failureMessages.join('\n').slice(0, 2000)}`),
      )
      expect(failed).toEqual([])
      expect(passed.map((file) => file.file).sort()).toEqual(Object.keys(FIXTURE_TESTS).sort())
      for (const file of passed) expect(file.passed, file.file).toBeGreaterThan(0)
      expect(results.numFailedTests).toBe(0)
    }, 300_000)
  })
})
