// The stand-in provider's plugin protocol as a client sees it on the wire, started from a mirror
// as Terraform starts it: go-plugin's refusals at start, the handshake line, the answers, headers
// and gRPC statuses @grpc/grpc-js gives for the same calls (unknown method, wrong content type,
// compressed, undecodable and repeated requests), and the exit once GRPCController.Shutdown
// is called.
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { readdirSync } from 'node:fs'
import http2 from 'node:http2'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import protobuf from 'protobufjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standInMirror } from './stand-in-mirror.js'
import { tempDir } from './temp.js'

const STAND_IN = fileURLToPath(new URL('./stand-in-provider/', import.meta.url))
const COOKIE = {
  TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
}

const protocol = new protobuf.Root().loadSync(
  ['tfplugin6.proto', 'plugin.proto'].map((file) => path.join(STAND_IN, file)),
  { keepCase: true },
)

/** A message in gRPC's frame: compressed flag, big-endian length, bytes. */
function frame(bytes: Uint8Array, compressed = false): Buffer {
  const framed = Buffer.alloc(5 + bytes.length)
  framed[0] = compressed ? 1 : 0
  framed.writeUInt32BE(bytes.length, 1)
  framed.set(bytes, 5)
  return framed
}

function request(type: string, message: object = {}): Buffer {
  const messageType = protocol.lookupType(type)
  return frame(messageType.encode(messageType.fromObject(message)).finish())
}

type Headers = { [name: string]: unknown }

interface Answer {
  headers: Headers
  trailers: Headers | undefined
  body: Buffer
}

function call(
  session: http2.ClientHttp2Session,
  method: string,
  body: Buffer,
  headers: http2.OutgoingHttpHeaders = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ':method': 'POST',
      ':path': method,
      'content-type': 'application/grpc',
      te: 'trailers',
      ...headers,
    })
    let answer: http2.IncomingHttpHeaders = {}
    let trailers: http2.IncomingHttpHeaders | undefined
    const chunks: Buffer[] = []
    stream.on('response', (received) => (answer = received))
    stream.on('trailers', (received) => (trailers = received))
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('error', reject)
    stream.on('end', () => {
      resolve({
        headers: plain(answer),
        trailers: trailers && plain(trailers),
        body: Buffer.concat(chunks),
      })
    })
    stream.end(body)
  })
}

/** Headers as sent, without the date of the answer. */
function plain(headers: http2.IncomingHttpHeaders): Headers {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'))
}

/** The one message of an answer, decoded as `type`. */
function message(answer: Answer, type: string): { [key: string]: unknown } {
  expect(answer.body[0]).toBe(0)
  expect(answer.body.readUInt32BE(1)).toBe(answer.body.length - 5)
  const messageType = protocol.lookupType(type)
  return messageType.toObject(messageType.decode(answer.body.subarray(5)), {
    enums: String,
    longs: Number,
  })
}

/** What a call that ends without an answer sends: gRPC's trailers-only response. */
function refusal(code: number, message: string): Answer {
  return {
    headers: {
      ':status': 200,
      'content-type': 'application/grpc+proto',
      'grpc-status': String(code),
      'grpc-message': message,
    },
    trailers: undefined,
    body: Buffer.alloc(0),
  }
}

const ANSWERED = {
  ':status': 200,
  'content-type': 'application/grpc+proto',
  'grpc-accept-encoding': 'identity,deflate,gzip',
  'grpc-encoding': 'identity',
}

