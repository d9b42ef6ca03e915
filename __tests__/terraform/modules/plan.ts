// Reading `terraform show -json` and `terraform providers schema -json`: every resource a plan
// would create, and every tags or labels map its provider's schema lets it carry.
import type { Tags } from '../../../src/tags/convert.js'
import type { TerraformRoot } from './root.js'

export interface SchemaBlock {
  attributes?: Record<string, unknown>
  block_types?: Record<string, { nesting_mode: string; block: SchemaBlock }>
}

export interface ResourceChange {
  address: string
  type: string
  mode: string
  change: { actions: string[]; after: Record<string, unknown> }
}

export interface Plan {
  resource_changes: ResourceChange[]
  planned_values: { outputs: Record<string, { value?: unknown }> }
  configuration: {
    root_module: {
      module_calls: Record<
        string,
        { expressions: Record<string, { constant_value?: unknown }> | undefined }
      >
    }
  }
}

export interface PlannedRoot {
  plan: Plan
  schemas: Record<string, { block: SchemaBlock }>
}

/** Plans the root to a file and reads the plan and the provider's resource schemas. */
export async function planRoot(
  root: TerraformRoot,
  provider: string,
  env: NodeJS.ProcessEnv = {},
): Promise<PlannedRoot> {
  await root.ok(['init', '-input=false', '-no-color'], env)
  await root.ok(['plan', '-input=false', '-no-color', '-out=tfplan'], env)
  const [shown, schema] = await Promise.all([
    root.ok(['show', '-json', '-no-color', 'tfplan'], env),
    root.ok(['providers', 'schema', '-json'], env),
  ])
  const plan = JSON.parse(shown) as Plan
  const providers = JSON.parse(schema) as {
    provider_schemas: Record<string, { resource_schemas: Record<string, { block: SchemaBlock }> }>
  }
  const schemas = providers.provider_schemas[`registry.terraform.io/hashicorp/${provider}`]!
  return { plan, schemas: schemas.resource_schemas }
}

export function managed(plan: Plan): ResourceChange[] {
  return plan.resource_changes.filter((r) => r.mode === 'managed')
}

export function planned(plan: Plan, address: string): Record<string, unknown> {
  const change = plan.resource_changes.find((r) => r.address === address)
  if (!change) throw new Error(`${address} is not in the plan`)
  return change.change.after
}

/** Every attribute named `name` (tags, labels) the schema allows in a planned value, nested too. */
export function tagMaps(
  block: SchemaBlock,
  value: unknown,
  at: string,
  name = 'tags',
): { path: string; tags: unknown }[] {
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const found: { path: string; tags: unknown }[] = []
  if (block.attributes && name in block.attributes)
    found.push({ path: `${at}.${name}`, tags: record[name] })
  for (const [blockName, nested] of Object.entries(block.block_types ?? {})) {
    const inner = record[blockName]
    const items =
      nested.nesting_mode === 'single' || nested.nesting_mode === 'group'
        ? [inner]
        : Array.isArray(inner)
          ? inner
          : inner && typeof inner === 'object'
            ? Object.values(inner)
            : []
    items.forEach((item, i) =>
      found.push(...tagMaps(nested.block, item, `${at}.${blockName}[${i}]`, name)),
    )
  }
  return found
}

export function isEqualTags(actual: unknown, expected: Tags): boolean {
  if (!actual || typeof actual !== 'object') return false
  const entries = Object.entries(actual as Record<string, unknown>)
  return (
    entries.length === Object.keys(expected).length &&
    entries.every(([key, value]) => expected[key] === value)
  )
}

/**
 * Checks every tags (or labels) map of every planned resource against the tags its module call
 * must give, and returns the resource types and paths that carry one, e.g.
 * `azurerm_container_app_job.tags`.
 */
export function checkTags(
  { plan, schemas }: PlannedRoot,
  expected: (moduleName: string) => Tags,
  name = 'tags',
): { checked: string[]; wrong: unknown[]; untaggable: string[] } {
  const checked = new Set<string>()
  const untaggable = new Set<string>()
  const wrong: unknown[] = []
  for (const change of managed(plan)) {
    const schema = schemas[change.type]
    if (!schema) throw new Error(`no schema for ${change.type}`)
    const moduleName = change.address.split('.')[1]!
    const found = tagMaps(schema.block, change.change.after, change.address, name)
    if (found.length === 0) untaggable.add(change.type)
    for (const map of found) {
      checked.add(`${change.type}${map.path.slice(change.address.length)}`)
      const want = expected(moduleName)
      if (!isEqualTags(map.tags, want)) wrong.push({ ...map, expected: want })
    }
  }
  return { checked: [...checked].sort(), wrong, untaggable: [...untaggable].sort() }
}
