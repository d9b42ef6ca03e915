// Builds what GitHub runs: dist/index.js (the action) and the CLI (dist/cli.js, which starts
// dist/cli/index.js), with @vercel/ncc, after regenerating the standalone schema validator and
// the bundled modules' declarations.
// Code loaded on demand (the Terraform stage, a policy schema's Ajv) goes into chunk files
// beside each entry. Deterministic, so CI can rebuild and diff.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'
import { compileJobConfigSchema, compilePolicySchema, policyOutPath } from './compile-schema.mjs'
import { moduleDeclarations } from './module-declarations.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = path.join(root, 'dist')

writeFileSync(
  path.join(root, 'src/config/generated/job-config.validate.js'),
  compileJobConfigSchema(),
)
writeFileSync(policyOutPath, compilePolicySchema())

writeFileSync(
  path.join(root, 'src/terraform/generated/module-declarations.ts'),
  await moduleDeclarations(),
)

// HashiCorp's HCL parser is WebAssembly the bundler cannot see; src/terraform/hcl.ts loads it
// from beside the bundle.
const hclWasm = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@cdktf/hcl2json/package.json')),
  'main.wasm.gz',
)

const entries = [
  { source: 'src/index.ts', folder: dist },
  { source: 'src/cli/index.ts', folder: path.join(dist, 'cli') },
]

rmSync(dist, { recursive: true, force: true })
for (const entry of entries) {
  const { code, assets } = await ncc(path.join(root, entry.source), {
    // The entry file minified (names kept, nothing rewritten; ncc leaves the chunks as they
    // are): node reads and compiles about half the text at every start, some 20 ms less on a
    // 2-core runner.
    minify: true,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    license: 'licenses.txt',
  })
  // ncc says so on the console, and goes on, when terser cannot minify: a build fails instead.
  if (code.includes('/******/')) throw new Error(`${entry.source}: the bundle was not minified`)
  mkdirSync(entry.folder, { recursive: true })
  writeFileSync(path.join(entry.folder, 'index.js'), code.replace(/^#!.*\n/, ''))
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(path.dirname(path.join(entry.folder, name)), { recursive: true })
    writeFileSync(path.join(entry.folder, name), asset.source)
  }
  copyFileSync(hclWasm, path.join(entry.folder, 'hcl2json.wasm.gz'))
}

// The package's bin: a stable path that starts the CLI bundle.
writeFileSync(path.join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync(path.join(dist, 'cli.js'), 0o755)

const list = (folder) => readdirSync(folder, { recursive: true }).sort()
console.log(`dist: ${list(dist).join(', ')}`)
