import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src')

/** Every module loaded at start-up by importing `file`: static value imports, followed. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(file, 'utf8')
  for (const [, specifier] of text.matchAll(
    /^(?:import|export)\s+(?!type\b)(?:[^;']*?\sfrom\s+)?'([^']+)'/gm,
  )) {
    if (!specifier) continue
    if (!specifier.startsWith('.')) {
      seen.add(specifier)
      continue
    }
    const target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'))
    if (!seen.has(target)) {
      seen.add(target)
      staticImports(target, seen)
    }
  }
  return seen
}

describe('start-up cost of the installer', () => {
  it('loads openpgp, tool-cache and the HTTP client only when an install runs', () => {
    const loaded = [...staticImports(path.join(src, 'terraform/install/index.ts'))]
    expect(loaded.filter((module) => !module.startsWith('/'))).toEqual([])
    expect(loaded.map((module) => path.relative(src, module)).sort()).toEqual([
      'findings.ts',
      'terraform/install/errors.ts',
      'terraform/install/spec.ts',
    ])
  })

  it('finds a version in the tool cache, or the one on PATH, with no package at all', () => {
    for (const entry of ['terraform/install/install.ts', 'terraform/install/system.ts']) {
      const loaded = [...staticImports(path.join(src, entry))]
      const packages = loaded.filter((m) => !m.startsWith('/') && !m.startsWith('node:'))
      expect(packages, entry).toEqual([])
      expect(
        loaded.map((module) => path.relative(src, module)).filter((m) => /mirror|download/.test(m)),
        entry,
      ).toEqual([])
    }
  })
})
