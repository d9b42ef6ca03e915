// The committed dist/index.js, run as the runner runs it, over every bad input of CONTRACT §4
// and the examples (issue: validation end to end).
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { copyTracked, trackedFiles } from '../helpers/examples.js'
import { renderGfm, tablesOf } from '../helpers/gfm.js'

const FIXTURES = path.join(ROOT, '__tests__/action/fixtures/bad')

/** One error per bad file: where it is and what it says. */
const EXPECTED: Record<string, { line: number; col?: number; title: string; message: string }> = {
  'jobs/bad/syntax-error.yaml': {
    line: 3,
    col: 1,
    title: 'dativo: YAML syntax error',
    message: 'YAML syntax error: tabs are not allowed as indentation',
  },
  'jobs/bad/duplicate-key.yaml': {
    line: 7,
    col: 3,
    title: 'dativo: duplicate key',
    message: "Duplicate key 'region' (first defined on line 6): remove one of them",
  },
  'jobs/bad/list-root.yaml': {
    line: 1,
    col: 1,
    title: 'dativo: not a mapping',
    message: 'A job config must be a mapping (key: value pairs) at the top level, not a list',
  },
  'jobs/bad/empty.yaml': {
    line: 1,
    col: 1,
    title: 'dativo: empty file',
    message:
      'File is empty: a job config is a YAML mapping (key: value pairs) with an infrastructure section',
  },
  'jobs/bad/invalid-utf8.yaml': {
    line: 2,
    col: 11,
    title: 'dativo: not UTF-8',
    message:
      'File is not valid UTF-8: byte 0xE9 at line 2, column 11 cannot be decoded (save the file as UTF-8)',
  },
  'jobs/bad/alias-bomb.yaml': {
    line: 2,
    col: 10,
    title: 'dativo: too many aliases',
    message:
      'Aliases expand to too much data (more than 100 expansions): write the values out instead of nesting aliases',
  },
  'jobs/bad/deep-nesting.yaml': {
    line: 2,
    col: 72,
    title: 'dativo: nesting too deep',
    message: 'Nesting is too deep (more than 64 levels)',
  },
  'jobs/bad/huge.yaml': {
    line: 1,
    col: 1,
    title: 'dativo: file too large',
    message: 'File is too large: 1.5 MiB (a job config may be at most 1.0 MiB)',
  },
  'jobs/bad/broken-link.yaml': {
    line: 1,
    col: 1,
    title: 'dativo: unreadable file',
    message: 'Cannot read the file: it does not exist (or is a broken link)',
  },
  'jobs/bad/outside-link.yaml': {
    line: 1,
    col: 1,
    title: 'dativo: unreadable file',
    message: 'The file is a link to a place outside the workspace; it is not read',
  },
  'jobs/bad/missing-tags.yaml': {
    line: 8,
    col: 3,
    title: 'dativo: missing required tags',
    message: 'Missing required tags: cost_center',
  },
  'jobs/bad/runtime-mismatch.yaml': {
    line: 6,
    col: 11,
    title: 'dativo: runtime not compatible with provider',
    message: "Runtime type 'aws_fargate' is not compatible with provider 'azure'",
  },
  'jobs/bad/malformed-placeholder.yaml': {
    line: 9,
    col: 20,
    // The message is the contract's exact text; what it most likely meant is in the title.
    title: "dativo: malformed placeholder: did you mean '{{terraform_outputs.cluster_name}}'?",
    message:
      "Malformed Terraform output placeholder: '{terraform_outputs.cluster_name}' (expected {{terraform_outputs.NAME}})",
  },
  'jobs/bad/unknown-provider.yaml': {
    line: 4,
    col: 13,
    title: 'dativo: unknown provider',
    message: "Unknown provider 'aws2' (expected one of: aws, azure, gcp, local)",
  },
  'jobs/bad/multi-document.yaml': {
    line: 2,
    col: 1,
    title: 'dativo: more than one document',
    message:
      'More than one YAML document in the file: a job config is a single document (remove the extra ---)',
  },
  'jobs/bad/unquoted-version.yaml': {
    line: 14,
    col: 14,
    title: 'dativo: invalid tag value',
    message: `Tag 'version' must be a string, but 1.0 is read as a number: quote it (version: "1.0")`,
  },
}

