// How a rollout reads: its waves in the log before it starts, then in the job summary and the
// `rollout` output which jobs are done, which failed and which were not started.
import { code, escapeText, shorten, table } from '../publish/markdown.js'
import type { RunReport } from '../run.js'
import { plural } from '../util/text.js'
import type { RolloutStatus } from './gate.js'
import type { Wave } from './waves.js'

const MAX_JOBS = 300

export interface RolloutOutput {
  done: string[]
  failed: string[]
  not_started: string[]
  /** Why the rollout stopped, or null when it went through. */
  stopped: string | null
  /** Configs left out of the lists to keep the output small. */
  left_out: number
}

/** `Rollout wave 1 of 2 (other environments: dev): canary first in local / local (3 jobs)`. */
export function describeWaves(waves: readonly Wave[]): string[] {
  return waves.map(
    (wave, i) =>
      `Rollout wave ${i + 1} of ${waves.length} (${wave.name}: ${wave.environments.join(', ')}): a canary first in ${wave.groups
        .map((group) => `${group.name} (${plural(group.files.length, 'job')})`)
        .join(', ')}, then the rest`,
  )
}

/**
 * The `rollout` output: configs by what became of them; null without a rollout. Within `budget`
 * characters of JSON: failed and not-started jobs are listed before done ones, and `left_out`
 * counts what did not fit.
 */
export function rolloutOutput(report: RunReport, budget = Infinity): RolloutOutput | null {
  if (!report.rollout) return null
  const by = (status: RolloutStatus) =>
    report.configs.filter((run) => run.rollout?.status === status).map((run) => run.file)
  const output: RolloutOutput = {
    done: [],
    failed: [],
    not_started: [],
    stopped: report.rollout.stopped ?? null,
    left_out: 0,
  }
  let size = JSON.stringify(output).length
  for (const [key, files] of [
    ['failed', by('failed')],
    ['not_started', by('not started')],
    ['done', by('done')],
  ] as const) {
    for (const file of files) {
      const added = JSON.stringify(file).length + 1
      if (size + added > budget) {
        output.left_out++
        continue
      }
      output[key].push(file)
      size += added
    }
  }
  return output
}

/** The job summary's section: each wave, its groups, and each job's end. */
export function rolloutSection(
  report: RunReport,
  clean: (text: string) => string,
): string | undefined {
  const rollout = report.rollout
  if (!rollout) return undefined
  const count = (status: RolloutStatus) =>
    report.configs.filter((run) => run.rollout?.status === status).length
  const lines = ['### Rollout', '']
  lines.push(
    `${count('done')} done, ${count('failed')} failed, ${count('not started')} not started.${rollout.stopped ? ` ${escapeText(clean(rollout.stopped))}` : ''}`,
  )
  const byFile = new Map(report.configs.map((run) => [run.file, run]))
  const rows: string[][] = []
  rollout.waves.forEach((wave, i) => {
    for (const group of wave.groups) {
      for (const file of group.files) {
        const run = byFile.get(file)
        const role = run?.rollout
        rows.push([
          `${i + 1}: ${escapeText(clean(wave.name))}`,
          escapeText(group.name),
          code(shorten(clean(file), 200)),
          run?.jobName ? escapeText(shorten(clean(run.jobName), 200)) : '—',
          role?.canary ? 'canary' : '',
          role ? statusCell(role.status) : '—',
        ])
      }
    }
  })
  lines.push(
    '',
    table(['Wave', 'Cloud / runtime', 'Config', 'Job', 'Role', 'Status'], rows.slice(0, MAX_JOBS)),
  )
  if (rows.length > MAX_JOBS)
    lines.push('', `… and ${rows.length - MAX_JOBS} more jobs (see the \`rollout\` output).`)
  return lines.join('\n')
}

function statusCell(status: RolloutStatus): string {
  return status === 'done' ? '✅ done' : status === 'failed' ? '❌ failed' : '⏸️ not started'
}
