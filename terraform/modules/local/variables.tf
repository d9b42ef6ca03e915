variable "region" {
  description = "Sandbox region label, e.g. local. Only recorded in the outputs."
  type        = string
  nullable    = false
}

variable "job_metadata" {
  description = "The job's tags (infrastructure.tags): job_name, team, pipeline_type, environment, cost_center and any others."
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
  description = "Organisation-wide tags, merged under job_metadata."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "container_image" {
  description = "Container image the job would run."
  type        = string
  default     = "dativo:latest"
  nullable    = false
}

variable "cpu" {
  description = "CPU for the container, in any runtime's unit (recorded only)."
  type        = string
  default     = "1"
  nullable    = false
}

variable "memory" {
  description = "Memory for the container, in any runtime's unit (recorded only)."
  type        = string
  default     = "2Gi"
  nullable    = false
}

variable "workload" {
  description = "batch: runs to completion, on a schedule or on demand; service: long-running."
  type        = string
  default     = "batch"
  nullable    = false

  validation {
    condition     = contains(["batch", "service"], var.workload)
    error_message = "workload must be batch or service."
  }
}

variable "schedule" {
  description = "Five-field cron expression (UTC) that starts a batch job; null for on demand."
  type        = string
  default     = null

  validation {
    condition     = var.schedule == null || can(regex("^\\S+( \\S+){4}$", var.schedule))
    error_message = "schedule must be a five-field cron expression, e.g. \"0 3 * * *\"."
  }
}

variable "min_replicas" {
  description = "Fewest replicas of a service."
  type        = number
  default     = 0
  nullable    = false

  validation {
    condition     = var.min_replicas >= 0 && floor(var.min_replicas) == var.min_replicas
    error_message = "min_replicas must be a whole number, 0 or more."
  }
}

variable "max_replicas" {
  description = "Most replicas of a service."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = var.max_replicas >= 1 && floor(var.max_replicas) == var.max_replicas
    error_message = "max_replicas must be a whole number, 1 or more."
  }
}

variable "secrets" {
  description = "Secrets the job may read (recorded only)."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "environment_variables" {
  description = "Plain environment variables for the container (recorded only)."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "s3_bucket_arns" {
  description = "S3 bucket and object ARNs the job may use (recorded only)."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "storage_bucket_names" {
  description = "Cloud Storage buckets the job may use (recorded only)."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "storage_account_ids" {
  description = "Azure storage accounts the job may use (recorded only)."
  type        = list(string)
  default     = []
  nullable    = false
}
