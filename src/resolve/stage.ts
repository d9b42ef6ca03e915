// Pipeline step 6 (CONTRACT §7) for the jobs whose Terraform succeeded: in apply mode the
// outputs go into the config (in place, or a copy under output-dir), written atomically; in plan
// mode the same edit is only previewed, with values the plan does not know yet shown as such.
import path from 'node:path'
import type { ConfigReader } from '../config/read.js'
import type { Finding } from '../findings.js'
import type { RunOptions } from '../options.js'
import { realPath, reallyWithin, relativePosix } from '../util/paths.js'
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
  run.changedValues = resolution.replacements.filter((r) => r.changed).map((r) => r.name)
  if (input.outputs) {
    const config = path.join(options.workspace, run.file)
    const copy = options.outputDir && path.join(options.outputDir, run.file)
    const target = copy || config
    const shown = relativePosix(options.workspace, target)
    const notWritten = (why: string): Finding => ({
      severity: 'error',
      rule: 'write-failed',
      message: `The resolved config was not written to ${shown}: ${why}. Its values are in the job summary and the results output, and the next run writes them from the state`,
      file: run.file,
      range: run.job?.range,
    })
    try {
      // A link on the way may lead anywhere: only a place really in the workspace is written.
      const real = realPath(target)
      if (reallyWithin(options.workspace, real) === undefined) {
        return [...resolution.findings, notWritten(`it leads outside the workspace (to ${real})`)]
      }
      await writeResolution(resolution.after, resolution.changed, config, copy || undefined)
    } catch (error) {
      return [...resolution.findings, notWritten(fileError(error, options.workspace))]
    }
    run.resolved = true
    run.resolvedPath = shown
  }
  return resolution.findings
}

/** A file system error in words, with the path relative to the workspace. */
function fileError(error: unknown, workspace: string): string {
  const { code, path: where } = error as NodeJS.ErrnoException
  const shown = where ? relativePosix(workspace, where) : undefined
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      if (shown) return `${shown} is a file, not a folder`
      break
    case 'EACCES':
    case 'EPERM':
      return `permission denied${shown ? ` (${shown})` : ''}`
    case 'EROFS':
      return `read-only file system${shown ? ` (${shown})` : ''}`
    case 'ENOSPC':
      return 'no space left on the disk'
  }
  return (error as Error).message
}
