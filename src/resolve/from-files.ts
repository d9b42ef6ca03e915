// `mode: resolve`, the last job of a matrix: the outputs files its legs uploaded (outputs-from)
// resolve the configs at this run's head, which commit-back then commits once. A file must match
// the config it names: the same bytes the leg read (git's blob id) and the same job; a job that
// comes twice, a config that is gone or changed, or a placeholder of a sensitive output is an
// error at that config, and that config alone is left unresolved.
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ConfigReader } from '../config/read.js'
import { validateRead } from '../config/validate.js'
import type { Finding } from '../findings.js'
import { UsageError } from '../findings.js'
import type { RunOptions } from '../options.js'
import { blobSha } from '../publish/commit-plan.js'
import { OutputsFileError, parseOutputsFile } from '../publish/outputs-file.js'
import type { OutputsFileJob } from '../publish/outputs-file.js'
import { newConfigRun } from '../run.js'
import type { ConfigRun } from '../run.js'
import { relativePosix } from '../util/paths.js'
import { SENSITIVE } from './outputs.js'
import type { TerraformOutputs } from './outputs.js'
import { resolveJob } from './stage.js'

export interface FromFiles {
  runs: ConfigRun[]
  /** The outputs each resolved config was resolved with, by config. */
  outputs: Map<string, TerraformOutputs>
  /** Files that could not be read as outputs files: they fail the step. */
  failures: string[]
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 }

export async function resolveFromFiles(
  options: RunOptions,
  reader: ConfigReader,
  log: (message: string) => void,
): Promise<FromFiles> {
  const folder = options.outputsFrom!
  const files = await outputsFiles(folder)
  const result: FromFiles = { runs: [], outputs: new Map(), failures: [] }
  const entries: Array<{ job: OutputsFileJob; source: string }> = []
  for (const file of files) {
    const source = relativePosix(folder, file)
    // One file that cannot be read fails the step, but never the other files' configs.
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      result.failures.push(`outputs-from: ${source} cannot be read: ${(error as Error).message}`)
      continue
    }
    try {
      const parsed = parseOutputsFile(text, source)
      entries.push(...parsed.jobs.map((job) => ({ job, source })))
    } catch (error) {
      if (!(error instanceof OutputsFileError)) throw error
      result.failures.push(`outputs-from: ${error.message}`)
    }
  }
  log(`${entries.length} job(s) in ${files.length} outputs file(s) under ${folder}`)

  const byConfig = new Map<string, Array<{ job: OutputsFileJob; source: string }>>()
  for (const entry of entries) {
    byConfig.set(entry.job.config, [...(byConfig.get(entry.job.config) ?? []), entry])
  }
  const byJob = new Map<string, string[]>()
  for (const entry of entries) {
    byJob.set(entry.job.job_name, [...(byJob.get(entry.job.job_name) ?? []), entry.job.config])
  }

  for (const config of [...byConfig.keys()].sort()) {
    const given = byConfig.get(config)!
    const run = newConfigRun(config)
    result.runs.push(run)
    const error = (message: string, range = START) => {
      run.findings.push({ severity: 'error', rule: 'outputs-file', message, file: config, range })
    }
    const { job: entry, source } = given[0]!
    run.jobName = entry.job_name
    run.plan = entry.plan
    if (entry.fingerprint) run.fingerprint = { fingerprint: entry.fingerprint, changes: [] }
    if (given.length > 1) {
      error(
        `Outputs for this config come more than once (${given.map((g) => g.source).join(', ')}): each matrix leg must run a config of its own`,
      )
      continue
    }
    const sameJob = [...new Set(byJob.get(entry.job_name) ?? [])]
    if (sameJob.length > 1) {
      error(
        `Job ${entry.job_name} has outputs from more than one config (${sameJob.join(', ')}): a job name names one runtime`,
      )
      continue
    }
    const read = await reader.read(config)
    if (!read.ok) {
      error(
        `${source} has outputs for this config, which is not in the workspace at this commit (${read.finding.message})`,
      )
      continue
    }
    const validation = validateRead(config, read, { defaultTags: options.defaultTags })
    run.provider = validation.provider
    run.runtimeType = validation.runtimeType
    run.sourceSha = blobSha(read.bytes)
    if (!validation.job) {
      run.findings.push(...validation.findings)
      run.valid = validation.valid
      run.skipped = validation.skipped
      if (validation.valid)
        error(`${source} has outputs for this config, which has no infrastructure section`)
      continue
    }
    const job = validation.job
    run.job = job
    run.placeholders = job.placeholders
    const at = job.range
    if (job.jobName !== entry.job_name) {
      error(
        `${source} has outputs of job ${entry.job_name}, but this config is job ${job.jobName}: run the matrix again on this commit`,
        at,
      )
      continue
    }
    if (run.sourceSha !== entry.config_sha) {
      error(
        `This config changed after its outputs were made (${source} was written for blob ${entry.config_sha.slice(0, 7)}, the workspace has ${run.sourceSha.slice(0, 7)}): run the matrix again on this commit`,
        at,
      )
      continue
    }
    if (entry.outputs === null) {
      run.findings.push({
        severity: 'notice',
        rule: 'outputs-file',
        message: `${source}: its job was not applied (plan only, or it failed), so nothing is resolved`,
        file: config,
        range: at,
      })
      continue
    }
    const sensitive = job.placeholders.filter((name) => entry.sensitive.includes(name))
    if (sensitive.length > 0) {
      error(
        `Placeholders name sensitive outputs (${sensitive.join(', ')}), which outputs files never carry: resolve this job in a single apply run with allow-sensitive-outputs`,
        at,
      )
      continue
    }
    const outputs: TerraformOutputs = Object.fromEntries(
      Object.entries(entry.outputs).map(([name, value]) => [name, { value, sensitive: false }]),
    )
    run.outputs = {
      ...entry.outputs,
      ...Object.fromEntries(entry.sensitive.map((name) => [name, SENSITIVE])),
    }
    run.sensitiveOutputs = entry.sensitive
    const findings: Finding[] = await resolveJob({ run, outputs }, options, reader)
    run.findings.push(...findings)
    if (run.resolved) result.outputs.set(config, outputs)
  }
  return result
}

/** Every .json file under the folder, at any depth (one folder per downloaded artifact or not). */
async function outputsFiles(folder: string): Promise<string[]> {
  const info = await stat(folder).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new UsageError(
      `Input outputs-from: ${folder} is not a folder (download the matrix legs' outputs files there with actions/download-artifact)`,
    )
  }
  const names = (await readdir(folder, { recursive: true }))
    .filter((name) => name.endsWith('.json'))
    .sort()
  const files: string[] = []
  for (const name of names) {
    const file = path.join(folder, name)
    // A folder named like a file (an artifact called x.json): the files in it are listed themselves.
    if (!(await stat(file).catch(() => undefined))?.isDirectory()) files.push(file)
  }
  if (files.length === 0) {
    throw new UsageError(
      `Input outputs-from: no outputs files (*.json) under ${folder}; the matrix legs upload the file their outputs-file output names`,
    )
  }
  return files
}
