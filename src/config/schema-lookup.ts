// Finds the sub-schemas that apply at a data path, to say which keys a mapping accepts.
// Follows local $refs, properties, additionalProperties, items and allOf/if/then branches.
import { isRecord } from '../util/data.js'

type SchemaNode = Record<string, unknown>

export function allowedKeys(root: SchemaNode, segments: readonly string[]): string[] {
  const keys = new Set<string>()
  for (const schema of schemasAt(root, segments)) {
    const properties = schema.properties
    if (properties && typeof properties === 'object') {
      for (const key of Object.keys(properties)) keys.add(key)
    }
  }
  return [...keys]
}

export function schemasAt(root: SchemaNode, segments: readonly string[]): SchemaNode[] {
  let current = expand(root, [root])
  for (const segment of segments) {
    const next: SchemaNode[] = []
    for (const schema of current) {
      const properties = schema.properties as Record<string, SchemaNode> | undefined
      if (properties && properties[segment]) next.push(properties[segment])
      else if (isRecord(schema.additionalProperties)) next.push(schema.additionalProperties)
      if (/^\d+$/.test(segment) && isRecord(schema.items)) next.push(schema.items)
    }
    current = expand(root, next)
    if (current.length === 0) break
  }
  return current
}

function expand(root: SchemaNode, schemas: SchemaNode[]): SchemaNode[] {
  const out: SchemaNode[] = []
  const stack = [...schemas]
  while (stack.length > 0 && out.length < 256) {
    const schema = stack.pop()!
    out.push(schema)
    if (typeof schema.$ref === 'string') {
      const target = resolveRef(root, schema.$ref)
      if (target) stack.push(target)
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const list = schema[keyword]
      if (Array.isArray(list)) stack.push(...list.filter(isRecord))
    }
    if (isRecord(schema.then)) stack.push(schema.then)
    if (isRecord(schema.else)) stack.push(schema.else)
  }
  return out
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined
  let node: unknown = root
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    node = isRecord(node) ? node[segment] : undefined
  }
  return isRecord(node) ? node : undefined
}
