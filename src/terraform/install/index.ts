// The verified Terraform installer: resolve `terraform-version` on a mirror laid out like
// releases.hashicorp.com, download the zip for this OS and CPU, check SHA256SUMS's OpenPGP
// signature and the zip's SHA-256, and keep the binary in the tool cache. This file stays light:
// `system` and a version already in the tool cache load neither the HTTP client nor semver,
// tool-cache or openpgp (install.ts, mirror.ts and download.ts load each only when needed).
import type { RetryOptions } from '../../util/retry.js'
import { parseTerraformVersion } from './spec.js'

export { parseTerraformVersion } from './spec.js'
export type { TerraformVersionSpec } from './spec.js'
export { TerraformInstallError } from './errors.js'
export type { InstallFailure } from './errors.js'

export interface InstallRequest {
  /** `latest`, an exact version (`1.9.8`), a constraint (`~> 1.9`, `>= 1.6, < 2`) or `system`. */
  version: string
  /** Base URL of a mirror laid out like https://releases.hashicorp.com. */
  mirror: string
}

export interface InstalledTerraform {
  /** Absolute path of the terraform binary. */
  path: string
  version: string
  /** `system`: found on PATH; `cache`: already in the tool cache; `download`: fetched and verified. */
  source: 'system' | 'cache' | 'download'
}

export interface InstallLog {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
}

export interface InstallDeps {
  log: InstallLog
  /** For PATH (`system`) and where to cache outside Actions; process.env when absent. */
  env?: NodeJS.ProcessEnv
  /** Node's names (`process.platform`, `process.arch`); this machine's when absent. */
  platform?: string
  arch?: string
  /** Backoff for requests to the mirror; util/retry's options. */
  retry?: Partial<RetryOptions>
  /**
   * The armored public key SHA256SUMS must be signed with. Absent (always, outside tests):
   * HashiCorp's key embedded in hashicorp-key.ts. No input or environment variable sets this.
   */
  trustedKey?: string
}

/** Finds, or downloads and verifies, the Terraform `request` asks for. */
export async function installTerraform(
  request: InstallRequest,
  deps: InstallDeps,
): Promise<InstalledTerraform> {
  const spec = parseTerraformVersion(request.version)
  if (spec.kind === 'system') {
    const { systemTerraform } = await import('./system.js')
    return systemTerraform(deps.env ?? process.env, deps.platform ?? process.platform)
  }
  const { install } = await import('./install.js')
  return install(spec, request, deps)
}
