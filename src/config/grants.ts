// The grants a job config asks its runtime module for (runtime.secrets), checked with the rules
// the module itself applies to them (terraform/modules/<runtime>/variables.tf, kept equal by a
// test), so a wildcard the module would refuse at plan is an error at its line in the pull
// request. Buckets and storage accounts are held to single resources by the JSON Schema.
import type { AddFinding } from '../findings.js'
import { PROVIDER_RUNTIME } from '../tags/naming.js'
import type { RuntimeType } from '../tags/naming.js'
import { isRecord } from '../util/data.js'
import type { ConfigDocument } from './document.js'
import { dataAt, valueRange } from './positions.js'

export interface SecretRule {
  /** The module's regular expression, as written in its variables.tf (RE2, `(?i)` for case). */
  pattern: string
  /** What the runtime takes instead, for the message. */
  expected: string
}

/** The secret ids each cloud runtime's module accepts: one secret each, never a wildcard. */
export const SECRET_RULES: Readonly<Partial<Record<RuntimeType, SecretRule>>> = {
  aws_fargate: {
    pattern:
      '^arn:aws[a-z-]*:secretsmanager:[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+-([A-Za-z0-9]{6}|[?]{6})$',
    expected:
      "one Secrets Manager secret by its ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-?????? (a '*' would grant every matching secret of the account)",
  },
  azure_container_apps: {
    pattern:
      '(?i)^/subscriptions/[^*]+/providers/Microsoft\\.KeyVault/vaults/[a-z0-9-]{3,24}/secrets/[a-z0-9-]{1,127}$',
    expected:
      "one Key Vault secret by its resource ID, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name> (a vault's ID would grant every secret in it)",
  },
  gcp_cloud_run: {
    pattern: '^(projects/[a-z0-9.:-]+/secrets/)?[A-Za-z0-9_-]{1,255}$',
    expected:
      'one Secret Manager secret by its ID, e.g. stripe-token or projects/<project>/secrets/stripe-token (no wildcard, no version)',
  },
}

/** An RE2 pattern of the modules as a JavaScript RegExp (their only flag is a leading `(?i)`). */
export function moduleRegExp(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern)
}

export function checkGrants(config: ConfigDocument, add: AddFinding): void {
  const infrastructure = dataAt(config.data, ['infrastructure'])
  if (!isRecord(infrastructure) || !isRecord(infrastructure.runtime)) return
  const { provider, runtime } = infrastructure
  if (typeof provider !== 'string' || PROVIDER_RUNTIME[provider] !== runtime.type) return
  const rule = SECRET_RULES[runtime.type as RuntimeType]
  if (!rule || !Array.isArray(runtime.secrets)) return
  const accepts = moduleRegExp(rule.pattern)
  runtime.secrets.forEach((secret, index) => {
    if (typeof secret !== 'string' || accepts.test(secret)) return
    add(
      'error',
      'grant',
      `secret '${secret}' is not one the ${String(runtime.type)} module grants: give ${rule.expected}`,
      valueRange(config, ['infrastructure', 'runtime', 'secrets', String(index)]),
    )
  })
}
