import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { installTerraform, TerraformInstallError } from '../../../src/terraform/install/index.js'
import type { InstallDeps } from '../../../src/terraform/install/index.js'
import { readTrustedKey } from '../../../src/terraform/install/verify.js'
import { exec } from '../../../src/util/exec.js'
import { generateSigningKey, INDEX_PATH, mirrorPath, startMirror } from './mirror.js'
import type { Mirror, SigningKey } from './mirror.js'
import { quietRunnerLog } from '../../helpers/quiet.js'

const VERSIONS = ['1.8.5', '1.9.7', '1.9.8', '1.10.0-rc1']

let trusted: SigningKey
let impostor: SigningKey
let root: string
let toolCache: string
let temp: string
let logs: { info: string[]; warning: string[] }
let mirror: Mirror | undefined

quietRunnerLog()

beforeAll(async () => {
  ;[trusted, impostor] = await Promise.all([
    generateSigningKey('Test Releases'),
    generateSigningKey('Impostor'),
  ])
})

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'install-test-'))
  toolCache = path.join(root, 'tools')
  temp = path.join(root, 'temp')
  logs = { info: [], warning: [] }
})

afterEach(async () => {
  await mirror?.close()
  mirror = undefined
  rmSync(root, { recursive: true, force: true })
})

async function serve(options: { signWith?: SigningKey; perVersionIndex?: boolean } = {}) {
  mirror = await startMirror({ versions: VERSIONS, signWith: trusted, ...options })
  return mirror
}

function deps(overrides: Partial<InstallDeps> = {}): InstallDeps {
  return {
    log: {
      info: (message) => logs.info.push(message),
      debug: () => {},
      warning: (message) => logs.warning.push(message),
    },
    env: { RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: temp },
    platform: 'linux',
    arch: 'x64',
    retry: { attempts: 3, baseDelayMs: 1 },
    trustedKey: trusted.armoredPublicKey,
    ...overrides,
  }
}

async function failure(promise: Promise<unknown>): Promise<TerraformInstallError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(TerraformInstallError)
  return error as TerraformInstallError
}

/** Nothing in the tool cache and no download left behind. */
function expectNothingCached(): void {
  expect(existsSync(path.join(toolCache, 'terraform'))).toBe(false)
  expect(existsSync(temp) ? readdirSync(temp) : []).toEqual([])
}

