variable "job_metadata" {
  description = "The job's tags (infrastructure.tags of its Dativo config): lowercase_underscore keys. Must hold job_name, team, pipeline_type, environment and cost_center."
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

variable "runtime_type" {
  description = "The runtime the calling module provisions (aws_fargate, azure_container_apps, gcp_cloud_run, local); becomes the dativo_runtime tag."
  type        = string
  nullable    = false

  validation {
    condition     = var.runtime_type != ""
    error_message = "runtime_type must not be empty."
  }
}
