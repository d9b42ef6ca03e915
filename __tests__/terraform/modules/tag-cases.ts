// Tag maps that try every corner of the conversion: ASCII, international scripts, NFD input,
// case mappings without context, grapheme clusters across the GCP cut, odd characters and keys
// that collide once converted. Generated from a fixed seed, so a failure reproduces.
import type { Tags } from '../../../src/tags/convert.js'

export interface TagCase {
  default_tags: Tags
  job_metadata: Tags
  runtime_type: string
}

export const REQUIRED_TAGS = ['job_name', 'team', 'pipeline_type', 'environment', 'cost_center']

const RUNTIMES = ['aws_fargate', 'azure_container_apps', 'gcp_cloud_run', 'local']

// Characters assigned up to Unicode 15.0, the tables of Terraform's Go runtime: Node knows
// newer ones, which the two sides may classify differently (see src/tags/convert.ts).
const INTERNATIONAL = [
  'é',
  'e\u0301',
  'Café',
  'Cafe\u0301',
  'ñ',
  'Ñ',
  'N\u0303',
  'Å',
  'A\u030a',
  '\u212b',
  'Ü',
  'ç',
  'Ø',
  'ΣΊΣΥΦΟΣ',
  'Σ',
  'ς',
  'ΟΔΟΣ',
  'Ελληνικά',
  'α\u0301',
  'İstanbul',
  'İ',
  'ı',
  'DİYARBAKIR',
  'ß',
  'ẞ',
  'Straße',
  '中文',
  '数据平台',
  '日本語テキスト',
  'ｶﾞｷﾞ',
  '한국어',
  '\u1100\u1161\u11a8',
  '각',
  '👍',
  '👍🏽',
  '👨‍👩‍👧',
  '🇩🇪',
  '❤️',
  '1️⃣',
  'J\u030c',
  '\u0301',
  'x\u0358',
  'o\u0308\u0304',
  'ǅ',
  'ǈ',
  'Ǆ',
  'क्षत्रिय',
  'हिन्दी',
  'กำ',
  'ภาษาไทย',
  'العربية',
  '٣٤',
  'עברית',
  'ПРИВЕТ',
  'Ⅻ',
  'Ⓐ',
  '①',
  '½',
  '²',
  'Ａｂｃ',
  '𝐀𝐁',
  'Ꭰ',
  'Ა',
  'ﬁ',
  '\u212a',
  '\u2126',
  'ŉ',
]

const ODD = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '"',
  "'",
  '\\',
  '${var.x}',
  '%{ if true }x%{ endif }',
  '$${x}',
  '<b>',
  '&',
  '=',
  ':',
  '/',
  '@',
  '+',
  '.',
  ',',
  '-',
  '_',
  '*',
  '\u0001',
  '\u007f',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\u00a0',
  '\u200f',
  '\u2028',
]

const SPECIAL_KEYS = [
  '',
  '_',
  '__',
  '_a',
  'a_',
  'a__b',
  '__proto__',
  'constructor',
  'toString',
  'managed_by',
  'dativo_runtime',
  'Managed_By',
  'ManagedBy',
  '1st',
  '9_lives',
  'aws:cloudformation',
  'a_\u0301',
  'cafe_\u0301_x',
  'j_\u030c',
]

// Groups of keys that become one cloud key on some cloud.
const COLLIDING = [
  [
    'cost_center',
    'cost-center',
    'COST_CENTER',
    'Cost_Center',
    'costCenter',
    'CostCenter',
    'cost__center',
  ],
  ['job_name', 'job-name', 'Job_Name', 'JobName', 'jobName', '_job_name'],
  ['a.b', 'a b', 'a/b', 'a_b', 'A_B', 'a-b', 'a:b'],
  ['straße', 'STRASSE', 'Straße', 'strasse', 'ẞ'],
  ['σ_x', 'Σ_x', 'ς_x'],
  ['İ', 'i', 'I', 'ı'],
  ['x'.repeat(70) + 'a', 'x'.repeat(70) + 'b', 'X'.repeat(70), 'x'.repeat(63)],
  ['é', 'É', 'E\u0301'],
]

const LENGTHS = [1, 2, 62, 63, 64, 127, 128, 129, 255, 256, 257, 300, 513]

