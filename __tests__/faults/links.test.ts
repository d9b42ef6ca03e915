// Fault 6: links leading out of the workspace. Every "inside the workspace" check follows links:
// a terraform-dir, output-dir or schema that leads outside is a clear error, a write that a link
// would carry outside is refused at its config, and commit-back commits a file where it really
// is, so a tracked link stays a link.
import { readdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'
import {
  applyInputs,
  git,
  INFRASTRUCTURE_LINE,
  onRemote,
  pushedCheckout,
  sandboxJob,
  teamRoot,
  workspaceWith,
  write,
} from './fixtures.js'

/** Mode and file of a path in the remote's main: 120000 is a link, 100644 a file. */
function entry(remote: string, file: string): string {
  return git(remote, 'ls-tree', 'main', '--', file).replace(/\s.*?\s[0-9a-f]+\t/, ' ')
}

describe.concurrent('links', () => {
  const env = terraformEnv(tempDir('dativo-tfrc-'))

  it('a terraform-dir that is a link out of the workspace is refused at the config', async () => {
    const outside = tempDir('dativo-outside-')
    write(outside, { 'main.tf': teamRoot(undefined) })
    const workspace = workspaceWith({ 'jobs/a.yaml': sandboxJob('job-a') })
    write(workspace, { 'terraform/dativo_jobs/.keep': '' })
    symlinkSync(outside, path.join(workspace, 'terraform/dativo_jobs/job-a'))
    const run = await runActionAsync(workspace, applyInputs('jobs/a.yaml'), env)
    expect(run.status).toBe(1)
    expect(
      run.annotations
        .filter((a) => a.properties.file)
        .map((a) => [a.properties.file, a.properties.line, a.message]),
    ).toEqual([
      [
        'jobs/a.yaml',
        INFRASTRUCTURE_LINE,
        `terraform-dir 'terraform/dativo_jobs/job-a' leads outside the workspace (a link to ${outside}): Terraform would keep its state and files there. Put the job's root in the workspace`,
      ],
    ])
    expect(readdirSync(outside)).toEqual(['main.tf'])
  }, 60_000)

  it('an output-dir or schema that is a link out of the workspace stops the run before anything', async () => {
    const outside = tempDir('dativo-outside-')
    write(outside, { 'policy.json': '{}' })
    const workspace = workspaceWith({ 'jobs/a.yaml': sandboxJob('job-a') })
    symlinkSync(outside, path.join(workspace, 'resolved'))
    symlinkSync(path.join(outside, 'policy.json'), path.join(workspace, 'policy.json'))
    const copies = await runActionAsync(
      workspace,
      applyInputs('jobs/a.yaml', { 'INPUT_OUTPUT-DIR': 'resolved' }),
      env,
    )
    const schema = await runActionAsync(
      workspace,
      applyInputs('jobs/a.yaml', { INPUT_SCHEMA: 'policy.json' }),
      env,
    )
    for (const [run, input, target] of [
      [copies, 'output-dir', outside],
      [schema, 'schema', path.join(outside, 'policy.json')],
    ] as const) {
      expect(run.status).toBe(1)
      expect(run.annotations.map((a) => [a.level, a.message])).toEqual([
        [
          'error',
          `Input ${input}: '${input === 'schema' ? 'policy.json' : 'resolved'}' leads outside the workspace (a link to ${target}); give a path whose folders are in the workspace`,
        ],
      ])
      expect(run.stdout).not.toContain('Terraform apply')
    }
    expect(readdirSync(outside)).toEqual(['policy.json'])
  }, 60_000)

  it('a folder under output-dir that leads outside is refused at its config; the others are written', async () => {
    const outside = tempDir('dativo-outside-')
    const workspace = workspaceWith({
      'jobs/a.yaml': sandboxJob('job-a'),
      'other/b.yaml': sandboxJob('job-b'),
      'resolved/other/.keep': '',
    })
    symlinkSync(outside, path.join(workspace, 'resolved/jobs'))
    const run = await runActionAsync(
      workspace,
      applyInputs('jobs/a.yaml\nother/b.yaml', { 'INPUT_OUTPUT-DIR': 'resolved' }),
      env,
    )
    expect(run.status).toBe(1)
    expect(
      run.annotations
        .filter((a) => a.level === 'error' && a.properties.file)
        .map((a) => [a.properties.file, a.properties.title, a.message]),
    ).toEqual([
      [
        'jobs/a.yaml',
        'dativo: resolved config not written',
        `The resolved config was not written to resolved/jobs/a.yaml: it leads outside the workspace (to ${path.join(outside, 'a.yaml')}). Its values are in the job summary and the results output, and the next run writes them from the state`,
      ],
    ])
    expect(readdirSync(outside)).toEqual([])
    expect(readdirSync(path.join(workspace, 'resolved/other')).sort()).toEqual(['.keep', 'b.yaml'])
  }, 60_000)

  it('commit-back keeps tracked links as links: a linked output-dir and a linked config', async () => {
    const { workspace, remote, push } = pushedCheckout(
      {
        'jobs/a.yaml': sandboxJob('job-a'),
        'shared/b.yaml': sandboxJob('job-b'),
        'build/resolved/.keep': '',
      },
      { resolved: 'build/resolved', 'jobs/b.yaml': '../shared/b.yaml' },
    )
    const copies = await runActionAsync(
      workspace,
      {
        ...applyInputs('jobs/a.yaml', {
          'INPUT_OUTPUT-DIR': 'resolved',
          'INPUT_COMMIT-BACK': 'true',
        }),
        ...push,
      },
      env,
    )
    expect(copies.status, copies.stdout).toBe(0)
    // The next push's checkout.
    const next = path.join(path.dirname(workspace), 'checkout-2')
    git(path.dirname(workspace), 'clone', '-q', remote, next)
    const inPlace = await runActionAsync(
      next,
      {
        ...applyInputs('jobs/b.yaml', { 'INPUT_COMMIT-BACK': 'true' }),
        ...push,
        GITHUB_SHA: git(next, 'rev-parse', 'HEAD'),
      },
      env,
    )
    expect(inPlace.status, inPlace.stdout).toBe(0)
    expect(entry(remote, 'resolved')).toBe('120000 resolved')
    expect(entry(remote, 'jobs/b.yaml')).toBe('120000 jobs/b.yaml')
    expect(onRemote(remote, 'build/resolved/jobs/a.yaml')).toContain(
      '    cluster_name: "job-a-dev-cluster"\n',
    )
    expect(onRemote(remote, 'shared/b.yaml')).toContain(
      '    cluster_name: "job-b-dev-cluster" # {{terraform_outputs.cluster_name}}\n',
    )
    expect(onRemote(remote, 'resolved/jobs/a.yaml')).toBeUndefined()
  }, 120_000)
})
