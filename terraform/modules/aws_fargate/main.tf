# A Dativo job's runtime on AWS Fargate: ECS cluster, task definition, least-privilege roles,
# log group and an egress-only security group; an ECS service for a long-running job, or an
# EventBridge Scheduler schedule for a scheduled batch job. Every resource that takes tags gets
# the job's tags in AWS form, and so do the tasks ECS starts.

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
  account_id = data.aws_caller_identity.current.account_id

  # Names as src/tags/naming.ts builds them for aws_fargate.
  prefix = module.names.prefix
  names = {
    cluster        = module.names.names["ECS cluster"]
    service        = module.names.names["ECS service"]
    family         = module.names.names["task definition family"]
    execution_role = module.names.names["IAM execution role"]
    task_role      = module.names.names["IAM task role"]
    scheduler_role = module.names.names["IAM scheduler role"]
    security_group = module.names.names["security group"]
    schedule       = module.names.names["EventBridge schedule"]
    log_group      = module.names.names["CloudWatch log group"]
  }

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
  is_scheduled   = var.workload == "batch" && var.schedule != null

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
}

resource "aws_ecs_cluster" "this" {
  name = local.names.cluster

  setting {
    name  = "containerInsights"
    value = var.container_insights ? "enabled" : "disabled"
  }

  tags = local.tags

  lifecycle {
    precondition {
      condition     = data.aws_region.current.name == var.region
      error_message = "region is ${var.region} but the aws provider is configured for ${data.aws_region.current.name}: give both the same region."
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
      condition     = var.workload == "batch" || var.schedule == null
      error_message = "schedule applies to batch jobs only; a service runs all the time."
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
  name              = local.names.log_group
  retention_in_days = var.log_retention_days
  kms_key_id        = var.log_kms_key_arn

  tags = local.tags
}

# Execution role: what ECS itself needs to start the task (pull the image, write its logs).

# Only ECS acting for this account may take the roles (no confused deputy).
data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "execution" {
  name                 = local.names.execution_role
  description          = "Starts the Dativo job ${local.prefix}: pulls its image and writes its logs."
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  permissions_boundary = var.permissions_boundary_arn

  tags = local.tags
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  dynamic "statement" {
    for_each = local.ecr_repository_arn == null ? [] : [local.ecr_repository_arn]

    content {
      sid       = "PullImage"
      actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      resources = [statement.value]
    }
  }

  dynamic "statement" {
    for_each = local.ecr_repository_arn == null ? [] : [local.ecr_repository_arn]

    content {
      sid       = "AuthenticateToEcr"
      actions   = ["ecr:GetAuthorizationToken"]
      resources = ["*"]
    }
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "dativo-execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# Task role: what the job itself may do, and nothing more: its buckets, secrets and keys.

resource "aws_iam_role" "task" {
  name                 = local.names.task_role
  description          = "The Dativo job ${local.prefix}: its S3 buckets and secrets only."
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  permissions_boundary = var.permissions_boundary_arn

  tags = local.tags
}

data "aws_iam_policy_document" "task" {
  count = length(var.s3_bucket_arns) + length(var.secrets) + length(var.kms_key_arns) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = length(local.bucket_arns) > 0 ? [local.bucket_arns] : []

    content {
      sid       = "ListBuckets"
      actions   = ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(local.object_arns) > 0 ? [local.object_arns] : []

    content {
      sid = "ReadWriteObjects"
      actions = [
        "s3:AbortMultipartUpload",
        "s3:DeleteObject",
        "s3:GetObject",
        "s3:ListMultipartUploadParts",
        "s3:PutObject",
      ]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(var.secrets) > 0 ? [var.secrets] : []

    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(var.kms_key_arns) > 0 ? [var.kms_key_arns] : []

    content {
      sid       = "UseKeys"
      actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
      resources = statement.value
    }
  }
}

resource "aws_iam_role_policy" "task" {
  count = length(data.aws_iam_policy_document.task)

  name   = "dativo-job"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task[0].json
}

resource "aws_security_group" "tasks" {
  name        = local.names.security_group
  description = "Dativo job ${local.prefix}: outbound only"
  vpc_id      = var.vpc_id

  tags = local.tags
}

resource "aws_vpc_security_group_egress_rule" "ipv4" {
  security_group_id = aws_security_group.tasks.id
  description       = "Sources, targets and AWS APIs"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = local.tags
}

resource "aws_vpc_security_group_egress_rule" "ipv6" {
  security_group_id = aws_security_group.tasks.id
  description       = "Sources, targets and AWS APIs"
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"

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

  container_definitions = jsonencode([
    {
      name      = local.container_name
      image     = var.container_image
      essential = true
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
    }
  ])

  tags = local.tags
}

# A long-running job: an ECS service, its tasks tagged from the task definition.

resource "aws_ecs_service" "this" {
  count = local.is_service ? 1 : 0

  name            = local.names.service
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.this.arn
  launch_type     = "FARGATE"
  desired_count   = var.min_replicas

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = var.assign_public_ip
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  enable_ecs_managed_tags = true
  propagate_tags          = "TASK_DEFINITION"

  tags = local.tags

  # Application Auto Scaling owns the count between min_replicas and max_replicas.
  lifecycle {
    ignore_changes = [desired_count]
  }
}

resource "aws_appautoscaling_target" "service" {
  count = local.is_service ? 1 : 0

  service_namespace  = "ecs"
  resource_id        = "service/${aws_ecs_cluster.this.name}/${aws_ecs_service.this[0].name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.min_replicas
  max_capacity       = var.max_replicas

  tags = local.tags
}

resource "aws_appautoscaling_policy" "service_cpu" {
  count = local.is_service && var.max_replicas > var.min_replicas ? 1 : 0

  name               = "${local.names.service}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.service[0].service_namespace
  resource_id        = aws_appautoscaling_target.service[0].resource_id
  scalable_dimension = aws_appautoscaling_target.service[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

# A scheduled batch job: EventBridge Scheduler runs the task, tagged like everything else.

# Only schedules of this account's default schedule group (where the job's schedule is) may
# take the role.
data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:scheduler:${var.region}:${local.account_id}:schedule-group/default"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  count = local.is_scheduled ? 1 : 0

  name                 = local.names.scheduler_role
  description          = "Runs the Dativo job ${local.prefix} on its schedule."
  assume_role_policy   = data.aws_iam_policy_document.scheduler_assume.json
  permissions_boundary = var.permissions_boundary_arn

  tags = local.tags
}

data "aws_iam_policy_document" "scheduler" {
  count = local.is_scheduled ? 1 : 0

  statement {
    sid       = "RunTask"
    actions   = ["ecs:RunTask"]
    resources = ["${aws_ecs_task_definition.this.arn_without_revision}:*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.this.arn]
    }
  }

  statement {
    sid       = "TagTasks"
    actions   = ["ecs:TagResource"]
    resources = ["arn:${local.partition}:ecs:${var.region}:${local.account_id}:task/${aws_ecs_cluster.this.name}/*"]

    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RunTask"]
    }
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.task.arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "scheduler" {
  count = local.is_scheduled ? 1 : 0

  name   = "dativo-schedule"
  role   = aws_iam_role.scheduler[0].id
  policy = data.aws_iam_policy_document.scheduler[0].json
}

resource "aws_scheduler_schedule" "this" {
  count = local.is_scheduled ? 1 : 0

  name                         = local.names.schedule
  description                  = "Runs the Dativo job ${local.prefix}: ${var.schedule}"
  schedule_expression          = "cron(${local.aws_cron})"
  schedule_expression_timezone = var.schedule_timezone

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_ecs_cluster.this.arn
    role_arn = aws_iam_role.scheduler[0].arn

    ecs_parameters {
      task_definition_arn     = aws_ecs_task_definition.this.arn
      launch_type             = "FARGATE"
      task_count              = 1
      enable_ecs_managed_tags = true
      propagate_tags          = "TASK_DEFINITION"
      tags                    = local.tags

      network_configuration {
        subnets          = var.private_subnet_ids
        security_groups  = [aws_security_group.tasks.id]
        assign_public_ip = var.assign_public_ip
      }
    }

    retry_policy {
      maximum_event_age_in_seconds = 3600
      maximum_retry_attempts       = 3
    }
  }
}
