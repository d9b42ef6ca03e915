import { describe, expect, it } from 'vitest'
import type { InputName } from '../src/constants.js'
import { parseRunOptions } from '../src/options.js'

const parse = (inputs: Partial<Record<InputName, string>>) =>
  parseRunOptions((name) => inputs[name], '/work/repo')

describe('inputs to run options', () => {
  it('applies every default itself when inputs are empty (CONTRACT §2)', () => {
    expect(parse({})).toEqual({
      mode: 'validate',
      workspace: '/work/repo',
      configs: ['jobs/**/*.yaml', 'jobs/**/*.yml'],
      changedOnly: true,
      schemaPath: undefined,
      terraformVersion: 'latest',
      terraformMirror: 'https://releases.hashicorp.com',
      terraformDir: 'terraform/dativo_jobs/{job_name}',
      moduleSource: undefined,
      backendConfig: [],
      terraformVars: {},
      defaultTags: {},
      parallelism: 2,
      commitBack: 'auto',
      commitMethod: 'git',
      commitMessage: 'chore(dativo): resolve terraform outputs',
      outputDir: undefined,
      allowSensitiveOutputs: false,
      commentOnPr: true,
      deployCommand: undefined,
      githubToken: undefined,
    })
  })

  it('refuses a deploy-command that cannot be split, before anything runs', () => {
    expect(() => parse({ 'deploy-command': `dativo run '{config}` })).toThrow(
      `Input deploy-command: a single quote at character 12 is not closed (it runs without a shell: quote with '…' or "…", escape with \\)`,
    )
    expect(parse({ 'deploy-command': `dativo run "{config}"` }).deployCommand).toBe(
      'dativo run "{config}"',
    )
  })

  it('refuses an unknown mode at once, listing the accepted ones', () => {
    expect(() => parse({ mode: 'aply' })).toThrow(
      "Input mode: 'aply' is not accepted (expected one of: validate, plan, apply)",
    )
  })

  it('reads booleans as the YAML core schema does and refuses the rest', () => {
    expect(parse({ 'changed-only': 'False' }).changedOnly).toBe(false)
    expect(() => parse({ 'changed-only': 'yes' })).toThrow(
      "Input changed-only: 'yes' is not accepted (expected one of: true, false)",
    )
  })

  it('reads globs one per line, skipping blank lines', () => {
    expect(parse({ configs: 'jobs/**/*.yaml\n\n  !jobs/old/**  \n' }).configs).toEqual([
      'jobs/**/*.yaml',
      '!jobs/old/**',
    ])
  })

  it('reads YAML and JSON maps', () => {
    expect(
      parse({ 'terraform-vars': '{"vpc_id": "vpc-1", "subnets": ["a"]}' }).terraformVars,
    ).toEqual({
      vpc_id: 'vpc-1',
      subnets: ['a'],
    })
    expect(parse({ 'default-tags': 'project: dativo\nowner: ops' }).defaultTags).toEqual({
      project: 'dativo',
      owner: 'ops',
    })
    expect(() => parse({ 'default-tags': 'version: 1.0' })).toThrow(
      "Input default-tags: the value of 'version' must be a string (quote it)",
    )
    expect(() => parse({ 'terraform-vars': '[1, 2]' })).toThrow('expected a mapping')
  })

  it('keeps paths inside the workspace', () => {
    expect(parse({ schema: 'policy/teams.json' }).schemaPath).toBe('/work/repo/policy/teams.json')
    expect(() => parse({ 'output-dir': '../elsewhere' })).toThrow(
      "Input output-dir: '../elsewhere' is outside the workspace",
    )
  })

  it('checks parallelism, versions and the mirror URL', () => {
    expect(() => parse({ parallelism: '0' })).toThrow('expected a whole number from 1 to 64')
    expect(parse({ 'terraform-version': '~> 1.9' }).terraformVersion).toBe('~> 1.9')
    expect(() => parse({ 'terraform-version': 'newest' })).toThrow('is not accepted')
    expect(() => parse({ 'terraform-mirror': 'ftp://x' })).toThrow('must be an http(s) URL')
    expect(parse({ 'terraform-mirror': 'https://mirror.example/hashicorp/' }).terraformMirror).toBe(
      'https://mirror.example/hashicorp',
    )
  })
})
