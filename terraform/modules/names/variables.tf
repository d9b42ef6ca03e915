variable "runtime_type" {
  description = "aws_fargate, azure_container_apps, gcp_cloud_run or local."
  type        = string
  nullable    = false

  validation {
    condition     = contains(["aws_fargate", "azure_container_apps", "gcp_cloud_run", "local"], var.runtime_type)
    error_message = "runtime_type must be one of aws_fargate, azure_container_apps, gcp_cloud_run, local."
  }
}

variable "job_name" {
  description = "The job's job_name tag."
  type        = string
  nullable    = false
}

variable "environment" {
  description = "The job's environment tag."
  type        = string
  nullable    = false
}
