// Why an install failed, for the caller to report; the message alone tells the user what to do.

export type InstallFailure =
  /** `system` was asked for and no usable terraform is on PATH. */
  | 'system-missing'
  /** An exact version the mirror does not publish. */
  | 'unknown-version'
  /** A constraint (or `latest`) that no published version satisfies. */
  | 'no-match'
  /** The release has no zip for this OS and architecture. */
  | 'no-build'
  /** The mirror could not be reached, or answered with an error or something that is not a release. */
  | 'mirror'
  /** The zip's SHA-256 differs from SHA256SUMS, or SHA256SUMS does not list it. */
  | 'checksum'
  /** SHA256SUMS is not signed by the trusted key. */
  | 'signature'
  /** The verified zip could not be unpacked, or holds no terraform binary. */
  | 'extract'

export class TerraformInstallError extends Error {
  constructor(
    readonly reason: InstallFailure,
    message: string,
  ) {
    super(message)
    this.name = 'TerraformInstallError'
  }
}
