// The stand-in azurerm and google providers catch what `terraform validate` catches with the
// real ones: their schemas, extracted from the pinned CDKTF packages, are served whole, so an
// unknown argument, a missing required one, a wrong type and a second block where the provider
// allows one are refused, each planted into a copy of the module that uses the resource.
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusal } from './diagnostics.js'
import { TerraformRoot } from './root.js'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))

interface Fault {
  what: string
  /** Text of main.tf to replace, and what to put instead. */
  from: string
  to: string
  /** Terraform's diagnostic, its line wrapping undone. */
  error: string
}

const MODULES: Record<string, { root: string; faults: Fault[] }> = {
  azure_container_apps: {
    root: `provider "azurerm" {
  features {}
}
module "runtime" {
  source          = "../modules/azure_container_apps"
  region          = "eastus"
  container_image = "acmeregistry.azurecr.io/dativo:1.1.0"
  job_metadata = {
    job_name      = "orders"
    team          = "data"
    pipeline_type = "ingestion"
    environment   = "prod"
    cost_center   = "data"
  }
}
`,
    faults: [
      {
        what: 'an unknown argument',
        from: '  retention_in_days   = var.log_retention_days\n',
        to: '  retention_days      = var.log_retention_days\n',
        error:
          'Error: Unsupported argument on ../modules/azure_container_apps/main.tf line 139, in resource "azurerm_log_analytics_workspace" "this": 139: retention_days = var.log_retention_days An argument named "retention_days" is not expected here.',
      },
      {
        what: 'a missing required argument',
        from: '  location            = var.region\n  resource_group_name = local.resource_group_name\n  sku',
        to: '  location            = var.region\n  sku',
        error:
          'Error: Missing required argument on ../modules/azure_container_apps/main.tf line 134, in resource "azurerm_log_analytics_workspace" "this": 134: resource "azurerm_log_analytics_workspace" "this" { The argument "resource_group_name" is required, but no definition was found.',
      },
      {
        what: 'a value of the wrong type',
        from: '  replica_timeout_in_seconds   = var.replica_timeout_seconds\n',
        to: '  replica_timeout_in_seconds   = "one hour"\n',
        error:
          'Error: Incorrect attribute value type on ../modules/azure_container_apps/main.tf line 168, in resource "azurerm_container_app_job" "this": 168: replica_timeout_in_seconds = "one hour" Inappropriate value for attribute "replica_timeout_in_seconds": a number is required.',
      },
      {
        what: 'a second block where the provider takes at most one',
        from: '  identity {\n    type         = "UserAssigned"\n    identity_ids = [azurerm_user_assigned_identity.this.id]\n  }\n\n  dynamic "registry" {\n    for_each = var.container_registry_id == null ? [] : [local.registry_server]\n\n    content {\n      server   = registry.value\n      identity = azurerm_user_assigned_identity.this.id\n    }\n  }\n\n  dynamic "manual_trigger_config"',
        to: '  identity {\n    type         = "UserAssigned"\n    identity_ids = [azurerm_user_assigned_identity.this.id]\n  }\n\n  identity {\n    type = "SystemAssigned"\n  }\n\n  dynamic "manual_trigger_config"',
        error:
          'Error: Too many identity blocks on ../modules/azure_container_apps/main.tf line 176, in resource "azurerm_container_app_job" "this": 176: identity { No more than 1 "identity" blocks are allowed',
      },
    ],
  },
  gcp_cloud_run: {
    root: `provider "google" {
  project = "acme"
}
module "runtime" {
  source          = "../modules/gcp_cloud_run"
  project_id      = "acme"
  region          = "us-central1"
  container_image = "us-docker.pkg.dev/acme/dativo/dativo:1.1.0"
  schedule        = "0 3 * * *"
  job_metadata = {
    job_name      = "orders"
    team          = "data"
    pipeline_type = "ingestion"
    environment   = "prod"
    cost_center   = "data"
  }
}
`,
    faults: [
      {
        what: 'an unknown argument',
        from: '  display_name = "Dativo job ${local.prefix}"\n',
        to: '  display_name = "Dativo job ${local.prefix}"\n  email_prefix = local.prefix\n',
        error:
          'Error: Unsupported argument on ../modules/gcp_cloud_run/main.tf line 67, in resource "google_service_account" "this": 67: email_prefix = local.prefix An argument named "email_prefix" is not expected here.',
      },
      {
        what: 'a missing required argument',
        from: '    http_method = "POST"\n    uri         = "https://run.googleapis.com/v2/projects/${var.project_id}/locations/${var.region}/jobs/${google_cloud_run_v2_job.this[0].name}:run"\n',
        to: '    http_method = "POST"\n',
        error:
          'Error: Missing required argument on ../modules/gcp_cloud_run/main.tf line 226, in resource "google_cloud_scheduler_job" "this": 226: http_target { The argument "uri" is required, but no definition was found.',
      },
      {
        what: 'a value of the wrong type',
        from: '  deletion_protection = var.deletion_protection\n\n  labels = local.labels\n\n  template {\n    labels      = local.labels',
        to: '  deletion_protection = "maybe"\n\n  labels = local.labels\n\n  template {\n    labels      = local.labels',
        error:
          'Error: Incorrect attribute value type on ../modules/gcp_cloud_run/main.tf line 127, in resource "google_cloud_run_v2_job" "this": 127: deletion_protection = "maybe" Inappropriate value for attribute "deletion_protection": a bool is required.',
      },
      {
        what: 'a second block where the provider takes at most one',
        from: '  retry_config {\n    retry_count = 1\n  }\n',
        to: '  retry_config {\n    retry_count = 1\n  }\n\n  retry_config {\n    retry_count = 2\n  }\n',
        error:
          'Error: Too many retry_config blocks on ../modules/gcp_cloud_run/main.tf line 226, in resource "google_cloud_scheduler_job" "this": 226: retry_config { No more than 1 "retry_config" blocks are allowed',
      },
    ],
  },
}

