// The variables a job's Terraform root receives, written as dativo.auto.tfvars.json in a folder of
// the job's own and passed with -var-file, never into the root (CONTRACT §5, §10). Terraform reads a .tfvars.json value as a literal, never as an expression or a
// template, so nothing a config holds is ever evaluated: that is why every value goes here.
import type { Job } from '../config/job.js'
import type { Tags } from './convert.js'

export const TFVARS_FILE = 'dativo.auto.tfvars.json'

export interface TfvarsOptions {
  /** The default-tags input; always passed, so previews and Terraform use the same tags. */
  defaultTags: Tags
  /** The terraform-vars input: extra variables for every root, under the job's own. */
  terraformVars: Record<string, unknown>
  /**
   * The permissions boundary the platform policy requires for the job's IAM roles
   * (permissions_boundary_arn of the aws_fargate module); written only when the policy sets one.
   */
  permissionsBoundaryArn?: string
}

/**
 * The job's own variables, named as the modules in terraform/modules declare them, then each
 * terraform-vars entry the job does not set itself.
 */
export function buildTfvars(job: Job, options: TfvarsOptions): Record<string, unknown> {
  const { runtime } = job
  const own: [string, unknown][] = [
    ['region', job.region],
    ['job_metadata', job.tags],
    ['default_tags', options.defaultTags],
  ]
  const optional = (name: string, value: unknown) => {
    if (value !== undefined) own.push([name, value])
  }
  optional('container_image', runtime.image)
  optional('cpu', runtime.cpu)
  optional('memory', runtime.memory)
  own.push(...storagePermissions(job))
  optional('workload', runtime.workload)
  optional('schedule', runtime.schedule)
  optional('timeout', runtime.timeout)
  optional('min_replicas', runtime.min_replicas)
  optional('max_replicas', runtime.max_replicas)
  optional('secrets', runtime.secrets)
  optional('environment_variables', runtime.environment_variables)
  optional('permissions_boundary_arn', options.permissionsBoundaryArn)

  const names = new Set(own.map(([name]) => name))
  const extra = Object.entries(options.terraformVars).filter(([name]) => !names.has(name))
  // fromEntries, not assignment, so a variable named '__proto__' stays a plain key.
  return Object.fromEntries([...own, ...extra])
}

/**
 * The storage the job's target names, as the variable its runtime module grants access with.
 * A runtime can only be given storage of its own cloud; the sandbox records any of them.
 */
function storagePermissions(job: Job): [string, string[]][] {
  const { s3Bucket, gcsBucket, azureStorageAccountId } = job.target
  const any = job.provider === 'local'
  const permissions: [string, string[]][] = []
  if (s3Bucket !== undefined && (any || job.provider === 'aws')) {
    const bucketArn = `arn:${awsPartition(job.region)}:s3:::${s3Bucket}`
    permissions.push(['s3_bucket_arns', [bucketArn, `${bucketArn}/*`]])
  }
  if (gcsBucket !== undefined && (any || job.provider === 'gcp')) {
    permissions.push(['storage_bucket_names', [gcsBucket]])
  }
  if (azureStorageAccountId !== undefined && (any || job.provider === 'azure')) {
    permissions.push(['storage_account_ids', [azureStorageAccountId]])
  }
  return permissions
}

/** The ARN partition of an AWS region: China, GovCloud and the isolated regions have their own. */
export function awsPartition(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  const isolated = /^[a-z]{2}-iso([a-z]?)-/.exec(region)
  if (isolated) return isolated[1] ? `aws-iso-${isolated[1]}` : 'aws-iso'
  return 'aws'
}
