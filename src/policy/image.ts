// Container image references as registries read them (the distribution/reference grammar):
// `python:3.12` is docker.io/library/python, `ghcr.io/acme/etl@sha256:…` is ghcr.io/acme/etl.

export interface ImageReference {
  /** Registry host and path, without tag or digest: `docker.io/library/python`. */
  repository: string
  tag?: string
  digest?: string
}

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]{32,}$/

/** The reference's parts, or undefined when it is not one a registry would accept. */
export function parseImage(image: string): ImageReference | undefined {
  if (image !== image.trim() || image === '' || /\s/.test(image)) return undefined
  let rest = image
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) return undefined
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined
  }
  const parts = rest.split('/')
  if (parts.some((part) => part === '')) return undefined
  const first = parts[0]!
  const hasHost =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  let host = hasHost ? first.toLowerCase() : 'docker.io'
  if (host === 'index.docker.io' || host === 'registry-1.docker.io') host = 'docker.io'
  const path = hasHost ? parts.slice(1) : parts
  if (path.some((part) => !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(part))) return undefined
  if (host === 'docker.io' && path.length === 1) path.unshift('library')
  return { repository: [host, ...path].join('/'), tag, digest }
}

/** Whether an image's repository is one of `allowed` or under one (by whole path segments). */
export function repositoryAllowed(repository: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => {
    const prefix = normaliseEntry(entry)
    return repository === prefix || repository.startsWith(`${prefix}/`)
  })
}

function normaliseEntry(entry: string): string {
  const [host = '', ...rest] = entry.replace(/\/+$/, '').split('/')
  const lower = host.toLowerCase()
  const registry =
    lower === 'index.docker.io' || lower === 'registry-1.docker.io' ? 'docker.io' : lower
  return [registry, ...rest].join('/')
}

/** A digest a registry cannot move: sha256 (64 hex digits) or sha512 (128). */
export function pinnedByDigest(reference: ImageReference): boolean {
  const digest = reference.digest ?? ''
  return /^sha256:[a-f0-9]{64}$/.test(digest) || /^sha512:[a-f0-9]{128}$/.test(digest)
}
