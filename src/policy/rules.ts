// The platform policy (the `policy` input): what job configs may ask for and what their plans may
// grant, as the platform team writes it in schema/policy.schema.json's shape. Not the `schema`
// input (src/config/policy.ts), which is an extra JSON Schema for configs.
import type { Job } from '../config/job.js'
import { isRecord } from '../util/data.js'

export type Cloud = 'aws' | 'azure' | 'gcp'

export interface TagRule {
  allowed?: string[]
  pattern?: string
  required?: boolean
}

/** The rules of the file's top level, or of one environment: every key optional. */
export interface PolicyRules {
  providers?: string[]
  runtimes?: string[]
  regions?: Partial<Record<string, string[]>>
  images?: { repositories?: string[]; require_digest?: boolean }
  secrets?: Partial<Record<Cloud, string[]>>
  storage?: { s3_buckets?: string[]; gcs_buckets?: string[]; azure_storage_accounts?: string[] }
  limits?: {
    max_vcpu?: number
    max_memory_gib?: number
    max_replicas?: number
    min_schedule_interval?: string
  }
  tags?: Record<string, TagRule>
  iam?: {
    aws?: {
      permissions_boundary?: string
      wildcard_actions?: string[]
      managed_policies?: string[]
    }
    azure?: { roles?: string[] }
    gcp?: { roles?: string[] }
  }
}

export interface PlatformPolicy {
  /** The policy file, relative to the workspace. */
  file: string
  /** Where the copy in force was read, in words: `the base commit 1a2b3c4`, `the workspace`. */
  source: string
  rules: PolicyRules
  environments: Record<string, PolicyRules>
  /** Each tag pattern of the file, compiled (anchored: the whole value must match). */
  patterns: Map<string, RegExp>
}

/** The rules one job is held to: the top level with its environment's merged over it. */
export interface JobPolicy {
  policy: PlatformPolicy
  environment: string
  rules: PolicyRules
  /** A rule's name as written in the file: `limits.max_vcpu` or `environments.prod.limits.max_vcpu`. */
  ruleName(path: string): string
  /** The compiled pattern of a tag rule. */
  pattern(source: string): RegExp
}

export function policyFor(policy: PlatformPolicy, environment: string): JobPolicy {
  const own = Object.hasOwn(policy.environments, environment)
    ? policy.environments[environment]
    : undefined
  return {
    policy,
    environment,
    rules: own ? (merge(policy.rules, own) as PolicyRules) : policy.rules,
    ruleName(path) {
      return own !== undefined && definedAt(own, path.split('.'))
        ? `environments.${environment}.${path}`
        : path
    },
    pattern(source) {
      return policy.patterns.get(source) ?? anchored(source)
    },
  }
}

/** A tag pattern as the policy means it: the whole value must match. */
export function anchored(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u')
}

/** Mappings merge key by key; a list or a value replaces the one below it. */
function merge(below: unknown, above: unknown): unknown {
  if (!isRecord(below) || !isRecord(above)) return above === undefined ? below : above
  const merged: Record<string, unknown> = { ...below }
  for (const [key, value] of Object.entries(above)) {
    Object.defineProperty(merged, key, {
      value: merge(Object.hasOwn(below, key) ? below[key] : undefined, value),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return merged
}

function definedAt(rules: unknown, segments: readonly string[]): boolean {
  let current = rules
  for (const segment of segments) {
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return false
    current = current[segment]
  }
  return current !== undefined
}

/** The permissions boundary the policy requires for an AWS job's roles, if any. */
export function permissionsBoundary(job: Job, policy?: PlatformPolicy): string | undefined {
  if (!policy || job.provider !== 'aws') return undefined
  return policyFor(policy, job.environment).rules.iam?.aws?.permissions_boundary
}
