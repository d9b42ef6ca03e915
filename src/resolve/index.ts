// Placeholder resolution: Terraform outputs into job configs, changing nothing else.
export { previewDiff } from './diff.js'
export { resolveFile } from './file.js'
export type { FileResolution, ResolveFileOptions } from './file.js'
export { KNOWN_AFTER_APPLY, parseTerraformOutputs, plannedOutputs, SENSITIVE } from './outputs.js'
export type { PlannedOutput, PlannedOutputs, TerraformOutput, TerraformOutputs } from './outputs.js'
export { previewConfig, resolveConfig } from './resolve.js'
export type { Replacement, Resolution, ResolveOptions } from './resolve.js'
export { writeAtomically } from './write.js'
