// The `matrix` output: the configs that need Terraform in this run, ready for
// `strategy.matrix` (`{"include": [{"config", "job_name", "provider"}, …]}`), so each can run on a
// runner of its own. A job this change removes gets a leg too (`"removed": true`), whose plan or
// apply compares it with the base commit and destroys or lists its runtime.
import type { RunReport } from '../run.js'

export interface MatrixLeg {
  config: string
  job_name: string | null
  provider: string | null
  removed?: true
}

export function matrixOf(report: RunReport): { include: MatrixLeg[] } {
  const include: MatrixLeg[] = []
  const seen = new Set<string>()
  const add = (leg: MatrixLeg) => {
    if (seen.has(leg.config)) return
    seen.add(leg.config)
    include.push(leg)
  }
  for (const run of report.configs) {
    if (!run.valid || run.skipped || !run.jobName || !run.provider) continue
    add({ config: run.file, job_name: run.jobName, provider: run.provider })
  }
  // A renamed job's config already has its leg, which destroys the old runtime as well.
  for (const removed of report.removed ?? []) {
    add({
      config: removed.file,
      job_name: removed.jobName,
      provider: removed.provider,
      removed: true,
    })
  }
  for (const file of report.mayRemove ?? []) {
    add({ config: file, job_name: null, provider: null, removed: true })
  }
  return { include }
}
