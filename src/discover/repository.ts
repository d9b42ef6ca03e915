// Every config in the repository, whatever this run's patterns: which job each YAML file claims
// (config/claim.ts says the rule). Read once per run and shared by the two rules that look past
// the selected configs: one job_name belongs to one config, and a job is destroyed only when no
// file claims it (discover/removed.ts).
//
// The files are every `.yaml` and `.yml` file (any case) git tracks or would track in the
// workspace (`git ls-files --cached --others --exclude-standard`: ignored files are no part of the
// repository), or, outside a git repository, every such file below the workspace; plus the configs
// this run selected, whatever their names. A selected config is not read again: its claim comes
// from its validation. Any other file is read as little as it takes to know its claim: most
// files other than configs are left after a look for a `job_name` or `infrastructure` key.
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { claimOfBytes, claimOfUnreadable, looseText, NO_CLAIM, problemOf } from '../config/claim.js'
import type { JobClaim } from '../config/claim.js'
import { parseConfig } from '../config/document.js'
import { valueRange } from '../config/positions.js'
import type { ConfigReader } from '../config/read.js'
import type { Finding } from '../findings.js'
import type { Git } from '../util/git.js'
import { relativePosix, within } from '../util/paths.js'
import { sortedUnique } from './files.js'
import { SKIPPED_FOLDERS } from './patterns.js'

/** How much of a file too large to be a config is searched for a config's keys. */
const LARGE_FILE_HEAD = 16 * 1024 * 1024

export interface ClaimingFile {
  file: string
  /** The job name as the file writes it. */
  name: string
}

/** A config's own job_name: the keys that lead to it, and the file it really is (links followed). */
export interface JobNameOwner extends ClaimingFile {
  path: string[]
  real: string
}

export class RepositoryConfigs {
  private readonly byName = new Map<string, ClaimingFile[]>()

  constructor(
    /** Every YAML file of the repository and every selected config, by workspace-relative path. */
    readonly claims: ReadonlyMap<string, JobClaim>,
    private readonly workspace: string,
  ) {
    for (const [file, claim] of claims) {
      if (claim.kind !== 'job') continue
      for (const name of claim.names) {
        const key = name.toLowerCase()
        const files = this.byName.get(key)
        if (files) files.push({ file, name })
        else this.byName.set(key, [{ file, name }])
      }
    }
  }

  /** The files that claim a job, its name compared without case. */
  claimants(jobName: string): ClaimingFile[] {
    return this.byName.get(jobName.toLowerCase()) ?? []
  }

  /** Files that may be configs but could not be read well enough to know which job they claim. */
  unknown(): Array<{ file: string; reason: string }> {
    return [...this.claims].flatMap(([file, claim]) =>
      claim.kind === 'unknown' ? [{ file, reason: claim.reason }] : [],
    )
  }

