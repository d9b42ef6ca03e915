// The config reader: a plain file is read at once; links, folders, FIFOs and files outside the
// workspace get the same refusals whichever way the reader takes to find out.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigReader } from '../../src/config/read.js'
import type { ReadResult } from '../../src/config/read.js'

let workspace: string
let outside: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'dativo-read-'))
  outside = mkdtempSync(path.join(tmpdir(), 'dativo-read-outside-'))
  mkdirSync(path.join(workspace, 'jobs/folder.yaml'), { recursive: true })
  mkdirSync(path.join(workspace, 'shared'))
  writeFileSync(path.join(workspace, 'jobs/plain.yaml'), 'tenant_id: acme\n')
  writeFileSync(path.join(workspace, 'jobs/empty.yaml'), '')
  writeFileSync(path.join(workspace, 'shared/base.yaml'), 'tenant_id: shared\n')
  writeFileSync(path.join(workspace, 'jobs/huge.yaml'), 'x'.repeat(1024 * 1024 + 1))
  writeFileSync(path.join(outside, 'secret.yaml'), 'token: do-not-print\n')
  symlinkSync('../shared/base.yaml', path.join(workspace, 'jobs/linked.yaml'))
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(workspace, 'jobs/outside.yaml'))
  symlinkSync('missing.yaml', path.join(workspace, 'jobs/broken.yaml'))
  symlinkSync('loop-b.yaml', path.join(workspace, 'jobs/loop-a.yaml'))
  symlinkSync('loop-a.yaml', path.join(workspace, 'jobs/loop-b.yaml'))
  symlinkSync(outside, path.join(workspace, 'jobs/away'))
  execFileSync('mkfifo', [path.join(workspace, 'jobs/pipe.yaml')])
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

function said(result: ReadResult): string {
  return result.ok
    ? `ok: ${Buffer.from(result.bytes).toString('utf8')}`
    : `${result.finding.rule}: ${result.finding.message}`
}

describe('ConfigReader', () => {
  it('reads files, follows links inside the workspace, and refuses the rest with a reason', async () => {
    const reader = new ConfigReader(workspace)
    const cases: Record<string, string> = {
      'jobs/plain.yaml': 'ok: tenant_id: acme\n',
      'jobs/empty.yaml': 'ok: ',
      'jobs/linked.yaml': 'ok: tenant_id: shared\n',
      'jobs/outside.yaml':
        'file-unreadable: The file is a link to a place outside the workspace; it is not read',
      'jobs/away/secret.yaml':
        'file-unreadable: The file is a link to a place outside the workspace; it is not read',
      'jobs/broken.yaml':
        'file-unreadable: Cannot read the file: it does not exist (or is a broken link)',
      'jobs/gone.yaml':
        'file-unreadable: Cannot read the file: it does not exist (or is a broken link)',
      'jobs/loop-a.yaml': 'file-unreadable: Cannot read the file: too many levels of links',
      'jobs/folder.yaml': 'file-unreadable: Not a regular file: a job config must be a file',
      // A FIFO must neither hang the run nor be read.
      'jobs/pipe.yaml': 'file-unreadable: Not a regular file: a job config must be a file',
      'jobs/huge.yaml':
        'yaml-size: File is too large: 1.0 MiB (a job config may be at most 1.0 MiB)',
    }
    for (const [file, expected] of Object.entries(cases)) {
      expect(said(reader.readSync(file)), file).toBe(expected)
      // The same again through the promise the resolve stage awaits, and from the cached folders.
      expect(said(await reader.read(file)), file).toBe(expected)
    }
  })

  it('names the file and its first line in every refusal', () => {
    const result = new ConfigReader(workspace).readSync('jobs/gone.yaml')
    expect(result).toEqual({
      ok: false,
      finding: {
        severity: 'error',
        rule: 'file-unreadable',
        message: 'Cannot read the file: it does not exist (or is a broken link)',
        file: 'jobs/gone.yaml',
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    })
  })
})
