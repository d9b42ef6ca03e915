import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { TerraformInstallError } from '../../../src/terraform/install/errors.js'
import {
  HASHICORP_KEY_FINGERPRINT,
  HASHICORP_PUBLIC_KEY,
} from '../../../src/terraform/install/hashicorp-key.js'
import {
  parseShasums,
  readTrustedKey,
  verifySignature,
} from '../../../src/terraform/install/verify.js'
import * as openpgp from 'openpgp'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
// Genuine files from releases.hashicorp.com, signed by HashiCorp in October 2024.
const sums = readFileSync(path.join(fixtures, 'terraform_1.9.8_SHA256SUMS'))
const sig = readFileSync(path.join(fixtures, 'terraform_1.9.8_SHA256SUMS.sig'))

async function refusal(data: Uint8Array, signature: Uint8Array = sig): Promise<unknown> {
  const trusted = await readTrustedKey(HASHICORP_PUBLIC_KEY)
  return verifySignature(data, signature, trusted, 'terraform_1.9.8_SHA256SUMS').then(
    () => 'verified',
    (error: unknown) => error,
  )
}

describe("HashiCorp's signature of SHA256SUMS", () => {
  it('embeds the key with the fingerprint HashiCorp publishes', async () => {
    const trusted = await readTrustedKey(HASHICORP_PUBLIC_KEY)
    expect(trusted.fingerprint).toBe(HASHICORP_KEY_FINGERPRINT)
    expect(trusted.fingerprint).toBe('C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F')
    expect(trusted.shortId).toBe('72D7468F')
    expect(trusted.label).toBe("HashiCorp's release key")
  })

  it('verifies the genuine terraform 1.9.8 SHA256SUMS (signed before the key was re-signed)', async () => {
    expect(await refusal(sums)).toBe('verified')
  })

  it('refuses SHA256SUMS with one byte changed', async () => {
    const changed = Buffer.from(sums)
    changed[10] = changed[10] === 0x30 ? 0x31 : 0x30
    const error = await refusal(changed)
    expect(error).toBeInstanceOf(TerraformInstallError)
    expect((error as TerraformInstallError).reason).toBe('signature')
    expect((error as Error).message).toMatch(
      /^The OpenPGP signature of terraform_1\.9\.8_SHA256SUMS does not verify with HashiCorp's release key \(C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F\): .+\. The release may have been tampered with; nothing was installed\.$/,
    )
  })

  it('refuses SHA256SUMS with one byte appended', async () => {
    const error = await refusal(Buffer.concat([sums, Buffer.from('\n')]))
    expect((error as TerraformInstallError).reason).toBe('signature')
  })

  it('refuses another document under the same signature', async () => {
    const other = Buffer.from(sums.toString('utf8').replaceAll('1.9.8', '1.9.9'))
    const error = await refusal(other)
    expect((error as TerraformInstallError).reason).toBe('signature')
  })

  it('refuses a valid signature by a key that is not HashiCorp’s', async () => {
    const { privateKey } = await openpgp.generateKey({
      userIDs: [{ name: 'Not HashiCorp', email: 'security@example.test' }],
      format: 'object',
    })
    const signature = await openpgp.sign({
      message: await openpgp.createMessage({ binary: sums }),
      signingKeys: privateKey,
      detached: true,
      format: 'binary',
    })
    const error = await refusal(sums, signature)
    expect((error as TerraformInstallError).reason).toBe('signature')
  })

  it('refuses a signature file that is not OpenPGP, or is empty', async () => {
    for (const garbage of [Buffer.from('<html>Not Found</html>'), Buffer.alloc(0)]) {
      const error = await refusal(sums, garbage)
      expect((error as TerraformInstallError).reason).toBe('signature')
    }
  })

  it('reads an armored signature as well as a binary one', async () => {
    const armored = openpgp.armor(openpgp.enums.armor.signature, sig)
    expect(await refusal(sums, Buffer.from(armored))).toBe('verified')
  })
})

describe('SHA256SUMS', () => {
  it('maps every file to its sum', () => {
    const map = parseShasums(sums.toString('utf8'), 'terraform_1.9.8_SHA256SUMS')
    expect(map.size).toBe(14)
    expect(map.get('terraform_1.9.8_linux_amd64.zip')).toBe(
      '186e0145f5e5f2eb97cbd785bc78f21bae4ef15119349f6ad4fa535b83b10df8',
    )
  })

  it('refuses a malformed line and a file listed twice with different sums', () => {
    expect(() => parseShasums('not a sum line\n', 'SUMS')).toThrow(
      "SUMS line 1 is not '<sha256>  <file>'",
    )
    const twice = `${'a'.repeat(64)}  t.zip\n${'b'.repeat(64)}  t.zip\n`
    expect(() => parseShasums(twice, 'SUMS')).toThrow('SUMS lists t.zip twice with different sums')
  })
})
