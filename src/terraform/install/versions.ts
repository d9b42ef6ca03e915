// Choosing a release among the published versions: newest match, Terraform's prerelease rule, and
// the neighbours to suggest when an exact version does not exist.
import semver from 'semver'
import type { Comparison, TerraformVersionSpec } from './spec.js'

/** Valid versions, newest first; anything that is not semver is ignored. */
export function sortVersions(versions: Iterable<string>): string[] {
  return [...versions].filter((version) => semver.valid(version) !== null).sort(semver.rcompare)
}

/**
 * Whether `version` satisfies every comparison. As in Terraform, a prerelease is selected only by
 * an exact `=` naming it, never by a range.
 */
export function satisfies(version: string, comparisons: readonly Comparison[]): boolean {
  const parsed = semver.parse(version)
  if (!parsed) return false
  if (parsed.prerelease.length > 0) {
    const named = comparisons.some((c) => c.operator === '=' && semver.eq(c.version, parsed))
    if (!named) return false
  }
  return comparisons.every((comparison) => {
    const order = semver.compare(parsed, comparison.version)
    switch (comparison.operator) {
      case '=':
        return order === 0
      case '!=':
        return order !== 0
      case '>':
        return order > 0
      case '>=':
        return order >= 0
      case '<':
        return order < 0
      case '<=':
        return order <= 0
    }
  })
}

/** The newest of `versions` that `spec` accepts; `latest` is the newest stable release. */
export function pickVersion(
  spec: Exclude<TerraformVersionSpec, { kind: 'system' }>,
  versions: Iterable<string>,
): string | undefined {
  const sorted = sortVersions(versions)
  switch (spec.kind) {
    case 'latest':
      return sorted.find((version) => semver.prerelease(version) === null)
    case 'exact':
      return sorted.find((version) => semver.eq(version, spec.version))
    case 'constraint':
      return sorted.find((version) => satisfies(version, spec.comparisons))
  }
}

/**
 * Up to `count` published versions around `version`, oldest first: what the user probably meant.
 * Prereleases are offered only when a prerelease was asked for.
 */
export function nearestVersions(version: string, versions: Iterable<string>, count = 6): string[] {
  const withPrereleases = semver.prerelease(version) !== null
  const ascending = sortVersions(versions)
    .filter((candidate) => withPrereleases || semver.prerelease(candidate) === null)
    .reverse()
  const above = ascending.findIndex((candidate) => semver.gt(candidate, version))
  const position = above === -1 ? ascending.length : above
  const start = Math.max(0, Math.min(position - Math.floor(count / 2), ascending.length - count))
  return ascending.slice(start, start + count)
}
