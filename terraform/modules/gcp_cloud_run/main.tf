# A Dativo job's runtime on GCP Cloud Run: a service account with access to exactly the job's
# buckets and secrets, a Cloud Run v2 job (batch, optionally started by Cloud Scheduler through
# an account of its own) or service, optionally reaching a VPC. Every resource that takes labels
# gets the job's tags as GCP labels.

module "tags" {
  source = "../tags"

  default_tags = var.default_tags
  job_metadata = var.job_metadata
  runtime_type = "gcp_cloud_run"
}

module "names" {
  source = "../names"

  runtime_type = "gcp_cloud_run"
  job_name     = lookup(var.job_metadata, "job_name", "")
  environment  = lookup(var.job_metadata, "environment", "")
}

locals {
  labels = module.tags.gcp

  # Names as src/tags/naming.ts builds them for gcp_cloud_run.
  prefix = module.names.prefix
  names = {
    run               = module.names.names["Cloud Run job or service"]
    service_account   = module.names.names["service account"]
    scheduler         = module.names.names["Cloud Scheduler job"]
    scheduler_account = module.names.names["Cloud Scheduler service account"]
  }

  is_service     = var.workload == "service"
  is_scheduled   = var.workload == "batch" && var.schedule != null
  container_name = "dativo"
  member         = "serviceAccount:${google_service_account.this.email}"

  # Each secret with its project: a bare ID is project_id's.
  secrets = {
    for secret in var.secrets : secret => {
      project = startswith(secret, "projects/") ? split("/", secret)[1] : var.project_id
      id      = startswith(secret, "projects/") ? split("/", secret)[3] : secret
    }
  }
  foreign_secrets = [
    for secret, where in local.secrets : secret
    if where.project != var.project_id && !contains(var.secret_projects, where.project)
  ]

  # Private sources: a Serverless VPC Access connector, or Direct VPC egress into a subnet.
  direct_vpc = var.vpc_network != null || var.vpc_subnetwork != null
  vpc_access = var.vpc_connector == null && !local.direct_vpc ? [] : [{
    connector = var.vpc_connector
    network_interfaces = local.direct_vpc ? [{
      network    = var.vpc_network
      subnetwork = var.vpc_subnetwork
      tags       = var.vpc_network_tags
    }] : []
  }]
}

resource "google_service_account" "this" {
  project      = var.project_id
  account_id   = local.names.service_account
  display_name = "Dativo job ${local.prefix}"
  description  = "Runs the Dativo job ${local.prefix}: its buckets and secrets only."

  lifecycle {
    precondition {
      condition     = length(module.names.invalid) == 0
      error_message = "job_name and environment cannot name these GCP resources, which allow lowercase letters, digits and '-', starting with a letter: ${join(", ", module.names.invalid)}."
    }
    precondition {
      condition     = length(module.names.too_long) == 0
      error_message = "job_name and environment make these GCP names too long: ${join(", ", module.names.too_long)}. Shorten job_name."
    }
    precondition {
      condition     = var.min_replicas <= var.max_replicas
      error_message = "min_replicas must not be more than max_replicas."
    }
    precondition {
      condition     = var.workload == "batch" || var.schedule == null
      error_message = "schedule applies to batch jobs only; a service runs all the time."
    }
    precondition {
      condition     = var.vpc_connector == null || (var.vpc_network == null && var.vpc_subnetwork == null)
      error_message = "Give either vpc_connector (a Serverless VPC Access connector) or vpc_network and vpc_subnetwork (Direct VPC egress), not both."
    }
    precondition {
      condition     = length(local.foreign_secrets) == 0
      error_message = "secrets of projects other than ${var.project_id} need their project in secret_projects: ${join(", ", local.foreign_secrets)}."
    }
    precondition {
      condition     = var.health_probe_path == null || local.is_service
      error_message = "health_probe_path applies to services; a batch job's task runs to completion."
    }
  }
}

resource "google_storage_bucket_iam_member" "job" {
  for_each = toset(var.storage_bucket_names)

  bucket = each.value
  role   = var.storage_role
  member = local.member
}

# Each secret in its own project, named by its ID alone (never a project's whole Secret Manager).
resource "google_secret_manager_secret_iam_member" "job" {
  for_each = local.secrets

  project   = each.value.project
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = local.member
}

# A batch job: runs to completion, on its schedule or when started.

