// The platform policy on a job config, at validation: each value the policy forbids is an error
// at its line, saying which rule forbids it and what the rule allows.
import type { ConfigDocument } from '../config/document.js'
import { dataAt, mappingRange, valueRange } from '../config/positions.js'
import type { Finding, SourceRange } from '../findings.js'
import { isRecord } from '../util/data.js'
import { describeMinutes, durationMinutes, shortestInterval } from './cron.js'
import { parseImage, pinnedByDigest, repositoryAllowed } from './image.js'
import { policyFor } from './rules.js'
import type { JobPolicy, PlatformPolicy } from './rules.js'

export const POLICY_RULE = 'platform-policy'

type At = (segments: string[]) => SourceRange
type Report = (message: string, range: SourceRange) => void

/** Every value of the config the policy forbids. */
export function configPolicyFindings(config: ConfigDocument, policy: PlatformPolicy): Finding[] {
  const infrastructure = dataAt(config.data, ['infrastructure'])
  if (!isRecord(infrastructure)) return []
  const tags = isRecord(infrastructure.tags) ? infrastructure.tags : {}
  const environment = typeof tags.environment === 'string' ? tags.environment : ''
  const job = policyFor(policy, environment)
  const findings: Finding[] = []
  const report: Report = (message, range) =>
    findings.push({ severity: 'error', rule: POLICY_RULE, message, file: config.file, range })
  const at: At = (segments) => valueRange(config, segments)

  checkPlacement(infrastructure, job, at, report)
  const runtime = isRecord(infrastructure.runtime) ? infrastructure.runtime : {}
  const provider = infrastructure.provider
  if (provider === 'aws' || provider === 'azure' || provider === 'gcp') {
    checkImage(runtime, job, at, report)
    checkSecrets(provider, runtime, job, at, report)
    checkStorage(provider, config.data, job, at, report)
    checkLimits(runtime, job, at, report)
  }
  checkSchedule(runtime, job, at, report)
  checkTags(tags, job, at, () => mappingRange(config, ['infrastructure', 'tags']), report)
  return findings
}

const RUNTIME = ['infrastructure', 'runtime']

function list(values: readonly string[]): string {
  return values.length === 0 ? 'none' : values.map((value) => `'${value}'`).join(', ')
}

function checkPlacement(
  infrastructure: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  report: Report,
): void {
  const { providers, runtimes, regions } = job.rules
  const provider = infrastructure.provider
  if (providers && typeof provider === 'string' && !providers.includes(provider)) {
    report(
      `Provider '${provider}' is not allowed by the policy (${job.ruleName('providers')}: ${list(providers)})`,
      at(['infrastructure', 'provider']),
    )
  }
  const type = isRecord(infrastructure.runtime) ? infrastructure.runtime.type : undefined
  if (runtimes && typeof type === 'string' && !runtimes.includes(type)) {
    report(
      `Runtime type '${type}' is not allowed by the policy (${job.ruleName('runtimes')}: ${list(runtimes)})`,
      at([...RUNTIME, 'type']),
    )
  }
  const region = infrastructure.region
  const allowed = typeof provider === 'string' ? regions?.[provider] : undefined
  if (allowed && typeof region === 'string' && !allowed.includes(region)) {
    report(
      `Region '${region}' is not allowed for ${provider} by the policy (${job.ruleName(`regions.${String(provider)}`)}: ${list(allowed)})`,
      at(['infrastructure', 'region']),
    )
  }
}

function checkImage(
  runtime: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  report: Report,
): void {
  const rule = job.rules.images
  const image = runtime.image
  if (!rule || typeof image !== 'string') return
  const where = at([...RUNTIME, 'image'])
  if (image.includes('terraform_outputs')) {
    report(
      `Image '${image}' is known only once Terraform has run, so the policy's image rules (${job.ruleName('images')}) cannot check it: name the image itself`,
      where,
    )
    return
  }
  const reference = parseImage(image)
  if (!reference) {
    report(
      `Image '${image}' is not an image reference the policy can check (${job.ruleName('images')}): write registry/repository:tag or registry/repository@sha256:…`,
      where,
    )
    return
  }
  const repositories = rule.repositories
  if (repositories && !repositoryAllowed(reference.repository, repositories)) {
    report(
      `Image '${image}' (${reference.repository}) is not from a registry or repository the policy allows (${job.ruleName('images.repositories')}: ${list(repositories)})`,
      where,
    )
  }
  if (rule.require_digest && !pinnedByDigest(reference)) {
    report(
      `Image '${image}' is not pinned by digest, which the policy requires (${job.ruleName('images.require_digest')}): write ${reference.repository}@sha256:<digest>`,
      where,
    )
  }
}

