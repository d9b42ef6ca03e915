// A Terraform filesystem mirror (unpacked layout) that serves the machine's real AWS provider
// behind a schema filter (aws-schema-filter/proxy.ts): every version and platform the machine's
// mirror holds, each an executable that starts the proxy with that binary. The provider does all
// it does; Terraform sees only the resource and data source types the tests name, so a command
// on an AWS root decodes a schema of tens of types instead of 1,500, and the schema is read from
// the binary once per suite (the suite's shared folder, temp-folder.ts). Built once per test file,
// under its temporary folders. DATIVO_AWS_FULL_SCHEMA=1 gives Terraform the provider directly.
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import { tempDir } from './temp.js'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const PROXY = fileURLToPath(new URL('./aws-schema-filter/proxy.ts', import.meta.url))
/** Where the AWS types the tests use are named: the modules, the examples, the tests. */
const NAMED_IN = ['terraform', 'examples', '__tests__']
const PROVIDER = path.join('registry.terraform.io', 'hashicorp', 'aws')

let built: { mirror: string; machine: string; cache: string } | undefined

/** Whether AWS roots get the filtered provider (the default) or the provider itself. */
export function awsSchemaFiltered(): boolean {
  return process.env.DATIVO_AWS_FULL_SCHEMA !== '1'
}

/**
 * The filtered mirror for the AWS provider of `machineMirror`, or undefined when that mirror has
 * no AWS provider.
 */
export function awsFilterMirror(machineMirror: string): string | undefined {
  if (built?.machine === machineMirror && existsSync(built.mirror)) return built.mirror
  const source = path.join(machineMirror, PROVIDER)
  if (!existsSync(source)) return undefined
  const base = tempDir('dativo-aws-filter-')
  const tool = path.join(base, 'tool')
  mkdirSync(tool)
  buildSync({
    entryPoints: [PROXY],
    outfile: path.join(tool, 'proxy.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  })
  // The filtered answers, kept by binary and types (proxy.ts), for the whole suite when it shares
  // a folder (temp-folder.ts), or for this file.
  const shared = process.env.DATIVO_TEST_SHARED_DIR
  const cache = shared ? path.join(shared, 'aws-schema-filter') : path.join(tool, 'cache')
  mkdirSync(cache, { recursive: true })
  const types = path.join(tool, 'types.txt')
  writeFileSync(types, [...namedTypes()].sort().join('\n') + '\n')
  const mirror = path.join(base, 'mirror')
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`
  for (const version of readdirSync(source)) {
    for (const platform of readdirSync(path.join(source, version))) {
      const folder = path.join(source, version, platform)
      for (const name of readdirSync(folder)) {
        if (!name.startsWith('terraform-provider-aws')) continue
        const target = path.join(mirror, PROVIDER, version, platform)
        mkdirSync(target, { recursive: true })
        writeFileSync(
          path.join(target, name),
          `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(path.join(tool, 'proxy.cjs'))} ${quote(path.join(folder, name))} ${quote(types)} ${quote(cache)}\n`,
        )
        chmodSync(path.join(target, name), 0o755)
      }
    }
  }
  built = { mirror, machine: machineMirror, cache }
  return mirror
}

/** The folder where the filter keeps the provider's answers, once the mirror is built. */
export function awsFilterCache(): string | undefined {
  return built?.cache
}

/** Every `aws_…` word in the repository's modules, examples and tests. */
function namedTypes(): Set<string> {
  const names = new Set<string>()
  const visit = (entry: string) => {
    const stat = statSync(entry)
    if (stat.isDirectory()) {
      if (path.basename(entry) === 'node_modules' || path.basename(entry) === '.terraform') return
      for (const child of readdirSync(entry)) visit(path.join(entry, child))
    } else if (stat.isFile() && stat.size < 4_000_000) {
      for (const match of readFileSync(entry, 'latin1').matchAll(/\baws_[a-z0-9_]+/g)) {
        names.add(match[0])
      }
    }
  }
  for (const folder of NAMED_IN) {
    if (existsSync(path.join(REPO, folder))) visit(path.join(REPO, folder))
  }
  return names
}
