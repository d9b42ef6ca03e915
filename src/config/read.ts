// Reads config files from the workspace, refusing what is not a plain file inside it. One reader
// serves a whole run: the workspace's real path and each folder's are looked up once.
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../findings.js'
import { within } from '../util/paths.js'
import { LIMITS, tooLargeMessage } from './document.js'

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; finding: Finding }

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 }

export class ConfigReader {
  private root?: Promise<string>
  private readonly folders = new Map<string, Promise<string>>()

  constructor(private readonly workspace: string) {}

  async read(file: string): Promise<ReadResult> {
    const fail = (rule: string, message: string): ReadResult => ({
      ok: false,
      finding: { severity: 'error', rule, message, file, range: START },
    })
    const absolute = path.resolve(this.workspace, file)
    let real: string
    let info: Stats
    try {
      info = await lstat(absolute)
      if (info.isSymbolicLink()) {
        real = await realpath(absolute)
        info = await stat(real)
      } else {
        real = path.join(await this.realFolder(path.dirname(absolute)), path.basename(absolute))
      }
    } catch (error) {
      return fail('file-unreadable', `Cannot read the file: ${reason(error)}`)
    }
    if (within(await this.realRoot(), real) === undefined) {
      // A link out of the workspace could make the action print files of the runner.
      return fail(
        'file-unreadable',
        'The file is a link to a place outside the workspace; it is not read',
      )
    }
    // Only regular files: a FIFO named like a config must not hang the run.
    if (!info.isFile())
      return fail('file-unreadable', 'Not a regular file: a job config must be a file')
    if (info.size > LIMITS.maxBytes) return fail('yaml-size', tooLargeMessage(info.size))
    try {
      return { ok: true, bytes: await readFile(real) }
    } catch (error) {
      return fail('file-unreadable', `Cannot read the file: ${reason(error)}`)
    }
  }

  private realRoot(): Promise<string> {
    this.root ??= realpath(this.workspace).catch(() => this.workspace)
    return this.root
  }

  private realFolder(folder: string): Promise<string> {
    let real = this.folders.get(folder)
    if (!real) {
      real = realpath(folder)
      this.folders.set(folder, real)
    }
    return real
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'it does not exist (or is a broken link)'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory'
    case 'ELOOP':
      return 'too many levels of links'
    default:
      return (error as Error).message
  }
}
