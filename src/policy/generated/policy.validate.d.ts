// Types for the generated standalone validator (scripts/compile-schema.mjs).
import type { ErrorObject } from 'ajv'

export interface StandaloneValidate {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

declare const validate: StandaloneValidate
export default validate
export declare const schema: Record<string, unknown>
