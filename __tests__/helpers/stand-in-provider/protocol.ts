// The plugin protocol's calls for the stand-in server, from the JSON descriptor of tfplugin6.proto
// and plugin.proto that stand-in-mirror.ts writes when it builds a mirror, so no process parses
// the .proto files. Messages are converted as @grpc/proto-loader converts them with keepCase,
// longs as numbers, enums as names, no defaults and oneofs named.
import protobuf from 'protobufjs/light.js'
import type { Method } from './grpc.js'

const OBJECT_OPTIONS: protobuf.IConversionOptions = {
  longs: Number,
  enums: String,
  defaults: false,
  oneofs: true,
}

/** An answer already in its wire form, sent as it is. */
export class Encoded {
  constructor(readonly bytes: Uint8Array) {}
}

/** `message` (a plain object) in its wire form, as `type`. */
export function encodeMessage(type: protobuf.Type, message: unknown): Uint8Array {
  return type.encode(type.fromObject(message as { [key: string]: unknown })).finish()
}

/** The handlers of one service's calls, by the call's name. */
export type Handlers = { [method: string]: (request: never) => unknown }

/**
 * The gRPC methods of `services` (by full name, e.g. `tfplugin6.Provider`), one per call the
 * descriptor declares; a call without a handler is answered "unimplemented", as gRPC does.
 */
export function unaryMethods(
  descriptor: protobuf.INamespace,
  services: { [service: string]: Handlers },
): Map<string, Method> {
  const root = protobuf.Root.fromJSON(descriptor)
  const methods = new Map<string, Method>()
  for (const [name, handlers] of Object.entries(services)) {
    const service = root.lookupService(name)
    for (const call of service.methodsArray) {
      call.resolve()
      const request = call.resolvedRequestType!
      const response = call.resolvedResponseType!
      const handler = handlers[call.name]
      methods.set(`/${name}/${call.name}`, {
        decode: (bytes) => request.toObject(request.decode(bytes), OBJECT_OPTIONS),
        encode: (message) =>
          message instanceof Encoded ? message.bytes : encodeMessage(response, message),
        name: call.name,
        ...(handler ? { handle: (message: unknown) => handler(message as never) } : {}),
      })
    }
  }
  return methods
}
