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
import { SKIPPED_FOLDERS } from './patterns.js'
import { byCodeUnits } from '../util/text.js'

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

/** The keys that lead to a config's own job_name when it is written the usual way. */
const OWN_NAME_PATH: readonly string[] = ['infrastructure', 'tags', 'job_name']

/**
 * A file's claim of one job name: the name as written, and the keys that lead to it when it is
 * the file's own job_name.
 */
interface NameClaim {
  file: string
  name: string
  own?: readonly string[]
}

/**
 * The claims of every YAML file of the repository and every selected config, kept as little as
 * the rules need (a run may have tens of thousands of configs): per job name, the files claiming
 * it; the files whose claim is unknown. A claim that says what a config usually says (its own
 * job_name at infrastructure → tags → job_name, written in lower case, and no other name) is kept
 * as the file's path alone.
 */
export class RepositoryConfigs {
  /** Every file whose claim was taken, by workspace-relative path, in code-unit order once read. */
  readonly files: string[] = []
  /** By job name in lower case: the file claiming it the usual way, or every claim of it. */
  private readonly byName = new Map<string, string | NameClaim[]>()
  private readonly unknowns: Array<{ file: string; reason: string }> = []
  /** Why the repository's files could not be listed, when they could not. */
  private listingProblem?: string
  private jobFiles?: Set<string>

  constructor(private readonly workspace: string) {}

  /** Takes one file's claim (each file once). */
  add(file: string, claim: JobClaim): void {
    this.files.push(file)
    this.jobFiles = undefined
    if (claim.kind === 'unknown') this.unknowns.push({ file, reason: claim.reason })
    if (claim.kind !== 'job') return
    const own = claim.jobName
    const usual =
      claim.names.length === 1 &&
      own !== undefined &&
      own.name === claim.names[0] &&
      own.name === own.name.toLowerCase() &&
      samePath(own.path, OWN_NAME_PATH)
    if (usual) return this.put(own.name, file)
    let ownTaken = false
    for (const name of claim.names) {
      const isOwn = own !== undefined && own.name === name
      ownTaken ||= isOwn
      this.put(name.toLowerCase(), { file, name, own: isOwn ? own.path : undefined })
    }
    // The own name is always one of the names (a value under a job_name key): kept if not.
    if (own && !ownTaken) this.put(own.name.toLowerCase(), { file, name: own.name, own: own.path })
  }

  private put(key: string, claim: string | NameClaim): void {
    const known = this.byName.get(key)
    if (known === undefined) {
      this.byName.set(key, typeof claim === 'string' ? claim : [claim])
      return
    }
    const list = typeof known === 'string' ? [this.expand(key, known)] : known
    list.push(typeof claim === 'string' ? this.expand(key, claim) : claim)
    if (list !== known) this.byName.set(key, list)
  }

  private expand(key: string, file: string): NameClaim {
    return { file, name: key, own: OWN_NAME_PATH }
  }

  private claimsOf(key: string): NameClaim[] {
    const known = this.byName.get(key)
    if (known === undefined) return []
    if (typeof known === 'string') return [this.expand(key, known)]
    // In path order, each file's names in the order written.
    return known.length > 1 ? [...known].sort((a, b) => byCodeUnits(a.file, b.file)) : known
  }

  /** The files that claim a job, its name compared without case. */
  claimants(jobName: string): ClaimingFile[] {
    return this.claimsOf(jobName.toLowerCase()).map(({ file, name }) => ({ file, name }))
  }

  /** Whether a file claims a job. */
  claimsJob(file: string): boolean {
    if (!this.jobFiles) {
      this.jobFiles = new Set()
      for (const known of this.byName.values()) {
        if (typeof known === 'string') this.jobFiles.add(known)
        else for (const claim of known) this.jobFiles.add(claim.file)
      }
    }
    return this.jobFiles.has(file)
  }

  /** The repository's files could not be listed: any of them may be a config. */
  unlisted(problem: string): void {
    this.listingProblem = problem
  }

  /** Files that may be configs but could not be read well enough to know which job they claim. */
  unknown(): Array<{ file: string; reason: string }> {
    const unknown = [...this.unknowns].sort((a, b) => byCodeUnits(a.file, b.file))
    if (this.listingProblem !== undefined) {
      unknown.push({
        file: '.',
        reason: `the repository's files could not be listed (${this.listingProblem})`,
      })
    }
    return unknown
  }

  /**
   * Configs whose own job_name (compared without case) another config has too, when any of them
   * is among `selected`: groups in path order. A link to a config and the config are one config.
   */
  sharedJobNames(selected: { has(file: string): boolean }): JobNameOwner[][] {
    const groups: JobNameOwner[][] = []
    for (const [key, known] of this.byName) {
      if (typeof known === 'string') continue
      const owners = this.claimsOf(key).filter((claim) => claim.own !== undefined)
      if (owners.length < 2 || !owners.some((owner) => selected.has(owner.file))) continue
      const group = owners.map(({ file, name, own }) => ({
        file,
        name,
        path: [...own!],
        real: this.realFile(file),
      }))
      if (new Set(group.map((owner) => owner.real)).size > 1) groups.push(group)
    }
    // In the order of each group's first config.
    return groups.sort((a, b) => byCodeUnits(a[0]!.file, b[0]!.file))
  }

  private realFile(file: string): string {
    try {
      return realpathSync.native(path.resolve(this.workspace, file))
    } catch {
      return path.resolve(this.workspace, file)
    }
  }
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
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
 * Adds the rest of the repository's configs to `repository`, which holds the claims of the configs
 * this run validated (they are not read again; empty when the run validated none).
 * `listing`, when given, is a listing started earlier (git lists while the configs are validated).
 * `outputDir`: the folder the run writes resolved copies of configs to, which are none.
 */
export async function readRepositoryConfigs(
  workspace: string,
  repository: RepositoryConfigs,
  deps: RepositoryDeps & { listing?: Promise<RepositoryListing>; outputDir?: string },
): Promise<RepositoryConfigs> {
  const debug = deps.debug ?? (() => {})
  const listing = await (deps.listing ?? listRepositoryFiles(workspace, deps.git, debug))
  const copies = deps.outputDir && relativePosix(workspace, deps.outputDir)
  const taken = new Set(repository.files)
  const validated = taken.size
  for (const file of listing.files) {
    if (taken.has(file) || (copies && within(copies, file) !== undefined)) continue
    taken.add(file)
    repository.add(file, claimOfFile(workspace, file, deps.reader))
  }
  repository.files.sort(byCodeUnits)
  debug(
    `Configs in the repository: ${repository.files.length} files, ${repository.files.length - validated} read beside this run's`,
  )
  // Files that could not be listed may be configs: as unknown as a file that cannot be read.
  if (listing.problem) repository.unlisted(listing.problem)
  return repository
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
  selected: { has(file: string): boolean },
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
