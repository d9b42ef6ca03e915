// Real things for discovery tests: temp folders, git repositories with a fixed identity, and
// GitHub contexts for the events discovery cares about.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { GitHubContext } from '../../src/github/context.js'
import { Git } from '../../src/util/git.js'

const made: string[] = []

export async function tempDir(prefix = 'discover-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/** Writes files (content defaults to a tiny YAML mapping), creating folders as needed. */
export async function writeFiles(root: string, files: Record<string, string> | string[]) {
  const entries = Array.isArray(files)
    ? files.map((file) => [file, `name: ${file}\n`])
    : Object.entries(files)
  for (const [file, content] of entries) {
    const absolute = path.join(root, file!)
    await mkdir(path.dirname(absolute), { recursive: true })
    await writeFile(absolute, content!)
  }
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

export function gitIn(dir: string): Git {
  return new Git(dir, { ...process.env, ...IDENTITY })
}

/** A repository in a temp folder on branch main, with helpers that return commit shas. */
export class TestRepo {
  readonly git: Git

  private constructor(readonly dir: string) {
    this.git = gitIn(dir)
  }

  static async create(): Promise<TestRepo> {
    const repo = new TestRepo(await tempDir('discover-repo-'))
    await repo.git.run(['init', '--quiet', '--initial-branch=main'])
    return repo
  }

  async commit(
    message: string,
    change: {
      write?: Record<string, string> | string[]
      remove?: string[]
      rename?: Record<string, string>
    } = {},
  ): Promise<string> {
    if (change.write) await writeFiles(this.dir, change.write)
    for (const file of change.remove ?? []) await this.git.run(['rm', '--quiet', '--', file])
    for (const [from, to] of Object.entries(change.rename ?? {})) {
      await mkdir(path.dirname(path.join(this.dir, to)), { recursive: true })
      await this.git.run(['mv', '--', from, to])
    }
    await this.git.run(['add', '--all'])
    await this.git.run(['commit', '--quiet', '--allow-empty', '-m', message])
    return this.head()
  }

  async head(): Promise<string> {
    return (await this.git.run(['rev-parse', 'HEAD'])).stdout.trim()
  }

  async checkout(...args: string[]): Promise<void> {
    await this.git.run(['checkout', '--quiet', ...args])
  }
}

export const ZERO_SHA = '0'.repeat(40)

export function pushContext(
  push: {
    before: string
    after: string
    ref?: string
    created?: boolean
    deleted?: boolean
    forced?: boolean
  },
  apiUrl = 'http://127.0.0.1:9',
): GitHubContext {
  const { ref = 'refs/heads/main', ...rest } = push
  return {
    eventName: 'push',
    payload: { ref, created: false, deleted: false, forced: false, ...rest },
    repository: { owner: 'acme', repo: 'etl' },
    apiUrl,
    serverUrl: 'https://github.com',
  }
}

export function pullRequestContext(
  pr: { number: number; baseSha: string; headSha: string; changedFiles?: number },
  apiUrl = 'http://127.0.0.1:9',
  eventName = 'pull_request',
): GitHubContext {
  return {
    eventName,
    payload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        base: { sha: pr.baseSha, ref: 'main', repo: { full_name: 'acme/etl' } },
        head: { sha: pr.headSha, ref: 'feature', repo: { full_name: 'acme/etl' } },
        ...(pr.changedFiles === undefined ? {} : { changed_files: pr.changedFiles }),
      },
    },
    repository: { owner: 'acme', repo: 'etl' },
    apiUrl,
    serverUrl: 'https://github.com',
  }
}

export function eventContext(eventName: string): GitHubContext {
  return { eventName, payload: {}, apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com' }
}
