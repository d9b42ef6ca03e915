// Real things for publishing tests: a bare remote with clones over the filesystem, GitHub
// contexts for the events commit-back and the comment care about, a reporter that remembers what
// it was told, and a job config with placeholders resolved by the real resolver.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitHubContext } from '../../src/github/context.js'
import type { Finding } from '../../src/findings.js'
import type { Reporter } from '../../src/publish/reporter.js'
import { resolveConfig } from '../../src/resolve/index.js'
import type { TerraformOutputs } from '../../src/resolve/index.js'
import { Git } from '../../src/util/git.js'
import { tempDir, writeFiles } from '../discover/helpers.js'

export { removeTempDirs, tempDir, writeFiles } from '../discover/helpers.js'

/** Someone other than the bot, so the bot's identity is seen to come from commit-back. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dana Developer',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Developer',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

export const TEMPLATE = `# Stripe customers into Iceberg
job_name: stripe_customers # the job
infrastructure:
  provider: aws
  runtime:
    type: aws_fargate
    cluster_name: "{{terraform_outputs.cluster_name}}"

  # filled in by Terraform
  service: '{{ terraform_outputs.service_name }}'
`

export const OUTPUTS: TerraformOutputs = {
  cluster_name: { value: 'acme-prod-cluster', sensitive: false },
  service_name: { value: 'stripe-customers-etl', sensitive: false },
}

/** The config's text with this run's outputs written in, as the resolve stage writes it. */
export function resolved(text: string, file = 'jobs/stripe.yaml'): string {
  const resolution = resolveConfig(file, Buffer.from(text, 'utf8'), OUTPUTS, {
    allowSensitive: false,
    markers: true,
  })
  const errors = resolution.findings.filter((f) => f.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((f) => f.message).join('\n'))
  return resolution.after
}

/** A reresolve callback over the real resolver, remembering what it was asked. */
export function reresolver(): {
  calls: Array<{ file: string; upstream: string }>
  reresolve: (file: string, upstream: Uint8Array) => Uint8Array | undefined
} {
  const calls: Array<{ file: string; upstream: string }> = []
  return {
    calls,
    reresolve: (file, upstream) => {
      const text = Buffer.from(upstream).toString('utf8')
      calls.push({ file, upstream: text })
      try {
        return Buffer.from(resolved(text, file), 'utf8')
      } catch {
        return undefined
      }
    },
  }
}

/** A bare repository standing in for GitHub, and a clone of it where others push from. */
export class Remote {
  private constructor(
    readonly dir: string,
    readonly git: Git,
    readonly other: Git,
  ) {}

  /** A bare remote whose `main` has the files, and more branches made from it. */
  static async create(files: Record<string, string>): Promise<Remote> {
    const dir = path.join(await tempDir('publish-remote-'), 'etl.git')
    await new Git(path.dirname(dir), GIT_ENV).run(['init', '--quiet', '--bare', '-b', 'main', dir])
    const otherDir = path.join(await tempDir('publish-other-'), 'etl')
    await new Git(path.dirname(otherDir), GIT_ENV).run(['clone', '--quiet', dir, otherDir])
    const remote = new Remote(dir, new Git(dir, GIT_ENV), new Git(otherDir, GIT_ENV))
    await remote.other.run(['checkout', '--quiet', '-b', 'main'])
    await writeFiles(otherDir, files)
    await remote.other.run(['add', '--all'])
    await remote.other.run(['commit', '--quiet', '-m', 'Add the job'])
    await remote.other.run(['push', '--quiet', 'origin', 'main'])
    return remote
  }

