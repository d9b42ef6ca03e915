// Fault 3: cancelling the step mid-apply. The runner sends SIGINT to the node process only (then
// SIGTERM, then SIGKILL); a terminal's Ctrl-C signals the whole process group. Either way
// Terraform gets exactly one SIGINT, finishes what it was doing, saves its state and releases its
// lock; the run deletes its plan files, names the interrupted job and fails; the next run
// converges. A Terraform command past terraform-timeout is stopped the same way, and one that a
// signal killed is reported as such. If node itself is killed, Terraform still finishes.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync, startAction, startCli } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import {
  applyInputs,
  identifier,
  INFRASTRUCTURE_LINE,
  read,
  sandboxJob,
  slowResource,
  teamRoot,
  workspaceWith,
} from './fixtures.js'

const CONFIG = 'jobs/slow.yaml'
const ROOT = 'terraform/dativo_jobs/slow'
const PROVISIONING = /terraform_data\.slow: Provisioning with 'local-exec'/

interface State {
  serial: number
  resources: Array<{ name: string; instances: Array<{ status?: string }> }>
}

/** The root's local state, parsed: it must be whole JSON. */
function stateOf(workspace: string): State {
  return JSON.parse(readFileSync(path.join(workspace, ROOT, 'terraform.tfstate'), 'utf8')) as State
}

function slowWorkspace(): string {
  return workspaceWith({
    [CONFIG]: sandboxJob('slow'),
    [`${ROOT}/main.tf`]: teamRoot(undefined, slowResource()),
  })
}

/** Terraform's environment with the slow resource taking this long. */
const slow = (env: NodeJS.ProcessEnv, seconds: number) => ({
  ...env,
  SLOW_SECONDS: String(seconds),
})

/** What a run must leave in the team's root: its files, Terraform's state, nothing else. */
function expectRootClean(workspace: string) {
  expect(readdirSync(path.join(workspace, ROOT)).sort()).toEqual([
    'main.tf',
    'terraform.tfstate',
    ...(existsSync(path.join(workspace, ROOT, 'terraform.tfstate.backup'))
      ? ['terraform.tfstate.backup']
      : []),
  ])
}

/** Pids of the terraform processes this process started, directly. */
function terraformChildren(pid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], {
    encoding: 'utf8',
  })
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, command]) => command === 'terraform')
    .map(([child]) => Number(child))
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const count = (text: string, part: string) => text.split(part).length - 1

