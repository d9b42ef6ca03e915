// A stand-in for a Terraform provider whose real binary cannot be downloaded here (hashicorp/
// azurerm, hashicorp/google, hashicorp/local, hashicorp/aws 6): it speaks the plugin protocol (version 6, over gRPC in plain text,
// which Terraform allows with TF_DISABLE_PLUGIN_TLS=1), serves the provider's real schema from
// a file scripts/provider-schemas.mjs extracted, and plans and applies as lifecycle.ts says. It
// talks to no cloud; local's `local_file` writes and reads real files (local-file.ts). Terraform
// starts it as
//   node server.cjs <schema.json> <version>
// through the executable stand-in-mirror.ts installs in a filesystem mirror.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as grpc from '@grpc/grpc-js'
import * as protoLoader from '@grpc/proto-loader'
import { adjustPlan, configure, readData } from './behaviours.js'
import type { Problem } from './behaviours.js'
import { fillUnknown, planCreate } from './lifecycle.js'
import { applyLocalFile, LOCAL_FILE, planLocalFile, readLocalFile } from './local-file.js'
import type { ProviderContext } from './lifecycle.js'
import { decode, encode, isRecord, record } from './msgpack.js'
import type { Value } from './msgpack.js'
import { protoSchema } from './schema.js'
import type { Block, SchemaFile } from './schema.js'

const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE'
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2'

interface DynamicValue {
  msgpack?: Buffer
  json?: Buffer
}

type Handler = (request: never) => unknown

function main(): void {
  const [schemaPath, version] = process.argv.slice(2)
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write(
      'This binary is a plugin. These are not meant to be executed directly.\n' +
        'Please execute the program that consumes these plugins, which will\n' +
        'load any plugins automatically\n',
    )
    process.exit(1)
  }
  if (process.env.PLUGIN_CLIENT_CERT) {
    process.stderr.write(
      'The stand-in provider serves plain text only: set TF_DISABLE_PLUGIN_TLS=1\n',
    )
    process.exit(1)
  }
  const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? '6').split(',')
  if (!versions.includes('6')) {
    process.stderr.write(
      `The stand-in provider speaks protocol 6 only, not ${versions.join(', ')}\n`,
    )
    process.exit(1)
  }
  if (!schemaPath || !version) throw new Error('usage: server <schema.json> <version>')
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaFile
  const name = schema.provider.split('/').at(-1)!
  const context: ProviderContext = {
    provider: name,
    major: Number(version.split('.')[0]),
    env: process.env,
  }

  const loaded = protoLoader.loadSync(
    [path.join(__dirname, 'tfplugin6.proto'), path.join(__dirname, 'plugin.proto')],
    { keepCase: true, longs: Number, enums: String, defaults: false, oneofs: true },
  )
  const definitions = grpc.loadPackageDefinition(loaded) as unknown as {
    tfplugin6: { Provider: { service: grpc.ServiceDefinition } }
    plugin: { GRPCController: { service: grpc.ServiceDefinition } }
  }
  const server = new grpc.Server({
    'grpc.max_receive_message_length': -1,
    'grpc.max_send_message_length': -1,
  })
  server.addService(definitions.tfplugin6.Provider.service, unary(provider(schema, context)))
  server.addService(
    definitions.plugin.GRPCController.service,
    unary({
      Shutdown: () => {
        setImmediate(() => server.tryShutdown(() => process.exit(0)))
        return {}
      },
    }),
  )
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
    if (error) throw error
    process.stdout.write(`1|6|tcp|127.0.0.1:${port}|grpc\n`)
  })
}

/** Plain functions as gRPC unary handlers; a throw becomes an error diagnostic, not a crash. */
function unary(handlers: { [name: string]: Handler }): grpc.UntypedServiceImplementation {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        try {
          callback(null, handler(call.request as never))
        } catch (error) {
          callback(null, { diagnostics: [diagnostic({ summary: (error as Error).message })] })
        }
      },
    ]),
  )
}