const EXAMPLES = trackedFiles('examples/jobs/acme').map((file) => file.replace(/^examples\//, ''))

describe('node dist/index.js, validate mode, over bad inputs and the examples', () => {
  let workspace: string
  let run: ActionRun

  beforeAll(async () => {
    workspace = tempDir('dativo-dist-')
    execFileSync('git', ['init', '-q', '-b', 'main', workspace])
    copyTracked('examples/jobs/acme', path.join(workspace, 'jobs/acme'))
    mkdirSync(path.join(workspace, 'jobs/bad'), { recursive: true })
    cpSync(FIXTURES, path.join(workspace, 'jobs/bad'), { recursive: true })
    writeFileSync(
      path.join(workspace, 'jobs/bad/huge.yaml'),
      'tenant_id: acme\nnotes: "' + 'x'.repeat(1536 * 1024) + '"\n',
    )
    symlinkSync('does-not-exist.yaml', path.join(workspace, 'jobs/bad/broken-link.yaml'))
    const outside = tempDir('dativo-outside-')
    writeFileSync(path.join(outside, 'secret.yaml'), 'token: do-not-print\n')
    symlinkSync(
      path.join(outside, 'secret.yaml'),
      path.join(workspace, 'jobs/bad/outside-link.yaml'),
    )
    execFileSync('git', ['-C', workspace, 'add', '-A'])
    execFileSync('git', [
      '-C',
      workspace,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-qm',
      'jobs',
    ])

    run = await runActionAsync(workspace, {
      INPUT_MODE: 'validate',
      INPUT_CONFIGS: 'jobs/**/*.yaml',
      'INPUT_CHANGED-ONLY': 'false',
    })
  })

  it('fails the step, after processing every config', () => {
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `::error::${Object.keys(EXPECTED).length} errors in ${Object.keys(EXPECTED).length} of ${Object.keys(EXPECTED).length + EXAMPLES.length} job configs`,
    )
  })

  it('annotates each problem once, at its line and column, with the contract wording', () => {
    const located = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
    const byFile = new Map<string, typeof located>()
    for (const annotation of located) {
      byFile.set(annotation.properties.file!, [
        ...(byFile.get(annotation.properties.file!) ?? []),
        annotation,
      ])
    }
    for (const [file, expected] of Object.entries(EXPECTED)) {
      const found = byFile.get(file) ?? []
      expect(found, file).toHaveLength(1)
      expect(found[0]!.message, file).toBe(expected.message)
      expect(found[0]!.properties.title, file).toBe(expected.title)
      expect(Number(found[0]!.properties.line), file).toBe(expected.line)
      expect(Number(found[0]!.properties.endLine), file).toBe(expected.line)
      expect(Number(found[0]!.properties.col), file).toBe(expected.col)
    }
    expect([...byFile.keys()].sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it('says nothing about the valid examples', () => {
    for (const example of EXAMPLES) {
      expect(run.annotations.filter((a) => a.properties.file === example)).toEqual([])
    }
  })

  it('lists every config in the results output', () => {
    const results = JSON.parse(run.outputs.results!) as Array<{
      config: string
      valid: boolean
      errors: unknown[]
    }>
    expect(results.map((r) => r.config).sort()).toEqual(
      [...Object.keys(EXPECTED), ...EXAMPLES].sort(),
    )
    for (const result of results) {
      expect(result.valid, result.config).toBe(EXAMPLES.includes(result.config))
    }
    expect(JSON.parse(run.outputs.configs!)).toHaveLength(results.length)
    expect(run.outputs['error-count']).toBe(String(Object.keys(EXPECTED).length))
    const missing = results.find((r) => r.config === 'jobs/bad/missing-tags.yaml')!
    expect(missing.errors).toEqual([
      { line: 8, column: 3, message: 'Missing required tags: cost_center' },
    ])
  })

  it('never prints what a link out of the workspace points to', () => {
    expect(run.stdout + run.stderr + run.summary).not.toContain('do-not-print')
  })

  it('writes a job summary with a row per config, and a section per config with problems', () => {
    const html = renderGfm(run.summary)
    expect(tablesOf(html)[0]!.rows).toHaveLength(Object.keys(EXPECTED).length + EXAMPLES.length)
    for (const file of Object.keys(EXPECTED)) expect(html).toContain(`<code>${file}</code>`)
  })
})
