# A Dativo job's runtime on AWS Fargate: ECS cluster, a hardened task definition, least-privilege
# roles (iam.tf), a log group and a key of the job's own (encryption.tf), a security group whose
# egress is an input (network.tf); an ECS service for a long-running job (service.tf), or a Step
# Functions state machine that runs a batch job once at a time and for a bounded time, started
# by an EventBridge Scheduler schedule with a dead-letter queue (batch.tf). Every resource that
# takes tags gets the job's tags in AWS form, and so do the tasks ECS starts.

module "tags" {
  source = "../tags"

  default_tags = var.default_tags
  job_metadata = var.job_metadata
  runtime_type = "aws_fargate"
}

module "names" {
  source = "../names"

  runtime_type = "aws_fargate"
  job_name     = lookup(var.job_metadata, "job_name", "")
  environment  = lookup(var.job_metadata, "environment", "")
}

data "aws_partition" "current" {}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  tags       = module.tags.aws
  partition  = data.aws_partition.current.partition
  dns_suffix = data.aws_partition.current.dns_suffix
  account_id = data.aws_caller_identity.current.account_id
  # The provider's region: `id` on AWS provider 5 and 6 alike (6 deprecates `name` for `region`,
  # which 5 does not have).
  provider_region = data.aws_region.current.id

  # Names as src/tags/naming.ts builds them for aws_fargate.
  prefix = module.names.prefix
  names = {
    cluster           = module.names.names["ECS cluster"]
    service           = module.names.names["ECS service"]
    family            = module.names.names["task definition family"]
    execution_role    = module.names.names["IAM execution role"]
    task_role         = module.names.names["IAM task role"]
    scheduler_role    = module.names.names["IAM scheduler role"]
    workflow_role     = module.names.names["IAM workflow role"]
    security_group    = module.names.names["security group"]
    schedule          = module.names.names["EventBridge schedule"]
    log_group         = module.names.names["CloudWatch log group"]
    state_machine     = module.names.names["state machine"]
    dead_letter_queue = module.names.names["dead-letter queue"]
  }

  # ARNs known before their resources exist, for policies that must not wait for them.
  log_group_arn     = "arn:${local.partition}:logs:${var.region}:${local.account_id}:log-group:${local.names.log_group}"
  state_machine_arn = "arn:${local.partition}:states:${var.region}:${local.account_id}:stateMachine:${local.names.state_machine}"
  # ARNs built from the names, as AWS makes them: the grants that name them are known at plan and
  # stay read at plan when the resources have changes pending (a tag restored, say), so a plan
  # that only restores tags changes nothing else.
  task_definition_family = "arn:${local.partition}:ecs:${var.region}:${local.account_id}:task-definition/${local.names.family}"
  execution_role_arn     = "arn:${local.partition}:iam::${local.account_id}:role/${local.names.execution_role}"
  task_role_arn          = "arn:${local.partition}:iam::${local.account_id}:role/${local.names.task_role}"
  cluster_arn            = "arn:${local.partition}:ecs:${var.region}:${local.account_id}:cluster/${local.names.cluster}"

  # The memory (MiB) Fargate offers for each CPU value.
  fargate_memory = {
    "256"   = [512, 1024, 2048]
    "512"   = range(1024, 4097, 1024)
    "1024"  = range(2048, 8193, 1024)
    "2048"  = range(4096, 16385, 1024)
    "4096"  = range(8192, 30721, 1024)
    "8192"  = range(16384, 61441, 4096)
    "16384" = range(32768, 122881, 8192)
  }

  container_name = "dativo"
  is_service     = var.workload == "service"
  is_batch       = var.workload == "batch"
  is_scheduled   = local.is_batch && var.schedule != null

  # A batch run's limit in seconds (timeout "3600s" by default).
  timeout_seconds = var.timeout == null ? 3600 : tonumber(trimsuffix(var.timeout, "s"))

  # Bucket ARNs allow listing the bucket, object ARNs (with a '/') reading and writing objects.
  bucket_arns = [for arn in var.s3_bucket_arns : arn if !strcontains(arn, "/")]
  object_arns = [for arn in var.s3_bucket_arns : arn if strcontains(arn, "/")]

  # An ECR image: <account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag|@digest].
  ecr_image = try(regex("^([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)", var.container_image), null)
  ecr_repository_arn = (
    local.ecr_image == null ? null
    : "arn:${local.partition}:ecr:${local.ecr_image[1]}:${local.ecr_image[0]}:repository/${local.ecr_image[2]}"
  )

  # Five-field cron to EventBridge's six fields: one of day-of-month and day-of-week is '?',
  # days of the week by name (cron counts Sunday as 0 or 7, EventBridge as 1), then the year.
  cron     = var.schedule == null ? ["", "", "", "", ""] : split(" ", var.schedule)
  weekdays = { "0" = "SUN", "1" = "MON", "2" = "TUE", "3" = "WED", "4" = "THU", "5" = "FRI", "6" = "SAT", "7" = "SUN" }
  cron_weekday = join(",", [
    for part in split(",", local.cron[4]) : join("/", concat(
      [join("-", [for day in split("-", split("/", part)[0]) : lookup(local.weekdays, day, day)])],
      slice(split("/", part), 1, length(split("/", part))),
    ))
  ])
  aws_cron = join(" ", [
    local.cron[0],
    local.cron[1],
    local.cron[4] == "*" ? local.cron[2] : "?",
    local.cron[3],
    local.cron[4] == "*" ? "?" : local.cron_weekday,
    "*",
  ])

  # The one container, hardened: read-only root with a writable /tmp volume, a non-root user,
  # no Linux capabilities, an init process that reaps children and forwards signals.
  container = merge(
    {
      name                   = local.container_name
      image                  = var.container_image
      essential              = true
      memory                 = tonumber(var.memory)
      readonlyRootFilesystem = var.readonly_root_filesystem
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }]
      linuxParameters = merge(
        { initProcessEnabled = true },
        var.drop_all_capabilities ? { capabilities = { drop = ["ALL"] } } : {},
      )
      environment = [
        for name in keys(var.environment_variables) : { name = name, value = var.environment_variables[name] }
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.this.name
          awslogs-region        = var.region
          awslogs-stream-prefix = "dativo"
        }
      }
    },
    var.container_user == null ? {} : { user = var.container_user },
    var.health_check == null ? {} : {
      healthCheck = {
        command     = var.health_check.command
        interval    = var.health_check.interval
        timeout     = var.health_check.timeout
        retries     = var.health_check.retries
        startPeriod = var.health_check.start_period
      }
    },
  )
}

