# A Dativo job's runtime on Azure Container Apps: Log Analytics workspace, Container Apps
# environment, a user-assigned identity with roles on exactly the job's storage accounts and
# Key Vault secrets, and a Container App Job (batch: scheduled or manual) or a Container App
# (service, scaling to zero). Every resource that takes tags gets the job's tags in Azure form.

module "tags" {
  source = "../tags"

  default_tags = var.default_tags
  job_metadata = var.job_metadata
  runtime_type = "azure_container_apps"
}

module "names" {
  source = "../names"

  runtime_type = "azure_container_apps"
  job_name     = lookup(var.job_metadata, "job_name", "")
  environment  = lookup(var.job_metadata, "environment", "")
}

locals {
  tags = module.tags.azure

  # Names as src/tags/naming.ts builds them for azure_container_apps.
  prefix = module.names.prefix
  names = {
    app            = module.names.names["Container App (job)"]
    environment    = module.names.names["Container Apps environment"]
    workspace      = module.names.names["Log Analytics workspace"]
    identity       = module.names.names["managed identity"]
    resource_group = module.names.names["resource group"]
  }

  create_resource_group = var.resource_group_name == null
  resource_group_name   = local.create_resource_group ? azurerm_resource_group.this[0].name : var.resource_group_name

  is_service     = var.workload == "service"
  container_name = "dativo"
  # The registry host of the image, e.g. acmeregistry.azurecr.io.
  registry_server = split("/", var.container_image)[0]

  environment_variables = merge(var.environment_variables, {
    AZURE_CLIENT_ID = azurerm_user_assigned_identity.this.client_id
  })

  # A service's probes: HTTP on health_probe_path, or TCP, on ingress_target_port.
  probe = !local.is_service || var.ingress_target_port == null ? null : {
    transport = var.health_probe_path == null ? "TCP" : "HTTP"
    port      = var.ingress_target_port
    path      = var.health_probe_path
  }
}

resource "azurerm_resource_group" "this" {
  count = local.create_resource_group ? 1 : 0

  name     = local.names.resource_group
  location = var.region

  tags = local.tags
}

resource "azurerm_user_assigned_identity" "this" {
  name                = local.names.identity
  location            = var.region
  resource_group_name = local.resource_group_name

  tags = local.tags

  lifecycle {
    precondition {
      condition     = length(module.names.invalid) == 0
      error_message = "job_name and environment cannot name these Azure resources (a Container App allows lowercase letters, digits and single '-', starting with a letter): ${join(", ", module.names.invalid)}."
    }
    precondition {
      condition     = length(module.names.too_long) == 0
      error_message = "job_name and environment make these Azure names too long: ${join(", ", module.names.too_long)}. Shorten job_name."
    }
    precondition {
      condition     = tonumber(trimsuffix(var.memory, "Gi")) == var.cpu * 2
      error_message = "memory must be twice cpu in Gi on Container Apps (e.g. cpu = 1.0, memory = \"2Gi\"); got cpu = ${var.cpu}, memory = ${var.memory}."
    }
    precondition {
      condition     = var.min_replicas <= var.max_replicas
      error_message = "min_replicas must not be more than max_replicas."
    }
    precondition {
      condition     = var.workload == "batch" || var.schedule == null
      error_message = "schedule applies to batch jobs only; a service runs all the time."
    }
    precondition {
      condition     = !local.is_service || var.min_replicas > 0 || var.ingress_target_port != null
      error_message = "A service with min_replicas = 0 needs ingress_target_port: without requests to wake it, it would never start."
    }
    precondition {
      condition     = !var.internal_only || var.infrastructure_subnet_id != null
      error_message = "internal_only needs infrastructure_subnet_id: an internal environment lives in a subnet of your VNet."
    }
    precondition {
      condition     = var.health_probe_path == null || (local.is_service && var.ingress_target_port != null)
      error_message = "health_probe_path needs a service with ingress_target_port, the port the probes ask."
    }
  }
}

resource "azurerm_role_assignment" "storage" {
  for_each = toset(var.storage_account_ids)

  scope                = each.value
  role_definition_name = var.storage_role
  principal_id         = azurerm_user_assigned_identity.this.principal_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_role_assignment" "secrets" {
  for_each = toset(var.secrets)

  scope                = each.value
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.this.principal_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_role_assignment" "acr_pull" {
  count = var.container_registry_id == null ? 0 : 1

  scope                = var.container_registry_id
  role_definition_name = "AcrPull"
  principal_id         = azurerm_user_assigned_identity.this.principal_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_log_analytics_workspace" "this" {
  name                = local.names.workspace
  location            = var.region
  resource_group_name = local.resource_group_name
  sku                 = "PerGB2018"
  retention_in_days   = var.log_retention_days
  # Bounded ingestion cost: past the day's quota, logs are dropped until the next day.
  daily_quota_gb = var.log_daily_quota_gb

  tags = local.tags
}

