// The `schema` input: an organisation's own JSON Schema every config must also satisfy.
import { readFile } from 'node:fs/promises'
import type { ErrorObject } from 'ajv'
import { parse as parseYaml } from 'yaml'
import { InputError } from '../findings.js'

export interface PolicySchema {
  path: string
  schema: Record<string, unknown>
  validate(data: unknown): readonly ErrorObject[]
}

export async function loadPolicySchema(
  absolutePath: string,
  displayPath: string,
): Promise<PolicySchema> {
  let text: string
  try {
    text = await readFile(absolutePath, 'utf8')
  } catch (error) {
    throw new InputError('schema', `cannot read ${displayPath}: ${(error as Error).message}`)
  }
  let schema: unknown
  try {
    schema = /\.ya?ml$/i.test(absolutePath)
      ? parseYaml(text, { logLevel: 'error' })
      : JSON.parse(text)
  } catch (error) {
    throw new InputError(
      'schema',
      `${displayPath} is not valid JSON or YAML: ${(error as Error).message}`,
    )
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new InputError('schema', `${displayPath} must hold a JSON Schema object`)
  }
  // Ajv compiles at run time only for a policy; the job schema is compiled at build time.
  const [{ default: Ajv2020 }, { default: addFormats }, { default: addErrors }] = await Promise.all(
    [import('ajv/dist/2020.js'), import('ajv-formats'), import('ajv-errors')],
  )
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, allowUnionTypes: true })
  addFormats.default(ajv)
  addErrors.default(ajv)
  let compiled
  try {
    compiled = ajv.compile(schema as Record<string, unknown>)
  } catch (error) {
    throw new InputError(
      'schema',
      `${displayPath} is not a valid JSON Schema: ${(error as Error).message}`,
    )
  }
  return {
    path: displayPath,
    schema: schema as Record<string, unknown>,
    validate(data) {
      return compiled(data) ? [] : (compiled.errors ?? [])
    },
  }
}
