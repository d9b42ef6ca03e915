// Path checks shared by every stage that takes a path from a user or a config.
import { realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * The path of `target` relative to `root` with forward slashes, or undefined when it lies outside
 * `root` (a name such as `..schema.json` is inside; `../x` is not).
 */
export function within(root: string, target: string): string | undefined {
  const relative = path.relative(root, target)
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    return undefined
  return relative.split(path.sep).join('/')
}

/** A path relative to `from`, with forward slashes, as findings and reports name files. */
export function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/')
}

/**
 * Where `target` really is: links resolved in the part of it that exists, the rest (folders not
 * made yet) appended as written.
 */
export function realPath(target: string): string {
  const absolute = path.resolve(target)
  const rest: string[] = []
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync.native(current), ...rest.reverse())
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(current) === current)
        throw error
      rest.push(path.basename(current))
    }
  }
}

/**
 * The path of `target` relative to the workspace, links resolved in both, or undefined when it
 * really lies outside (a link leading out counts as outside, whatever its name says).
 */
export function reallyWithin(workspace: string, target: string): string | undefined {
  return within(realPath(workspace), realPath(target))
}
