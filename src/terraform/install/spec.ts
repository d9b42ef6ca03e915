// What `terraform-version` asks for. Parsing needs no network and no heavy module, so a bad value
// is refused at once, even in validate mode which never installs.
import { UsageError } from '../../findings.js'

export type ComparisonOperator = '=' | '!=' | '>' | '>=' | '<' | '<='

/** One comparison against a full version (`1.9.0`, `1.10.0-rc1`). */
export interface Comparison {
  operator: ComparisonOperator
  version: string
}

export type TerraformVersionSpec =
  | { kind: 'latest' }
  | { kind: 'system' }
  | { kind: 'exact'; version: string }
  /** Every comparison must hold; `text` is what the user wrote, for messages. */
  | { kind: 'constraint'; text: string; comparisons: Comparison[] }

const CLAUSE =
  /^(~>|>=|<=|!=|=|>|<)?v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/

const EXPECTED =
  'expected latest, system, an exact version such as 1.9.8, or a constraint such as ~> 1.9 or >= 1.6, < 2'

/**
 * Parses `terraform-version` with Terraform's constraint rules: `~> 1.9` is `>= 1.9.0, < 2.0.0`,
 * `~> 1.9.3` is `>= 1.9.3, < 1.10.0`; clauses are separated by commas or spaces; a partial
 * version is padded with zeros. A bare partial version (`1.9`, `1.9.x`) means any release in that
 * series, as setup-terraform reads it. Empty means `latest`.
 */
export function parseTerraformVersion(value: string): TerraformVersionSpec {
  const text = value.trim()
  const keyword = text.toLowerCase()
  if (keyword === '' || keyword === 'latest') return { kind: 'latest' }
  if (keyword === 'system') return { kind: 'system' }
  const clauses = text
    .replace(/(~>|>=|<=|!=|=|>|<)\s+/g, '$1')
    .split(/[\s,]+/)
    .filter((clause) => clause !== '')
  const comparisons = clauses.flatMap((clause) => comparisonsOf(clause, text))
  const only = comparisons[0]
  if (comparisons.length === 1 && only?.operator === '=') {
    return { kind: 'exact', version: only.version }
  }
  return { kind: 'constraint', text, comparisons }
}

function comparisonsOf(clause: string, text: string): Comparison[] {
  const match = CLAUSE.exec(clause)
  if (!match) throw invalid(text, clause)
  const [, operator, major, minor, patch, prerelease] = match
  const parts = [major, minor, patch].filter((part): part is string => part !== undefined)
  const wildcard = parts.findIndex((part) => /^[xX*]$/.test(part))
  if (wildcard !== -1) {
    // A wildcard only ends a bare version: `1.x`, `1.9.*`, never `>= 1.x` or `1.x.3`.
    if (operator || prerelease || parts.slice(wildcard).some((part) => !/^[xX*]$/.test(part))) {
      throw invalid(text, clause)
    }
    parts.length = wildcard
    if (parts.length === 0) throw invalid(text, clause)
  }
  if (prerelease && (parts.length < 3 || prerelease.split('.').some((id) => /^0\d+$/.test(id)))) {
    throw invalid(text, clause)
  }
  const numbers = parts.map(Number)
  const [x = 0, y = 0, z = 0] = numbers
  const padded = `${x}.${y}.${z}${prerelease ? `-${prerelease}` : ''}`
  if (operator === '~>') {
    const upper = numbers.length === 3 ? `${x}.${y + 1}.0` : `${x + 1}.0.0`
    return [
      { operator: '>=', version: padded },
      { operator: '<', version: upper },
    ]
  }
  if (!operator) {
    if (numbers.length === 3) return [{ operator: '=', version: padded }]
    const upper = numbers.length === 2 ? `${x}.${y + 1}.0` : `${x + 1}.0.0`
    return [
      { operator: '>=', version: padded },
      { operator: '<', version: upper },
    ]
  }
  return [{ operator: operator as ComparisonOperator, version: padded }]
}

function invalid(text: string, clause: string): UsageError {
  const where = clause === text ? '' : ` ('${clause}' is not understood)`
  return new UsageError(`terraform-version '${text}' is not accepted${where}: ${EXPECTED}`)
}
