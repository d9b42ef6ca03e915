// Reading a root's declarations with HashiCorp's HCL parser: once per folder and content.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeclarations } from '../../src/terraform/hcl.js'

let folder: string

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'dativo-hcl-'))
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

const variables = (text: string) => `${text}\noutput "name" {\n  value = "x"\n}\n`

describe('readDeclarations', () => {
  it('parses a folder once, and again when one of its files changes', async () => {
    const file = path.join(folder, 'main.tf')
    const written = new Date('2026-01-02T03:04:05Z')
    writeFileSync(file, variables('variable "aaa" {}'))
    utimesSync(file, written, written)
    const first = await readDeclarations(folder)
    expect([...first.variables.keys()]).toEqual(['aaa'])
    expect([...first.outputs.keys()]).toEqual(['name'])

    // Same name, size and time: the folder is taken as read, its file is not parsed again.
    writeFileSync(file, variables('variable "bbb" {}'))
    utimesSync(file, written, written)
    expect([...(await readDeclarations(folder)).variables.keys()]).toEqual(['aaa'])

    // Changed time: parsed again.
    utimesSync(file, written, new Date(written.getTime() + 5000))
    expect([...(await readDeclarations(folder)).variables.keys()]).toEqual(['bbb'])
  })

  it('gives each caller its own copy', async () => {
    writeFileSync(path.join(folder, 'main.tf'), variables('variable "ccc" {\n  default = 1\n}'))
    const mine = await readDeclarations(folder)
    mine.variables.get('ccc')!.required = true
    mine.outputs.clear()
    const theirs = await readDeclarations(folder)
    expect(theirs.variables.get('ccc')).toEqual({ sensitive: false, required: false })
    expect([...theirs.outputs.keys()]).toEqual(['name'])
  })

  it('reports a broken file every time it is read', async () => {
    writeFileSync(path.join(folder, 'main.tf'), 'variable "x" {\n')
    for (let round = 0; round < 2; round++) {
      await expect(readDeclarations(folder)).rejects.toThrow(`${path.join(folder, 'main.tf')}:`)
    }
  })
})
