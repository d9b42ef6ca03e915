// What a job's plan was made from besides the plan itself, for its fingerprint (fingerprint.ts):
// the provider versions the lock file selects, the backend, every file of the root and of each
// module Terraform loaded, and the absolute paths that differ between runners, named instead.
import { createHash } from 'node:crypto'
import { readdir, readFile, readlink, stat } from 'node:fs/promises'
import path from 'node:path'
import { isRecord } from '../util/data.js'
import { realPath } from '../util/paths.js'
import type { PlanInputs } from './fingerprint.js'
import { byCodeUnits } from '../util/text.js'

export interface PlanSources {
  /** Where terraform ran. */
  rootDir: string
  /** The job's own folder (TF_DATA_DIR is its `data`). */
  jobDir: string
  workspace: string
  /** This copy of the action's bundled modules folder, when there is one. */
  bundledModules?: string
  /** A generated root's module source as written in it (a path relative to the root). */
  moduleSource?: string
  backend: { type: string; settings: string[] }
  /**
   * The run's copy of what the folders under `bundledModules` hold: the action's own files, the
   * same for every job, read once per run (see moduleFiles).
   */
  bundledFiles?: BundledFiles
}

/** A folder's files as fileDigests reads them: bytes, or where a link that is no file leads. */
type FolderEntry = { relative: string; bytes: Buffer } | { relative: string; link: string }

/** Folders of the action's bundled modules, by absolute path, each read once per run. */
export type BundledFiles = Map<string, Promise<FolderEntry[]>>

/** An empty copy of the bundled modules' files, for one run's jobs to share. */
export function bundledFiles(): BundledFiles {
  return new Map()
}

export async function planInputs(sources: PlanSources): Promise<PlanInputs> {
  const paths: Array<[string, string]> = []
  const name = (dir: string | undefined, as: string) => {
    if (!dir) return
    paths.push([dir, as])
    const real = realPath(dir)
    if (real !== dir) paths.push([real, as])
  }
  name(sources.jobDir, '<job>')
  name(sources.workspace, '<workspace>')
  name(sources.bundledModules, '<action>/terraform/modules')
  if (sources.moduleSource?.startsWith('.')) paths.push([sources.moduleSource, '<module>'])
  const lock = await readFile(path.join(sources.rootDir, '.terraform.lock.hcl'), 'utf8').catch(
    () => '',
  )
  const files: Record<string, Record<string, string>> = {}
  for (const [key, dir] of await moduleDirs(sources.rootDir, path.join(sources.jobDir, 'data'))) {
    files[key] = digests(await moduleFiles(dir, sources), paths)
  }
  return {
    providers: lockSelections(lock),
    backend: sources.backend,
    files,
    paths,
  }
}

/** Provider address → version, from a `.terraform.lock.hcl` as Terraform writes it. */
export function lockSelections(lock: string): Record<string, string> {
  const selections: Record<string, string> = {}
  const block = /^provider\s+"([^"]+)"\s*\{([\s\S]*?)^\}/gm
  for (const match of lock.matchAll(block)) {
    const version = /^\s*version\s*=\s*"([^"]*)"/m.exec(match[2]!)
    selections[match[1]!] = version ? version[1]! : ''
  }
  return selections
}

/** The root (key '') and each module Terraform installed, by its key in modules.json. */
async function moduleDirs(rootDir: string, dataDir: string): Promise<Array<[string, string]>> {
  const dirs: Array<[string, string]> = [['', rootDir]]
  let manifest: unknown
  try {
    manifest = JSON.parse(await readFile(path.join(dataDir, 'modules', 'modules.json'), 'utf8'))
  } catch {
    return dirs
  }
  const modules = isRecord(manifest) && Array.isArray(manifest.Modules) ? manifest.Modules : []
  for (const module of modules) {
    if (!isRecord(module) || typeof module.Key !== 'string' || typeof module.Dir !== 'string')
      continue
    if (module.Key === '') continue
    dirs.push([module.Key, path.resolve(rootDir, module.Dir)])
  }
  return dirs.sort(([a], [b]) => byCodeUnits(a, b))
}

/**
 * What a module's folder holds, for its digests: read afresh for every other folder, and once per
 * run for a folder of the action's bundled modules, whichever job asks first. Those are files of
 * this copy of the action, beside its code: what could change them during the run could change the
 * code that checks the plans as well, so reading them again per job would guard nothing more.
 */
async function moduleFiles(dir: string, sources: PlanSources): Promise<FolderEntry[]> {
  const cache = sources.bundledFiles
  const bundled = sources.bundledModules
  const relative = bundled === undefined ? undefined : path.relative(bundled, dir)
  if (!cache || relative === undefined || relative.startsWith('..') || path.isAbsolute(relative)) {
    return readFolder(dir)
  }
  let read = cache.get(dir)
  if (!read) {
    read = readFolder(dir)
    cache.set(dir, read)
    // A folder that could not be read is read again by the next job, as it would be uncached.
    read.catch(() => cache.delete(dir))
  }
  return read
}

/**
 * Every file under a module's folder (scripts a provisioner runs included), by path relative to
 * it. Left out: hidden entries (`.terraform`, `.git`, the lock file, whose selections count on
 * their own) and state files. A link to a folder counts as its target's path (it is not followed:
 * no loops).
 */
async function readFolder(dir: string): Promise<FolderEntry[]> {
  const found: FolderEntry[] = []
  const walk = async (folder: string, prefix: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (
        entry.name.startsWith('.') ||
        /\.tfstate(\.backup)?$|^terraform\.tfstate\.d$/.test(entry.name)
      )
        continue
      const full = path.join(folder, entry.name)
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        await walk(full, relative)
      } else if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined)
        if (target?.isFile()) found.push({ relative, bytes: await readFile(full) })
        else found.push({ relative, link: await readlink(full).catch(() => '') })
      } else if (entry.isFile()) {
        found.push({ relative, bytes: await readFile(full) })
      }
    }
  }
  await walk(dir, '')
  return found
}

/** SHA-256 of each file read, by its path, with the given absolute paths named in its text. */
function digests(
  entries: readonly FolderEntry[],
  paths: ReadonlyArray<[string, string]>,
): Record<string, string> {
  const named = [...paths].sort(([a], [b]) => b.length - a.length)
  const result: Record<string, string> = {}
  for (const entry of entries) {
    result[entry.relative] =
      'bytes' in entry ? digestOf(entry.bytes, named) : `link ${nameText(entry.link, named)}`
  }
  return result
}

function digestOf(bytes: Buffer, paths: ReadonlyArray<[string, string]>): string {
  const hash = createHash('sha256')
  if (paths.some(([from]) => bytes.includes(from))) {
    hash.update(nameText(bytes.toString('utf8'), paths))
  } else {
    hash.update(bytes)
  }
  return hash.digest('hex')
}

function nameText(text: string, paths: ReadonlyArray<[string, string]>): string {
  return paths.reduce(
    (out, [from, to]) => (out.includes(from) ? out.split(from).join(to) : out),
    text,
  )
}
