// Unary gRPC calls served over plain-text HTTP/2, as Terraform's plugin client speaks it with
// TF_DISABLE_PLUGIN_TLS=1: a request is one message framed by a 5-byte prefix (a compressed flag
// and a big-endian length), the answer one framed message and trailers carrying grpc-status.
// Headers, status codes and messages are those @grpc/grpc-js sends for the same calls. Not
// @grpc/grpc-js itself: Terraform starts a stand-in hundreds of times per test run, and loading
// grpc-js (its client, name resolvers, TLS and channelz with the server) would cost each start
// more than everything else the stand-in does; unary calls in plain text need only this framing.
import http2 from 'node:http2'
import { createRequire } from 'node:module'
import type zlib from 'node:zlib'

export interface Method {
  /** The call's name, e.g. `GetProviderSchema`. */
  name: string
  decode(bytes: Buffer): unknown
  encode(message: unknown): Uint8Array
  /**
   * The answer to a request; a throw is answered as gRPC answers a failed handler. Without it
   * the call is unimplemented.
   */
  handle?: (request: unknown) => unknown
}

/** gRPC status codes (grpc/grpc doc/statuscodes.md). */
const STATUS = { OK: 0, UNKNOWN: 2, UNIMPLEMENTED: 12, INTERNAL: 13 } as const

const RESPONSE_HEADERS = {
  ':status': 200,
  'content-type': 'application/grpc+proto',
}
const ACCEPTED_ENCODINGS = {
  'grpc-accept-encoding': 'identity,deflate,gzip',
  'grpc-encoding': 'identity',
}

export interface GrpcServer {
  /** Stops listening, lets the calls under way finish, calls back once all connections close. */
  shutdown(done: () => void): void
}

/** Serves `methods` (by path, `/package.Service/Method`) on 127.0.0.1 at a free port. */
export function serveUnary(
  methods: ReadonlyMap<string, Method>,
  listening: (port: number) => void,
): GrpcServer {
  const sessions = new Set<http2.ServerHttp2Session>()
  const server = http2.createServer({
    maxSendHeaderBlockLength: Number.MAX_SAFE_INTEGER,
    maxSessionMemory: Number.MAX_SAFE_INTEGER,
  })
  server.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
    // A broken connection ends its calls; the process goes on serving the others.
    session.on('error', () => {})
  })
  server.on('stream', (stream, headers) => {
    stream.on('error', () => {})
    const contentType = headers['content-type']
    if (typeof contentType !== 'string' || !contentType.startsWith('application/grpc')) {
      stream.respond({ ':status': 415 }, { endStream: true })
      return
    }
    const path = headers[':path'] ?? ''
    const method = methods.get(path)
    if (!method) {
      // grpc-js sends this one message as it is, not percent-encoded as the others.
      const message = `The server does not implement the method ${path}`
      endWithStatus(stream, STATUS.UNIMPLEMENTED, message, { encode: false })
      return
    }
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      const encoding = headers['grpc-encoding']
      answer(
        stream,
        method,
        path,
        Buffer.concat(chunks),
        typeof encoding === 'string' ? encoding : 'identity',
      )
    })
  })
  server.listen(0, '127.0.0.1', () => listening((server.address() as { port: number }).port))
  return {
    shutdown(done) {
      server.close(() => done())
      for (const session of sessions) session.close()
    },
  }
}

/** Answers one call whose request has been read whole. */
function answer(
  stream: http2.ServerHttp2Stream,
  method: Method,
  path: string,
  body: Buffer,
  encoding: string,
): void {
  // A call the client has given up on (RST_STREAM) gets no answer.
  if (stream.destroyed) return
  const messages: Buffer[] = []
  let offset = 0
  while (offset + 5 <= body.length) {
    const length = body.readUInt32BE(offset + 1)
    if (offset + 5 + length > body.length) break
    const message = body.subarray(offset + 5, offset + 5 + length)
    if (body[offset] === 1) {
      const inflated = decompress(message, encoding)
      if (typeof inflated === 'string') return endWithStatus(stream, STATUS.UNIMPLEMENTED, inflated)
      if (!inflated) return endWithStatus(stream, STATUS.INTERNAL, 'Failed to decompress message')
      messages.push(inflated)
    } else {
      messages.push(message)
    }
    offset += 5 + length
  }
  if (messages.length > 1) {
    return endWithStatus(
      stream,
      STATUS.UNIMPLEMENTED,
      `Received a second request message for server streaming method ${path}`,
    )
  }
  if (messages.length === 0) {
    return endWithStatus(
      stream,
      STATUS.UNIMPLEMENTED,
      `Received no request message for server streaming method ${path}`,
    )
  }
  let request: unknown
  try {
    request = method.decode(messages[0]!)
  } catch {
    return endWithStatus(stream, STATUS.INTERNAL, 'Error deserializing request')
  }
  if (!method.handle) {
    return endWithStatus(
      stream,
      STATUS.UNIMPLEMENTED,
      `The server does not implement the method ${method.name}`,
    )
  }
  let result: unknown
  try {
    result = method.handle(request)
  } catch {
    return endWithStatus(stream, STATUS.UNKNOWN, 'Unknown error')
  }
  let response: Uint8Array
  try {
    response = method.encode(result)
  } catch {
    return endWithStatus(stream, STATUS.INTERNAL, 'Error serializing response')
  }
  const frame = Buffer.allocUnsafe(response.byteLength + 5)
  frame.writeUInt8(0, 0)
  frame.writeUInt32BE(response.byteLength, 1)
  frame.set(response, 5)
  stream.respond({ ...RESPONSE_HEADERS, ...ACCEPTED_ENCODINGS }, { waitForTrailers: true })
  stream.once('wantTrailers', () => {
    stream.sendTrailers({ 'grpc-status': String(STATUS.OK), 'grpc-message': 'OK' })
  })
  stream.end(frame)
}

/**
 * A message compressed as `encoding` says; a refusal for an encoding gRPC does not know, or none
 * when the message does not inflate.
 */
function decompress(message: Buffer, encoding: string): Buffer | string | undefined {
  if (encoding === 'identity') return message
  if (encoding !== 'gzip' && encoding !== 'deflate') {
    return `Received message compressed with unsupported encoding "${encoding}"`
  }
  // Loaded only here: Terraform does not compress what it sends.
  const { gunzipSync, inflateSync } = createRequire(__filename)('node:zlib') as typeof zlib
  try {
    return encoding === 'gzip' ? gunzipSync(message) : inflateSync(message)
  } catch {
    return undefined
  }
}

/** A call that ends before any answer: gRPC's "trailers-only" response. */
function endWithStatus(
  stream: http2.ServerHttp2Stream,
  code: number,
  message: string,
  { encode = true } = {},
): void {
  stream.respond(
    {
      'grpc-status': String(code),
      'grpc-message': encode ? encodeURI(message) : message,
      ...RESPONSE_HEADERS,
    },
    { endStream: true },
  )
}
