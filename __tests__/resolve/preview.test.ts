// The plan-mode preview: the would-be text from the planned outputs already known, values apply
// decides shown as `(known after apply)`, and the unified diff a reviewer reads.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { previewDiff } from '../../src/resolve/diff.js'
import { plannedOutputs } from '../../src/resolve/outputs.js'
import { previewConfig } from '../../src/resolve/resolve.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const plan = JSON.parse(readFileSync(path.join(fixtures, 'plan.json'), 'utf8')) as unknown
const seed = readFileSync(path.join(fixtures, 'corpus', 'seed-aws.yaml'))

describe('plannedOutputs', () => {
  test('known values, wholly and partly unknown ones, sensitivity', () => {
    expect(plannedOutputs(plan)).toEqual({
      cluster_name: { sensitive: false, known: true, value: 'acme-prod-cluster' },
      service_name: { sensitive: false, known: false },
      task_definition_arn: { sensitive: false, known: false },
      subnet_ids: { sensitive: false, known: false },
      db_password: { sensitive: true, known: true, value: 'hunter2' },
    })
  })

  test('an output only in output_changes, with its value still unknown, is known to exist', () => {
    expect(
      plannedOutputs({
        planned_values: { outputs: {} },
        output_changes: { late: { after_unknown: true, after_sensitive: true } },
      }),
    ).toEqual({ late: { sensitive: true, known: false } })
  })
})

describe('previewConfig', () => {
  test('the would-be config, with "(known after apply)" where apply decides', () => {
    const preview = previewConfig('jobs/acme/stripe.yaml', seed, plannedOutputs(plan), {
      allowSensitive: false,
      markers: true,
    })
    expect(preview.findings).toEqual([])
    const changed = preview.after
      .split('\n')
      .filter((line, i) => line !== seed.toString().split('\n')[i])
    expect(changed).toEqual([
      '    cluster_name: "acme-prod-cluster" # {{terraform_outputs.cluster_name}}',
      '    service_name: "(known after apply)" # {{terraform_outputs.service_name}}   # keep in sync with tags',
      '    task_definition_arn: "(known after apply)" # {{terraform_outputs.task_definition_arn}}',
    ])
    expect(preview.replacements.map((r) => [r.name, r.value, r.line, r.column])).toEqual([
      ['cluster_name', 'acme-prod-cluster', 22, 20],
      ['service_name', '(known after apply)', 24, 20],
      ['task_definition_arn', '(known after apply)', 25, 27],
    ])
  })

  test('the preview fails where apply would: an unknown or a sensitive output', () => {
    const text = new TextEncoder().encode(
      'a: "{{terraform_outputs.db_password}}"\nb: "{{terraform_outputs.nope}}"\n',
    )
    const preview = previewConfig('job.yaml', text, plannedOutputs(plan), {
      allowSensitive: false,
      markers: true,
    })
    expect(preview.findings.map((f) => [f.rule, f.range?.line])).toEqual([
      ['sensitive-output', 1],
      ['unknown-output', 2],
    ])
    expect(preview.after).toBe(preview.before)
  })

  test('an allowed sensitive value is never shown: the preview says (sensitive)', () => {
    const text = new TextEncoder().encode('password: "{{terraform_outputs.db_password}}"\n')
    const preview = previewConfig('job.yaml', text, plannedOutputs(plan), {
      allowSensitive: true,
      markers: true,
    })
    expect(preview.after).toBe('password: "(sensitive)" # {{terraform_outputs.db_password}}\n')
    expect(preview.after).not.toContain('hunter2')
  })
})

describe('previewDiff', () => {
  test('a unified diff with three lines of context', () => {
    const before = 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\nh: 8\ni: 9\nj: 10\nk: 11\nl: 12\n'
    const after = before.replace('b: 2', 'b: two').replace('l: 12', 'l: twelve')
    expect(previewDiff('jobs/x.yaml', before, after)).toBe(
      [
        '--- a/jobs/x.yaml',
        '+++ b/jobs/x.yaml',
        '@@ -1,5 +1,5 @@',
        ' a: 1',
        '-b: 2',
        '+b: two',
        ' c: 3',
        ' d: 4',
        ' e: 5',
        '@@ -9,4 +9,4 @@',
        ' i: 9',
        ' j: 10',
        ' k: 11',
        '-l: 12',
        '+l: twelve',
        '',
      ].join('\n'),
    )
  })

  test('changes close together share a hunk; CRLF and a byte order mark are not shown', () => {
    const before = '\uFEFFa: 1\r\nb: 2\r\nc: 3\r\nd: 4\r\n'
    const after = '\uFEFFa: 1\r\nb: 20\r\nc: 3\r\nd: 40\r\n'
    expect(previewDiff('x.yaml', before, after)).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -1,4 +1,4 @@\n a: 1\n-b: 2\n+b: 20\n c: 3\n-d: 4\n+d: 40\n',
    )
  })

  test('a last line without a newline is marked as such', () => {
    expect(previewDiff('x.yaml', 'a: 1\nb: 2', 'a: 1\nb: 3')).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -1,2 +1,2 @@\n a: 1\n-b: 2\n\\ No newline at end of file\n+b: 3\n\\ No newline at end of file\n',
    )
  })

  test('nothing changed, nothing shown', () => {
    expect(previewDiff('x.yaml', 'a: 1\n', 'a: 1\n')).toBe('')
  })

  test('the preview of a real config: only the placeholder lines, in context', () => {
    const preview = previewConfig('jobs/acme/stripe.yaml', seed, plannedOutputs(plan), {
      allowSensitive: false,
      markers: true,
    })
    expect(previewDiff(preview.file, preview.before, preview.after)).toBe(
      [
        '--- a/jobs/acme/stripe.yaml',
        '+++ b/jobs/acme/stripe.yaml',
        '@@ -19,10 +19,10 @@',
        ' ',
        '   # Placeholders replaced with Terraform outputs',
        '   resource_identifiers:',
        '-    cluster_name: "{{terraform_outputs.cluster_name}}"',
        '+    cluster_name: "acme-prod-cluster" # {{terraform_outputs.cluster_name}}',
        '     # the service is created by the module too',
        '-    service_name: "{{terraform_outputs.service_name}}"   # keep in sync with tags',
        '-    task_definition_arn: "{{terraform_outputs.task_definition_arn}}"',
        '+    service_name: "(known after apply)" # {{terraform_outputs.service_name}}   # keep in sync with tags',
        '+    task_definition_arn: "(known after apply)" # {{terraform_outputs.task_definition_arn}}',
        ' ',
        '   tags:',
        '     job_name: corpus-seed-etl',
        '',
      ].join('\n'),
    )
  })
})
