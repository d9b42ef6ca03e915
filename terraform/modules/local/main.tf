# The sandbox runtime: provisions nothing outside Terraform's own state, yet plans, applies and
# answers with the same outputs as the cloud modules, so the whole pipeline runs with no account.

module "tags" {
  source = "../tags"

  default_tags = var.default_tags
  job_metadata = var.job_metadata
  runtime_type = "local"
}

module "names" {
  source = "../names"

  runtime_type = "local"
  job_name     = lookup(var.job_metadata, "job_name", "")
  environment  = lookup(var.job_metadata, "environment", "")
}

locals {
  # Names as src/tags/naming.ts builds them for the local runtime.
  prefix       = module.names.prefix
  cluster_name = module.names.names["cluster"]
  service_name = module.names.names["service"]
}

resource "terraform_data" "runtime" {
  input = {
    cluster_name          = local.cluster_name
    service_name          = local.service_name
    region                = var.region
    container_image       = var.container_image
    cpu                   = var.cpu
    memory                = var.memory
    workload              = var.workload
    schedule              = var.schedule
    min_replicas          = var.min_replicas
    max_replicas          = var.max_replicas
    secrets               = var.secrets
    environment_variables = var.environment_variables
    storage = {
      s3_bucket_arns       = var.s3_bucket_arns
      storage_bucket_names = var.storage_bucket_names
      storage_account_ids  = var.storage_account_ids
    }
    tags = module.tags.local
  }

  lifecycle {
    precondition {
      condition     = length(module.names.invalid) == 0
      error_message = "job_name and environment must be letters, digits, '_' and '-' to name the sandbox's resources: ${join(", ", module.names.invalid)}."
    }
    precondition {
      condition     = length(module.names.too_long) == 0
      error_message = "job_name and environment make these names too long: ${join(", ", module.names.too_long)}. Shorten job_name."
    }
    precondition {
      condition     = var.min_replicas <= var.max_replicas
      error_message = "min_replicas must not be more than max_replicas."
    }
    precondition {
      condition     = var.workload == "batch" || var.schedule == null
      error_message = "schedule applies to batch jobs only; a service runs all the time."
    }
  }
}
