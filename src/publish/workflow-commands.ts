// The runner's workflow commands and files, written exactly as @actions/core writes them (the same
// escaping, the same delimiters), for what the action uses: log lines, annotations, groups, masks,
// inputs, outputs, the job summary and the step's failure. Not @actions/core itself: on every
// start it loads its OIDC client, and with it @actions/http-client and undici (some 800 KB), a
// quarter of the action's start-up, though the action never asks for an identity token. The
// toolkit's network stack now loads only with the code that makes a request (tool-cache,
// @actions/github), which carries @actions/core along for its own use.
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
import { randomUUID } from 'node:crypto'
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs'
import { EOL } from 'node:os'

/** Where an annotation points, as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

type CommandProperties = Record<string, string | number | undefined>

/** `::command key=value,…::message` on standard output. */
function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  let text = `::${command}`
  // A space after the name whenever properties are given, set or not, as @actions/core writes.
  if (Object.keys(properties).length > 0) {
    text += ` ${Object.entries(properties)
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}=${escapeProperty(value)}`)
      .join(',')}`
  }
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`)
}

function commandValue(input: unknown): string {
  if (input === null || input === undefined) return ''
  if (typeof input === 'string' || input instanceof String) return String(input)
  return JSON.stringify(input)
}

function escapeData(input: unknown): string {
  return commandValue(input).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(input: unknown): string {
  return escapeData(input).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotation(properties: AnnotationProperties): CommandProperties {
  if (Object.keys(properties).length === 0) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  }
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message)
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/** Masks the value in the log from now on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/** The step fails when the process exits; the message is an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** The input's value from INPUT_<NAME>, trimmed; empty when it is not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** An output of the step, into GITHUB_OUTPUT (or the old `set-output` command without it). */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || ''
  if (!file) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, commandValue(value))
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = commandValue(value)
  // A delimiter found in the name or the value would end the value early.
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8',
  })
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY), as @actions/core's summary.write does. */
export function appendSummary(text: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    )
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    )
  }
  appendFileSync(file, text)
}
