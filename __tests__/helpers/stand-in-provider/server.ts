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
import type protobuf from 'protobufjs/light.js'
import { adjustPlan, configure, readData } from './behaviours.js'
import type { Problem } from './behaviours.js'
import { serveUnary } from './grpc.js'
import { fillUnknown, planCreate } from './lifecycle.js'
import { applyLocalFile, LOCAL_FILE, planLocalFile, readLocalFile } from './local-file.js'
import type { ProviderContext } from './lifecycle.js'
import { decode, encode, isRecord, record } from './msgpack.js'
import type { Value } from './msgpack.js'
import { Encoded, unaryMethods } from './protocol.js'
import type { Handlers } from './protocol.js'
import { schemaAnswerPath } from './schema.js'
import type { Block, SchemaFile } from './schema.js'

const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE'
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2'

interface DynamicValue {
  msgpack?: Buffer
  json?: Buffer
}

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

  const descriptor = JSON.parse(
    readFileSync(path.join(__dirname, 'protocol.json'), 'utf8'),
  ) as protobuf.INamespace
  const methods = unaryMethods(descriptor, {
    'tfplugin6.Provider': diagnosingThrows(provider(schema, context, schemaAnswerPath(schemaPath))),
    'plugin.GRPCController': {
      Shutdown: () => {
        setImmediate(() => server.shutdown(() => process.exit(0)))
        return {}
      },
    },
  })
  const server = serveUnary(methods, (port) => {
    process.stdout.write(`1|6|tcp|127.0.0.1:${port}|grpc\n`)
  })
}

/** Handlers whose throw becomes an error diagnostic, not a failed call. */
function diagnosingThrows(handlers: Handlers): Handlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (request: never) => {
        try {
          return handler(request)
        } catch (error) {
          return { diagnostics: [diagnostic({ summary: (error as Error).message })] }
        }
      },
    ]),
  )
}

function provider(schema: SchemaFile, context: ProviderContext, schemaAnswer: string): Handlers {
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
    // The same for every process of a provider: encoded once, when the mirror is built.
    GetProviderSchema: () => new Encoded(readFileSync(schemaAnswer)),
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

main()
