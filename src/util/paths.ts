// Path checks shared by every stage that takes a path from a user or a config.
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
