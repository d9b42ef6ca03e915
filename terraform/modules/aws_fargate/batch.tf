# A batch job runs through a Step Functions state machine, which the schedule (or a person, with
# StartExecution) starts: it runs no task while one of the job's is still running, stops the task
# that outlives the job's timeout, and fails the run when the container does not exit with 0. A
# hung job therefore costs one timeout, not one more always-on task every day. EventBridge
# Scheduler retries a start that fails and sends it to the job's dead-letter queue at the end.

locals {
  # The job's task: tagged from the task definition, in the job's subnets and security group.
  run_task = {
    Cluster              = aws_ecs_cluster.this.arn
    TaskDefinition       = aws_ecs_task_definition.this.arn
    LaunchType           = "FARGATE"
    EnableECSManagedTags = true
    PropagateTags        = "TASK_DEFINITION"
    NetworkConfiguration = {
      AwsvpcConfiguration = {
        Subnets        = var.private_subnet_ids
        SecurityGroups = [aws_security_group.tasks.id]
        AssignPublicIp = var.assign_public_ip ? "ENABLED" : "DISABLED"
      }
    }
  }
  # The job's tasks still running (or starting): the family's, in the job's cluster.
  list_running_tasks = {
    Cluster       = aws_ecs_cluster.this.arn
    Family        = aws_ecs_task_definition.this.family
    DesiredStatus = "RUNNING"
  }

  # Amazon States Language. Errors a run ends with: Dativo.PreviousRunStillRunning (nothing was
  # started), Dativo.TimedOut (the task was stopped), Dativo.JobFailed (the container exited
  # otherwise than with 0, or never started).
  workflow = {
    Comment        = "Runs the Dativo job ${local.prefix} once: not while a task of it still runs, and for at most ${local.timeout_seconds}s."
    TimeoutSeconds = local.timeout_seconds + 300
    StartAt        = "FindRunningTasks"
    States = {
      FindRunningTasks = {
        Type           = "Task"
        Resource       = "arn:${local.partition}:states:::aws-sdk:ecs:listTasks"
        Parameters     = local.list_running_tasks
        ResultSelector = { "count.$" = "States.ArrayLength($.TaskArns)" }
        ResultPath     = "$.running"
        Next           = "IsPreviousRunGoing"
      }
      IsPreviousRunGoing = {
        Type    = "Choice"
        Choices = [{ Variable = "$.running.count", NumericGreaterThan = 0, Next = "PreviousRunStillRunning" }]
        Default = "RunTask"
      }
      PreviousRunStillRunning = {
        Type  = "Fail"
        Error = "Dativo.PreviousRunStillRunning"
        Cause = "A task of this job is still running: this run starts no second one."
      }
      RunTask = {
        Type           = "Task"
        Resource       = "arn:${local.partition}:states:::ecs:runTask.sync"
        Parameters     = local.run_task
        TimeoutSeconds = local.timeout_seconds
        # The task's one container exited with 0; a container that never ran has no exit code.
        ResultSelector = {
          "TaskArn.$"   = "$.TaskArn"
          "ExitCodes.$" = "$.Containers[*].ExitCode"
          "Succeeded.$" = "States.ArrayContains($.Containers[*].ExitCode, 0)"
        }
        ResultPath = "$.task"
        Catch      = [{ ErrorEquals = ["States.Timeout"], ResultPath = "$.error", Next = "FindOverdueTasks" }]
        Next       = "DidJobSucceed"
      }
      DidJobSucceed = {
        Type    = "Choice"
        Choices = [{ Variable = "$.task.Succeeded", BooleanEquals = true, Next = "Succeeded" }]
        Default = "JobFailed"
      }
      Succeeded = { Type = "Succeed" }
      JobFailed = {
        Type  = "Fail"
        Error = "Dativo.JobFailed"
        Cause = "The job's container stopped without exit code 0: see the task's stopped reason and the job's logs."
      }
      # Stops what still runs of the job even if Step Functions' own stop did not reach it.
      FindOverdueTasks = {
        Type       = "Task"
        Resource   = "arn:${local.partition}:states:::aws-sdk:ecs:listTasks"
        Parameters = local.list_running_tasks
        ResultPath = "$.overdue"
        Next       = "StopOverdueTasks"
      }
      StopOverdueTasks = {
        Type         = "Map"
        ItemsPath    = "$.overdue.TaskArns"
        ItemSelector = { "Task.$" = "$$.Map.Item.Value" }
        ItemProcessor = {
          ProcessorConfig = { Mode = "INLINE" }
          StartAt         = "StopTask"
          States = {
            StopTask = {
              Type     = "Task"
              Resource = "arn:${local.partition}:states:::aws-sdk:ecs:stopTask"
              Parameters = {
                Cluster  = aws_ecs_cluster.this.arn
                "Task.$" = "$.Task"
                Reason   = "Dativo: ran longer than its timeout of ${local.timeout_seconds}s"
              }
              End = true
            }
          }
        }
        ResultPath = null
        Next       = "TimedOut"
      }
      TimedOut = {
        Type  = "Fail"
        Error = "Dativo.TimedOut"
        Cause = "The job ran longer than its timeout of ${local.timeout_seconds}s: its task was stopped."
      }
    }
  }
}

