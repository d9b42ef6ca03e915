// The one wrapper around the terraform program: automation settings on every call, the job's
// own data folder, and output captured for the job's log.
import { exec } from '../util/exec.js'
import type { ExecResult } from '../util/exec.js'

export interface TerraformCommand {
  args: string[]
  cwd: string
  /** Stream each line of output as it arrives (the job's log). */
  onLine?: (line: string) => void
  /** Keep the output out of the log (JSON with values that may be sensitive). */
  quiet?: boolean
}

export class TerraformCli {
  constructor(
    readonly binary: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A copy whose commands keep their .terraform data in `dataDir`, out of the workspace. */
  withDataDir(dataDir: string): TerraformCli {
    return new TerraformCli(this.binary, { ...this.env, TF_DATA_DIR: dataDir })
  }

  run(command: TerraformCommand): Promise<ExecResult> {
    return exec(this.binary, command.args, {
      cwd: command.cwd,
      env: this.env,
      onLine: command.quiet ? undefined : command.onLine,
    })
  }
}

/** The environment every terraform command runs with (CONTRACT §6). */
export function automationEnv(base: NodeJS.ProcessEnv, pluginCacheDir: string): NodeJS.ProcessEnv {
  return {
    ...base,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_PLUGIN_CACHE_DIR: pluginCacheDir,
  }
}