resource "aws_ecs_cluster" "this" {
  name = local.names.cluster

  # Container Insights is billed per metric; container_insights = false turns it off.
  setting {
    name  = "containerInsights"
    value = var.container_insights ? "enabled" : "disabled"
  }

  tags = local.tags

  lifecycle {
    precondition {
      condition     = local.provider_region == var.region
      error_message = "region is ${var.region} but the aws provider is configured for ${local.provider_region}: give both the same region."
    }
    precondition {
      condition     = length(module.names.invalid) == 0
      error_message = "job_name and environment cannot name AWS resources, which allow only letters, digits, '_' and '-': ${join(", ", module.names.invalid)}."
    }
    precondition {
      condition     = length(module.names.too_long) == 0
      error_message = "job_name and environment make these AWS names too long: ${join(", ", module.names.too_long)}. Shorten job_name."
    }
    precondition {
      condition     = local.is_batch || var.schedule == null
      error_message = "schedule applies to batch jobs only; a service runs all the time."
    }
    precondition {
      condition     = local.is_batch || var.timeout == null
      error_message = "timeout limits a batch run; a service has none: remove it or use workload = \"batch\"."
    }
    precondition {
      condition     = local.is_service || var.health_check == null
      error_message = "health_check applies to services; a batch job's task runs to completion."
    }
    precondition {
      condition     = contains(local.fargate_memory[var.cpu], tonumber(var.memory))
      error_message = "memory ${var.memory} is not offered by Fargate with cpu ${var.cpu}; it offers ${join(", ", local.fargate_memory[var.cpu])} MiB."
    }
    precondition {
      condition     = var.min_replicas <= var.max_replicas
      error_message = "min_replicas must not be more than max_replicas."
    }
    precondition {
      condition     = !local.is_service || var.min_replicas > 0
      error_message = "A service with min_replicas = 0 can never scale out from zero: it scales on CPU, and with no task running there is none to measure. Set min_replicas to 1 or more."
    }
    precondition {
      condition     = var.schedule == null || local.cron[2] == "*" || local.cron[4] == "*"
      error_message = "EventBridge Scheduler cannot start a job on a day of the month and a day of the week at once: make one of them * in schedule."
    }
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name = local.names.log_group
  # A year by default (log_retention_days), under the job's key unless told otherwise.
  retention_in_days = var.log_retention_days
  kms_key_id        = var.log_kms_key_arn != null ? var.log_kms_key_arn : local.kms_key_arn

  tags = local.tags
}

resource "aws_ecs_task_definition" "this" {
  family                   = local.names.family
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  dynamic "ephemeral_storage" {
    for_each = var.ephemeral_storage_gib == null ? [] : [var.ephemeral_storage_gib]

    content {
      size_in_gib = ephemeral_storage.value
    }
  }

  # Task storage mounted at /tmp: the one place a read-only container can write.
  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([local.container])

  tags = local.tags
}
