// terraform/modules/tags, applied by the real Terraform, against src/tags/convert.ts.
import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CLOUDS,
  convertTags,
  graphemeLength,
  mergeTags,
  type Cloud,
  type Tags,
} from '../../../src/tags/convert.js'
import { JOB_METADATA_MESSAGE, refusal } from './diagnostics.js'
import { TerraformRoot } from './root.js'
import { tagCases, type TagCase } from './tag-cases.js'

const CASE_COUNT = 320

const ROOT_TF = `
variable "cases" {
  type = map(object({
    default_tags = map(string)
    job_metadata = map(string)
    runtime_type = string
  }))
}

module "tags" {
  source   = "../modules/tags"
  for_each = var.cases

  default_tags = each.value.default_tags
  job_metadata = each.value.job_metadata
  runtime_type = each.value.runtime_type
}

output "results" {
  value = module.tags
}
`

type ModuleOutputs = Record<Cloud | 'tags', Tags>

describe('terraform/modules/tags', () => {
  let root: TerraformRoot

  beforeAll(async () => {
    root = TerraformRoot.create({ 'main.tf': ROOT_TF })
    await root.ok(['init', '-input=false', '-no-color'])
  })
  afterAll(() => root?.remove())

  it('converts a few hundred tag maps exactly as src/tags/convert.ts does, on every cloud', async () => {
    const cases = tagCases(CASE_COUNT)
    root.write({ 'cases.auto.tfvars.json': JSON.stringify({ cases }) })
    await root.ok(['apply', '-auto-approve', '-input=false', '-no-color'])
    const outputs = JSON.parse(await root.ok(['output', '-json', '-no-color'])) as {
      results: { value: Record<string, ModuleOutputs> }
    }
    const results = outputs.results.value
    expect(Object.keys(results).sort()).toEqual(Object.keys(cases).sort())

    const mismatches: unknown[] = []
    for (const [name, input] of Object.entries(cases)) {
      const result = results[name]!
      const merged = mergeTags(input.default_tags, input.job_metadata, input.runtime_type)
      if (!isDeepStrictEqual(result.tags, merged)) {
        mismatches.push({ case: name, output: 'tags', expected: merged, actual: result.tags })
      }
      for (const cloud of CLOUDS) {
        const expected = convertTags(merged, cloud).tags
        if (!isDeepStrictEqual(result[cloud], expected)) {
          mismatches.push({ case: name, output: cloud, input, expected, actual: result[cloud] })
        }
      }
    }
    expect(mismatches).toEqual([])

    // The cases reach the corners they are there for.
    const reached = coverage(cases)
    expect(reached.collisions).toBeGreaterThan(50)
    expect(reached.gcpTruncated).toBeGreaterThan(50)
    expect(reached.nfd).toBeGreaterThan(20)
    expect(reached.multiCodePointGraphemes).toBeGreaterThan(50)
    expect(reached.gcpDroppedKeys).toBeGreaterThan(20)
    expect(reached.gcpDroppedValues).toBeGreaterThan(20)
  }, 120_000)

  it.each([
    ['cost_center is missing', { job_name: 'j', team: 't', pipeline_type: 'p', environment: 'e' }],
    [
      'team is empty',
      { job_name: 'j', team: '', pipeline_type: 'p', environment: 'e', cost_center: 'c' },
    ],
    ['job_metadata is empty', {}],
  ])('refuses job_metadata when %s, with the seed guide message', async (_, jobMetadata) => {
    const bad: Record<string, TagCase> = {
      bad: { default_tags: {}, job_metadata: jobMetadata, runtime_type: 'local' },
    }
    root.write({ 'bad.tfvars.json': JSON.stringify({ cases: bad }) })
    const result = await root.run([
      'plan',
      '-input=false',
      '-no-color',
      '-var-file=bad.tfvars.json',
    ])
    expect(refusal(result)).toContain(JOB_METADATA_MESSAGE)
  })
})

function coverage(cases: Record<string, TagCase>) {
  let collisions = 0
  let gcpTruncated = 0
  let nfd = 0
  let multiCodePointGraphemes = 0
  let gcpDroppedKeys = 0
  let gcpDroppedValues = 0
  for (const input of Object.values(cases)) {
    const merged = mergeTags(input.default_tags, input.job_metadata, input.runtime_type)
    for (const cloud of ['aws', 'azure', 'gcp'] as const) {
      const { conversions } = convertTags(merged, cloud)
      collisions += conversions.filter((c) => c.replacedBy !== undefined).length
      if (cloud === 'gcp') {
        gcpTruncated += conversions.filter((c) => c.truncatedKey || c.truncatedValue).length
        gcpDroppedKeys += conversions.filter((c) => c.dropped === 'key').length
        gcpDroppedValues += conversions.filter((c) => c.dropped === 'value').length
      }
    }
    for (const text of [...Object.keys(input.job_metadata), ...Object.values(input.job_metadata)]) {
      if (text !== text.normalize('NFC')) nfd++
      if (graphemeLength(text) < [...text].length) multiCodePointGraphemes++
    }
  }
  return {
    collisions,
    gcpTruncated,
    nfd,
    multiCodePointGraphemes,
    gcpDroppedKeys,
    gcpDroppedValues,
  }
}
