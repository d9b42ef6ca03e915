import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installTerraform, TerraformInstallError } from '../../../src/terraform/install/index.js'
import type { InstallDeps } from '../../../src/terraform/install/index.js'

let bin: string

beforeEach(() => {
  bin = mkdtempSync(path.join(os.tmpdir(), 'system-terraform-'))
})

afterEach(() => {
  rmSync(bin, { recursive: true, force: true })
})

function fakeTerraform(script: string): void {
  const file = path.join(bin, 'terraform')
  writeFileSync(file, `#!/bin/sh\n${script}\n`)
  chmodSync(file, 0o755)
}

function deps(env: NodeJS.ProcessEnv): InstallDeps {
  return {
    log: { info: () => {}, debug: () => {}, warning: () => {} },
    env,
    platform: 'linux',
    arch: 'x64',
  }
}

// The mirror is never asked for `system`: a URL nobody listens on proves it.
const request = { version: 'system', mirror: 'http://127.0.0.1:9' }

describe("terraform-version 'system'", () => {
  it('uses the terraform on PATH and reports its version', async () => {
    fakeTerraform(`echo '{"terraform_version":"1.7.5","platform":"linux_amd64"}'`)
    const installed = await installTerraform(request, deps({ PATH: `/nonexistent:${bin}` }))
    expect(installed).toEqual({
      path: path.join(bin, 'terraform'),
      version: '1.7.5',
      source: 'system',
    })
  })

  it('reads the text of a Terraform too old for version -json', async () => {
    fakeTerraform(
      'if [ "$2" = "-json" ]; then echo "flag provided but not defined: -json" >&2; exit 1; fi\necho "Terraform v0.12.31"',
    )
    const installed = await installTerraform(request, deps({ PATH: bin }))
    expect(installed.version).toBe('0.12.31')
  })

  it('says what to do when no terraform is on PATH', async () => {
    writeFileSync(path.join(bin, 'terraform'), 'not executable')
    const error = await installTerraform(request, deps({ PATH: bin })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TerraformInstallError)
    expect((error as TerraformInstallError).reason).toBe('system-missing')
    expect((error as Error).message).toBe(
      "terraform-version is 'system' but no terraform is on PATH: install Terraform first, or set terraform-version to latest or a version to download a verified one",
    )
  })
})