describe('installing Terraform from a mirror', () => {
  it('downloads, verifies and caches an exact version; the binary runs', async () => {
    const { url, requests } = await serve()
    const saved = { ...process.env }

    const installed = await installTerraform({ version: '1.9.8', mirror: url }, deps())

    expect(installed).toEqual({
      path: path.join(toolCache, 'terraform', '1.9.8', 'amd64', 'terraform'),
      version: '1.9.8',
      source: 'download',
    })
    const run = await exec(installed.path, ['version', '-json'])
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ terraform_version: '1.9.8', platform: 'linux_amd64' })
    // The release's own index, SHA256SUMS, the signature named for the key, the zip: no full index.
    expect(requests).toEqual([
      mirrorPath('1.9.8', 'index.json'),
      mirrorPath('1.9.8', 'terraform_1.9.8_SHA256SUMS'),
      mirrorPath('1.9.8', `terraform_1.9.8_SHA256SUMS.${trusted.shortId}.sig`),
      mirrorPath('1.9.8', 'terraform_1.9.8_linux_amd64.zip'),
    ])
    const { fingerprint } = await readTrustedKey(trusted.armoredPublicKey)
    expect(logs.info).toContain(
      `Verified terraform_1.9.8_linux_amd64.zip: SHA-256 matches terraform_1.9.8_SHA256SUMS, signed by the trusted key (${fingerprint})`,
    )
    expect(readdirSync(temp)).toEqual([])
    expect(process.env).toEqual(saved)
  })

  it('serves a second install of that version from the tool cache with zero HTTP requests', async () => {
    const { url, requests } = await serve()
    const first = await installTerraform({ version: '1.9.8', mirror: url }, deps())
    const before = requests.length

    const second = await installTerraform({ version: '1.9.8', mirror: url }, deps())

    expect(second).toEqual({ ...first, source: 'cache' })
    expect(requests.length).toBe(before)
  })

  it('resolves latest to the newest stable release and then only asks the index', async () => {
    const { url, requests } = await serve()

    const first = await installTerraform({ version: 'latest', mirror: url }, deps())
    expect(first).toMatchObject({ version: '1.9.8', source: 'download' })
    expect(requests[0]).toBe(INDEX_PATH)

    requests.length = 0
    const second = await installTerraform({ version: 'latest', mirror: url }, deps())
    expect(second).toMatchObject({ version: '1.9.8', source: 'cache' })
    expect(requests).toEqual([INDEX_PATH])
  })

  it('resolves a constraint on the mirror', async () => {
    const { url } = await serve()
    const installed = await installTerraform({ version: '>= 1.6, < 1.9', mirror: url }, deps())
    expect(installed).toMatchObject({ version: '1.8.5', source: 'download' })
    expect(logs.info).toContain(
      `terraform-version '>= 1.6, < 1.9' is Terraform 1.8.5 on ${url.replace(/\/$/, '')}`,
    )
    const run = await exec(installed.path, ['version', '-json'])
    expect(JSON.parse(run.stdout)).toMatchObject({ terraform_version: '1.8.5' })
  })

  it('installs a prerelease asked for exactly', async () => {
    const { url } = await serve()
    const installed = await installTerraform({ version: '1.10.0-rc1', mirror: url }, deps())
    expect(installed).toMatchObject({ version: '1.10.0-rc1', source: 'download' })
  })

  it('survives a 502 from the index (retried with backoff)', async () => {
    const { url, requests, failures } = await serve()
    failures.set(INDEX_PATH, [502])

    const installed = await installTerraform({ version: '~> 1.9.0', mirror: url }, deps())

    expect(installed).toMatchObject({ version: '1.9.8', source: 'download' })
    expect(requests.filter((request) => request === INDEX_PATH)).toHaveLength(2)
    expect(
      logs.info.some((line) => /answered 502; retrying in .+s \(attempt 2 of 3\)$/.test(line)),
    ).toBe(true)
  })

  it('caches under the user cache folder outside Actions, for the CLI', async () => {
    const { url } = await serve()
    const xdg = path.join(root, 'xdg')
    const installed = await installTerraform(
      { version: '1.9.8', mirror: url },
      deps({ env: { XDG_CACHE_HOME: xdg } }),
    )
    expect(installed.path).toBe(
      path.join(xdg, 'dativo-infra', 'tools', 'terraform', '1.9.8', 'amd64', 'terraform'),
    )
    const again = await installTerraform(
      { version: '1.9.8', mirror: url },
      deps({ env: { XDG_CACHE_HOME: xdg } }),
    )
    expect(again.source).toBe('cache')
    // Outside Actions downloads unpack under <tmp>/dativo-infra, which stays for the next install.
    rmSync(path.join(os.tmpdir(), 'dativo-infra'), { recursive: true, force: true })
  })

  it('installs an exact version from a mirror that has only the full index', async () => {
    const { url, requests } = await serve({ perVersionIndex: false })
    const installed = await installTerraform({ version: '1.9.7', mirror: url }, deps())
    expect(installed).toMatchObject({ version: '1.9.7', source: 'download' })
    expect(requests.slice(0, 2)).toEqual([mirrorPath('1.9.7', 'index.json'), INDEX_PATH])
  })
})

