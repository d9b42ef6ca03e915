variable "project_id" {
  description = "GCP project of the job's runtime."
  type        = string
  nullable    = false
}

variable "region" {
  description = "GCP region of the job's runtime, e.g. us-central1."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]{1,2}$", var.region))
    error_message = "region must be a GCP region, e.g. us-central1 or europe-west4."
  }
}

variable "job_metadata" {
  description = "The job's tags (infrastructure.tags of its Dativo config): job_name, team, pipeline_type, environment, cost_center and any others."
  type        = map(string)
  nullable    = false

  validation {
    condition = alltrue([
      for key in ["job_name", "team", "pipeline_type", "environment", "cost_center"] :
      lookup(var.job_metadata, key, "") != ""
    ])
    error_message = "job_metadata must contain: job_name, team, pipeline_type, environment, cost_center"
  }
}

variable "default_tags" {
  description = "Organisation-wide tags, merged under job_metadata (applied as labels)."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "container_image" {
  description = "Container image the job runs, e.g. us-central1-docker.pkg.dev/acme/dativo/dativo:1.1.0."
  type        = string
  nullable    = false
}

variable "cpu" {
  description = "CPU limit of the container, e.g. \"1\" or \"2\"."
  type        = string
  default     = "1"
  nullable    = false
}

variable "memory" {
  description = "Memory limit of the container, e.g. \"2Gi\"."
  type        = string
  default     = "2Gi"
  nullable    = false

  validation {
    condition     = can(regex("^[0-9]+(Mi|Gi)$", var.memory))
    error_message = "memory must be in Mi or Gi, e.g. \"2Gi\"."
  }
}

variable "storage_bucket_names" {
  description = "Cloud Storage buckets the job may use (storage_role on each), by name: each names one bucket."
  type        = list(string)
  default     = []
  nullable    = false

  # A bucket's own name: no wildcard, no gs:// URL, no project.
  validation {
    condition     = alltrue([for name in var.storage_bucket_names : can(regex("^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$", name))])
    error_message = "storage_bucket_names must hold bucket names, e.g. acme-data-lake: lowercase letters, digits, '.', '_' and '-', no wildcard and no gs:// prefix."
  }
}

variable "storage_role" {
  description = "Object role the job's service account gets on each bucket: roles/storage.objectUser reads, writes and deletes objects without changing their access; roles/storage.objectViewer reads; roles/storage.objectCreator writes."
  type        = string
  default     = "roles/storage.objectUser"
  nullable    = false

  # Object roles only: admin roles would let the job change the bucket and who may read it.
  validation {
    condition     = contains(["roles/storage.objectUser", "roles/storage.objectViewer", "roles/storage.objectCreator"], var.storage_role)
    error_message = "storage_role must be roles/storage.objectUser, roles/storage.objectViewer or roles/storage.objectCreator: an admin role would let the job change the bucket and its access."
  }
}

variable "secrets" {
  description = "Secret Manager secrets the job may read, each by its ID in project_id or as projects/<project>/secrets/<id>; another project's secret only when that project is in secret_projects."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for secret in var.secrets : can(regex("^(projects/[a-z0-9.:-]+/secrets/)?[A-Za-z0-9_-]{1,255}$", secret))])
    error_message = "secrets must hold secret IDs (stripe-token) or projects/<project>/secrets/<id>: one secret each, no wildcard, no version."
  }
}