describe.concurrent('cancellation and time limits', () => {
  const env = terraformEnv(tempDir('dativo-tfrc-'))

  it('SIGINT to node during an apply: Terraform stops gracefully, the job is named, the next run converges', async () => {
    const workspace = slowWorkspace()
    const running = startAction(workspace, applyInputs(CONFIG), slow(env, 30))
    await running.waitFor(PROVISIONING)
    running.cancelLikeRunner()
    const run = await running.finished

    // Terraform got one SIGINT, and stopped before the runner's SIGTERM could send a second.
    expect(run.status, run.stdout).toBe(1)
    expect(count(run.stdout, 'Interrupt received.')).toBe(1)
    expect(run.stdout).not.toContain('Two interrupts received')
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => [a.properties.file, a.properties.line, a.properties.title])).toEqual([
      [CONFIG, INFRASTRUCTURE_LINE, 'dativo: run cancelled'],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ])
    expect(errors.map((a) => a.message)).toEqual([
      'terraform apply was interrupted (SIGINT): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job',
      'The run was cancelled (SIGINT): 1 job interrupted (see each config); run it again to finish',
      '2 errors in 1 of 1 job configs',
    ])
    // The state is whole and unlocked; no plan, no variables file is left anywhere.
    const state = stateOf(workspace)
    expect(state.resources.map((r) => [r.name, r.instances[0]!.status])).toEqual([
      ['runtime', undefined],
      ['slow', 'tainted'],
    ])
    expect(existsSync(path.join(workspace, ROOT, '.terraform.tfstate.lock.info'))).toBe(false)
    expectRootClean(workspace)
    expect(run.leftInTemp).toEqual([])
    // The outputs and the summary are written, the interrupted job in them.
    expect(JSON.parse(run.outputs.results!)).toMatchObject([
      { config: CONFIG, resolved: false, outputs: null },
    ])
    expect(run.outputs['error-count']).toBe('2')
    expect(run.summary).toContain(
      '\n- ❌ The run was cancelled \\(SIGINT\\): 1 job interrupted \\(see each config\\); run it again to finish\n',
    )
    expect(run.summary).toMatch(
      new RegExp(
        `- ❌ \\[?line ${INFRASTRUCTURE_LINE}, column 1\\]?(\\([^)]*\\))?: terraform apply was interrupted \\\\\\(SIGINT\\\\\\): Terraform stopped gracefully`,
      ),
    )

    // The next run finishes the job from the saved state; the one after has nothing to do.
    const next = await runActionAsync(workspace, applyInputs(CONFIG), env)
    expect(next.status, next.stdout).toBe(0)
    expect(JSON.parse(next.outputs.results!)).toMatchObject([
      { config: CONFIG, resolved: true, plan: { add: 2, change: 0, destroy: 1 } },
    ])
    expect(identifier(read(workspace, CONFIG), 'cluster_name')).toBe('c-slow')
    const settled = await runActionAsync(
      workspace,
      { ...applyInputs(CONFIG), INPUT_MODE: 'plan' },
      env,
    )
    expect(JSON.parse(settled.outputs.results!)).toMatchObject([
      { config: CONFIG, plan: { add: 0, change: 0, destroy: 0 } },
    ])
    expect(settled.outputs['has-changes']).toBe('false')
  }, 180_000)

  it('cancelled on a pull request: the comment is still written, naming the interrupted job', async () => {
    const github = await FakeGitHub.start()
    try {
      github.comments.set(7, [])
      const workspace = slowWorkspace()
      const event = path.join(tempDir('dativo-event-'), 'event.json')
      writeFileSync(
        event,
        JSON.stringify({
          pull_request: {
            number: 7,
            base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/etl' } },
            head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'acme/etl' } },
          },
        }),
      )
      const running = startAction(
        workspace,
        {
          ...applyInputs(CONFIG, { 'INPUT_COMMENT-ON-PR': 'true' }),
          'INPUT_GITHUB-TOKEN': 'ghs_test_token',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'acme/etl',
          GITHUB_API_URL: github.url,
          GITHUB_RUN_ID: '99',
          GITHUB_WORKFLOW: 'Dativo jobs',
          GITHUB_JOB: 'apply',
        },
        slow(env, 30),
      )
      await running.waitFor(PROVISIONING)
      const [terraform] = terraformChildren(running.pid)
      running.cancelLikeRunner()
      // The comment's first question to GitHub, who the token is, is asked while the apply
      // drains. Asked after Terraform has stopped, it made the comment wait a second (the API
      // client spaces writes, GraphQL queries among them, a second apart) of the few seconds the
      // runner leaves before its SIGKILL.
      await until(
        () => github.requests.some((request) => request.url === '/graphql'),
        'the token identity to be asked',
      )
      expect(alive(terraform!)).toBe(true)
      const run = await running.finished
      expect(run.status, run.stdout).toBe(1)
      const [comment] = github.comments.get(7) ?? []
      expect(comment?.body, run.stdout).toContain(
        'terraform apply was interrupted \\(SIGINT\\): Terraform stopped gracefully',
      )
      expect(run.summary).toContain('The run was cancelled \\(SIGINT\\)')
    } finally {
      await github.close()
    }
  }, 120_000)

  it("the runner's SIGTERM landing as the cancelled run ends: it still exits 1, its reports written", async () => {
    const workspace = slowWorkspace()
    const running = startAction(workspace, applyInputs(CONFIG), slow(env, 30))
    await running.waitFor(PROVISIONING)
    // The runner's SIGTERM comes at a fixed time after its SIGINT, wherever the run then is: here
    // one every few milliseconds from the SIGINT on, so that one lands in every stretch of the
    // run, its last moments included. None may end the run: each is a cancellation's signal.
    running.child.kill('SIGINT')
    const escalation = setInterval(() => running.child.kill('SIGTERM'), 2)
    const run = await running.finished.finally(() => clearInterval(escalation))
    expect([run.status, running.child.signalCode], run.stdout).toEqual([1, null])
    expect(count(run.stdout, 'Interrupt received.')).toBe(1)
    expect(run.outputs['error-count']).toBe('2')
    expect(run.summary).toContain('The run was cancelled \\(SIGINT\\)')
    expect(stateOf(workspace).resources.map((r) => r.name)).toEqual(['runtime', 'slow'])
    expect(existsSync(path.join(workspace, ROOT, '.terraform.tfstate.lock.info'))).toBe(false)
    expect(run.leftInTemp).toEqual([])
  }, 120_000)

  it("Ctrl-C at a terminal signals the CLI's whole group: Terraform still gets one SIGINT", async () => {
    const workspace = slowWorkspace()
    const running = startCli(
      workspace,
      ['run', '--mode', 'apply', '--configs', CONFIG],
      slow(env, 30),
    )
    await running.waitFor(PROVISIONING)
    process.kill(-running.pid, 'SIGINT')
    const run = await running.finished
    expect(run.status, run.stderr).toBe(1)
    expect(count(run.stderr, 'Interrupt received.')).toBe(1)
    expect(run.stderr).not.toContain('Two interrupts received')
    expect(run.stdout).toContain(
      `${CONFIG}:${INFRASTRUCTURE_LINE}:1: error: terraform apply was interrupted (SIGINT): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job [cancelled]`,
    )
    expect(stateOf(workspace).resources.map((r) => r.name)).toEqual(['runtime', 'slow'])
    expect(existsSync(path.join(workspace, ROOT, '.terraform.tfstate.lock.info'))).toBe(false)
  }, 120_000)

  it('node killed mid-apply: Terraform is not cut off, it finishes the apply and unlocks', async () => {
    const workspace = slowWorkspace()
    // A temporary folder of the test's own: the plan must outlive the node process here. The
    // slow resource takes long enough that Terraform is still at it when node is killed, however
    // busy the machine.
    const running = startAction(workspace, applyInputs(CONFIG), {
      ...slow(env, 10),
      RUNNER_TEMP: tempDir('dativo-temp-'),
    })
    await running.waitFor(PROVISIONING)
    const [terraform] = terraformChildren(running.pid)
    expect(terraform).toBeGreaterThan(0)
    running.child.kill('SIGKILL')
    await running.finished
    await until(() => !alive(terraform!), 'terraform to finish')
    const state = stateOf(workspace)
    expect(state.resources.map((r) => [r.name, r.instances[0]!.status])).toEqual([
      ['after', undefined],
      ['runtime', undefined],
      ['slow', undefined],
    ])
    expect(existsSync(path.join(workspace, ROOT, '.terraform.tfstate.lock.info'))).toBe(false)
  }, 120_000)

  it('terraform-timeout stops a hanging command the same way, with the command and the limit named', async () => {
    const workspace = slowWorkspace()
    const run: ActionRun = await runActionAsync(
      workspace,
      // Long enough for init and plan on a busy machine; the apply hangs far past it.
      applyInputs(CONFIG, { 'INPUT_TERRAFORM-TIMEOUT': '20s' }),
      slow(env, 600),
    )
    expect(run.status).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
    expect(errors.map((a) => [a.properties.title, a.message])).toEqual([
      [
        'dativo: terraform failed',
        'terraform apply ran longer than terraform-timeout (20s) and was interrupted: Terraform stopped gracefully, saving its state and releasing its lock. Raise terraform-timeout if the command needs longer',
      ],
    ])
    expect(count(run.stdout, 'Interrupt received.')).toBe(1)
    expect(stateOf(workspace).resources.map((r) => r.name)).toEqual(['runtime', 'slow'])
    expect(existsSync(path.join(workspace, ROOT, '.terraform.tfstate.lock.info'))).toBe(false)
    expect(run.leftInTemp).toEqual([])
  }, 120_000)

  it('a Terraform killed by a signal is reported as such, not by its last lines', async () => {
    const workspace = slowWorkspace()
    const running = startAction(workspace, applyInputs(CONFIG), slow(env, 30))
    await running.waitFor(PROVISIONING)
    const [terraform] = terraformChildren(running.pid)
    process.kill(terraform!, 'SIGKILL')
    const run = await running.finished
    expect(run.status).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
    expect(errors.map((a) => [a.properties.file, a.properties.title, a.message])).toEqual([
      [
        CONFIG,
        'dativo: terraform failed',
        'terraform apply was killed by SIGKILL: its state may lack what it was doing, and its lock may still be held',
      ],
    ])
    expect(run.leftInTemp).toEqual([])
  }, 120_000)
})