function provider(schema: SchemaFile, context: ProviderContext): { [name: string]: Handler } {
  const resource = (type: string): Block => {
    const block = schema.resources[type]
    if (!block) throw new Error(`The stand-in ${schema.provider} has no resource type ${type}`)
    return block
  }
  const dataSource = (type: string): Block => {
    const block = schema.dataSources[type]
    if (!block) throw new Error(`The stand-in ${schema.provider} has no data source ${type}`)
    return block
  }
  return {
    GetProviderSchema: () => ({
      provider: protoSchema(schema.providerSchema),
      resource_schemas: mapValues(schema.resources, protoSchema),
      data_source_schemas: mapValues(schema.dataSources, protoSchema),
      diagnostics: [],
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
    }),
    GetFunctions: () => ({ diagnostics: [] }),
    ValidateProviderConfig: () => ({ diagnostics: [] }),
    ValidateResourceConfig: (request: { type_name: string }) => {
      resource(request.type_name)
      return { diagnostics: [] }
    },
    ValidateDataResourceConfig: (request: { type_name: string }) => {
      dataSource(request.type_name)
      return { diagnostics: [] }
    },
    ConfigureProvider: (request: { config?: DynamicValue }) => ({
      diagnostics: configure(context, value(request.config)).map(diagnostic),
    }),
    // State written by this stand-in is already in the current schema's shape.
    UpgradeResourceState: (request: { raw_state?: { json?: Buffer } }) => ({
      upgraded_state: { json: request.raw_state?.json ?? Buffer.from('null') },
      diagnostics: [],
    }),
    ReadResource: (request: {
      type_name: string
      current_state?: DynamicValue
      private?: Buffer
    }) => ({
      new_state:
        request.type_name === LOCAL_FILE
          ? dynamic(readLocalFile(value(request.current_state)))
          : request.current_state,
      private: request.private,
      diagnostics: [],
    }),
    PlanResourceChange: (request: {
      type_name: string
      prior_state?: DynamicValue
      proposed_new_state?: DynamicValue
      config?: DynamicValue
    }) => {
      const block = resource(request.type_name)
      const prior = value(request.prior_state)
      const proposed = value(request.proposed_new_state)
      const config = value(request.config)
      if (!isRecord(proposed)) return { planned_state: dynamic(null), diagnostics: [] }
      const planned = isRecord(prior)
        ? Object.assign(record(), proposed)
        : planCreate(block, proposed, config)
      const problems = adjustPlan(context, request.type_name, planned, config)
      if (request.type_name === LOCAL_FILE) {
        const file = planLocalFile(prior, planned)
        return {
          planned_state: dynamic(file.planned),
          requires_replace: file.requiresReplace.map((name) => ({
            steps: [{ attribute_name: name }],
          })),
          diagnostics: [],
        }
      }
      return { planned_state: dynamic(planned), diagnostics: problems.map(diagnostic) }
    },
    ApplyResourceChange: (request: {
      type_name: string
      prior_state?: DynamicValue
      planned_state?: DynamicValue
    }) => {
      const block = resource(request.type_name)
      const planned = value(request.planned_state)
      if (request.type_name === LOCAL_FILE) {
        return {
          new_state: dynamic(applyLocalFile(value(request.prior_state), planned)),
          diagnostics: [],
        }
      }
      const state = isRecord(planned)
        ? fillUnknown(request.type_name, block, planned, context)
        : null
      return { new_state: dynamic(state), diagnostics: [] }
    },
    ImportResourceState: (request: { type_name: string }) => ({
      diagnostics: [diagnostic({ summary: `The stand-in cannot import ${request.type_name}` })],
    }),
    ReadDataSource: (request: { type_name: string; config?: DynamicValue }) => {
      const block = dataSource(request.type_name)
      const config = value(request.config)
      const planned = isRecord(config) ? planCreate(block, config, config) : config
      const state = isRecord(planned)
        ? fillUnknown(request.type_name, block, planned, context)
        : null
      if (state) readData(request.type_name, state)
      return { state: dynamic(state), diagnostics: [] }
    },
    StopProvider: () => ({}),
  }
}

function value(dynamicValue: DynamicValue | undefined): Value {
  if (dynamicValue?.msgpack?.length) return decode(dynamicValue.msgpack)
  if (dynamicValue?.json?.length) return JSON.parse(dynamicValue.json.toString('utf8')) as Value
  return null
}

function dynamic(state: Value): DynamicValue {
  return { msgpack: encode(state) }
}

function diagnostic(problem: Problem): unknown {
  return {
    severity: 'ERROR',
    summary: problem.summary,
    detail: problem.detail ?? '',
    ...(problem.attribute ? { attribute: { steps: [{ attribute_name: problem.attribute }] } } : {}),
  }
}

function mapValues<T, U>(record: { [key: string]: T }, map: (item: T) => U): { [key: string]: U } {
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, map(item)]))
}

main()
