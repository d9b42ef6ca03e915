// Extracts the schemas of hashicorp/azurerm, hashicorp/google and hashicorp/aws (6) from the
// prebuilt CDKTF provider packages (devDependencies) into the compact JSON the stand-in providers
// of the tests serve.
// The packages are generated from `terraform providers schema -json`; each resource's TypeScript
// source (kept in the source map of its lib/<resource>/index.js) records, per attribute and
// block, `// name - computed: …, optional: …, required: …`, its type in the getter and in
// synthesizeHclAttributes, and each nested block's class: a List (list or set, as many as
// wanted), an OutputReference (at most one) or a struct (the single `timeouts` block).
//
//   node scripts/provider-schemas.mjs            regenerate every schema file
//   node scripts/provider-schemas.mjs --check    exit 1 when a schema file is out of date
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
export const SCHEMA_DIR = path.join(root, '__tests__/helpers/stand-in-provider/schemas')

/**
 * Which resource and data source types each schema file holds: every type of the provider that
 * a module under terraform/modules uses, and these few more the tests plant or call.
 */
export const PROVIDERS = {
  azurerm: {
    package: '@cdktf/provider-azurerm',
    extra: { resources: [], dataSources: ['azurerm_client_config'] },
    // The provider block's `features` is required, exactly once (internal/provider/features.go);
    // CDKTF types every provider argument as optional, so the count is restored here.
    providerBlocks: { features: { min: 1, max: 1 } },
  },
  google: {
    package: '@cdktf/provider-google',
    extra: { resources: [], dataSources: ['google_project'] },
    providerBlocks: {},
  },
  // The tests plan aws_fargate with the real provider 5.x from the machine's mirror; this schema,
  // of AWS provider 6, lets them validate and plan it on 6 as well.
  aws: {
    package: '@cdktf/provider-aws',
    extra: { resources: [], dataSources: [] },
    providerBlocks: {},
    // CDKTF records no deprecation: these are the AWS provider 6 upgrade guide's, for the types
    // the modules use, so Terraform warns about them as it does with the real provider.
    deprecated: { dataSources: { aws_region: ['name'] } },
  },
}

/** The resource and data source types of `name` that the modules declare. */
export function typesUsedByModules(name) {
  const modules = path.join(root, 'terraform/modules')
  const resources = new Set()
  const dataSources = new Set()
  for (const module of readdirSync(modules)) {
    for (const file of readdirSync(path.join(modules, module)).filter((f) => f.endsWith('.tf'))) {
      const text = readFileSync(path.join(modules, module, file), 'utf8')
      for (const [, kind, type] of text.matchAll(/^(resource|data) "([a-z0-9_]+)"/gm)) {
        if (!type.startsWith(`${name}_`)) continue
        ;(kind === 'resource' ? resources : dataSources).add(type)
      }
    }
  }
  return { resources, dataSources }
}

/** One provider's schema file, as an object. */
export function extractSchema(name) {
  const spec = PROVIDERS[name]
  const packageJson = require(`${spec.package}/package.json`)
  const lib = path.join(path.dirname(require.resolve(`${spec.package}/package.json`)), 'lib')
  const used = typesUsedByModules(name)
  const wantedResources = new Set([...used.resources, ...spec.extra.resources])
  const wantedDataSources = new Set([...used.dataSources, ...spec.extra.dataSources])

  const schema = {
    provider: `registry.terraform.io/hashicorp/${name}`,
    version: packageJson.cdktf.provider.version,
    generatedFrom: `${spec.package}@${packageJson.version}`,
    providerSchema: undefined,
    resources: {},
    dataSources: {},
  }
  for (const dir of readdirSync(lib).sort()) {
    const file = path.join(lib, dir, 'index.js')
    if (!existsSync(file)) continue
    const js = readFileSync(file, 'utf8')
    const declares = [...js.matchAll(/\.tfResourceType = "([^"]+)"/g)].map((m) => m[1])
    const needed =
      dir === 'provider' || declares.some((t) => wantedResources.has(t) || wantedDataSources.has(t))
    if (!needed) continue
    const source = sourceOf(js)
    if (!source) continue
    const unit = parseUnit(source)
    for (const [className, cls] of unit.classes) {
      const kind = cls.extends
      if (kind === 'TerraformProvider') {
        const block = blockOf(unit, className)
        for (const [blockName, count] of Object.entries(spec.providerBlocks)) {
          const nested = block.b[blockName]
          if (!nested) throw new Error(`${name}: the provider has no ${blockName} block`)
          nested[1] = count.min
          nested[2] = count.max
        }
        // `alias` is Terraform's own meta-argument, which CDKTF adds to every provider class.
        delete block.a.alias
        schema.providerSchema = block
        continue
      }
      if (kind !== 'TerraformResource' && kind !== 'TerraformDataSource') continue
      const type = /tfResourceType = "([^"]+)"/.exec(cls.body)?.[1]
      if (!type) continue
      const wanted = kind === 'TerraformResource' ? wantedResources : wantedDataSources
      if (!wanted.has(type)) continue
      const target = kind === 'TerraformResource' ? schema.resources : schema.dataSources
      target[type] = blockOf(unit, className)
      wanted.delete(type)
    }
  }
  const missing = [...wantedResources, ...[...wantedDataSources].map((t) => `data.${t}`)]
  if (missing.length > 0) throw new Error(`${name}: no schema found for ${missing.join(', ')}`)
  // A deprecated attribute is [type, flags, true]; Terraform warns where a module refers to it.
  for (const [kind, byType] of Object.entries(spec.deprecated ?? {})) {
    for (const [type, attributes] of Object.entries(byType)) {
      for (const attribute of attributes) {
        const entry = schema[kind][type]?.a[attribute]
        if (!entry) throw new Error(`${name}: ${type} has no attribute ${attribute} to deprecate`)
        entry[2] = true
      }
    }
  }
  if (!schema.providerSchema) throw new Error(`${name}: no provider schema found`)
  schema.resources = sortKeys(schema.resources)
  schema.dataSources = sortKeys(schema.dataSources)
  return schema
}

