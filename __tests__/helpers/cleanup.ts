// Runs before every test file: what tempDir() made is removed once the file's tests are done.
import { afterAll } from 'vitest'
import { removeTempDirs } from './temp.js'

afterAll(removeTempDirs)