variable "secret_projects" {
  description = "Projects other than project_id whose secrets (in secrets) the job may read; none by default."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "environment_variables" {
  description = "Plain environment variables for the container (no secrets)."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "workload" {
  description = "batch: a Cloud Run job, started by schedule or on demand; service: a Cloud Run service."
  type        = string
  default     = "batch"
  nullable    = false

  validation {
    condition     = contains(["batch", "service"], var.workload)
    error_message = "workload must be batch or service."
  }
}

variable "schedule" {
  description = "Five-field cron expression that starts a batch job through Cloud Scheduler, e.g. \"0 3 * * *\"; null to run on demand."
  type        = string
  default     = null

  validation {
    condition     = var.schedule == null || can(regex("^\\S+( \\S+){4}$", var.schedule))
    error_message = "schedule must be a five-field cron expression, e.g. \"0 3 * * *\"."
  }
}

variable "schedule_time_zone" {
  description = "Time zone of schedule."
  type        = string
  default     = "Etc/UTC"
  nullable    = false
}

variable "min_replicas" {
  description = "Fewest instances of a service; 0 scales to zero."
  type        = number
  default     = 0
  nullable    = false

  validation {
    condition     = var.min_replicas >= 0 && floor(var.min_replicas) == var.min_replicas
    error_message = "min_replicas must be a whole number, 0 or more."
  }
}

variable "max_replicas" {
  description = "Most instances of a service."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = var.max_replicas >= 1 && floor(var.max_replicas) == var.max_replicas
    error_message = "max_replicas must be a whole number, 1 or more."
  }
}

variable "timeout" {
  description = "Longest a batch task may run, in seconds with an s, e.g. \"3600s\" (at most 168 hours)."
  type        = string
  default     = "3600s"
  nullable    = false

  validation {
    condition     = can(regex("^[0-9]+(\\.[0-9]{1,9})?s$", var.timeout)) && try(tonumber(trimsuffix(var.timeout, "s")) > 0 && tonumber(trimsuffix(var.timeout, "s")) <= 604800, false)
    error_message = "timeout must be a duration in seconds with an s, more than 0s and at most 604800s (168 hours), e.g. \"3600s\"."
  }
}

variable "max_retries" {
  description = "Retries of a failed batch task."
  type        = number
  default     = 1
  nullable    = false
}

variable "container_port" {
  description = "Port a service listens on: Cloud Run sends it requests, and the startup probe waits for it to accept connections."
  type        = number
  default     = 8080
  nullable    = false

  validation {
    condition     = var.container_port >= 1 && var.container_port <= 65535 && floor(var.container_port) == var.container_port
    error_message = "container_port must be a port, 1 to 65535."
  }
}

variable "health_probe_path" {
  description = "HTTP path a service answers health checks on (e.g. /health): a liveness probe then restarts an instance that stops answering. null for none."
  type        = string
  default     = null

  validation {
    condition     = var.health_probe_path == null || can(regex("^/", var.health_probe_path))
    error_message = "health_probe_path must start with /, e.g. /health."
  }
}

variable "encryption_key" {
  description = "Cloud KMS key (projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>) that encrypts the job's container image and what Cloud Run keeps of it (CMEK); null for Google's own keys. The Cloud Run service agent needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it."
  type        = string
  default     = null

  validation {
    condition     = var.encryption_key == null || can(regex("^projects/[^/]+/locations/[^/]+/keyRings/[^/]+/cryptoKeys/[^/]+$", var.encryption_key))
    error_message = "encryption_key must be a Cloud KMS key: projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>."
  }
}

variable "deletion_protection" {
  description = "Refuse to destroy the Cloud Run job or service (set false before removing a job)."
  type        = bool
  default     = true
  nullable    = false
}

variable "vpc_connector" {
  description = "Serverless VPC Access connector the job reaches private sources through (projects/<p>/locations/<region>/connectors/<name>); null for none."
  type        = string
  default     = null
}

variable "vpc_network" {
  description = "VPC network for Direct VPC egress (the job gets an address in vpc_subnetwork); null for none."
  type        = string
  default     = null
}

variable "vpc_subnetwork" {
  description = "Subnetwork for Direct VPC egress; null for none."
  type        = string
  default     = null
}

variable "vpc_network_tags" {
  description = "Network tags of the job's instances under Direct VPC egress, for firewall rules."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "vpc_egress" {
  description = "What goes through the VPC: PRIVATE_RANGES_ONLY (private addresses only) or ALL_TRAFFIC."
  type        = string
  default     = "PRIVATE_RANGES_ONLY"
  nullable    = false

  validation {
    condition     = contains(["PRIVATE_RANGES_ONLY", "ALL_TRAFFIC"], var.vpc_egress)
    error_message = "vpc_egress must be PRIVATE_RANGES_ONLY or ALL_TRAFFIC."
  }
}