  /**
   * Configs whose own job_name (compared without case) another config has too, when any of them
   * is among `selected`: groups in path order. A link to a config and the config are one config.
   */
  sharedJobNames(selected: ReadonlySet<string>): JobNameOwner[][] {
    const owners = new Map<string, Array<Omit<JobNameOwner, 'real'>>>()
    for (const [file, claim] of this.claims) {
      if (claim.kind !== 'job' || !claim.jobName) continue
      const key = claim.jobName.name.toLowerCase()
      const owner = { file, name: claim.jobName.name, path: claim.jobName.path }
      const group = owners.get(key)
      if (group) group.push(owner)
      else owners.set(key, [owner])
    }
    return [...owners.values()]
      .filter((group) => group.length > 1 && group.some((owner) => selected.has(owner.file)))
      .map((group) => group.map((owner) => ({ ...owner, real: this.realFile(owner.file) })))
      .filter((group) => new Set(group.map((owner) => owner.real)).size > 1)
      .map((group) => group.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
  }

  private realFile(file: string): string {
    try {
      return realpathSync.native(path.resolve(this.workspace, file))
    } catch {
      return path.resolve(this.workspace, file)
    }
  }
}

export interface RepositoryDeps {
  git: Git
  reader: ConfigReader
  debug?: (message: string) => void
}

/** The repository's YAML files, or why they could not be listed. */
export interface RepositoryListing {
  files: string[]
  problem?: string
}

/**
 * Reads the repository's configs; `selected` are the claims of the configs this run validated.
 * `listing`, when given, is a listing started earlier (git lists while the configs are validated).
 * `outputDir`: the folder the run writes resolved copies of configs to, which are none.
 */
export async function readRepositoryConfigs(
  workspace: string,
  selected: ReadonlyMap<string, JobClaim>,
  deps: RepositoryDeps & { listing?: Promise<RepositoryListing>; outputDir?: string },
): Promise<RepositoryConfigs> {
  const debug = deps.debug ?? (() => {})
  const listing = await (deps.listing ?? listRepositoryFiles(workspace, deps.git, debug))
  const copies = deps.outputDir && relativePosix(workspace, deps.outputDir)
  const listed = copies
    ? listing.files.filter((file) => within(copies, file) === undefined)
    : listing.files
  const files = sortedUnique([...selected.keys(), ...listed])
  const claims = new Map<string, JobClaim>()
  let read = 0
  for (const file of files) {
    const known = selected.get(file)
    if (!known) read++
    claims.set(file, known ?? claimOfFile(workspace, file, deps.reader))
  }
  debug(`Configs in the repository: ${files.length} files, ${read} read beside this run's`)
  // Files that could not be listed may be configs: as unknown as a file that cannot be read.
  if (listing.problem) {
    claims.set('.', {
      kind: 'unknown',
      reason: `the repository's files could not be listed (${listing.problem})`,
    })
  }
  return new RepositoryConfigs(claims, workspace)
}

/** The repository's YAML files, workspace-relative: from git, else from a walk. Never rejects. */
export async function listRepositoryFiles(
  workspace: string,
  git: Git,
  debug: (message: string) => void = () => {},
): Promise<RepositoryListing> {
  try {
    const listed = await git.tryRun([
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
      '--',
      ':(glob,icase)**/*.yaml',
      ':(glob,icase)**/*.yml',
    ])
    if (listed.exitCode === 0) {
      const files = listed.stdout
        .split('\0')
        .filter(
          (file) => file !== '' && !file.split('/').some((part) => SKIPPED_FOLDERS.includes(part)),
        )
      return { files }
    }
    debug(`Not a git repository (${listed.stderr.trim()}): every YAML file below the workspace`)
  } catch (error) {
    debug(
      `git could not list the files (${(error as Error).message}): every YAML file below the workspace`,
    )
  }
  try {
    const files = await glob(['**/*.yaml', '**/*.yml'], {
      cwd: workspace,
      dot: true,
      caseSensitiveMatch: false,
      ignore: SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`),
      followSymbolicLinks: false,
      expandDirectories: false,
      onlyFiles: true,
    })
    return { files }
  } catch (error) {
    return { files: [], problem: (error as Error).message }
  }
}

/** The claim of one file this run did not validate. */
function claimOfFile(workspace: string, file: string, reader: ConfigReader): JobClaim {
  const read = reader.readSync(file)
  if (read.ok) return claimOfBytes(read.bytes)
  const absolute = path.resolve(workspace, file)
  let info
  try {
    info = lstatSync(absolute)
  } catch {
    return NO_CLAIM // Gone since it was listed (or deleted from the work tree): no file, no config.
  }
  // A link the reader refused leads outside the workspace or nowhere: no config of the repository
  // (a link to a file inside is read as that file).
  if (info.isSymbolicLink() || !info.isFile()) return NO_CLAIM
  if (read.finding.rule === 'yaml-size') {
    return claimOfUnreadable(looseText(head(absolute)), problemOf(read.finding.message))
  }
  return { kind: 'unknown', reason: `it cannot be read (${read.finding.message})` }
}

/** The start of a large file. */
function head(file: string): Uint8Array {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(LARGE_FILE_HEAD)
    const count = readSync(fd, buffer, 0, buffer.length, 0)
    return buffer.subarray(0, count)
  } catch {
    return new Uint8Array()
  } finally {
    closeSync(fd)
  }
}

/**
 * Findings for configs that share a job_name, when any of them is selected: an error at each
 * one's job_name, naming the others. The files are read again for the place of the line (only
 * those that share a name).
 */
export function sharedJobNameFindings(
  repository: RepositoryConfigs,
  selected: ReadonlySet<string>,
  reader: ConfigReader,
): Finding[] {
  const findings: Finding[] = []
  for (const group of repository.sharedJobNames(selected)) {
    const placed = group.map((owner) => ({
      ...owner,
      range: rangeOf(reader, owner.file, owner.path),
    }))
    for (const owner of placed) {
      const others = placed
        .filter((other) => other.real !== owner.real)
        .map((other) => {
          const written = other.name === owner.name ? '' : `'${other.name}', `
          return `${other.file} (${written}${other.range ? `line ${other.range.line}` : 'its job_name'})`
        })
      findings.push({
        severity: 'error',
        rule: 'duplicate-job-name',
        message: `job_name '${owner.name}' is also the job_name of ${others.join(', ')}: two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config`,
        file: owner.file,
        range: owner.range,
      })
    }
  }
  return findings
}

function rangeOf(reader: ConfigReader, file: string, keys: string[]): Finding['range'] {
  const read = reader.readSync(file)
  if (!read.ok) return undefined
  const parsed = parseConfig(file, read.bytes)
  return parsed.ok ? valueRange(parsed.config, keys) : undefined
}
