// Stopping Terraform stops everything it started (CONTRACT §11), and a stop is reported for what
// it was. A provisioner's command that Terraform leaves behind when a time limit or the runner's
// cancellation stops it, and anything else left in Terraform's process group when a command ends,
// is stopped with it: it never runs on after the run to do what nobody is watching. A read-only
// command interrupted once is said to be interrupted, not stopped by a second signal, and a job
// the cancellation reached before it started prints no start or end line.
import { execFileSync } from 'node:child_process'
import { closeSync, constants, existsSync, openSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync, startAction, startCli } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import {
  applyInputs,
  INFRASTRUCTURE_LINE,
  sandboxJob,
  teamRoot,
  workspaceWith,
} from './fixtures.js'

const CONFIG = 'jobs/side.yaml'
const ROOT = 'terraform/dativo_jobs/side'

/**
 * A root whose provisioner starts a command of its own (`sh -c` inside local-exec's shell) that
 * writes its pid, then after 20 s a file: the side effect nobody may see once the run is over.
 */
function sideEffectWorkspace(): { workspace: string; pidFile: string; sideEffect: string } {
  const dir = tempDir('dativo-side-')
  const pidFile = path.join(dir, 'provisioner.pid')
  const sideEffect = path.join(dir, 'SIDE-EFFECT')
  const workspace = workspaceWith({
    [CONFIG]: sandboxJob('side'),
    [`${ROOT}/main.tf`]: teamRoot(
      undefined,
      `resource "terraform_data" "side" {
  input = var.job_metadata["job_name"]
  provisioner "local-exec" {
    command = "sh -c 'echo $$ > ${pidFile}; sleep 20; touch ${sideEffect}'"
  }
}
`,
    ),
  })
  return { workspace, pidFile, sideEffect }
}

/** Whether a process runs (a process that ended but was never waited for does not). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))
  } catch {
    return false
  }
}

/** The provisioner's command once the run is over: it must be gone; stopped here if not. */
function leftRunning(pidFile: string): boolean {
  expect(existsSync(pidFile), 'the provisioner never started').toBe(true)
  const pid = Number(readFileSync(pidFile, 'utf8').trim())
  const alive = running(pid)
  // Found alive, it is stopped now: a failing test leaves nothing behind either.
  if (alive) process.kill(pid, 'SIGKILL')
  return alive
}

