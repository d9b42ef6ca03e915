// Which job a file claims (config/claim.ts): the rule that decides what holds back a destroy and
// what counts as a second config of a job. Files of other kinds claim nothing however they are
// written; a half-edited or misspelt config keeps its job; a file that may be a config but cannot
// be read is unknown. A file's claim is the same whether this run validated it or only scanned it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { claimOfBytes } from '../../src/config/claim.js'
import type { JobClaim } from '../../src/config/claim.js'
import { validateConfigBytes } from '../../src/config/validate.js'
import { sandboxJob } from '../helpers/repository.js'
import { tempDir } from '../helpers/temp.js'
import { writeValidationCorpus } from './validation-corpus.js'

const claim = (text: string | Buffer): JobClaim =>
  claimOfBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : text)
const names = (text: string | Buffer) => {
  const found = claim(text)
  return found.kind === 'job' ? found.names : found.kind
}

const WORKFLOW = `name: Dativo jobs
on: push
jobs:
  apply:
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - uses: org/deploy@v1
        with:
          job_name: \${{ matrix.job_name }}
      - run: 'echo "infrastructure: \${{ matrix.job_name }}"' 
`

describe('files that are no job configs claim nothing', () => {
  it.each([
    ['a workflow that passes job_name on', WORKFLOW],
    [
      'a compose file',
      'services:\n  web:\n    image: nginx\n    environment:\n      job_name: x\n',
    ],
    [
      'a Kubernetes manifest of several documents with a job_name label',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    job_name: orders\n---\nkind: Secret\n',
    ],
    ['Helm values with an infrastructure key of their own', 'infrastructure:\n  replicas: 3\n'],
    ['a list of jobs', '- job_name: orders\n- job_name: billing\n'],
    ['an empty file', ''],
    ['broken YAML without a config key', 'title: [unclosed\nsteps: echo ${{ matrix.job_name }}\n'],
    ['a config without infrastructure', 'tenant_id: acme\n# job_name: orders went elsewhere\n'],
    ['bytes that are not UTF-8, without a config key', Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a])],
  ])('%s', (_, text) => {
    expect(claim(text)).toEqual({ kind: 'none' })
  })
})

describe('a job config claims its job, valid or not', () => {
  it('names its own job_name, and where it is', () => {
    expect(claim(sandboxJob('orders'))).toEqual({
      kind: 'job',
      names: ['orders'],
      jobName: { name: 'orders', path: ['infrastructure', 'tags', 'job_name'] },
    })
  })

  it.each([
    [
      'a misspelt infrastructure key',
      sandboxJob('orders').replace('infrastructure:', 'infrastucture:'),
      ['infrastucture', 'tags', 'job_name'],
    ],
    [
      'infrastructure in capitals',
      sandboxJob('orders').replace('infrastructure:', 'Infrastructure:'),
      ['Infrastructure', 'tags', 'job_name'],
    ],
    [
      'a misspelt tags key',
      sandboxJob('orders').replace('  tags:', '  tag:'),
      ['infrastructure', 'tag', 'job_name'],
    ],
    [
      'job-name for job_name',
      sandboxJob('orders').replace('job_name:', 'job-name:'),
      ['infrastructure', 'tags', 'job-name'],
    ],
    [
      'a missing tag',
      sandboxJob('orders').replace('    team: data-engineering\n', ''),
      ['infrastructure', 'tags', 'job_name'],
    ],
    [
      'an unknown provider',
      sandboxJob('orders').replace('provider: local', 'provider: aws2'),
      ['infrastructure', 'tags', 'job_name'],
    ],
    [
      'one flow mapping',
      '{infrastructure: {provider: local, tags: {job_name: orders}}}',
      ['infrastructure', 'tags', 'job_name'],
    ],
    [
      'a document after another',
      `a: 1\n---\n${sandboxJob('orders')}`,
      ['infrastructure', 'tags', 'job_name'],
    ],
  ])('%s', (_, text, keys) => {
    expect(claim(text)).toEqual({
      kind: 'job',
      names: ['orders'],
      jobName: { name: 'orders', path: keys },
    })
  })

  it('claims every job_name it mentions, such as tags moved out of the section by a wrong indent', () => {
    const text = 'infrastructure:\n  provider: local\ntags:\n  job_name: orders\n'
    expect(claim(text)).toEqual({ kind: 'job', names: ['orders'], jobName: undefined })
    expect(names(sandboxJob('orders', '  notes:\n    jobname: legacy-orders\n'))).toEqual([
      'orders',
      'legacy-orders',
    ])
  })

  it('takes a job_name YAML reads as a number as its text', () => {
    expect(names(sandboxJob('1234'))).toEqual(['1234'])
  })
})

describe('a file that may be a config but cannot be read is unknown', () => {
  const unknown = (text: string | Buffer) => {
    const found = claim(text)
    return found.kind === 'unknown' ? found.reason : found
  }

  it('a config with a syntax error', () => {
    expect(unknown(sandboxJob('orders').replace('region: local', 'region: [local'))).toMatch(
      /^it cannot be read as YAML \(YAML syntax error: .*\), and it has a job config's keys$/,
    )
  })

  it('a config that names no job', () => {
    expect(unknown(sandboxJob('orders').replace('    job_name: orders\n', ''))).toBe(
      'it has an infrastructure section but names no job (no job_name)',
    )
    expect(unknown('infrastructure:\n')).toBe(
      'it has an infrastructure section but names no job (no job_name)',
    )
  })

  it('a config with a duplicate key, or not UTF-8, or UTF-16', () => {
    expect(
      unknown(sandboxJob('orders').replace('  region: local\n', '  region: local\n  region: x\n')),
    ).toMatch(/duplicate key/i)
    const latin1 = Buffer.from(sandboxJob('caf\u00e9'), 'latin1')
    expect(unknown(latin1)).toMatch(
      /^it cannot be read as YAML \(File is not valid UTF-8: byte 0xE9/,
    )
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(sandboxJob('orders'), 'utf16le'),
    ])
    expect(unknown(utf16)).toMatch(/UTF-16/)
  })
})

describe("a file's claim", () => {
  it('is the same whether it was validated or only scanned, on every file of the validation corpus', async () => {
    const workspace = tempDir('dativo-claims-')
    writeValidationCorpus(workspace)
    const files = (readdirSync(workspace, { recursive: true }) as string[])
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
    const kinds = { none: 0, job: 0, unknown: 0 }
    for (const [index, file] of files.entries()) {
      // A turn of the event loop now and then, for vitest's messages (helpers/process.ts).
      if (index % 100 === 0) await setImmediate()
      const bytes = readFileSync(path.join(workspace, file))
      const scanned = claimOfBytes(bytes)
      expect(scanned, file).toEqual(validateConfigBytes(file, bytes, { defaultTags: {} }).claim)
      kinds[scanned.kind]++
    }
    expect(
      Object.values(kinds).every((count) => count > 100),
      JSON.stringify(kinds),
    ).toBe(true)
  })
})
