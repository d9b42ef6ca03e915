// Resolution over a corpus of real-world YAML shapes (issue 5, must show 1): the bytes that change
// are exactly the placeholder scalars plus their marker comments, a second run changes nothing,
// and changed outputs are refreshed. Every fixture is also run with CRLF line endings, a byte
// order mark, and without a final newline.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml'
import type { Node, Scalar } from 'yaml'
import { markerText } from '../../src/resolve/marker.js'
import { parseTerraformOutputs } from '../../src/resolve/outputs.js'
import type { TerraformOutputs } from '../../src/resolve/outputs.js'
import { resolveConfig } from '../../src/resolve/resolve.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const outputs = parseTerraformOutputs(readFileSync(path.join(fixtures, 'outputs.json'), 'utf8'))
const changed = parseTerraformOutputs(
  readFileSync(path.join(fixtures, 'outputs-changed.json'), 'utf8'),
)
const corpus = readdirSync(path.join(fixtures, 'corpus')).sort()

const BOM = '\uFEFF'
const variants: Record<string, (text: string) => string> = {
  'as written': (text) => text,
  'CRLF line endings': (text) => text.replace(/\r?\n/g, '\r\n'),
  'a byte order mark': (text) => (text.startsWith(BOM) ? text : BOM + text),
  'no final newline': (text) => text.replace(/\r?\n$/, ''),
}

// The test's own reading of the placeholder syntax (CONTRACT §4), independent of the code's.
const PLACEHOLDER = /\{\{\s*terraform_outputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g
const WHOLE = /^\{\{\s*terraform_outputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}$/

const encode = (text: string) => new TextEncoder().encode(text)
const resolve = (text: string, values: TerraformOutputs, markers = true) =>
  resolveConfig('jobs/acme/job.yaml', encode(text), values, { allowSensitive: false, markers })

describe.each(corpus)('%s', (name) => {
  const original = readFileSync(path.join(fixtures, 'corpus', name), 'utf8')

  describe.each(Object.keys(variants))('with %s', (variant) => {
    const before = variants[variant]!(original)
    const sites = placeholderSites(before)

    test('changes only the placeholder scalars and adds their markers', () => {
      expect(sites.length).toBeGreaterThan(0)
      const first = resolve(before, outputs)
      expect(first.findings).toEqual([])
      expect(first.changed).toBe(true)
      expect(first.after).toBe(rebuild(before, first.after, sites, true))
      expect(readData(first.after)).toEqual(expectedData(before, outputs))
      expect(first.replacements).toHaveLength(
        sites.reduce((n, site) => n + [...site.template.matchAll(PLACEHOLDER)].length, 0),
      )
      expectSameFraming(before, first.after)
    })

    test('running twice changes nothing', () => {
      const first = resolve(before, outputs)
      const second = resolve(first.after, outputs)
      expect(second.findings).toEqual([])
      expect(second.changed).toBe(false)
      expect(second.after).toBe(first.after)
    })

    test('a changed output is refreshed through its marker, nothing else moves', () => {
      const first = resolve(before, outputs)
      const refreshed = resolve(first.after, changed)
      expect(refreshed.findings).toEqual([])
      expect(readData(refreshed.after)).toEqual(expectedData(before, changed))
      expect(refreshed.after).toBe(rebuild(first.after, refreshed.after, sites, false))
      expectSameFraming(before, refreshed.after)
      // …and back again, to the very bytes of the first run.
      expect(resolve(refreshed.after, outputs).after).toBe(first.after)
    })

    test('without markers (resolved copies for output-dir) only the values change', () => {
      const copy = resolve(before, outputs, false)
      expect(copy.findings).toEqual([])
      expect(copy.after).toBe(rebuild(before, copy.after, sites, false))
      expect(readData(copy.after)).toEqual(expectedData(before, outputs))
    })
  })
})

test('a whole-scalar placeholder keeps its quotes and the marker of CONTRACT §7', () => {
  const before = readFileSync(path.join(fixtures, 'corpus', 'seed-aws.yaml'), 'utf8')
  const lines = resolve(before, outputs).after.split('\n')
  expect(lines).toContain(
    '    cluster_name: "acme-prod-cluster" # {{terraform_outputs.cluster_name}}',
  )
  // A user's comment on the same line stays, after the marker.
  expect(lines).toContain(
    '    service_name: "stripe-customers-etl" # {{terraform_outputs.service_name}}   # keep in sync with tags',
  )
})

test('typed outputs: a number and a bool lose their quotes, lists and maps become flow style', () => {
  const quoting = resolve(
    readFileSync(path.join(fixtures, 'corpus', 'quoting.yaml'), 'utf8'),
    outputs,
  ).after
  expect(quoting).toContain('    port: 8080 # {{terraform_outputs.port}}\n')
  expect(quoting).toContain('    scale_to_zero: true # {{terraform_outputs.scale_to_zero}}\n')
  expect(quoting).toContain(
    '    health: "https://etl.acme.example:8080/health\\tcheck" # "https://{{terraform_outputs.host}}:{{terraform_outputs.port}}/health\\tcheck"\n',
  )
  expect(quoting).toContain(
    "    label: 'it''s stripe-customers-etl' # it's {{ terraform_outputs.service_name }}\n",
  )
  const flow = resolve(
    readFileSync(path.join(fixtures, 'corpus', 'flow-and-sequences.yaml'), 'utf8'),
    outputs,
  ).after
  expect(flow).toContain(
    '    subnets: [ subnet-0a1b2c, subnet-3d4e5f ] # {{terraform_outputs.subnet_ids}}     # a list output becomes a flow list\n',
  )
  // `yes` is a bool to a YAML 1.1 reader such as Dativo's, so it stays quoted.
  expect(flow).toContain(
    '    labels: { tier: gold, managed_by: terraform, enabled: "yes" } # {{terraform_outputs.labels}}\n',
  )
})

test('block scalars keep their style, indentation and lines; the marker sits in the header', () => {
  const after = resolve(
    readFileSync(path.join(fixtures, 'corpus', 'block-scalars.yaml'), 'utf8'),
    outputs,
  ).after
  expect(after).toContain(
    [
      '  description: >- # Ingests Stripe customers into the cluster {{terraform_outputs.cluster_name}} and logs to {{terraform_outputs.log_group}} every night.',
      '    Ingests Stripe customers into the cluster',
      '    acme-prod-cluster and logs to /ecs/stripe-customers-etl',
      '    every night.',
    ].join('\n'),
  )
  expect(after).toContain('  strip: |- # {{terraform_outputs.host}}\n    etl.acme.example\n')
  // A template with line breaks is kept as a JSON string, after which the user's comment stays.
  expect(after).toContain(
    '  command: | # "dativo run \\\\\\n  --cluster {{terraform_outputs.cluster_name}} \\\\\\n  --service {{terraform_outputs.service_name}}\\necho done\\n"  # run by the scheduler\n    dativo run \\\n      --cluster acme-prod-cluster \\\n',
  )
})

/** A value holding a placeholder, found by its position among its parents' items. */
interface PlaceholderSite {
  path: number[]
  template: string
}

function placeholderSites(text: string): PlaceholderSite[] {
  const doc = parseDocument(text)
  const sites: PlaceholderSite[] = []
  const walk = (node: unknown, at: number[]) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && PLACEHOLDER.test(node.value)) {
        sites.push({ path: at, template: node.value })
      }
      PLACEHOLDER.lastIndex = 0
    } else if (isMap(node) || isSeq(node)) {
      node.items.forEach((item, i) => walk(isPair(item) ? item.value : item, [...at, i]))
    }
  }
  walk(doc.contents, [])
  return sites
}

