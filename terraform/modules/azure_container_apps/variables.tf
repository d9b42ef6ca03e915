variable "region" {
  description = "Azure region (location) of the job's runtime, e.g. eastus."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{2,}$", var.region))
    error_message = "region must be an Azure region name, e.g. eastus or westeurope."
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

variable "resource_group_name" {
  description = "Existing resource group to create the runtime in; null creates <job_name>-<environment>-rg."
  type        = string
  default     = null
}

variable "container_image" {
  description = "Container image the job runs, e.g. acmeregistry.azurecr.io/dativo:1.1.0."
  type        = string
  nullable    = false
}

variable "container_registry_id" {
  description = "Resource ID of the Azure Container Registry holding container_image: the job's identity gets AcrPull on it and pulls with it. Null for a public image."
  type        = string
  default     = null

  # The registry itself: AcrPull on a resource group or subscription would reach every registry in it.
  validation {
    condition     = var.container_registry_id == null || can(regex("(?i)^/subscriptions/[^*]+/providers/Microsoft\\.ContainerRegistry/registries/[a-z0-9]{5,50}$", var.container_registry_id))
    error_message = "container_registry_id must be a container registry's resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name>, not a resource group or subscription."
  }
}

variable "cpu" {
  description = "CPU cores for the container, in steps of 0.25 up to 4."
  type        = number
  default     = 0.5
  nullable    = false

  validation {
    condition     = var.cpu >= 0.25 && var.cpu <= 4 && floor(var.cpu * 4) == var.cpu * 4
    error_message = "cpu must be 0.25 to 4 cores, in steps of 0.25."
  }
}

variable "memory" {
  description = "Memory for the container: twice the cores, in Gi (e.g. \"2Gi\" for 1.0)."
  type        = string
  default     = "1Gi"
  nullable    = false

  validation {
    condition     = can(regex("^[0-9]+(\\.[0-9]+)?Gi$", var.memory))
    error_message = "memory must be in Gi, e.g. \"2Gi\"."
  }
}

variable "workload" {
  description = "batch: a Container App Job, started by schedule or on demand; service: a Container App that keeps running."
  type        = string
  default     = "batch"
  nullable    = false

  validation {
    condition     = contains(["batch", "service"], var.workload)
    error_message = "workload must be batch or service."
  }
}

variable "schedule" {
  description = "Five-field cron expression (UTC) that starts a batch job, e.g. \"0 3 * * *\"; null to start it on demand."
  type        = string
  default     = null

  validation {
    condition     = var.schedule == null || can(regex("^\\S+( \\S+){4}$", var.schedule))
    error_message = "schedule must be a five-field cron expression, e.g. \"0 3 * * *\"."
  }
}

variable "min_replicas" {
  description = "Fewest replicas of a service; 0 scales to zero (needs ingress_target_port to wake on traffic)."
  type        = number
  default     = 0
  nullable    = false

  validation {
    condition     = var.min_replicas >= 0 && floor(var.min_replicas) == var.min_replicas
    error_message = "min_replicas must be a whole number, 0 or more."
  }
}

variable "max_replicas" {
  description = "Most replicas of a service; for a batch job, how many executions may run at once."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = var.max_replicas >= 1 && var.max_replicas <= 300 && floor(var.max_replicas) == var.max_replicas
    error_message = "max_replicas must be a whole number from 1 to 300."
  }
}

variable "ingress_target_port" {
  description = "Port a service listens on, for internal HTTP ingress and scaling on requests; null for no ingress."
  type        = number
  default     = null
}

