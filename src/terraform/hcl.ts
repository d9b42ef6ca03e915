// Reads what a Terraform root or module declares (variables, outputs, backend) with HashiCorp's
// own HCL parser, compiled to WebAssembly (@cdktf/hcl2json's build). Loaded only when the
// Terraform stage reads a root the bundle does not describe (modules.ts has the bundled ones).
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { gunzipSync } from 'node:zlib'
import { isRecord } from '../util/data.js'

export interface Declarations {
  /** Variable names, with whether each is sensitive and whether it has a default. */
  variables: Map<string, { sensitive: boolean; required: boolean; type?: string }>
  /** Output names, with whether each is sensitive. */
  outputs: Map<string, { sensitive: boolean }>
  /** The backend type (`s3`, `local`, …), `cloud` for HCP Terraform, or undefined for none. */
  backend?: string
}

type Parsed = Record<string, unknown>

/** Each folder read, by its files' names, sizes and times: jobs sharing a root parse it once. */
const readFolders = new Map<string, Promise<Declarations>>()

/** Parses every .tf and .tf.json file of a folder (not its subfolders), as Terraform reads it. */
export async function readDeclarations(folder: string): Promise<Declarations> {
  const names = (await readdir(folder)).filter((name) => /\.tf(\.json)?$/.test(name)).sort()
  const stamps = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(folder, name))
      return `${name}:${info.size}:${info.mtimeMs}`
    }),
  )
  const key = `${path.resolve(folder)}\n${stamps.join('\n')}`
  let read = readFolders.get(key)
  if (!read) {
    read = parseFolder(folder, names)
    readFolders.set(key, read)
    // A failed read is not kept: the next job sees the error again, or a fixed file.
    read.catch(() => readFolders.delete(key))
  }
  const declarations = await read
  // A copy: what one job does with its declarations never reaches another's.
  return {
    variables: new Map([...declarations.variables].map(([name, v]) => [name, { ...v }])),
    outputs: new Map([...declarations.outputs].map(([name, o]) => [name, { ...o }])),
    backend: declarations.backend,
  }
}

async function parseFolder(folder: string, names: string[]): Promise<Declarations> {
  const declarations: Declarations = { variables: new Map(), outputs: new Map() }
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8')
    let parsed: Parsed
    try {
      parsed = name.endsWith('.json') ? (JSON.parse(text) as Parsed) : await parseHcl(name, text)
    } catch (error) {
      throw new Error(`${path.join(folder, name)}: ${(error as Error).message}`)
    }
    collect(parsed, declarations)
  }
  return declarations
}

function collect(parsed: Parsed, into: Declarations): void {
  for (const [name, blocks] of Object.entries(asRecord(parsed.variable))) {
    const body = firstBlock(blocks)
    into.variables.set(name, {
      sensitive: body.sensitive === true,
      required: !('default' in body),
      ...(typeof body.type === 'string' ? { type: body.type } : {}),
    })
  }
  for (const [name, blocks] of Object.entries(asRecord(parsed.output))) {
    into.outputs.set(name, { sensitive: firstBlock(blocks).sensitive === true })
  }
  for (const block of [parsed.terraform].flat()) {
    const terraform = asRecord(block)
    const backend =
      Object.keys(asRecord(firstBlock(terraform.backend)))[0] ??
      Object.keys(asRecord(terraform.backend))[0]
    if (backend) into.backend = backend
    if (terraform.cloud) into.backend = 'cloud'
  }
}

function firstBlock(value: unknown): Record<string, unknown> {
  return asRecord(Array.isArray(value) ? value[0] : value)
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

interface ParserRoot {
  parse?: (
    filename: string,
    contents: string,
    callback: (error: string | null, json: string) => void,
  ) => void
}

let parser: Promise<ParserRoot> | undefined

/** HCL to the JSON form of Terraform's syntax, by HashiCorp's parser. */
export async function parseHcl(filename: string, contents: string): Promise<Parsed> {
  const root = await (parser ??= startParser())
  const json = await new Promise<string>((resolve, reject) =>
    root.parse!(filename, contents, (error, result) =>
      error ? reject(new Error(error)) : resolve(result),
    ),
  )
  return JSON.parse(json) as Parsed
}

/** The little of WebAssembly and Go's runtime this needs (lib ES2022 has no WebAssembly types). */
interface GoRuntime {
  importObject: object
  run(instance: object): Promise<void>
}
interface Wasm {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }>
}

async function startParser(): Promise<ParserRoot> {
  // Go's runtime for WebAssembly; it defines globalThis.Go.
  await import('@cdktf/hcl2json/wasm/wasm_exec.js')
  const scope = globalThis as unknown as { Go: new () => GoRuntime; WebAssembly: Wasm }
  const go = new scope.Go()
  // Liftoff's code is enough for a few files; without this V8 also recompiles the whole parser
  // with TurboFan in the background (bench/hcl.mjs: about 3x the CPU and +60 MiB here).
  setFlagsFromString('--liftoff-only')
  const bytes = gunzipSync(await readFile(wasmPath()))
  const { instance } = await scope.WebAssembly.instantiate(bytes, go.importObject)
  const root: ParserRoot = {}
  // The Go program registers its functions on this global when it starts.
  ;(globalThis as unknown as Record<string, unknown>).__parse_terraform_config_wasm__ = root
  void go.run(instance)
  for (let waited = 0; !root.parse; waited++) {
    if (waited > 1000) throw new Error('the HCL parser did not start')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  return root
}

/** Beside the bundle in dist/ (the bundle script copies it there), else in node_modules. */
function wasmPath(): string {
  // Built at run time so the bundler does not swap the file for a module of its own.
  const name = ['hcl2json', 'wasm', 'gz'].join('.')
  const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), name)
  if (existsSync(bundled)) return bundled
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz')
}
