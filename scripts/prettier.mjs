// `prettier --check` (or `--write`) over the files git does not ignore, so that a .gitignore in
// any folder, such as the CLI's `.dativo/.gitignore`, keeps Prettier out as it keeps git out.
// Outside a git work tree it checks `.` as Prettier alone would.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gitFiles } from './git-ignored.mjs'

const root = path.resolve(import.meta.dirname, '..')
const mode = process.argv[2]
if (mode !== '--check' && mode !== '--write') {
  console.error('Usage: node scripts/prettier.mjs --check|--write')
  process.exit(2)
}
const prettier = path.join(
  path.dirname(createRequire(import.meta.url).resolve('prettier/package.json')),
  'bin/prettier.cjs',
)
const files = gitFiles(root) ?? ['.']
const result = spawnSync(
  process.execPath,
  [prettier, mode, '--ignore-unknown', '--no-error-on-unmatched-pattern', ...files],
  { cwd: root, stdio: 'inherit' },
)
process.exit(result.status ?? 1)