function checkSecrets(
  cloud: 'aws' | 'azure' | 'gcp',
  runtime: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  report: Report,
): void {
  const prefixes = job.rules.secrets?.[cloud]
  if (!prefixes || !Array.isArray(runtime.secrets)) return
  const rule = job.ruleName(`secrets.${cloud}`)
  for (const [index, secret] of runtime.secrets.entries()) {
    if (typeof secret !== 'string') continue
    const where = at([...RUNTIME, 'secrets', String(index)])
    if (cloud === 'gcp' && !secret.startsWith('projects/')) {
      report(
        `Secret '${secret}' does not name its project, so the policy (${rule}) cannot tell whose it is: write projects/<project>/secrets/${secret}`,
        where,
      )
      continue
    }
    if (!secretAllowed(cloud, secret, prefixes)) {
      report(
        `Secret '${secret}' is outside the allowed prefixes ${list(prefixes)} (${rule})`,
        where,
      )
    } else if (cloud === 'azure' && !/\/secrets\/[^/]+$/i.test(secret)) {
      report(
        `Secret '${secret}' names a whole Key Vault, which would let the job read every secret in it: name each secret (…/vaults/<vault>/secrets/<name>), within ${list(prefixes)} (${rule})`,
        where,
      )
    }
  }
}

/** A secret id within one of the prefixes; Azure resource IDs compare without case. */
export function secretAllowed(
  cloud: 'aws' | 'azure' | 'gcp',
  secret: string,
  prefixes: readonly string[],
): boolean {
  const fold = (text: string) => (cloud === 'azure' ? text.toLowerCase() : text)
  return prefixes.some((prefix) => fold(secret).startsWith(fold(prefix)))
}

function checkStorage(
  cloud: 'aws' | 'azure' | 'gcp',
  data: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  report: Report,
): void {
  const storage = job.rules.storage
  const connection = dataAt(data, ['target', 'connection'])
  if (!storage || !isRecord(connection)) return
  const name = (kind: string) => {
    const value = dataAt(connection, [kind, 'bucket'])
    return typeof value === 'string' ? value : undefined
  }
  if (cloud === 'aws' && storage.s3_buckets) {
    const bucket = name('s3')
    if (bucket !== undefined && !storage.s3_buckets.includes(bucket)) {
      const prefixes = storage.s3_buckets.filter((entry) => entry.startsWith(`${bucket}/`))
      const rule = job.ruleName('storage.s3_buckets')
      report(
        prefixes.length > 0
          ? `S3 bucket '${bucket}': the policy allows only ${list(prefixes)} in it (${rule}), and the runtime module grants the whole bucket; use a bucket the policy names, or a root of your own that grants only those prefixes`
          : `S3 bucket '${bucket}' is not one the policy lets jobs use (${rule}: ${list(storage.s3_buckets)})`,
        at(['target', 'connection', 's3', 'bucket']),
      )
    }
  }
  if (cloud === 'gcp' && storage.gcs_buckets) {
    const bucket = name('gcs')
    if (bucket !== undefined && !storage.gcs_buckets.includes(bucket)) {
      report(
        `Cloud Storage bucket '${bucket}' is not one the policy lets jobs use (${job.ruleName('storage.gcs_buckets')}: ${list(storage.gcs_buckets)})`,
        at(['target', 'connection', 'gcs', 'bucket']),
      )
    }
  }
  if (cloud === 'azure' && storage.azure_storage_accounts) {
    const account = dataAt(connection, ['azure_blob', 'storage_account_id'])
    const allowed = storage.azure_storage_accounts.map((id) => id.toLowerCase())
    if (typeof account === 'string' && !allowed.includes(account.toLowerCase())) {
      report(
        `Storage account '${account}' is not one the policy lets jobs use (${job.ruleName('storage.azure_storage_accounts')}: ${list(storage.azure_storage_accounts)})`,
        at(['target', 'connection', 'azure_blob', 'storage_account_id']),
      )
    }
  }
}

