// A throwaway Terraform root next to a copy of terraform/modules, so module sources read
// `../modules/<name>` as they do in a job's root, and state stays in a temp dir. With
// `standIns`, azurerm and google come from a stand-in mirror built beside it.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { standInMirror } from '../../helpers/stand-in-mirror.js'
import type { StandInMirror, StandInProvider } from '../../helpers/stand-in-mirror.js'
import { terraformEnv } from '../../helpers/terraform.js'

export const MODULES_DIR = fileURLToPath(new URL('../../../terraform/modules', import.meta.url))

export interface TerraformResult {
  code: number
  stdout: string
  stderr: string
}

export interface RootOptions {
  /** Install azurerm and google from a stand-in mirror, at these versions (default: theirs). */
  standIns?: Partial<Record<StandInProvider, string[]>>
  /** More environment for every terraform command (e.g. moto's endpoint and credentials). */
  env?: NodeJS.ProcessEnv
}

export class TerraformRoot {
  private constructor(
    readonly base: string,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly mirror: StandInMirror | undefined,
  ) {}

  /** A root holding `files`, beside a fresh copy of every module. */
  static create(files: Record<string, string>, options: RootOptions = {}): TerraformRoot {
    const base = mkdtempSync(path.join(os.tmpdir(), 'dativo-modules-'))
    cpSync(MODULES_DIR, path.join(base, 'modules'), { recursive: true })
    const dir = path.join(base, 'root')
    const mirror = options.standIns ? standInMirror(base, options.standIns) : undefined
    const env = { ...terraformEnv(path.join(base, 'cli'), mirror?.dir), ...options.env }
    const root = new TerraformRoot(base, dir, env, mirror)
    root.write(files)
    return root
  }

  /** The root's copy of a module, to plant a fault in. */
  moduleDir(name: string): string {
    return path.join(this.base, 'modules', name)
  }

  write(files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(this.dir, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
    }
  }

  run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<TerraformResult> {
    return new Promise((resolve) => {
      execFile(
        'terraform',
        [...args],
        {
          cwd: this.dir,
          env: { ...this.env, ...env },
          maxBuffer: 512 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
          resolve({ code, stdout, stderr })
        },
      )
    })
  }

  /** Runs terraform and fails with its own words when it does. */
  async ok(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
    const result = await this.run(args, env)
    if (result.code !== 0) {
      throw new Error(`terraform ${args.join(' ')} exited ${result.code}:\n${result.stderr}`)
    }
    return result.stdout
  }

  remove(): void {
    rmSync(this.base, { recursive: true, force: true })
  }
}
