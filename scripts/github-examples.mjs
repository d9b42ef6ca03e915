// Extracts from GitHub's published REST description (the @octokit/openapi devDependency) one
// documented example answer per kind of object the stand-in GitHub of the tests serves
// (__tests__/helpers/fake-github.ts builds its answers on them, filling in its own values), so
// its answers have every field GitHub's have. __tests__/helpers/fake-github-openapi.test.ts
// checks each answer against the description's schemas.
//
//   node scripts/github-examples.mjs            regenerate the examples file
//   node scripts/github-examples.mjs --check    exit 1 when it is out of date
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const target = path.join(root, '__tests__/helpers/github-examples.json')

/** Kind of object → its example in components.examples (the first item of a list). */
const EXAMPLES = {
  'simple-user': ['issue-comment', (example) => example.user],
  'public-user': ['private-user-response-with-public-profile-information'],
  'issue-comment': ['issue-comment'],
  'diff-entry': ['diff-entry-items'],
  'commit-comparison': ['commit-comparison'],
  'pull-request-simple': ['pull-request-simple-items'],
  'git-ref': ['git-ref'],
  'git-commit': ['git-commit'],
  'content-file': ['content-file-response-if-content-is-a-file'],
  blob: ['blob'],
  'short-blob': ['short-blob'],
  'git-tree': ['git-tree'],
  'check-run': ['check-run-example-of-completed-conclusion'],
  issue: ['issue'],
  label: ['label'],
}

const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
)
const out = {}
for (const [kind, [name, pick = (example) => example]] of Object.entries(EXAMPLES)) {
  let value = spec.components.examples[name].value
  if (Array.isArray(value)) value = value[0]
  out[kind] = pick(value)
}
const text = JSON.stringify(out, null, 2) + '\n'
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${path.relative(root, target)} is out of date: node scripts/github-examples.mjs`)
    process.exit(1)
  }
} else {
  writeFileSync(target, text)
}
