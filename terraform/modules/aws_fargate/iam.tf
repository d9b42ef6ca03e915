# The roles ECS starts and runs the job's tasks with. Only ECS acting for this account, for a
# task of this account and region, may take them (no confused deputy).
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

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:ecs:${var.region}:${local.account_id}:*"]
    }
  }
}

# Execution role: what ECS itself needs to start the task (pull the image, write its logs).

resource "aws_iam_role" "execution" {
  name                 = local.names.execution_role
  description          = "Starts the Dativo job ${local.prefix}: pulls its image and writes its logs."
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  permissions_boundary = var.permissions_boundary_arn

  tags = local.tags
}

data "aws_iam_policy_document" "execution" {
  #checkov:skip=CKV_AWS_107:ecr:GetAuthorizationToken takes no resource but "*" (IAM has no resource type for it); the token only lets the role pull what PullImage allows, the job's own repository.
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${local.log_group_arn}:*"]
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