describe('failing closed', () => {
  it('refuses a tampered zip: checksum error, nothing cached, nothing left behind', async () => {
    const { url, tampered } = await serve()
    tampered.add(mirrorPath('1.9.8', 'terraform_1.9.8_linux_amd64.zip'))

    const error = await failure(installTerraform({ version: '1.9.8', mirror: url }, deps()))

    expect(error.reason).toBe('checksum')
    expect(error.message).toMatch(
      /^The SHA-256 of terraform_1\.9\.8_linux_amd64\.zip is [0-9a-f]{64}, but the signed terraform_1\.9\.8_SHA256SUMS says [0-9a-f]{64}\. The download is corrupt or was tampered with; nothing was installed\.$/,
    )
    expectNothingCached()
  })

  it('refuses SHA256SUMS signed by a key it does not trust, before downloading the zip', async () => {
    const { url, requests } = await serve({ signWith: impostor })

    const error = await failure(installTerraform({ version: '1.9.8', mirror: url }, deps()))

    expect(error.reason).toBe('signature')
    expect(error.message).toContain(
      'The OpenPGP signature of terraform_1.9.8_SHA256SUMS does not verify with the trusted key',
    )
    expect(requests).not.toContain(mirrorPath('1.9.8', 'terraform_1.9.8_linux_amd64.zip'))
    expectNothingCached()
  })

  it('refuses a SHA256SUMS changed after it was signed', async () => {
    const { url, tampered } = await serve()
    tampered.add(mirrorPath('1.9.8', 'terraform_1.9.8_SHA256SUMS'))
    const error = await failure(installTerraform({ version: '1.9.8', mirror: url }, deps()))
    expect(error.reason).toBe('signature')
    expectNothingCached()
  })

  it('trusts HashiCorp’s key, not the mirror’s, when no key is injected', async () => {
    const { url } = await serve()
    const error = await failure(
      installTerraform({ version: '1.9.8', mirror: url }, deps({ trustedKey: undefined })),
    )
    expect(error.reason).toBe('signature')
    expect(error.message).toContain(
      "does not verify with HashiCorp's release key (C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F)",
    )
    expectNothingCached()
  })
})

describe('clear errors', () => {
  it('names the nearest versions when an exact version is not published', async () => {
    const { url } = await serve()
    const error = await failure(installTerraform({ version: '1.9.9', mirror: url }, deps()))
    expect(error.reason).toBe('unknown-version')
    expect(error.message).toBe(
      `Terraform 1.9.9 is not published on ${url.replace(/\/$/, '')}; the nearest versions are 1.8.5, 1.9.7, 1.9.8`,
    )
  })

  it('says so when a constraint matches nothing', async () => {
    const { url } = await serve()
    const error = await failure(installTerraform({ version: '~> 2.0', mirror: url }, deps()))
    expect(error.reason).toBe('no-match')
    expect(error.message).toBe(
      `No Terraform release on ${url.replace(/\/$/, '')} matches terraform-version '~> 2.0'; the newest of each recent series: 1.9.8, 1.8.5`,
    )
  })

  it('lists the platforms a release has when this one has no build', async () => {
    const { url } = await serve()
    const error = await failure(
      installTerraform(
        { version: '1.9.8', mirror: url },
        deps({ platform: 'freebsd', arch: 'ia32' }),
      ),
    )
    expect(error.reason).toBe('no-build')
    expect(error.message).toBe(
      'Terraform 1.9.8 has no build for freebsd_386; it is published for darwin_arm64, linux_amd64, linux_arm64, windows_amd64',
    )
    expectNothingCached()
  })

  it('reports an unreachable mirror after its retries', async () => {
    const { url, failures } = await serve()
    failures.set(mirrorPath('1.9.8', 'index.json'), [503, 503, 503])
    const error = await failure(installTerraform({ version: '1.9.8', mirror: url }, deps()))
    expect(error.reason).toBe('mirror')
    expect(error.message).toBe(
      `Could not download ${url}terraform/1.9.8/index.json (tried 3 times): GET ${url}terraform/1.9.8/index.json answered 503. Check terraform-mirror and the runner's network or proxy.`,
    )
  })

  it('reports a mirror nobody listens on, and falls back to a cached match for latest', async () => {
    const { url } = await serve()
    await installTerraform({ version: '1.9.7', mirror: url }, deps())
    await mirror?.close()
    mirror = undefined

    const exact = await failure(installTerraform({ version: '1.9.8', mirror: url }, deps()))
    expect(exact.reason).toBe('mirror')
    expect(exact.message).toMatch(/\(tried 3 times\): .*ECONNREFUSED/)

    const latest = await installTerraform({ version: 'latest', mirror: url }, deps())
    expect(latest).toMatchObject({ version: '1.9.7', source: 'cache' })
    expect(logs.warning).toHaveLength(1)
    expect(logs.warning[0]).toMatch(
      /Using Terraform 1\.9\.7 from the tool cache, the newest cached version that matches 'latest'\.$/,
    )
  })
})
