// The install itself: tool cache, or mirror → verify → tool cache. Nothing reaches the tool cache
// before both the signature and the checksum have passed. This part stays light: a version
// already in the tool cache is found without the HTTP client, semver, tool-cache or openpgp;
// mirror.ts loads when the mirror must be asked, download.ts when a release must be fetched.
import path from 'node:path'
import { UsageError } from '../../findings.js'
import { cacheDirs, cachedFolder } from './cache.js'
import type { CacheDirs } from './cache.js'
import type { InstallDeps, InstalledTerraform, InstallRequest } from './index.js'
import { binaryName, terraformPlatform } from './platform.js'
import type { TerraformPlatform } from './platform.js'
import type { TerraformVersionSpec } from './spec.js'

export type Downloadable = Exclude<TerraformVersionSpec, { kind: 'system' }>

export interface InstallContext {
  deps: InstallDeps
  mirror: string
  platform: TerraformPlatform
  dirs: CacheDirs
}

export async function install(
  spec: Downloadable,
  request: InstallRequest,
  deps: InstallDeps,
): Promise<InstalledTerraform> {
  const env = deps.env ?? process.env
  const nodePlatform = deps.platform ?? process.platform
  const context: InstallContext = {
    deps,
    mirror: mirrorBase(request.mirror),
    platform: terraformPlatform(nodePlatform, deps.arch ?? process.arch),
    dirs: cacheDirs(env, nodePlatform),
  }
  if (spec.kind === 'exact') {
    // A pinned version already in the cache needs nothing from the network, not even the index.
    const cached = fromCache(spec.version, context)
    if (cached) return cacheHit(cached, deps.log)
  }
  const { installFromMirror } = await import('./mirror.js')
  return installFromMirror(spec, context)
}

export function fromCache(
  version: string,
  context: InstallContext,
): InstalledTerraform | undefined {
  const dir = cachedFolder(context.dirs, version, context.platform.arch)
  if (!dir) return undefined
  return { path: path.join(dir, binaryName(context.platform)), version, source: 'cache' }
}

export function cacheHit(
  installed: InstalledTerraform,
  log: InstallDeps['log'],
): InstalledTerraform {
  log.info(`Terraform ${installed.version} found in the tool cache: ${installed.path}`)
  return installed
}

function mirrorBase(mirror: string): string {
  let url: URL
  try {
    url = new URL(mirror.trim())
  } catch {
    throw new UsageError(
      `terraform-mirror '${mirror}' is not a URL (e.g. https://releases.hashicorp.com)`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`terraform-mirror '${mirror}' must be an http(s) URL`)
  }
  return url.toString().replace(/\/+$/, '')
}

export function describe(spec: Downloadable): string {
  return spec.kind === 'constraint' ? spec.text : spec.kind === 'exact' ? spec.version : 'latest'
}
