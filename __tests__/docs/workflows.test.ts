// Rules every workflow here keeps beyond what actionlint checks: pinned actions, least
// privilege per job, and the concurrency and drift behaviour the examples promise.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { backendLinesFor, parseRunOptions } from '../../src/options.js'
import { repoRoot, workflowFiles } from './actionlint.js'

const THIS_ACTION = 'dativo/dativo-infra-action'
const CLOUD_LOGINS = [
  'aws-actions/configure-aws-credentials',
  'azure/login',
  'google-github-actions/auth',
]

interface Step {
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string> | string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string> | string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, Job>
}

function read(file: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(repoRoot, file), 'utf8')
  return { text, workflow: parse(text) as Workflow }
}

/** Each `uses:` line: the reference and the comment after it. */
function usesLines(text: string): { line: number; ref: string; comment: string | undefined }[] {
  return text.split('\n').flatMap((source, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(?:#\s*(.*))?$/.exec(source)
    return match ? [{ line: index + 1, ref: match[2]!, comment: match[3]?.trim() }] : []
  })
}

function isThisAction(step: Step): boolean {
  return step.uses === './' || step.uses?.startsWith(`${THIS_ACTION}@`) === true
}

function permissionsOf(workflow: Workflow, job: Job): Record<string, string> {
  const granted = job.permissions ?? workflow.permissions
  if (typeof granted === 'string') throw new Error(`permissions: ${granted} is not least privilege`)
  return granted ?? {}
}

/** What a job's steps need, from what they do. */
function needs(workflow: Workflow, job: Job) {
  const steps = job.steps ?? []
  const dativo = steps.filter(isThisAction).map((step) => step.with ?? {})
  const onPullRequest = 'pull_request' in workflow.on
  return {
    idToken: steps.some((s) => CLOUD_LOGINS.some((login) => s.uses?.startsWith(`${login}@`))),
    contentsWrite:
      steps.some((s) => /\bgit push\b/.test(s.run ?? '')) ||
      dativo.some(
        (w) =>
          (w['mode'] === 'apply' || w['mode'] === 'resolve') &&
          String(w['commit-back'] ?? 'auto') !== 'false',
      ),
    pullRequestsWrite:
      onPullRequest && dativo.some((w) => String(w['comment-on-pr'] ?? 'true') !== 'false'),
    issuesWrite: dativo.some((w) => w['mode'] === 'drift'),
    // A pull request's plan records its plans in a check run for require-reviewed-plan.
    checksWrite: onPullRequest && dativo.some((w) => w['mode'] === 'plan'),
  }
}

const files = workflowFiles()

describe.each(files)('%s', (file) => {
  const { text, workflow } = read(file)

  it('pins every third-party action by commit SHA with its version', () => {
    const loose = usesLines(text).filter(({ ref, comment }) => {
      if (ref.startsWith('./') || ref.startsWith('docker://')) return false
      if (ref === `${THIS_ACTION}@v1`) return false // what the README tells users to write
      return (
        !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) || !/^v\d+\.\d+\.\d+$/.test(comment ?? '')
      )
    })
    expect(loose.map(({ line, ref, comment }) => `${file}:${line}: ${ref} # ${comment}`)).toEqual(
      [],
    )
  })

  it('grants nothing at the top level beyond reading, never pull_request_target', () => {
    expect(workflow.permissions, 'top-level permissions must be explicit').toBeDefined()
    const top = workflow.permissions as Record<string, string>
    expect(typeof top).toBe('object')
    expect(Object.entries(top).filter(([, level]) => level !== 'read')).toEqual([])
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target')
  })

  it.each(Object.keys(workflow.jobs))(
    'job %s has exactly the write permissions it uses',
    (name) => {
      const job = workflow.jobs[name]!
      const granted = permissionsOf(workflow, job)
      const wants = needs(workflow, job)
      expect({
        'id-token': granted['id-token'] === 'write',
        'contents: write': granted['contents'] === 'write',
        'pull-requests: write': granted['pull-requests'] === 'write',
        'issues: write': granted['issues'] === 'write',
        'checks: write': granted['checks'] === 'write',
      }).toEqual({
        'id-token': wants.idToken,
        'contents: write': wants.contentsWrite,
        'pull-requests: write': wants.pullRequestsWrite,
        'issues: write': wants.issuesWrite,
        'checks: write': wants.checksWrite,
      })
      const otherWrites = Object.entries(granted).filter(
        ([scope, level]) =>
          level === 'write' &&
          ![
            'id-token',
            'contents',
            'pull-requests',
            'issues',
            'checks',
            'security-events',
          ].includes(scope),
      )
      expect(otherWrites).toEqual([])
    },
  )
})

