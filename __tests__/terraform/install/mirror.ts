// A release mirror on 127.0.0.1 laid out like releases.hashicorp.com, with a signing key the test
// owns, fake terraform binaries (shell scripts) in real zips, and knobs to make it misbehave.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as openpgp from 'openpgp'

export interface SigningKey {
  privateKey: openpgp.PrivateKey
  armoredPublicKey: string
  /** Last 8 hex digits of the key ID, upper case, as signature file names carry it. */
  shortId: string
}

export async function generateSigningKey(name: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    userIDs: [{ name, email: 'releases@example.test' }],
    format: 'object',
  })
  return {
    privateKey,
    armoredPublicKey: publicKey.armor(),
    shortId: publicKey.getKeyID().toHex().slice(-8).toUpperCase(),
  }
}

export const PLATFORMS = ['linux_amd64', 'linux_arm64', 'darwin_arm64', 'windows_amd64']

export interface MirrorOptions {
  versions: string[]
  /** SHA256SUMS is signed with this key; the test trusts it (or, to see a refusal, another). */
  signWith: SigningKey
  /** Builds listed per version; PLATFORMS when absent. */
  platforms?: string[]
  /** Serve /terraform/<version>/index.json too, as releases.hashicorp.com does. */
  perVersionIndex?: boolean
}

export interface Mirror {
  /** Base URL to pass as terraform-mirror (a sub-path with a trailing slash, as users write it). */
  url: string
  /** Paths requested so far, in order. */
  requests: string[]
  /** Status codes to answer, once each, before serving a path normally. */
  failures: Map<string, number[]>
  /** Paths whose body gets one byte changed after SHA256SUMS was computed. */
  tampered: Set<string>
  close(): Promise<void>
}

const PREFIX = '/releases'

/** A zip holding an executable `terraform` that prints `terraform version -json` for `version`. */
export function terraformZip(version: string, platform: string): Buffer {
  const script = `#!/bin/sh\necho '{"terraform_version":"${version}","platform":"${platform}"}'\n`
  return zip([{ name: 'terraform', data: Buffer.from(script), mode: 0o755 }])
}

export async function startMirror(options: MirrorOptions): Promise<Mirror> {
  const files = new Map<string, Buffer>()
  const releases: Record<string, unknown> = {}
  for (const version of options.versions) {
    const dir = `/terraform/${version}`
    const platforms = options.platforms ?? PLATFORMS
    const builds = platforms.map((platform) => {
      const [os, arch] = platform.split('_') as [string, string]
      const filename = `terraform_${version}_${platform}.zip`
      files.set(`${dir}/${filename}`, terraformZip(version, platform))
      // A verbatim copy of HashiCorp's index points at releases.hashicorp.com: never followed.
      const url = `https://releases.hashicorp.com/terraform/${version}/${filename}`
      return { name: 'terraform', version, os, arch, filename, url }
    })
    const shasums = `terraform_${version}_SHA256SUMS`
    const sums = builds
      .map((build) => `${sha256(files.get(`${dir}/${build.filename}`)!)}  ${build.filename}\n`)
      .join('')
    files.set(`${dir}/${shasums}`, Buffer.from(sums))
    const signature = Buffer.from(
      await openpgp.sign({
        message: await openpgp.createMessage({ binary: Buffer.from(sums) }),
        signingKeys: options.signWith.privateKey,
        detached: true,
        format: 'binary',
      }),
    )
    const named = `${shasums}.${options.signWith.shortId}.sig`
    files.set(`${dir}/${named}`, signature)
    files.set(`${dir}/${shasums}.sig`, signature)
    const release = {
      name: 'terraform',
      version,
      shasums,
      shasums_signature: `${shasums}.sig`,
      shasums_signatures: [named, `${shasums}.sig`],
      builds,
    }
    releases[version] = release
    if (options.perVersionIndex !== false) {
      files.set(`${dir}/index.json`, Buffer.from(JSON.stringify(release)))
    }
  }
  files.set(
    '/terraform/index.json',
    Buffer.from(JSON.stringify({ name: 'terraform', versions: releases })),
  )

  const requests: string[] = []
  const failures = new Map<string, number[]>()
  const tampered = new Set<string>()
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://mirror').pathname)
    requests.push(path)
    const failure = failures.get(path)?.shift()
    const body = path.startsWith(PREFIX) ? files.get(path.slice(PREFIX.length)) : undefined
    if (failure !== undefined) {
      response.writeHead(failure).end('Bad Gateway')
    } else if (!body) {
      response.writeHead(404).end('Not Found')
    } else {
      const sent = Buffer.from(body)
      if (tampered.has(path)) sent[sent.length >> 1]! ^= 0x01
      response.writeHead(200, { 'content-length': sent.length }).end(sent)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${PREFIX}/`,
    requests,
    failures,
    tampered,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  }
}

/** The path the server sees for a file of a release. */
export function mirrorPath(version: string, file: string): string {
  return `${PREFIX}/terraform/${version}/${file}`
}

export const INDEX_PATH = `${PREFIX}/terraform/index.json`

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

interface ZipEntry {
  name: string
  data: Buffer
  mode: number
}

/** A minimal stored (uncompressed) zip whose entries keep their Unix mode, as `unzip` reads it. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const crc = crc32(entry.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the mode below counts
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.data)
    centrals.push(central, name)
    offset += local.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
