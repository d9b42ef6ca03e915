// The README against the things it describes: action.yml and src/constants.ts for the inputs and
// outputs, the CLI and the resolution code for what the set-up command and the examples print.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { Defaults, Inputs, Outputs } from '../../src/constants.js'
import { previewDiff, resolveConfig } from '../../src/resolve/index.js'
import { renderComment } from '../../src/publish/comment.js'
import { resourceNames } from '../../src/tags/naming.js'
import { exampleContext, exampleReport } from './comment-example.js'
import { repoRoot } from './actionlint.js'
import { codeBlocks, codeSpan, firstTable, section } from './markdown.js'

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>
  outputs: Record<string, { description: string }>
}

/** A default as action.yml spells it: a block scalar's last line break is not part of it. */
function actionDefault(name: string): string {
  return action.inputs[name]!.default.replace(/\n$/, '')
}

/** A README default cell: `*empty*`, or code spans one per line (`<br>` between them). */
function readmeDefault(cell: string): string {
  if (cell === '*empty*') return ''
  return cell.split('<br>').map(codeSpan).join('\n')
}

/** src/constants.ts keeps defaults by camelCase name and type; action.yml has strings. */
function constantsDefault(name: string): string | undefined {
  const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
  const value = (Defaults as Record<string, unknown>)[key]
  if (value === undefined) return undefined
  return Array.isArray(value) ? value.join('\n') : String(value)
}

describe('README inputs table', () => {
  const table = firstTable(section(readme, 'Inputs'))
  const rows = table.rows.map(([input, fallback, meaning]) => ({
    name: codeSpan(input!),
    fallback: readmeDefault(fallback!),
    meaning: meaning!,
  }))

  it('lists every input of action.yml, in its order, and no other', () => {
    expect(table.header).toEqual(['input', 'default', 'meaning'])
    expect(rows.map((r) => r.name)).toEqual(Object.keys(action.inputs))
  })

  it('names the same inputs as src/constants.ts', () => {
    expect(rows.map((r) => r.name).sort()).toEqual(Object.values(Inputs).sort())
  })

  it.each(Object.keys(action.inputs))(
    'documents the default of %s as action.yml has it',
    (name) => {
      const row = rows.find((r) => r.name === name)
      expect(row, `${name} is missing from the README`).toBeDefined()
      expect(row!.fallback).toBe(actionDefault(name))
      expect(row!.meaning.length).toBeGreaterThan(10)
    },
  )

  it.each(Object.keys(action.inputs))('%s has the default the code applies', (name) => {
    const applied = constantsDefault(name)
    if (applied !== undefined) expect(actionDefault(name)).toBe(applied)
    else if (name === Inputs.GithubToken) expect(actionDefault(name)).toBe('${{ github.token }}')
    else expect(actionDefault(name), `${name}: a default the code does not know`).toBe('')
  })

  it('shows the configs default as its two lines', () => {
    expect(rows.find((r) => r.name === 'configs')!.fallback).toBe('jobs/**/*.yaml\njobs/**/*.yml')
  })
})

describe('README outputs table', () => {
  const table = firstTable(section(readme, 'Outputs'))
  const names = table.rows.map(([output]) => codeSpan(output!))

  it('lists every output of action.yml, in its order, and no other', () => {
    expect(table.header).toEqual(['output', 'meaning'])
    expect(names).toEqual(Object.keys(action.outputs))
    expect(table.rows.every(([, meaning]) => (meaning ?? '').length > 10)).toBe(true)
  })

  it('names the same outputs as src/constants.ts', () => {
    expect([...names].sort()).toEqual(Object.values(Outputs).sort())
  })
})

