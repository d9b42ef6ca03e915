import type { TerraformResult } from './root.js'

/** The seed guide's Troubleshooting entry, word for word. */
export const JOB_METADATA_MESSAGE =
  'job_metadata must contain: job_name, team, pipeline_type, environment, cost_center'

/** Terraform's stderr for a run that must fail, with its 78-column line wrapping undone. */
export function refusal(result: TerraformResult): string {
  if (result.code === 0) {
    throw new Error(`terraform accepted what it should refuse:\n${result.stdout}`)
  }
  return result.stderr.replace(/\s+/g, ' ')
}
