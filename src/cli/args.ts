// Command lines as Node CLIs read them (util.parseArgs): `--name value`, `--name=value`, `-h`,
// `--` ending the options. A switch takes an optional true/false (`--changed-only false`, the
// form the help shows, or `--changed-only=false`); an unknown option is refused, never a path.
import { parseArgs } from 'node:util'
import { UsageError } from '../findings.js'

export interface OptionSpec {
  /** The option's name without the dashes. */
  name: string
  /** What the value is, as the help shows it: `<file>`, or `[true|false]` for a switch. */
  value?: string
  /** Takes true or false, or nothing for true: `--write`, `--changed-only false`. */
  switch?: boolean
  /** One line for the help. */
  description: string
  /** The default as the help shows it; undefined for none. */
  fallback?: string
  /** May be given more than once; every value is kept, in order. */
  repeatable?: boolean
  short?: string
}

export interface CommandSpec {
  name: string
  /** What follows the command in the usage line: `[paths…]`, `<config>`. */
  operands: string
  summary: string
  options: readonly OptionSpec[]
}

export interface ParsedArgs {
  positionals: string[]
  /** Each option's values in order (repeatable options keep them all). */
  options: Map<string, string[]>
}

const SWITCH_VALUES = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE']

export function parseCommandLine(argv: readonly string[], command: CommandSpec): ParsedArgs {
  const switches = new Map<string, string>()
  for (const option of command.options.filter((o) => o.switch)) {
    switches.set(`--${option.name}`, option.name)
    if (option.short) switches.set(`-${option.short}`, option.name)
  }
  // A switch is read as `--name=true`, or `--name=<next>` when true or false follows it.
  const args: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      args.push(...argv.slice(i))
      break
    }
    const name = switches.get(arg)
    if (name !== undefined) {
      const next = argv[i + 1]
      // A command that takes no paths reads the word after a switch as its value: one it does
      // not accept is named as such, not taken for a path (`--changed-only maybe`).
      if (
        command.operands === '' &&
        next !== undefined &&
        !next.startsWith('-') &&
        !SWITCH_VALUES.includes(next)
      ) {
        throw new UsageError(`${arg}: '${next}' is not accepted (expected one of: true, false)`)
      }
      args.push(
        `--${name}=${next !== undefined && SWITCH_VALUES.includes(next) ? argv[++i] : 'true'}`,
      )
    } else {
      args.push(arg)
    }
  }
  const { tokens } = parseArgs({
    args,
    options: Object.fromEntries(
      command.options.map((o) => [
        o.name,
        { type: 'string' as const, multiple: true, ...(o.short ? { short: o.short } : {}) },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const known = new Map(command.options.map((o) => [o.name, o]))
  const positionals: string[] = []
  const options = new Map<string, string[]>()
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value)
    if (token.kind !== 'option') continue
    const spec = known.get(token.name)
    if (!spec) {
      throw new UsageError(
        `${command.name}: unknown option '${token.rawName}' (a path that starts with - goes after --; see dativo-infra ${command.name} --help)`,
      )
    }
    // As strict parsing would: `--mode --configs x` is a missing value, not the mode `--configs`.
    if (token.value === undefined || (!token.inlineValue && /^-./.test(token.value))) {
      throw new UsageError(`${token.rawName} needs a value${spec.value ? ` (${spec.value})` : ''}`)
    }
    const values = options.get(spec.name) ?? []
    if (!spec.repeatable) values.length = 0
    values.push(token.value)
    options.set(spec.name, values)
  }
  return { positionals, options }
}

export function last(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1)
}

/** A switch's value: absent is false; `--x`, `--x true` and `--x=true` are true. */
export function switchOn(args: ParsedArgs, name: string): boolean {
  const value = last(args, name)
  if (value === undefined) return false
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new UsageError(`--${name}: '${value}' is not accepted (expected one of: true, false)`)
}

/** The command's help: usage, what it does, and every option with its default. */
export function renderHelp(command: CommandSpec): string {
  const rows = command.options.map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`
    return [flag, o.description, o.fallback] as const
  })
  const column = Math.min(Math.max(...rows.map(([flag]) => flag.length)), 30) + 4
  const lines: string[] = []
  for (const [flag, text, fallback] of rows) {
    const wrapped = wrap(text, HELP_WIDTH - column)
    // On a line of its own, whole, so a default is read (and found) as it is.
    if (fallback !== undefined) wrapped.push(`default: ${fallback}`)
    if (flag.length + 4 > column) lines.push(`  ${flag}`)
    else lines.push(`  ${flag.padEnd(column - 2)}${wrapped.shift()}`)
    lines.push(...wrapped.map((line) => `${' '.repeat(column)}${line}`))
  }
  return [
    `Usage: dativo-infra ${command.name}${command.operands ? ` ${command.operands}` : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...lines,
  ].join('\n')
}

const HELP_WIDTH = 100

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line]
}
