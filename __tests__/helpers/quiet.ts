// For tests that install Terraform in this process: @actions/tool-cache writes lines meant for a
// runner's log (`::debug::…`, `[command]…`) straight to standard output. They are kept out of the
// test output; everything else still prints.
import { afterEach, beforeEach } from 'vitest'

const RUNNER_LOG = /^(::debug::|\[command\])/

export function quietRunnerLog(): void {
  let write: typeof process.stdout.write
  beforeEach(() => {
    write = process.stdout.write
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
      RUNNER_LOG.test(String(chunk))
        ? true
        : (write as (...args: unknown[]) => boolean).call(
            process.stdout,
            chunk,
            ...rest,
          )) as typeof process.stdout.write
  })
  afterEach(() => {
    process.stdout.write = write
  })
}
