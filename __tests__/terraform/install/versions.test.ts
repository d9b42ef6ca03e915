import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../src/findings.js'
import { terraformPlatform } from '../../../src/terraform/install/platform.js'
import { parseTerraformVersion } from '../../../src/terraform/install/spec.js'
import { nearestVersions, pickVersion } from '../../../src/terraform/install/versions.js'

const published = [
  '0.12.31',
  '1.5.7',
  '1.6.0',
  '1.6.6',
  '1.9.0',
  '1.9.3',
  '1.9.8',
  '1.10.0-alpha20240606',
  '1.10.0-rc1',
  '1.10.0',
  '1.10.2',
  '2.0.0-beta1',
  'not-a-version',
]

function pick(value: string): string | undefined {
  const spec = parseTerraformVersion(value)
  if (spec.kind === 'system') throw new Error('system is not picked from a list')
  return pickVersion(spec, published)
}

describe('terraform-version', () => {
  it('reads latest, system, empty and exact versions', () => {
    expect(parseTerraformVersion('latest')).toEqual({ kind: 'latest' })
    expect(parseTerraformVersion('')).toEqual({ kind: 'latest' })
    expect(parseTerraformVersion(' system ')).toEqual({ kind: 'system' })
    expect(parseTerraformVersion('1.9.8')).toEqual({ kind: 'exact', version: '1.9.8' })
    expect(parseTerraformVersion('v1.9.8')).toEqual({ kind: 'exact', version: '1.9.8' })
    expect(parseTerraformVersion('= 1.9.8')).toEqual({ kind: 'exact', version: '1.9.8' })
    expect(parseTerraformVersion('1.10.0-rc1')).toEqual({ kind: 'exact', version: '1.10.0-rc1' })
  })

  it('latest is the newest stable release, never a prerelease', () => {
    expect(pick('latest')).toBe('1.10.2')
  })

  it('~> is pessimistic on the last part given', () => {
    expect(pick('~> 1.9')).toBe('1.10.2') // >= 1.9.0, < 2.0.0
    expect(pick('~> 1.9.3')).toBe('1.9.8') // >= 1.9.3, < 1.10.0
    expect(pick('~>1.6.0')).toBe('1.6.6')
    expect(pick('~> 1')).toBe('1.10.2')
    expect(pick('~> 0.12')).toBe('0.12.31')
  })

  it('takes comparisons separated by spaces or commas, with or without spaces after the operator', () => {
    expect(pick('>=1.6 <2')).toBe('1.10.2')
    expect(pick('>= 1.6, < 1.9')).toBe('1.6.6')
    expect(pick('>= 1.6,< 1.9, != 1.6.6')).toBe('1.6.0')
    expect(pick('> 1.9.3 <= 1.9.8')).toBe('1.9.8')
    expect(pick('< 1.6')).toBe('1.5.7')
  })

  it('reads a bare partial version as that series, as setup-terraform does', () => {
    expect(pick('1.9')).toBe('1.9.8')
    expect(pick('1.9.x')).toBe('1.9.8')
    expect(pick('1.x')).toBe('1.10.2')
    expect(pick('= 1.9')).toBe('1.9.0') // with an operator, Terraform pads with zeros
  })

  it('selects a prerelease only when it is asked for exactly', () => {
    expect(pick('1.10.0-rc1')).toBe('1.10.0-rc1')
    expect(pick('>= 1.10.0-alpha20240606')).toBe('1.10.2')
    expect(pick('~> 2.0')).toBeUndefined()
    expect(pick('>= 2.0.0-beta1')).toBeUndefined()
    expect(pick('= 2.0.0-beta1')).toBe('2.0.0-beta1')
  })

  it('matches nothing when nothing satisfies every comparison', () => {
    expect(pick('>= 1.7, < 1.8')).toBeUndefined()
    expect(pick('3.0.0')).toBeUndefined()
  })

  it('refuses what is neither a version nor a constraint, naming the bad part', () => {
    for (const bad of ['lastest', '^1.9', '1.9 || 1.10', '>= 1.x', '1.x.3', '1.9-rc1', '1.6 - 2']) {
      expect(() => parseTerraformVersion(bad), bad).toThrow(UsageError)
    }
    expect(() => parseTerraformVersion('>= 1.6, ^2')).toThrow(
      "terraform-version '>= 1.6, ^2' is not accepted ('^2' is not understood): expected latest, system, an exact version such as 1.9.8, or a constraint such as ~> 1.9 or >= 1.6, < 2",
    )
  })

  it('suggests the published versions nearest to one that does not exist', () => {
    expect(nearestVersions('1.9.9', published)).toEqual([
      '1.6.6',
      '1.9.0',
      '1.9.3',
      '1.9.8',
      '1.10.0',
      '1.10.2',
    ])
    expect(nearestVersions('1.6.1', published, 4)).toEqual(['1.5.7', '1.6.0', '1.6.6', '1.9.0'])
    expect(nearestVersions('9.0.0', published, 3)).toEqual(['1.9.8', '1.10.0', '1.10.2'])
    expect(nearestVersions('1.10.0-rc2', published, 3)).toEqual(['1.10.0-rc1', '1.10.0', '1.10.2'])
  })
})

describe('platform names', () => {
  it('maps Node names to HashiCorp names as setup-terraform does', () => {
    expect(terraformPlatform('linux', 'x64')).toEqual({ os: 'linux', arch: 'amd64' })
    expect(terraformPlatform('win32', 'ia32')).toEqual({ os: 'windows', arch: '386' })
    expect(terraformPlatform('win32', 'x32')).toEqual({ os: 'windows', arch: '386' })
    expect(terraformPlatform('darwin', 'arm64')).toEqual({ os: 'darwin', arch: 'arm64' })
    expect(terraformPlatform('linux', 'arm')).toEqual({ os: 'linux', arch: 'arm' })
    expect(terraformPlatform('freebsd', 'x64')).toEqual({ os: 'freebsd', arch: 'amd64' })
  })
})
