// writeAtomically: a temp file beside the target, renamed over it, with the target's mode.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { writeAtomically } from '../../src/resolve/write.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dativo-write-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test.each([0o600, 0o640, 0o755])('keeps mode %o and leaves no temp file', async (mode) => {
  const file = path.join(dir, 'job.yaml')
  writeFileSync(file, 'old: 1\n')
  chmodSync(file, mode)
  await writeAtomically(file, 'new: "2" # é\r\n')
  expect(readFileSync(file, 'utf8')).toBe('new: "2" # é\r\n')
  expect(statSync(file).mode & 0o7777).toBe(mode)
  expect(readdirSync(dir)).toEqual(['job.yaml'])
})

test('replaces the file in one step: the inode changes, the old content is never truncated', async () => {
  const file = path.join(dir, 'job.yaml')
  writeFileSync(file, 'old: 1\n')
  const before = statSync(file).ino
  await writeAtomically(file, 'new: 2\n')
  expect(statSync(file).ino).not.toBe(before)
})

test('creates a file that does not exist yet', async () => {
  const file = path.join(dir, 'copy.yaml')
  await writeAtomically(file, new TextEncoder().encode('\uFEFFa: 1'))
  expect([...readFileSync(file)]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31])
  expect(readdirSync(dir)).toEqual(['copy.yaml'])
})

test('through a symbolic link, the target is written and the link stays a link', async () => {
  mkdirSync(path.join(dir, 'real'))
  const target = path.join(dir, 'real', 'job.yaml')
  writeFileSync(target, 'old: 1\n')
  const link = path.join(dir, 'job.yaml')
  symlinkSync(target, link)
  await writeAtomically(link, 'new: 2\n')
  expect(lstatSync(link).isSymbolicLink()).toBe(true)
  expect(readFileSync(target, 'utf8')).toBe('new: 2\n')
  expect(readdirSync(path.join(dir, 'real'))).toEqual(['job.yaml'])
})

test('when the rename fails, the temp file is removed and the error is thrown', async () => {
  // A directory cannot be replaced by a file: rename fails after the temp file is written.
  const target = path.join(dir, 'job.yaml')
  mkdirSync(target)
  writeFileSync(path.join(target, 'inside'), 'x')
  await expect(writeAtomically(target, 'new: 2\n')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/)
  expect(readdirSync(dir)).toEqual(['job.yaml'])
  expect(readdirSync(target)).toEqual(['inside'])
})
