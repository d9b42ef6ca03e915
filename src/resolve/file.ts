// One config file and a file of `terraform output -json`: what `dativo-infra resolve` does.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseTerraformOutputs } from './outputs.js'
import { resolveConfig } from './resolve.js'
import type { Resolution } from './resolve.js'
import { writeResolution } from './write.js'

export interface ResolveFileOptions {
  /** Write the result; otherwise only report it. */
  write: boolean
  allowSensitive?: boolean
  /**
   * Write a resolved copy here instead of changing the config (`output-dir`). The copy is
   * written even when no value changed, so every config has its copy.
   */
  outputPath?: string
  /** Keep placeholders as trailing comments; by default in place only, not in copies. */
  markers?: boolean
  /** The config's name in findings (relative to the workspace); `configPath` by default. */
  file?: string
}

export interface FileResolution extends Resolution {
  /** The path written, if any. */
  written?: string
}

/**
 * Resolves one config. Nothing is written when any finding is an error, so a failed
 * resolution leaves the file byte for byte as it was.
 */
export async function resolveFile(
  configPath: string,
  outputsJson: string,
  options: ResolveFileOptions,
): Promise<FileResolution> {
  const file = (options.file ?? configPath).split(path.sep).join('/')
  const outputs = parseTerraformOutputs(outputsJson)
  let bytes: Uint8Array
  try {
    bytes = await readFile(configPath)
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'it does not exist'
        : (error as Error).message
    return {
      file,
      before: '',
      after: '',
      changed: false,
      replacements: [],
      findings: [
        {
          severity: 'error',
          rule: 'file-unreadable',
          message: `Cannot read the file: ${reason}`,
          file,
          range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        },
      ],
    }
  }
  const resolution = resolveConfig(file, bytes, outputs, {
    allowSensitive: options.allowSensitive ?? false,
    markers: options.markers ?? options.outputPath === undefined,
  })
  if (!options.write || resolution.findings.some((f) => f.severity === 'error')) return resolution
  const written = await writeResolution(
    resolution.after,
    resolution.changed,
    configPath,
    options.outputPath,
  )
  return written ? { ...resolution, written } : resolution
}
