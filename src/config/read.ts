// Reads config files from the workspace, refusing what is not a plain file inside it. One reader
// serves a whole run: the workspace's real path and each folder's are looked up once.
//
// Reads are synchronous: validation takes one file at a time, and a synchronous open, fstat and
// read costs a tenth of the same through the thread pool. A file is opened without following a
// link in its last step (O_NOFOLLOW), so a plain file needs no lstat: links and anything that
// cannot be opened take the careful way, which checks in the same order and says the same.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs'
import type { Stats } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../findings.js'
import { within } from '../util/paths.js'
import { LIMITS, tooLargeMessage } from './document.js'

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; finding: Finding }

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** Undefined where the platform has no such flag (Windows): there every read takes the careful way. */
const NO_FOLLOW: number | undefined = constants.O_NOFOLLOW
// A FIFO named like a config opens at once instead of waiting for a writer; fstat then refuses it.
const OPEN_FLAGS = constants.O_RDONLY | (NO_FOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

export class ConfigReader {
  private root?: string
  private readonly folders = new Map<string, string>()
  /** Real folders known to lie inside the workspace: every file in one does too. */
  private readonly inside = new Set<string>()

  constructor(private readonly workspace: string) {}

  async read(file: string): Promise<ReadResult> {
    return this.readSync(file)
  }

  readSync(file: string): ReadResult {
    const absolute = path.resolve(this.workspace, file)
    if (NO_FOLLOW === undefined) return this.readCarefully(file, absolute)
    let fd: number
    try {
      fd = openSync(absolute, OPEN_FLAGS)
    } catch {
      // A link, or an error that lstat may explain first: as the careful way says it.
      return this.readCarefully(file, absolute)
    }
    try {
      // Opened without following a link: the file is where its folder really is.
      const folder = this.realFolder(path.dirname(absolute))
      const real = path.join(folder, path.basename(absolute))
      return this.checked(
        file,
        real,
        () => fstatSync(fd),
        (size) => readOpen(fd, size),
        folder,
      )
    } catch (error) {
      return unreadable(file, error)
    } finally {
      closeSync(fd)
    }
  }

  private readCarefully(file: string, absolute: string): ReadResult {
    let real: string
    let info: Stats
    try {
      info = lstatSync(absolute)
      if (info.isSymbolicLink()) {
        real = realpathSync.native(absolute)
        info = statSync(real)
      } else {
        real = path.join(this.realFolder(path.dirname(absolute)), path.basename(absolute))
      }
    } catch (error) {
      return unreadable(file, error)
    }
    const found = info
    return this.checked(
      file,
      real,
      () => found,
      () => {
        try {
          return readFileSync(real)
        } catch (error) {
          return error as Error
        }
      },
    )
  }

  /** The checks every read makes, in this order, once the file's real place is known. */
  private checked(
    file: string,
    real: string,
    info: () => Stats,
    read: (size: number) => Uint8Array | Error,
    folder?: string,
  ): ReadResult {
    if (!this.isInside(real, folder)) {
      // A link out of the workspace could make the action print files of the runner.
      return fail(
        file,
        'file-unreadable',
        'The file is a link to a place outside the workspace; it is not read',
      )
    }
    const stats = info()
    // Only regular files: a FIFO named like a config must not hang the run.
    if (!stats.isFile())
      return fail(file, 'file-unreadable', 'Not a regular file: a job config must be a file')
    if (stats.size > LIMITS.maxBytes) return fail(file, 'yaml-size', tooLargeMessage(stats.size))
    const bytes = read(stats.size)
    return bytes instanceof Error ? unreadable(file, bytes) : { ok: true, bytes }
  }

  /** Whether `real` lies in the workspace; asked once per real folder the file sits in. */
  private isInside(real: string, folder: string | undefined): boolean {
    if (folder !== undefined && this.inside.has(folder)) return true
    if (within(this.realRoot(), real) === undefined) return false
    if (folder !== undefined && within(this.realRoot(), folder) !== undefined)
      this.inside.add(folder)
    return true
  }

  private realRoot(): string {
    if (this.root === undefined) {
      try {
        this.root = realpathSync.native(this.workspace)
      } catch {
        this.root = this.workspace
      }
    }
    return this.root
  }

  private realFolder(folder: string): string {
    let real = this.folders.get(folder)
    if (real === undefined) {
      real = realpathSync.native(folder)
      this.folders.set(folder, real)
    }
    return real
  }
}

/** The whole file from an open descriptor; `size` is what fstat said, the end is where reads stop. */
function readOpen(fd: number, size: number): Uint8Array | Error {
  try {
    let buffer = Buffer.allocUnsafe(Math.max(size, 1))
    let filled = 0
    for (;;) {
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(larger)
        buffer = larger
      }
      const count = readSync(fd, buffer, filled, buffer.length - filled, null)
      if (count === 0) return buffer.subarray(0, filled)
      filled += count
    }
  } catch (error) {
    return error as Error
  }
}

function fail(file: string, rule: string, message: string): ReadResult {
  return { ok: false, finding: { severity: 'error', rule, message, file, range: START } }
}

function unreadable(file: string, error: unknown): ReadResult {
  return fail(file, 'file-unreadable', `Cannot read the file: ${reason(error)}`)
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
