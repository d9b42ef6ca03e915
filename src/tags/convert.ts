// Tags as each cloud wants them (CONTRACT §5). terraform/modules/tags does exactly the same in
// HCL, and a test holds the two together, so every step here is one HCL can express too:
// Terraform normalises every string it reads or builds to NFC, lowercases with Go's
// per-character mapping, and counts and cuts strings by grapheme cluster. Both sides use their
// runtime's Unicode tables (Terraform's Go: 15.0): characters assigned later may differ.

export type Cloud = 'aws' | 'azure' | 'gcp' | 'local'

export const CLOUDS: readonly Cloud[] = ['aws', 'azure', 'gcp', 'local']

export type Tags = Record<string, string>

export interface TagLimits {
  maxKey: number
  maxValue: number
}

export const TAG_LIMITS: Readonly<Record<Cloud, TagLimits>> = {
  aws: { maxKey: 128, maxValue: 256 },
  azure: { maxKey: 512, maxValue: 256 },
  gcp: { maxKey: 63, maxValue: 63 },
  local: { maxKey: Number.MAX_SAFE_INTEGER, maxValue: Number.MAX_SAFE_INTEGER },
}

export const CLOUD_NAMES: Readonly<Record<Cloud, string>> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'GCP',
  local: 'the local sandbox',
}

/** Tags every module adds itself; they win over the job's and the defaults. */
export function moduleTags(runtimeType: string): Tags {
  return { managed_by: 'terraform', dativo_runtime: runtimeType }
}

export function convertKey(key: string, cloud: Cloud): string {
  const k = nfc(key)
  switch (cloud) {
    case 'aws':
      return k
        .split('_')
        .map((part) => {
          const [first = '', ...rest] = graphemes(nfc(part))
          return (/^[a-z]$/.test(first) ? first.toUpperCase() : first) + rest.join('')
        })
        .join('')
        .normalize('NFC')
    case 'azure':
      return goLower(k.replace(/_/g, '-'))
    case 'gcp':
      return truncate(gcpLabel(k), TAG_LIMITS.gcp.maxKey)
    case 'local':
      return k
  }
}

export function convertValue(value: string, cloud: Cloud): string {
  const v = nfc(value)
  return cloud === 'gcp' ? truncate(gcpLabel(v), TAG_LIMITS.gcp.maxValue) : v
}

/** What happened to one tag on its way to the cloud. */
export interface TagConversion {
  key: string
  value: string
  cloudKey: string
  cloudValue: string
  /** The value was cut to the cloud's limit (GCP). */
  truncatedKey: boolean
  truncatedValue: boolean
  /** Another tag became the same cloud key and, coming later, replaced this one. */
  replacedBy?: string
  /**
   * The tag is left out on the cloud: a GCP label key must start with a lowercase letter, and
   * the google provider (5 and later) drops labels whose value is empty.
   */
  dropped?: 'key' | 'value'
}

export interface ConvertedTags {
  tags: Tags
  conversions: TagConversion[]
}

/**
 * Converts a merged tag map. Keys are visited in byte order of their UTF-8 form (Terraform's
 * map order); when two keys become the same cloud key, the later one wins, as in the HCL module.
 */
export function convertTags(tags: Tags, cloud: Cloud): ConvertedTags {
  const conversions: TagConversion[] = []
  const owner = new Map<string, TagConversion>()
  for (const key of Object.keys(tags).sort(compareUtf8)) {
    const value = tags[key]!
    const nfcKey = nfc(key)
    const nfcValue = nfc(value)
    const cloudKey = convertKey(key, cloud)
    const cloudValue = convertValue(value, cloud)
    const conversion: TagConversion = {
      key,
      value,
      cloudKey,
      cloudValue,
      truncatedKey: cloud === 'gcp' && graphemeLength(gcpLabel(nfcKey)) > TAG_LIMITS.gcp.maxKey,
      truncatedValue:
        cloud === 'gcp' && graphemeLength(gcpLabel(nfcValue)) > TAG_LIMITS.gcp.maxValue,
    }
    const earlier = owner.get(cloudKey)
    if (earlier) earlier.replacedBy = key
    owner.set(cloudKey, conversion)
    conversions.push(conversion)
  }
  if (cloud === 'gcp') {
    for (const conversion of owner.values()) conversion.dropped = gcpDropped(conversion)
  }
  const converted = Object.fromEntries(
    [...owner]
      .filter(([, conversion]) => conversion.dropped === undefined)
      .map(([cloudKey, conversion]) => [cloudKey, conversion.cloudValue]),
  )
  return { tags: sortTags(converted), conversions }
}

