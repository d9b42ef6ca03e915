// A Terraform filesystem mirror (unpacked layout) holding the stand-in providers for
// hashicorp/azurerm, hashicorp/google and hashicorp/local, and hashicorp/aws 6 when asked: each an
// executable that starts the stand-in server (stand-in-provider/server.ts, bundled once per
// mirror) with the provider's extracted schema, its GetProviderSchema answer encoded beside it.
// Tests pass its folder to terraformEnv, beside the machine's mirror (whose real AWS provider 5
// serves every other test).
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import protobuf from 'protobufjs'
import { encodeMessage } from './stand-in-provider/protocol.js'
import { providerSchemaAnswer, schemaAnswerPath } from './stand-in-provider/schema.js'
import type { SchemaFile } from './stand-in-provider/schema.js'

const STAND_IN = fileURLToPath(new URL('./stand-in-provider/', import.meta.url))

export const STAND_IN_PROVIDERS = ['azurerm', 'google', 'local', 'aws'] as const
export type StandInProvider = (typeof STAND_IN_PROVIDERS)[number]

/** The stand-ins a mirror holds unless asked otherwise; aws only when its versions are given. */
const BY_DEFAULT: readonly StandInProvider[] = ['azurerm', 'google', 'local']

/** The provider version each schema file was extracted from. */
export function schemaVersion(provider: StandInProvider): string {
  const file = path.join(STAND_IN, 'schemas', `${provider}.json`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

export interface StandInMirror {
  /** The folder holding registry.terraform.io/hashicorp/… */
  dir: string
  /** Installs one more version of a provider (same schema), e.g. to test a constraint. */
  add(provider: StandInProvider, version: string): void
}

/**
 * A mirror in `base` (a temporary folder of the caller, removed with it) with azurerm and google
 * at the version their schemas come from, or at the versions given, and aws at those given.
 */
export function standInMirror(
  base: string,
  versions: Partial<Record<StandInProvider, string[]>> = {},
): StandInMirror {
  const dir = path.join(base, 'stand-in-mirror')
  const tool = path.join(base, 'stand-in-tool')
  mkdirSync(tool, { recursive: true })
  buildSync({
    entryPoints: [path.join(STAND_IN, 'server.ts')],
    outfile: path.join(tool, 'server.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // protobufjs takes long.js when it finds it; int64 fields are read as numbers without it,
    // and its start-up (a WebAssembly module) would be paid by every process.
    external: ['long'],
    logLevel: 'error',
  })
  writeFileSync(path.join(tool, 'protocol.json'), JSON.stringify(protocolRoot().toJSON()))
  const add = (provider: StandInProvider, version: string) => {
    const schema = path.join(tool, `${provider}.json`)
    copyFileSync(path.join(STAND_IN, 'schemas', `${provider}.json`), schema)
    writeFileSync(schemaAnswerPath(schema), schemaAnswer(provider))
    const folder = path.join(
      dir,
      'registry.terraform.io',
      'hashicorp',
      provider,
      version,
      platform(),
    )
    mkdirSync(folder, { recursive: true })
    const executable = path.join(folder, `terraform-provider-${provider}_v${version}`)
    const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`
    writeFileSync(
      executable,
      `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(path.join(tool, 'server.cjs'))} ${quote(schema)} ${version}\n`,
    )
    chmodSync(executable, 0o755)
  }
  for (const provider of STAND_IN_PROVIDERS) {
    const fallback = BY_DEFAULT.includes(provider) ? [schemaVersion(provider)] : []
    for (const version of versions[provider] ?? fallback) add(provider, version)
  }
  return { dir, add }
}

let protocol: protobuf.Root | undefined

/** tfplugin6.proto and plugin.proto, parsed once per test process. */
function protocolRoot(): protobuf.Root {
  protocol ??= new protobuf.Root().loadSync(
    ['tfplugin6.proto', 'plugin.proto'].map((file) => path.join(STAND_IN, file)),
    { keepCase: true },
  )
  return protocol
}

const schemaAnswers = new Map<StandInProvider, Uint8Array>()

/** The provider's GetProviderSchema answer in its wire form, encoded once per test process. */
function schemaAnswer(provider: StandInProvider): Uint8Array {
  let answer = schemaAnswers.get(provider)
  if (!answer) {
    const file = path.join(STAND_IN, 'schemas', `${provider}.json`)
    const schema = JSON.parse(readFileSync(file, 'utf8')) as SchemaFile
    const type = protocolRoot().lookupType('tfplugin6.GetProviderSchema.Response')
    answer = encodeMessage(type, providerSchemaAnswer(schema))
    schemaAnswers.set(provider, answer)
  }
  return answer
}

/** Terraform's name for this machine's platform, e.g. linux_amd64. */
function platform(): string {
  const arch = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' }[os.arch() as string]
  return `${os.platform()}_${arch ?? os.arch()}`
}

/** A temporary folder for a mirror, for callers that keep nothing else. */
export function tempBase(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dativo-stand-in-'))
}
