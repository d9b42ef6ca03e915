variable "region" {
  description = "AWS region of the job's runtime, e.g. us-east-1; must be the region of the aws provider the module runs with."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", var.region))
    error_message = "region must be an AWS region, e.g. us-east-1 or eu-west-2."
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
  description = "Organisation-wide tags, merged under job_metadata."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "container_image" {
  description = "Container image the job runs, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0. An ECR image gets pull access to its repository only."
  type        = string
  nullable    = false
}

variable "cpu" {
  description = "Fargate CPU units for the task: 256, 512, 1024, 2048, 4096, 8192 or 16384."
  type        = string
  default     = "1024"
  nullable    = false

  validation {
    condition     = contains(["256", "512", "1024", "2048", "4096", "8192", "16384"], var.cpu)
    error_message = "cpu must be one of Fargate's CPU values: 256, 512, 1024, 2048, 4096, 8192, 16384."
  }
}

variable "memory" {
  description = "Memory for the task in MiB, within what Fargate allows for the cpu (e.g. 2048 to 8192 for 1024)."
  type        = string
  default     = "2048"
  nullable    = false

  validation {
    condition     = can(regex("^[1-9][0-9]*$", var.memory))
    error_message = "memory must be a whole number of MiB, e.g. \"2048\"."
  }
}

variable "vpc_id" {
  description = "VPC the job's tasks run in."
  type        = string
  nullable    = false
}

variable "private_subnet_ids" {
  description = "Subnets of vpc_id the job's tasks run in (private, with a route to the internet or VPC endpoints)."
  type        = list(string)
  nullable    = false

  validation {
    condition     = length(var.private_subnet_ids) > 0
    error_message = "private_subnet_ids must name at least one subnet."
  }
}

variable "assign_public_ip" {
  description = "Give tasks a public IP (only for public subnets without a NAT gateway)."
  type        = bool
  default     = false
  nullable    = false
}

variable "s3_bucket_arns" {
  description = "S3 access of the task role: bucket ARNs (arn:aws:s3:::bucket) allow listing, object ARNs (arn:aws:s3:::bucket/*) allow reading and writing objects. Nothing else is reachable."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for arn in var.s3_bucket_arns : can(regex("^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]+[a-z0-9](/.*)?$", arn))])
    error_message = "s3_bucket_arns must hold S3 ARNs, e.g. arn:aws:s3:::acme-data-lake and arn:aws:s3:::acme-data-lake/*."
  }
}

variable "secrets" {
  description = "Full ARNs of the Secrets Manager secrets the job may read."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for arn in var.secrets : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", arn))])
    error_message = "secrets must hold Secrets Manager secret ARNs, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf."
  }
}

variable "kms_key_arns" {
  description = "KMS keys the job may use to decrypt and encrypt (for SSE-KMS buckets and secrets under a customer managed key)."
  type        = list(string)
  default     = []
  nullable    = false
}

variable "environment_variables" {
  description = "Plain environment variables for the container (no secrets: use secrets for those)."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "workload" {
  description = "batch: a task definition the job runs to completion, on a schedule or on demand; service: an ECS service that keeps it running."
  type        = string
  default     = "batch"
  nullable    = false

  validation {
    condition     = contains(["batch", "service"], var.workload)
    error_message = "workload must be batch or service."
  }
}

variable "schedule" {
  description = "Five-field cron expression that starts a batch job through EventBridge Scheduler, e.g. \"0 3 * * *\"; null to run on demand."
  type        = string
  default     = null

  validation {
    condition     = var.schedule == null || can(regex("^\\S+( \\S+){4}$", var.schedule))
    error_message = "schedule must be a five-field cron expression, e.g. \"0 3 * * *\"."
  }
}

variable "schedule_timezone" {
  description = "Time zone of schedule."
  type        = string
  default     = "UTC"
  nullable    = false
}

variable "min_replicas" {
  description = "Fewest running tasks of a service (workload = service)."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = var.min_replicas >= 0 && floor(var.min_replicas) == var.min_replicas
    error_message = "min_replicas must be a whole number, 0 or more."
  }
}

variable "max_replicas" {
  description = "Most running tasks of a service; above min_replicas, the service scales on CPU."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = var.max_replicas >= 1 && floor(var.max_replicas) == var.max_replicas
    error_message = "max_replicas must be a whole number, 1 or more."
  }
}

variable "cpu_architecture" {
  description = "CPU architecture of the image: X86_64 or ARM64."
  type        = string
  default     = "X86_64"
  nullable    = false

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "ephemeral_storage_gib" {
  description = "Task storage in GiB, 21 to 200; null for Fargate's 20."
  type        = number
  default     = null

  validation {
    condition     = var.ephemeral_storage_gib == null || try(var.ephemeral_storage_gib >= 21 && var.ephemeral_storage_gib <= 200, false)
    error_message = "ephemeral_storage_gib must be between 21 and 200."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the job's logs."
  type        = number
  default     = 30
  nullable    = false

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention CloudWatch Logs offers: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "log_kms_key_arn" {
  description = "KMS key that encrypts the log group; null for CloudWatch's own encryption."
  type        = string
  default     = null
}

variable "container_insights" {
  description = "Turn on CloudWatch Container Insights for the cluster (billed per metric)."
  type        = bool
  default     = false
  nullable    = false
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary for the IAM roles the module creates, where the account requires one."
  type        = string
  default     = null
}
