// A valid config as the later stages use it: plain typed data, no YAML.
import type { SourceRange } from '../findings.js'
import type { Cloud, Tags } from '../tags/convert.js'
import type { RuntimeType } from '../tags/naming.js'
import { findPlaceholders } from './placeholders.js'

export interface Runtime {
  type: RuntimeType
  image?: string
  cpu?: string | number
  memory?: string | number
  workload?: 'batch' | 'service'
  schedule?: string
  timeout?: string
  min_replicas?: number
  max_replicas?: number
  secrets?: string[]
  environment_variables?: Record<string, string>
}

export interface Job {
  file: string
  jobName: string
  environment: string
  tenantId?: string
  provider: Cloud
  runtime: Runtime
  region: string
  tags: Tags
  /** Storage the job writes to, which its runtime is allowed to use. */
  target: { s3Bucket?: string; gcsBucket?: string; azureStorageAccountId?: string }
  /** Output names referenced by placeholders anywhere in the config, each once, in order. */
  placeholders: string[]
  /** The `infrastructure` key: where problems of the job as a whole are shown. */
  range?: SourceRange
  /** The `runtime` key: where problems of the job's runtime module are shown. */
  runtimeRange?: SourceRange
  /** The `tags` key: where a planned resource without the job's tags is shown. */
  tagsRange?: SourceRange
}

/** Builds the job from data that already passed validation, at the places given. */
export function jobFromData(
  file: string,
  data: Record<string, unknown>,
  places: Pick<Job, 'range' | 'runtimeRange' | 'tagsRange'> = {},
): Job {
  const infrastructure = data.infrastructure as Record<string, unknown>
  const connection = ((data.target as Record<string, unknown> | undefined)?.connection ??
    {}) as Record<string, Record<string, string> | undefined>
  // Copies: a string read from the document may be a slice of the config's whole text, which the
  // job would otherwise keep in memory for the whole run.
  const own = structuredClone({
    tenantId: typeof data.tenant_id === 'string' ? data.tenant_id : undefined,
    provider: infrastructure.provider as Cloud,
    runtime: infrastructure.runtime as Runtime,
    region: infrastructure.region as string,
    tags: infrastructure.tags as Tags,
    target: {
      s3Bucket: connection.s3?.bucket,
      gcsBucket: connection.gcs?.bucket,
      azureStorageAccountId: connection.azure_blob?.storage_account_id,
    },
    placeholders: placeholderNames(data),
  })
  return {
    file,
    jobName: own.tags.job_name!,
    environment: own.tags.environment!,
    ...own,
    range: places.range,
    runtimeRange: places.runtimeRange,
    tagsRange: places.tagsRange,
  }
}

function placeholderNames(data: unknown): string[] {
  const names = new Set<string>()
  // Children pushed in reverse, so they come off the stack in the order they were written.
  const stack: unknown[] = [data]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value === 'string') {
      for (const placeholder of findPlaceholders(value)) names.add(placeholder.name)
    } else if (value && typeof value === 'object') {
      const children = Array.isArray(value) ? value : Object.values(value)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
    }
  }
  return [...names]
}
