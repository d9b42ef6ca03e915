// The provider plugin cache as the run uses it and the log describes it: the workflow's own
// (TF_PLUGIN_CACHE_DIR, kept between runs with actions/cache), with what earlier runs left in it,
// or this run's alone.
import { randomBytes } from 'node:crypto'
import { cp, lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { Mutex } from '../util/concurrency.js'
import { plural } from '../util/text.js'

/**
 * The provider packages in a plugin cache, as `host/namespace/type version (platform)`: the
 * folders Terraform unpacks each into, HOST/NAMESPACE/TYPE/VERSION/PLATFORM.
 */
export async function providerPackages(folder: string): Promise<string[]> {
  return (await packagePaths(folder))
    .map((relative) => {
      const [host, namespace, type, version, platform] = relative.split(path.sep)
      return `${host}/${namespace}/${type} ${version} (${platform})`
    })
    .sort()
}

/** HOST/NAMESPACE/TYPE/VERSION/PLATFORM of each package folder (or link to one) in a cache. */
async function packagePaths(folder: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string, parts: string[]): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue
      const next = [...parts, entry.name]
      if (next.length === 5) found.push(path.join(...next))
      else await walk(path.join(dir, entry.name), next)
    }
  }
  await walk(folder, [])
  return found
}

/** What the log says before Terraform runs: which cache, and what it holds. */
export function cacheAtStart(folder: string, fromWorkflow: boolean, packages: string[]): string {
  if (!fromWorkflow) {
    return 'Provider plugin cache: a folder of this run only (set TF_PLUGIN_CACHE_DIR and cache it with actions/cache to keep providers between runs)'
  }
  if (packages.length === 0) {
    return `Provider plugin cache: ${folder} (TF_PLUGIN_CACHE_DIR), empty: providers are downloaded into it for later runs`
  }
  return `Provider plugin cache: ${folder} (TF_PLUGIN_CACHE_DIR), with ${plural(packages.length, 'provider package')} from earlier runs: ${packages.join(', ')}`
}

/** What the log says after Terraform ran: what this run added for the next ones, if anything. */
export function cacheAtEnd(before: string[], after: string[]): string | undefined {
  const had = new Set(before)
  const added = after.filter((name) => !had.has(name))
  if (added.length === 0) return undefined
  return `Provider plugin cache: ${plural(added.length, 'provider package')} added for later runs: ${added.join(', ')}`
}

/** The plugin cache folder one job's commands use, and how its init is to run. */
export interface JobPluginCache {
  /** TF_PLUGIN_CACHE_DIR for the job's commands. */
  dir: string
  /** Runs the job's `terraform init`; `log` takes what the job's log should say about the cache. */
  init<T>(run: () => Promise<T>, log: (line: string) => void): Promise<T>
}

/**
 * The plugin cache a run's jobs share. Terraform's cache is not safe for concurrent writers: an
 * init that installs a package first deletes its folder, which another init may be filling or
 * linking at that moment. When inits run side by side, each gets a folder of its own in which
 * every package of the shared cache is linked: Terraform takes them from there, and whatever it
 * installs lands in the job's folder, never in the shared one. After the init succeeded, each
 * package the shared cache lacks is moved into it (one rename, so it appears there whole, or a
 * copy renamed into place across file systems) and linked back for the job. With one init at a
 * time, or where links cannot be made, inits take turns in the shared cache itself.
 */
export class PluginCache {
  private readonly turns = new Mutex()
  private readonly moving = new Mutex()

  private constructor(
    readonly folder: string,
    readonly concurrent: boolean,
  ) {}

  /** The cache in `folder` (made if missing); `concurrent` when inits may run side by side. */
  static async open(folder: string, concurrent: boolean, scratch: string): Promise<PluginCache> {
    const absolute = path.resolve(folder)
    await mkdir(absolute, { recursive: true })
    return new PluginCache(absolute, concurrent && (await canLink(absolute, scratch)))
  }

  /** The cache of one job, whose own files go in `jobDir`. */
  async forJob(jobDir: string): Promise<JobPluginCache> {
    if (!this.concurrent) {
      return { dir: this.folder, init: (run) => this.turns.lock(run) }
    }
    const dir = path.join(jobDir, 'plugin-cache')
    for (const relative of await packagePaths(this.folder)) {
      await mkdir(path.join(dir, path.dirname(relative)), { recursive: true })
      await symlink(path.join(this.folder, relative), path.join(dir, relative), 'dir')
    }
    await mkdir(dir, { recursive: true })
    return {
      dir,
      init: async (run, log) => {
        const result = await run()
        await this.publish(dir, log)
        return result
      },
    }
  }

  /** Moves the packages an init installed in a job's folder into the shared cache, if new there. */
  private async publish(dir: string, log: (line: string) => void): Promise<void> {
    for (const relative of await packagePaths(dir)) {
      const own = path.join(dir, relative)
      const shared = path.join(this.folder, relative)
      // Still the link to the shared package: Terraform took it from there.
      if ((await readlink(own).catch(() => undefined)) === shared) continue
      await this.moving.lock(async () => {
        if (await lstat(shared).catch(() => undefined)) return
        try {
          await mkdir(path.dirname(shared), { recursive: true })
          await moveInto(own, shared, this.folder)
        } catch (error) {
          // The job has its package either way; only later jobs and runs go without it.
          log(
            `Provider plugin cache: ${relative.split(path.sep).join('/')} not added to ${this.folder}: ${(error as Error).message}`,
          )
        }
      })
    }
  }
}

/** Moves a package folder (or link) into the shared cache; the job's path leads to it after. */
async function moveInto(own: string, shared: string, cache: string): Promise<void> {
  try {
    await rename(own, shared)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    // Another file system: a whole copy is renamed into place; the job keeps its own.
    const staging = path.join(cache, `.partial-${randomBytes(6).toString('hex')}`)
    try {
      await cp(own, staging, { recursive: true, verbatimSymlinks: true })
      await rename(staging, shared)
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
    return
  }
  await symlink(shared, own, 'dir')
}

/** Whether links to folders can be made here (not on Windows without the privilege). */
async function canLink(target: string, scratch: string): Promise<boolean> {
  await mkdir(scratch, { recursive: true })
  const probe = path.join(scratch, `.link-${randomBytes(6).toString('hex')}`)
  try {
    await symlink(target, probe, 'dir')
    return true
  } catch {
    return false
  } finally {
    await rm(probe, { force: true })
  }
}
