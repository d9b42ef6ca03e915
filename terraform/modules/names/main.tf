# The names each runtime builds from a job, and the limits of the services that hold them:
# the table of src/tags/naming.ts, which a test holds this module to.

locals {
  prefix = "${var.job_name}-${var.environment}"

  # Service account IDs stop at 30 characters: a longer (or shorter than 6) prefix keeps its
  # first 21 and adds 8 hex digits of its SHA-256, so two jobs never share an account.
  gcp_service_account_id = (
    length(local.prefix) >= 6 && length(local.prefix) <= 30 ? local.prefix
    : "${substr(local.prefix, 0, 21)}-${substr(sha256(local.prefix), 0, 8)}"
  )
  # Cloud Scheduler starts a job as an account of its own, named the same way.
  gcp_scheduler_prefix = "${local.prefix}-sch"
  gcp_scheduler_account_id = (
    length(local.gcp_scheduler_prefix) <= 30 ? local.gcp_scheduler_prefix
    : "${substr(local.gcp_scheduler_prefix, 0, 21)}-${substr(sha256(local.gcp_scheduler_prefix), 0, 8)}"
  )

  aws_name   = "^[A-Za-z0-9_-]+$"
  azure_app  = "^[a-z][a-z0-9-]*[a-z0-9]$"
  azure_name = "^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$"
  gcp_name   = "^[a-z]([-a-z0-9]*[a-z0-9])?$"

  rules = {
    aws_fargate = {
      "ECS cluster"            = { name = "${local.prefix}-cluster", max = 255, pattern = local.aws_name }
      "ECS service"            = { name = "${local.prefix}-service", max = 255, pattern = local.aws_name }
      "task definition family" = { name = local.prefix, max = 255, pattern = local.aws_name }
      "IAM execution role"     = { name = "${local.prefix}-execution", max = 64, pattern = local.aws_name }
      "IAM task role"          = { name = "${local.prefix}-task", max = 64, pattern = local.aws_name }
      "IAM scheduler role"     = { name = "${local.prefix}-scheduler", max = 64, pattern = local.aws_name }
      "security group"         = { name = "${local.prefix}-tasks", max = 255, pattern = local.aws_name }
      "EventBridge schedule"   = { name = local.prefix, max = 64, pattern = local.aws_name }
      "CloudWatch log group"   = { name = "/dativo/${local.prefix}", max = 512, pattern = "^/dativo/[A-Za-z0-9_-]+$" }
      "state machine"          = { name = local.prefix, max = 80, pattern = local.aws_name }
      "IAM workflow role"      = { name = "${local.prefix}-workflow", max = 64, pattern = local.aws_name }
      "dead-letter queue"      = { name = "${local.prefix}-dead-letters", max = 80, pattern = local.aws_name }
    }
    azure_container_apps = {
      # A Container App name may not hold '--' either (checked below: RE2 has no lookahead).
      "Container App (job)"        = { name = local.prefix, max = 32, pattern = local.azure_app }
      "Container Apps environment" = { name = "${local.prefix}-env", max = 60, pattern = local.azure_name }
      "Log Analytics workspace"    = { name = "${local.prefix}-logs", max = 63, pattern = local.azure_name }
      "managed identity"           = { name = "${local.prefix}-identity", max = 128, pattern = local.azure_name }
      "resource group"             = { name = "${local.prefix}-rg", max = 90, pattern = local.azure_name }
    }
    gcp_cloud_run = {
      "Cloud Run job or service" = { name = local.prefix, max = 49, pattern = local.gcp_name }
      "service account"          = { name = local.gcp_service_account_id, max = 30, pattern = local.gcp_name }
      "Cloud Scheduler job"      = { name = "${local.prefix}-schedule", max = 500, pattern = local.gcp_name }
      "Cloud Scheduler service account" = {
        name = local.gcp_scheduler_account_id, max = 30, pattern = local.gcp_name
      }
    }
    local = {
      "cluster" = { name = "${local.prefix}-cluster", max = 255, pattern = local.aws_name }
      "service" = { name = "${local.prefix}-service", max = 255, pattern = local.aws_name }
    }
  }
  runtime_rules = local.rules[var.runtime_type]
}
