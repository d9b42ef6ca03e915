// The checks of cleanup.ts, in a vitest of its own: a file whose test holds the worker's event loop
// past the limit fails by name, with how long it held it; a file that waits as long without
// holding the loop passes; a file that leaves a variable set or the working directory moved for
// the next file of its worker fails by name, saying which.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './action.js'
import { runProcess } from './process.js'
import { tempDir } from './temp.js'

const HOLD = `import { it } from 'vitest'
it('holds the loop', () => {
  const end = Date.now() + 3000
  while (Date.now() < end) {}
})
`
const WAIT = `import { it } from 'vitest'
it('waits without holding the loop', async () => {
  await new Promise((resolve) => setTimeout(resolve, 3000))
})
`

const LEAK = `import { it } from 'vitest'
it('leaves the process changed', () => {
  process.env.DATIVO_LEFT_BEHIND = 'yes'
  process.chdir('tests')
})
`

describe('a test file that holds its worker’s event loop or leaves the process changed', () => {
  it('fails by name past the limit or with what it changed; waiting without holding the loop passes', async () => {
    const dir = tempDir('dativo-loop-hold-')
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
    mkdirSync(path.join(dir, 'tests'))
    writeFileSync(path.join(dir, 'tests/hold.test.mjs'), HOLD)
    writeFileSync(path.join(dir, 'tests/wait.test.mjs'), WAIT)
    writeFileSync(path.join(dir, 'tests/leak.test.mjs'), LEAK)
    writeFileSync(
      path.join(dir, 'vitest.config.mjs'),
      `export default { test: { include: ['tests/*.test.mjs'], setupFiles: [${JSON.stringify(
        path.join(ROOT, '__tests__/helpers/cleanup.ts'),
      )}] } }\n`,
    )
    const run = await runProcess(
      process.execPath,
      [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose'],
      {
        cwd: dir,
        // A vitest of its own, not one more worker of this one.
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
          ),
          DATIVO_TEST_LOOP_HOLD_LIMIT_MS: '2000',
          NO_COLOR: '1',
        },
      },
    )
    const output = run.stdout + run.stderr
    expect(run.status, output).toBe(1)
    expect(output).toMatch(/FAIL\s+tests\/hold\.test\.mjs/)
    expect(output).toMatch(
      /This file held its worker's event loop for [2-9]\.\d s at once \(at most 2 s\)/,
    )
    expect(output).toMatch(/✓ tests\/wait\.test\.mjs/)
    expect(output).toMatch(/FAIL\s+tests\/leak\.test\.mjs/)
    expect(output).toContain(
      `This file left the process changed: environment variables DATIVO_LEFT_BEHIND; working directory ${path.join(dir, 'tests')}.`,
    )
    expect(output).toMatch(/Test Files {2}2 failed \| 1 passed \(3\)/)
  }, 60_000)
})
