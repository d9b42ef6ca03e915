// The rules of CONTRACT §4 that JSON Schema cannot say: placeholders in every string, tag values
// as each cloud will see them, resource names that must fit, and consistency warnings.
import { isAlias, isCollection, isMap, isPair, isScalar, Scalar } from 'yaml'
import type { Node } from 'yaml'
import type { AddFinding, Finding, SourceRange } from '../findings.js'
import {
  CLOUD_NAMES,
  convertTags,
  graphemeLength,
  mergeTags,
  moduleTags,
  TAG_LIMITS,
} from '../tags/convert.js'
import type { Cloud, TagConversion, Tags } from '../tags/convert.js'
import { checkResourceNames, PROVIDER_RUNTIME } from '../tags/naming.js'
import type { RuntimeType } from '../tags/naming.js'
import { keyText, nodeRange, rangeOf, yaml11Reading } from './document.js'
import type { ConfigDocument } from './document.js'
import { findMalformed, malformedInScalar, malformedMessage } from './placeholders.js'
import { checkRuntimeLimits } from './runtime-limits.js'
import { dataAt, keyRange, locate, mappingRange, valueRange } from './positions.js'
import { isRecord } from '../util/data.js'
import { closest } from '../util/text.js'
import { schema as jobSchema } from './generated/job-config.validate.js'

export interface RuleOptions {
  /** Tags from the default-tags input, merged under the job's. */
  defaultTags: Tags
}

const MAX_TAGS: Readonly<Record<Cloud, number>> = { aws: 50, azure: 50, gcp: 64, local: Infinity }

/** Characters AWS accepts in tag keys and values. */
const AWS_TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const AZURE_KEY_FORBIDDEN = /[<>%&\\?/]/

export function ruleFindings(config: ConfigDocument, options: RuleOptions): Finding[] {
  const findings: Finding[] = []
  const add: Add = (severity, rule, message, range, hint) =>
    findings.push({ severity, rule, message, file: config.file, range, ...(hint ? { hint } : {}) })

  checkPlaceholders(config, add)
  checkTopLevelKeys(config, add)

  const infrastructure = dataAt(config.data, ['infrastructure'])
  if (!isRecord(infrastructure)) return findings
  const tags = infrastructure.tags
  if (!isRecord(tags)) return findings

  checkYaml11Readings(config, tags, add)
  checkRuntimeLimits(config, add)

  const provider = infrastructure.provider
  const runtimeType = isRecord(infrastructure.runtime) ? infrastructure.runtime.type : undefined
  const compatible =
    typeof provider === 'string' &&
    PROVIDER_RUNTIME[provider] !== undefined &&
    PROVIDER_RUNTIME[provider] === runtimeType
  const stringTags = Object.values(tags).every((v) => typeof v === 'string')

  if (compatible && stringTags) {
    checkCloudTags(
      config,
      provider as Cloud,
      runtimeType as RuntimeType,
      tags as Tags,
      options,
      add,
    )
    const jobName = tags.job_name
    const environment = tags.environment
    if (typeof jobName === 'string' && typeof environment === 'string' && jobName && environment) {
      for (const problem of checkResourceNames(runtimeType as RuntimeType, jobName, environment)) {
        add(
          'error',
          'resource-name',
          problem.message,
          valueRange(config, ['infrastructure', 'tags', problem.cause]),
        )
      }
    }
  }

  const topEnvironment = dataAt(config.data, ['environment'])
  if (
    typeof topEnvironment === 'string' &&
    typeof tags.environment === 'string' &&
    tags.environment !== topEnvironment
  ) {
    const line = locate(config, ['environment']).key?.range
    const where = line ? ` (line ${config.lineCounter.linePos(line[0]).line})` : ''
    add(
      'warning',
      'environment-mismatch',
      `Tag environment '${tags.environment}' differs from the job's environment '${topEnvironment}'${where}: resources will be named and tagged '${tags.environment}'`,
      valueRange(config, ['infrastructure', 'tags', 'environment']),
    )
  }
  return findings
}

type Add = AddFinding

/** The top-level keys the schema knows; others are allowed, unless they look like a typo of one. */
const TOP_LEVEL_KEYS = Object.keys(jobSchema.properties as Record<string, unknown>)

/**
 * A top-level key a typo away from a known one (`infrastucture`, `enviroment`) is an error: left
 * alone, the config would silently lose that section (the infrastructure section's own keys are
 * strict in the schema, with the same did-you-mean).
 */
