// `mode: resolve` through the committed dist/cli.js: an entry of the outputs folder that is not
// a readable outputs file never costs the other files' configs their values.

import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.js'
import { git, sandboxJob } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'
import { runProcess } from '../helpers/process.js'

/** A workspace with jobs/one.yaml and the outputs file a matrix leg wrote for it. */
function workspaceWithOutputs(): { dir: string; outputs: string } {
  const dir = tempDir('dativo-from-files-')
  git(dir, 'init', '-q')
  mkdirSync(path.join(dir, 'jobs'))
  writeFileSync(path.join(dir, 'jobs/one.yaml'), sandboxJob('one'))
  const outputs = path.join(dir, 'outputs')
  mkdirSync(path.join(outputs, 'dativo-outputs-0'), { recursive: true })
  const file = {
    version: 1,
    commit: null,
    mode: 'apply',
    jobs: [
      {
        config: 'jobs/one.yaml',
        job_name: 'one',
        config_sha: git(dir, 'hash-object', 'jobs/one.yaml'),
        outputs: { cluster_name: 'one-dev-cluster' },
        sensitive: [],
        plan: { add: 1, change: 0, destroy: 0 },
        fingerprint: null,
      },
    ],
  }
  writeFileSync(path.join(outputs, 'dativo-outputs-0/o.json'), JSON.stringify(file))
  return { dir, outputs }
}

function resolveRun(dir: string) {
  return runProcess(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'run', '--mode', 'resolve', '--outputs-from', 'outputs'],
    { cwd: dir, env: { PATH: process.env.PATH } },
  )
}

const RESOLVED = '    cluster_name: "one-dev-cluster" # {{terraform_outputs.cluster_name}}'

describe('dativo-infra run --mode resolve', () => {
  it('takes a folder named like an outputs file (an artifact called x.json) as a folder', async () => {
    const { dir, outputs } = workspaceWithOutputs()
    mkdirSync(path.join(outputs, 'dativo-outputs-1.json'))
    const result = await resolveRun(dir)
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr.split('\n')).toContain(`1 job(s) in 1 outputs file(s) under ${outputs}`)
    expect(result.stdout).toBe('1 config from outputs files: 1 resolved\n')
    expect(readFileSync(path.join(dir, 'jobs/one.yaml'), 'utf8').split('\n')).toContain(RESOLVED)
  })

  it('fails on an outputs file it cannot read, and still resolves the configs of the others', async () => {
    const { dir, outputs } = workspaceWithOutputs()
    symlinkSync(path.join(dir, 'gone.json'), path.join(outputs, 'dativo-outputs-1.json'))
    const result = await resolveRun(dir)
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')).toContain(
      `error: outputs-from: dativo-outputs-1.json cannot be read: ENOENT: no such file or directory, open '${path.join(outputs, 'dativo-outputs-1.json')}'`,
    )
    // The step fails for the file; the config of the readable one is resolved all the same.
    expect(result.stdout).toBe('1 error in the run (1 config)\n')
    expect(readFileSync(path.join(dir, 'jobs/one.yaml'), 'utf8').split('\n')).toContain(RESOLVED)
  })
})
