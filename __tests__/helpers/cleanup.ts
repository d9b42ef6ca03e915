// Runs before every test file: what tempDir() made is removed once the file's tests are done.
//
// The worker, and every process its tests start (Terraform, providers, moto, git), runs at a
// lower priority than vitest's own process: on a busy machine that process must still answer
// each worker within vitest's fixed 60 s (its RPC timeout, which no option changes), or a run
// whose every test passed ends with "Timeout calling onTaskUpdate". The share of the CPU the
// workers get among themselves is unchanged.
import { setPriority } from 'node:os'
import { afterAll } from 'vitest'
import { removeTempDirs } from './temp.js'

const WORKER_NICENESS = 10
setPriority(WORKER_NICENESS)

afterAll(removeTempDirs)
