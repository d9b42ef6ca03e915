// Runs a committed bundle (dist/index.js or dist/cli.js) the way the runner does, and reads back
// what it wrote: workflow commands on stdout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
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
}

/** Runs `node dist/index.js` with only the given INPUT_* and GITHUB_* variables (plus PATH). */
export function runAction(
  workspace: string,
  vars: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
): ActionRun {
  const setup = prepare(workspace, vars, extraEnv)
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/index.js')], {
    cwd: workspace,
    env: setup.env,
    encoding: 'utf8',
    timeout: 300_000,
  })
  return collect(setup, result.status, result.stdout, result.stderr)
}

/**
 * The same without blocking this process, for tests whose stand-in servers run in it (a
 * synchronous run would wait for answers this process could never give).
 */
export async function runActionAsync(
  workspace: string,
  vars: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ActionRun> {
  const setup = prepare(workspace, vars, extraEnv)
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
    cwd: workspace,
    env: setup.env,
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return collect(setup, status, stdout, stderr)
}

/** A run of dist/index.js in progress, whose standard output can be watched line by line. */
export interface RunningAction {
  /** Resolves with the first line of standard output that matches, as soon as it is printed. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>
  /** The lines printed so far. */
  lines(): string[]
  /** Whether the process has exited. */
  exited(): boolean
  done: Promise<ActionRun>
}

/** Starts `node dist/index.js` like runActionAsync, but lets a test watch it while it runs. */
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
  let stdout = ''
  let stderr = ''
  let exited = false
  const waiting: Array<{ pattern: RegExp; resolve: (line: string) => void }> = []
  const printed = () => stdout.split('\n').slice(0, -1)
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    for (const waiter of [...waiting]) {
      const line = printed().find((l) => waiter.pattern.test(l))
      if (line === undefined) continue
      waiting.splice(waiting.indexOf(waiter), 1)
      waiter.resolve(line)
    }
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const done = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      exited = true
      resolve(code)
    }),
  ).then((status) => collect(setup, status, stdout, stderr))
  return {
    lines: printed,
    exited: () => exited,
    done,
    waitForLine(pattern, timeoutMs = 120_000) {
      const line = printed().find((l) => pattern.test(l))
      if (line !== undefined) return Promise.resolve(line)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`No line matching ${pattern} within ${timeoutMs} ms:\n${stdout}`))
        }, timeoutMs)
        waiting.push({
          pattern,
          resolve: (found) => {
            clearTimeout(timer)
            resolve(found)
          },
        })
      })
    },
  }
}

interface Setup {
  env: NodeJS.ProcessEnv
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
  return { env, outputFile, summaryFile }
}

function collect(setup: Setup, status: number | null, stdout: string, stderr: string): ActionRun {
  return {
    status,
    stdout,
    stderr,
    annotations: parseAnnotations(stdout),
    outputs: parseOutputs(readFileSync(setup.outputFile, 'utf8')),
    summary: readFileSync(setup.summaryFile, 'utf8'),
  }
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
