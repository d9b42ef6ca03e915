// Fetching a release: SHA256SUMS and its OpenPGP signature by the trusted key, the zip and its
// SHA-256, then unpacking into the tool cache. Loaded only when Terraform must be downloaded.
import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import * as toolCache from '@actions/tool-cache'
import { TerraformInstallError } from './errors.js'
import { HASHICORP_PUBLIC_KEY } from './hashicorp-key.js'
import { displayUrl } from './http.js'
import type { MirrorClient } from './http.js'
import type { InstalledTerraform } from './index.js'
import type { InstallContext } from './install.js'
import { binaryName } from './platform.js'
import type { TerraformPlatform } from './platform.js'
import { releaseUrl, signatureFiles } from './releases.js'
import type { Release } from './releases.js'
import { parseShasums, readTrustedKey, verifySignature } from './verify.js'

const TOOL = 'terraform'

export async function downloadRelease(
  release: Release,
  context: InstallContext,
  client: MirrorClient,
): Promise<InstalledTerraform> {
  const { deps, mirror, platform } = context
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
    await signatureOf(release, trusted.shortId, context, client),
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
async function signatureOf(
  release: Release,
  keyId: string,
  context: InstallContext,
  client: MirrorClient,
): Promise<Buffer> {
  const candidates = signatureFiles(release, keyId)
  for (const file of candidates) {
    const signature = await client.get(releaseUrl(context.mirror, release.version, file))
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
