// The provider plugin cache as the log describes it: the workflow's own (TF_PLUGIN_CACHE_DIR,
// kept between runs with actions/cache), with what earlier runs left in it, or this run's alone.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { plural } from '../util/text.js'

/**
 * The provider packages in a plugin cache, as `host/namespace/type version (platform)`: the
 * folders Terraform unpacks each into, HOST/NAMESPACE/TYPE/VERSION/PLATFORM.
 */
export async function providerPackages(folder: string): Promise<string[]> {
  const packages: string[] = []
  const walk = async (dir: string, parts: string[]): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue
      const next = [...parts, entry.name]
      if (next.length === 5) {
        const [host, namespace, type, version, platform] = next
        packages.push(`${host}/${namespace}/${type} ${version} (${platform})`)
      } else {
        await walk(path.join(dir, entry.name), next)
      }
    }
  }
  await walk(folder, [])
  return packages.sort()
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