function checkLimits(
  runtime: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  report: Report,
): void {
  const limits = job.rules.limits
  if (!limits) return
  const type = runtime.type
  if (limits.max_vcpu !== undefined && runtime.cpu !== undefined) {
    const vcpu = vcpuOf(type, runtime.cpu)
    if (vcpu !== undefined && vcpu > limits.max_vcpu) {
      report(
        `cpu ${written(runtime.cpu)} is ${round(vcpu)} vCPU; the policy allows at most ${limits.max_vcpu} (${job.ruleName('limits.max_vcpu')})`,
        at([...RUNTIME, 'cpu']),
      )
    }
  }
  if (limits.max_memory_gib !== undefined && runtime.memory !== undefined) {
    const gib = gibOf(type, runtime.memory)
    if (gib !== undefined && gib > limits.max_memory_gib) {
      report(
        `memory ${written(runtime.memory)} is ${round(gib)} GiB; the policy allows at most ${limits.max_memory_gib} GiB (${job.ruleName('limits.max_memory_gib')})`,
        at([...RUNTIME, 'memory']),
      )
    }
  }
  if (limits.max_replicas !== undefined) {
    for (const key of ['min_replicas', 'max_replicas']) {
      const replicas = runtime[key]
      if (typeof replicas === 'number' && replicas > limits.max_replicas) {
        report(
          `${key} ${replicas} is more replicas than the policy allows (${job.ruleName('limits.max_replicas')}: ${limits.max_replicas})`,
          at([...RUNTIME, key]),
        )
      }
    }
  }
}

function checkSchedule(
  runtime: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  report: Report,
): void {
  const least = job.rules.limits?.min_schedule_interval
  const schedule = runtime.schedule
  if (least === undefined || typeof schedule !== 'string') return
  const rule = job.ruleName('limits.min_schedule_interval')
  const where = at([...RUNTIME, 'schedule'])
  const interval = shortestInterval(schedule)
  if (!interval.ok) {
    report(
      `schedule '${schedule}' cannot be read to check how often it starts the job (${rule}): ${interval.problem}`,
      where,
    )
    return
  }
  const floor = durationMinutes(least)
  if (interval.minutes !== undefined && interval.minutes < floor) {
    report(
      `schedule '${schedule}' can start the job ${describeMinutes(interval.minutes)} after its last start; the policy allows at most one start every ${describeMinutes(floor)} (${rule}: ${least})`,
      where,
    )
  }
}

function checkTags(
  tags: Record<string, unknown>,
  job: JobPolicy,
  at: At,
  tagsKey: () => SourceRange,
  report: Report,
): void {
  for (const [key, rule] of Object.entries(job.rules.tags ?? {})) {
    const value = Object.hasOwn(tags, key) ? tags[key] : undefined
    if (value === undefined) {
      if (rule.required) {
        report(
          `Missing tag '${key}', which the policy requires (${job.ruleName(`tags.${key}.required`)})`,
          tagsKey(),
        )
      }
      continue
    }
    if (typeof value !== 'string') continue
    const where = at(['infrastructure', 'tags', key])
    if (rule.allowed && !rule.allowed.includes(value)) {
      report(
        `Tag ${key} '${value}' is not allowed by the policy (${job.ruleName(`tags.${key}.allowed`)}: ${list(rule.allowed)})`,
        where,
      )
    }
    if (typeof rule.pattern === 'string' && !job.pattern(rule.pattern).test(value)) {
      report(
        `Tag ${key} '${value}' does not match the policy's pattern ${rule.pattern} (${job.ruleName(`tags.${key}.pattern`)})`,
        where,
      )
    }
  }
}

/** A runtime's CPU setting in vCPU: Fargate CPU units, Container Apps cores, Cloud Run CPUs. */
export function vcpuOf(type: unknown, cpu: unknown): number | undefined {
  const text = typeof cpu === 'number' ? String(cpu) : typeof cpu === 'string' ? cpu.trim() : ''
  if (type === 'aws_fargate') {
    const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text)
    if (vcpu) return Number(vcpu[1])
    return /^\d+$/.test(text) ? Number(text) / 1024 : undefined
  }
  const millis = /^(\d+)m$/.exec(text)
  if (millis) return Number(millis[1]) / 1000
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined
}

/** A runtime's memory setting in GiB: Fargate MiB, or Kubernetes-style quantities. */
export function gibOf(type: unknown, memory: unknown): number | undefined {
  const text =
    typeof memory === 'number' ? String(memory) : typeof memory === 'string' ? memory.trim() : ''
  if (type === 'aws_fargate') {
    const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text)
    if (gb) return Number(gb[1])
    return /^\d+$/.test(text) ? Number(text) / 1024 : undefined
  }
  const size = /^(\d+(?:\.\d+)?)(Mi|Gi|M|G)$/.exec(text)
  if (!size) return undefined
  const amount = Number(size[1])
  const bytes = { Mi: 2 ** 20, Gi: 2 ** 30, M: 1e6, G: 1e9 }[size[2] as 'Mi' | 'Gi' | 'M' | 'G']
  return (amount * bytes) / 2 ** 30
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

function written(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value)
}
