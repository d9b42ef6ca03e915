// A fleet of four sandbox jobs through dist/index.js, with GitHub stood in for on 127.0.0.1:
// `mode: drift` opens one issue per job whose manifest file was changed behind Terraform's back
// (Terraform's own refresh reports it, through hashicorp/local's local_file), updates them on the
// next run without a duplicate, and closes them once the files are restored; then a pull request
// that changes the module all four jobs use shows one group in its comment, not four sections.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import type { ActionRun } from '../helpers/action.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { foldsOf, headingsOf, leaksOf, renderGfm, tablesOf, textOf } from '../helpers/gfm.js'
import { git } from '../helpers/repository.js'
import { fleetConfig, manifestModule } from '../helpers/fleet.js'
import type { FleetJob } from '../helpers/fleet.js'
import { standInMirror } from '../helpers/stand-in-mirror.js'
import { tempDir } from '../helpers/temp.js'
import { terraformEnv } from '../helpers/terraform.js'

const JOBS: FleetJob[] = Array.from({ length: 4 }, (_, i) => ({
  name: `sandbox-${String(i + 1).padStart(2, '0')}`,
  team: i % 2 === 0 ? 'data-engineering' : 'analytics',
  environment: 'dev',
}))
const DRIFTED = ['sandbox-02', 'sandbox-03', 'sandbox-04']

let github: FakeGitHub
let workspace: string
let manifests: string
let env: NodeJS.ProcessEnv
let inputs: Record<string, string>

