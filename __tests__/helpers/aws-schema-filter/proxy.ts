// The real AWS provider behind a schema filter: Terraform starts this program in place of the
// provider's binary; it passes every call through to the binary unchanged, and drops from the
// schema and metadata answers the resource, data source and ephemeral types the tests never use.
// Terraform decodes the whole schema a provider sends on every command, about 3 CPU-s for AWS
// provider 5's 1,500 types; the types kept are the provider's own schemas, byte for byte.
//
// The filtered answers are kept in a cache folder, per binary: a later process answers them from
// there and starts the binary only when Terraform asks for something else. Terraform starts one
// provider process only to read its schema, and `terraform show` needs nothing more; those never
// start the binary once the cache holds its answers. Terraform starts this program as
//   node proxy.cjs <provider binary> <file with one type name per line> <cache folder>
// through the executable aws-filter-mirror.ts installs in a filesystem mirror, with
// TF_DISABLE_PLUGIN_TLS=1 (this program and the binary behind it then speak plain gRPC).
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import http2 from 'node:http2'
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerHttp2Stream } from 'node:http2'
import net from 'node:net'
import path from 'node:path'

/**
 * The answers filtered, and in each the fields that list types: the schema's maps (2 resources,
 * 3 data sources, 8 ephemeral resources) and the metadata's lists (3 data sources, 4 resources,
 * 6 ephemeral resources), the same numbers in protocols 5 and 6. In every entry, field 1 is the
 * type's name (a map entry's key, a metadata message's type_name).
 */
const FILTERED: Record<string, ReadonlySet<number>> = {
  '/tfplugin5.Provider/GetSchema': new Set([2, 3, 8]),
  '/tfplugin6.Provider/GetProviderSchema': new Set([2, 3, 8]),
  '/tfplugin5.Provider/GetMetadata': new Set([3, 4, 6]),
  '/tfplugin6.Provider/GetMetadata': new Set([3, 4, 6]),
}

interface Field {
  number: number
  /** The field's bytes as sent, key included. */
  raw: Buffer
  /** A length-delimited field's content. */
  body?: Buffer
}

function varint(buffer: Buffer, start: number): [number, number] {
  let value = 0
  let shift = 0
  let position = start
  for (;;) {
    const byte = buffer[position++]
    if (byte === undefined) throw new Error('protobuf: a varint runs past the message')
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
    if ((byte & 0x80) === 0) return [value, position]
  }
}

/** A message's top-level fields, in order, each with its bytes as sent. */
function fields(message: Buffer): Field[] {
  const found: Field[] = []
  let position = 0
  while (position < message.length) {
    const start = position
    const [key, afterKey] = varint(message, position)
    position = afterKey
    const wire = key & 7
    let body: Buffer | undefined
    if (wire === 0) position = varint(message, position)[1]
    else if (wire === 1) position += 8
    else if (wire === 5) position += 4
    else if (wire === 2) {
      const [length, afterLength] = varint(message, position)
      body = message.subarray(afterLength, afterLength + length)
      position = afterLength + length
    } else throw new Error(`protobuf: wire type ${wire} is not used by the plugin protocol`)
    if (position > message.length) throw new Error('protobuf: a field runs past the message')
    found.push({ number: Math.floor(key / 8), raw: message.subarray(start, position), body })
  }
  return found
}

function typeName(entry: Buffer): string | undefined {
  return fields(entry)
    .find((field) => field.number === 1)
    ?.body?.toString('utf8')
}

/** The message without the entries, in the listed fields, of types not kept. */
function filterMessage(message: Buffer, listed: ReadonlySet<number>, kept: Set<string>): Buffer {
  const remaining = fields(message).filter(
    (field) => !listed.has(field.number) || kept.has(typeName(field.body ?? Buffer.alloc(0)) ?? ''),
  )
  return Buffer.concat(remaining.map((field) => field.raw))
}

/** A gRPC body (one length-prefixed message, uncompressed) with its message filtered. */
function filterBody(body: Buffer, listed: ReadonlySet<number>, kept: Set<string>): Buffer {
  if (body.length < 5) return body
  if (body[0] !== 0) throw new Error('gRPC: a compressed answer cannot be filtered')
  const length = body.readUInt32BE(1)
  if (body.length !== 5 + length) throw new Error('gRPC: expected one message in the answer')
  const message = filterMessage(body.subarray(5), listed, kept)
  const prefix = Buffer.alloc(5)
  prefix.writeUInt32BE(message.length, 1)
  return Buffer.concat([prefix, message])
}

/** Request headers as sent on to the provider: the pseudo-headers of the connection are its own. */
function requestHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const forwarded: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (name === ':path' || name === ':method' || !name.startsWith(':')) forwarded[name] = value
  }
  return forwarded
}

const SHUTDOWN = '/plugin.GRPCController/Shutdown'
const STDIO = '/plugin.GRPCStdio/StreamStdio'
const OK_HEADERS = { ':status': 200, 'content-type': 'application/grpc' }
/** An empty message (go-plugin's Empty) as a gRPC body. */
const EMPTY = Buffer.alloc(5)

interface Provider {
  process: ChildProcess
  protocol: string
  session: http2.ClientHttp2Session
}