/** The TypeScript the package's JavaScript was compiled from, out of its inline source map. */
function sourceOf(js) {
  const map = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(js)
  if (!map) return undefined
  return JSON.parse(Buffer.from(map[1], 'base64').toString('utf8')).sourcesContent?.[0]
}

/** The generated file's top-level classes and functions, by name. */
function parseUnit(source) {
  const classes = new Map()
  const functions = new Map()
  const interfaces = new Map()
  const starts = [...source.matchAll(/^export (class|function|interface) (\w+)/gm)]
  starts.forEach((match, i) => {
    const body = source.slice(match.index, starts[i + 1]?.index ?? source.length)
    if (match[1] === 'class') {
      classes.set(match[2], { extends: /extends cdktf\.(\w+)/.exec(body)?.[1], body })
    } else if (match[1] === 'function') {
      functions.set(match[2], body)
    } else {
      interfaces.set(match[2], body)
    }
  })
  return { classes, functions, interfaces }
}

const PRIMITIVES = { string: 'string', number: 'number', boolean: 'bool' }

/** What synthesizeHclAttributes (or a struct's ToHclTerraform) says of each argument. */
function hclArguments(text) {
  const found = new Map()
  const pattern =
    /^\s+(\w+): \{\n\s+value: [^\n]*\n\s+isBlock: (true|false),\n\s+type: "(\w+)",\n\s+storageClassType: "(\w+)",/gm
  for (const [, name, isBlock, type, storage] of text.matchAll(pattern)) {
    found.set(name, { isBlock: isBlock === 'true', type, storage })
  }
  return found
}

function argumentType({ type, storage }) {
  if (type === 'simple' && PRIMITIVES[storage]) return PRIMITIVES[storage]
  if (type === 'map') {
    const element = PRIMITIVES[storage.replace(/Map$/, '')]
    if (element) return ['map', element]
  }
  if (type === 'list' || type === 'set') {
    let inner = storage.replace(/List$/, '')
    let element = PRIMITIVES[inner]
    if (!element && PRIMITIVES[inner.replace(/List$/, '')]) {
      element = ['list', PRIMITIVES[inner.replace(/List$/, '')]]
    }
    if (element) return [type, element]
  }
  return undefined
}

/** A type from a getter's body, for attributes that have no entry in synthesizeHclAttributes. */
function getterType(code) {
  const builtin = /= new cdktf\.(String|Number|Boolean|Any)Map\(this, "/.exec(code)
  if (builtin)
    return [
      'map',
      { String: 'string', Number: 'number', Boolean: 'bool', Any: 'dynamic' }[builtin[1]],
    ]
  const call = /(cdktf\.Fn\.tolist\()?this\.(get\w+Attribute|interpolationForAttribute)\('/.exec(
    code,
  )
  if (!call) return undefined
  const collection = call[1] ? 'set' : 'list'
  switch (call[2]) {
    case 'getStringAttribute':
      return 'string'
    case 'getNumberAttribute':
      return 'number'
    case 'getBooleanAttribute':
      return 'bool'
    case 'getListAttribute':
      return [collection, 'string']
    case 'getNumberListAttribute':
      return [collection, 'number']
    case 'getStringMapAttribute':
      return ['map', 'string']
    case 'getNumberMapAttribute':
      return ['map', 'number']
    case 'getBooleanMapAttribute':
      return ['map', 'bool']
    case 'getAnyMapAttribute':
      return ['map', 'dynamic']
    default:
      return 'dynamic'
  }
}

/**
 * The schema block a generated class describes. Attributes: name → [type, flags], flags being
 * 'r' (required), 'o' (optional), 'c' (computed) or 'oc'. Blocks: name → [nesting, min, max, block].
 */
function blockOf(unit, className, hcl) {
  const cls = unit.classes.get(className)
  if (!cls) throw new Error(`no class ${className}`)
  const args = hcl ?? hclArguments(cls.body)
  const block = { a: {}, b: {} }
  const entries = [
    ...cls.body.matchAll(
      /^\s+\/\/ (\w+) - computed: (true|false), optional: (true|false), required: (true|false)\n/gm,
    ),
  ]
  entries.forEach((entry, i) => {
    const [, name, computed, optional, required] = entry
    const code = cls.body.slice(entry.index + entry[0].length, entries[i + 1]?.index)
    const flags =
      (required === 'true' ? 'r' : '') +
      (optional === 'true' ? 'o' : '') +
      (computed === 'true' ? 'c' : '')
    const nested =
      /= new (\w+?)(List|OutputReference|Map)\(this, "[^"]+"(?:, (true|false))?\)/.exec(code)
    const arg = args.get(name)
    if (nested && (arg?.isBlock || /public put\w+\(/.test(code))) {
      const [, base, kind, wrapsSet] = nested
      const inner = blockOf(unit, `${base}OutputReference`, structArguments(unit, base))
      const nesting =
        arg?.type === 'struct'
          ? 'single'
          : arg?.type === 'set' || wrapsSet === 'true'
            ? 'set'
            : 'list'
      const max = kind === 'OutputReference' && nesting !== 'single' ? 1 : 0
      block.b[name] = [nesting, required === 'true' ? 1 : 0, max, inner]
      return
    }
    if (nested) {
      // A computed nested object: an attribute whose type is a collection of objects.
      const [, base, kind, wrapsSet] = nested
      const inner = blockOf(unit, `${base}OutputReference`, structArguments(unit, base))
      const object = [
        'object',
        Object.fromEntries(Object.entries(inner.a).map(([k, v]) => [k, v[0]])),
      ]
      const type =
        kind === 'OutputReference'
          ? object
          : kind === 'Map'
            ? ['map', object]
            : [wrapsSet === 'true' ? 'set' : 'list', object]
      block.a[name] = [type, flags]
      return
    }
    if (arg?.isBlock) {
      // The provider's own blocks are plain structs: no reference classes, arrays always.
      const base = arg.storage.replace(/List$/, '')
      block.b[name] = [
        arg.type === 'set' ? 'set' : 'list',
        required === 'true' ? 1 : 0,
        0,
        structBlock(unit, base),
      ]
      return
    }
    const type = (arg && argumentType(arg)) ?? getterType(code) ?? privateFieldType(code)
    if (!type) throw new Error(`${className}.${name}: no type found`)
    block.a[name] = [type, flags]
  })
  block.a = sortKeys(block.a)
  block.b = sortKeys(block.b)
  return block
}

/** A provider argument has no getter call: its type is the private field's TypeScript type. */
function privateFieldType(code) {
  const field = /private _\w+\?: ([^;]+);/.exec(code)?.[1]?.replace(/ \| cdktf\.IResolvable/, '')
  if (!field) return undefined
  if (PRIMITIVES[field]) return PRIMITIVES[field]
  if (field === 'string[]') return ['list', 'string']
  if (field === '{ [key: string]: string }') return ['map', 'string']
  return undefined
}

/** A struct without a reference class: its arguments, required where its interface says so. */
function structBlock(unit, base) {
  const declaration = unit.interfaces.get(base) ?? ''
  const block = { a: {}, b: {} }
  for (const [name, arg] of structArguments(unit, base)) {
    const camel = name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())
    const optional = !new RegExp(`readonly ${camel}:`).test(declaration)
    if (arg.isBlock) {
      const inner = structBlock(unit, arg.storage.replace(/List$/, ''))
      block.b[name] = [arg.type === 'set' ? 'set' : 'list', optional ? 0 : 1, 0, inner]
    } else {
      const type = argumentType(arg)
      if (!type) throw new Error(`${base}.${name}: no type found`)
      block.a[name] = [type, optional ? 'o' : 'r']
    }
  }
  block.a = sortKeys(block.a)
  block.b = sortKeys(block.b)
  return block
}

/** The argument list of a struct, from its ToHclTerraform function. */
function structArguments(unit, base) {
  const fn = unit.functions.get(`${base[0].toLowerCase()}${base.slice(1)}ToHclTerraform`)
  return fn ? hclArguments(fn) : new Map()
}

function sortKeys(record) {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  )
}

export function schemaFile(name) {
  return path.join(SCHEMA_DIR, `${name}.json`)
}

/** The file's text, formatted as the repository's Prettier checks it, so a diff reads well. */
export async function renderSchema(schema) {
  const options = (await prettier.resolveConfig(SCHEMA_DIR)) ?? {}
  return prettier.format(JSON.stringify(schema), { ...options, parser: 'json' })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check')
  let stale = false
  mkdirSync(SCHEMA_DIR, { recursive: true })
  for (const name of Object.keys(PROVIDERS)) {
    const text = await renderSchema(extractSchema(name))
    const file = schemaFile(name)
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        console.error(
          `${path.relative(root, file)} is out of date: run node scripts/provider-schemas.mjs`,
        )
        stale = true
      }
    } else {
      writeFileSync(file, text)
      console.log(`${path.relative(root, file)}: ${text.length} bytes`)
    }
  }
  if (stale) process.exit(1)
}
