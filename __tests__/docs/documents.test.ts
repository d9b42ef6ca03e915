// Every Markdown document of the repository: its relative links lead somewhere, and the action
// pins it shows are the ones the workflows use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, workflowFiles } from './actionlint.js'
import { anchors, linkTargets } from './markdown.js'

const DOCUMENTS = [
  'README.md',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  ...readdirSync(path.join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

/** `owner/repo@<40 hex> # vX.Y.Z` as written anywhere. */
function pins(text: string): string[] {
  return [...text.matchAll(/([\w.-]+\/[\w./-]+)@([0-9a-f]{40})\s+#\s*(v\d+\.\d+\.\d+)/g)].map(
    (m) => `${m[1]}@${m[2]} # ${m[3]}`,
  )
}

describe.each(DOCUMENTS)('%s', (file) => {
  const text = read(file)

  it('links only to files and headings that exist', () => {
    const broken = linkTargets(text)
      .filter((target) => !/^(https?:|mailto:)/.test(target))
      .filter((target) => {
        const [relative, anchor] = target.split('#') as [string, string | undefined]
        const resolved = relative ? path.join(path.dirname(file), relative) : file
        if (!existsSync(path.join(repoRoot, resolved))) return true
        if (anchor === undefined) return false
        if (statSync(path.join(repoRoot, resolved)).isDirectory()) return true
        return !anchors(read(resolved)).includes(anchor)
      })
    expect(broken).toEqual([])
  })

  it('shows the action pins the workflows use', () => {
    const used = new Set(workflowFiles().flatMap((workflow) => pins(read(workflow))))
    expect(pins(text).filter((pin) => !used.has(pin))).toEqual([])
  })
})

describe('the documents the integration guide and the README refer to', () => {
  it.each(['docs/TERRAFORM_CICD_WORKFLOWS.md', 'LICENSE', 'SECURITY.md', 'CONTRIBUTING.md'])(
    '%s exists',
    (file) => {
      expect(existsSync(path.join(repoRoot, file))).toBe(true)
    },
  )

  it('licenses the code under MIT to Dativo', () => {
    const license = read('LICENSE')
    expect(license.split('\n')[0]).toBe('MIT License')
    expect(license).toMatch(/^Copyright \(c\) \d{4} Dativo$/m)
  })

  it('keeps a changelog with an Unreleased section', () => {
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m)
  })
})
