// Runs a committed bundle (dist/index.js or dist/cli.js) the way the runner does, and reads back
// what it wrote: workflow commands on stdout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runProcess } from './process.js'
import type { ProcessRun } from './process.js'
import { tempDir } from './temp.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  annotations: Annotation[]
  outputs: Record<string, string>
  summary: string
  /** What the run left in RUNNER_TEMP (paths relative to it); the folder itself is removed. */
  leftInTemp: string[]
  /** The text of the file the outputs-file output names (in RUNNER_TEMP, removed with it). */
  outputsFile?: string
}

/**
 * Runs `node dist/index.js` with only the given INPUT_* and GITHUB_* variables (plus PATH), without
 * blocking this worker (see helpers/process.ts).
 */
export async function runActionAsync(
  workspace: string,
  vars: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
  /** Another copy of the action's bundle (a checkout elsewhere), instead of this one's. */
  bundle = path.join(ROOT, 'dist/index.js'),
): Promise<ActionRun> {
  const setup = prepare(workspace, vars, extraEnv)
  const run = await runProcess(process.execPath, [bundle], { cwd: workspace, env: setup.env })
  return collect(setup, run.status, run.stdout, run.stderr)
}

/** A run of the action in progress, to be cancelled the way the runner cancels a step. */
export interface RunningAction<R = ActionRun> {
  child: ChildProcess
  /** The node process's id: the runner signals this process only. */
  pid: number
  /** Standard output so far. */
  stdout(): string
  /** Resolves with the first line of output (standard output or error) that matches, once printed. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>
  /** The runner's cancellation: SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that. */
  cancelLikeRunner(): void
  finished: Promise<R>
}

/**
 * Starts `node dist/index.js` as runActionAsync does and hands back the running process, so a
 * test can cancel it while it works.
 */
export function startAction(
  workspace: string,
  vars: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
): RunningAction {
  const setup = prepare(workspace, vars, extraEnv)
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
    cwd: workspace,
    env: setup.env,
  })
  return watch(child, (status, stdout, stderr) => collect(setup, status, stdout, stderr))
}

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `node dist/cli.js` to its end as a user at a terminal would, with only PATH, HOME and
 * `env` set, without blocking this worker (see helpers/process.ts).
 */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ProcessRun> {
  return runProcess(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 300_000,
  })
}

/** The same for a command line of dist/cli.js, in its own process group like a terminal's job. */
export function startCli(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): RunningAction<CliRun> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
    cwd,
    env,
    detached: true,
  })
  return watch(child, (status, stdout, stderr) => ({ status, stdout, stderr }))
}

function watch<R>(
  child: ChildProcess,
  finish: (status: number | null, stdout: string, stderr: string) => R,
): RunningAction<R> {
  let stdout = ''
  let stderr = ''
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = []
  const check = () => {
    for (const waiter of [...waiters]) {
      const line = `${stdout}\n${stderr}`.split('\n').find((l) => waiter.pattern.test(l))
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(line)
      }
    }
  }
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    check()
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
    check()
  })
  const timers: NodeJS.Timeout[] = []
  const finished = new Promise<R>((resolve) =>
    child.on('close', (status) => {
      timers.forEach((timer) => clearTimeout(timer))
      resolve(finish(status, stdout, stderr))
    }),
  )
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
  }
  return {
    child,
    pid: child.pid!,
    stdout: () => stdout,
    waitFor: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no line matching ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`,
              ),
            ),
          timeoutMs,
        )
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer)
            resolve(line)
          },
        })
        check()
        void finished.then(() => {
          if (waiters.some((w) => w.pattern === pattern))
            reject(new Error(`exited before a line matching ${pattern}:\n${stdout}\n${stderr}`))
        })
      }),
    cancelLikeRunner() {
      signal('SIGINT')
      timers.push(
        setTimeout(() => signal('SIGTERM'), 7500),
        setTimeout(() => signal('SIGKILL'), 10_000),
      )
    },
    finished,
  }
}

interface Setup {
  env: NodeJS.ProcessEnv
  scratch: string
  outputFile: string
  summaryFile: string
}

function prepare(
  workspace: string,
  vars: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv,
): Setup {
  // RUNNER_TEMP and the runner's files, kept until the test file ends.
  const scratch = tempDir('dativo-run-')
  const outputFile = path.join(scratch, 'output')
  const summaryFile = path.join(scratch, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
    ...extraEnv,
    ...vars,
  }
  return { env, scratch, outputFile, summaryFile }
}

function collect(setup: Setup, status: number | null, stdout: string, stderr: string): ActionRun {
  const outputs = parseOutputs(readFileSync(setup.outputFile, 'utf8'))
  // The outputs file is meant to stay for the workflow's next step (upload-artifact).
  const named = outputs['outputs-file'] ? path.relative(setup.scratch, outputs['outputs-file']) : ''
  const run = {
    status,
    stdout,
    stderr,
    annotations: parseAnnotations(stdout),
    outputs,
    summary: readFileSync(setup.summaryFile, 'utf8'),
    leftInTemp: (readdirSync(setup.scratch, { recursive: true }) as string[])
      .filter((name) => !['output', 'summary', named, path.dirname(named)].includes(name))
      .sort(),
    outputsFile: outputs['outputs-file']
      ? readFileSync(outputs['outputs-file'], 'utf8')
      : undefined,
  }
  rmSync(setup.scratch, { recursive: true, force: true })
  return run
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    annotations.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescapeData(match[3]!),
    })
  }
  return annotations
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!)
    outputs[match[1]!] = value.join('\n')
  }
  return outputs
}
