// The compact schema files scripts/provider-schemas.mjs writes, and their protocol form.

/** A cty type in its JSON form: "string", ["list", "string"], ["object", {…}], "dynamic". */
export type CtyType = string | [string, CtyType] | ['object', { [name: string]: CtyType }]

/** 'r' required, 'o' optional, 'c' computed, 'oc' optional and computed. */
export type Flags = 'r' | 'o' | 'c' | 'oc'

export type Nesting = 'single' | 'list' | 'set'

export interface Block {
  /** [type, flags], and `true` third for an attribute the provider deprecates. */
  a: { [name: string]: [CtyType, Flags] | [CtyType, Flags, true] }
  b: { [name: string]: [Nesting, number, number, Block] }
}

export interface SchemaFile {
  provider: string
  version: string
  generatedFrom: string
  providerSchema: Block
  resources: { [type: string]: Block }
  dataSources: { [type: string]: Block }
}

const NESTING = { single: 'SINGLE', list: 'LIST', set: 'SET' } as const

/** A block as the protocol's Schema.Block message. */
export function protoBlock(block: Block): unknown {
  return {
    version: 0,
    attributes: Object.entries(block.a).map(([name, [type, flags, deprecated]]) => ({
      name,
      type: Buffer.from(JSON.stringify(type)),
      required: flags === 'r',
      optional: flags.includes('o'),
      computed: flags.includes('c'),
      deprecated: deprecated === true,
    })),
    block_types: Object.entries(block.b).map(([name, [nesting, min, max, inner]]) => ({
      type_name: name,
      block: protoBlock(inner),
      nesting: NESTING[nesting],
      min_items: min,
      max_items: max,
    })),
  }
}

export function protoSchema(block: Block): unknown {
  return { version: 0, block: protoBlock(block) }
}

/** The provider's answer to GetProviderSchema, which depends on its schema file only. */
export function providerSchemaAnswer(schema: SchemaFile): unknown {
  return {
    provider: protoSchema(schema.providerSchema),
    resource_schemas: mapValues(schema.resources, protoSchema),
    data_source_schemas: mapValues(schema.dataSources, protoSchema),
    diagnostics: [],
    server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
  }
}

/** Where the mirror puts the encoded GetProviderSchema answer: beside the schema file. */
export function schemaAnswerPath(schemaPath: string): string {
  return schemaPath.replace(/\.json$/, '') + '.GetProviderSchema.bin'
}

function mapValues<T, U>(record: { [key: string]: T }, map: (item: T) => U): { [key: string]: U } {
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, map(item)]))
}
