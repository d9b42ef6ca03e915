// What every stage reports about a config: a problem (or note) at an exact place in a file.

export type Severity = 'error' | 'warning' | 'notice'

/** 1-based, inclusive start and exclusive end, as editors and GitHub annotations count. */
export interface SourceRange {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface Finding {
  severity: Severity
  /** Short rule id, stable across releases: shown as `[rule]` by the CLI. */
  rule: string
  message: string
  /** Path relative to the workspace, with forward slashes. */
  file: string
  range?: SourceRange
  /**
   * What most likely fixes it (`did you mean '{{terraform_outputs.cluster_name}}'?`): shown beside
   * the message, which stays the exact text users search for.
   */
  hint?: string
}

/** Adds a finding at a place of the file being checked; stages keep the file themselves. */
export type AddFinding = (
  severity: Severity,
  rule: string,
  message: string,
  range: SourceRange,
  hint?: string,
) => void

/** The message with its hint, as a reader sees it in a line, a summary or a comment. */
export function withHint(finding: Finding): string {
  return finding.hint ? `${finding.message}; ${finding.hint}` : finding.message
}

/** An error with a place in a config: the one error type the stages throw for user mistakes. */
export class LocatedError extends Error {
  constructor(
    message: string,
    readonly rule: string,
    readonly file: string,
    readonly range?: SourceRange,
  ) {
    super(message)
    this.name = 'LocatedError'
  }

  toFinding(severity: Severity = 'error'): Finding {
    return { severity, rule: this.rule, message: this.message, file: this.file, range: this.range }
  }
}

/** A bad input value or command-line usage: reported at once, before any config is touched. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A value of one input the run does not accept: the action names it `Input mode`, the CLI `--mode`. */
export class InputError extends UsageError {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`Input ${input}: ${problem}`)
    this.name = 'InputError'
  }
}

export const RULE_TITLES: Readonly<Record<string, string>> = {
  'missing-required-tags': 'missing required tags',
  'runtime-mismatch': 'runtime not compatible with provider',
  'malformed-placeholder': 'malformed placeholder',
  'unknown-provider': 'unknown provider',
  'unknown-runtime': 'unknown runtime type',
  'unknown-key': 'unknown key',
  'missing-key': 'missing key',
  'wrong-type': 'wrong type',
  'invalid-value': 'invalid value',
  region: 'invalid region',
  'tag-key': 'invalid tag key',
  'tag-value': 'invalid tag value',
  'tag-conversion': 'tag changed for the cloud',
  'resource-name': 'job name does not fit resource names',
  'environment-mismatch': 'environment mismatch',
  'no-infrastructure': 'skipped: no infrastructure section',
  policy: 'organisation policy',
  'yaml-syntax': 'YAML syntax error',
  'yaml-duplicate-key': 'duplicate key',
  'yaml-root': 'not a mapping',
  'yaml-empty': 'empty file',
  'yaml-encoding': 'not UTF-8',
  'yaml-alias': 'too many aliases',
  'yaml-depth': 'nesting too deep',
  'yaml-size': 'file too large',
  'yaml-multi-document': 'more than one document',
  'file-unreadable': 'unreadable file',
  terraform: 'terraform failed',
  'unknown-output': 'unknown Terraform output',
  'sensitive-output': 'sensitive Terraform output',
  'output-type': 'Terraform output does not fit here',
  'placeholder-marker': 'placeholder cannot be kept as a comment',
  'stale-marker': 'resolved value not refreshed',
  'resolve-failed': 'placeholders not resolved',
  'deploy-failed': 'deploy-command failed',
  'missing-variables': 'runtime variables missing',
  'unreviewed-plan': 'plan not reviewed',
  'removed-job': 'runtime of a removed job',
  'duplicate-job-name': 'job name used by another config',
  'destroy-held-back': 'destroy held back',
  'outputs-file': 'outputs file does not match',
  'write-failed': 'resolved config not written',
  'commit-failed': 'resolved config not committed',
  'local-state': 'state would be lost',
  'shared-state': 'state shared with other jobs',
  'lock-file': 'provider lock file written',
  cancelled: 'run cancelled',
}

export function ruleTitle(rule: string): string {
  return `dativo: ${RULE_TITLES[rule] ?? rule}`
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.range?.line ?? 0) - (b.range?.line ?? 0) ||
    (a.range?.column ?? 0) - (b.range?.column ?? 0) ||
    a.message.localeCompare(b.message)
  )
}
