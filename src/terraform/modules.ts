// What each module bundled with the action declares, read from its .tf files at bundle time
// (scripts/module-declarations.mjs): a generated root's wiring and the variables a job must be
// given are known without loading the HCL parser.
import type { RuntimeType } from '../tags/naming.js'
import { MODULE_DECLARATIONS } from './generated/module-declarations.js'
import type { Declarations } from './hcl.js'

export interface ModuleVariable {
  /** No default: the module cannot run without a value. */
  required: boolean
  sensitive: boolean
  description: string
}

/** The bundled module's variables and outputs, in the shape readDeclarations gives. */
export function bundledDeclarations(runtime: RuntimeType): Declarations {
  const declared = MODULE_DECLARATIONS[runtime]
  return {
    variables: new Map(
      Object.entries(declared.variables).map(([name, v]) => [
        name,
        {
          sensitive: v.sensitive,
          required: v.required,
          ...('type' in v && typeof v.type === 'string' ? { type: v.type } : {}),
        },
      ]),
    ),
    outputs: new Map(
      Object.entries(declared.outputs).map(([name, o]) => [name, { sensitive: o.sensitive }]),
    ),
  }
}

/** Each variable of the bundled module with its description. */
export function bundledVariables(runtime: RuntimeType): Record<string, ModuleVariable> {
  return MODULE_DECLARATIONS[runtime].variables as Record<string, ModuleVariable>
}
