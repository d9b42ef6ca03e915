// Writing a config so that a reader never sees half a file: a temporary file beside it, then a
// rename over it (atomic on one filesystem), with the old file's permissions.
import { randomBytes } from 'node:crypto'
import { mkdir, open, realpath, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  // Through a symbolic link, the file it points at is replaced, and the link stays a link.
  const target = await realpath(file).catch(() => file)
  const mode = await stat(target).then(
    (stats) => stats.mode & 0o7777,
    () => undefined,
  )
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  const handle = await open(temp, 'wx', mode ?? 0o666)
  try {
    try {
      await handle.writeFile(content)
      // The mode given to open is masked by the umask; the old file's mode is kept exactly.
      if (mode !== undefined) await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/**
 * Writes what resolution made: a copy under output-dir (`copyPath`) always, so that folder holds
 * every config; the config itself only when a value changed. Returns the path written, if any.
 */
export async function writeResolution(
  after: string,
  changed: boolean,
  configPath: string,
  copyPath?: string,
): Promise<string | undefined> {
  if (copyPath !== undefined) {
    await mkdir(path.dirname(copyPath), { recursive: true })
    await writeAtomically(copyPath, after)
    return copyPath
  }
  if (!changed) return undefined
  await writeAtomically(configPath, after)
  return configPath
}
