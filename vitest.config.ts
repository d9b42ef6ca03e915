import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The integration files: they run real Terraform, moto or a whole set-up, or hold long
 * property runs. `npm test` runs them with the rest; `npm run test:unit` (`vitest run --mode
 * unit`) leaves them out, with `terraform` and `moto_server` on PATH answering that they are
 * not for unit tests, so a unit file that starts them fails, naming this list.
 */
export const INTEGRATION_FILES = [
  '__tests__/faults/**',
  '__tests__/terraform/modules/**',
  '__tests__/action/commit-back-race.test.ts',
  '__tests__/action/commit-back.test.ts',
  '__tests__/action/commit-message.test.ts',
  '__tests__/action/fleet.test.ts',
  '__tests__/action/limits.test.ts',
  '__tests__/action/locale.test.ts',
  '__tests__/action/matrix.test.ts',
  '__tests__/action/policy.test.ts',
  '__tests__/action/progress.test.ts',
  '__tests__/action/pull-request.test.ts',
  '__tests__/action/rate-limits.test.ts',
  '__tests__/action/removal-claims.test.ts',
  '__tests__/action/removed-aws.test.ts',
  '__tests__/action/removed-jobs.test.ts',
  '__tests__/action/reviewed-plan.test.ts',
  '__tests__/action/runner-failure.test.ts',
  '__tests__/action/summary-unwritable.test.ts',
  '__tests__/action/terraform-report.test.ts',
  '__tests__/action/untrusted-data.test.ts',
  '__tests__/cli/drift.test.ts',
  '__tests__/cli/newcomer.test.ts',
  '__tests__/cli/policy.test.ts',
  '__tests__/cli/terminal.test.ts',
  '__tests__/config/plain-yaml.test.ts',
  '__tests__/config/validation-output.test.ts',
  '__tests__/discover/removal-property.test.ts',
  '__tests__/docs/quick-start.test.ts',
  '__tests__/docs/readme.test.ts',
  '__tests__/docs/set-up.test.ts',
  '__tests__/drift/heal-aws.test.ts',
  '__tests__/helpers/aws-schema-filter.test.ts',
  '__tests__/helpers/moto.test.ts',
  '__tests__/policy/plan.test.ts',
  '__tests__/publish/api-commit.test.ts',
  '__tests__/publish/comment.test.ts',
  '__tests__/publish/commit-back.test.ts',
  '__tests__/resolve/from-files.test.ts',
  '__tests__/rollout/rollout.test.ts',
  '__tests__/tags/tfvars.test.ts',
  '__tests__/terraform/commands.test.ts',
  '__tests__/terraform/fingerprint.test.ts',
  '__tests__/terraform/install/loading.test.ts',
  '__tests__/terraform/module-declarations.test.ts',
  '__tests__/terraform/plan-text.test.ts',
  '__tests__/terraform/plan.test.ts',
  '__tests__/terraform/plugin-cache.test.ts',
  '__tests__/terraform/stage.test.ts',
  '__tests__/terraform/state.test.ts',
]

/**
 * Most test time is spent waiting on Terraform, moto, git and node processes, not on this
 * process's CPU: files run side by side, twice as many as there are cores (4 on 2 cores; on a
 * busy 2-core machine, 4 beat 3 and 2 on the same files), at most 8. DATIVO_TEST_WORKERS sets
 * how many.
 */
const workers =
  Number(process.env.DATIVO_TEST_WORKERS) || Math.min(8, Math.max(2, availableParallelism() * 2))

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig(({ mode }) => {
  const unit = mode === 'unit'
  for (const entry of INTEGRATION_FILES) {
    if (!entry.includes('*') && !existsSync(path.join(root, entry))) {
      throw new Error(`vitest.config.ts lists an integration file that does not exist: ${entry}`)
    }
  }
  return {
    test: {
      include: ['__tests__/**/*.test.ts'],
      exclude: [...configDefaults.exclude, ...(unit ? INTEGRATION_FILES : [])],
      // Each file's limit holds with every worker busy; real-Terraform files that need more say so.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // Files run side by side safely: each Terraform run has a plugin cache of its own (the
      // tests' terraform environment sets none; the product's run keeps one in its own
      // temporary folder), each file starts its own moto and fake GitHub on free ports.
      pool: 'forks',
      // Each worker runs one file after another (isolate: false): a fresh process per file cost
      // about 0.7 CPU-s, some 90 CPU-s a run. Files still share nothing they do not restore:
      // helpers/cleanup.ts fails a file that leaves the environment, the working directory or
      // the exit code changed. As many forks from the start as at most (minForks = maxForks):
      // tinypool 1.1 sets an idle worker's timer twice and ends the worker twice when fewer are
      // kept, which fails the run at its end with "Terminating worker thread".
      poolOptions: { forks: { isolate: false, minForks: workers, maxForks: workers } },
      env: unit
        ? {
            DATIVO_TEST_SET: 'unit',
            PATH: `${path.join(root, '__tests__/helpers/unit-path')}${path.delimiter}${process.env.PATH}`,
          }
        : {},
      // Temporary folders go to one folder of the suite's own; what is left there fails the run.
      globalSetup: ['__tests__/helpers/temp-folder.ts'],
      setupFiles: ['__tests__/helpers/cleanup.ts'],
    },
  }
})
