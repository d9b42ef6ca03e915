// What a job's plan was made from besides the plan itself, for its fingerprint (fingerprint.ts):
// the provider versions the lock file selects, the backend, every file of the root and of each
// module Terraform loaded, and the absolute paths that differ between runners, named instead.
import { createHash } from 'node:crypto'
import { readdir, readFile, readlink, stat } from 'node:fs/promises'
import path from 'node:path'
import { isRecord } from '../util/data.js'
import { realPath } from '../util/paths.js'
import type { PlanInputs } from './fingerprint.js'

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
    files[key] = await fileDigests(dir, paths)
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
  return dirs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * SHA-256 of every file under a module's folder (scripts a provisioner runs included), by path
 * relative to it, with the given absolute paths named in their text. Left out: hidden entries
 * (`.terraform`, `.git`, the lock file, whose selections count on their own) and state files.
 * A link to a folder counts as its target's path (it is not followed: no loops).
 */
async function fileDigests(
  dir: string,
  paths: ReadonlyArray<[string, string]>,
): Promise<Record<string, string>> {
  const digests: Record<string, string> = {}
  const named = [...paths].sort(([a], [b]) => b.length - a.length)
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
        if (target?.isFile()) digests[relative] = digestOf(await readFile(full), named)
        else digests[relative] = `link ${nameText(await readlink(full).catch(() => ''), named)}`
      } else if (entry.isFile()) {
        digests[relative] = digestOf(await readFile(full), named)
      }
    }
  }
  await walk(dir, '')
  return digests
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
