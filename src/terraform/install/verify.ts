// The two checks between a mirror and the tool cache: SHA256SUMS carries a valid OpenPGP signature
// by the trusted key, and the zip's SHA-256 is the one SHA256SUMS lists. Any doubt is a refusal.
import * as openpgp from 'openpgp'
import { TerraformInstallError } from './errors.js'
import { HASHICORP_KEY_FINGERPRINT } from './hashicorp-key.js'

export interface TrustedKey {
  key: openpgp.PublicKey
  /** Spaced upper-case fingerprint, as HashiCorp prints it. */
  fingerprint: string
  /** Last 8 hex digits of the primary key ID: the name signature files carry. */
  shortId: string
  /** How messages name it. */
  label: string
}

export async function readTrustedKey(armoredKey: string): Promise<TrustedKey> {
  const key = await openpgp.readKey({ armoredKey })
  const fingerprint = key
    .getFingerprint()
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1 ')
  return {
    key,
    fingerprint,
    shortId: key.getKeyID().toHex().slice(-8).toUpperCase(),
    label:
      fingerprint === HASHICORP_KEY_FINGERPRINT ? "HashiCorp's release key" : 'the trusted key',
  }
}

/** Resolves when `signature` is a detached signature of exactly `data` by the trusted key. */
export async function verifySignature(
  data: Uint8Array,
  signature: Uint8Array,
  trusted: TrustedKey,
  name: string,
): Promise<void> {
  try {
    const text = Buffer.from(signature).toString('latin1')
    const parsed = text.startsWith('-----BEGIN PGP SIGNATURE-----')
      ? await openpgp.readSignature({ armoredSignature: text })
      : await openpgp.readSignature({ binarySignature: signature })
    const result = await openpgp.verify({
      message: await openpgp.createMessage({ binary: data }),
      signature: parsed,
      verificationKeys: trusted.key,
      // HashiCorp re-signed its key after older releases were signed; without this openpgp.js
      // refuses those genuine signatures ("Signature creation time is in the future").
      config: { allowInsecureVerificationWithReformattedKeys: true },
    })
    if (result.signatures.length === 0) throw new Error('the file holds no signature')
    for (const { verified } of result.signatures) await verified
  } catch (error) {
    throw new TerraformInstallError(
      'signature',
      `The OpenPGP signature of ${name} does not verify with ${trusted.label} (${trusted.fingerprint}): ${(error as Error).message}. The release may have been tampered with; nothing was installed.`,
    )
  }
}

/** File name → lower-case hex SHA-256, from a SHA256SUMS file (`<hex>  <name>` lines). */
export function parseShasums(text: string, name: string): Map<string, string> {
  const sums = new Map<string, string>()
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const match = /^([0-9a-fA-F]{64}) [ *](\S+)$/.exec(line.replace(/\r$/, ''))
    if (!match) {
      throw new TerraformInstallError(
        'checksum',
        `${name} line ${index + 1} is not '<sha256>  <file>'`,
      )
    }
    const [, hex, file] = match as unknown as [string, string, string]
    const known = sums.get(file)
    if (known !== undefined && known !== hex.toLowerCase()) {
      throw new TerraformInstallError('checksum', `${name} lists ${file} twice with different sums`)
    }
    sums.set(file, hex.toLowerCase())
  }
  return sums
}
