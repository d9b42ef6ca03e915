// The declarations written at bundle time are what HashiCorp's parser reads from the modules now:
// a module changed without `npm run bundle` fails here.

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDeclarations } from '../../src/terraform/hcl.js'
import { bundledDeclarations, bundledVariables } from '../../src/terraform/modules.js'
import { ROOT } from '../helpers/action.js'
import { runProcess } from '../helpers/process.js'

const RUNTIMES = ['aws_fargate', 'azure_container_apps', 'gcp_cloud_run', 'local'] as const

describe('bundled module declarations', () => {
  it('are current: the generator writes exactly the committed file', async () => {
    const check = await runProcess(
      process.execPath,
      ['scripts/module-declarations.mjs', '--check'],
      {
        cwd: ROOT,
      },
    )
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it.each(RUNTIMES)('%s: equal what the HCL parser reads from the module', async (runtime) => {
    const parsed = await readDeclarations(path.join(ROOT, 'terraform/modules', runtime))
    const bundled = bundledDeclarations(runtime)
    expect(Object.fromEntries(bundled.variables)).toEqual(Object.fromEntries(parsed.variables))
    expect(Object.fromEntries(bundled.outputs)).toEqual(Object.fromEntries(parsed.outputs))
  })

  it('name the variables a job must be given, with their descriptions', () => {
    const required = (runtime: (typeof RUNTIMES)[number]) =>
      Object.entries(bundledVariables(runtime))
        .filter(([, v]) => v.required)
        .map(([name]) => name)
    expect(required('aws_fargate')).toEqual(
      expect.arrayContaining(['vpc_id', 'private_subnet_ids', 'job_metadata', 'region']),
    )
    expect(required('gcp_cloud_run')).toContain('project_id')
    expect(bundledVariables('aws_fargate').vpc_id!.description).not.toBe('')
  })
})
