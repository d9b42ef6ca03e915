output "cluster_name" {
  description = "<job_name>-<environment>-cluster."
  value       = local.cluster_name
}

output "service_name" {
  description = "<job_name>-<environment>-service."
  value       = local.service_name
}

output "task_definition_arn" {
  description = "A deterministic stand-in for a task definition ARN."
  value       = "arn:local:ecs:${var.region}:000000000000:task-definition/${local.prefix}:1"
}

output "task_definition_family" {
  description = "<job_name>-<environment>."
  value       = local.prefix
}

output "region" {
  description = "The region label given."
  value       = var.region
}

output "container_image" {
  description = "The image the job would run."
  value       = var.container_image
}

output "workload" {
  description = "batch or service."
  value       = var.workload
}

output "runtime_id" {
  description = "ID of the sandbox runtime in Terraform's state; known after apply."
  value       = terraform_data.runtime.id
}

output "tags" {
  description = "The tags the sandbox applies: default_tags, job_metadata, managed_by and dativo_runtime = local."
  value       = module.tags.local
}