/** Starts the binary and connects to it once it has said where it listens. */
async function startProvider(binary: string, onExit: (code: number) => void): Promise<Provider> {
  const child = spawn(binary, [], { stdio: ['ignore', 'pipe', 'inherit'] })
  child.once('exit', (code, signal) => onExit(code ?? (signal ? 1 : 0)))
  const handshake = await new Promise<string[]>((resolve, reject) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const end = text.indexOf('\n')
      if (end < 0) return
      child.stdout!.off('data', onData)
      child.stdout!.on('data', (more: Buffer) => process.stderr.write(more))
      if (end + 1 < text.length) process.stderr.write(text.slice(end + 1))
      resolve(text.slice(0, end).trim().split('|'))
    }
    child.stdout!.on('data', onData)
    child.once('exit', (code, signal) =>
      reject(new Error(`the provider exited (${signal ?? code}) before its handshake`)),
    )
  })
  const [core, protocol, network, address] = handshake
  if (core !== '1' || !protocol || (network !== 'unix' && network !== 'tcp') || !address) {
    throw new Error(`unexpected handshake from the provider: ${handshake.join('|')}`)
  }
  const session = http2.connect('http://localhost', {
    createConnection: () => {
      if (network === 'unix') return net.connect(address)
      const colon = address.lastIndexOf(':')
      return net.connect(Number(address.slice(colon + 1)), address.slice(0, colon))
    },
  })
  session.on('error', (error) => process.stderr.write(`schema filter: ${error.message}\n`))
  return { process: child, protocol, session }
}

function answer(stream: ServerHttp2Stream, body: Buffer, status = '0'): void {
  stream.respond(OK_HEADERS, { waitForTrailers: true })
  stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': status }))
  stream.end(body)
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** Writes whole or not at all: another process may read the same file at any time. */
function writeCache(file: string, content: Buffer | string): void {
  const partial = `${file}.${process.pid}`
  writeFileSync(partial, content)
  renameSync(partial, file)
}

async function main(): Promise<void> {
  const [binary, typesFile, cacheDir] = process.argv.slice(2)
  if (!binary || !typesFile || !cacheDir) {
    throw new Error('usage: proxy <provider binary> <types file> <cache folder>')
  }
  const kept = new Set(readFileSync(typesFile, 'utf8').split('\n').filter(Boolean))
  const { size, mtimeMs } = statSync(binary)
  const key = createHash('sha256')
    .update(`${binary}\0${size}\0${mtimeMs}\0${[...kept].join(',')}`)
    .digest('hex')
    .slice(0, 16)
  const cached = (name: string) => path.join(cacheDir, `${key}.${name.replace(/\W+/g, '_')}`)
  // As a go-plugin server does: an interrupt is the host's to handle; it ends the provider
  // through the controller's Shutdown.
  process.on('SIGINT', () => {})

  const server = http2.createServer()
  const exit = (code: number) => {
    server.close()
    process.exitCode = code
    // The host has its answers; it waits for this process to end as it would for the provider.
    setTimeout(() => process.exit(code), 100).unref()
  }
  let started: Promise<Provider> | undefined
  const provider = () => (started ??= startProvider(binary, exit))

  const forward = async (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => {
    const name = String(headers[':path'])
    const listed = FILTERED[name]
    const { session } = await provider()
    const call = session.request(requestHeaders(headers))
    stream.pipe(call)
    call.on('error', (error) => stream.destroy(error))
    stream.on('error', () => call.destroy())
    call.on('response', (responseHeaders) => {
      // A trailers-only answer (an error status) ends with its headers.
      if ('grpc-status' in responseHeaders) {
        stream.respond(responseHeaders, { endStream: true })
        call.resume()
        return
      }
      let trailers: OutgoingHttpHeaders = {}
      stream.respond(responseHeaders, { waitForTrailers: true })
      stream.on('wantTrailers', () => stream.sendTrailers(trailers))
      call.on('trailers', (received) => {
        trailers = received
      })
      const held: Buffer[] = []
      call.on('data', (chunk: Buffer) => (listed ? held.push(chunk) : stream.write(chunk)))
      call.on('end', () => {
        if (listed) {
          const body = filterBody(Buffer.concat(held), listed, kept)
          if (String(trailers['grpc-status']) === '0') writeCache(cached(name), body)
          stream.write(body)
        }
        stream.end()
      })
    })
  }

  server.on('stream', (stream, headers) => {
    const name = String(headers[':path'])
    const known = FILTERED[name] ? readCache(cached(name)) : undefined
    if (known) return answer(stream, known)
    // The binary's stdout and stderr reach the host through this program's stderr.
    if (name === STDIO) return answer(stream, Buffer.alloc(0), '12')
    if (name === SHUTDOWN && !started) {
      answer(stream, EMPTY)
      return exit(0)
    }
    forward(stream, headers).catch((error: unknown) => {
      process.stderr.write(`schema filter: ${(error as Error).message}\n`)
      stream.destroy(error as Error)
    })
  })

  // The protocol the binary speaks, from the cache or from the binary itself.
  let protocol = readCache(cached('protocol'))?.toString('utf8')
  if (!protocol) {
    protocol = (await provider()).protocol
    writeCache(cached('protocol'), protocol)
  }
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo
    process.stdout.write(`1|${protocol}|tcp|127.0.0.1:${port}|grpc\n`)
  })
}

main().catch((error: unknown) => {
  process.stderr.write(`schema filter: ${(error as Error).message}\n`)
  process.exit(1)
})
