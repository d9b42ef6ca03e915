// action.yml is not a workflow, so actionlint does not read it: these are GitHub's rules for
// action metadata, and the contract's promises about it (every input has a default, node24).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { repoRoot } from './actionlint.js'

const text = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')
const document = parseDocument(text, { uniqueKeys: true })
const action = document.toJS() as {
  name: string
  description: string
  author?: string
  branding?: { icon: string; color: string }
  inputs: Record<string, Record<string, unknown>>
  outputs: Record<string, Record<string, unknown>>
  runs: Record<string, unknown>
}

/** The colours GitHub accepts for branding, and the Feather icons it leaves out. */
const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
]
const EXCLUDED_ICONS = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon',
]
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/

describe('action.yml', () => {
  it('is one YAML document without errors or duplicate keys', () => {
    expect(document.errors.map((e) => e.message)).toEqual([])
    expect(document.warnings.map((w) => w.message)).toEqual([])
  })

  it('has only the keys GitHub reads, and the ones it requires', () => {
    const known = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']
    expect(Object.keys(action).filter((key) => !known.includes(key))).toEqual([])
    expect(typeof action.name).toBe('string')
    expect(action.description.trim().length).toBeGreaterThan(0)
  })

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(existsSync(path.join(repoRoot, 'dist/index.js'))).toBe(true)
  })

  it('has branding the Marketplace accepts', () => {
    expect(BRANDING_COLORS).toContain(action.branding?.color)
    expect(action.branding?.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(EXCLUDED_ICONS).not.toContain(action.branding?.icon)
  })

  it.each(Object.keys(action.inputs))('input %s has a description and a default', (name) => {
    const input = action.inputs[name]!
    expect(name).toMatch(ID)
    expect(
      Object.keys(input).filter(
        (k) => !['description', 'required', 'default', 'deprecationMessage'].includes(k),
      ),
    ).toEqual([])
    expect(String(input['description'] ?? '').trim()).not.toBe('')
    expect(typeof input['default']).toBe('string')
    // A required input with a default would be a contradiction; the code applies defaults itself.
    expect(input['required']).toBe(false)
    // Input defaults may read only the github context.
    for (const [, expression] of String(input['default']).matchAll(/\$\{\{(.*?)\}\}/g)) {
      expect(expression!.trim()).toMatch(/^github\.[a-z_]+$/)
    }
  })

  it.each(Object.keys(action.outputs))('output %s has a description and nothing else', (name) => {
    expect(name).toMatch(ID)
    expect(Object.keys(action.outputs[name]!)).toEqual(['description'])
    expect(String(action.outputs[name]!['description']).trim()).not.toBe('')
  })
})
