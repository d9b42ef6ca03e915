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
  description = "S3 access of the task role: bucket ARNs (arn:aws:s3:::bucket) allow listing, object ARNs (arn:aws:s3:::bucket/*) allow reading and writing objects. Each names one bucket: no wildcard in a bucket name, no arn:aws:s3:::*."
  type        = list(string)
  default     = []
  nullable    = false

  # The bucket part takes no '*' or '?': a grant reaches the named buckets and nothing else.
  validation {
    condition     = alltrue([for arn in var.s3_bucket_arns : can(regex("^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.+)?$", arn))])
    error_message = "s3_bucket_arns must name buckets, e.g. arn:aws:s3:::acme-data-lake and arn:aws:s3:::acme-data-lake/*: a wildcard in the bucket name (arn:aws:s3:::*, arn:aws:s3:::acme-*) would grant every matching bucket of the account."
  }
}

variable "secrets" {
  description = "Secrets Manager secrets the job may read, each by its full ARN (…:secret:<name>-AbCdEf) or by its name with -?????? for the six characters Secrets Manager adds."
  type        = list(string)
  default     = []
  nullable    = false

  # One secret each: no '*', and '?' only as the six characters of the secret's own suffix.
  validation {
    condition     = alltrue([for arn in var.secrets : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+-([A-Za-z0-9]{6}|[?]{6})$", arn))])
    error_message = "secrets must name single Secrets Manager secrets by ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-??????: a '*' (…:secret:*, …:secret:stripe*) would grant every matching secret of the account."
  }
}

variable "kms_key_arns" {
  description = "KMS keys the job may use to decrypt and encrypt (for SSE-KMS buckets and secrets under a customer managed key), each by its key ARN."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for arn in var.kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", arn))])
    error_message = "kms_key_arns must hold key ARNs, e.g. arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab: not \"*\", which would let the job use every key of the account, nor an alias, which IAM does not match against keys."
  }
}

variable "environment_variables" {
  description = "Plain environment variables for the container (no secrets: use secrets for those)."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "container_user" {
  description = "User (and group) the container runs as, e.g. \"65534:65534\" (nobody) or a name the image knows; null runs as the image's own USER, which is often root."
  type        = string
  default     = "65534:65534"
}

variable "readonly_root_filesystem" {
  description = "Mount the container's root filesystem read-only; /tmp is a writable volume of the task either way. false for an image that must write elsewhere."
  type        = bool
  default     = true
  nullable    = false
}

variable "drop_all_capabilities" {
  description = "Drop every Linux capability from the container (it needs none to read sources and write targets); false keeps Docker's default set."
  type        = bool
  default     = true
  nullable    = false
}

variable "health_check" {
  description = "Container health check of a service: the command (e.g. [\"CMD-SHELL\", \"curl -f http://localhost:8080/health || exit 1\"]) and its timing in seconds. null for none: ECS then only sees whether the process runs. A batch job has none."
  type = object({
    command      = list(string)
    interval     = optional(number, 30)
    timeout      = optional(number, 5)
    retries      = optional(number, 3)
    start_period = optional(number, 60)
  })
  default = null

  validation {
    condition = var.health_check == null || try(
      contains(["CMD", "CMD-SHELL"], var.health_check.command[0]) && length(var.health_check.command) > 1 &&
      var.health_check.interval >= 5 && var.health_check.interval <= 300 &&
      var.health_check.timeout >= 2 && var.health_check.timeout <= 60 &&
      var.health_check.retries >= 1 && var.health_check.retries <= 10 &&
      var.health_check.start_period >= 0 && var.health_check.start_period <= 300,
      false,
    )
    error_message = "health_check.command must start with CMD or CMD-SHELL and hold a command; interval 5-300, timeout 2-60, retries 1-10 and start_period 0-300 seconds, as ECS allows."
  }
}

variable "egress_rules" {
  description = "Where the job's tasks may connect, by rule name: each with ip_protocol (tcp, udp, icmp, icmpv6 or -1 for all), from_port and to_port (tcp and udp), and one destination: cidr_ipv4, cidr_ipv6, prefix_list_id or referenced_security_group_id. null for HTTPS (443) to anywhere plus everything within the VPC's own range (its DNS resolver, endpoints and private sources)."
  type = map(object({
    description                  = optional(string)
    ip_protocol                  = optional(string, "tcp")
    from_port                    = optional(number)
    to_port                      = optional(number)
    cidr_ipv4                    = optional(string)
    cidr_ipv6                    = optional(string)
    prefix_list_id               = optional(string)
    referenced_security_group_id = optional(string)
  }))
  default = null

  validation {
    condition = var.egress_rules == null || alltrue([
      for rule in coalesce(var.egress_rules, {}) :
      length(compact([rule.cidr_ipv4, rule.cidr_ipv6, rule.prefix_list_id, rule.referenced_security_group_id])) == 1 &&
      contains(["tcp", "udp", "icmp", "icmpv6", "-1"], rule.ip_protocol) &&
      (
        contains(["tcp", "udp"], rule.ip_protocol)
        ? try(rule.from_port >= 0 && rule.to_port <= 65535 && rule.from_port <= rule.to_port, false)
        : rule.ip_protocol != "-1" || (rule.from_port == null && rule.to_port == null)
      )
    ])
    error_message = "Each of egress_rules needs exactly one of cidr_ipv4, cidr_ipv6, prefix_list_id and referenced_security_group_id; ip_protocol tcp, udp, icmp, icmpv6 or -1; from_port <= to_port within 0-65535 for tcp and udp, and no ports with -1."
  }
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

variable "timeout" {
  description = "Longest a batch run may take, in whole seconds with an s, e.g. \"7200s\" (at most 604800s, 168 hours); null for 3600s. A run still going then has its task stopped and fails."
  type        = string
  default     = null

  validation {
    condition     = var.timeout == null || (can(regex("^[0-9]+s$", var.timeout)) && try(tonumber(trimsuffix(var.timeout, "s")) >= 1 && tonumber(trimsuffix(var.timeout, "s")) <= 604800, false))
    error_message = "timeout must be whole seconds with an s, from 1s to 604800s (168 hours), e.g. \"3600s\"."
  }
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
  description = "Days CloudWatch keeps the job's logs: a year by default, as security reviews ask; fewer to pay for less storage."
  type        = number
  default     = 365
  nullable    = false

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention CloudWatch Logs offers: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "kms_key_arn" {
  description = "Customer managed KMS key that encrypts the job's logs, schedule and dead letters; its key policy must let CloudWatch Logs use it for the log group. null: the module creates a key of the job's own (create_kms_key)."
  type        = string
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a key ARN, e.g. arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab."
  }
}

variable "create_kms_key" {
  description = "Without kms_key_arn, create a customer managed key for the job (about 1 USD a month); false leaves the logs, schedule and dead letters under AWS-owned keys."
  type        = bool
  default     = true
  nullable    = false
}

variable "log_kms_key_arn" {
  description = "KMS key for the log group alone, instead of kms_key_arn or the job's own key."
  type        = string
  default     = null

  validation {
    condition     = var.log_kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", var.log_kms_key_arn))
    error_message = "log_kms_key_arn must be a key ARN, e.g. arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab."
  }
}

variable "container_insights" {
  description = "CloudWatch Container Insights for the cluster: task CPU, memory and network metrics, billed as custom metrics; false to do without."
  type        = bool
  default     = true
  nullable    = false
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary (a managed policy ARN) put on every IAM role the module creates, where the account requires one."
  type        = string
  default     = null

  validation {
    condition     = var.permissions_boundary_arn == null || can(regex("^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", var.permissions_boundary_arn))
    error_message = "permissions_boundary_arn must be a managed policy ARN, e.g. arn:aws:iam::123456789012:policy/dativo-boundary."
  }
}