# Only Step Functions acting for this account, for this job's state machine, may take the role.
data "aws_iam_policy_document" "workflow_assume" {
  count = local.is_batch ? 1 : 0

  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [local.state_machine_arn, "${local.state_machine_arn}:*"]
    }
  }
}

resource "aws_iam_role" "workflow" {
  count = local.is_batch ? 1 : 0

  name                 = local.names.workflow_role
  description          = "Runs one task of the Dativo job ${local.prefix} at a time, within its timeout."
  assume_role_policy   = data.aws_iam_policy_document.workflow_assume[0].json
  permissions_boundary = var.permissions_boundary_arn

  tags = local.tags
}

data "aws_iam_policy_document" "workflow" {
  count = local.is_batch ? 1 : 0

  statement {
    sid       = "RunTask"
    actions   = ["ecs:RunTask"]
    resources = ["${local.task_definition_family}:*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [local.cluster_arn]
    }
  }

  statement {
    sid       = "WatchAndStopTasks"
    actions   = ["ecs:DescribeTasks", "ecs:StopTask"]
    resources = ["arn:${local.partition}:ecs:${var.region}:${local.account_id}:task/${local.names.cluster}/*"]
  }

  statement {
    sid       = "TagTasks"
    actions   = ["ecs:TagResource"]
    resources = ["arn:${local.partition}:ecs:${var.region}:${local.account_id}:task/${local.names.cluster}/*"]

    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RunTask"]
    }
  }

  # ListTasks is authorized on the cluster's container instances, narrowed to the cluster.
  statement {
    sid       = "ListJobTasks"
    actions   = ["ecs:ListTasks"]
    resources = ["arn:${local.partition}:ecs:${var.region}:${local.account_id}:container-instance/${local.names.cluster}/*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [local.cluster_arn]
    }
  }

  # RunTask.sync learns that the task stopped from a rule Step Functions manages.
  statement {
    sid       = "FollowTaskEvents"
    actions   = ["events:DescribeRule", "events:PutRule", "events:PutTargets"]
    resources = ["arn:${local.partition}:events:${var.region}:${local.account_id}:rule/StepFunctionsGetEventsForECSTaskRule"]
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [local.execution_role_arn, local.task_role_arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  # Whatever else may come to be attached to the role, it passes no other role.
  statement {
    sid           = "PassNoOtherRole"
    effect        = "Deny"
    actions       = ["iam:PassRole"]
    not_resources = [local.execution_role_arn, local.task_role_arn]
  }
}

resource "aws_iam_role_policy" "workflow" {
  count = local.is_batch ? 1 : 0

  name   = "dativo-workflow"
  role   = aws_iam_role.workflow[0].id
  policy = data.aws_iam_policy_document.workflow[0].json
}

resource "aws_sfn_state_machine" "this" {
  #checkov:skip=CKV_AWS_284:X-Ray traces of a two-step workflow tell nothing its execution history does not, and need xray:Put* on "*" for the role.
  #checkov:skip=CKV_AWS_285:Step Functions keeps every execution's full history for 90 days; logging it to CloudWatch would need logs:CreateLogDelivery and logs:PutResourcePolicy on "*" for the role.
  count = local.is_batch ? 1 : 0

  name       = local.names.state_machine
  role_arn   = aws_iam_role.workflow[0].arn
  type       = "STANDARD"
  definition = jsonencode(local.workflow)

  tags = local.tags

  # The role must be able to run the task before the first run starts.
  depends_on = [aws_iam_role_policy.workflow]
}

# A scheduled batch job: EventBridge Scheduler starts the state machine on the schedule.

# Failed starts, after the retries: kept 14 days, under the job's key.
resource "aws_sqs_queue" "dead_letters" {
  count = local.is_scheduled ? 1 : 0

  name                      = local.names.dead_letter_queue
  message_retention_seconds = 1209600
  kms_master_key_id         = local.kms_key_arn
  sqs_managed_sse_enabled   = local.uses_kms_key ? null : true

  tags = local.tags
}

# Only schedules of this account's default schedule group (where the job's schedule is) may
# take the role.
data "aws_iam_policy_document" "scheduler_assume" {
  count = local.is_scheduled ? 1 : 0

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
  description          = "Starts the Dativo job ${local.prefix} on its schedule."
  assume_role_policy   = data.aws_iam_policy_document.scheduler_assume[0].json
  permissions_boundary = var.permissions_boundary_arn

  tags = local.tags
}

# The schedule's grants; with the job's key, one more statement. Two documents rather than a
# dynamic block, so that a plan shows which key the grant is on before the key exists (policy
# checks read the statements from the configuration).
data "aws_iam_policy_document" "scheduler" {
  count = local.is_scheduled && !local.uses_kms_key ? 1 : 0

  statement {
    sid       = "StartRun"
    actions   = ["states:StartExecution"]
    resources = [local.state_machine_arn]
  }

  statement {
    sid       = "SendDeadLetters"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letters[0].arn]
  }
}

