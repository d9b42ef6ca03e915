// Starts HashiCorp's HCL parser (WebAssembly, as src/terraform/hcl.ts starts it) and parses the
// bundled aws_fargate module's files, with or without V8's --liftoff-only (`node bench/hcl.mjs
// [--liftoff-only]`). Prints JSON: time to the first parsed folder, then, after the process has
// sat idle long enough for V8's background compilation to finish, its CPU time and peak RSS.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { performance } from 'node:perf_hooks'
import { gunzipSync } from 'node:zlib'

const started = performance.now()
if (process.argv.includes('--liftoff-only')) setFlagsFromString('--liftoff-only')
const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const packageDir = path.dirname(require.resolve('@cdktf/hcl2json/package.json'))
await import(path.join(packageDir, 'wasm/wasm_exec.js'))
const go = new globalThis.Go()
const bytes = gunzipSync(readFileSync(path.join(packageDir, 'main.wasm.gz')))
const { instance } = await globalThis.WebAssembly.instantiate(bytes, go.importObject)
const parser = {}
globalThis.__parse_terraform_config_wasm__ = parser
void go.run(instance)
while (!parser.parse) await new Promise((resolve) => setTimeout(resolve, 1))

const folder = path.join(root, 'terraform/modules/aws_fargate')
for (const name of readdirSync(folder).filter((n) => n.endsWith('.tf'))) {
  await new Promise((resolve, reject) =>
    parser.parse(name, readFileSync(path.join(folder, name), 'utf8'), (error, json) =>
      error ? reject(new Error(error)) : resolve(json),
    ),
  )
}
const firstMs = performance.now() - started
await new Promise((resolve) => setTimeout(resolve, 3000))
const usage = process.resourceUsage()
console.log(
  JSON.stringify({
    firstMs: Math.round(firstMs),
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    rssKiB: usage.maxRSS,
  }),
)
process.exit(0)
