// From a data path (JSON Pointer segments) to the YAML node that a person should look at.
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml'
import type { Node, Pair } from 'yaml'
import type { SourceRange } from '../findings.js'
import { keyText, needPositions, nodeRange } from './document.js'
import type { ConfigDocument } from './document.js'

export interface Location {
  /** The deepest node reached (the value at the path when `exact`). */
  node: Node
  /** The key of the pair holding `node`, when it sits in a mapping. */
  key?: Node
  /** True when every segment of the path was found. */
  exact: boolean
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

export function locate(config: ConfigDocument, segments: readonly string[]): Location {
  let node = config.doc.contents as Node
  let key: Node | undefined
  for (const segment of segments) {
    node = resolveAlias(config, node)
    let next: { value: Node | null; key?: Node } | undefined
    if (isMap(node)) {
      const pair = findPair(config, node.items as Pair[], segment)
      if (pair) next = { value: (pair.value as Node | null) ?? null, key: pair.key as Node }
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | undefined
      if (item) next = { value: item }
    }
    if (!next) return { node, key, exact: false }
    if (next.value === null) return { node: next.key ?? node, key: next.key, exact: true }
    node = next.value
    key = next.key
  }
  return { node: resolveAlias(config, node), key, exact: true }
}

/** Where a problem with the value at `segments` is shown: the value itself, or its key if empty. */
export function valueRange(config: ConfigDocument, segments: readonly string[]): SourceRange {
  const quick = config.plain?.valueAt(segments)
  if (quick) return quick
  const { node } = locate(config, segments)
  return nodeRange(config.lineCounter, node)
}

/** Where a problem with a key is shown: the key itself (e.g. an unknown or misspelt key). */
export function keyRange(config: ConfigDocument, segments: readonly string[]): SourceRange {
  const key = config.plain?.keyAt(segments)
  if (key) return key
  // A sequence item has no key: its own place, when it is a scalar.
  const item = /^\d+$/.test(segments.at(-1) ?? '') ? config.plain?.valueAt(segments) : undefined
  if (item) return item
  const location = locate(config, segments)
  return nodeRange(
    config.lineCounter,
    location.exact && location.key ? location.key : location.node,
  )
}

/**
 * Where a missing key is shown: the key that introduces the mapping lacking it, or the first key
 * of the document when the top-level mapping lacks it.
 */
export function mappingRange(config: ConfigDocument, segments: readonly string[]): SourceRange {
  const quick = segments.length === 0 ? config.plain?.firstKey() : config.plain?.keyAt(segments)
  if (quick) return quick
  const location = locate(config, segments)
  if (location.key) return nodeRange(config.lineCounter, location.key)
  const root = config.doc.contents
  if (isMap(root) && root.items[0] && isPair(root.items[0]) && root.items[0].key) {
    return nodeRange(config.lineCounter, root.items[0].key as Node)
  }
  return nodeRange(config.lineCounter, location.node)
}

/** The text of the value at a data path as written, when it is a plain (unquoted) scalar. */
export function plainScalarText(
  config: ConfigDocument,
  segments: readonly string[],
): string | undefined {
  if (config.plain) {
    const scalar = config.plain.scalarAt(segments)
    // Not a scalar written out: only `yaml` can say what it is.
    if (!scalar) return needPositions()
    const first = config.text.charCodeAt(scalar.start)
    return first === 0x22 || first === 0x27
      ? undefined
      : config.text.slice(scalar.start, scalar.end)
  }
  const { node } = locate(config, segments)
  return isScalar(node) && node.type === Scalar.PLAIN
    ? config.text.slice(node.range![0], node.range![1])
    : undefined
}

/** The line a key is written on. */
export function keyLine(config: ConfigDocument, segments: readonly string[]): number | undefined {
  if (config.plain) return config.plain.keyAt(segments)?.line ?? needPositions()
  const range = locate(config, segments).key?.range
  return range ? config.lineCounter.linePos(range[0]).line : undefined
}

function resolveAlias(config: ConfigDocument, node: Node): Node {
  let current = node
  for (let hops = 0; isAlias(current) && hops < 32; hops++) {
    const target = current.resolve(config.doc)
    if (!target) break
    current = target as Node
  }
  return current
}

function findPair(config: ConfigDocument, items: Pair[], segment: string): Pair | undefined {
  const own = items.find((pair) => keyText(pair.key) === segment)
  if (own) return own
  // Keys brought in by a merge key (<<: *defaults) live in the anchored mapping.
  for (const pair of items) {
    if (keyText(pair.key) !== '<<' || !pair.value) continue
    const sources = isSeq(pair.value) ? (pair.value.items as Node[]) : [pair.value as Node]
    for (const source of sources) {
      const target = resolveAlias(config, source)
      if (isMap(target)) {
        const found = findPair(config, target.items as Pair[], segment)
        if (found) return found
      }
    }
  }
  return undefined
}

/** `infrastructure.runtime.cpu`, `secrets[1]`: a path as a person writes it. */
export function displayPath(segments: readonly string[]): string {
  let out = ''
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}

/** The value at a data path in plain data (what Ajv validated), or undefined. */
export function dataAt(data: unknown, segments: readonly string[]): unknown {
  let current = data
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}
