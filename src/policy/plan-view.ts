// A saved plan as `terraform show -json` gives it, read for the checks of plan.ts: each planned
// resource with its values after the change, which of them Terraform knows only at apply, and
// what its configuration refers to. A planned value lists every attribute of its resource's
// schema (null when unset, absent but marked in after_unknown when known only at apply), which
// is how the checks tell what a resource can carry.
import { isRecord } from '../util/data.js'

export interface PlannedResource {
  address: string
  /** `module.a.module.b[0]`, or '' at the root. */
  moduleAddress: string
  mode: 'managed' | 'data'
  type: string
  name: string
  /** `registry.terraform.io/hashicorp/aws` */
  provider: string
  actions: string[]
  /** The values after the change; null when the resource goes. */
  after: Record<string, unknown> | null
  /** after_unknown: `true` where a value is known only at apply, mirroring `after`. */
  unknown: Record<string, unknown>
}

export class PlanView {
  readonly resources: PlannedResource[]
  private readonly configuration: unknown

  constructor(plan: unknown) {
    const shown = isRecord(plan) ? plan : {}
    this.configuration = shown.configuration
    this.resources = (Array.isArray(shown.resource_changes) ? shown.resource_changes : [])
      .filter(isRecord)
      .flatMap((change): PlannedResource[] => {
        const planned = isRecord(change.change) ? change.change : {}
        if (typeof change.address !== 'string' || typeof change.type !== 'string') return []
        return [
          {
            address: change.address,
            moduleAddress: typeof change.module_address === 'string' ? change.module_address : '',
            mode: change.mode === 'data' ? 'data' : 'managed',
            type: change.type,
            name: typeof change.name === 'string' ? change.name : '',
            provider: typeof change.provider_name === 'string' ? change.provider_name : '',
            actions: Array.isArray(planned.actions) ? planned.actions.map(String) : [],
            after: isRecord(planned.after) ? planned.after : null,
            unknown: isRecord(planned.after_unknown) ? planned.after_unknown : {},
          },
        ]
      })
  }

  /** Managed resources that exist after the plan (created, changed, replaced or kept). */
  remaining(): PlannedResource[] {
    return this.resources.filter((r) => r.mode === 'managed' && r.after !== null)
  }

  /** The expressions of a resource's block in the configuration, when the plan carries them. */
  expressions(resource: PlannedResource): Record<string, unknown> | undefined {
    let module: unknown = isRecord(this.configuration) ? this.configuration.root_module : undefined
    for (const match of resource.moduleAddress.matchAll(/module\.([^.[]+)(?:\[[^\]]*\])?/g)) {
      const calls = isRecord(module) ? module.module_calls : undefined
      const call = isRecord(calls) && Object.hasOwn(calls, match[1]!) ? calls[match[1]!] : undefined
      module = isRecord(call) ? call.module : undefined
    }
    const resources = isRecord(module) && Array.isArray(module.resources) ? module.resources : []
    const address = `${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`
    const found = resources.find((r) => isRecord(r) && r.address === address)
    return isRecord(found) && isRecord(found.expressions) ? found.expressions : undefined
  }

  /**
   * Whether what an expression refers to includes a resource this plan creates in the same
   * module: a value known only at apply then names that new resource (its ARN, its ID).
   */
  refersToCreated(resource: PlannedResource, expression: unknown): boolean {
    const references =
      isRecord(expression) && Array.isArray(expression.references) ? expression.references : []
    return references.some((reference) => {
      if (typeof reference !== 'string') return false
      const [type, name] = reference.split('.')
      if (!type || !name || /^(module|data|var|local|each|count|path|self|terraform)$/.test(type))
        return false
      const bare = name.replace(/\[.*$/, '')
      return this.resources.some(
        (other) =>
          other.mode === 'managed' &&
          other.moduleAddress === resource.moduleAddress &&
          other.type === type &&
          other.name === bare &&
          other.actions.includes('create'),
      )
    })
  }
}

/** Whether the value at a path is known only at apply (per after_unknown). */
export function unknownAt(unknown: unknown, path: readonly (string | number)[]): boolean {
  let current = unknown
  for (const step of path) {
    if (current === true) return true
    if (Array.isArray(current) && typeof step === 'number') current = current[step]
    else if (isRecord(current) && typeof step === 'string') current = current[step]
    else return false
  }
  return current === true
}

/** The cloud whose tag conversion a resource's provider uses, if it is one of ours. */
export function providerCloud(provider: string): 'aws' | 'azure' | 'gcp' | undefined {
  const name = provider.split('/').at(-1)
  if (name === 'aws') return 'aws'
  if (name === 'azurerm') return 'azure'
  if (name === 'google' || name === 'google-beta') return 'gcp'
  return undefined
}
