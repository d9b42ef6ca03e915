import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Job } from '../../src/config/job.js'
import {
  bundledModule,
  locateRoot,
  renderTokens,
  writeGeneratedRoot,
  writeModuleCall,
} from '../../src/terraform/roots.js'
import { ROOT } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'

const job: Job = {
  file: 'jobs/a.yaml',
  jobName: 'orders',
  environment: 'prod',
  tenantId: 'acme',
  provider: 'gcp',
  runtime: { type: 'gcp_cloud_run' },
  region: 'us-central1',
  tags: {},
  target: {},
  placeholders: [],
}

describe('terraform-dir and module-source templates', () => {
  it('fills every token from the job', () => {
    expect(
      renderTokens(
        'terraform/{tenant_id}/{provider}/{runtime}/{job_name}-{environment}',
        job,
        'terraform-dir',
      ),
    ).toBe('terraform/acme/gcp/gcp_cloud_run/orders-prod')
  })

  it('refuses unknown tokens and tokens the config cannot fill', () => {
    expect(() => renderTokens('x/{team}', job, 'terraform-dir')).toThrow(
      'terraform-dir: unknown token {team} (tokens: {job_name}, {environment}, {provider}, {runtime}, {tenant_id})',
    )
    expect(() =>
      renderTokens('x/{tenant_id}', { ...job, tenantId: undefined }, 'terraform-dir'),
    ).toThrow('terraform-dir uses {tenant_id}, but the config has no tenant_id')
  })
})

describe('roots', () => {
  it("uses the team's folder when it exists, else a generated root calling the bundled module", () => {
    const workspace = tempDir('dativo-roots-')
    mkdirSync(path.join(workspace, 'terraform/dativo_jobs/orders'), { recursive: true })
    const work = path.join(workspace, '..', 'work')
    expect(locateRoot(job, workspace, 'terraform/dativo_jobs/{job_name}', undefined, work)).toEqual(
      {
        dir: path.join(workspace, 'terraform/dativo_jobs/orders'),
        generated: false,
        realDir: path.join(realpathSync(workspace), 'terraform/dativo_jobs/orders'),
        sharedBecause: undefined,
      },
    )
    const generated = locateRoot(
      { ...job, jobName: 'other' },
      workspace,
      'terraform/dativo_jobs/{job_name}',
      undefined,
      work,
    )
    expect(generated.generated).toBe(true)
    expect(path.resolve(generated.dir, generated.moduleSource!)).toBe(
      path.join(ROOT, 'terraform/modules/gcp_cloud_run'),
    )
    expect(bundledModule('local')).toBe(path.join(ROOT, 'terraform/modules/local'))
  })

  it('refuses a terraform-dir outside the workspace', () => {
    const workspace = tempDir('dativo-roots-')
    expect(() => locateRoot(job, workspace, '../{job_name}', undefined, workspace)).toThrow(
      "terraform-dir '../orders' is outside the workspace",
    )
  })

  it('follows links: a root that leads outside is refused, one other jobs can reach is shared', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'dativo-roots-'))
    const outside = mkdtempSync(path.join(tmpdir(), 'dativo-outside-'))
    mkdirSync(path.join(workspace, 'terraform/shared'), { recursive: true })
    symlinkSync(outside, path.join(workspace, 'terraform/escape'))
    symlinkSync('shared', path.join(workspace, 'terraform/orders'))
    const work = path.join(workspace, '..', 'work')
    try {
      expect(() =>
        locateRoot(
          { ...job, jobName: 'escape' },
          workspace,
          'terraform/{job_name}',
          undefined,
          work,
        ),
      ).toThrow(
        `terraform-dir 'terraform/escape' leads outside the workspace (a link to ${realpathSync(outside)}): Terraform would keep its state and files there. Put the job's root in the workspace`,
      )
      expect(locateRoot(job, workspace, 'terraform/{job_name}', undefined, work)).toMatchObject({
        realDir: path.join(realpathSync(workspace), 'terraform/shared'),
        sharedBecause:
          'terraform/orders is a link to terraform/shared, a folder other jobs can reach too',
      })
      expect(locateRoot(job, workspace, 'terraform/shared', undefined, work).sharedBecause).toBe(
        "terraform-dir 'terraform/shared' has no {job_name}, so every job runs in this one folder",
      )
    } finally {
      rmSync(workspace, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it("a generated root declares the backend it is given: its cloud's own, or none", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dativo-gen-'))
    try {
      const root = { dir, generated: true, moduleSource: './module' }
      for (const backend of ['s3', 'azurerm', 'gcs', 'local']) {
        await writeModuleCall(root, job, backend)
        expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toContain(
          `terraform {\n  backend "${backend}" {}\n}\n`,
        )
      }
      await writeModuleCall(root, job, undefined)
      expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).not.toContain('backend')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes no value into a generated root, and no module source can break out of its string', async () => {
    const dir = tempDir('dativo-gen-')
    const root = {
      dir,
      generated: true,
      moduleSource: 'git::https://example.com/m.git//x?ref=${evil}%{if true}',
    }
    await writeModuleCall(root, job, 'gcs')
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toContain(
      'source = "git::https://example.com/m.git//x?ref=$${evil}%%{if true}"',
    )
    const declared = await writeGeneratedRoot(
      root,
      job,
      'gcs',
      {
        variables: new Map([
          ['region', { sensitive: false, required: true }],
          ['token', { sensitive: true, required: false }],
          ['unused', { sensitive: false, required: false }],
        ]),
        outputs: new Map([
          ['service_name', { sensitive: false }],
          ['password', { sensitive: true }],
        ]),
      },
      new Set(['region', 'token', 'job_metadata']),
    )
    expect([...declared].sort()).toEqual(['project_id', 'region', 'token'])
    const main = readFileSync(path.join(dir, 'main.tf'), 'utf8')
    expect(main).toContain('backend "gcs" {}')
    expect(main).toContain(
      'provider "google" {\n  project = var.project_id\n  region  = var.region\n}',
    )
    expect(main).toContain('  region = var.region\n  token = var.token\n}')
    expect(main).toContain(
      'output "password" {\n  value = module.dativo_runtime.password\n  sensitive = true\n}',
    )
    expect(main).not.toContain('unused')
    expect(readFileSync(path.join(dir, 'variables.tf'), 'utf8')).toBe(
      'variable "project_id" {}\n\nvariable "region" {}\n\nvariable "token" {\n  sensitive = true\n}\n',
    )
  })
})
