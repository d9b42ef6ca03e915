output "cluster_name" {
  description = "Cloud Run has no cluster: its location, projects/<project>/locations/<region>."
  value       = "projects/${var.project_id}/locations/${var.region}"
}

output "service_name" {
  description = "The Cloud Run job (batch) or service: <job_name>-<environment>."
  value       = local.is_service ? google_cloud_run_v2_service.this[0].name : google_cloud_run_v2_job.this[0].name
}

output "service_id" {
  description = "Resource ID of the Cloud Run job or service."
  value       = local.is_service ? google_cloud_run_v2_service.this[0].id : google_cloud_run_v2_job.this[0].id
}

output "service_uri" {
  description = "URL of the Cloud Run service; null for a batch job."
  value       = local.is_service ? google_cloud_run_v2_service.this[0].uri : null
}

output "service_account_email" {
  description = "The job's service account, to grant it more roles."
  value       = google_service_account.this.email
}

output "scheduler_job_name" {
  description = "Cloud Scheduler job that starts the batch job; null without a schedule."
  value       = local.is_scheduled ? google_cloud_scheduler_job.this[0].name : null
}

output "tags" {
  description = "The labels on every resource that takes them."
  value       = local.labels
}

output "scheduler_service_account_email" {
  description = "The account Cloud Scheduler starts the job as; null without a schedule."
  value       = local.is_scheduled ? google_service_account.scheduler[0].email : null
}
