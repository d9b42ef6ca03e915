// hashicorp/local's `local_file`, as terraform-provider-local's resource_local_file.go does it:
// apply writes the file (creating its folder) and records checksums of its content, the id being
// the SHA-1; every argument forces a replacement; a read finds the resource gone when the file is
// missing or its content's SHA-1 is no longer the id, so Terraform itself reports that the file
// changed outside Terraform. The stand-in does real file work: a test changes the file to drift.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isRecord, record } from './msgpack.js'
import type { ObjectValue, Value } from './msgpack.js'

export const LOCAL_FILE = 'local_file'

/** Arguments whose change replaces the file (RequiresReplace in the provider). */
const REPLACING = [
  'filename',
  'content',
  'content_base64',
  'source',
  'sensitive_content',
  'file_permission',
  'directory_permission',
]

const text = (value: Value | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined

/** The plan: the permissions' defaults filled in, and which changed arguments force a new file. */
export function planLocalFile(
  prior: Value,
  planned: ObjectValue,
): { planned: ObjectValue; requiresReplace: string[] } {
  planned.file_permission = text(planned.file_permission) ?? '0777'
  planned.directory_permission = text(planned.directory_permission) ?? '0777'
  if (!isRecord(prior)) return { planned, requiresReplace: [] }
  return {
    planned,
    requiresReplace: REPLACING.filter((name) => (prior[name] ?? null) !== (planned[name] ?? null)),
  }
}

/** Creates the file (a replacement is a delete, then a create), or deletes it. */
export function applyLocalFile(prior: Value, planned: Value): Value {
  if (!isRecord(planned)) {
    if (isRecord(prior) && text(prior.filename)) rmSync(text(prior.filename)!, { force: true })
    return null
  }
  const content = contentOf(planned)
  const filename = text(planned.filename)!
  mkdirSync(path.dirname(filename), {
    recursive: true,
    mode: Number.parseInt(text(planned.directory_permission) ?? '0777', 8),
  })
  writeFileSync(filename, content, {
    mode: Number.parseInt(text(planned.file_permission) ?? '0777', 8),
  })
  const state = record()
  for (const [name, value] of Object.entries(planned)) state[name] = value
  const sha1 = createHash('sha1').update(content).digest('hex')
  const sha256 = createHash('sha256').update(content)
  const sha512 = createHash('sha512').update(content)
  const [sha256Hex, sha512Hex] = [sha256.copy().digest('hex'), sha512.copy().digest('hex')]
  state.id = sha1
  state.content_md5 = createHash('md5').update(content).digest('hex')
  state.content_sha1 = sha1
  state.content_sha256 = sha256Hex
  state.content_base64sha256 = sha256.digest('base64')
  state.content_sha512 = sha512Hex
  state.content_base64sha512 = sha512.digest('base64')
  return state
}

/** The state as it is, or null (removed) when the file is gone or its content changed. */
export function readLocalFile(state: Value): Value {
  if (!isRecord(state)) return state
  const filename = text(state.filename)
  if (!filename || !existsSync(filename)) return null
  const sha1 = createHash('sha1').update(readFileSync(filename)).digest('hex')
  return sha1 === state.id ? state : null
}

function contentOf(planned: ObjectValue): Buffer {
  const sensitive = text(planned.sensitive_content)
  if (sensitive !== undefined) return Buffer.from(sensitive, 'utf8')
  const base64 = text(planned.content_base64)
  if (base64 !== undefined) return Buffer.from(base64, 'base64')
  const source = text(planned.source)
  if (source !== undefined) return readFileSync(source)
  return Buffer.from(text(planned.content) ?? '', 'utf8')
}
