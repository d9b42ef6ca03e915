// Resolution on real files: every error leaves the config byte for byte as it was on disk, a
// success is written atomically with the file's mode, and output-dir copies leave the source.
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { UsageError } from '../../src/findings.js'
import { resolveFile } from '../../src/resolve/file.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const outputsJson = readFileSync(path.join(fixtures, 'outputs.json'), 'utf8')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dativo-resolve-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Copies a fixture into the temp folder with a mode of its own, to see that it survives. */
function place(fixture: string, mode = 0o640): string {
  const target = path.join(dir, path.basename(fixture))
  copyFileSync(path.join(fixtures, fixture), target)
  chmodSync(target, mode)
  return target
}

const OUTPUT_LIST =
  'cluster_name, service_name, host, scale_to_zero, labels, log_group, port, subnet_ids, db_password, task_definition_arn'

describe('an error leaves the file byte-identical on disk, and nothing else is written', () => {
  const cases = [
    {
      fixture: 'errors/unknown-output.yaml',
      rule: 'unknown-output',
      message: `Unknown Terraform output 'clustr_name': did you mean 'cluster_name'? (outputs: ${OUTPUT_LIST})`,
      at: { line: 5, column: 20, endLine: 5, endColumn: 53 },
    },
    {
      fixture: 'errors/sensitive-output.yaml',
      rule: 'sensitive-output',
      message:
        "Terraform output 'db_password' is sensitive: it is not written into a config unless allow-sensitive-outputs is true",
      at: { line: 7, column: 16, endLine: 7, endColumn: 49 },
    },
    {
      fixture: 'errors/list-in-text.yaml',
      rule: 'output-type',
      message:
        "Terraform output 'subnet_ids' is a list, but 'https://console.example/subnets/{{terraform_outputs.subnet_ids}}' is text: only a string, number or bool can go into text (a list or map needs the placeholder alone as a quoted value)",
      at: { line: 6, column: 51, endLine: 6, endColumn: 83 },
    },
    {
      fixture: 'errors/malformed-placeholder.yaml',
      rule: 'malformed-placeholder',
      message:
        "Malformed Terraform output placeholder: '{terraform_outputs.cluster_name}' (expected {{terraform_outputs.NAME}})",
      hint: "did you mean '{{terraform_outputs.cluster_name}}'?",
      at: { line: 5, column: 20, endLine: 5, endColumn: 52 },
    },
    {
      fixture: 'errors/multi-document.yaml',
      rule: 'yaml-multi-document',
      message:
        'More than one YAML document in the file: a job config is a single document (remove the extra ---)',
      at: { line: 5, column: 1, endLine: 5, endColumn: 4 },
    },
    {
      fixture: 'errors/one-line-flow.yaml',
      rule: 'placeholder-marker',
      message:
        "Cannot keep '{{terraform_outputs.cluster_name}}' as a trailing comment: another value follows it on the same line. Put it on a line of its own (block style), or resolve into output-dir",
      at: { line: 4, column: 22, endLine: 4, endColumn: 56 },
    },
  ]

  test.each(cases)('$rule ($fixture)', async ({ fixture, rule, message, hint, at }) => {
    const config = place(fixture)
    const before = readFileSync(config)
    const { mtimeMs } = statSync(config)
    const result = await resolveFile(config, outputsJson, {
      write: true,
      file: `jobs/acme/${path.basename(fixture)}`,
    })
    expect(result.findings).toEqual([
      {
        severity: 'error',
        rule,
        message,
        file: `jobs/acme/${path.basename(fixture)}`,
        range: at,
        ...(hint ? { hint } : {}),
      },
    ])
    expect(result.changed).toBe(false)
    expect(result.after).toBe(result.before)
    expect(result.replacements).toEqual([])
    expect(result.written).toBeUndefined()
    expect(readFileSync(config).equals(before)).toBe(true)
    expect(statSync(config).mtimeMs).toBe(mtimeMs)
    expect(statSync(config).mode & 0o777).toBe(0o640)
    expect(readdirSync(dir)).toEqual([path.basename(fixture)])
  })

  test('malformed YAML: the syntax errors are reported and the file is left alone', async () => {
    const config = place('errors/malformed-yaml.yaml')
    const before = readFileSync(config)
    const result = await resolveFile(config, outputsJson, { write: true, file: 'job.yaml' })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(result.findings.every((f) => f.rule === 'yaml-syntax' && f.severity === 'error')).toBe(
      true,
    )
    expect(result.findings[0]!.range!.line).toBe(4)
    expect(readFileSync(config).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['malformed-yaml.yaml'])
  })

  test('an output missing since the last run is reported at its place in the marker', async () => {
    const config = place('corpus/seed-aws.yaml')
    await resolveFile(config, outputsJson, { write: true })
    const resolved = readFileSync(config)
    const fewer = JSON.parse(outputsJson) as Record<string, unknown>
    delete fewer.service_name
    const result = await resolveFile(config, JSON.stringify(fewer), {
      write: true,
      file: 'job.yaml',
    })
    const line = resolved
      .toString('utf8')
      .split('\n')
      .findIndex((l) => l.includes('service_name:'))
    expect(result.findings.map((f) => [f.rule, f.range?.line, f.range?.column])).toEqual([
      ['unknown-output', line + 1, 44],
    ])
    expect(result.findings[0]!.message).toMatch(
      /^Unknown Terraform output 'service_name' \(outputs: /,
    )
    expect(readFileSync(config).equals(resolved)).toBe(true)
  })

  test('an outputs file that is not terraform output -json is a usage error; nothing is read', async () => {
    const config = place('corpus/seed-aws.yaml')
    const before = readFileSync(config)
    await expect(resolveFile(config, '{"x": 1}', { write: true })).rejects.toThrow(UsageError)
    await expect(resolveFile(config, 'not json', { write: true })).rejects.toThrow(
      /is not JSON \(expected the output of terraform output -json\)/,
    )
    expect(readFileSync(config).equals(before)).toBe(true)
  })
})

describe('writing', () => {
  test('in place: the file gets the resolved text, keeps its mode, and no temp file is left', async () => {
    const config = place('corpus/seed-aws.yaml', 0o604)
    const result = await resolveFile(config, outputsJson, { write: true })
    expect(result.findings).toEqual([])
    expect(result.written).toBe(config)
    expect(readFileSync(config, 'utf8')).toBe(result.after)
    expect(statSync(config).mode & 0o777).toBe(0o604)
    expect(readdirSync(dir)).toEqual(['seed-aws.yaml'])

    const { mtimeMs } = statSync(config)
    const again = await resolveFile(config, outputsJson, { write: true })
    expect(again.changed).toBe(false)
    expect(again.written).toBeUndefined()
    expect(statSync(config).mtimeMs).toBe(mtimeMs)
  })

  test('without --write nothing is written', async () => {
    const config = place('corpus/seed-aws.yaml')
    const before = readFileSync(config)
    const result = await resolveFile(config, outputsJson, { write: false })
    expect(result.changed).toBe(true)
    expect(readFileSync(config).equals(before)).toBe(true)
  })

  test('a CRLF file with a byte order mark keeps both on disk', async () => {
    const config = place('corpus/crlf-bom.yaml')
    await resolveFile(config, outputsJson, { write: true })
    const bytes = readFileSync(config)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(text).toContain(
      '    cluster_name: "acme-prod-cluster" # {{terraform_outputs.cluster_name}}\r\n',
    )
  })

  test('output-dir: a resolved copy without markers, even of a shape that cannot keep them', async () => {
    const config = place('errors/one-line-flow.yaml')
    const before = readFileSync(config)
    const copy = path.join(dir, 'out', 'jobs', 'acme', 'one-line-flow.yaml')
    const result = await resolveFile(config, outputsJson, { write: true, outputPath: copy })
    expect(result.findings).toEqual([])
    expect(result.written).toBe(copy)
    expect(readFileSync(copy, 'utf8')).toBe(
      before
        .toString('utf8')
        .replaceAll('"{{terraform_outputs.cluster_name}}"', '"acme-prod-cluster"'),
    )
    expect(readFileSync(config).equals(before)).toBe(true)
  })

  test('a sensitive output is written when allowed, and masked in what is reported', async () => {
    const config = place('errors/sensitive-output.yaml')
    const result = await resolveFile(config, outputsJson, { write: true, allowSensitive: true })
    expect(result.findings).toEqual([])
    expect(readFileSync(config, 'utf8')).toContain(
      '    password: "hunter2" # {{terraform_outputs.db_password}}\n',
    )
    expect(result.replacements.find((r) => r.name === 'db_password')).toEqual({
      name: 'db_password',
      line: 7,
      column: 16,
      value: '(sensitive)',
      sensitive: true,
      changed: true,
    })
  })

  test('a missing config is a finding, not a crash', async () => {
    const result = await resolveFile(path.join(dir, 'nope.yaml'), outputsJson, {
      write: true,
      file: 'jobs/nope.yaml',
    })
    expect(result.findings.map((f) => [f.rule, f.message])).toEqual([
      ['file-unreadable', 'Cannot read the file: it does not exist'],
    ])
    expect(readdirSync(dir)).toEqual([])
  })
})

test('a hand-edited value beside its marker is left alone, with a warning', async () => {
  const config = path.join(dir, 'job.yaml')
  writeFileSync(
    config,
    'infrastructure:\n  endpoint: http://localhost:9000/x # https://{{terraform_outputs.host}}/v1\n  cluster: "{{terraform_outputs.cluster_name}}"\n',
  )
  const result = await resolveFile(config, outputsJson, { write: true, file: 'job.yaml' })
  expect(result.findings).toEqual([
    {
      severity: 'warning',
      rule: 'stale-marker',
      message:
        "The comment 'https://{{terraform_outputs.host}}/v1' looks like a resolved placeholder, but the value beside it does not fit it, so it is not refreshed (write the placeholder back as the value to resolve it again)",
      file: 'job.yaml',
      range: { line: 2, column: 39, endLine: 2, endColumn: 76 },
    },
  ])
  expect(readFileSync(config, 'utf8')).toBe(
    'infrastructure:\n  endpoint: http://localhost:9000/x # https://{{terraform_outputs.host}}/v1\n  cluster: "acme-prod-cluster" # {{terraform_outputs.cluster_name}}\n',
  )
})
