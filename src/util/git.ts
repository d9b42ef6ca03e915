// The one wrapper around the git program. Git here never reads its standard input (content goes
// in files): util/exec gives it an empty, closed one. Not @actions/exec, whose module and PATH
// lookup cost every run's start-up about 10 ms (node:assert with it) for what util/exec does.
import { definedOnly } from './env.js'
import { exec, ExecError } from './exec.js'
import type { ExecResult } from './exec.js'

export class Git {
  constructor(
    readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Runs git; a non-zero exit is an ExecError. */
  async run(args: readonly string[]): Promise<ExecResult> {
    const result = await this.tryRun(args)
    if (result.exitCode !== 0) throw new ExecError(`git ${args[0]}`, result)
    return result
  }

  /** Runs git and hands back the exit code, whatever it is. */
  async tryRun(args: readonly string[]): Promise<ExecResult> {
    // No pager, no prompts for credentials: a run must never wait for a person.
    return exec('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: this.cwd,
      env: definedOnly({ ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }),
    })
  }

  /** The same repository with more environment (e.g. a GIT_INDEX_FILE) or another folder. */
  with(change: { cwd?: string; env?: NodeJS.ProcessEnv }): Git {
    return new Git(change.cwd ?? this.cwd, { ...this.env, ...change.env })
  }

  /** A blob's exact bytes. */
  async readBlob(sha: string): Promise<Uint8Array> {
    const result = await this.run(['cat-file', 'blob', sha])
    return result.stdoutBytes ?? Buffer.from(result.stdout, 'utf8')
  }

  async hasCommit(sha: string): Promise<boolean> {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false
    return (await this.tryRun(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0
  }

  async isRepository(): Promise<boolean> {
    return (await this.tryRun(['rev-parse', '--git-dir'])).exitCode === 0
  }

  /**
   * Files added, copied, modified, renamed or changed in type between two commits (`base...head`
   * compares against their merge base, as a pull request does). Deleted files are left out,
   * unless `filter` asks for them (`D`: the deleted files alone).
   */
  async changedFiles(
    base: string,
    head: string,
    mergeBase: boolean,
    filter = 'ACMRT',
  ): Promise<string[]> {
    const range = mergeBase ? `${base}...${head}` : `${base}..${head}`
    const { stdout } = await this.run([
      'diff',
      '--name-only',
      '--no-renames',
      `--diff-filter=${filter}`,
      '-z',
      range,
      '--',
    ])
    return stdout.split('\0').filter(Boolean)
  }
}
