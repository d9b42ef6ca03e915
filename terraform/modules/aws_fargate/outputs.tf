output "cluster_name" {
  description = "ECS cluster: <job_name>-<environment>-cluster."
  value       = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the ECS cluster."
  value       = aws_ecs_cluster.this.arn
}

output "service_name" {
  description = "ECS service name, <job_name>-<environment>-service; null for a batch job, which has no service."
  value       = local.is_service ? aws_ecs_service.this[0].name : null
}

output "service_arn" {
  description = "ARN of the ECS service; null for a batch job."
  value       = local.is_service ? aws_ecs_service.this[0].id : null
}

output "task_definition_arn" {
  description = "ARN of the task definition, with its revision."
  value       = aws_ecs_task_definition.this.arn
}

output "task_definition_family" {
  description = "Task definition family: <job_name>-<environment>."
  value       = aws_ecs_task_definition.this.family
}

output "container_name" {
  description = "Name of the job's container in the task definition (for RunTask overrides)."
  value       = local.container_name
}

output "execution_role_arn" {
  description = "ARN of the role ECS starts the task with."
  value       = aws_iam_role.execution.arn
}

output "task_role_arn" {
  description = "ARN of the role the job runs as."
  value       = aws_iam_role.task.arn
}

output "task_role_name" {
  description = "Name of the role the job runs as, to attach more policies to."
  value       = aws_iam_role.task.name
}

output "security_group_id" {
  description = "Security group of the job's tasks (outbound only, as egress_rules allow)."
  value       = aws_security_group.tasks.id
}

output "subnet_ids" {
  description = "Subnets to run the job's tasks in."
  value       = var.private_subnet_ids
}

output "log_group_name" {
  description = "CloudWatch log group of the job: /dativo/<job_name>-<environment>."
  value       = aws_cloudwatch_log_group.this.name
}

output "state_machine_arn" {
  description = "ARN of the Step Functions state machine that runs a batch job (start a run with StartExecution); null for a service."
  value       = local.is_batch ? aws_sfn_state_machine.this[0].arn : null
}

output "dead_letter_queue_url" {
  description = "URL of the SQS queue that keeps the schedule's failed starts; null without a schedule."
  value       = local.is_scheduled ? aws_sqs_queue.dead_letters[0].url : null
}

output "kms_key_arn" {
  description = "ARN of the KMS key of the job's logs, schedule and dead letters; null when AWS-owned keys are used."
  value       = local.kms_key_arn
}

output "schedule_arn" {
  description = "ARN of the EventBridge Scheduler schedule; null without a schedule."
  value       = local.is_scheduled ? aws_scheduler_schedule.this[0].arn : null
}

output "tags" {
  description = "The tags on every resource, in AWS form."
  value       = local.tags
}
