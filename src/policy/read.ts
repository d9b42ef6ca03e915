// The policy in force for a run. On a pull request it is the policy file as the base commit has
// it, never the pull request's own copy: a pull request cannot relax the rules it is checked
// against, and one that changes the file is told that the change counts after the merge. On a
// push (and at a terminal) it is the file in the workspace, the pushed commit's. A policy that
// cannot be read, or that does not satisfy schema/policy.schema.json, is an error at its place,
// and nothing is checked or run against a policy nobody can vouch for.
import path from 'node:path'
import { realpath } from 'node:fs/promises'
import { parseConfig } from '../config/document.js'
import { ConfigReader } from '../config/read.js'
import { schemaFindings } from '../config/schema-errors.js'
import { valueRange } from '../config/positions.js'
import { short } from '../discover/changes.js'
import { readAtBase } from '../discover/removed.js'
import type { Finding } from '../findings.js'
import { compareFindings } from '../findings.js'
import type { GitHubClient } from '../github/client.js'
import { pullRequestOf } from '../github/context.js'
import type { GitHubContext } from '../github/context.js'
import { isRecord } from '../util/data.js'
import type { Git } from '../util/git.js'
import { within } from '../util/paths.js'
import validatePolicy, { schema as policySchema } from './generated/policy.validate.js'
import { anchored } from './rules.js'
import type { PlatformPolicy, PolicyRules } from './rules.js'

export interface PolicyReadDeps {
  git: Git
  api?: GitHubClient
}

export type PolicyRead =
  | {
      ok: true
      policy: PlatformPolicy
      /**
       * Findings in the file that do not stop the run: that a pull request changes it, and the
       * problems of the copy it proposes.
       */
      notices: Finding[]
      /** The pull request changes the policy file. */
      changed?: boolean
      /** Why the copy a pull request proposes is not a valid policy, if it is not. */
      proposedProblem?: string
    }
  | {
      ok: false
      /** Problems at their place in the policy file, when it could be read. */
      findings: Finding[]
      /** Why nothing is checked or run, in a sentence. */
      problem: string
    }

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/**
 * Reads the policy in force: `file` (relative to the workspace) at the pull request's base
 * commit, or in the workspace for any other event.
 */
export async function readPolicy(
  file: string,
  workspace: string,
  context: GitHubContext,
  deps: PolicyReadDeps,
): Promise<PolicyRead> {
  const inWorkspace = () => new ConfigReader(workspace).read(file)
  const pullRequest =
    context.eventName === 'pull_request' || context.eventName === 'pull_request_target'
  if (!pullRequest) {
    const read = await inWorkspace()
    if (!read.ok) {
      return {
        ok: false,
        findings: [],
        problem: `The policy file ${file} cannot be read (${read.finding.message}): no config is checked against it and no Terraform command runs`,
      }
    }
    return parsePolicy(file, read.bytes, 'the workspace')
  }

  const base = pullRequestOf(context)?.baseSha
  if (!base || !/^[0-9a-f]{40}$/i.test(base)) {
    return {
      ok: false,
      findings: [],
      problem: `The policy in force is the pull request's base's, and the event names no base commit: no config is checked against it and no Terraform command runs`,
    }
  }
  const repositoryFile = await repositoryPath(workspace, file, deps.git)
  const atBase = await readAtBase(repositoryFile, base, context, deps)
  if (!atBase.ok) {
    return {
      ok: false,
      findings: [],
      problem: `The policy file ${file} cannot be read as it is at the base commit ${short(base)} (${atBase.problem}), and a pull request is checked against its base's policy, never its own: no config is checked against it and no Terraform command runs. A new policy file takes effect once merged`,
    }
  }
  const source = `the base commit ${short(base)}`
  const parsed = parsePolicy(file, atBase.bytes, source)
  if (!parsed.ok) return parsed
  const head = await inWorkspace()
  if (!head.ok || Buffer.compare(Buffer.from(head.bytes), Buffer.from(atBase.bytes)) !== 0) {
    parsed.notices.push({
      severity: 'notice',
      rule: 'policy-file',
      message: `This pull request ${head.ok ? 'changes' : 'deletes'} the policy file: the change takes effect after merge. This run checks against the policy of ${source}`,
      file,
      range: START,
    })
    parsed.changed = true
    // The new copy is checked too, so that a broken policy is seen before it stops every run.
    const proposed = head.ok ? parsePolicy(file, head.bytes, 'the workspace') : undefined
    if (proposed && !proposed.ok) {
      parsed.notices.push(...proposed.findings)
      parsed.proposedProblem = `The pull request's policy file ${file} is not valid: once merged, it would stop every run (see the errors at its lines)`
    }
  }
  return parsed
}

