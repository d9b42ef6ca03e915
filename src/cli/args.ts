// A small argv parser: positionals, `--name value`, `--name=value` and boolean switches.
import { UsageError } from '../findings.js'

export interface ParsedArgs {
  positionals: string[]
  /** Each option's values in order (repeatable options keep them all). */
  options: Map<string, string[]>
}

export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; switches: readonly string[] },
): ParsedArgs {
  const positionals: string[] = []
  const options = new Map<string, string[]>()
  const add = (name: string, value: string) =>
    options.set(name, [...(options.get(name) ?? []), value])
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (spec.switches.includes(name)) {
      add(name, eq === -1 ? 'true' : arg.slice(eq + 1))
    } else if (spec.values.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
      if (value === undefined) throw new UsageError(`--${name} needs a value`)
      add(name, value)
    } else {
      throw new UsageError(`Unknown option --${name}`)
    }
  }
  return { positionals, options }
}

export function last(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1)
}
