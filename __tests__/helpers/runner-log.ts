// Reads a step's output the way the GitHub Actions runner does (actions/runner:
// ProcessInvoker reads lines with .NET's StreamReader.ReadLine, OutputManager hands every line
// holding `::` or `##[` to ActionCommandManager, ActionCommand.TryParseV2 / TryParse parse it),
// so a test can see which workflow commands a log really issues and what the log shows once the
// runner's masks are applied.

/** Commands the runner knows (matched without regard to case). */
const RUNNER_COMMANDS = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]

export interface RunnerCommand {
  name: string
  properties: Record<string, string>
  data: string
  /** The line as the step printed it. */
  line: string
}

export interface RunnerLog {
  /** Every command the runner carried out, in order (stop-commands and resumes included). */
  commands: RunnerCommand[]
  /**
   * What the log shows, each masked with the masks registered before it: the lines that are not
   * commands, and the text of the annotations, groups and debug lines.
   */
  shown: string[]
  /** Every value registered with add-mask. */
  masks: string[]
  /** Still inside a stop-commands block at the end. */
  stopped: boolean
}

/** .NET's Char.IsWhiteSpace, which String.TrimStart() strips. */
const LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

export function readAsRunner(stdout: string): RunnerLog {
  const log: RunnerLog = { commands: [], shown: [], masks: [], stopped: false }
  const registered = new Set(RUNNER_COMMANDS)
  let stopToken: string | undefined
  const mask = (text: string) =>
    [...log.masks]
      .sort((a, b) => b.length - a.length)
      .reduce((masked, secret) => masked.split(secret).join('***'), text)
  // ReadLine ends a line at CR, LF or CR LF.
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) {
    const command =
      line.includes('::') || line.includes('##[')
        ? (parseV2(line, registered) ?? parseV1(line, registered))
        : undefined
    if (!command) {
      log.shown.push(mask(line))
      continue
    }
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
        log.commands.push(command)
      } else {
        log.shown.push(mask(line))
      }
      continue
    }
    log.commands.push(command)
    if (command.name === 'stop-commands') {
      stopToken = command.data
      registered.add(command.data.toLowerCase())
    } else if (command.name === 'add-mask') {
      if (command.data.trim() !== '') log.masks.push(command.data)
    } else {
      log.shown.push(mask(command.data))
    }
  }
  log.stopped = stopToken !== undefined
  return log
}

/** `::name key=value,key=value::data` after the leading white space. */
function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.replace(LEADING_SPACE, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) {
        properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true)
      }
    }
  }
  return {
    name: name.toLowerCase(),
    properties,
    data: unescape(message.slice(end + 2), false),
    line,
  }
}

/** The older `##[name key=value;key=value]data`, found anywhere in the line. */
function parseV1(line: string, registered: Set<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[')
  if (start < 0) return undefined
  const close = line.indexOf(']', start)
  if (close < 0) return undefined
  const info = line.slice(start + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = pair.slice(eq + 1)
    }
  }
  return { name: name.toLowerCase(), properties, data: line.slice(close + 1), line }
}

function unescape(text: string, property: boolean): string {
  let value = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) value = value.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return value.replace(/%25/g, '%')
}
