// Node's names for the OS and CPU mapped to the ones HashiCorp's release files use, as
// hashicorp/setup-terraform maps them.

export interface TerraformPlatform {
  /** `linux`, `darwin`, `windows`, `freebsd`, … */
  os: string
  /** `amd64`, `386`, `arm`, `arm64`, … */
  arch: string
}

const OS_NAMES: Readonly<Record<string, string>> = { win32: 'windows' }

const ARCH_NAMES: Readonly<Record<string, string>> = { x64: 'amd64', x32: '386', ia32: '386' }

export function terraformPlatform(platform: string, arch: string): TerraformPlatform {
  return { os: OS_NAMES[platform] ?? platform, arch: ARCH_NAMES[arch] ?? arch }
}

export function binaryName(platform: TerraformPlatform): string {
  return platform.os === 'windows' ? 'terraform.exe' : 'terraform'
}
