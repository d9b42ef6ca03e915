// The outputs file a matrix leg uploads: what it carries (never a sensitive value), and the
// errors that name a file that is not one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { GitHubContext } from '../../src/github/context.js'
import {
  OutputsFileError,
  parseOutputsFile,
  writeOutputsFile,
} from '../../src/publish/outputs-file.js'
import { newConfigRun } from '../../src/run.js'
import type { RunReport } from '../../src/run.js'

const context: GitHubContext = {
  eventName: 'push',
  payload: {},
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  sha: 'a'.repeat(40),
  runId: '12',
}

describe('outputs files', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'dativo-outputs-file-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('carries each applied job’s plain outputs and only the names of its sensitive ones', async () => {
    const applied = {
      ...newConfigRun('jobs/a.yaml'),
      jobName: 'a',
      sourceSha: 'b'.repeat(40),
      plan: { add: 1, change: 0, destroy: 0 },
      outputs: { cluster_name: 'a-dev-cluster', api_key: '(sensitive)' },
      sensitiveOutputs: ['api_key'],
      fingerprint: { fingerprint: `sha256:${'c'.repeat(64)}`, changes: [] },
    }
    const invalid = { ...newConfigRun('jobs/bad.yaml'), valid: false }
    const report: RunReport = {
      mode: 'apply',
      configs: [applied, invalid],
      discovery: '',
      hasChanges: true,
      failures: [],
      secrets: ['s3cr3t'],
    }
    const file = await writeOutputsFile(report, context, folder)
    expect(path.basename(file)).toMatch(/^dativo-outputs-[0-9a-f]{16}\.json$/)
    const text = readFileSync(file, 'utf8')
    expect(JSON.parse(text)).toEqual({
      version: 1,
      commit: 'a'.repeat(40),
      mode: 'apply',
      jobs: [
        {
          config: 'jobs/a.yaml',
          job_name: 'a',
          config_sha: 'b'.repeat(40),
          outputs: { cluster_name: 'a-dev-cluster' },
          sensitive: ['api_key'],
          plan: { add: 1, change: 0, destroy: 0 },
          fingerprint: `sha256:${'c'.repeat(64)}`,
        },
      ],
    })
    expect(text).not.toContain('s3cr3t')
    expect(parseOutputsFile(text, 'leg-1/outputs.json').jobs[0]!.outputs).toEqual({
      cluster_name: 'a-dev-cluster',
    })
  })

  it.each([
    ['not json', 'x/o.json is not JSON: Unexpected token'],
    [
      '{"jobs": []}',
      'x/o.json is not an outputs file of this action (expected {"version": 1, "jobs": […]}, as the outputs-file output writes it)',
    ],
    [
      '{"version": 1, "jobs": [{"config": "jobs/a.yaml"}]}',
      'x/o.json: jobs[0].job_name must be a non-empty string',
    ],
    [
      '{"version": 1, "jobs": [{"config": "a", "job_name": "a", "config_sha": "b", "outputs": []}]}',
      'x/o.json: jobs[0].outputs must be an object or null',
    ],
    [
      '{"version": 1, "jobs": [{"config": "../../.github/workflows/x.yaml", "job_name": "a", "config_sha": "b", "outputs": null}]}',
      'x/o.json: jobs[0].config must be a path relative to the workspace: ../../.github/workflows/x.yaml',
    ],
    [
      '{"version": 1, "jobs": [{"config": "/etc/passwd", "job_name": "a", "config_sha": "b", "outputs": null}]}',
      'x/o.json: jobs[0].config must be a path relative to the workspace: /etc/passwd',
    ],
  ])('refuses %s, naming the file', (text, message) => {
    expect(() => parseOutputsFile(text, 'x/o.json')).toThrow(OutputsFileError)
    expect(() => parseOutputsFile(text, 'x/o.json')).toThrow(message)
  })
})
