output "prefix" {
  description = "<job_name>-<environment>, the start of every name."
  value       = local.prefix
}

output "names" {
  description = "Each resource's name, by the resource's description in src/tags/naming.ts."
  value       = { for resource, rule in local.runtime_rules : resource => rule.name }
}

output "invalid" {
  description = "Names the service would refuse for their characters, as 'name (resource)'."
  value = [
    for resource, rule in local.runtime_rules : "${rule.name} (${resource})"
    if !can(regex(rule.pattern, rule.name)) || (resource == "Container App (job)" && strcontains(rule.name, "--"))
  ]
}

output "too_long" {
  description = "Names longer than their service allows, as 'name (resource, at most N characters)'."
  value = [
    for resource, rule in local.runtime_rules : "${rule.name} (${resource}, at most ${rule.max} characters)"
    if length(rule.name) > rule.max
  ]
}
