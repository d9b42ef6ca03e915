// Reads a config file from the workspace, refusing what is not a plain file inside it.
import { open, realpath } from 'node:fs/promises'
import { constants } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../findings.js'
import { formatBytes, LIMITS } from './document.js'

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; finding: Finding }

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 }

export async function readConfigFile(workspace: string, file: string): Promise<ReadResult> {
  const fail = (rule: string, message: string): ReadResult => ({
    ok: false,
    finding: { severity: 'error', rule, message, file, range: START },
  })
  const absolute = path.resolve(workspace, file)
  let real: string
  try {
    real = await realpath(absolute)
  } catch (error) {
    return fail('file-unreadable', `Cannot read the file: ${reason(error)}`)
  }
  const root = await realpath(workspace).catch(() => workspace)
  const inside = path.relative(root, real)
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    // A link out of the workspace could make the action print files of the runner.
    return fail(
      'file-unreadable',
      'The file is a link to a place outside the workspace; it is not read',
    )
  }
  let handle
  try {
    // O_NONBLOCK: a FIFO named like a config must not hang the run.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return fail('file-unreadable', `Cannot read the file: ${reason(error)}`)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile())
      return fail('file-unreadable', 'Not a regular file: a job config must be a file')
    if (stat.size > LIMITS.maxBytes) {
      return fail(
        'yaml-size',
        `File is too large: ${formatBytes(stat.size)} (a job config may be at most ${formatBytes(LIMITS.maxBytes)})`,
      )
    }
    const bytes = await handle.readFile()
    return { ok: true, bytes }
  } catch (error) {
    return fail('file-unreadable', `Cannot read the file: ${reason(error)}`)
  } finally {
    await handle.close()
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
