// The `outputs-file` output: what a run's Terraform jobs produced, as one JSON file a matrix leg
// uploads and `mode: resolve` reads back on another runner. It carries no sensitive value: only
// the names of sensitive outputs, so the resolve step can say why it cannot use them.
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitHubContext } from '../github/context.js'
import type { PlanCounts, RunReport } from '../run.js'
import { isRecord } from '../util/data.js'

export const OUTPUTS_FILE_VERSION = 1

export interface OutputsFileJob {
  config: string
  job_name: string
  /** Git's blob id of the config the leg read: the resolve step checks it against its own. */
  config_sha: string
  /** Applied outputs without the sensitive ones; null when the job was not applied. */
  outputs: Record<string, unknown> | null
  /** Names of the sensitive outputs, whose values stay out of the file. */
  sensitive: string[]
  plan: PlanCounts | null
  fingerprint: string | null
}

export interface OutputsFile {
  version: number
  /** The commit the leg ran on (GITHUB_SHA). */
  commit: string | null
  mode: string
  jobs: OutputsFileJob[]
}

/** What the file holds for a run: each config that ran Terraform. */
export function outputsFileContent(report: RunReport, context: GitHubContext): OutputsFile {
  const jobs: OutputsFileJob[] = []
  for (const run of report.configs) {
    if (!run.jobName || !run.sourceSha || (!run.plan && !run.terraformFailed && !run.notReviewed))
      continue
    const sensitive = run.sensitiveOutputs ?? []
    jobs.push({
      config: run.file,
      job_name: run.jobName,
      config_sha: run.sourceSha,
      outputs:
        run.outputs && !run.terraformFailed
          ? Object.fromEntries(
              Object.entries(run.outputs).filter(([name]) => !sensitive.includes(name)),
            )
          : null,
      sensitive,
      plan: run.plan,
      fingerprint: run.fingerprint?.fingerprint ?? null,
    })
  }
  return { version: OUTPUTS_FILE_VERSION, commit: context.sha ?? null, mode: report.mode, jobs }
}

/**
 * Writes the file into `folder` under a name of its own (a hash of its configs and the run), so
 * the files of many legs can be downloaded into one folder; returns its path.
 */
export async function writeOutputsFile(
  report: RunReport,
  context: GitHubContext,
  folder: string,
): Promise<string> {
  const content = outputsFileContent(report, context)
  const name = createHash('sha256')
    .update(JSON.stringify([context.runId ?? '', report.configs.map((run) => run.file)]))
    .digest('hex')
    .slice(0, 16)
  await mkdir(folder, { recursive: true })
  const file = path.join(folder, `dativo-outputs-${name}.json`)
  await writeFile(file, JSON.stringify(content, null, 2) + '\n')
  return file
}

export class OutputsFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutputsFileError'
  }
}

/** Reads a file written by writeOutputsFile; anything else is an OutputsFileError naming it. */
export function parseOutputsFile(text: string, source: string): OutputsFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new OutputsFileError(`${source} is not JSON: ${(error as Error).message}`)
  }
  if (!isRecord(data) || data.version !== OUTPUTS_FILE_VERSION || !Array.isArray(data.jobs)) {
    throw new OutputsFileError(
      `${source} is not an outputs file of this action (expected {"version": ${OUTPUTS_FILE_VERSION}, "jobs": […]}, as the outputs-file output writes it)`,
    )
  }
  const jobs = data.jobs.map((job, index): OutputsFileJob => {
    const where = `${source}: jobs[${index}]`
    if (!isRecord(job)) throw new OutputsFileError(`${where} is not an object`)
    const text = (key: string): string => {
      if (typeof job[key] !== 'string' || job[key] === '')
        throw new OutputsFileError(`${where}.${key} must be a non-empty string`)
      return job[key] as string
    }
    const config = text('config')
    // The resolve step writes this file: it must name one inside the workspace, as configs do.
    if (
      path.posix.isAbsolute(config) ||
      /\\|^[A-Za-z]:/.test(config) ||
      config.split('/').includes('..')
    )
      throw new OutputsFileError(
        `${where}.config must be a path relative to the workspace: ${config}`,
      )
    const jobName = text('job_name')
    const configSha = text('config_sha')
    if (job.outputs !== null && !isRecord(job.outputs))
      throw new OutputsFileError(`${where}.outputs must be an object or null`)
    const sensitive = Array.isArray(job.sensitive) ? job.sensitive : []
    if (!sensitive.every((name): name is string => typeof name === 'string'))
      throw new OutputsFileError(`${where}.sensitive must be a list of output names`)
    return {
      config,
      job_name: jobName,
      config_sha: configSha,
      outputs: job.outputs as Record<string, unknown> | null,
      sensitive,
      plan: isPlan(job.plan) ? job.plan : null,
      fingerprint: typeof job.fingerprint === 'string' ? job.fingerprint : null,
    }
  })
  return {
    version: OUTPUTS_FILE_VERSION,
    commit: typeof data.commit === 'string' ? data.commit : null,
    mode: typeof data.mode === 'string' ? data.mode : '',
    jobs,
  }
}

function isPlan(value: unknown): value is PlanCounts {
  return (
    isRecord(value) &&
    typeof value.add === 'number' &&
    typeof value.change === 'number' &&
    typeof value.destroy === 'number'
  )
}
