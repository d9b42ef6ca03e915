// How a marker comment is written and recognised, and the edge cases of resolution around it.
import { describe, expect, test } from 'vitest'
import { fitsTemplate, markerText, parseMarker } from '../../src/resolve/marker.js'
import { resolveConfig, unknownOutputMessage } from '../../src/resolve/resolve.js'
import type { TerraformOutputs } from '../../src/resolve/outputs.js'

describe('markerText', () => {
  test.each([
    ['{{terraform_outputs.cluster_name}}', '{{terraform_outputs.cluster_name}}'],
    ['https://{{terraform_outputs.host}}/x#frag', 'https://{{terraform_outputs.host}}/x#frag'],
    ['a # {{terraform_outputs.x}}', '"a # {{terraform_outputs.x}}"'],
    ['{{terraform_outputs.x}}\n', '"{{terraform_outputs.x}}\\n"'],
    [' {{terraform_outputs.x}}', '" {{terraform_outputs.x}}"'],
    ['"{{terraform_outputs.x}}"', '"\\"{{terraform_outputs.x}}\\""'],
    ['tab\t{{terraform_outputs.x}}', '"tab\\t{{terraform_outputs.x}}"'],
  ])('%j is written as %s', (template, text) => {
    expect(markerText(template)).toBe(text)
    expect(parseMarker(`# ${text}`)?.template).toBe(template)
  })
})

describe('parseMarker', () => {
  test('the template, and where it stands in the comment', () => {
    expect(parseMarker('# {{terraform_outputs.x}}')).toEqual({
      template: '{{terraform_outputs.x}}',
      start: 2,
      end: 25,
    })
  })

  test("a user's comment after the marker is not part of it", () => {
    expect(parseMarker('# {{terraform_outputs.x}}  # owned by infra')?.template).toBe(
      '{{terraform_outputs.x}}',
    )
    expect(parseMarker('# "a\\nb {{terraform_outputs.x}}" # note')?.template).toBe(
      'a\nb {{terraform_outputs.x}}',
    )
  })

  test.each([
    '# just a note',
    '# see terraform_outputs.cluster_name',
    '# {terraform_outputs.x}',
    '# {{terraform_outputs.x}} and {terraform_outputs.y}',
    '# "{{terraform_outputs.x}}" trailing words',
    '# "unterminated {{terraform_outputs.x}}',
  ])('%s is not a marker', (comment) => {
    expect(parseMarker(comment)).toBeUndefined()
  })
})

test('fitsTemplate: placeholders stand for any text, the rest must match', () => {
  expect(fitsTemplate('https://{{terraform_outputs.h}}/x', 'https://a.example/x')).toBe(true)
  expect(fitsTemplate('https://{{terraform_outputs.h}}/x', 'http://a.example/x')).toBe(false)
  expect(fitsTemplate('{{terraform_outputs.a}}-{{terraform_outputs.b}}', 'x-y-z')).toBe(true)
})

const outputs: TerraformOutputs = {
  cluster_name: { value: 'acme-prod-cluster', sensitive: false },
  service_name: { value: 'etl', sensitive: false },
  port: { value: 8080, sensitive: false },
  nothing: { value: null, sensitive: false },
}
const run = (text: string, markers = true) =>
  resolveConfig('job.yaml', new TextEncoder().encode(text), outputs, {
    allowSensitive: false,
    markers,
  })

