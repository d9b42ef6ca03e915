// The `configs` globs: parsed once, checked, and turned into the one matcher that decides whether
// a workspace path is a job config — for the file system walk and for changed-file lists alike.
//
// The rule, as a user reads it:
// - Each pattern is a glob relative to the workspace (picomatch syntax: `*`, `**`, `?`, `[…]`,
//   `{a,b}`, extglobs). A leading `./` is dropped; a trailing `/` means everything below a folder.
// - A pattern starting with `!` excludes. Excludes apply to the whole list whatever their order:
//   a file is selected when it matches at least one include and no exclude. An exclude that
//   matches a folder excludes everything below it. (`!(…)` is an extglob, not an exclude.)
// - Names starting with a dot (files or folders) match only where the pattern spells the dot
//   out (`.github/jobs/*.yaml`, `jobs/.*.yaml`); `*` and `**` never reach into them.
// - `.git` and `node_modules` folders are never searched.
// - A pattern that leads out of the workspace (`../x`, `/abs`, `C:\x`) is refused.
import path from 'node:path'
import picomatch from 'picomatch'
import { InputError } from '../findings.js'

/**
 * The picomatch options tinyglobby derives from its own defaults (dot: false, case-sensitive,
 * braces, extglobs and globstars on, posix paths): the walk and the changed-file filter must agree.
 */
export const MATCH_OPTIONS = {
  dot: false,
  nobrace: false,
  nocase: false,
  noextglob: false,
  noglobstar: false,
  posix: true,
} as const

/** Folders no search enters. */
export const SKIPPED_FOLDERS: readonly string[] = ['.git', 'node_modules']

export interface ConfigPatterns {
  /** Normalised include globs, in the order given. */
  include: string[]
  /** Normalised exclude globs (without the `!`). */
  exclude: string[]
}

export function parsePatterns(patterns: readonly string[]): ConfigPatterns {
  const include: string[] = []
  const exclude: string[] = []
  for (const pattern of patterns) {
    if (pattern.trim() === '') continue
    const excluded = pattern.startsWith('!') && !pattern.startsWith('!(')
    const glob = normalise(excluded ? pattern.slice(1) : pattern, pattern)
    ;(excluded ? exclude : include).push(glob)
  }
  if (include.length === 0) {
    throw new InputError(
      'configs',
      `no pattern selects any file (${patterns.length === 0 ? 'none given' : 'only ! excludes given'}); add one such as jobs/**/*.yaml`,
    )
  }
  return { include: unique(include), exclude: unique(exclude) }
}

function normalise(glob: string, original: string): string {
  if (glob === '') throw new InputError('configs', `'${original}' has nothing after the !`)
  if (path.posix.isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('\\\\')) {
    throw new InputError(
      'configs',
      `'${original}' is an absolute path; patterns are relative to the workspace`,
    )
  }
  let normalised = path.posix.normalize(glob)
  if (normalised === '..' || normalised.startsWith('../')) {
    throw new InputError(
      'configs',
      `'${original}' leads outside the workspace; patterns are relative to the workspace`,
    )
  }
  if (normalised === '.' || normalised === './') {
    throw new InputError(
      'configs',
      `'${original}' names the workspace itself; use a glob such as **/*.yaml`,
    )
  }
  if (normalised.endsWith('/')) normalised += '**'
  return normalised
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** Whether a workspace-relative path (forward slashes) is selected by the patterns. */
export type ConfigMatcher = (relativePath: string) => boolean

export function configMatcher(patterns: ConfigPatterns): ConfigMatcher {
  const included = picomatch(patterns.include, MATCH_OPTIONS)
  const excluded = patterns.exclude.length > 0 ? picomatch(patterns.exclude, MATCH_OPTIONS) : none
  return (relativePath) => {
    const segments = relativePath.split('/')
    if (segments.some((segment) => SKIPPED_FOLDERS.includes(segment))) return false
    if (!included(relativePath)) return false
    // The file itself and every folder above it: excluding a folder excludes what it holds.
    for (let end = segments.length; end > 0; end--) {
      if (excluded(segments.slice(0, end).join('/'))) return false
    }
    return true
  }
}

const none = (): boolean => false
