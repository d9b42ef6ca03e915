// Pipeline step 6 (CONTRACT §7) for the jobs whose Terraform succeeded: in apply mode the
// outputs go into the config (in place, or a copy under output-dir), written atomically; in plan
// mode the same edit is only previewed, with values the plan does not know yet shown as such.
import path from 'node:path'
import type { ConfigReader } from '../config/read.js'
import type { Finding } from '../findings.js'
import type { RunOptions } from '../options.js'
import { relativePosix } from '../util/paths.js'
import type { ConfigRun } from '../run.js'
import { previewDiff } from './diff.js'
import type { PlannedOutputs, TerraformOutputs } from './outputs.js'
import { SENSITIVE } from './outputs.js'
import { previewConfig, resolveConfig } from './resolve.js'
import type { Resolution } from './resolve.js'
import { writeResolution } from './write.js'

export interface ResolveInput {
  run: ConfigRun
  /** Apply mode: the applied outputs. */
  outputs?: TerraformOutputs
  /** Plan mode: what the plan knows of the outputs. */
  planned?: PlannedOutputs
}

/** Resolves (or previews) one config; returns its findings and fills the run's report fields. */
export async function resolveJob(
  input: ResolveInput,
  options: RunOptions,
  reader: ConfigReader,
): Promise<Finding[]> {
  const { run } = input
  const read = await reader.read(run.file)
  if (!read.ok) return [read.finding]
  const settings = { allowSensitive: options.allowSensitiveOutputs, markers: !options.outputDir }
  const resolution: Resolution = input.outputs
    ? resolveConfig(run.file, read.bytes, input.outputs, settings)
    : previewConfig(run.file, read.bytes, input.planned ?? {}, settings)
  if (resolution.findings.some((f) => f.severity === 'error')) return resolution.findings

  run.resolvedValues = Object.fromEntries(
    resolution.replacements.map((r) => [r.name, r.sensitive ? SENSITIVE : r.value]),
  )
  run.resolutionDiff = previewDiff(run.file, resolution.before, resolution.after)
  if (input.outputs) {
    const config = path.join(options.workspace, run.file)
    const copy = options.outputDir && path.join(options.outputDir, run.file)
    await writeResolution(resolution.after, resolution.changed, config, copy || undefined)
    run.resolved = true
    run.resolvedPath = relativePosix(options.workspace, copy || config)
  }
  return resolution.findings
}
