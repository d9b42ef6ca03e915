import { existsSync, readFileSync } from 'node:fs'
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
    // A module is TypeScript, or generated JavaScript (the schemas' standalone validators).
    const written = path.resolve(path.dirname(file), specifier)
    const typescript = written.replace(/\.js$/, '.ts')
    const target = existsSync(typescript) ? typescript : written
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

describe('start-up cost of the front doors', () => {
  // What the action and the CLI load before they know what a run needs: no toolkit, no exec
  // package (git runs through util/exec), and neither the policy schema's validator nor the plan
  // checks, which load with a policy and with a plan.
  it.each(['index.ts', 'cli/index.ts'])(
    '%s loads yaml, the glob walk and its own code',
    (entry) => {
      const loaded = [...staticImports(path.join(src, entry))]
      const packages = loaded.filter(
        (module) => !module.startsWith('/') && !module.startsWith('node:'),
      )
      expect(packages.sort()).toEqual(['picomatch', 'tinyglobby', 'yaml'])
      const own = loaded
        .filter((module) => module.startsWith('/'))
        .map((m) => path.relative(src, m))
      expect(own).not.toContain('policy/read.ts')
      expect(own).not.toContain('policy/generated/policy.validate.js')
      expect(own).not.toContain('policy/plan.ts')
      expect(own).toContain('config/generated/job-config.validate.js')
    },
  )
})
