// The install itself: system binary, tool cache, or mirror → verify → tool cache. Nothing reaches
// the tool cache before both the signature and the checksum have passed.
import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import * as toolCache from '@actions/tool-cache'
import { UsageError } from '../../findings.js'
import { cacheDirs, withToolCacheEnv } from './cache.js'
import type { CacheDirs } from './cache.js'
import { TerraformInstallError } from './errors.js'
import { HASHICORP_PUBLIC_KEY } from './hashicorp-key.js'
import { createMirrorClient, displayUrl } from './http.js'
import type { MirrorClient } from './http.js'
import type { InstallDeps, InstalledTerraform, InstallRequest } from './index.js'
import { binaryName, terraformPlatform } from './platform.js'
import type { TerraformPlatform } from './platform.js'
import { fetchIndex, fetchRelease, readRelease, releaseUrl, signatureFiles } from './releases.js'
import type { Release } from './releases.js'
import { parseTerraformVersion } from './spec.js'
import type { TerraformVersionSpec } from './spec.js'
import { findOnPath, terraformVersionOf } from './system.js'
import { parseShasums, readTrustedKey, verifySignature } from './verify.js'
import { nearestVersions, pickVersion, sortVersions } from './versions.js'

const TOOL = 'terraform'

type Downloadable = Exclude<TerraformVersionSpec, { kind: 'system' }>

interface Context {
  deps: InstallDeps
  mirror: string
  platform: TerraformPlatform
  client: MirrorClient
  dirs: CacheDirs
}

export async function install(
  request: InstallRequest,
  deps: InstallDeps,
): Promise<InstalledTerraform> {
  const env = deps.env ?? process.env
  const nodePlatform = deps.platform ?? process.platform
  const spec = parseTerraformVersion(request.version)
  if (spec.kind === 'system') return systemTerraform(env, nodePlatform)
  const context: Context = {
    deps,
    mirror: mirrorBase(request.mirror),
    platform: terraformPlatform(nodePlatform, deps.arch ?? process.arch),
    client: createMirrorClient(deps.retry ?? {}, (message) => deps.log.info(message)),
    dirs: cacheDirs(env, nodePlatform),
  }
  return withToolCacheEnv(context.dirs, () => installFrom(spec, context))
}

