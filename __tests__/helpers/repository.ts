// A real git repository with a bare remote for tests that follow a job through pull requests
// and merges: commits on branches, checkouts at a commit, and the event files GitHub writes.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Dev',
      '-c',
      'user.email=dev@example.com',
      '-c',
      'advice.detachedHead=false',
      ...args,
    ],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim()
}

/** A sandbox job config; `extra` lines go under infrastructure. */
export function sandboxJob(name: string, extra = ''): string {
  return `tenant_id: acme
environment: dev
infrastructure:
  provider: local
  runtime:
    type: local
  region: local
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"
  tags:
    job_name: ${name}
    team: data-engineering
    pipeline_type: ingestion
    environment: dev
    cost_center: data-platform
${extra}`
}

export class Repository {
  readonly remote: string
  /** A working clone the test commits in. */
  readonly work: string

  constructor(readonly base: string) {
    this.remote = path.join(base, 'remote.git')
    this.work = path.join(base, 'work')
    git(base, 'init', '-q', '--bare', '-b', 'main', this.remote)
    git(base, 'clone', '-q', this.remote, this.work)
    writeFileSync(path.join(this.work, 'README.md'), 'jobs\n')
    git(this.work, 'add', '-A')
    git(this.work, 'commit', '-qm', 'start')
    git(this.work, 'push', '-q', 'origin', 'main')
  }

  /** Commits files (text, or null to delete) on a branch, pushes it, and returns the commit. */
  commit(branch: string, files: Record<string, string | null>, message = 'change'): string {
    // The branch as the remote has it: runs may have committed back to it.
    git(this.work, 'fetch', '-q', 'origin')
    git(this.work, 'checkout', '-q', branch)
    git(this.work, 'reset', '-q', '--hard', `origin/${branch}`)
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(this.work, file)
      if (text === null) rmSync(full, { force: true })
      else {
        mkdirSync(path.dirname(full), { recursive: true })
        writeFileSync(full, text)
      }
    }
    git(this.work, 'add', '-A')
    git(this.work, 'commit', '-qm', message)
    git(this.work, 'push', '-q', 'origin', branch)
    return this.head(branch)
  }

  branch(name: string, from: string): void {
    git(this.work, 'checkout', '-q', '-b', name, from)
    git(this.work, 'push', '-q', 'origin', name)
  }

  /** Merges a branch into main with a merge commit, as GitHub's merge button does. */
  merge(branch: string, message = `Merge ${branch}`): string {
    git(this.work, 'fetch', '-q', 'origin')
    git(this.work, 'checkout', '-q', 'main')
    git(this.work, 'reset', '-q', '--hard', 'origin/main')
    git(this.work, 'merge', '-q', '--no-ff', '-m', message, branch)
    git(this.work, 'push', '-q', 'origin', 'main')
    return this.head('main')
  }

  /** What GitHub's pulls/{n}/files (or compare) lists between two commits, from git. */
  changedFiles(
    base: string,
    head: string,
  ): Array<{ filename: string; status: 'added' | 'removed' | 'modified' }> {
    const fields = git(
      this.work,
      'diff',
      '--name-status',
      '--no-renames',
      '-z',
      `${base}...${head}`,
    )
      .split('\0')
      .filter(Boolean)
    const entries: Array<{ filename: string; status: 'added' | 'removed' | 'modified' }> = []
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const status = fields[i] === 'A' ? 'added' : fields[i] === 'D' ? 'removed' : 'modified'
      entries.push({ filename: fields[i + 1]!, status })
    }
    return entries
  }

  head(ref: string): string {
    return git(this.work, 'rev-parse', ref)
  }

  /** A fresh clone checked out at a commit, as actions/checkout leaves the workspace. */
  checkout(name: string, commit: string, branch = 'main'): string {
    const dir = path.join(this.base, name)
    git(this.base, 'clone', '-q', '-b', branch, this.remote, dir)
    git(dir, 'checkout', '-q', '-B', branch, commit)
    return dir
  }

  /** The GITHUB_* variables of a pull_request event for this repository (acme/etl). */
  pullRequestEvent(
    number: number,
    base: string,
    head: string,
    ref: string,
  ): Record<string, string> {
    const event = path.join(this.base, `event-pr-${number}-${head.slice(0, 7)}.json`)
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        pull_request: {
          number,
          base: { sha: base, ref: 'main', repo: { full_name: 'acme/etl' } },
          head: { sha: head, ref, repo: { full_name: 'acme/etl' } },
        },
      }),
    )
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/etl',
      GITHUB_SHA: head,
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_HEAD_REF: ref,
    }
  }

  /** The GITHUB_* variables of a push to main. */
  pushEvent(before: string, after: string): Record<string, string> {
    const event = path.join(this.base, `event-push-${after.slice(0, 7)}.json`)
    writeFileSync(
      event,
      JSON.stringify({
        ref: 'refs/heads/main',
        before,
        after,
        repository: { full_name: 'acme/etl' },
      }),
    )
    return {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/etl',
      GITHUB_SHA: after,
      GITHUB_REF: 'refs/heads/main',
    }
  }
}
