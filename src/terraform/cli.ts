// The one wrapper around the terraform program: automation settings on every call, the job's
// own data folder, a time limit per command, and output captured for the job's log.
import path from 'node:path'
import type { Cancellation } from '../util/cancellation.js'
import { execDetached } from '../util/exec.js'
import type { DetachedResult } from '../util/exec.js'

export interface TerraformCommand {
  args: string[]
  cwd: string
  /** Stream each line of output as it arrives (the job's log). */
  onLine?: (line: string) => void
  /** Keep the output out of the log (JSON with values that may be sensitive). */
  quiet?: boolean
  /** The command changes infrastructure: a cancellation lets it go on for a moment first. */
  changes?: boolean
  /**
   * The command only reads (`show`, `output`): past the time limit it is stopped after a short
   * grace, having nothing to save.
   */
  readOnly?: boolean
}

/**
 * How long a command that changes infrastructure goes on after the run's first signal before it
 * is interrupted. Interrupting Terraform makes providers cancel the calls they have in flight, and
 * a create that the cloud carried out but whose answer was cancelled leaves a resource no state
 * knows; a few seconds let those calls return. Shorter than the runner's 7.5 s before SIGTERM.
 */
export const APPLY_DRAIN_MS = 5000

/**
 * Past the time limit, how long a command that only reads has after its SIGINT (which it may
 * ignore) before it is killed: it has no state to save.
 */
export const READ_ONLY_GRACE_MS = 5000

export interface TerraformLimits {
  /** Limit for one command (`terraform-timeout`). */
  timeoutMs?: number
  /** The run's cancellation: each signal is forwarded to the running commands. */
  cancellation?: Cancellation
  /** After a time limit, how long a command has to stop before it is interrupted again. */
  graceMs?: number
  /** Once a command has ended, how long what it left in its process group has after SIGTERM. */
  groupGraceMs?: number
}

export type TerraformResult = DetachedResult

export class TerraformCli {
  constructor(
    readonly binary: string,
    /** The environment every command of it runs with. */
    readonly env: NodeJS.ProcessEnv,
    private readonly limits: TerraformLimits = {},
    private readonly jobDir?: string,
  ) {}

  /**
   * A copy for one job: its commands keep their .terraform data in `jobDir/data` and their
   * output files in `jobDir`, a folder of the job's own outside the workspace, and use the
   * plugin cache folder given.
   */
  forJob(jobDir: string, pluginCacheDir: string): TerraformCli {
    return new TerraformCli(
      this.binary,
      { ...this.env, TF_DATA_DIR: path.join(jobDir, 'data'), TF_PLUGIN_CACHE_DIR: pluginCacheDir },
      this.limits,
      jobDir,
    )
  }

  run(command: TerraformCommand): Promise<TerraformResult> {
    if (!this.jobDir) throw new Error('terraform runs for a job: use forJob first')
    // Spawned here rather than through a toolkit's exec: Terraform needs a process group of its
    // own (so that what it starts, a provisioner's commands, is stopped with it), output that
    // outlives this process, a time limit and the run's signals forwarded.
    return execDetached(this.binary, command.args, {
      cwd: command.cwd,
      env: this.env,
      outputDir: this.jobDir,
      onLine: command.quiet ? undefined : command.onLine,
      timeoutMs: this.limits.timeoutMs,
      cancellation: this.limits.cancellation,
      drainMs: command.changes ? APPLY_DRAIN_MS : undefined,
      graceMs: command.readOnly
        ? Math.min(READ_ONLY_GRACE_MS, this.limits.graceMs ?? READ_ONLY_GRACE_MS)
        : this.limits.graceMs,
      groupGraceMs: this.limits.groupGraceMs,
    })
  }
}

/** The environment every terraform command runs with (CONTRACT §6); forJob adds the job's own. */
export function automationEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...base, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' }
}