/** Letters GCP label keys may start with: lowercase and other letters without case. */
const GCP_KEY_START = /^[\p{Ll}\p{Lo}]/u

function gcpDropped(conversion: TagConversion): TagConversion['dropped'] {
  if (!GCP_KEY_START.test(conversion.cloudKey)) return 'key'
  if (conversion.cloudValue === '') return 'value'
  return undefined
}

/**
 * default_tags, then the job's tags, then the module's own, as each module merges them. Keys
 * and values are NFC, as Terraform reads them, so 'é' as one or as two characters is one key.
 */
export function mergeTags(defaultTags: Tags, jobTags: Tags, runtimeType: string): Tags {
  const merged = new Map<string, string>()
  for (const tags of [defaultTags, jobTags, moduleTags(runtimeType)]) {
    for (const key of Object.keys(tags).sort(compareUtf8)) merged.set(nfc(key), nfc(tags[key]!))
  }
  return Object.fromEntries(merged)
}

/** The tags a module puts on every resource, converted for its cloud. */
export function finalTags(
  defaultTags: Tags,
  jobTags: Tags,
  runtimeType: string,
  cloud: Cloud,
): Tags {
  return convertTags(mergeTags(defaultTags, jobTags, runtimeType), cloud).tags
}

const GCP_OTHER = /[^\p{Ll}\p{Lo}\p{N}_-]/gu

function gcpLabel(text: string): string {
  return nfc(goLower(text).replace(GCP_OTHER, '_'))
}

/**
 * Lowercase as Terraform's lower() does: one character at a time, as Go's strings.ToLower (no
 * context rules, one character in, one out: JavaScript alone turns 'İ' into two characters and
 * a final 'Σ' into 'ς'), then NFC, since lowering can make a composable pair ('J̌' → 'ǰ').
 */
export function goLower(text: string): string {
  // ASCII lowercases the same in Go and JavaScript, one character for one, and is already NFC.
  if (SIMPLE.test(text)) return text.toLowerCase()
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    out += [...lower].length === 1 ? lower : (GO_LOWER_SPECIAL[char] ?? char)
  }
  return nfc(out)
}

/** Terraform hands every string it builds over in NFC, so each step here ends with it too. */
function nfc(text: string): string {
  return SIMPLE.test(text) ? text : text.normalize('NFC')
}

const GO_LOWER_SPECIAL: Readonly<Record<string, string>> = { '\u0130': 'i' }

// Made on first use: creating one costs more than a run with ASCII tags spends on tags at all.
let segmenter: Intl.Segmenter | undefined
const segments = (text: string) =>
  (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)

/** Printable ASCII: one character is one grapheme cluster, no segmenter needed. */
const SIMPLE = /^[\x20-\x7e]*$/

export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return text.split('')
  return Array.from(segments(text), (s) => s.segment)
}

export function graphemeLength(text: string): number {
  if (SIMPLE.test(text)) return text.length
  let n = 0
  for (const _ of segments(text)) n++
  return n
}

function truncate(text: string, max: number): string {
  const parts = graphemes(text)
  return parts.length > max ? nfc(parts.slice(0, max).join('')) : text
}

/** Surrogates: the only UTF-16 code units whose order differs from their UTF-8 bytes'. */
const SURROGATE = /[\ud800-\udfff]/

export function compareUtf8(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

/** Keys in byte order; built with fromEntries so a key such as '__proto__' stays a key. */
export function sortTags(tags: Tags): Tags {
  return Object.fromEntries(
    Object.keys(tags)
      .sort(compareUtf8)
      .map((key) => [key, tags[key]!]),
  )
}