describe('README set-up', () => {
  const setUp = section(readme, 'Set up')
  const sandbox = 'examples/jobs/acme/local_orders_sandbox.yaml'

  it('is exactly two commands: the sandbox pipeline and the test suite', () => {
    const [commands] = codeBlocks(setUp, 'sh')
    expect(commands!.trimEnd().split('\n')).toEqual([
      "npm ci && node dist/cli.js run --mode apply --configs 'examples/jobs/acme/local*.yaml'",
      'npm test',
    ])
  })

  it('runs lint, typecheck and the tests (actionlint among them) with npm test', () => {
    const scripts = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts
    for (const part of ['npm run lint', 'npm run typecheck', 'vitest run']) {
      expect(scripts.test).toContain(part)
    }
    expect(scripts.lint).toContain('eslint')
    expect(scripts.lint).toContain('prettier --check')
  })

  it('selects only the sandbox job, which needs no cloud', async () => {
    expect(await glob('examples/jobs/acme/local*.yaml', { cwd: repoRoot })).toEqual([sandbox])
    const job = parse(readFileSync(path.join(repoRoot, sandbox), 'utf8'))
    expect(job.infrastructure.provider).toBe('local')
    expect(job.infrastructure.runtime.type).toBe('local')
  })

  it('shows the change apply makes, as the resolution code makes it', () => {
    const bytes = readFileSync(path.join(repoRoot, sandbox))
    const tags = parse(bytes.toString('utf8')).infrastructure.tags
    // The local module names its runtime as src/tags/naming.ts does: <job_name>-<environment>-…
    const outputs = Object.fromEntries(
      resourceNames('local', tags.job_name, tags.environment).map(({ resource, name }) => [
        `${resource}_name`,
        { value: name, sensitive: false },
      ]),
    )
    const resolution = resolveConfig(sandbox, bytes, outputs, {
      allowSensitive: false,
      markers: true,
    })
    expect(resolution.findings).toEqual([])
    const [shown] = codeBlocks(setUp, 'diff')
    expect(shown).toBe(previewDiff(sandbox, resolution.before, resolution.after))
    // Running again changes nothing.
    const again = resolveConfig(sandbox, Buffer.from(resolution.after), outputs, {
      allowSensitive: false,
      markers: true,
    })
    expect(again.changed).toBe(false)
  })

  it('does what it says when run: applies the sandbox job and leaves exactly the change shown', () => {
    // A fresh copy of the examples stands for a fresh clone; the first command runs in it.
    const clone = mkdtempSync(path.join(tmpdir(), 'dativo-setup-'))
    cpSync(path.join(repoRoot, 'examples'), path.join(clone, 'examples'), { recursive: true })
    const [commands] = codeBlocks(setUp, 'sh')
    const command = commands!.split('\n')[0]!.replace(/^npm ci && /, '')
    const args = command
      .replace(/^node dist\/cli\.js /, '')
      .split(' ')
      .map((word) => word.replace(/^'(.*)'$/, '$1'))
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
      cwd: clone,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('1 config applied: +1 ~0 -0, 1 resolved')
    expect(setUp).toContain('`1 config applied: +1 ~0 -0, 1 resolved`')
    const [shown] = codeBlocks(setUp, 'diff')
    const before = readFileSync(path.join(repoRoot, sandbox), 'utf8')
    const after = readFileSync(path.join(clone, sandbox), 'utf8')
    expect(previewDiff(sandbox, before, after)).toBe(shown)
    // Run again: the state it kept says there is nothing to do, and the file stays as it is.
    expect(setUp).toContain('`.dativo/state/orders-sandbox/`')
    expect(readFileSync(path.join(clone, '.dativo/.gitignore'), 'utf8')).toMatch(/^\*$/m)
    const again = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
      cwd: clone,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    })
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout).toContain('1 config applied: +0 ~0 -0, 1 resolved')
    expect(setUp).toContain('`1 config applied: +0 ~0 -0, 1 resolved`')
    expect(readFileSync(path.join(clone, sandbox), 'utf8')).toBe(after)
    rmSync(clone, { recursive: true, force: true })
  }, 120_000)
})

