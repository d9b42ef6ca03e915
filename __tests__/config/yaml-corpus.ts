// Generated YAML for the tests that hold the quick reader to `yaml`: documents shaped like job
// configs with every construct a person might write (and many the quick reader leaves to `yaml`),
// and damaged copies of them. Seeded, so a failure names a document that can be made again.

export type Random = () => number

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seeded(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!
const chance = (random: Random, p: number) => random() < p

/** Plain scalars people write, of every type the core schema knows. */
const COMMON_SCALARS = [
  'acme',
  'data-engineering',
  'us-east-1',
  'registry.example.com/dativo:1.1.0',
  'Data Platform',
  'team-9@acme.example',
  'a b  c',
  'http://example.com/x?y=1',
  'x:y',
  'a#b',
  'a - b',
  'a,b',
  'b[0]',
  'c{d}',
  "it's",
  'say "hi"',
  'é',
  '数据',
  'naïve café',
  'ü-ß',
  '\u00a0x',
  'x\u00a0',
  '1',
  '-1',
  '+1',
  '01',
  '0',
  '-0',
  '1.0',
  '1.5',
  '-.5',
  '.5',
  '1.',
  '1e3',
  '1E-3',
  '+1.5e+3',
  '0x1F',
  '0xg',
  '0o17',
  '0o8',
  '0b101',
  '1_000',
  '017',
  '12:30',
  '190:20:30',
  '2001-12-14',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '.NAN',
  '.nAn',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  'Yes',
  'YES',
  'no',
  'No',
  'NO',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'y',
  'Y',
  'n',
  'N',
  '-a',
  '--',
  'x\\y',
  '😀',
  'terraform_outputs.x',
  '{terraform_outputs.cluster_name}',
  '$x',
  '(x)',
  'a/b',
  'a.b.c',
  'A_B',
  'zz',
  '12 monkeys',
  '1 2',
  '0.0.1',
  'v1.2.3',
  '1.2.3',
  '=',
  'x]',
  'x}',
]

/** What YAML reads as something else, or refuses, when written plain. */
const ODD_SCALARS = [
  '-',
  '- a',
  '---',
  '...',
  '?',
  '?a',
  '? a',
  ':a',
  ': a',
  '&a',
  '*a',
  '!a',
  '!!str',
  '|',
  '>',
  '%a',
  '@a',
  '`a',
  '[a]',
  '{a}',
  'a]',
  'a}',
  '"a',
  "'a",
  '#a',
  'a: b',
  'a:',
  'a :b',
  '<<',
  '\\',
  '2001-12-14t21:59:43.10-05:00',
]

/** Both, as the tests of single scalars use them. */
export const PLAIN_SCALARS = [...COMMON_SCALARS, ...ODD_SCALARS]

const QUOTED_TEXTS = [
  '',
  'x',
  'a b',
  'a: b',
  'a #b',
  '#',
  "it's",
  'say "hi"',
  'é',
  '数据',
  '{{terraform_outputs.cluster_name}}',
  '{{ terraform_outputs.service_name }}',
  '{terraform_outputs.x}',
  '1',
  'true',
  'null',
  '~',
  "''",
  '😀',
  ' lead',
  'trail ',
]
const ESCAPED_TEXTS = ['tab\\there', 'line\\nbreak', '\\"', '\\\\', 'a\\u00e9']

const COMMON_KEYS = [
  'tenant_id',
  'environment',
  'source',
  'target',
  'infrastructure',
  'provider',
  'runtime',
  'type',
  'image',
  'cpu',
  'memory',
  'region',
  'tags',
  'job_name',
  'team',
  'cost_center',
  'owner',
  'objects',
  'connection',
  's3',
  'bucket',
  'resource_identifiers',
  'cluster_name',
  'secrets',
  'environment_variables',
  'schedule',
  'a b',
  'a.b',
  'a-b',
  'é',
  '数据',
  'x1',
  '1x',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
]
const ODD_KEYS = [
  '__proto__',
  '<<',
  '1',
  '-1',
  '1.5',
  'true',
  'null',
  '~',
  'yes',
  'a:b',
  'a#b',
  'a[0]',
  'a,b',
  "it's",
  '-a',
  '?a',
  'k'.repeat(1100),
]

function quoted(random: Random): string {
  const text = chance(random, 0.03) ? pick(random, ESCAPED_TEXTS) : pick(random, QUOTED_TEXTS)
  if (chance(random, 0.5) && !text.includes('"')) return `"${text}"`
  return `'${text.replace(/\\/g, '').replace(/'/g, "''")}'`
}

function scalar(random: Random, flow = false): string {
  const roll = random()
  if (roll < 0.6) {
    const plain = chance(random, 0.03) ? pick(random, ODD_SCALARS) : pick(random, COMMON_SCALARS)
    return flow ? plain.replace(/[,[\]{}]/g, '') || 'x' : plain
  }
  if (roll < 0.995) return quoted(random)
  if (roll < 0.997) return `&a${Math.floor(random() * 3)} ${pick(random, COMMON_SCALARS)}`
  if (roll < 0.999) return `*a${Math.floor(random() * 3)}`
  return `!!str ${pick(random, COMMON_SCALARS)}`
}

function key(random: Random): string {
  const roll = random()
  if (roll < 0.9) return pick(random, COMMON_KEYS)
  if (roll < 0.92) return pick(random, ODD_KEYS)
  return quoted(random)
}

function flowSequence(random: Random): string {
  const roll = random()
  if (roll < 0.1) return '[]'
  const count = 1 + Math.floor(random() * 4)
  const items = Array.from({ length: count }, () =>
    chance(random, 0.02) ? flowSequence(random) : scalar(random, true),
  )
  const space = chance(random, 0.3) ? ' ' : ''
  const comma = chance(random, 0.2) ? ' , ' : ', '
  const trailing = chance(random, 0.02) ? ',' : ''
  return `[${space}${items.join(comma)}${trailing}${space}]`
}

const COMMENTS = ['# note', '#', '# {{terraform_outputs.x}}', '#: x', '# - item', "# it's"]

function trailingComment(random: Random): string {
  if (!chance(random, 0.15)) return ''
  return `${chance(random, 0.98) ? ' '.repeat(1 + Math.floor(random() * 3)) : ''}${pick(random, COMMENTS)}`
}

function fillerLines(random: Random, indent: number): string[] {
  const lines: string[] = []
  while (chance(random, 0.12)) {
    const roll = random()
    if (roll < 0.4) lines.push('')
    else if (roll < 0.5) lines.push(' '.repeat(Math.floor(random() * 6)))
    else {
      const at = chance(random, 0.7) ? indent : Math.floor(random() * (indent + 4))
      lines.push(`${' '.repeat(at)}${pick(random, COMMENTS)}`)
    }
  }
  return lines
}

/** The lines of a value placed after `key:` at `indent` (inline: the first line's text). */
function value(random: Random, indent: number, depth: number): { inline: string; lines: string[] } {
  const roll = random()
  const deeper = indent + 1 + Math.floor(random() * 3)
  if (depth < 5 && roll < 0.18) return { inline: '', lines: blockMap(random, deeper, depth + 1) }
  if (depth < 5 && roll < 0.28) {
    const at = chance(random, 0.3) ? indent : deeper
    return { inline: '', lines: blockSequence(random, at, depth + 1) }
  }
  if (roll < 0.36) return { inline: flowSequence(random), lines: [] }
  if (roll < 0.362) return { inline: `{ a: ${scalar(random, true)} }`, lines: [] }
  if (roll < 0.364) return { inline: '{}', lines: [] }
  if (roll < 0.369) {
    const style = pick(random, ['|', '>', '|-', '>+', '|2'])
    return {
      inline: style,
      lines: [`${' '.repeat(deeper)}${pick(random, COMMON_SCALARS)}`, `${' '.repeat(deeper)}more`],
    }
  }
  if (roll < 0.374) {
    // A plain scalar over two lines.
    return { inline: 'first', lines: [`${' '.repeat(deeper)}second`] }
  }
  if (roll < 0.4) return { inline: '', lines: [] }
  if (roll < 0.402) return { inline: '"open', lines: [`${' '.repeat(deeper)}close"`] }
  return { inline: scalar(random), lines: [] }
}

function entry(
  random: Random,
  indent: number,
  depth: number,
  prefix: string,
  used: Set<string> = new Set(),
): string[] {
  let name = key(random)
  // Now and then the same key twice, which `yaml` reports and the quick reader leaves to it.
  for (let tries = 0; used.has(name) && tries < 20 && !chance(random, 0.01); tries++) {
    name = key(random)
  }
  used.add(name)
  const { inline, lines } = value(random, indent, depth)
  const separator = chance(random, 0.005)
    ? pick(random, [' :', ':  ', ':\t', '::'])
    : inline === ''
      ? ':'
      : ': '
  return [`${prefix}${name}${separator}${inline}${trailingComment(random)}`, ...lines]
}

function blockMap(
  random: Random,
  indent: number,
  depth: number,
  used: Set<string> = new Set(),
): string[] {
  const count = 1 + Math.floor(random() * (depth === 0 ? 12 : 5))
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    lines.push(...fillerLines(random, indent))
    const shift = chance(random, 0.003) ? 1 : 0
    lines.push(...entry(random, indent, depth, ' '.repeat(indent + shift), used))
  }
  return lines
}