  /** Someone else pushes a commit writing these files on top of the branch. */
  async push(branch: string, files: Record<string, string>, message: string): Promise<string> {
    await this.other.run(['fetch', '--quiet', 'origin'])
    const exists = (await this.other.tryRun(['rev-parse', '--verify', `origin/${branch}`])).exitCode
    await this.other.run(
      exists === 0
        ? ['checkout', '--quiet', '-B', branch, `origin/${branch}`]
        : ['checkout', '--quiet', '-B', branch],
    )
    await writeFiles(this.other.cwd, files)
    await this.other.run(['add', '--all'])
    await this.other.run(['commit', '--quiet', '-m', message])
    await this.other.run(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`])
    return this.tip(branch)
  }

  async clone(args: string[] = []): Promise<Git> {
    const dir = path.join(await tempDir('publish-workspace-'), 'etl')
    await new Git(path.dirname(dir), GIT_ENV).run(['clone', '--quiet', ...args, this.dir, dir])
    return new Git(dir, GIT_ENV)
  }

  async tip(branch: string): Promise<string> {
    return (await this.git.run(['rev-parse', `refs/heads/${branch}`])).stdout.trim()
  }

  async show(revision: string, file: string): Promise<string> {
    return (await this.git.run(['show', `${revision}:${file}`])).stdout
  }

  /** `author|committer|parents|subject` of a commit. */
  async describe(revision: string): Promise<string> {
    return (
      await this.git.run(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%P|%s', revision])
    ).stdout.trim()
  }

  /** The files a commit changed against its first parent. */
  async changed(revision: string): Promise<string[]> {
    const { stdout } = await this.git.run([
      'diff-tree',
      '--no-commit-id',
      '--name-only',
      '-r',
      revision,
    ])
    return stdout.split('\n').filter(Boolean)
  }

  /** A pre-receive hook on the remote (a shell script). */
  async hook(script: string): Promise<void> {
    const file = path.join(this.dir, 'hooks', 'pre-receive')
    await writeFile(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 })
  }
}

/** A workspace repository whose push waits for someone else's push first, once. */
export class RacingGit extends Git {
  constructor(
    cwd: string,
    private race: (() => Promise<unknown>) | undefined,
  ) {
    super(cwd, GIT_ENV)
  }

  override async tryRun(args: readonly string[]) {
    if (args[0] === 'push' && this.race) {
      const race = this.race
      this.race = undefined
      await race()
    }
    return super.tryRun(args)
  }
}

export class RecordingReporter implements Reporter {
  readonly findings: Finding[] = []
  readonly infos: string[] = []
  readonly notices: string[] = []
  /** Lines of other programs (Reporter.output). */
  readonly outputs: string[] = []
  readonly warnings: string[] = []
  readonly errors: string[] = []
  readonly debugs: string[] = []
  readonly groups: string[] = []
  readonly secrets: string[] = []

  finding(finding: Finding): void {
    this.findings.push(finding)
  }
  info(message: string): void {
    this.infos.push(message)
  }
  notice(message: string): void {
    this.notices.push(message)
  }
  output(line: string): void {
    this.outputs.push(line)
  }
  warning(message: string): void {
    this.warnings.push(message)
  }
  error(message: string): void {
    this.errors.push(message)
  }
  debug(message: string): void {
    this.debugs.push(message)
  }
  async group<T>(title: string, run: () => Promise<T>): Promise<T> {
    this.groups.push(title)
    return run()
  }
  secret(value: string): void {
    this.secrets.push(value)
  }
}

const BASE_CONTEXT = {
  repository: { owner: 'acme', repo: 'etl' },
  serverUrl: 'https://github.com',
  runId: '4242',
  job: 'provision',
  workflow: 'Dativo jobs',
}

export function pushContext(branch = 'main', apiUrl = 'http://127.0.0.1:9'): GitHubContext {
  const ref = `refs/heads/${branch}`
  return {
    ...BASE_CONTEXT,
    eventName: 'push',
    payload: { ref, deleted: false, created: false },
    ref,
    apiUrl,
  }
}

export function pullRequestContext(
  options: {
    number?: number
    head?: string
    headRepo?: string | null
    eventName?: string
    action?: string
    sha?: string
  } = {},
  apiUrl = 'http://127.0.0.1:9',
): GitHubContext {
  const number = options.number ?? 7
  const headRepo = options.headRepo === undefined ? 'acme/etl' : options.headRepo
  return {
    ...BASE_CONTEXT,
    eventName: options.eventName ?? 'pull_request',
    payload: {
      action: options.action ?? 'synchronize',
      number,
      pull_request: {
        number,
        base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/etl' } },
        head: {
          ref: options.head ?? 'feature',
          sha: 'a'.repeat(40),
          repo: headRepo === null ? null : { full_name: headRepo },
        },
      },
    },
    ref: `refs/pull/${number}/merge`,
    sha: options.sha,
    headRef: options.head ?? 'feature',
    apiUrl,
  }
}