describe('README examples of output', () => {
  let workspace: string
  const cli = path.join(repoRoot, 'dist/cli.js')

  beforeAll(() => {
    // The four example jobs, three of them broken as the README's examples show.
    workspace = mkdtempSync(path.join(tmpdir(), 'dativo-readme-'))
    cpSync(path.join(repoRoot, 'examples/jobs'), path.join(workspace, 'jobs'), { recursive: true })
    const edit = (file: string, change: (text: string) => string) => {
      const full = path.join(workspace, 'jobs/acme', file)
      const text = readFileSync(full, 'utf8')
      const changed = change(text)
      expect(changed).not.toBe(text)
      writeFileSync(full, changed)
    }
    edit('stripe_customers_to_iceberg.yaml', (t) => t.replace(/^ *cost_center:.*\n/m, ''))
    edit('hubspot_contacts_to_iceberg.yaml', (t) =>
      t.replace('type: azure_container_apps', 'type: aws_fargate'),
    )
    edit('postgres_orders_to_iceberg.yaml', (t) =>
      t.replace('"{{terraform_outputs.cluster_name}}"', '"{terraform_outputs.cluster_name}"'),
    )
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  function validate(env: Record<string, string>) {
    return spawnSync(process.execPath, [cli, 'validate', 'jobs/**/*.yaml'], {
      cwd: workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
    })
  }

  it('prints at a terminal what The CLI section shows', () => {
    const [session] = codeBlocks(section(readme, 'The CLI'), '')
    const [command, ...expected] = session!.trimEnd().split('\n')
    expect(command).toBe("$ node dist/cli.js validate 'jobs/**/*.yaml'")
    const run = validate({})
    expect(run.status).toBe(1)
    expect(run.stdout.trimEnd().split('\n')).toEqual(expected)
  })

  it('annotates as What a run shows says', () => {
    const [shown] = codeBlocks(section(readme, 'What a run shows'), '')
    const run = validate({ GITHUB_ACTIONS: 'true' })
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '))
    const lines = shown!.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(annotations).toContain(line)
  })

  it('quotes the validation messages of Troubleshooting exactly as the CLI prints them', () => {
    const troubleshooting = section(readme, 'Troubleshooting')
    const messages = validate({})
      .stdout.split('\n')
      .flatMap((line) => /: error: (.*) \[[a-z-]+\]$/.exec(line)?.[1] ?? [])
    expect(messages).toHaveLength(3)
    for (const message of messages) expect(troubleshooting).toContain(`**\`${message}\`**`)
  })
})

describe('README troubleshooting', () => {
  const troubleshooting = section(readme, 'Troubleshooting')

  it.each([
    'Missing required tags: cost_center',
    "Runtime type 'aws_fargate' is not compatible with provider 'azure'",
    'Malformed Terraform output placeholder',
    'job_metadata must contain: job_name, team, pipeline_type, environment, cost_center',
    'Error creating ECS Cluster: AccessDeniedException',
  ])('answers the integration guide message %s', (message) => {
    expect(troubleshooting).toMatch(new RegExp(`\\*\\*\`${escape(message)}`))
  })
})

describe('README editor support', () => {
  it('points editors at the schema by the URL it is published under', () => {
    const schema = JSON.parse(
      readFileSync(path.join(repoRoot, 'schema/job-config.schema.json'), 'utf8'),
    )
    const editor = section(readme, 'Editor support')
    expect(editor).toContain(`# yaml-language-server: $schema=${schema.$id}`)
    expect(schema.$id).toBe(
      'https://raw.githubusercontent.com/dativo/dativo-infra-action/v1/schema/job-config.schema.json',
    )
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('README example of the pull request comment', () => {
  it('is what the comment renderer writes for its report', () => {
    const [shown] = codeBlocks(section(readme, 'What a run shows'), 'markdown')
    expect(shown).toBe(renderComment(exampleReport, exampleContext))
  })
})
