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
