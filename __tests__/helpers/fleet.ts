// A fleet of sandbox jobs (provider and runtime `local`) for the tests of drift, grouping and
// rollout: configs that differ in name, team and environment, and modules in the workspace that
// call the bundled sandbox module, each with something of its own that a test can change.
import path from 'node:path'
import { ROOT } from './action.js'

export interface FleetJob {
  name: string
  team: string
  environment: string
}

/** A sandbox job config like examples/jobs/acme/local_orders_sandbox.yaml. */
export function fleetConfig(job: FleetJob): string {
  return `tenant_id: acme
environment: ${job.environment}
infrastructure:
  provider: local
  runtime:
    type: local
    image: "dativo:1.1.0"
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
  tags:
    job_name: ${job.name}
    team: ${job.team}
    pipeline_type: ingestion
    environment: ${job.environment}
    cost_center: data-platform
`
}

/** The bundled sandbox module as a module in `workspace/modules/<name>` reaches it. */
function bundledLocal(workspace: string, name: string): string {
  return path.relative(
    path.join(workspace, 'modules', name),
    path.join(ROOT, 'terraform/modules/local'),
  )
}

const RUNTIME = (source: string) => `variable "region" {
  type = string
}
variable "job_metadata" {
  type = map(string)
}
variable "default_tags" {
  type    = map(string)
  default = {}
}

module "runtime" {
  source       = "${source}"
  region       = var.region
  job_metadata = var.job_metadata
  default_tags = var.default_tags
}

output "cluster_name" {
  value = module.runtime.cluster_name
}
output "service_name" {
  value = module.runtime.service_name
}
`

/**
 * The sandbox plus a manifest file outside Terraform that a scheduler on the machine would read
 * (hashicorp/local's `local_file`): a change to the file is a change Terraform's refresh sees.
 * `schema` goes into the file, so a new one is a module change that touches every job alike.
 */
export function manifestModule(workspace: string, schema = 1): string {
  return `${RUNTIME(bundledLocal(workspace, 'sandbox'))}
variable "manifest_dir" {
  type = string
}

resource "local_file" "manifest" {
  filename = "\${var.manifest_dir}/\${var.job_metadata["job_name"]}.json"
  content = jsonencode({
    schema  = ${schema}
    cluster = module.runtime.cluster_name
    team    = var.job_metadata["team"]
  })
}
`
}

/**
 * The sandbox plus a release step: a new `release` replaces it, and its provisioner fails for the
 * job named in FAIL_JOB (Terraform's environment), after appending the job to RELEASE_LOG on
 * success, so a test sees which jobs were applied, in which order, and how often.
 */
export function releaseModule(workspace: string, release = 1): string {
  return `${RUNTIME(bundledLocal(workspace, 'release'))}
resource "terraform_data" "release" {
  triggers_replace = ${release}
  provisioner "local-exec" {
    command = "test \\"$\${FAIL_JOB:-}\\" != \\"\${var.job_metadata["job_name"]}\\" && echo \\"\${var.job_metadata["job_name"]} ${release}\\" >> \\"$RELEASE_LOG\\""
  }
}
`
}