function checkTopLevelKeys(config: ConfigDocument, add: Add): void {
  for (const key of Object.keys(config.data)) {
    if (Object.hasOwn(jobSchema.properties as object, key)) continue
    const meant = closest(key, TOP_LEVEL_KEYS)
    if (meant === undefined) continue
    add(
      'error',
      'unknown-key',
      `Unknown key '${key}' at the top level (did you mean '${meant}'?)`,
      keyRange(config, [key]),
    )
  }
}

/** Every string value in the document, wherever it is (placeholders may stand anywhere). */
function checkPlaceholders(config: ConfigDocument, add: Add): void {
  // A quick read has each scalar once in its data and no flow mappings: the data tells if any
  // string needs a look with positions.
  if (config.plain && !someString(config.data, (text) => findMalformed(text).length > 0)) return
  const stack: Node[] = [config.doc.contents as Node]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isAlias(node)) continue
    if (isMap(node) && node.flow && node.range) {
      // Unquoted, `{{terraform_outputs.x}}` is YAML for a mapping inside a mapping, not a string.
      const written = config.text.slice(node.range[0], node.range[1])
      if (/^\{\s*\{[^{}]*terraform_outputs[^{}]*\}\s*\}$/.test(written)) {
        add(
          'error',
          'malformed-placeholder',
          `Unquoted Terraform output placeholder: ${written} is read by YAML as a mapping; quote it: "${written}"`,
          nodeRange(config.lineCounter, node),
        )
        continue
      }
      const [meant] = findMalformed(written)
      if (meant && meant.fragment === written.trim()) {
        add(
          'error',
          'malformed-placeholder',
          malformedMessage(meant.fragment),
          nodeRange(config.lineCounter, node),
          `unquoted, YAML reads it as a mapping: ${meant.suggestion ? `write "${meant.suggestion}"` : 'quote it'}`,
        )
        continue
      }
    }
    if (isCollection(node)) {
      for (const item of node.items) {
        const value = isPair(item) ? item.value : item
        if (value) stack.push(value as Node)
      }
      continue
    }
    if (!isScalar(node) || typeof node.value !== 'string') continue
    const [start, end] = node.range!
    for (const bad of malformedInScalar(node.value, config.text.slice(start, end), start)) {
      add(
        'error',
        'malformed-placeholder',
        bad.message,
        rangeOf(config.lineCounter, [bad.start, bad.end]),
        bad.hint,
      )
    }
  }
}

/** `criticality: yes` is a string here but true for a YAML 1.1 reader such as Dativo's. */
function checkYaml11Readings(
  config: ConfigDocument,
  tags: Record<string, unknown>,
  add: Add,
): void {
  // Every tag value written as a plain string is among the data's values: most configs stop here.
  if (!Object.values(tags).some((value) => typeof value === 'string' && readsOtherwise11(value)))
    return
  const tagsNode = locate(config, ['infrastructure', 'tags'])
  if (!tagsNode.exact || !isMap(tagsNode.node)) return
  for (const pair of tagsNode.node.items) {
    const value = pair.value
    if (!isScalar(pair.key) || !isScalar(value) || value.type !== Scalar.PLAIN) continue
    if (typeof value.value !== 'string') continue
    const reading = yaml11Reading(value.value)
    if (typeof reading !== 'string' && reading !== undefined) {
      const key = keyText(pair.key)!
      add(
        'warning',
        'tag-value',
        `Tag '${key}': ${value.value} is read as ${reading === null ? 'null' : typeof reading} by YAML 1.1 readers (such as Dativo's): quote it (${key}: "${value.value}")`,
        nodeRange(config.lineCounter, value),
      )
    }
  }
}

function readsOtherwise11(text: string): boolean {
  const reading = yaml11Reading(text)
  return typeof reading !== 'string' && reading !== undefined
}

/** Whether any string value in the data, at any depth, passes `test`. */
function someString(data: unknown, test: (text: string) => boolean): boolean {
  const stack: unknown[] = [data]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value === 'string') {
      if (test(value)) return true
    } else if (Array.isArray(value)) {
      stack.push(...value)
    } else if (value !== null && typeof value === 'object') {
      stack.push(...Object.values(value))
    }
  }
  return false
}

