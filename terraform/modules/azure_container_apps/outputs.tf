output "cluster_name" {
  description = "Container Apps environment: <job_name>-<environment>-env."
  value       = azurerm_container_app_environment.this.name
}

output "service_name" {
  description = "The Container App Job (batch) or Container App (service): <job_name>-<environment>."
  value       = local.is_service ? azurerm_container_app.this[0].name : azurerm_container_app_job.this[0].name
}

output "service_id" {
  description = "Resource ID of the Container App Job or Container App."
  value       = local.is_service ? azurerm_container_app.this[0].id : azurerm_container_app_job.this[0].id
}

output "resource_group_name" {
  description = "Resource group of the runtime."
  value       = local.resource_group_name
}

output "environment_id" {
  description = "Resource ID of the Container Apps environment."
  value       = azurerm_container_app_environment.this.id
}

output "identity_id" {
  description = "Resource ID of the job's user-assigned identity."
  value       = azurerm_user_assigned_identity.this.id
}

output "identity_client_id" {
  description = "Client ID of the job's identity (AZURE_CLIENT_ID in the container)."
  value       = azurerm_user_assigned_identity.this.client_id
}

output "identity_principal_id" {
  description = "Principal ID of the job's identity, to grant it more roles."
  value       = azurerm_user_assigned_identity.this.principal_id
}

output "log_analytics_workspace_id" {
  description = "Resource ID of the Log Analytics workspace."
  value       = azurerm_log_analytics_workspace.this.id
}

output "tags" {
  description = "The tags on every resource, in Azure form."
  value       = local.tags
}
