// GitHub's REST description (npm @octokit/openapi, the description GitHub publishes) as response
// validators, to hold the stand-in GitHub's answers to what GitHub documents. OpenAPI 3.0's
// `nullable` becomes JSON Schema's null type so that Ajv can read the schemas.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvModule from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// CommonJS packages as ESM sees them: the class and the function are their `default`.
const Ajv = AjvModule.default
const addFormats = addFormatsModule.default
type Ajv = InstanceType<typeof Ajv>

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }>; $ref?: string }>
}

interface Description {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> }
}

let loaded: { description: Description; ajv: Ajv } | undefined
const compiled = new Map<string, ValidateFunction>()

function load(): { description: Description; ajv: Ajv } {
  if (loaded) return loaded
  const file = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json',
  )
  const description = JSON.parse(readFileSync(file, 'utf8')) as Description
  // Referenced schemas compiled once each, not inlined into every operation's.
  const ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false })
  addFormats(ajv)
  ajv.addSchema(jsonSchema({ components: description.components }) as object, 'github')
  loaded = { description, ajv }
  return loaded
}

/**
 * A validator of the JSON body GitHub documents for `method path` answering `status`, e.g.
 * `('post', '/repos/{owner}/{repo}/issues', 201)`.
 */
export function responseValidator(method: string, path: string, status: number): ValidateFunction {
  const key = `${method.toLowerCase()} ${path} ${status}`
  const known = compiled.get(key)
  if (known) return known
  const { description, ajv } = load()
  const operation = description.paths[path]?.[method.toLowerCase()]
  if (!operation) throw new Error(`GitHub's description has no ${method} ${path}`)
  let response = operation.responses[String(status)]
  if (!response) throw new Error(`GitHub's description of ${method} ${path} has no ${status}`)
  if (response.$ref) {
    const name = response.$ref.replace('#/components/responses/', '')
    response = description.components.responses[name] as typeof response
  }
  const schema = response.content?.['application/json']?.schema
  if (!schema) throw new Error(`${method} ${path} ${status} has no JSON body`)
  const refs = JSON.stringify(jsonSchema(schema)).replace(
    /"#\/components\//g,
    '"github#/components/',
  )
  const validate = ajv.compile(JSON.parse(refs) as object)
  compiled.set(key, validate)
  return validate
}

/** OpenAPI 3.0 schema objects as JSON Schema: `nullable: true` allows null. */
function jsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonSchema)
  if (value === null || typeof value !== 'object') return value
  const { nullable, ...rest } = value as Record<string, unknown>
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, inner]) => [
      key,
      // Property names and examples are data, not schemas.
      key === 'example' || key === 'examples' ? inner : jsonSchema(inner),
    ]),
  )
  if (nullable !== true) return converted
  const allowNull = Array.isArray(converted.enum) ? { enum: [...converted.enum, null] } : {}
  if (typeof converted.type === 'string') {
    return { ...converted, type: [converted.type, 'null'], ...allowNull }
  }
  return { anyOf: [converted, { type: 'null' }] }
}
