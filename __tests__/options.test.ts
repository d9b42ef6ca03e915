import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { InputName } from '../src/constants.js'
import { backendLinesFor, parseRunOptions } from '../src/options.js'

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
      backendConfig: { lines: [], byProvider: {} },
      terraformVars: {},
      defaultTags: {},
      parallelism: 2,
      commitBack: 'auto',
      commitMethod: 'git',
      commitMessage: 'chore(dativo): resolve terraform outputs',
      outputDir: undefined,
      allowSensitiveOutputs: false,
      commentOnPr: true,
      passTokenToTerraform: false,
      deployCommand: undefined,
      githubToken: undefined,
      allowLocalState: false,
      terraformTimeoutMs: 3_600_000,
      requireReviewedPlan: false,
      destroyRemoved: false,
      outputsFrom: undefined,
      healTagDrift: false,
      rollout: 'all',
      rolloutOrder: [['*'], ['prod', 'production']],
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
      "Input mode: 'aply' is not accepted (expected one of: validate, plan, apply, resolve, drift)",
    )
  })

  it('reads rollout-order as waves of environments, and refuses a name twice or a stray character', () => {
    expect(
      parse({ rollout: 'canary', 'rollout-order': 'Dev\nstaging, QA\n*\nprod' }),
    ).toMatchObject({
      rollout: 'canary',
      rolloutOrder: [['dev'], ['staging', 'qa'], ['*'], ['prod']],
    })
    expect(() => parse({ 'rollout-order': 'dev\nprod, dev' })).toThrow(
      "Input rollout-order: 'dev' is named twice: each environment belongs to one wave",
    )
    expect(() => parse({ 'rollout-order': 'dev; prod' })).toThrow(
      "Input rollout-order: 'dev; prod' is not an environment name (expected names such as dev, staging, prod, one wave per line; * for every other environment)",
    )
    expect(() => parse({ rollout: 'waves' })).toThrow(
      "Input rollout: 'waves' is not accepted (expected one of: all, canary)",
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

  it('follows links: a path that leads out of the workspace is refused, one that stays is kept', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'dativo-options-'))
    const outside = mkdtempSync(path.join(tmpdir(), 'dativo-outside-'))
    try {
      mkdirSync(path.join(workspace, 'build'))
      symlinkSync(outside, path.join(workspace, 'out'))
      symlinkSync('build', path.join(workspace, 'resolved'))
      const read = (inputs: Partial<Record<InputName, string>>) =>
        parseRunOptions((name) => inputs[name], workspace)
      expect(() => read({ 'output-dir': 'out/copies' })).toThrow(
        `Input output-dir: 'out/copies' leads outside the workspace (a link to ${path.join(realpathSync(outside), 'copies')}); give a path whose folders are in the workspace`,
      )
      expect(() => read({ schema: 'out/policy.json' })).toThrow(
        "Input schema: 'out/policy.json' leads outside the workspace",
      )
      expect(read({ 'output-dir': 'resolved' }).outputDir).toBe(path.join(workspace, 'resolved'))
    } finally {
      rmSync(workspace, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
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

  it('reads backend-config as key=value lines for every job, or as a map keyed by provider', () => {
    expect(
      parse({ 'backend-config': 'bucket=acme-state\nkey={job_name}.tfstate\n' }).backendConfig,
    ).toEqual({
      lines: ['bucket=acme-state', 'key={job_name}.tfstate'],
      byProvider: {},
    })
    const map = parse({
      'backend-config':
        'aws:\n  bucket: acme-state\n  use_lockfile: true\ngcp:\n  bucket: acme-gcs\n  prefix: "{job_name}"\n',
    }).backendConfig
    expect(map).toEqual({
      lines: [],
      byProvider: {
        aws: ['bucket=acme-state', 'use_lockfile=true'],
        gcp: ['bucket=acme-gcs', 'prefix={job_name}'],
      },
    })
    expect(backendLinesFor(map, 'aws')).toEqual(['bucket=acme-state', 'use_lockfile=true'])
    expect(backendLinesFor(map, 'azure')).toEqual([])
    // Plain lines are for cloud jobs; the sandbox gets only the map's local: entry.
    const plain = parse({ 'backend-config': 'bucket=acme-state' }).backendConfig
    expect(backendLinesFor(plain, 'gcp')).toEqual(['bucket=acme-state'])
    expect(backendLinesFor(plain, 'local')).toEqual([])
    const local = parse({ 'backend-config': 'local:\n  path: "/state/{job_name}"' }).backendConfig
    expect(backendLinesFor(local, 'local')).toEqual(['path=/state/{job_name}'])
    expect(() => parse({ 'backend-config': 'bucket: acme-state' })).toThrow(
      "Input backend-config: 'bucket' is not a provider (expected one of: aws, azure, gcp, local)",
    )
    expect(() => parse({ 'backend-config': 'aws:\n  tags: {a: 1}' })).toThrow(
      'Input backend-config: aws.tags: expected a string, number or boolean',
    )
    expect(() => parse({ 'backend-config': 'bucket acme' })).toThrow(
      "Input backend-config: 'bucket acme' is not a key=value line",
    )
  })

  it('reads terraform-timeout as a duration and refuses anything else', () => {
    expect(parse({ 'terraform-timeout': '90s' }).terraformTimeoutMs).toBe(90_000)
    expect(parse({ 'terraform-timeout': '1h30m' }).terraformTimeoutMs).toBe(5_400_000)
    for (const bad of ['60', '0s', '1d', 'm', '-5m']) {
      expect(() => parse({ 'terraform-timeout': bad })).toThrow(
        `Input terraform-timeout: '${bad}' is not accepted (expected a duration such as 60m, 1h30m or 90s)`,
      )
    }
  })

  it('needs outputs-from in mode resolve, relative to the workspace', () => {
    expect(() => parse({ mode: 'resolve' })).toThrow('Input outputs-from: mode resolve needs')
    expect(parse({ mode: 'resolve', 'outputs-from': 'legs' }).outputsFrom).toBe('/work/repo/legs')
  })
})