/** The policy file's bytes as a policy: its YAML, its schema, and its tag patterns. */
export function parsePolicy(file: string, bytes: Uint8Array, source: string): PolicyRead {
  const from = source === 'the workspace' ? '' : ` (the policy file as ${source} has it)`
  const problem = (count: number) =>
    `The policy file ${file} is not valid (${count === 1 ? 'one error' : `${count} errors`} at its lines${from}): no config is checked against it and no Terraform command runs until it is`
  const parsed = parseConfig(file, bytes)
  const findings = parsed.findings.map((finding) => ({
    ...finding,
    message: finding.message
      .replace('a job config is', 'a policy file is')
      .replace('A job config must', 'A policy file must')
      .replace('with an infrastructure section', 'starting with version: 1'),
  }))
  if (!parsed.ok) return { ok: false, findings, problem: problem(findings.length) }
  const { config } = parsed
  if (!validatePolicy(config.data)) {
    findings.push(
      ...schemaFindings(config, validatePolicy.errors ?? [], {
        kind: 'policy',
        schema: policySchema,
      }).map((finding) => ({ ...finding, rule: 'policy-file' })),
    )
  }
  const data = config.data
  const environments = isRecord(data.environments)
    ? (data.environments as Record<string, PolicyRules>)
    : {}
  const patterns = new Map<string, RegExp>()
  const tagRules = [
    { at: [] as string[], rules: data as PolicyRules },
    ...Object.entries(environments).map(([name, rules]) => ({
      at: ['environments', name],
      rules,
    })),
  ]
  for (const { at, rules } of tagRules) {
    if (!isRecord(rules) || !isRecord(rules.tags)) continue
    for (const [key, rule] of Object.entries(rules.tags)) {
      if (!isRecord(rule) || typeof rule.pattern !== 'string') continue
      try {
        patterns.set(rule.pattern, anchored(rule.pattern))
      } catch (error) {
        findings.push({
          severity: 'error',
          rule: 'policy-file',
          message: `tags.${key}.pattern is not a regular expression: ${(error as Error).message}`,
          file,
          range: valueRange(config, [...at, 'tags', key, 'pattern']),
        })
      }
    }
  }
  findings.sort(compareFindings)
  const errors = findings.filter((finding) => finding.severity === 'error')
  if (errors.length > 0) {
    const located = findings.map((finding) =>
      finding.severity === 'error' && from
        ? { ...finding, message: finding.message + from }
        : finding,
    )
    return { ok: false, findings: located, problem: problem(errors.length) }
  }
  const { version: _version, environments: _environments, ...rules } = data
  return {
    ok: true,
    policy: { file, source, rules: rules as PolicyRules, environments, patterns },
    notices: findings,
  }
}

/** The policy file's path in the repository, for reading it at a commit. */
async function repositoryPath(workspace: string, file: string, git: Git): Promise<string> {
  const top = await git.tryRun(['rev-parse', '--show-toplevel'])
  if (top.exitCode !== 0) return file
  const [root, realWorkspace] = await Promise.all([
    realpath(top.stdout.trim()).catch(() => top.stdout.trim()),
    realpath(workspace).catch(() => workspace),
  ])
  return within(root, path.join(realWorkspace, file)) ?? file
}