variable "storage_account_ids" {
  description = "Storage the job may use (storage_role on each): storage account resource IDs, or a blob container's (…/storageAccounts/<name>/blobServices/default/containers/<container>) for that container alone."
  type        = list(string)
  default     = []
  nullable    = false

  # An ID that ends at an account or one of its containers, with no wildcard: a role on a resource
  # group or subscription would reach every storage account in it.
  validation {
    condition     = alltrue([for id in var.storage_account_ids : can(regex("(?i)^/subscriptions/[^*]+/storageAccounts/[a-z0-9]{3,24}(/blobServices/default/containers/[a-z0-9-]{3,63})?$", id))])
    error_message = "storage_account_ids must name storage accounts or blob containers: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>[/blobServices/default/containers/<container>], not a resource group or subscription."
  }
}

variable "storage_role" {
  description = "Blob data role the job gets on each of storage_account_ids: Storage Blob Data Contributor (read, write, delete blobs) or Storage Blob Data Reader."
  type        = string
  default     = "Storage Blob Data Contributor"
  nullable    = false

  # Blob data roles only: Owner or Contributor would manage the account, keys included.
  validation {
    condition     = contains(["Storage Blob Data Contributor", "Storage Blob Data Reader"], var.storage_role)
    error_message = "storage_role must be Storage Blob Data Contributor or Storage Blob Data Reader: a role beyond blob data (Owner, Contributor, Storage Blob Data Owner) would let the job manage the account or its access."
  }
}

variable "secrets" {
  description = "Key Vault secrets the job may read, each by its resource ID (…/vaults/<vault>/secrets/<name>; Key Vault Secrets User on that secret alone; the vaults use Azure RBAC)."
  type        = list(string)
  default     = []
  nullable    = false

  # One secret each: a vault's own ID would grant every secret in it.
  validation {
    condition     = alltrue([for id in var.secrets : can(regex("(?i)^/subscriptions/[^*]+/providers/Microsoft\\.KeyVault/vaults/[a-z0-9-]{3,24}/secrets/[a-z0-9-]{1,127}$", id))])
    error_message = "secrets must name single Key Vault secrets: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name>; a vault's ID would grant every secret in the vault."
  }
}

variable "environment_variables" {
  description = "Plain environment variables for the container (no secrets). AZURE_CLIENT_ID is set to the job's identity."
  type        = map(string)
  default     = {}
  nullable    = false
}

variable "replica_timeout_seconds" {
  description = "Longest a batch execution may run."
  type        = number
  default     = 3600
  nullable    = false
}

variable "replica_retry_limit" {
  description = "Retries of a failed batch execution."
  type        = number
  default     = 1
  nullable    = false
}

variable "infrastructure_subnet_id" {
  description = "Subnet for the Container Apps environment (VNet integration); null for a Microsoft-managed network."
  type        = string
  default     = null
}

variable "internal_only" {
  description = "Give the Container Apps environment an internal load balancer only, reachable from its VNet and none from the internet (needs infrastructure_subnet_id)."
  type        = bool
  default     = false
  nullable    = false
}

variable "health_probe_path" {
  description = "HTTP path a service answers health checks on (e.g. /health): liveness and readiness probes on ingress_target_port then ask it. null probes the port over TCP."
  type        = string
  default     = null

  validation {
    condition     = var.health_probe_path == null || can(regex("^/", var.health_probe_path))
    error_message = "health_probe_path must start with /, e.g. /health."
  }
}

variable "log_daily_quota_gb" {
  description = "Most GB of logs the Log Analytics workspace ingests a day (PerGB2018, about 2.30 USD a GB); the rest of the day's logs are dropped. -1 for no cap."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = var.log_daily_quota_gb == -1 || var.log_daily_quota_gb >= 0.023
    error_message = "log_daily_quota_gb must be -1 (no cap) or at least 0.023, the smallest cap Log Analytics takes."
  }
}

variable "log_retention_days" {
  description = "Days the Log Analytics workspace keeps the job's logs (30 to 730)."
  type        = number
  default     = 30
  nullable    = false

  validation {
    condition     = var.log_retention_days >= 30 && var.log_retention_days <= 730
    error_message = "log_retention_days must be from 30 to 730."
  }
}