async function installFrom(spec: Downloadable, context: Context): Promise<InstalledTerraform> {
  const { deps, mirror, platform } = context
  if (spec.kind === 'exact') {
    // A pinned version already in the cache needs nothing from the network, not even the index.
    const cached = fromCache(spec.version, platform)
    if (cached) return cacheHit(cached, deps.log)
    const release = await exactRelease(spec.version, context)
    return download(release, context)
  }
  let versions: Map<string, unknown>
  try {
    versions = await fetchIndex(context.client, mirror)
  } catch (error) {
    // Without the index, the newest cached match beats failing the run (a 502 storm, #565).
    const fallback = pickVersion(spec, toolCache.findAllVersions(TOOL, platform.arch))
    const cached = fallback === undefined ? undefined : fromCache(fallback, platform)
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
  const cached = fromCache(version, platform)
  if (cached) return cacheHit(cached, deps.log)
  const indexUrl = `${mirror}/terraform/index.json`
  return download(readRelease(versions.get(version), version, indexUrl), context)
}

function fromCache(version: string, platform: TerraformPlatform): InstalledTerraform | undefined {
  const dir = toolCache.find(TOOL, version, platform.arch)
  if (!dir) return undefined
  return { path: path.join(dir, binaryName(platform)), version, source: 'cache' }
}

function cacheHit(installed: InstalledTerraform, log: InstallDeps['log']): InstalledTerraform {
  log.info(`Terraform ${installed.version} found in the tool cache: ${installed.path}`)
  return installed
}

/** The release's own index.json, else its entry in the full index (mirrors may lack the former). */
async function exactRelease(version: string, context: Context): Promise<Release> {
  const own = await fetchRelease(context.client, context.mirror, version)
  if (own) return own
  const versions = await fetchIndex(context.client, context.mirror)
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

async function download(release: Release, context: Context): Promise<InstalledTerraform> {
  const { client, deps, mirror, platform } = context
  const { version } = release
  const build = release.builds.find((b) => b.os === platform.os && b.arch === platform.arch)
  if (!build) {
    const available = [...new Set(release.builds.map((b) => `${b.os}_${b.arch}`))].sort()
    throw new TerraformInstallError(
      'no-build',
      `Terraform ${version} has no build for ${platform.os}_${platform.arch}; it is published for ${available.join(', ') || 'no platform'}`,
    )
  }
  const trusted = await readTrustedKey(deps.trustedKey ?? HASHICORP_PUBLIC_KEY)
  const shasums = await client.get(releaseUrl(mirror, version, release.shasums))
  if (!shasums) {
    throw new TerraformInstallError(
      'checksum',
      `${displayUrl(releaseUrl(mirror, version, release.shasums))} does not exist (404): the release cannot be verified`,
    )
  }
  await verifySignature(
    shasums,
    await signatureOf(release, trusted.shortId, context),
    trusted,
    release.shasums,
  )
  const expected = parseShasums(shasums.toString('utf8'), release.shasums).get(build.filename)
  if (!expected) {
    throw new TerraformInstallError(
      'checksum',
      `${release.shasums} does not list ${build.filename}`,
    )
  }

  await mkdir(context.dirs.temp, { recursive: true })
  const work = await mkdtemp(path.join(context.dirs.temp, 'terraform-'))
  try {
    const zipUrl = releaseUrl(mirror, version, build.filename)
    deps.log.info(`Downloading ${displayUrl(zipUrl)}`)
    const zip = path.join(work, build.filename)
    const actual = await client.download(zipUrl, zip)
    if (!actual) {
      throw new TerraformInstallError('mirror', `${displayUrl(zipUrl)} does not exist (404)`)
    }
    if (actual !== expected) {
      throw new TerraformInstallError(
        'checksum',
        `The SHA-256 of ${build.filename} is ${actual}, but the signed ${release.shasums} says ${expected}. The download is corrupt or was tampered with; nothing was installed.`,
      )
    }
    deps.log.info(
      `Verified ${build.filename}: SHA-256 matches ${release.shasums}, signed by ${trusted.label} (${trusted.fingerprint})`,
    )
    const unpacked = await unpack(zip, path.join(work, 'unpacked'), platform)
    const dir = await toolCache.cacheDir(unpacked, TOOL, version, platform.arch)
    const binary = path.join(dir, binaryName(platform))
    deps.log.info(`Installed Terraform ${version} (${platform.os}_${platform.arch}) at ${binary}`)
    return { path: binary, version, source: 'download' }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The first signature file the mirror has, preferring the one named for the trusted key. */
async function signatureOf(release: Release, keyId: string, context: Context): Promise<Buffer> {
  const candidates = signatureFiles(release, keyId)
  for (const file of candidates) {
    const signature = await context.client.get(releaseUrl(context.mirror, release.version, file))
    if (signature) return signature
    context.deps.log.debug(`${file} is not on the mirror (404)`)
  }
  throw new TerraformInstallError(
    'signature',
    `None of the signature files of ${release.shasums} (${candidates.join(', ')}) exists on ${displayUrl(context.mirror)}: the release cannot be verified`,
  )
}

async function unpack(zip: string, dest: string, platform: TerraformPlatform): Promise<string> {
  const name = binaryName(platform)
  try {
    await toolCache.extractZip(zip, dest)
  } catch (error) {
    const message = (error as Error).message
    const hint = /unzip/i.test(message) ? ' (install unzip, e.g. `apt-get install unzip`)' : ''
    throw new TerraformInstallError(
      'extract',
      `Could not unpack ${path.basename(zip)}${hint}: ${message}`,
    )
  }
  const binary = path.join(dest, name)
  const found = await stat(binary).catch(() => undefined)
  if (!found?.isFile()) {
    const contents = await readdir(dest).catch(() => [])
    throw new TerraformInstallError(
      'extract',
      `${path.basename(zip)} holds no ${name} (it holds: ${contents.join(', ') || 'nothing'})`,
    )
  }
  if (platform.os !== 'windows') await chmod(binary, 0o755)
  return dest
}

async function systemTerraform(
  env: NodeJS.ProcessEnv,
  platform: string,
): Promise<InstalledTerraform> {
  const binary = findOnPath(platform === 'win32' ? 'terraform.exe' : 'terraform', env, platform)
  if (!binary) {
    throw new TerraformInstallError(
      'system-missing',
      "terraform-version is 'system' but no terraform is on PATH: install Terraform first, or set terraform-version to latest or a version to download a verified one",
    )
  }
  return { path: binary, version: await terraformVersionOf(binary, env), source: 'system' }
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

function describe(spec: Downloadable): string {
  return spec.kind === 'constraint' ? spec.text : spec.kind === 'exact' ? spec.version : 'latest'
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