resource "google_cloud_run_v2_job" "this" {
  count = local.is_service ? 0 : 1

  project             = var.project_id
  name                = local.names.run
  location            = var.region
  deletion_protection = var.deletion_protection

  labels = local.labels

  template {
    labels      = local.labels
    task_count  = 1
    parallelism = 1

    template {
      service_account = google_service_account.this.email
      timeout         = var.timeout
      max_retries     = var.max_retries
      # The second generation: a full Linux sandbox, network file systems, faster CPU.
      execution_environment = "EXECUTION_ENVIRONMENT_GEN2"
      encryption_key        = var.encryption_key

      dynamic "vpc_access" {
        for_each = local.vpc_access

        content {
          connector = vpc_access.value.connector
          egress    = var.vpc_egress

          dynamic "network_interfaces" {
            for_each = vpc_access.value.network_interfaces

            content {
              network    = network_interfaces.value.network
              subnetwork = network_interfaces.value.subnetwork
              tags       = network_interfaces.value.tags
            }
          }
        }
      }

      containers {
        name  = local.container_name
        image = var.container_image

        resources {
          limits = {
            cpu    = var.cpu
            memory = var.memory
          }
        }

        dynamic "env" {
          for_each = var.environment_variables

          content {
            name  = env.key
            value = env.value
          }
        }
      }
    }
  }

  # The account must reach the job's data before the job first runs.
  depends_on = [google_storage_bucket_iam_member.job, google_secret_manager_secret_iam_member.job]
}

# Cloud Scheduler starts the job as an account of its own, which may only run this job: the
# job's own account never gets to start jobs.
resource "google_service_account" "scheduler" {
  count = local.is_scheduled ? 1 : 0

  project      = var.project_id
  account_id   = local.names.scheduler_account
  display_name = "Dativo schedule ${local.prefix}"
  description  = "Starts the Dativo job ${local.prefix} on its schedule, and nothing else."
}

resource "google_cloud_run_v2_job_iam_member" "scheduler" {
  count = local.is_scheduled ? 1 : 0

  project  = var.project_id
  location = var.region
  name     = google_cloud_run_v2_job.this[0].name
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.scheduler[0].email}"
}

resource "google_cloud_scheduler_job" "this" {
  count = local.is_scheduled ? 1 : 0

  project          = var.project_id
  region           = var.region
  name             = local.names.scheduler
  description      = "Runs the Dativo job ${local.prefix}: ${var.schedule}"
  schedule         = var.schedule
  time_zone        = var.schedule_time_zone
  attempt_deadline = "180s"

  retry_config {
    retry_count = 1
  }

  http_target {
    http_method = "POST"
    uri         = "https://run.googleapis.com/v2/projects/${var.project_id}/locations/${var.region}/jobs/${google_cloud_run_v2_job.this[0].name}:run"

    oauth_token {
      service_account_email = google_service_account.scheduler[0].email
      scope                 = "https://www.googleapis.com/auth/cloud-platform"
    }
  }

  depends_on = [google_cloud_run_v2_job_iam_member.scheduler]
}

# A service: keeps running between min_replicas and max_replicas, reachable inside the VPC only.

resource "google_cloud_run_v2_service" "this" {
  count = local.is_service ? 1 : 0

  project             = var.project_id
  name                = local.names.run
  location            = var.region
  ingress             = "INGRESS_TRAFFIC_INTERNAL_ONLY"
  deletion_protection = var.deletion_protection

  labels = local.labels

  template {
    labels                = local.labels
    service_account       = google_service_account.this.email
    execution_environment = "EXECUTION_ENVIRONMENT_GEN2"
    encryption_key        = var.encryption_key

    scaling {
      min_instance_count = var.min_replicas
      max_instance_count = var.max_replicas
    }

    dynamic "vpc_access" {
      for_each = local.vpc_access

      content {
        connector = vpc_access.value.connector
        egress    = var.vpc_egress

        dynamic "network_interfaces" {
          for_each = vpc_access.value.network_interfaces

          content {
            network    = network_interfaces.value.network
            subnetwork = network_interfaces.value.subnetwork
            tags       = network_interfaces.value.tags
          }
        }
      }
    }

    containers {
      name  = local.container_name
      image = var.container_image

      ports {
        container_port = var.container_port
      }

      resources {
        limits = {
          cpu    = var.cpu
          memory = var.memory
        }
      }

      dynamic "env" {
        for_each = var.environment_variables

        content {
          name  = env.key
          value = env.value
        }
      }

      # No traffic before the port accepts connections; a restart when health_probe_path fails.
      startup_probe {
        initial_delay_seconds = 0
        period_seconds        = 10
        timeout_seconds       = 5
        failure_threshold     = 6

        tcp_socket {
          port = var.container_port
        }
      }

      dynamic "liveness_probe" {
        for_each = var.health_probe_path == null ? [] : [var.health_probe_path]

        content {
          period_seconds    = 30
          timeout_seconds   = 5
          failure_threshold = 3

          http_get {
            path = liveness_probe.value
            port = var.container_port
          }
        }
      }
    }
  }

  depends_on = [google_storage_bucket_iam_member.job, google_secret_manager_secret_iam_member.job]
}
