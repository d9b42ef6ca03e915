// The `configs` globs on a real file system: what the walk selects, what the changed-file filter
// selects, and that the two agree on awkward names.
import { mkdir, readdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { existingConfigFiles, findConfigFiles } from '../../src/discover/files.js'
import { configMatcher, parsePatterns } from '../../src/discover/patterns.js'
import { UsageError } from '../../src/findings.js'
import { removeTempDirs, tempDir, writeFiles } from './helpers.js'

afterAll(removeTempDirs)

async function find(workspace: string, patterns: string[]) {
  return findConfigFiles(workspace, parsePatterns(patterns))
}

async function allFilesIn(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

describe('patterns', () => {
  it('refuses patterns that leave the workspace, with the pattern in the message', () => {
    for (const pattern of [
      '../x/*.yaml',
      'jobs/../../x.yaml',
      '/etc/*.yaml',
      '!../jobs/*.yaml',
      'C:\\jobs\\*.yaml',
      'C:/jobs/*.yaml',
    ]) {
      expect(() => parsePatterns(['jobs/*.yaml', pattern]), pattern).toThrow(UsageError)
      expect(() => parsePatterns(['jobs/*.yaml', pattern]), pattern).toThrow(`'${pattern}'`)
    }
    expect(() => parsePatterns(['../x/*.yaml'])).toThrow(
      "Input configs: '../x/*.yaml' leads outside the workspace; patterns are relative to the workspace",
    )
  })

  it('needs at least one include pattern', () => {
    expect(() => parsePatterns(['!jobs/old/**'])).toThrow(
      'Input configs: no pattern selects any file (only ! excludes given); add one such as jobs/**/*.yaml',
    )
    expect(() => parsePatterns([])).toThrow('none given')
  })

  it('normalises ./ and a trailing slash, keeps extglobs that start with !(', () => {
    expect(parsePatterns(['./jobs//a/../*.yaml', 'jobs/', '!(x).yaml', '!jobs/old/'])).toEqual({
      include: ['jobs/*.yaml', 'jobs/**', '!(x).yaml'],
      exclude: ['jobs/old/**'],
    })
  })

  it('applies excludes whatever their order, and an excluded folder excludes its contents', () => {
    const matches = configMatcher(parsePatterns(['!jobs/archive', 'jobs/**/*.yaml', '!**/draft-*']))
    expect(matches('jobs/a.yaml')).toBe(true)
    expect(matches('jobs/archive/a.yaml')).toBe(false)
    expect(matches('jobs/archive/deep/a.yaml')).toBe(false)
    expect(matches('jobs/archived/a.yaml')).toBe(true)
    expect(matches('jobs/team/draft-a.yaml')).toBe(false)
  })

  it('matches dot names only where the pattern spells the dot, never inside .git or node_modules', () => {
    const matches = configMatcher(parsePatterns(['**/*.yaml', '.github/jobs/*.yaml']))
    expect(matches('jobs/.hidden.yaml')).toBe(false)
    expect(matches('.config/a.yaml')).toBe(false)
    expect(matches('.github/jobs/a.yaml')).toBe(true)
    expect(matches('jobs/node_modules/a.yaml')).toBe(false)
    expect(configMatcher(parsePatterns(['.git/**/*.yaml']))('.git/x/a.yaml')).toBe(false)
  })
})

describe('the walk', () => {
  it('finds .yaml and .yml files in nested folders, minus excludes, sorted', async () => {
    const workspace = await tempDir()
    await writeFiles(workspace, [
      'jobs/z.yaml',
      'jobs/a.yml',
      'jobs/acme/stripe.yaml',
      'jobs/acme/deep/er/hubspot.yml',
      'jobs/acme/notes.md',
      'jobs/archive/old.yaml',
      'jobs/acme/draft-x.yaml',
      'other/outside-pattern.yaml',
      'jobs/node_modules/pkg/x.yaml',
      'jobs/.hidden.yaml',
      'jobs/.drafts/d.yaml',
    ])
    const found = await find(workspace, [
      'jobs/**/*.yaml',
      'jobs/**/*.yml',
      '!jobs/archive',
      '!**/draft-*',
    ])
    expect(found).toEqual([
      'jobs/a.yml',
      'jobs/acme/deep/er/hubspot.yml',
      'jobs/acme/stripe.yaml',
      'jobs/z.yaml',
    ])
    expect(await find(workspace, ['jobs/.*.yaml', 'jobs/.drafts/*.yaml'])).toEqual([
      'jobs/.drafts/d.yaml',
      'jobs/.hidden.yaml',
    ])
  })

  it('treats a pattern without glob characters as a file, and a trailing slash as a folder', async () => {
    const workspace = await tempDir()
    await writeFiles(workspace, ['jobs/a.yaml', 'jobs/folder.yaml/inner.yaml', 'jobs/sub/b.yaml'])
    expect(await find(workspace, ['jobs/a.yaml'])).toEqual(['jobs/a.yaml'])
    expect(await find(workspace, ['jobs/folder.yaml'])).toEqual([])
    expect(await find(workspace, ['jobs/sub/'])).toEqual(['jobs/sub/b.yaml'])
  })

  it('counts links to files and broken links as files, does not follow linked folders', async () => {
    const workspace = await tempDir()
    const elsewhere = await tempDir()
    await writeFiles(workspace, ['shared/base.yaml', 'shared/more/m.yaml', 'jobs/real.yaml'])
    await writeFiles(elsewhere, ['secret.yaml'])
    await symlink('../shared/base.yaml', path.join(workspace, 'jobs/linked.yaml'))
    await symlink(path.join(elsewhere, 'secret.yaml'), path.join(workspace, 'jobs/outside.yaml'))
    await symlink('../shared', path.join(workspace, 'jobs/linked-folder'))
    await symlink('.', path.join(workspace, 'jobs/loop'))
    await symlink('/', path.join(workspace, 'jobs/root'))
    await symlink('missing.yaml', path.join(workspace, 'jobs/broken.yaml'))
    await symlink('missing.txt', path.join(workspace, 'jobs/broken.txt'))

    const found = await find(workspace, ['jobs/**/*.yaml'])
    // outside.yaml and broken.yaml are listed so the reader reports each as an error at the link.
    expect(found).toEqual([
      'jobs/broken.yaml',
      'jobs/linked.yaml',
      'jobs/outside.yaml',
      'jobs/real.yaml',
    ])

    // The changed-file path applies the same rules to the same names.
    const changed = await existingConfigFiles(workspace, [
      'jobs/linked.yaml',
      'jobs/outside.yaml',
      'jobs/real.yaml',
      'jobs/linked-folder/base.yaml',
      'jobs/loop/real.yaml',
      'jobs/broken.yaml',
      'jobs/gone.yaml',
    ])
    expect(changed).toEqual(found)
  })

  it('agrees with the changed-file matcher on awkward names', async () => {
    const workspace = await tempDir()
    await writeFiles(workspace, [
      'jobs/a.yaml',
      'jobs/b.yml',
      'jobs/a.b.c.yaml',
      'jobs/..yaml',
      'jobs/x.yaml.bak',
      'jobs/UPPER.YAML',
      'jobs/nested/deep/c.yaml',
      'jobs/my team/spaced name.yaml',
      'jobs/ leading space.yaml',
      'jobs/ünïcødé/数据.yaml',
      'jobs/ünïcødé/e\u0301.yaml',
      'jobs/[x]/bracket.yaml',
      'jobs/x/plain.yaml',
      'jobs/(paren).yaml',
      'jobs/{brace}.yaml',
      'jobs/star*.yaml',
      'jobs/q?.yaml',
      'jobs/#hash.yaml',
      "jobs/it's.yaml",
      'jobs/!bang.yaml',
      'jobs/.hidden.yaml',
      'jobs/.dir/d.yaml',
      'jobs/dir.yaml/inner.yaml',
      'jobs/node_modules/n.yaml',
      'node_modules/x/jobs/y.yaml',
      '.github/jobs/g.yaml',
      'other/o.yaml',
    ])
    const all = await allFilesIn(workspace)
    const cases: string[][] = [
      ['jobs/**/*.yaml', 'jobs/**/*.yml'],
      ['**/*.yaml', '!jobs/nested'],
      ['jobs/[x]/*.yaml'],
      ['jobs/\\[x\\]/*.yaml'],
      ['jobs/*.{yaml,yml}', '!jobs/a.*'],
      ['jobs/.*.yaml', '.github/**/*.yaml', 'jobs/.dir/*'],
      ['jobs/my team/*.yaml', 'jobs/ünïcødé/**'],
      ['jobs/**', '!**/*.bak'],
      ['jobs/'],
      ['**/*.YAML'],
      ['jobs/@(a|b).y?(a)ml'],
      ['./jobs/**/*.yaml', '!jobs/**/[[:upper:]]*'],
      ['jobs/\\(paren\\).yaml', 'jobs/\\{brace\\}.yaml', 'jobs/star\\*.yaml', 'jobs/q\\?.yaml'],
      ['jobs/*', '!jobs/\\!bang.yaml'],
    ]
    for (const patterns of cases) {
      const parsed = parsePatterns(patterns)
      const walked = await findConfigFiles(workspace, parsed)
      const filtered = all.filter(configMatcher(parsed)).sort()
      expect(walked, patterns.join(' ')).toEqual(filtered)
    }
    // Spot checks so agreement cannot hide an empty result.
    const walk = async (patterns: string[]) => await find(workspace, patterns)
    expect(await walk(['jobs/my team/*.yaml', 'jobs/ünïcødé/**'])).toEqual([
      'jobs/my team/spaced name.yaml',
      'jobs/ünïcødé/e\u0301.yaml',
      'jobs/ünïcødé/数据.yaml',
    ])
    expect(await walk(['jobs/\\[x\\]/*.yaml'])).toEqual(['jobs/[x]/bracket.yaml'])
    expect(await walk(['jobs/*.{yaml,yml}', '!jobs/a.*'])).toEqual([
      'jobs/ leading space.yaml',
      'jobs/!bang.yaml',
      'jobs/#hash.yaml',
      'jobs/(paren).yaml',
      'jobs/b.yml',
      "jobs/it's.yaml",
      'jobs/q?.yaml',
      'jobs/star*.yaml',
      'jobs/{brace}.yaml',
    ])
    expect(await walk(['jobs/star\\*.yaml'])).toEqual(['jobs/star*.yaml'])
  })

  it('does not search .git or node_modules even when a pattern names them', async () => {
    const workspace = await tempDir()
    await mkdir(path.join(workspace, '.git'))
    await writeFiles(workspace, ['.git/jobs/a.yaml', 'node_modules/jobs/b.yaml', 'jobs/c.yaml'])
    expect(
      await find(workspace, ['**/*.yaml', '.git/**/*.yaml', 'node_modules/**/*.yaml']),
    ).toEqual(['jobs/c.yaml'])
  })
})
