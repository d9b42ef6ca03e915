// Choosing the release on the mirror (its index, semver), then the tool cache or a download.
// Loaded only when the tool cache alone cannot answer.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { withToolCacheEnv } from './cache.js'
import { TerraformInstallError } from './errors.js'
import { createMirrorClient, displayUrl } from './http.js'
import type { MirrorClient } from './http.js'
import type { InstalledTerraform } from './index.js'
import { cacheHit, describe, fromCache } from './install.js'
import type { Downloadable, InstallContext } from './install.js'
import { fetchIndex, fetchRelease, readRelease } from './releases.js'
import type { Release } from './releases.js'
import { nearestVersions, pickVersion, sortVersions } from './versions.js'

export async function installFromMirror(
  spec: Downloadable,
  context: InstallContext,
): Promise<InstalledTerraform> {
  const { deps } = context
  const client = createMirrorClient(deps.retry ?? {}, (message) => deps.log.info(message))
  return withToolCacheEnv(context.dirs, () => installFrom(spec, context, client))
}

async function installFrom(
  spec: Downloadable,
  context: InstallContext,
  client: MirrorClient,
): Promise<InstalledTerraform> {
  const { deps, mirror } = context
  if (spec.kind === 'exact') {
    const release = await exactRelease(spec.version, context, client)
    return download(release, context, client)
  }
  let versions: Map<string, unknown>
  try {
    versions = await fetchIndex(client, mirror)
  } catch (error) {
    // Without the index, the newest cached match beats failing the run (a 502 storm, #565).
    const fallback = pickVersion(spec, cachedVersions(context))
    const cached = fallback === undefined ? undefined : fromCache(fallback, context)
    if (!(error instanceof TerraformInstallError) || !cached) throw error
    deps.log.warning(
      `${error.message} Using Terraform ${cached.version} from the tool cache, the newest cached version that matches '${describe(spec)}'.`,
    )
    return cached
  }
  const version = pickVersion(spec, versions.keys())
  if (!version) throw noMatch(spec, versions, mirror)
  deps.log.info(
    `terraform-version '${describe(spec)}' is Terraform ${version} on ${displayUrl(mirror)}`,
  )
  const cached = fromCache(version, context)
  if (cached) return cacheHit(cached, deps.log)
  const indexUrl = `${mirror}/terraform/index.json`
  return download(readRelease(versions.get(version), version, indexUrl), context, client)
}

async function download(
  release: Release,
  context: InstallContext,
  client: MirrorClient,
): Promise<InstalledTerraform> {
  context.deps.log.info(
    `Terraform ${release.version} is not in the tool cache (${context.dirs.toolCache}): downloading it`,
  )
  const { downloadRelease } = await import('./download.js')
  return downloadRelease(release, context, client)
}

/** The versions tool-cache holds for this CPU, as its findAllVersions lists them. */
function cachedVersions(context: InstallContext): string[] {
  const folder = path.join(context.dirs.toolCache, 'terraform')
  let children: string[]
  try {
    children = readdirSync(folder)
  } catch {
    return []
  }
  return children.filter(
    (child) =>
      semver.valid(semver.clean(child) ?? '') !== null && fromCache(child, context) !== undefined,
  )
}

/** The release's own index.json, else its entry in the full index (mirrors may lack the former). */
async function exactRelease(
  version: string,
  context: InstallContext,
  client: MirrorClient,
): Promise<Release> {
  const own = await fetchRelease(client, context.mirror, version)
  if (own) return own
  const versions = await fetchIndex(client, context.mirror)
  const url = `${context.mirror}/terraform/index.json`
  if (versions.has(version)) return readRelease(versions.get(version), version, url)
  const nearest = nearestVersions(version, versions.keys())
  throw new TerraformInstallError(
    'unknown-version',
    `Terraform ${version} is not published on ${displayUrl(context.mirror)}` +
      (nearest.length
        ? `; the nearest versions are ${nearest.join(', ')}`
        : '; it lists no versions'),
  )
}

function noMatch(
  spec: Downloadable,
  versions: Map<string, unknown>,
  mirror: string,
): TerraformInstallError {
  const series = new Map<string, string>()
  for (const version of sortVersions(versions.keys())) {
    const minor = /^\d+\.\d+/.exec(version)?.[0] ?? version
    if (!version.includes('-') && !series.has(minor)) series.set(minor, version)
  }
  const newest = [...series.values()].slice(0, 6)
  return new TerraformInstallError(
    'no-match',
    `No Terraform release on ${displayUrl(mirror)} matches terraform-version '${describe(spec)}'` +
      (newest.length
        ? `; the newest of each recent series: ${newest.join(', ')}`
        : '; it lists no stable release'),
  )
}
