// Runs before every test file: what tempDir() made is removed once the file's tests are done; a
// file that held its worker's event loop for long fails, by name; so does a file that leaves the
// process changed for the next file its worker runs (vitest.config.ts: isolate: false), in its
// environment variables, working directory or exit code.
//
// Vitest gives every call from a worker to its own process a fixed 60 s (no option changes it),
// and the worker reads the answer on its event loop. A test that holds that loop for longer (a
// program waited for with spawnSync on a busy machine) ends a run whose every test passed with
// "Timeout calling onTaskUpdate", naming no file. Tests run programs through helpers/process.ts
// instead; a file that still holds its loop for half that time fails here.
import { afterAll } from 'vitest'
import { removeTempDirs } from './temp.js'

/** DATIVO_TEST_LOOP_HOLD_LIMIT_MS sets another limit, for the test of this check. */
const LOOP_HOLD_LIMIT_MS = Number(process.env.DATIVO_TEST_LOOP_HOLD_LIMIT_MS) || 30_000
const BEAT_MS = 250

// Taken before any test runs, so a test's fake timers do not stand in for them.
const { setInterval, clearInterval } = globalThis
const now = performance.now.bind(performance)

// What the next file in this worker would inherit, as this file found it.
const environment = { ...process.env }
const directory = process.cwd()
const exitCode = process.exitCode

/** What this file changed of the process and did not put back, one phrase each. */
function leftChanged(): string[] {
  const names = new Set([...Object.keys(environment), ...Object.keys(process.env)])
  const variables = [...names].filter((name) => environment[name] !== process.env[name]).sort()
  return [
    ...(variables.length > 0 ? [`environment variables ${variables.join(', ')}`] : []),
    ...(process.cwd() !== directory ? [`working directory ${process.cwd()}`] : []),
    ...(process.exitCode !== exitCode ? [`exit code ${String(process.exitCode)}`] : []),
  ]
}

let last = now()
let longest = 0
/** The time since the last beat beyond its interval: how long the loop has been held. */
const beatNow = () => {
  const at = now()
  longest = Math.max(longest, at - last - BEAT_MS)
  last = at
}
const beat = setInterval(beatNow, BEAT_MS)
beat.unref()

afterAll(() => {
  beatNow()
  clearInterval(beat)
  removeTempDirs()
  const changed = leftChanged()
  if (changed.length > 0) {
    throw new Error(
      `This file left the process changed: ${changed.join('; ')}. The next test file in this ` +
        'worker would start with it: put back what a test changes (afterEach or try/finally).',
    )
  }
  if (longest > LOOP_HOLD_LIMIT_MS) {
    throw new Error(
      `This file held its worker's event loop for ${(longest / 1000).toFixed(1)} s at once ` +
        `(at most ${LOOP_HOLD_LIMIT_MS / 1000} s): vitest's own messages wait meanwhile, and past ` +
        '60 s the run fails with "Timeout calling onTaskUpdate". Run programs with ' +
        'helpers/process.ts, not spawnSync or execFileSync.',
    )
  }
})
