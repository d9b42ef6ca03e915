// One config through every check: the file, its YAML, the job schema, an organisation policy
// and the rules of rules.ts. Never throws for bad input; returns what it found.
import type { Finding } from '../findings.js'
import { claimOfData, claimOfUndecoded, claimOfUnparsed, isInfrastructureKey } from './claim.js'
import type { JobClaim } from './claim.js'
import { compareFindings } from '../findings.js'
import { configPolicyFindings } from '../policy/config.js'
import type { PlatformPolicy } from '../policy/rules.js'
import type { Tags } from '../tags/convert.js'
import { decodeConfig, parseText, plainConfig, PositionsNeeded } from './document.js'
import type { ConfigDocument } from './document.js'
import validateJobConfig, { schema as jobSchema } from './generated/job-config.validate.js'
import { jobFromData } from './job.js'
import type { Job } from './job.js'
import type { PolicySchema } from './policy.js'
import type { ReadResult } from './read.js'
import { readPlainYaml } from './plain-yaml.js'
import { keyRange } from './positions.js'
import { ruleFindings } from './rules.js'
import { schemaFindings } from './schema-errors.js'

export interface ValidationOptions {
  defaultTags: Tags
  policy?: PolicySchema
  /** The platform policy in force (the policy input): what a config may ask for. */
  platformPolicy?: PlatformPolicy
  /** Read every file with `yaml`, without the quick reader first: the reference it must equal. */
  yamlOnly?: boolean
  /** Build the job of a valid config (the default); false where no later stage will run it. */
  jobs?: boolean
}

export interface ConfigValidation {
  /** Relative to the workspace, forward slashes. */
  file: string
  findings: Finding[]
  /** No errors (warnings and notices allowed). */
  valid: boolean
  /** The config has no infrastructure section: nothing to provision. */
  skipped: boolean
  /** What later stages need, when the config is valid. */
  job?: Job
  /** What the config says of itself, when its YAML could be read (for reports). */
  jobName?: string
  provider?: string
  runtimeType?: string
  /** Which job the file claims, for the rules that look at every config in the repository. */
  claim: JobClaim
}

/** Validates what a ConfigReader read: the file's own problem, or its contents. */
export function validateRead(
  file: string,
  read: ReadResult,
  options: ValidationOptions,
): ConfigValidation {
  if (read.ok) return validateConfigBytes(file, read.bytes, options)
  // A config this run selected but cannot read may belong to any job.
  return summarise(file, [read.finding], { kind: 'unknown', reason: read.finding.message })
}

export function validateConfigBytes(
  file: string,
  bytes: Uint8Array,
  options: ValidationOptions,
): ConfigValidation {
  const decoded = decodeConfig(file, bytes)
  if (!decoded.ok)
    return summarise(file, decoded.findings, claimOfUndecoded(bytes, decoded.findings))
  const plain = options.yamlOnly ? undefined : readPlainYaml(decoded.text)
  if (plain) {
    try {
      return validateConfig(plainConfig(file, decoded, plain), [], options)
    } catch (error) {
      // A finding needs its place in the file: only `yaml` gives positions.
      if (!(error instanceof PositionsNeeded)) throw error
    }
  }
  const parsed = parseText(file, decoded)
  if (!parsed.ok)
    return summarise(file, parsed.findings, claimOfUnparsed(decoded.text, parsed.findings))
  return validateConfig(parsed.config, parsed.findings, options)
}

/** The checks after parsing, on a config read by either reader. */
function validateConfig(
  config: ConfigDocument,
  parseFindings: Finding[],
  options: ValidationOptions,
): ConfigValidation {
  const { file } = config
  const findings = [...parseFindings]

  if (!validateJobConfig(config.data)) {
    // Shown where the quick reader places them; a place only `yaml` knows reads the file again.
    findings.push(
      ...schemaFindings(config, validateJobConfig.errors ?? [], {
        kind: 'job',
        schema: jobSchema,
      }),
    )
  }
  if (options.policy) {
    const errors = options.policy.validate(config.data)
    if (errors.length > 0) {
      findings.push(
        ...schemaFindings(config, errors, { kind: 'policy', schema: options.policy.schema }),
      )
    }
  }
  findings.push(...ruleFindings(config, { defaultTags: options.defaultTags }))
  if (options.platformPolicy) {
    const forbidden = configPolicyFindings(config, options.platformPolicy)
    // A value the policy forbids is one error at its place: the policy's, which says what is
    // allowed, rather than also the module's refusal of the same secret.
    const places = new Set(forbidden.map((finding) => placeOf(finding)))
    const kept = findings.filter(
      (finding) => finding.rule !== 'grant' || !places.has(placeOf(finding)),
    )
    findings.splice(0, findings.length, ...kept, ...forbidden)
  }

  // A typo of the key (`infrastucture`, an error of rules.ts) is no config without infrastructure.
  const skipped =
    config.data.infrastructure === undefined && !Object.keys(config.data).some(isInfrastructureKey)
  if (skipped) {
    findings.push({
      severity: 'notice',
      rule: 'no-infrastructure',
      message: 'No infrastructure section: nothing to provision, the config is skipped',
      file,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    })
  }
  const result = summarise(file, findings, claimOfData(config.data), skipped)
  const infrastructure = config.data.infrastructure as
    { provider?: unknown; runtime?: { type?: unknown }; tags?: { job_name?: unknown } } | undefined
  if (typeof infrastructure?.tags?.job_name === 'string')
    result.jobName = infrastructure.tags.job_name
  if (typeof infrastructure?.provider === 'string') result.provider = infrastructure.provider
  if (typeof infrastructure?.runtime?.type === 'string')
    result.runtimeType = infrastructure.runtime.type
  if (result.valid && !skipped && options.jobs !== false) {
    result.job = jobFromData(file, config.data, {
      range: keyRange(config, ['infrastructure']),
      runtimeRange: keyRange(config, ['infrastructure', 'runtime']),
      tagsRange: keyRange(config, ['infrastructure', 'tags']),
    })
  }
  return result
}

function summarise(
  file: string,
  findings: Finding[],
  claim: JobClaim,
  skipped = false,
): ConfigValidation {
  findings.sort(compareFindings)
  return { file, findings, valid: !findings.some((f) => f.severity === 'error'), skipped, claim }
}

function placeOf(finding: Finding): string {
  return finding.range ? `${finding.range.line}:${finding.range.column}` : ''
}