function nodeAt(text: string, at: number[]): Node {
  const doc = parseDocument(text)
  let node: unknown = doc.contents
  for (const i of at) {
    const item = (node as { items: unknown[] }).items[i]
    node = isPair(item) ? item.value : item
  }
  return node as Node
}

/**
 * `before` with each site's value text replaced by the text the same value has in `after`, and
 * (with markers) ` # <template>` inserted after it: a result that must equal `after` byte for
 * byte, so nothing outside the values and their markers can have changed.
 */
function rebuild(
  before: string,
  after: string,
  sites: PlaceholderSite[],
  markers: boolean,
): string {
  const spans = sites.map((site) => {
    const old = valueSpan(before, nodeAt(before, site.path))
    const now = valueSpan(after, nodeAt(after, site.path))
    return { old, text: after.slice(now.start, now.end), marker: ` # ${markerText(site.template)}` }
  })
  let text = before
  for (const { old, text: value, marker } of spans.sort((a, b) => b.old.start - a.old.start)) {
    const insert = markers ? marker : ''
    text = old.block
      ? text.slice(0, old.markerAt) +
        insert +
        text.slice(old.markerAt, old.start) +
        value +
        text.slice(old.end)
      : text.slice(0, old.start) +
        value +
        text.slice(old.end, old.markerAt) +
        insert +
        text.slice(old.markerAt)
  }
  return text
}

/** The value's own text, and where its marker goes: after it (and a comma) or after `|`/`>`. */
function valueSpan(text: string, node: Node) {
  const [start, end] = node.range!
  const block = isScalar(node) && /^BLOCK_/.test((node as Scalar).type ?? '')
  if (block) {
    const header = /^[|>][-+0-9]*/.exec(text.slice(start))![0]
    return { block, start: text.indexOf('\n', start) + 1, end, markerAt: start + header.length }
  }
  const comma = /^[ \t]*,/.exec(text.slice(end))
  return { block, start, end, markerAt: end + (comma ? comma[0].length : 0) }
}

/** The data of `text` as the test expects it after resolution with `values`. */
function expectedData(text: string, values: TerraformOutputs): unknown {
  const doc = parseDocument(text, { merge: true })
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return
      const whole = WHOLE.exec(node.value)
      if (whole && !/^BLOCK_/.test(node.type ?? '')) {
        node.value = values[whole[1]!]!.value
      } else {
        node.value = node.value.replace(PLACEHOLDER, (_, name: string) =>
          String(values[name]!.value),
        )
      }
    },
  })
  return doc.toJS()
}

function readData(text: string): unknown {
  const doc = parseDocument(text, { merge: true })
  expect(doc.errors).toEqual([])
  return doc.toJS()
}

/** Line endings, byte order mark, final newline and line count are those of the input. */
function expectSameFraming(before: string, after: string): void {
  expect(after.startsWith(BOM)).toBe(before.startsWith(BOM))
  expect(after.endsWith('\n')).toBe(before.endsWith('\n'))
  expect(after.split('\n')).toHaveLength(before.split('\n').length)
  expect(after.match(/\r\n/g)?.length ?? 0).toBe(before.match(/\r\n/g)?.length ?? 0)
}