export function tagCases(count: number, seed = 20240611): Record<string, TagCase> {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const chance = (p: number) => random() < p

  const asciiWord = (min = 1, max = 12) => {
    const n = min + Math.floor(random() * (max - min + 1))
    let out = ''
    for (let i = 0; i < n; i++) out += pick('abcdefghijklmnopqrstuvwxyz0123456789'.split(''))
    return out
  }
  const asciiKey = () => [asciiWord(), ...(chance(0.5) ? [asciiWord()] : [])].join('_')
  const mixed = (parts: number) => {
    let out = ''
    for (let i = 0; i < parts; i++) {
      const r = random()
      out += r < 0.35 ? asciiWord(1, 6) : r < 0.7 ? pick(INTERNATIONAL) : r < 0.85 ? pick(ODD) : '_'
      if (chance(0.3)) out = chance(0.5) ? out.toUpperCase() : out
    }
    return out
  }
  const long = () => {
    const n = pick(LENGTHS)
    const unit = pick(['x', 'A', 'é', 'e\u0301', '한', '\u1100\u1161', '👨‍👩‍👧', 'ǅ', 'क्ष', 'a_b', ' '])
    const prefix = chance(0.5) ? 'a'.repeat(Math.max(0, n - 2)) : ''
    let out = prefix
    while ([...out].length < n) out += unit
    return out
  }
  const anyKey = () => {
    const r = random()
    if (r < 0.3) return asciiKey()
    if (r < 0.55) return mixed(1 + Math.floor(random() * 4))
    if (r < 0.65) return long()
    if (r < 0.8) return pick(SPECIAL_KEYS)
    return pick(pick(COLLIDING))
  }
  const anyValue = () => {
    const r = random()
    if (r < 0.3) return asciiWord(0, 20) + (chance(0.3) ? '-' + asciiWord() : '')
    if (r < 0.6) return mixed(1 + Math.floor(random() * 5))
    if (r < 0.8) return long()
    if (r < 0.9) return pick(ODD)
    return ''
  }
  const tagMap = (size: number, required: boolean): Tags => {
    const entries: string[][] = []
    const add = (key: string, value: string) => entries.push([key, value])
    if (required) {
      for (const key of REQUIRED_TAGS) {
        let value = anyValue()
        while (value === '') value = anyValue()
        add(key, value)
      }
    }
    if (chance(0.3)) {
      for (const key of pick(COLLIDING)) if (chance(0.7)) add(key, anyValue())
    }
    for (let i = 0; i < size; i++) add(anyKey(), anyValue())
    return distinct(entries)
  }

  const cases: Record<string, TagCase> = {
    'seed-guide-aws': {
      default_tags: { project: 'dativo-platform', managed_by: 'terraform' },
      job_metadata: {
        job_name: 'stripe-customers-etl',
        team: 'data-engineering',
        pipeline_type: 'ingestion',
        environment: 'prod',
        cost_center: 'data-platform',
      },
      runtime_type: 'aws_fargate',
    },
    'all-international': {
      default_tags: distinct(INTERNATIONAL.map((text, i) => [`intl_${i}`, text])),
      job_metadata: distinct([
        ...REQUIRED_TAGS.map((key) => [key, 'ΟΔΟΣ İstanbul Straße']),
        ...INTERNATIONAL.map((text, i) => [`${text}_k${i}`, text.repeat(30)]),
      ]),
      runtime_type: 'gcp_cloud_run',
    },
    'all-odd': {
      default_tags: distinct(ODD.map((text, i) => [`odd${text}${i}`, text])),
      job_metadata: distinct([
        ...REQUIRED_TAGS.map((key) => [key, ODD.join('')]),
        ...SPECIAL_KEYS.map((key) => [key, key]),
      ]),
      runtime_type: 'local',
    },
  }
  for (const [i, group] of COLLIDING.entries()) {
    cases[`colliding-${i}`] = {
      default_tags: distinct(group.map((key, j) => [key, `default-${j}`])),
      job_metadata: distinct([
        ...REQUIRED_TAGS.map((key) => [key, key]),
        ...group.slice(1).map((key, j) => [key, `job-${j}`]),
      ]),
      runtime_type: pick(RUNTIMES),
    }
  }
  for (let i = Object.keys(cases).length; i < count; i++) {
    cases[`generated-${String(i).padStart(3, '0')}`] = {
      default_tags: tagMap(Math.floor(random() * 6), false),
      job_metadata: tagMap(Math.floor(random() * 8), true),
      runtime_type: chance(0.9) ? pick(RUNTIMES) : mixed(2) || 'x',
    }
  }
  return cases
}

/**
 * A map from entries, keeping the first of keys that are the same once normalised (Terraform
 * refuses them in one map); fromEntries keeps '__proto__' a key.
 */
function distinct(entries: string[][]): Tags {
  const seen = new Set<string>()
  return Object.fromEntries(
    entries.filter(
      ([key = '']) => !seen.has(key.normalize('NFC')) && seen.add(key.normalize('NFC')),
    ),
  )
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
