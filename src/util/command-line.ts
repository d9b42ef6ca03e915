// A command line split into a program and its arguments, quoted the way a POSIX shell quotes and
// nothing more: 'single' and "double" quotes and backslash escapes group and protect characters;
// there is no expansion ($VAR, $(…), ~, globs), no pipes, redirections, `;` or `&&`, and no `#`
// comments. Such characters are passed to the program as they are.

export class CommandLineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CommandLineError'
  }
}

const BLANK = new Set([' ', '\t', '\n', '\r'])
/** Inside double quotes a backslash escapes only these (POSIX 2.2.3), and a line break. */
const DOUBLE_QUOTED_ESCAPES = new Set(['"', '\\', '$', '`', '\n'])

export function splitCommandLine(line: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end === -1)
        throw new CommandLineError(`a single quote at character ${i + 1} is not closed`)
      word += line.slice(i + 1, end)
      inWord = true
      i = end
    } else if (c === '"') {
      const start = i
      inWord = true
      for (i++; ; i++) {
        if (i >= line.length) {
          throw new CommandLineError(`a double quote at character ${start + 1} is not closed`)
        }
        const d = line[i]!
        if (d === '"') break
        const next = line[i + 1]
        if (d === '\\' && next !== undefined && DOUBLE_QUOTED_ESCAPES.has(next)) {
          if (next !== '\n') word += next
          i++
        } else {
          word += d
        }
      }
    } else if (c === '\\') {
      const next = line[i + 1]
      if (next === undefined) throw new CommandLineError('it ends with a backslash')
      i++
      // A backslash before a line break joins the lines.
      if (next === '\n') continue
      word += next
      inWord = true
    } else if (BLANK.has(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += c
      inWord = true
    }
  }
  if (inWord) words.push(word)
  if (words.length === 0) throw new CommandLineError('it names no program')
  return words
}
