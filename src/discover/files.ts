// Which job config files exist in the workspace: a walk with tinyglobby for "all matching
// configs", and a check of named paths for changed-file lists, both under the same rules.
//
// A symbolic link counts as what it points to: a link to a file is a config file, and so is a
// broken link (the reader then reports it, or a link leading outside the workspace, as an error at
// the link, so nothing is silently dropped); a link to a folder is not followed (no loops, no
// walking the runner's disk).
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import type { FileSystemAdapter } from 'tinyglobby'
import { configMatcher, MATCH_OPTIONS, SKIPPED_FOLDERS } from './patterns.js'
import type { ConfigPatterns } from './patterns.js'
import { byCodeUnits } from '../util/text.js'

/** Every file in the workspace the patterns select: workspace-relative, sorted, unique. */
export async function findConfigFiles(
  workspace: string,
  patterns: ConfigPatterns,
): Promise<string[]> {
  const matches = configMatcher(patterns)
  const found = await glob(patterns.include, {
    cwd: workspace,
    ignore: [...patterns.exclude, ...SKIPPED_FOLDERS.map((folder) => `**/${folder}`)],
    // The same picomatch options the changed-file filter uses (see MATCH_OPTIONS).
    dot: MATCH_OPTIONS.dot,
    caseSensitiveMatch: !MATCH_OPTIONS.nocase,
    braceExpansion: !MATCH_OPTIONS.nobrace,
    extglob: !MATCH_OPTIONS.noextglob,
    globstar: !MATCH_OPTIONS.noglobstar,
    // `jobs/a.yaml` names a file, never "everything in a folder called jobs/a.yaml".
    expandDirectories: false,
    onlyFiles: true,
    // Links are not traversed; the file system adapter below presents links to files as files.
    followSymbolicLinks: false,
    fs: linksToFilesAsFiles(),
  })
  // tinyglobby only prunes the walk with the excludes; the matcher is the rule, so it has the last word.
  return sortedUnique(found.filter(matches))
}

/**
 * Of the given workspace-relative paths (already selected by the patterns), those that are config
 * files in the workspace now: paths that are gone, folders, or reached through a linked folder
 * are dropped, as the walk would never report them.
 */
export async function existingConfigFiles(
  workspace: string,
  candidates: readonly string[],
  debug: (message: string) => void = () => {},
): Promise<string[]> {
  const root = await realpath(workspace)
  const files: string[] = []
  for (const candidate of sortedUnique(candidates)) {
    const kind = await fileKind(root, candidate)
    if (kind === 'file' || kind === 'broken link') files.push(candidate)
    else debug(`${candidate}: changed but skipped (${kind})`)
  }
  return files
}

type FileKind =
  'file' | 'broken link' | 'not in the workspace' | 'not a file' | 'in a linked folder'

async function fileKind(root: string, relativePath: string): Promise<FileKind> {
  const absolute = path.join(root, relativePath)
  const info = await lstat(absolute).catch(() => undefined)
  if (!info) return 'not in the workspace'
  const folder = await realpath(path.dirname(absolute)).catch(() => undefined)
  if (folder !== path.dirname(absolute)) return 'in a linked folder'
  if (info.isFile()) return 'file'
  if (!info.isSymbolicLink()) return 'not a file'
  const target = await stat(absolute).catch(() => undefined)
  if (!target) return 'broken link'
  return target.isFile() ? 'file' : 'not a file'
}

/**
 * A file system for tinyglobby whose directory listings show a link to a file, or to nothing, as
 * a file. With followSymbolicLinks off, links to folders are left out of the walk.
 */
function linksToFilesAsFiles(): FileSystemAdapter {
  const list = async (folder: string): Promise<Dirent[]> => {
    const entries = await readdir(folder, { withFileTypes: true })
    return Promise.all(
      entries.map(async (entry) => {
        if (!entry.isSymbolicLink()) return entry
        const link = path.join(folder, entry.name)
        const target = await stat(link).catch(() => undefined)
        return !target || target.isFile() ? asFile(entry) : entry
      }),
    )
  }
  const readdirCallback = (
    folder: string,
    _options: unknown,
    callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void,
  ): void => {
    list(folder).then(
      (entries) => callback(null, entries),
      (error: NodeJS.ErrnoException) => callback(error, []),
    )
  }
  return { readdir: readdirCallback as unknown as FileSystemAdapter['readdir'] }
}

function asFile(entry: Dirent): Dirent {
  return Object.assign(Object.create(Object.getPrototypeOf(entry) as object) as Dirent, entry, {
    isFile: () => true,
    isSymbolicLink: () => false,
  })
}

export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(byCodeUnits)
}