data "aws_iam_policy_document" "scheduler_with_key" {
  count = local.is_scheduled && local.uses_kms_key ? 1 : 0

  statement {
    sid       = "StartRun"
    actions   = ["states:StartExecution"]
    resources = [local.state_machine_arn]
  }

  statement {
    sid       = "SendDeadLetters"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letters[0].arn]
  }

  # The schedule and the dead letters are under the job's key.
  statement {
    sid       = "UseJobKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [local.create_kms_key ? aws_kms_key.this[0].arn : var.kms_key_arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  count = local.is_scheduled ? 1 : 0

  name   = "dativo-schedule"
  role   = aws_iam_role.scheduler[0].id
  policy = local.uses_kms_key ? data.aws_iam_policy_document.scheduler_with_key[0].json : data.aws_iam_policy_document.scheduler[0].json
}

resource "aws_scheduler_schedule" "this" {
  count = local.is_scheduled ? 1 : 0

  name                         = local.names.schedule
  description                  = "Runs the Dativo job ${local.prefix}: ${var.schedule}"
  schedule_expression          = "cron(${local.aws_cron})"
  schedule_expression_timezone = var.schedule_timezone
  kms_key_arn                  = local.kms_key_arn

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_sfn_state_machine.this[0].arn
    role_arn = aws_iam_role.scheduler[0].arn

    dead_letter_config {
      arn = aws_sqs_queue.dead_letters[0].arn
    }

    retry_policy {
      maximum_event_age_in_seconds = 3600
      maximum_retry_attempts       = 3
    }
  }

  # The role must be able to start the run before the schedule first fires.
  depends_on = [aws_iam_role_policy.scheduler]
}
