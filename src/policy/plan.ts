// The checks on a job's saved plan, before anything of it is applied: the job's tags on every
// resource that can carry them (always), and, with a platform policy, what the plan grants.
// Each problem is a finding of the job's config: an untagged resource at its `tags:` key, a
// grant at its `infrastructure:` key. An error here means the plan is not applied.
import type { Job } from '../config/job.js'
import type { Finding } from '../findings.js'
import { POLICY_RULE } from './config.js'
import { grantsOutsidePolicy } from './plan-iam.js'
import { untaggedMessage, UNTAGGED_RULE, untaggedResources } from './plan-tags.js'
import { PlanView } from './plan-view.js'
import { policyFor } from './rules.js'
import type { PlatformPolicy } from './rules.js'

/** Every problem of a plan (`terraform show -json` of it, parsed) for the job it is of. */
export function checkPlan(plan: unknown, job: Job, policy?: PlatformPolicy): Finding[] {
  const view = new PlanView(plan)
  const findings: Finding[] = untaggedResources(view, job).map((problem) => ({
    severity: 'error',
    rule: UNTAGGED_RULE,
    message: untaggedMessage(problem),
    file: job.file,
    range: job.tagsRange ?? job.range,
  }))
  if (policy) {
    for (const grant of grantsOutsidePolicy(view, policyFor(policy, job.environment))) {
      findings.push({
        severity: 'error',
        rule: POLICY_RULE,
        message: `${grant.address}: ${grant.message}`,
        file: job.file,
        range: job.range,
      })
    }
  }
  return findings
}
