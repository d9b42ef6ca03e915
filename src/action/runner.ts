// The runner's side of the workflow-command protocol, written exactly as @actions/core writes it
// (a test holds the two byte for byte). @actions/core cannot be imported at start-up without its
// OIDC client loading an HTTP stack, which costs the action more than half its start-up budget.
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export type Write = (text: string) => void

export class Runner {
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly write: Write = (text) => process.stdout.write(text),
  ) {}

  getInput(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  }

  info(message: string): void {
    this.write(message + EOL)
  }

  debug(message: string): void {
    this.command('debug', {}, message)
  }

  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    properties: AnnotationProperties = {},
  ): void {
    this.command(
      level,
      {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
      },
      message,
    )
  }

  startGroup(name: string): void {
    this.command('group', {}, name)
  }

  endGroup(): void {
    this.command('endgroup', {}, '')
  }

  async group<T>(name: string, run: () => Promise<T>): Promise<T> {
    this.startGroup(name)
    try {
      return await run()
    } finally {
      this.endGroup()
    }
  }

  setSecret(secret: string): void {
    this.command('add-mask', {}, secret)
  }

  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT
    if (file) {
      this.appendFileCommand(file, keyValue(name, value))
      return
    }
    this.write(EOL)
    this.command('set-output', { name }, value)
  }

  /** Marks the step failed once the process exits, and says why. */
  setFailed(message: string): void {
    process.exitCode = 1
    this.annotate('error', message)
  }

  /** Appends Markdown to the job summary, when the runner provides one. */
  appendSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY
    if (file) appendFileSync(file, markdown, { encoding: 'utf8' })
  }

  private command(
    name: string,
    properties: Record<string, string | number | undefined>,
    message: string,
  ): void {
    let text = `::${name}`
    const pairs = Object.entries(properties).filter(
      ([, value]) => value !== undefined && value !== '' && value !== 0,
    )
    if (pairs.length > 0) {
      text += ' ' + pairs.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
    }
    this.write(`${text}::${escapeData(message)}${EOL}`)
  }

  private appendFileCommand(file: string, text: string): void {
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
    appendFileSync(file, text + EOL, { encoding: 'utf8' })
  }
}

function keyValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: output ${name} holds the delimiter`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