/** Terraform processes the node process `pid` started, with their arguments. */
function terraformChildren(pid: number): string[][] {
  const children: string[][] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      if (parent === pid && path.basename(args[0]!) === 'terraform') children.push(args)
    } catch {
      // Ended meanwhile.
    }
  }
  return children
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.concurrent('stopping Terraform', () => {
  const env = terraformEnv(tempDir('dativo-tfrc-'))

  it('past terraform-timeout, what a provisioner started is stopped with Terraform, and said', async () => {
    const { workspace, pidFile, sideEffect } = sideEffectWorkspace()
    const run = await runActionAsync(
      workspace,
      applyInputs(CONFIG, { 'INPUT_TERRAFORM-TIMEOUT': '3s' }),
      env,
    )
    expect(run.status, run.stdout).toBe(1)
    expect(leftRunning(pidFile)).toBe(false)
    expect(existsSync(sideEffect)).toBe(false)
    const atConfig = run.annotations.filter((a) => a.properties.file === CONFIG)
    expect(atConfig.map((a) => [a.level, a.properties.line, a.message])).toEqual(
      expect.arrayContaining([
        [
          'error',
          INFRASTRUCTURE_LINE,
          'terraform apply ran longer than terraform-timeout (3s) and was interrupted: Terraform stopped gracefully, saving its state and releasing its lock. Raise terraform-timeout if the command needs longer',
        ],
        [
          'notice',
          INFRASTRUCTURE_LINE,
          "terraform apply left processes running when it ended (commands its provisioners started): they were stopped with SIGTERM. Nothing Terraform starts outlives its command; a program meant to keep running must leave Terraform's process group (setsid)",
        ],
      ]),
    )
    expect(run.leftInTemp).toEqual([])
  }, 120_000)

  it("on the runner's cancellation, what a provisioner started is stopped with Terraform", async () => {
    const { workspace, pidFile, sideEffect } = sideEffectWorkspace()
    const running = startAction(workspace, applyInputs(CONFIG), env)
    await running.waitFor(/terraform_data\.side: Provisioning with 'local-exec'/)
    running.cancelLikeRunner()
    const run = await running.finished
    expect(run.status, run.stdout).toBe(1)
    expect(leftRunning(pidFile)).toBe(false)
    expect(existsSync(sideEffect)).toBe(false)
    expect(run.annotations.map((a) => a.message)).toContain(
      'terraform apply was interrupted (SIGINT): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job',
    )
  }, 120_000)

  it('one SIGINT during a read-only command: reported as an interruption; a job not started prints nothing', async () => {
    // Terraform reads its CLI configuration before it handles SIGINT: given through a FIFO,
    // every command gets it (an empty one) at once except `terraform show`, which the test
    // holds there, so the CLI's one SIGINT reaches a show that has not begun. The second job
    // starts beside the first one's show (whatever it was doing is interrupted too); the third
    // never starts.
    const dir = tempDir('dativo-fifo-')
    const fifo = path.join(dir, 'terraform.tfrc')
    execFileSync('mkfifo', [fifo])
    const workspace = workspaceWith({
      'jobs/first.yaml': sandboxJob('first'),
      'jobs/second.yaml': sandboxJob('second'),
      'jobs/third.yaml': sandboxJob('third'),
    })
    const cli = startCli(
      workspace,
      ['run', '--mode', 'plan', '--configs', 'jobs/*.yaml', '--parallelism', '1'],
      { ...env, TF_CLI_CONFIG_FILE: fifo },
    )
    let held: number | undefined
    let ended = false
    void cli.finished.then(() => (ended = true))
    try {
      while (!ended && held === undefined) {
        let writer: number
        try {
          // Succeeds once a terraform process waits to read the file.
          writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error
          await pause(5)
          continue
        }
        // Once a show waits, it is held (it waits to read until the writer closes) and the CLI
        // gets its SIGINT; before that, whatever waits reads an empty configuration.
        if (terraformChildren(cli.pid).some((args) => args[1] === 'show')) {
          held = writer
          process.kill(cli.pid, 'SIGINT')
        } else {
          closeSync(writer)
        }
      }
      const run = await cli.finished
      expect(held, `${run.stdout}\n${run.stderr}`).toBeDefined()
      expect(run.status, run.stderr).toBe(1)
      expect(run.stdout).toContain(
        `jobs/first.yaml:${INFRASTRUCTURE_LINE}:1: error: terraform show was interrupted (SIGINT); it only reads, so nothing was left half done. Run again to finish this job [cancelled]`,
      )
      expect(run.stdout).toMatch(
        new RegExp(
          `^jobs/second\\.yaml:${INFRASTRUCTURE_LINE}:1: error: terraform (init|plan) was interrupted \\(SIGINT\\)(: Terraform stopped gracefully| as it started, before it had changed anything)`,
          'm',
        ),
      )
      expect(run.stdout).toContain(
        `jobs/third.yaml:${INFRASTRUCTURE_LINE}:1: warning: Not run: the run was cancelled (SIGINT) before this job started [cancelled]`,
      )
      expect(run.stdout).not.toContain('second signal')
      const progress = run.stderr.split('\n').filter((line) => line.startsWith('['))
      expect(progress).toEqual([
        '[1/3] first: plan started',
        expect.stringMatching(/^\[1\/3\] first: show interrupted \(\d+ s\)$/),
        '[2/3] second: plan started',
        expect.stringMatching(/^\[2\/3\] second: (init|plan) interrupted \(\d+ s\)$/),
      ])
    } finally {
      if (held !== undefined) closeSync(held)
    }
  }, 120_000)
})
