# A customer managed key of the job's own for what AWS keeps of it at rest: its logs, its
# schedule and its schedule's dead letters. kms_key_arn brings a key instead; create_kms_key =
# false leaves them under AWS-owned keys.

locals {
  create_kms_key = var.kms_key_arn == null && var.create_kms_key
  kms_key_arn    = var.kms_key_arn != null ? var.kms_key_arn : (local.create_kms_key ? aws_kms_key.this[0].arn : null)
  # Known at plan, unlike the ARN of a key this run creates: what depends only on whether there
  # is a key (the scheduler's grant on it) stays readable in the plan, for policy checks.
  uses_kms_key = var.kms_key_arn != null || local.create_kms_key
}

resource "aws_kms_key" "this" {
  count = local.create_kms_key ? 1 : 0

  description             = "Dativo job ${local.prefix}: its logs, schedule and dead letters."
  enable_key_rotation     = true
  deletion_window_in_days = 30

  # The account administers the key through IAM, as AWS's default key policy does; CloudWatch
  # Logs may use it for the job's log group only. Roles that use it are granted it in IAM.
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministersKey"
        Effect    = "Allow"
        Principal = { AWS = "arn:${local.partition}:iam::${local.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "LogsEncryptJobLogs"
        Effect    = "Allow"
        Principal = { Service = "logs.${var.region}.${local.dns_suffix}" }
        Action    = ["kms:Decrypt*", "kms:Describe*", "kms:Encrypt*", "kms:GenerateDataKey*", "kms:ReEncrypt*"]
        Resource  = "*"
        Condition = { ArnEquals = { "kms:EncryptionContext:aws:logs:arn" = local.log_group_arn } }
      },
    ]
  })

  tags = local.tags
}