describe('resolution around markers', () => {
  test('a new placeholder written over a resolved value replaces the old marker', () => {
    const result = run(
      'a: "{{terraform_outputs.service_name}}" # {{terraform_outputs.cluster_name}}  # note\n',
    )
    expect(result.after).toBe('a: "etl" # {{terraform_outputs.service_name}}  # note\n')
  })

  test("a user's comment that is not a marker stays after the new one", () => {
    const result = run('a: "{{terraform_outputs.port}}" # see {{terraform_outputs.cluster_name}}\n')
    expect(result.after).toBe(
      'a: 8080 # {{terraform_outputs.port}} # see {{terraform_outputs.cluster_name}}\n',
    )
    expect(run(result.after).changed).toBe(false)
  })

  test('an own-line comment holding a placeholder is not a marker', () => {
    const text = '# {{terraform_outputs.cluster_name}}\na: static\n'
    expect(run(text).after).toBe(text)
    expect(run(text).findings).toEqual([])
  })

  test('a string output that reads as another type is quoted; null is written as null', () => {
    const text = 'a: "{{terraform_outputs.nothing}}"\nb: "x{{terraform_outputs.port}}"\n'
    const result = run(text)
    expect(result.after).toBe(
      'a: null # {{terraform_outputs.nothing}}\nb: "x8080" # x{{terraform_outputs.port}}\n',
    )
    const refreshed = resolveConfig(
      'job.yaml',
      new TextEncoder().encode(result.after),
      {
        ...outputs,
        nothing: { value: '42', sensitive: false },
        port: { value: 'yes', sensitive: false },
      },
      { allowSensitive: false, markers: true },
    )
    expect(refreshed.after).toBe(
      'a: "42" # {{terraform_outputs.nothing}}\nb: "xyes" # x{{terraform_outputs.port}}\n',
    )
  })

  test('a plain scalar takes only a value that stays a plain string; otherwise it is quoted', () => {
    const result = run(
      'url: http://{{terraform_outputs.port}}\nname: x{{terraform_outputs.nothing}}\n',
    )
    expect(result.findings.map((f) => f.rule)).toEqual(['output-type'])
    const ok = run('url: http://{{terraform_outputs.cluster_name}}:{{terraform_outputs.port}}\n')
    expect(ok.after).toBe(
      'url: http://acme-prod-cluster:8080 # http://{{terraform_outputs.cluster_name}}:{{terraform_outputs.port}}\n',
    )
    const spaced = resolveConfig(
      'job.yaml',
      new TextEncoder().encode(ok.after),
      {
        ...outputs,
        cluster_name: { value: 'a #b', sensitive: false },
      },
      { allowSensitive: false, markers: true },
    )
    expect(spaced.after).toBe(
      'url: "http://a #b:8080" # http://{{terraform_outputs.cluster_name}}:{{terraform_outputs.port}}\n',
    )
  })

  test('a list an earlier run wrote is compared through its aliases, and left as it is', () => {
    const text = 'a: &a subnet-1\nb: [*a, subnet-2] # {{terraform_outputs.subnets}}\n'
    const same = resolveConfig(
      'job.yaml',
      new TextEncoder().encode(text),
      { subnets: { value: ['subnet-1', 'subnet-2'], sensitive: false } },
      { allowSensitive: false, markers: true },
    )
    expect(same).toMatchObject({ changed: false, findings: [] })
    const grown = resolveConfig(
      'job.yaml',
      new TextEncoder().encode(text),
      { subnets: { value: ['subnet-1', 'subnet-2', 'subnet-3'], sensitive: false } },
      { allowSensitive: false, markers: true },
    )
    expect(grown.after).toBe(
      'a: &a subnet-1\nb: [ subnet-1, subnet-2, subnet-3 ] # {{terraform_outputs.subnets}}\n',
    )
  })

  test('an explicit !!str tag keeps a whole placeholder text', () => {
    expect(run('port: !!str "{{terraform_outputs.port}}"\n').after).toBe(
      'port: !!str "8080" # {{terraform_outputs.port}}\n',
    )
  })

  test('placeholders in keys and in comments are left alone', () => {
    const text = '"{{terraform_outputs.port}}": 1 # note\n'
    expect(run(text).after).toBe(text)
  })

  test('a file without placeholders is returned as it is', () => {
    const text = 'a: 1 # c\r\n\r\nb: [x, y]'
    const result = run(text)
    expect(result).toMatchObject({ after: text, changed: false, replacements: [], findings: [] })
  })
})

test('unknownOutputMessage: closest names first, a suggestion when one is close', () => {
  expect(
    unknownOutputMessage('clustr_name', ['task_definition_arn', 'service_name', 'cluster_name']),
  ).toBe(
    "Unknown Terraform output 'clustr_name': did you mean 'cluster_name'? (outputs: cluster_name, service_name, task_definition_arn)",
  )
  expect(unknownOutputMessage('zzz', ['b', 'a'])).toBe(
    "Unknown Terraform output 'zzz' (outputs: a, b)",
  )
  expect(unknownOutputMessage('x', [])).toBe(
    "Unknown Terraform output 'x' (Terraform reported no outputs)",
  )
})