describe('the stand-in providers', () => {
  it('serve the schemas of the pinned CDKTF packages, as scripts/provider-schemas.mjs extracts them', async () => {
    const run = promisify(execFile)
    await run(process.execPath, ['scripts/provider-schemas.mjs', '--check'], { cwd: REPO })
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    for (const [name, cdktf] of [
      ['azurerm', '@cdktf/provider-azurerm'],
      ['google', '@cdktf/provider-google'],
    ] as const) {
      const schema = JSON.parse(
        readFileSync(
          path.join(REPO, `__tests__/helpers/stand-in-provider/schemas/${name}.json`),
          'utf8',
        ),
      ) as { generatedFrom: string; version: string }
      expect(schema.generatedFrom).toBe(`${cdktf}@${pkg.devDependencies[cdktf]}`)
    }
  }, 60_000)
})

describe.each(Object.entries(MODULES))(
  '%s on its stand-in provider',
  (name, { root: main, faults }) => {
    let root: TerraformRoot
    let moduleMain: string
    let original: string

    beforeAll(async () => {
      root = TerraformRoot.create({ 'main.tf': main }, { standIns: {} })
      moduleMain = path.join(root.moduleDir(name), 'main.tf')
      original = readFileSync(moduleMain, 'utf8')
      await root.ok(['init', '-input=false', '-no-color'])
    }, 60_000)
    afterAll(() => root?.remove())

    it('validates as written', async () => {
      await root.ok(['validate', '-no-color'])
    })

    it.each(faults)('refuses $what', async (fault) => {
      expect(original).toContain(fault.from)
      try {
        writeFileSync(moduleMain, original.replace(fault.from, fault.to))
        const result = await root.run(['validate', '-no-color'])
        expect(refusal(result)).toContain(fault.error)
      } finally {
        writeFileSync(moduleMain, original)
      }
    })
  },
)
