// Runs before every test file: what tempDir() made is removed once the file's tests are done, and
// a file that held its worker's event loop for long fails, by name.
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
  if (longest > LOOP_HOLD_LIMIT_MS) {
    throw new Error(
      `This file held its worker's event loop for ${(longest / 1000).toFixed(1)} s at once ` +
        `(at most ${LOOP_HOLD_LIMIT_MS / 1000} s): vitest's own messages wait meanwhile, and past ` +
        '60 s the run fails with "Timeout calling onTaskUpdate". Run programs with ' +
        'helpers/process.ts, not spawnSync or execFileSync.',
    )
  }
})
