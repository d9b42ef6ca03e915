import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Terraform's provider plugin cache is not safe for concurrent init: files that run real
    // Terraform serialise through their own lock, the rest run in parallel.
    pool: 'forks',
    // Temporary folders go to one folder of the suite's own; what is left there fails the run.
    globalSetup: ['__tests__/helpers/temp-folder.ts'],
    setupFiles: ['__tests__/helpers/cleanup.ts'],
  },
})
