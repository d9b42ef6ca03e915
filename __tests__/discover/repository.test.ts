// Every config in the repository (discover/repository.ts), in a real git repository: tracked and
// untracked YAML files whatever the run's patterns, not ignored ones; the claims of the configs
// this run validated are taken as they are, the rest read; jobs are looked up without case, and
// two configs of one job are errors at both job_name lines when either was selected.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ConfigReader } from '../../src/config/read.js'
import type { JobClaim } from '../../src/config/claim.js'
import {
  readRepositoryConfigs,
  RepositoryConfigs,
  sharedJobNameFindings,
} from '../../src/discover/repository.js'
import { sandboxJob } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'
import { gitIn } from './helpers.js'

const BROKEN = sandboxJob('half').replace('region: local', 'region: [local')

/** The claims of the configs a run validated, in the order it validated them. */
function validated(dir: string, claims: Array<[string, JobClaim]> = []): RepositoryConfigs {
  const repository = new RepositoryConfigs(dir)
  for (const [file, claim] of claims) repository.add(file, claim)
  return repository
}

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
}

describe('the configs of a git repository', () => {
  let dir: string
  let repository: RepositoryConfigs

  beforeAll(async () => {
    dir = tempDir('dativo-repository-')
    const outside = tempDir('dativo-outside-')
    write(outside, { 'secret.yaml': sandboxJob('outside') })
    write(dir, {
      '.gitignore': 'build/\n',
      'jobs/orders.yaml': sandboxJob('orders'),
      'jobs/gone.yaml': sandboxJob('gone'),
      'team-b/Orders.YML': sandboxJob('Orders'),
      'build/orders.yaml': sandboxJob('orders'),
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - with:\n          job_name: ${{ matrix.job_name }}\n',
      'docs/broken.yaml': 'title: [unclosed\n',
      'jobs/half.yaml': BROKEN,
      'data/large.yaml': `rows:\n${'  - x\n'.repeat(200_000)}job_name: big\n`,
      'data/large-other.yaml': `rows:\n${'  - x\n'.repeat(200_000)}`,
      'notes.txt': 'job_name: not-yaml\n',
    })
    symlinkSync('orders.yaml', path.join(dir, 'jobs/linked.yaml'))
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'jobs/outside.yaml'))
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    execFileSync('git', ['add', 'jobs', '.github', 'docs', '.gitignore'], { cwd: dir })
    execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'configs'],
      { cwd: dir },
    )
    // Tracked, but deleted from the work tree: no file, no config.
    rmSync(path.join(dir, 'jobs/gone.yaml'))
    repository = await readRepositoryConfigs(
      dir,
      validated(dir, [['jobs/orders.yaml', { kind: 'job', names: ['as-validated'] }]]),
      { git: gitIn(dir), reader: new ConfigReader(dir) },
    )
  })

  it('lists tracked and untracked YAML files, not ignored ones nor other names', () => {
    expect([...repository.files]).toEqual([
      '.github/workflows/ci.yml',
      'data/large-other.yaml',
      'data/large.yaml',
      'docs/broken.yaml',
      'jobs/gone.yaml',
      'jobs/half.yaml',
      'jobs/linked.yaml',
      'jobs/orders.yaml',
      'jobs/outside.yaml',
      'team-b/Orders.YML',
    ])
  })

  it('takes the claim of a config this run validated without reading it again', () => {
    expect(repository.claimants('as-validated')).toEqual([
      { file: 'jobs/orders.yaml', name: 'as-validated' },
    ])
  })

  it('finds the files that claim a job, its name compared without case', () => {
    expect(repository.claimants('ORDERS')).toEqual([
      { file: 'jobs/linked.yaml', name: 'orders' },
      { file: 'team-b/Orders.YML', name: 'Orders' },
    ])
    expect(repository.claimants('outside')).toEqual([])
    expect(repository.claimants('gone')).toEqual([])
  })

  it('names the files that may be configs but cannot be read, and only those', () => {
    expect(repository.unknown().map((u) => u.file)).toEqual(['data/large.yaml', 'jobs/half.yaml'])
    expect(repository.unknown()[0]!.reason).toBe(
      "it cannot be read as YAML (File is too large: 1.1 MiB (a job config may be at most 1.0 MiB)), and it has a job config's keys",
    )
  })

  it('makes two configs of one job errors at both job_name lines, when either is selected', () => {
    const reader = new ConfigReader(dir)
    expect(sharedJobNameFindings(repository, new Set(['jobs/half.yaml']), reader)).toEqual([])
    const findings = sharedJobNameFindings(repository, new Set(['team-b/Orders.YML']), reader)
    expect(findings.map((f) => [f.file, f.range?.line, f.range?.column, f.message])).toEqual([
      [
        'jobs/linked.yaml',
        11,
        15,
        "job_name 'orders' is also the job_name of team-b/Orders.YML ('Orders', line 11): two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config",
      ],
      [
        'team-b/Orders.YML',
        11,
        15,
        "job_name 'Orders' is also the job_name of jobs/linked.yaml ('orders', line 11): two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config",
      ],
    ])
  })
})

