// What git ignores in a work tree, for the linters: ESLint and Prettier read only the root's
// ignore files, while git honours a .gitignore in any folder (the CLI writes `.dativo/.gitignore`
// beside the state it keeps) and .git/info/exclude.
import { spawnSync } from 'node:child_process'
import { lstatSync } from 'node:fs'
import path from 'node:path'

function git(cwd, args) {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return result.status === 0 ? result.stdout.split('\0').filter(Boolean) : undefined
}

/**
 * The ignored files and folders under `root` as ESLint ignore patterns (`.dativo/`); none
 * outside a git work tree.
 */
export function gitIgnored(root) {
  const entries = git(root, [
    'ls-files',
    '-z',
    '--others',
    '--ignored',
    '--exclude-standard',
    '--directory',
  ])
  // A name is taken literally: glob characters in it are escaped.
  return (entries ?? []).map((entry) => entry.replace(/[\\*?[\]{}()!+@]/g, '\\$&'))
}

/**
 * The files under `root` that git does not ignore (tracked, or untracked and not ignored), for
 * Prettier; undefined outside a git work tree.
 */
export function gitFiles(root) {
  const entries = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
  if (!entries) return undefined
  // Regular files only: a folder (or a link to one) would make Prettier walk it.
  return [...new Set(entries)].filter(
    (file) => lstatSync(path.join(root, file), { throwIfNoEntry: false })?.isFile() ?? false,
  )
}
