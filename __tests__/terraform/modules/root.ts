// A throwaway Terraform root next to a copy of terraform/modules, so module sources read
// `../modules/<name>` as they do in a job's root, and state stays in a temp dir.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { terraformEnv } from '../../helpers/terraform.js'

export const MODULES_DIR = fileURLToPath(new URL('../../../terraform/modules', import.meta.url))

export interface TerraformResult {
  code: number
  stdout: string
  stderr: string
}

export class TerraformRoot {
  private constructor(
    readonly base: string,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A root holding `files`, beside a fresh copy of every module. */
  static create(files: Record<string, string>): TerraformRoot {
    const base = mkdtempSync(path.join(os.tmpdir(), 'dativo-modules-'))
    cpSync(MODULES_DIR, path.join(base, 'modules'), { recursive: true })
    const dir = path.join(base, 'root')
    const root = new TerraformRoot(base, dir, terraformEnv(path.join(base, 'cli')))
    root.write(files)
    return root
  }

  write(files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(this.dir, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
    }
  }

  run(args: string[]): Promise<TerraformResult> {
    return new Promise((resolve) => {
      execFile(
        'terraform',
        [...args],
        { cwd: this.dir, env: this.env, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
          resolve({ code, stdout, stderr })
        },
      )
    })
  }

  /** Runs terraform and fails with its own words when it does. */
  async ok(args: string[]): Promise<string> {
    const result = await this.run(args)
    if (result.code !== 0) {
      throw new Error(`terraform ${args.join(' ')} exited ${result.code}:\n${result.stderr}`)
    }
    return result.stdout
  }

  remove(): void {
    rmSync(this.base, { recursive: true, force: true })
  }
}
