// The configs whose validation output must not change when validation gets faster: the
// examples, every YAML fixture of the tests, and damaged and generated documents that reach
// every kind of finding. Deterministic: the same files on every machine.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { configText } from '../../bench/generate.mjs'
import { damaged, randomDocument, seeded } from './yaml-corpus.js'
import { trackedFiles, trackedText } from '../helpers/examples.js'

/** Folders of the repository whose YAML files go in as they are. */
const SOURCES = ['examples/jobs', '__tests__/action/fixtures', '__tests__/resolve/fixtures']

/** Writes the corpus under `workspace`/jobs/; returns how many files it wrote. */
export function writeValidationCorpus(workspace: string): number {
  const files = new Map<string, string>()
  const originals: string[] = []
  for (const folder of SOURCES) {
    const names = trackedFiles(folder)
      .map((file) => path.posix.relative(folder, file))
      .filter((name) => /\.ya?ml$/.test(name))
    for (const name of names) {
      const text = trackedText(`${folder}/${name}`)
      files.set(`jobs/${folder.replace(/^__tests__\//, '')}/${name}`, text)
      originals.push(text)
    }
  }
  for (let i = 0; i < 40; i++) originals.push(configText(i))
  const random = seeded(7)
  for (let i = 0; i < 800; i++) {
    const original = originals[i % originals.length]!
    files.set(`jobs/damaged/${String(i).padStart(4, '0')}.yaml`, damaged(random, original))
  }
  const generate = seeded(8)
  for (let i = 0; i < 400; i++) {
    files.set(`jobs/generated/${String(i).padStart(4, '0')}.yaml`, randomDocument(generate))
  }
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  return files.size
}
