output "tags" {
  description = "default_tags, then job_metadata, then managed_by and dativo_runtime, merged (later wins), keys as given."
  value       = local.merged
}

output "aws" {
  description = "The merged tags for AWS: PascalCase keys, values as given."
  value       = { for key, values in local.aws_grouped : key => values[length(values) - 1] }
}

output "azure" {
  description = "The merged tags for Azure: lowercase-hyphen keys, values as given."
  value       = { for key, values in local.azure_grouped : key => values[length(values) - 1] }
}

output "gcp" {
  description = "The merged tags as GCP labels: keys and values lowercased, other characters than letters, digits, '_' and '-' replaced by '_', cut to 63 characters; a tag whose key does not start with a lowercase letter or whose value is empty is left out."
  value = {
    for key, values in local.gcp_grouped : key => values[length(values) - 1]
    if can(regex(local.gcp_key_start, key)) && values[length(values) - 1] != ""
  }
}

output "local" {
  description = "The merged tags for the local sandbox: unchanged."
  value       = local.merged
}
