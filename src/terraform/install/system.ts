// `terraform-version: system`: the terraform already on PATH, as it is.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'
import { exec } from '../../util/exec.js'
import { TerraformInstallError } from './errors.js'
import type { InstalledTerraform } from './index.js'

/** Absolute path of the first `name` on PATH that is an executable file. */
export function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv,
  platform: string,
): string | undefined {
  const windows = platform === 'win32'
  const pathKey = windows ? Object.keys(env).find((key) => key.toUpperCase() === 'PATH') : 'PATH'
  const dirs = (pathKey ? (env[pathKey] ?? '') : '').split(windows ? ';' : ':').filter(Boolean)
  const extensions = windows
    ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)]
    : ['']
  for (const dir of dirs) {
    for (const extension of extensions) {
      const candidate = path.resolve(dir, name + extension)
      try {
        if (!statSync(candidate).isFile()) continue
        if (!windows) accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        continue
      }
    }
  }
  return undefined
}

/** The version a terraform binary reports (`terraform version -json`, or the text of older ones). */
export async function terraformVersionOf(binary: string, env: NodeJS.ProcessEnv): Promise<string> {
  const options = { env: { ...env, CHECKPOINT_DISABLE: '1' }, timeoutMs: 60_000 }
  const json = await exec(binary, ['version', '-json'], options)
  if (json.exitCode === 0) {
    try {
      const reported = (JSON.parse(json.stdout) as { terraform_version?: unknown })
        .terraform_version
      if (typeof reported === 'string' && reported) return reported
    } catch {
      // Terraform before 0.13 has no -json and prints text: read that below.
    }
  }
  const text = await exec(binary, ['version'], options)
  const match = /Terraform v(\d+\.\d+\.\d+\S*)/.exec(text.stdout)
  if (text.exitCode === 0 && match?.[1]) return match[1]
  throw new TerraformInstallError(
    'system-missing',
    `${binary} does not report a Terraform version (\`terraform version\` exited ${text.exitCode}): ${(text.stderr || text.stdout).trim().slice(0, 500)}`,
  )
}

/** `terraform-version: system`: the first terraform on PATH, with the version it reports. */
export async function systemTerraform(
  env: NodeJS.ProcessEnv,
  platform: string,
): Promise<InstalledTerraform> {
  const binary = findOnPath(platform === 'win32' ? 'terraform.exe' : 'terraform', env, platform)
  if (!binary) {
    throw new TerraformInstallError(
      'system-missing',
      "terraform-version is 'system' but no terraform is on PATH: install Terraform first, or set terraform-version to latest or a version to download a verified one",
    )
  }
  return { path: binary, version: await terraformVersionOf(binary, env), source: 'system' }
}
