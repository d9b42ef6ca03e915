// The names each runtime module builds from a job, and the limits of the services that hold
// them. terraform/modules/names holds this table in HCL for the modules (a test keeps the two
// equal); validation checks a job against it so a name that cannot fit is an error in the pull
// request, not a failed apply.
import { createHash } from 'node:crypto'

export type RuntimeType = 'aws_fargate' | 'azure_container_apps' | 'gcp_cloud_run' | 'local'

export const RUNTIME_TYPES: readonly RuntimeType[] = [
  'aws_fargate',
  'azure_container_apps',
  'gcp_cloud_run',
  'local',
]

export const PROVIDER_RUNTIME: Readonly<Record<string, RuntimeType>> = {
  aws: 'aws_fargate',
  azure: 'azure_container_apps',
  gcp: 'gcp_cloud_run',
  local: 'local',
}

interface NameRule {
  resource: string
  build: (prefix: string) => string
  max: number
  /** What the service accepts, as a test and in words. */
  pattern: RegExp
  allowed: string
}

const AWS_NAME = { pattern: /^[A-Za-z0-9_-]+$/, allowed: "letters, digits, '_' and '-'" }
const AZURE_APP = {
  pattern: /^[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$/,
  allowed:
    "lowercase letters, digits and single '-', starting with a letter and ending with a letter or digit",
}
const AZURE_NAME = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
  allowed: "letters, digits and '-', starting and ending with a letter or digit",
}
const GCP_NAME = {
  pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/,
  allowed:
    "lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
}

export const NAME_RULES: Readonly<Record<RuntimeType, readonly NameRule[]>> = {
  aws_fargate: [
    { resource: 'ECS cluster', build: (p) => `${p}-cluster`, max: 255, ...AWS_NAME },
    { resource: 'ECS service', build: (p) => `${p}-service`, max: 255, ...AWS_NAME },
    { resource: 'task definition family', build: (p) => p, max: 255, ...AWS_NAME },
    { resource: 'IAM execution role', build: (p) => `${p}-execution`, max: 64, ...AWS_NAME },
    { resource: 'IAM task role', build: (p) => `${p}-task`, max: 64, ...AWS_NAME },
    { resource: 'IAM scheduler role', build: (p) => `${p}-scheduler`, max: 64, ...AWS_NAME },
    { resource: 'security group', build: (p) => `${p}-tasks`, max: 255, ...AWS_NAME },
    { resource: 'EventBridge schedule', build: (p) => p, max: 64, ...AWS_NAME },
    {
      resource: 'CloudWatch log group',
      build: (p) => `/dativo/${p}`,
      max: 512,
      ...AWS_NAME_PATH(),
    },
    { resource: 'state machine', build: (p) => p, max: 80, ...AWS_NAME },
    { resource: 'IAM workflow role', build: (p) => `${p}-workflow`, max: 64, ...AWS_NAME },
    { resource: 'dead-letter queue', build: (p) => `${p}-dead-letters`, max: 80, ...AWS_NAME },
  ],
  azure_container_apps: [
    { resource: 'Container App (job)', build: (p) => p, max: 32, ...AZURE_APP },
    { resource: 'Container Apps environment', build: (p) => `${p}-env`, max: 60, ...AZURE_NAME },
    { resource: 'Log Analytics workspace', build: (p) => `${p}-logs`, max: 63, ...AZURE_NAME },
    { resource: 'managed identity', build: (p) => `${p}-identity`, max: 128, ...AZURE_NAME },
    { resource: 'resource group', build: (p) => `${p}-rg`, max: 90, ...AZURE_NAME },
  ],
  gcp_cloud_run: [
    { resource: 'Cloud Run job or service', build: (p) => p, max: 49, ...GCP_NAME },
    { resource: 'service account', build: gcpServiceAccountId, max: 30, ...GCP_NAME },
    { resource: 'Cloud Scheduler job', build: (p) => `${p}-schedule`, max: 500, ...GCP_NAME },
    {
      resource: 'Cloud Scheduler service account',
      build: (p) => gcpServiceAccountId(`${p}-sch`),
      max: 30,
      ...GCP_NAME,
    },
  ],
  local: [
    { resource: 'cluster', build: (p) => `${p}-cluster`, max: 255, ...AWS_NAME },
    { resource: 'service', build: (p) => `${p}-service`, max: 255, ...AWS_NAME },
  ],
}

function AWS_NAME_PATH() {
  return { pattern: /^\/dativo\/[A-Za-z0-9_-]+$/, allowed: AWS_NAME.allowed }
}

/** The prefix every resource name of a job starts with. */
export function namePrefix(jobName: string, environment: string): string {
  return `${jobName}-${environment}`
}

/**
 * GCP service account IDs stop at 30 characters: a longer prefix keeps its first 21 and adds
 * 8 hex digits of its SHA-256, so two jobs never share an account.
 */
export function gcpServiceAccountId(prefix: string): string {
  if (prefix.length >= 6 && prefix.length <= 30) return prefix
  const hash = createHash('sha256').update(prefix).digest('hex').slice(0, 8)
  return `${prefix.slice(0, 21)}-${hash}`
}

export interface ResourceName {
  resource: string
  name: string
  max: number
}

export function resourceNames(
  runtime: RuntimeType,
  jobName: string,
  environment: string,
): ResourceName[] {
  const prefix = namePrefix(jobName, environment)
  return NAME_RULES[runtime].map((rule) => ({
    resource: rule.resource,
    name: rule.build(prefix),
    max: rule.max,
  }))
}

export interface NameProblem {
  /** Which input has to change. */
  cause: 'job_name' | 'environment'
  message: string
}

/** Every way job_name and environment fail the runtime's names, worst first. */
export function checkResourceNames(
  runtime: RuntimeType,
  jobName: string,
  environment: string,
): NameProblem[] {
  const problems: NameProblem[] = []
  const prefix = namePrefix(jobName, environment)
  for (const rule of NAME_RULES[runtime]) {
    const name = rule.build(prefix)
    if (!rule.pattern.test(name)) {
      const cause = rule.pattern.test(rule.build(namePrefix(jobName, 'x')))
        ? 'environment'
        : 'job_name'
      const value = cause === 'job_name' ? jobName : environment
      problems.push({
        cause,
        message: `${cause} '${value}' cannot be used in ${runtime} resource names: the ${rule.resource} name '${name}' may only hold ${rule.allowed}`,
      })
      break
    }
  }
  if (problems.length > 0) return problems
  let worst: { rule: NameRule; name: string } | undefined
  for (const rule of NAME_RULES[runtime]) {
    const name = rule.build(prefix)
    if (
      name.length > rule.max &&
      (!worst || name.length - rule.max > worst.name.length - worst.rule.max)
    ) {
      worst = { rule, name }
    }
  }
  if (worst) {
    const over = worst.name.length - worst.rule.max
    problems.push({
      cause: 'job_name',
      message: `job_name '${jobName}' is too long for ${runtime}: the ${worst.rule.resource} name '${worst.name}' would be ${worst.name.length} characters (at most ${worst.rule.max}); shorten job_name or environment by ${over}`,
    })
  }
  return problems
}
