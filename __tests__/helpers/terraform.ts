// Real Terraform for tests: the binary on PATH and the offline provider mirror of this machine.
// .ci/run finds the mirror and passes it as DATIVO_TF_PROVIDER_MIRROR; a test that needs it
// fails (never skips) when it is missing.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { awsFilterMirror, awsSchemaFiltered } from './aws-filter-mirror.js'

const KNOWN_MIRRORS = [
  '/opt/tf-plugins',
  '/usr/share/terraform/plugins',
  '/usr/local/share/terraform/plugins',
]

/** The folder that holds registry.terraform.io/hashicorp/aws/… */
export function providerMirror(): string {
  notInUnitSet('the offline provider mirror')
  const fromEnv = process.env.DATIVO_TF_PROVIDER_MIRROR
  const candidates = fromEnv ? [fromEnv] : KNOWN_MIRRORS
  for (const candidate of candidates) {
    if (existsSync(path.join(candidate, 'registry.terraform.io'))) return candidate
  }
  throw new Error(
    `No offline Terraform provider mirror found (looked in ${candidates.join(', ')}). ` +
      'Set DATIVO_TF_PROVIDER_MIRROR to the folder that contains registry.terraform.io.',
  )
}

/** Providers a stand-in mirror (stand-in-mirror.ts) holds: served instead of the machine's. */
function standIns(mirror: string): string[] {
  const folder = path.join(mirror, 'registry.terraform.io', 'hashicorp')
  return existsSync(folder)
    ? readdirSync(folder).map((name) => `registry.terraform.io/hashicorp/${name}`)
    : []
}

/**
 * Writes a Terraform CLI config that installs hashicorp/* providers only from the offline
 * mirror (and those a stand-in mirror holds from it, when given; the real AWS provider behind
 * its schema filter, aws-filter-mirror.ts), and returns the environment a terraform process
 * needs to use it.
 */
export function terraformEnv(dir: string, standInMirror?: string): NodeJS.ProcessEnv {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'terraform.tfrc')
  const machine = providerMirror()
  const mirrors: Array<{ path: string; include: string[] }> = standInMirror
    ? [{ path: standInMirror, include: standIns(standInMirror) }]
    : []
  const aws = 'registry.terraform.io/hashicorp/aws'
  const filtered =
    awsSchemaFiltered() && !mirrors.some((m) => m.include.includes(aws))
      ? awsFilterMirror(machine)
      : undefined
  if (filtered) mirrors.push({ path: filtered, include: [aws] })
  const served = mirrors.flatMap((m) => m.include)
  const block = (mirror: string, include: string[], exclude: string[] = []) =>
    `  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ${JSON.stringify(include)}${exclude.length > 0 ? `\n    exclude = ${JSON.stringify(exclude)}` : ''}
  }
`
  writeFileSync(
    file,
    `provider_installation {
${mirrors.map((m) => block(m.path, m.include)).join('')}${block(machine, ['registry.terraform.io/hashicorp/*'], served)}  direct {
    exclude = ["registry.terraform.io/hashicorp/*"]
  }
}
`,
  )
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: file,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_PLUGIN_CACHE_DIR: '',
    // The stand-ins and the schema filter speak plain gRPC on 127.0.0.1; Terraform uses TLS
    // with plugins otherwise.
    ...(mirrors.length > 0 ? { TF_DISABLE_PLUGIN_TLS: '1' } : {}),
  }
}

/** `npm run test:unit` runs no real Terraform or moto: a file that asks for them is listed wrong. */
export function notInUnitSet(what: string): void {
  if (process.env.DATIVO_TEST_SET === 'unit') {
    throw new Error(
      `A unit test file asked for ${what}: list it among the integration files in vitest.config.ts`,
    )
  }
}