beforeAll(async () => {
  github = await FakeGitHub.start()
  const base = tempDir('dativo-fleet-')
  workspace = path.join(base, 'workspace')
  manifests = path.join(base, 'manifests')
  mkdirSync(path.join(workspace, 'modules/sandbox'), { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main', workspace])
  for (const job of JOBS) {
    mkdirSync(path.join(workspace, 'jobs'), { recursive: true })
    writeFileSync(path.join(workspace, `jobs/${job.name}.yaml`), fleetConfig(job))
  }
  writeFileSync(path.join(workspace, 'modules/sandbox/main.tf'), manifestModule(workspace))
  env = terraformEnv(path.join(base, 'tfrc'), standInMirror(base).dir)
  inputs = {
    INPUT_CONFIGS: 'jobs/*.yaml',
    'INPUT_CHANGED-ONLY': 'false',
    'INPUT_TERRAFORM-VERSION': 'system',
    'INPUT_MODULE-SOURCE': './modules/sandbox',
    'INPUT_BACKEND-CONFIG': `local:\n  path: ${path.join(base, 'state')}/{job_name}.tfstate`,
    'INPUT_TERRAFORM-VARS': JSON.stringify({ manifest_dir: manifests }),
    'INPUT_COMMIT-BACK': 'false',
    'INPUT_COMMENT-ON-PR': 'false',
    'INPUT_GITHUB-TOKEN': 'ghs_drift_token',
    GITHUB_REPOSITORY: 'acme/etl',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'Dativo jobs (drift)',
    GITHUB_JOB: 'drift',
  }
  const applied = await runActionAsync(workspace, { ...inputs, INPUT_MODE: 'apply' }, env)
  expect(applied.status, applied.stdout).toBe(0)
  // The configs as the merge that applied them committed them back, resolved.
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'The fleet, applied')
}, 300_000)
afterAll(() => github.close())

const drift = (runId: string) =>
  runActionAsync(
    workspace,
    { ...inputs, INPUT_MODE: 'drift', GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: runId },
    env,
  )

const manifest = (job: string) => path.join(manifests, `${job}.json`)

/** The drift issues the action keeps, by job: its own, never the planted one. */
const ownIssues = () =>
  github
    .issuesLabelled('dativo-drift')
    .filter((issue) => issue.user.login === 'github-actions[bot]')

describe('mode: drift keeps one issue per drifted job', () => {
  const originals = new Map<string, string>()
  let first: ActionRun

  it('opens one issue for each of the 3 jobs changed outside Terraform, with labels and owner', async () => {
    for (const job of DRIFTED) {
      originals.set(job, readFileSync(manifest(job), 'utf8'))
      writeFileSync(manifest(job), '{"cluster":"edited by hand"}')
    }
    // Someone else's issue with a copy of a marker: never taken for the job's own.
    github.addIssue({
      title: 'Drift: sandbox-02 (planted)',
      body: '<!-- dativo-infra-action drift job=sandbox-02 -->\nnot the action',
      labels: ['dativo-drift'],
      user: { login: 'mallory', type: 'User' },
    })
    first = await drift('1001')
    expect(first.status, first.stdout).toBe(0)
    const drifted = JSON.parse(first.outputs.drifted!) as Array<Record<string, unknown>>
    expect(drifted.map((job) => [job.job_name, job.resources, job.tags_only, job.healed])).toEqual(
      DRIFTED.map((job) => [job, ['module.dativo_runtime.local_file.manifest'], false, false]),
    )
    const issues = ownIssues()
    expect(issues.map((issue) => [issue.title, issue.state, issue.labels])).toEqual(
      DRIFTED.map((job) => [
        `Drift: ${job} (jobs/${job}.yaml)`,
        'open',
        [
          'dativo-drift',
          'cloud:local',
          'runtime:local',
          `team:${JOBS.find((j) => j.name === job)!.team}`,
        ],
      ]),
    )
    expect(drifted.map((job) => job.issue)).toEqual(issues.map((issue) => issue.number))
    const body = issues[0]!.body!
    expect(body.split('\n')[0]).toBe('<!-- dativo-infra-action drift job=sandbox-02 -->')
    expect(body).toContain("Owner: team <code>analytics</code> (the job's `team` tag)")
    expect(body).toContain(
      '<code>module.dativo_runtime.local_file.manifest</code> was deleted outside Terraform.',
    )
    expect(body).toContain('<details><summary>The plan that restores the configuration</summary>')
    expect(body).toContain('# module.dativo_runtime.local_file.manifest will be created')
    expect(body).toContain('[this run](https://github.com/acme/etl/actions/runs/1001)')
    // A label the repository lacked was made with a colour and a description.
    expect(github.labels.get('cloud:local')).toMatchObject({ color: '1d76db' })
    // Each drifted job is a warning at its config; the others are in sync.
    expect(
      first.annotations.filter((a) => a.level === 'warning').map((a) => a.properties.file),
    ).toEqual(DRIFTED.map((job) => `jobs/${job}.yaml`))
    expect(first.summary).toContain(
      '4 jobs checked: 3 drifted, 0 with changes not applied, 1 in sync.',
    )
    expect(first.summary).toMatch(
      /\| <code>jobs\/sandbox-02\.yaml<\/code> \| sandbox-02 \| local \/ local \| analytics \| 🔀 drifted: 1 resource: module\.dativo\\_runtime\.local\\_file\.manifest \\\(deleted\\\) \| \[#\d+\]\(https:\/\/github\.com\/acme\/etl\/issues\/\d+\) opened \|/,
    )
    // Nothing was applied and no config changed.
    expect(readFileSync(manifest('sandbox-02'), 'utf8')).toBe('{"cluster":"edited by hand"}')
    expect(
      execFileSync('git', ['status', '--porcelain', 'jobs'], { cwd: workspace, encoding: 'utf8' }),
    ).toBe('')
  }, 240_000)

  it('updates the same issues on the next run: no duplicate', async () => {
    const before = ownIssues().map((issue) => [issue.number, issue.body])
    const second = await drift('1002')
    expect(second.status, second.stdout).toBe(0)
    const after = ownIssues()
    expect(after.map((issue) => issue.number)).toEqual(before.map(([number]) => number))
    expect(after.every((issue) => issue.state === 'open')).toBe(true)
    expect(after.every((issue) => issue.body!.includes('/actions/runs/1002'))).toBe(true)
    const made = github.requests.filter(
      (r) => r.method === 'POST' && r.url === '/repos/acme/etl/issues',
    )
    expect(made).toHaveLength(3)
    expect(second.stdout).toContain('sandbox-04: drift issue #')
    expect(second.stdout).toMatch(/sandbox-04: drift issue #\d+ updated/)
  }, 240_000)

  it('closes them with a comment once the drift is gone', async () => {
    for (const [job, text] of originals) writeFileSync(manifest(job), text)
    const third = await drift('1003')
    expect(third.status, third.stdout).toBe(0)
    expect(third.outputs.drifted).toBe('[]')
    const issues = ownIssues()
    expect(issues.map((issue) => [issue.state, issue.state_reason])).toEqual(
      DRIFTED.map(() => ['closed', 'completed']),
    )
    for (const issue of issues) {
      expect(github.comments.get(issue.number)!.map((c) => c.body)).toEqual([
        expect.stringMatching(
          /^No drift found any more for \*\*sandbox-0\d\*\* in \[this run\]\(https:\/\/github\.com\/acme\/etl\/actions\/runs\/1003\)\. Closing\.$/,
        ),
      ])
    }
    expect(third.summary).toContain(
      '4 jobs checked: 0 drifted, 0 with changes not applied, 4 in sync.',
    )
    // The planted issue was never touched.
    const planted = github.issuesLabelled('dativo-drift').find((i) => i.user.login === 'mallory')!
    expect(planted).toMatchObject({
      state: 'open',
      body: expect.stringContaining('not the action'),
    })
  }, 240_000)
})

describe('a pull request that changes the module of every job', () => {
  it('shows the four plans as one group in its comment, rendered as GitHub renders it', async () => {
    const base = git(workspace, 'rev-parse', 'HEAD')
    writeFileSync(path.join(workspace, 'modules/sandbox/main.tf'), manifestModule(workspace, 2))
    git(workspace, 'commit', '-qam', 'Manifest schema 2')
    const head = git(workspace, 'rev-parse', 'HEAD')
    const event = path.join(tempDir('dativo-event-'), 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: base, repo: { full_name: 'acme/etl' } },
          head: { sha: head, ref: 'schema-2', repo: { full_name: 'acme/etl' } },
        },
      }),
    )
    github.pullRequestFiles.set(7, [{ filename: 'modules/sandbox/main.tf', status: 'modified' }])
    const planned = await runActionAsync(
      workspace,
      {
        ...inputs,
        INPUT_MODE: 'plan',
        'INPUT_COMMENT-ON-PR': 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: head,
        GITHUB_RUN_ID: '2001',
        GITHUB_WORKFLOW: 'Dativo jobs',
        GITHUB_JOB: 'plan',
      },
      env,
    )
    expect(planned.status, planned.stdout).toBe(0)
    const html = renderGfm(github.comments.get(7)!.at(-1)!.body)
    // One section for the four jobs, none of their own.
    expect(headingsOf(html, 3)).toEqual(['🔁 4 jobs changed alike · plan +1 ~0 -1 each'])
    // The overview keeps a row per job, above the one section that stands for them.
    const [overview, changes, jobs] = tablesOf(html)
    const text = (cell: string) => cell.replace(/<[^>]+>/g, '')
    expect(
      overview!.rows.map((row) => row.map(text).find((cell) => /^sandbox-\d+$/.test(cell))),
    ).toEqual(JOBS.map((job) => job.name))
    // Every link to a job goes to the group's section, the one section there is.
    const ids = [...html.matchAll(/id="(dativo-\d+)"/g)].map((match) => match[1])
    expect(ids).toHaveLength(1)
    const links = [...html.matchAll(/href="#(dativo-\d+)"/g)].map((match) => match[1])
    expect(links.length).toBeGreaterThanOrEqual(JOBS.length)
    expect(new Set(links)).toEqual(new Set(ids))
    expect(changes!.header).toEqual(['Resource', 'Action', 'Attributes'])
    expect(changes!.rows.map((row) => row.slice(0, 2))).toEqual([
      ['module.dativo_runtime.local_file.manifest', 'delete,create'],
    ])
    expect(changes!.rows[0]![2]).toMatch(/^content, content_base64sha256, /)
    expect(jobs!.header).toEqual(['Config', 'Job', 'Provider / runtime'])
    expect(jobs!.rows).toEqual(
      JOBS.map((job) => [`jobs/${job.name}.yaml`, job.name, 'local / local']),
    )
    expect(foldsOf(html).map((fold) => fold.summary)).toEqual(['Terraform plan of sandbox-01'])
    const plan = textOf(foldsOf(html)[0]!.body)
    expect(plan).toContain('# module.dativo_runtime.local_file.manifest must be replaced')
    expect(plan).toContain('~ schema = 1 -> 2')
    // No Markdown leaks into the page as text.
    expect(leaksOf(html)).toEqual([])
    expect(headingsOf(renderGfm(planned.summary), 3)).toEqual([
      '🔁 4 jobs changed alike · plan +1 ~0 -1 each',
    ])
  }, 240_000)
})