describe('the stand-in provider on the wire', () => {
  let executable: string

  beforeAll(() => {
    const mirror = standInMirror(tempDir('dativo-stand-in-grpc-'))
    const folder = path.join(mirror.dir, 'registry.terraform.io', 'hashicorp', 'local', '2.5.3')
    const platform = readdirSync(folder)[0]!
    executable = path.join(folder, platform, 'terraform-provider-local_v2.5.3')
  })

  function start(env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
    const { TF_PLUGIN_MAGIC_COOKIE: _cookie, PLUGIN_CLIENT_CERT: _cert, ...inherited } = process.env
    return spawn(executable, [], { env: { ...inherited, ...env } })
  }

  function exit(
    child: ChildProcessWithoutNullStreams,
  ): Promise<{ code: number | null; stderr: string }> {
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })))
  }

  it.each([
    [
      'without go-plugin’s magic cookie',
      {},
      'This binary is a plugin. These are not meant to be executed directly.\n' +
        'Please execute the program that consumes these plugins, which will\n' +
        'load any plugins automatically\n',
    ],
    [
      'when asked for TLS',
      { ...COOKIE, PLUGIN_CLIENT_CERT: 'certificate' },
      'The stand-in provider serves plain text only: set TF_DISABLE_PLUGIN_TLS=1\n',
    ],
    [
      'when the client speaks protocol 5 only',
      { ...COOKIE, PLUGIN_PROTOCOL_VERSIONS: '5' },
      'The stand-in provider speaks protocol 6 only, not 5\n',
    ],
  ])('refuses to start %s', async (_case, env, stderr) => {
    const child = start(env)
    expect(await exit(child)).toEqual({ code: 1, stderr })
  })

  describe('once started', () => {
    let child: ChildProcessWithoutNullStreams
    let exited: Promise<{ code: number | null; stderr: string }>
    let handshake: string
    let session: http2.ClientHttp2Session

    beforeAll(async () => {
      child = start({ ...COOKIE, PLUGIN_PROTOCOL_VERSIONS: '5,6' })
      exited = exit(child)
      handshake = await new Promise<string>((resolve) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))
      })
      const address = handshake.split('|')[3]!
      session = http2.connect(`http://${address}`)
    })

    afterAll(() => {
      session?.destroy()
      if (child?.exitCode === null) child.kill()
    })

    it('tells go-plugin where it listens: protocol 6, plain gRPC on 127.0.0.1', () => {
      expect(handshake).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc\n$/)
    })

    it('answers a call with one message and grpc-status 0 in the trailers', async () => {
      const answer = await call(
        session,
        '/tfplugin6.Provider/GetProviderSchema',
        request('tfplugin6.GetProviderSchema.Request'),
      )
      expect(answer.headers).toEqual(ANSWERED)
      expect(answer.trailers).toEqual({ 'grpc-status': '0', 'grpc-message': 'OK' })
      const schema = message(answer, 'tfplugin6.GetProviderSchema.Response') as {
        resource_schemas: {
          [type: string]: { block: { attributes: { name: string; required?: boolean }[] } }
        }
      }
      expect(Object.keys(schema.resource_schemas)).toEqual(['local_file'])
      const filename = schema.resource_schemas.local_file!.block.attributes.find(
        (attribute) => attribute.name === 'filename',
      )
      expect(filename).toEqual({
        name: 'filename',
        type: Buffer.from('"string"'),
        required: true,
        optional: false,
        computed: false,
        deprecated: false,
      })
    })

    it('reads a request compressed as grpc-encoding says, and answers with its diagnostics', async () => {
      const plain = request('tfplugin6.ValidateResourceConfig.Request', { type_name: 'local_dir' })
      const answer = await call(
        session,
        '/tfplugin6.Provider/ValidateResourceConfig',
        frame(gzipSync(plain.subarray(5)), true),
        { 'grpc-encoding': 'gzip' },
      )
      expect(answer.headers).toEqual(ANSWERED)
      expect(message(answer, 'tfplugin6.ValidateResourceConfig.Response')).toEqual({
        diagnostics: [
          {
            severity: 'ERROR',
            summary:
              'The stand-in registry.terraform.io/hashicorp/local has no resource type local_dir',
            detail: '',
          },
        ],
      })
    })

    it.each([
      [
        'an unknown method, its message not percent-encoded',
        '/tfplugin6.Provider/MoveResourceState',
        () => request('tfplugin6.GetFunctions.Request'),
        {},
        refusal(
          12,
          'The server does not implement the method /tfplugin6.Provider/MoveResourceState',
        ),
      ],
      [
        'a compression gRPC does not know',
        '/tfplugin6.Provider/GetFunctions',
        () => frame(Buffer.from([1]), true),
        { 'grpc-encoding': 'br' },
        refusal(12, 'Received%20message%20compressed%20with%20unsupported%20encoding%20%22br%22'),
      ],
      [
        'a message that does not inflate',
        '/tfplugin6.Provider/GetFunctions',
        () => frame(Buffer.from([1, 2, 3]), true),
        { 'grpc-encoding': 'gzip' },
        refusal(13, 'Failed%20to%20decompress%20message'),
      ],
      [
        'a message that does not decode',
        '/tfplugin6.Provider/ValidateResourceConfig',
        () => frame(Buffer.from([0xff, 0xff, 0xff])),
        {},
        refusal(13, 'Error%20deserializing%20request'),
      ],
      [
        'a second message',
        '/tfplugin6.Provider/GetFunctions',
        () =>
          Buffer.concat([
            request('tfplugin6.GetFunctions.Request'),
            request('tfplugin6.GetFunctions.Request'),
          ]),
        {},
        refusal(
          12,
          'Received%20a%20second%20request%20message%20for%20server%20streaming%20method%20/tfplugin6.Provider/GetFunctions',
        ),
      ],
      [
        'no message',
        '/tfplugin6.Provider/GetFunctions',
        () => Buffer.alloc(0),
        {},
        refusal(
          12,
          'Received%20no%20request%20message%20for%20server%20streaming%20method%20/tfplugin6.Provider/GetFunctions',
        ),
      ],
    ])('refuses %s as gRPC does', async (_case, method, body, headers, expected) => {
      expect(await call(session, method, body(), headers)).toEqual(expected)
    })

    it('answers a body that is not gRPC with HTTP 415', async () => {
      const answer = await call(
        session,
        '/tfplugin6.Provider/GetFunctions',
        request('tfplugin6.GetFunctions.Request'),
        { 'content-type': 'application/json' },
      )
      expect(answer).toEqual({
        headers: { ':status': 415 },
        trailers: undefined,
        body: Buffer.alloc(0),
      })
    })

    it('answers GRPCController.Shutdown, then exits 0', async () => {
      const answer = await call(session, '/plugin.GRPCController/Shutdown', request('plugin.Empty'))
      expect(answer.headers).toEqual(ANSWERED)
      expect(answer.trailers).toEqual({ 'grpc-status': '0', 'grpc-message': 'OK' })
      expect(await exited).toEqual({ code: 0, stderr: '' })
    })
  })
})