resource "azurerm_container_app_environment" "this" {
  name                = local.names.environment
  location            = var.region
  resource_group_name = local.resource_group_name
  # azurerm 5 sends logs to a workspace only when told to (4.17 and later take it too).
  logs_destination               = "log-analytics"
  log_analytics_workspace_id     = azurerm_log_analytics_workspace.this.id
  infrastructure_subnet_id       = var.infrastructure_subnet_id
  internal_load_balancer_enabled = var.internal_only ? true : null

  tags = local.tags
}

# A batch job: runs to completion, on its schedule or when started.

resource "azurerm_container_app_job" "this" {
  count = local.is_service ? 0 : 1

  name                         = local.names.app
  location                     = var.region
  resource_group_name          = local.resource_group_name
  container_app_environment_id = azurerm_container_app_environment.this.id
  replica_timeout_in_seconds   = var.replica_timeout_seconds
  replica_retry_limit          = var.replica_retry_limit

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.this.id]
  }

  dynamic "registry" {
    for_each = var.container_registry_id == null ? [] : [local.registry_server]

    content {
      server   = registry.value
      identity = azurerm_user_assigned_identity.this.id
    }
  }

  dynamic "manual_trigger_config" {
    for_each = var.schedule == null ? [1] : []

    content {
      parallelism              = 1
      replica_completion_count = 1
    }
  }

  dynamic "schedule_trigger_config" {
    for_each = var.schedule == null ? [] : [var.schedule]

    content {
      cron_expression          = schedule_trigger_config.value
      parallelism              = 1
      replica_completion_count = 1
    }
  }

  template {
    container {
      name   = local.container_name
      image  = var.container_image
      cpu    = var.cpu
      memory = var.memory

      dynamic "env" {
        for_each = local.environment_variables

        content {
          name  = env.key
          value = env.value
        }
      }
    }
  }

  tags = local.tags

  # The identity must be able to pull the image and read the job's data before it first runs.
  depends_on = [azurerm_role_assignment.acr_pull, azurerm_role_assignment.storage, azurerm_role_assignment.secrets]
}

# A service: keeps running between min_replicas and max_replicas, down to zero when idle.

resource "azurerm_container_app" "this" {
  count = local.is_service ? 1 : 0

  name                         = local.names.app
  resource_group_name          = local.resource_group_name
  container_app_environment_id = azurerm_container_app_environment.this.id
  revision_mode                = "Single"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.this.id]
  }

  dynamic "registry" {
    for_each = var.container_registry_id == null ? [] : [local.registry_server]

    content {
      server   = registry.value
      identity = azurerm_user_assigned_identity.this.id
    }
  }

  dynamic "ingress" {
    for_each = var.ingress_target_port == null ? [] : [var.ingress_target_port]

    content {
      external_enabled = false
      target_port      = ingress.value

      traffic_weight {
        latest_revision = true
        percentage      = 100
      }
    }
  }

  template {
    min_replicas = var.min_replicas
    max_replicas = var.max_replicas

    container {
      name   = local.container_name
      image  = var.container_image
      cpu    = var.cpu
      memory = var.memory

      dynamic "env" {
        for_each = local.environment_variables

        content {
          name  = env.key
          value = env.value
        }
      }

      # A service with a port is probed on it: restarted when it stops answering, sent no
      # traffic until it answers.
      dynamic "liveness_probe" {
        for_each = local.probe == null ? [] : [local.probe]

        content {
          transport               = liveness_probe.value.transport
          port                    = liveness_probe.value.port
          path                    = liveness_probe.value.path
          initial_delay           = 10
          interval_seconds        = 30
          failure_count_threshold = 3
        }
      }

      dynamic "readiness_probe" {
        for_each = local.probe == null ? [] : [local.probe]

        content {
          transport               = readiness_probe.value.transport
          port                    = readiness_probe.value.port
          path                    = readiness_probe.value.path
          interval_seconds        = 10
          failure_count_threshold = 3
        }
      }
    }
  }

  tags = local.tags

  depends_on = [azurerm_role_assignment.acr_pull, azurerm_role_assignment.storage, azurerm_role_assignment.secrets]
}