function blockSequence(random: Random, indent: number, depth: number): string[] {
  const count = 1 + Math.floor(random() * 4)
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    lines.push(...fillerLines(random, indent))
    const dash = `${' '.repeat(indent)}-${chance(random, 0.1) ? '   ' : ' '}`
    const roll = random()
    if (roll < 0.3 && depth < 5) {
      // `- key: value` and the mapping's further keys under the first.
      const column = dash.length
      const used = new Set<string>()
      lines.push(...entry(random, column, depth + 1, dash, used))
      if (chance(random, 0.6)) lines.push(...blockMap(random, column, depth + 1, used))
    } else if (roll < 0.38 && depth < 5) {
      lines.push(`${' '.repeat(indent)}-`, ...blockMap(random, indent + 2, depth + 1))
    } else if (roll < 0.39) {
      lines.push(`${dash}- ${scalar(random)}`)
    } else if (roll < 0.45) {
      lines.push(`${' '.repeat(indent)}-`)
    } else {
      lines.push(
        `${dash}${chance(random, 0.2) ? flowSequence(random) : scalar(random)}${trailingComment(random)}`,
      )
    }
  }
  return lines
}

/** A document shaped like a job config. */
export function randomDocument(random: Random): string {
  const lines = blockMap(random, 0, 0)
  if (chance(random, 0.03)) lines.unshift('---')
  if (chance(random, 0.02)) lines.unshift('%YAML 1.2', '---')
  if (chance(random, 0.02)) lines.push('...')
  if (chance(random, 0.02)) lines.push('---', 'second: doc')
  let text = lines.join('\n') + (chance(random, 0.9) ? '\n' : '')
  if (chance(random, 0.02)) text = text.replace(/\n/g, '\r\n')
  if (chance(random, 0.02)) text = text.replace(/ {2}/, '\t')
  return text
}

const DAMAGE = [...' :#-\'"[]{},&*!|>%@`?~.0\n\t\\', 'a', 'é', '  ', ': ', ' #', '- ', '\n  ']

/** `text` with a few characters inserted, removed or replaced where YAML is most sensitive. */
export function damaged(random: Random, text: string): string {
  let result = text
  const edits = 1 + Math.floor(random() * 3)
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (result.length + 1))
    const roll = random()
    if (roll < 0.4) result = result.slice(0, at) + pick(random, DAMAGE) + result.slice(at)
    else if (roll < 0.7) result = result.slice(0, at) + result.slice(at + 1)
    else result = result.slice(0, at) + pick(random, DAMAGE) + result.slice(at + 1)
  }
  return result
}
