// The CLI's workspace and its paths. The workspace is the git top level of the current directory
// (or --workspace), so a run from any folder of a repository sees the same configs and roots the
// action does. Paths on the command line are taken as the shell gives them: relative to the
// current directory, or absolute; a folder stands for the job configs under it.
import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { UsageError } from '../findings.js'
import { Git } from '../util/git.js'
import { relativePosix, within } from '../util/paths.js'

export class CliPaths {
  private constructor(
    /** The current directory, its real path. */
    readonly cwd: string,
    /** Absolute, real path. */
    readonly workspace: string,
    /** How the help and messages name where the workspace came from. */
    private readonly origin: string,
  ) {}

  static async find(cwd: string, given: string | undefined): Promise<CliPaths> {
    const here = real(cwd)
    if (given !== undefined) {
      const folder = path.resolve(here, given)
      if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
        throw new UsageError(`--workspace: '${given}' is not a folder`)
      }
      return new CliPaths(here, real(folder), '--workspace')
    }
    const topLevel = await new Git(here).tryRun(['rev-parse', '--show-toplevel'])
    if (topLevel.exitCode === 0 && topLevel.stdout.trim()) {
      return new CliPaths(here, real(topLevel.stdout.trim()), 'the git top level')
    }
    return new CliPaths(here, here, 'the current directory, which is in no git repository')
  }

  /**
   * For config arguments all outside this workspace (a config of another repository, or of
   * none): the workspace of the first one, as if run from its folder, so that `validate` takes a
   * file anywhere, as `tags` and `tfvars` do. Otherwise this workspace.
   */
  async around(args: readonly string[]): Promise<CliPaths> {
    const included = args.filter((arg) => !(arg.startsWith('!') && !arg.startsWith('!(')))
    const outside = (arg: string) => {
      const absolute = path.resolve(this.cwd, arg)
      return (
        within(this.workspace, absolute) === undefined &&
        within(this.workspace, real(absolute)) === undefined
      )
    }
    if (included.length === 0 || !included.every(outside)) return this
    const first = path.resolve(this.cwd, included[0]!)
    const folder = statSync(first, { throwIfNoEntry: false })?.isDirectory()
      ? first
      : path.dirname(first)
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return this
    const there = await CliPaths.find(folder, undefined)
    return new CliPaths(this.cwd, there.workspace, `the workspace of ${included[0]}`)
  }

  /**
   * Config arguments as the `configs` globs of the workspace: a folder stands for the .yaml and
   * .yml files under it, `!` still excludes. `written` maps each glob back to its argument.
   */
  configPatterns(
    args: readonly string[],
    label: string,
  ): { patterns: string[]; written: Map<string, string> } {
    const patterns: string[] = []
    const written = new Map<string, string>()
    const add = (pattern: string, arg: string) => {
      patterns.push(pattern)
      written.set(pattern, arg)
    }
    for (const arg of args) {
      const excluded = arg.startsWith('!') && !arg.startsWith('!(')
      const body = excluded ? arg.slice(1) : arg
      const relative = this.toWorkspace(body, arg, label)
      const folder =
        !picomatch.scan(body).isGlob &&
        statSync(path.resolve(this.cwd, body), { throwIfNoEntry: false })?.isDirectory()
      if (excluded) add(`!${relative || '**'}`, arg)
      else if (folder) add(`${relative ? `${relative}/**` : '**'}/*.{yaml,yml}`, arg)
      else add(relative, arg)
    }
    return { patterns, written }
  }

  /** A path (or glob) as the shell gave it, relative to the workspace with forward slashes. */
  toWorkspace(value: string, shown: string, label: string): string {
    const absolute = path.resolve(this.cwd, value)
    const relative = within(this.workspace, absolute) ?? within(this.workspace, real(absolute))
    if (relative === undefined) {
      throw new UsageError(
        `${label}'${shown}' is outside the workspace ${this.workspace} (${this.origin}; --workspace sets another)`,
      )
    }
    return relative
  }

  /** A path for a workspace input: relative to the workspace when inside it, else absolute. */
  input(value: string): string {
    const absolute = path.resolve(this.cwd, value)
    return within(this.workspace, absolute) ?? absolute
  }

  /** A workspace-relative path as a terminal user can use it: relative to the current directory. */
  display(file: string): string {
    if (file === '' || this.cwd === this.workspace) return file
    return relativePosix(this.cwd, path.join(this.workspace, file))
  }
}

/** The real path of a folder, or the path as given (made absolute) when it cannot be followed. */
export function real(folder: string): string {
  try {
    return realpathSync(folder)
  } catch {
    return path.resolve(folder)
  }
}