describe('the pins agree', () => {
  it('uses one commit per action across every workflow', () => {
    const seen = new Map<string, Set<string>>()
    for (const file of files) {
      for (const { ref, comment } of usesLines(read(file).text)) {
        const [action, commit] = ref.split('@')
        if (!commit || ref.startsWith('./')) continue
        const pins = seen.get(action!) ?? new Set<string>()
        pins.add(`${commit} # ${comment}`)
        seen.set(action!, pins)
      }
    }
    const disagreeing = [...seen].filter(([, pins]) => pins.size > 1)
    expect(disagreeing.map(([action, pins]) => `${action}: ${[...pins].join(' / ')}`)).toEqual([])
  })
})

describe('the example workflows', () => {
  const examples = files.filter((f) => f.startsWith('examples/'))

  it.each(examples)(
    '%s says beside each @v1 that the tag exists from the first release on',
    (file) => {
      const text = readFileSync(path.join(repoRoot, file), 'utf8')
      const uses = text
        .split('\n')
        .filter((line) => /uses: dativo\/dativo-infra-action@/.test(line))
      expect(uses.length).toBeGreaterThan(0)
      for (const line of uses) {
        expect(line.trim()).toBe(
          'uses: dativo/dativo-infra-action@v1 # no v1 tag before the first release: until then, pin a commit SHA of dativo-infra-action'.replace(
            /^/,
            line.trim().startsWith('- ') ? '- ' : '',
          ),
        )
      }
      const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
      expect(readme).toContain(
        'They and the examples on this page use `@v1`, which exists from the first release on',
      )
    },
  )

  it.each(examples)('%s leaves no token in the checkout of a job that does not push', (file) => {
    const { workflow } = read(file)
    for (const job of Object.values(workflow.jobs)) {
      const checkouts = (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'))
      for (const checkout of checkouts) {
        const persists = checkout.with?.['persist-credentials'] !== false
        expect(persists).toBe(needs(workflow, job).contentsWrite)
      }
    }
  })

  it.each(examples)('%s logs in to each cloud through OIDC, never with a stored key', (file) => {
    const { text, workflow } = read(file)
    expect(text).not.toMatch(/secrets\.|aws-secret-access-key|client-secret|credentials_json/)
    for (const job of Object.values(workflow.jobs)) {
      const logins = (job.steps ?? []).filter((s) =>
        CLOUD_LOGINS.some((login) => s.uses?.startsWith(`${login}@`)),
      )
      if (logins.length > 0) expect(logins.map((s) => s.uses!.split('@')[0])).toEqual(CLOUD_LOGINS)
    }
  })

  it.each(examples)(
    '%s keeps Terraform and its providers between runs where Terraform runs',
    (file) => {
      const { workflow } = read(file)
      const jobs = Object.values(workflow.jobs).filter((job) =>
        // validate and resolve run no Terraform.
        (job.steps ?? []).some(
          (s) => isThisAction(s) && !['validate', 'resolve'].includes(String(s.with?.['mode'])),
        ),
      )
      expect(jobs.length).toBeGreaterThan(0)
      const version = (workflow as { env?: Record<string, string> }).env?.['TERRAFORM_VERSION']
      expect(version).toMatch(/^\d+\.\d+\.\d+$/)
      for (const job of jobs) {
        const steps = job.steps ?? []
        const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'))
        const action = steps.findIndex(isThisAction)
        expect(cache, 'restored before the action runs').toBeGreaterThan(-1)
        expect(cache).toBeLessThan(action)
        const cached = steps[cache]!.with!
        expect(String(cached['path']).trim().split('\n')).toEqual([
          '${{ runner.tool_cache }}/terraform',
          '${{ runner.temp }}/terraform-plugin-cache',
        ])
        // Keyed by the Terraform version and by the roots' lock files.
        expect(cached['key']).toContain('${{ env.TERRAFORM_VERSION }}')
        expect(cached['key']).toContain("hashFiles('**/.terraform.lock.hcl')")
        const run = steps[action] as Step & { env?: Record<string, string> }
        expect(run.with?.['terraform-version']).toBe('${{ env.TERRAFORM_VERSION }}')
        expect(run.env?.['TF_PLUGIN_CACHE_DIR']).toBe('${{ runner.temp }}/terraform-plugin-cache')
      }
    },
  )

  it('applies one run at a time and never cancels an apply', () => {
    const { workflow } = read('examples/workflows/dativo-merge.yml')
    expect(Object.keys(workflow.on)).toContain('push')
    const [job] = Object.values(workflow.jobs)
    const apply = job!.steps!.find(isThisAction)!
    expect(apply.with?.['mode']).toBe('apply')
    const concurrency = job!.concurrency ?? workflow.concurrency
    expect(concurrency?.['cancel-in-progress']).toBe(false)
    expect(concurrency?.group, 'one group for every ref: applies share the state').not.toMatch(
      /\$\{\{/,
    )
  })

  it('plans pull requests and comments on them', () => {
    const { workflow } = read('examples/workflows/dativo-pull-request.yml')
    expect(Object.keys(workflow.on)).toEqual(['pull_request'])
    const modes = Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? []).filter(isThisAction).map((s) => s.with?.['mode']),
    )
    expect(modes).toEqual(['validate', 'plan'])
  })

  it('applies only reviewed plans on merge', () => {
    for (const file of [
      'examples/workflows/dativo-merge.yml',
      'examples/workflows/dativo-matrix.yml',
    ]) {
      const { workflow } = read(file)
      const applies = Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? []).filter((s) => isThisAction(s) && s.with?.['mode'] === 'apply'),
      )
      expect(applies.length, file).toBe(1)
      expect(String(applies[0]!.with?.['require-reviewed-plan']), file).toMatch(
        /^(true|\$\{\{ github\.event_name == 'push' \}\})$/,
      )
    }
  })

  it('spreads a merge over a matrix whose legs upload outputs files for one resolve job', () => {
    const { workflow } = read('examples/workflows/dativo-matrix.yml')
    const { discover, apply, resolve } = workflow.jobs as Record<
      string,
      Job & { needs?: string; strategy?: Record<string, unknown>; outputs?: Record<string, string> }
    >
    const list = discover!.steps!.find(isThisAction)!
    expect(list.with?.['mode']).toBe('validate')
    expect(discover!.outputs?.matrix).toBe(`\${{ steps.${list.id}.outputs.matrix }}`)
    expect(apply!.needs).toBe('discover')
    expect(apply!.strategy?.matrix).toBe('${{ fromJSON(needs.discover.outputs.matrix) }}')
    expect(apply!.strategy?.['fail-fast']).toBe(false)
    expect(typeof apply!.strategy?.['max-parallel']).toBe('number')
    const leg = apply!.steps!.find(isThisAction)!
    expect(leg.with).toMatchObject({
      mode: 'apply',
      configs: '${{ matrix.config }}',
      'commit-back': false,
    })
    const upload = apply!.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!
    expect(upload.with?.path).toBe(`\${{ steps.${leg.id}.outputs.outputs-file }}`)
    expect(resolve!.needs).toBe('apply')
    const download = resolve!.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))!
    const last = resolve!.steps!.find(isThisAction)!
    expect(last.with).toEqual({ mode: 'resolve', 'outputs-from': download.with?.path })
  })

  it.each(examples)('%s gives each provider its own state backend, a state per job', (file) => {
    const { workflow } = read(file)
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
    for (const step of steps.filter(isThisAction)) {
      const given = step.with?.['backend-config']
      if (given === undefined) continue
      // As the runner hands it over: every expression replaced by a value.
      const value = String(given).replace(/\$\{\{[^}]*\}\}/g, 'value')
      const { backendConfig } = parseRunOptions(
        (name) => (name === 'backend-config' ? value : undefined),
        '/work/repo',
      )
      expect(backendConfig.lines).toEqual([])
      expect(Object.keys(backendConfig.byProvider).sort()).toEqual(['aws', 'azure', 'gcp'])
      for (const settings of Object.values(backendConfig.byProvider)) {
        expect(settings.some((line) => line.includes('{job_name}'))).toBe(true)
      }
      expect(backendLinesFor(backendConfig, 'aws')).toContain('use_lockfile=true')
      expect(backendLinesFor(backendConfig, 'local')).toEqual([])
    }
  })

  it('checks every job for drift each night, keeping issues rather than failing on drift', () => {
    const { workflow } = read('examples/workflows/dativo-drift.yml')
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['schedule']))
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
    const drift = steps.find(isThisAction)!
    expect(drift.with?.['mode']).toBe('drift')
    expect(String(drift.with?.['changed-only'])).toBe('false')
    expect(String(drift.with?.['heal-tag-drift'])).toMatch(/^(true|false)$/)
    // Drift is kept in issues; no step turns changes into a failed run.
    expect(steps.filter((s) => s.if?.includes('has-changes'))).toEqual([])
  })
})