describe('a link to a config', () => {
  it('is that config, not a second one of its job', async () => {
    const dir = tempDir('dativo-linked-')
    write(dir, { 'shared/b.yaml': sandboxJob('b') })
    mkdirSync(path.join(dir, 'jobs'))
    symlinkSync('../shared/b.yaml', path.join(dir, 'jobs/b.yaml'))
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    const reader = new ConfigReader(dir)
    const repository = await readRepositoryConfigs(dir, validated(dir), { git: gitIn(dir), reader })
    expect(repository.claimants('b').map((c) => c.file)).toEqual(['jobs/b.yaml', 'shared/b.yaml'])
    expect(sharedJobNameFindings(repository, new Set(['jobs/b.yaml']), reader)).toEqual([])
  })
})

describe('the resolved copies of configs under output-dir', () => {
  it('are no configs: they claim nothing', async () => {
    const dir = tempDir('dativo-output-dir-')
    write(dir, { 'jobs/a.yaml': sandboxJob('a'), 'resolved/jobs/a.yaml': sandboxJob('a') })
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    const repository = await readRepositoryConfigs(dir, validated(dir), {
      git: gitIn(dir),
      reader: new ConfigReader(dir),
      outputDir: path.join(dir, 'resolved'),
    })
    expect(repository.claimants('a')).toEqual([{ file: 'jobs/a.yaml', name: 'a' }])
  })
})

describe('the configs of a workspace outside git', () => {
  it('are every YAML file below it', async () => {
    const dir = tempDir('dativo-no-git-')
    write(dir, {
      'jobs/a.yaml': sandboxJob('a'),
      'deep/er/b.yml': sandboxJob('b'),
      '.hidden/c.yaml': sandboxJob('c'),
      'node_modules/x/d.yaml': sandboxJob('d'),
    })
    const repository = await readRepositoryConfigs(dir, validated(dir), {
      git: gitIn(dir),
      reader: new ConfigReader(dir),
    })
    expect([...repository.files]).toEqual(['.hidden/c.yaml', 'deep/er/b.yml', 'jobs/a.yaml'])
  })
})

describe('claims of every form', () => {
  it('are kept whole: names as written, each file once, own names by the keys that lead to them', async () => {
    const dir = tempDir('dativo-claim-forms-')
    write(dir, {
      'jobs/a.yaml': sandboxJob('alpha'),
      'jobs/b.yaml': sandboxJob('Alpha'),
      // A misspelt section still names the config's own job; a job_name elsewhere is claimed too.
      'jobs/c.yaml': `${sandboxJob('beta').replace('infrastructure:', 'infrastucture:')}source:\n  job_name: gamma\n`,
      'jobs/d.yaml': sandboxJob('beta'),
      'jobs/e.yaml': sandboxJob('delta'),
      'docs/notes.yaml': 'title: notes\n',
    })
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    const reader = new ConfigReader(dir)
    // d and e as this run validated them, the rest read from the repository.
    const repository = await readRepositoryConfigs(
      dir,
      validated(dir, [
        [
          'jobs/e.yaml',
          {
            kind: 'job',
            names: ['delta'],
            jobName: { name: 'delta', path: ['infrastructure', 'tags', 'job_name'] },
          },
        ],
        [
          'jobs/d.yaml',
          {
            kind: 'job',
            names: ['beta'],
            jobName: { name: 'beta', path: ['infrastructure', 'tags', 'job_name'] },
          },
        ],
      ]),
      { git: gitIn(dir), reader },
    )
    expect(repository.files).toEqual([
      'docs/notes.yaml',
      'jobs/a.yaml',
      'jobs/b.yaml',
      'jobs/c.yaml',
      'jobs/d.yaml',
      'jobs/e.yaml',
    ])
    expect(repository.claimants('ALPHA')).toEqual([
      { file: 'jobs/a.yaml', name: 'alpha' },
      { file: 'jobs/b.yaml', name: 'Alpha' },
    ])
    expect(repository.claimants('beta')).toEqual([
      { file: 'jobs/c.yaml', name: 'beta' },
      { file: 'jobs/d.yaml', name: 'beta' },
    ])
    expect(repository.claimants('gamma')).toEqual([{ file: 'jobs/c.yaml', name: 'gamma' }])
    expect(repository.claimants('delta')).toEqual([{ file: 'jobs/e.yaml', name: 'delta' }])
    expect(
      ['jobs/c.yaml', 'jobs/e.yaml', 'docs/notes.yaml'].map((f) => repository.claimsJob(f)),
    ).toEqual([true, true, false])
    // Groups in the order of their first config, whichever was read first.
    expect(repository.sharedJobNames(new Set(['jobs/d.yaml', 'jobs/b.yaml']))).toEqual([
      [
        {
          file: 'jobs/a.yaml',
          name: 'alpha',
          path: ['infrastructure', 'tags', 'job_name'],
          real: expect.any(String),
        },
        {
          file: 'jobs/b.yaml',
          name: 'Alpha',
          path: ['infrastructure', 'tags', 'job_name'],
          real: expect.any(String),
        },
      ],
      [
        {
          file: 'jobs/c.yaml',
          name: 'beta',
          path: ['infrastucture', 'tags', 'job_name'],
          real: expect.any(String),
        },
        {
          file: 'jobs/d.yaml',
          name: 'beta',
          path: ['infrastructure', 'tags', 'job_name'],
          real: expect.any(String),
        },
      ],
    ])
    expect(repository.sharedJobNames(new Set(['jobs/e.yaml']))).toEqual([])
  })
})
