// A mirror laid out like releases.hashicorp.com: /terraform/index.json lists every release,
// /terraform/<version>/index.json one release, and the release's files sit beside the latter.
import { TerraformInstallError } from './errors.js'
import { displayUrl } from './http.js'
import type { MirrorClient } from './http.js'
import { isRecord } from '../../util/data.js'

export interface ReleaseBuild {
  os: string
  arch: string
  filename: string
}

export interface Release {
  version: string
  builds: ReleaseBuild[]
  /** File name of the SHA256SUMS file. */
  shasums: string
  /** Detached signatures of SHA256SUMS, best first (see signatureFiles). */
  signatures: string[]
}

export function releaseUrl(mirror: string, version: string, file = ''): string {
  return `${mirror}/terraform/${encodeURIComponent(version)}/${file ? encodeURIComponent(file) : ''}`
}

/** Every version the mirror lists, each with its raw release entry. */
export async function fetchIndex(
  client: MirrorClient,
  mirror: string,
): Promise<Map<string, unknown>> {
  const url = `${mirror}/terraform/index.json`
  const body = await client.get(url)
  if (!body) {
    throw new TerraformInstallError(
      'mirror',
      `${displayUrl(url)} does not exist (404): terraform-mirror must be laid out like https://releases.hashicorp.com`,
    )
  }
  const index = parseJson(body, url)
  const versions = isRecord(index) ? index.versions : undefined
  if (!isRecord(versions)) throw notAnIndex(url, 'it has no "versions" object')
  return new Map(Object.entries(versions))
}

/** One release from its own index.json; undefined when the mirror does not have it there. */
export async function fetchRelease(
  client: MirrorClient,
  mirror: string,
  version: string,
): Promise<Release | undefined> {
  const url = releaseUrl(mirror, version, 'index.json')
  const body = await client.get(url)
  return body ? readRelease(parseJson(body, url), version, url) : undefined
}

/** Checks a release entry strictly: its names become URLs and paths. */
export function readRelease(entry: unknown, version: string, url: string): Release {
  if (!isRecord(entry)) throw notAnIndex(url, `the entry for ${version} is not an object`)
  if (entry.version !== version) {
    throw notAnIndex(url, `it describes version ${String(entry.version)}, not ${version}`)
  }
  if (!Array.isArray(entry.builds)) throw notAnIndex(url, `${version} has no "builds" list`)
  const builds = entry.builds.map((build: unknown): ReleaseBuild => {
    if (
      !isRecord(build) ||
      typeof build.os !== 'string' ||
      typeof build.arch !== 'string' ||
      !isFileName(build.filename)
    ) {
      throw notAnIndex(url, `a build of ${version} lacks os, arch or a plain file name`)
    }
    return { os: build.os, arch: build.arch, filename: build.filename }
  })
  const shasums = entry.shasums ?? `terraform_${version}_SHA256SUMS`
  if (!isFileName(shasums)) throw notAnIndex(url, `"shasums" of ${version} is not a file name`)
  const listed = Array.isArray(entry.shasums_signatures) ? entry.shasums_signatures : []
  const single = entry.shasums_signature === undefined ? [] : [entry.shasums_signature]
  const signatures = [...listed, ...single]
  if (!signatures.every(isFileName)) {
    throw notAnIndex(url, `a signature file name of ${version} is not a plain file name`)
  }
  return {
    version,
    builds,
    shasums,
    signatures: signatures.length ? signatures : [`${shasums}.sig`],
  }
}

/**
 * The signature files to try, best first: the one named for the trusted key's ID
 * (`…_SHA256SUMS.72D7468F.sig`, as releases.hashicorp.com lists them), then the others.
 */
export function signatureFiles(release: Release, keyId: string): string[] {
  const suffix = `.${keyId.toUpperCase()}.sig`
  const named = release.signatures.filter((file) => file.toUpperCase().endsWith(suffix))
  return [...new Set([...named, ...release.signatures])]
}

function isFileName(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(value)
}

function parseJson(body: Buffer, url: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw notAnIndex(url, 'it is not JSON')
  }
}

function notAnIndex(url: string, why: string): TerraformInstallError {
  return new TerraformInstallError(
    'mirror',
    `${displayUrl(url)} is not a release index like releases.hashicorp.com's: ${why}`,
  )
}