function checkCloudTags(
  config: ConfigDocument,
  cloud: Cloud,
  runtimeType: RuntimeType,
  jobTags: Tags,
  options: RuleOptions,
  add: Add,
): void {
  const cloudName = CLOUD_NAMES[cloud]
  const tagPath = (key: string) => ['infrastructure', 'tags', key]
  const own = moduleTags(runtimeType)
  for (const key of Object.keys(jobTags)) {
    if (key in own && jobTags[key] !== own[key]) {
      add(
        'warning',
        'tag-value',
        `Tag '${key}' is set by the ${runtimeType} module to '${own[key]}': the job's value '${jobTags[key]}' is not used`,
        valueRange(config, tagPath(key)),
      )
    }
  }

  const merged = mergeTags(options.defaultTags, jobTags, runtimeType)
  const { tags: converted, conversions } = convertTags(merged, cloud)
  const origin = (key: string) => (key in jobTags ? 'job' : key in own ? 'module' : 'default')
  const where = (c: TagConversion, part: 'key' | 'value'): SourceRange =>
    origin(c.key) === 'job'
      ? part === 'key'
        ? keyRange(config, tagPath(c.key))
        : valueRange(config, tagPath(c.key))
      : mappingRange(config, ['infrastructure', 'tags'])
  const name = (c: TagConversion) =>
    origin(c.key) === 'default'
      ? `Default tag '${c.key}' (from the default-tags input)`
      : `Tag '${c.key}'`
  const limits = TAG_LIMITS[cloud]

  for (const c of conversions) {
    if (origin(c.key) === 'module') continue
    if (c.replacedBy !== undefined) {
      add(
        'error',
        'tag-key',
        `${name(c)} and tag '${c.replacedBy}' both become '${c.cloudKey}' on ${cloudName}: rename one of them`,
        where(c, 'key'),
      )
    }
    const keyLength = graphemeLength(c.key.normalize('NFC'))
    const valueLength = graphemeLength(c.value.normalize('NFC'))
    if (c.truncatedKey || keyLength > limits.maxKey) {
      add(
        'error',
        'tag-key',
        `${name(c)}: the key is ${keyLength} characters long; ${cloudName} allows at most ${limits.maxKey}`,
        where(c, 'key'),
      )
    }
    if (c.truncatedValue || valueLength > limits.maxValue) {
      add(
        'error',
        'tag-value',
        `${name(c)}: the value is ${valueLength} characters long; ${cloudName} allows at most ${limits.maxValue}`,
        where(c, 'value'),
      )
    } else if (cloud === 'gcp' && c.cloudValue !== c.value) {
      add(
        'warning',
        'tag-conversion',
        `${name(c)}: the value '${c.value}' becomes '${c.cloudValue}' on GCP (labels hold only lowercase letters, digits, '_' and '-')`,
        where(c, 'value'),
      )
    }
    if (cloud === 'gcp') checkGcpLabel(c, name(c), where, add)
    if (cloud === 'aws') {
      for (const [part, text] of [
        ['key', c.key],
        ['value', c.value],
      ] as const) {
        if (!AWS_TAG_TEXT.test(text)) {
          const bad = [...new Set([...text].filter((ch) => !AWS_TAG_TEXT.test(ch)))].map((ch) =>
            JSON.stringify(ch),
          )
          add(
            'error',
            part === 'key' ? 'tag-key' : 'tag-value',
            `${name(c)}: the ${part} holds characters AWS does not allow in tags (${bad.join(', ')}); allowed are letters, digits, spaces and _ . : / = + - @`,
            where(c, part),
          )
        }
      }
    }
    if (cloud === 'azure' && AZURE_KEY_FORBIDDEN.test(c.key)) {
      add(
        'error',
        'tag-key',
        `${name(c)}: Azure tag names cannot hold < > % & \\ ? /`,
        where(c, 'key'),
      )
    }
  }

  const count = Object.keys(converted).length
  if (count > MAX_TAGS[cloud]) {
    add(
      'error',
      'tag-key',
      `The job has ${count} tags on ${cloudName} (with default and module tags); ${cloudName} allows at most ${MAX_TAGS[cloud]} per resource`,
      mappingRange(config, ['infrastructure', 'tags']),
    )
  }
}

/** A tag GCP cannot take as a label is left out by the conversion: say so, at the tag. */
function checkGcpLabel(
  c: TagConversion,
  name: string,
  where: (c: TagConversion, part: 'key' | 'value') => SourceRange,
  add: Add,
): void {
  if (c.dropped === 'key') {
    add(
      'error',
      'tag-key',
      `${name}: GCP label keys must start with a lowercase letter, and '${c.cloudKey}' does not, so it cannot be a label: rename it`,
      where(c, 'key'),
    )
  } else if (c.dropped === 'value') {
    add(
      'warning',
      'tag-value',
      `${name}: the value is empty, and the google provider drops labels with empty values: it is not applied on GCP`,
      where(c, 'value'),
    )
  }
}
