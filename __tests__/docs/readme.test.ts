// The README against the things it describes: action.yml and src/constants.ts for the inputs and
// outputs, the CLI and the resolution code for what the set-up command and the examples print.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { Defaults, Inputs, Outputs } from '../../src/constants.js'
import { backendLinesFor, parseRunOptions } from '../../src/options.js'
import { previewDiff, resolveConfig } from '../../src/resolve/index.js'
import { renderComment } from '../../src/publish/comment.js'
import { resourceNames } from '../../src/tags/naming.js'
import { exampleContext, exampleReport } from './comment-example.js'
import { repoRoot } from './actionlint.js'
import { codeBlocks, codeSpan, firstTable, section } from './markdown.js'
import { tempDir } from '../helpers/temp.js'
import { copyTracked, trackedBytes, trackedText } from '../helpers/examples.js'
import { runCli } from '../helpers/action.js'

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
    expect(scripts.lint).toContain('prettier.mjs --check')
  })

  it('selects only the sandbox job, which needs no cloud', async () => {
    expect(await glob('examples/jobs/acme/local*.yaml', { cwd: repoRoot })).toEqual([sandbox])
    const job = parse(trackedText(sandbox))
    expect(job.infrastructure.provider).toBe('local')
    expect(job.infrastructure.runtime.type).toBe('local')
  })

  it('shows the change apply makes, as the resolution code makes it', () => {
    const bytes = trackedBytes(sandbox)
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

  it('does what it says when run: applies the sandbox job and leaves exactly the change shown', async () => {
    // A fresh copy of the examples stands for a fresh clone; the first command runs in it.
    const clone = tempDir('dativo-setup-')
    copyTracked('examples', path.join(clone, 'examples'))
    const [commands] = codeBlocks(setUp, 'sh')
    const command = commands!.split('\n')[0]!.replace(/^npm ci && /, '')
    const args = command
      .replace(/^node dist\/cli\.js /, '')
      .split(' ')
      .map((word) => word.replace(/^'(.*)'$/, '$1'))
    const run = await runCli(args, clone)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('1 config applied: +1 ~0 -0, 1 resolved')
    expect(setUp).toContain('`1 config applied: +1 ~0 -0, 1 resolved`')
    const [shown] = codeBlocks(setUp, 'diff')
    const before = trackedText(sandbox)
    const after = readFileSync(path.join(clone, sandbox), 'utf8')
    expect(previewDiff(sandbox, before, after)).toBe(shown)
    // Run again: the state it kept says there is nothing to do, and the file stays as it is.
    expect(setUp).toContain('`.dativo/state/orders-sandbox/`')
    expect(readFileSync(path.join(clone, '.dativo/.gitignore'), 'utf8')).toMatch(/^\*$/m)
    const again = await runCli(args, clone)
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout).toContain('1 config applied: +0 ~0 -0, 1 resolved')
    expect(setUp).toContain('`1 config applied: +0 ~0 -0, 1 resolved`')
    expect(readFileSync(path.join(clone, sandbox), 'utf8')).toBe(after)
    rmSync(clone, { recursive: true, force: true })
  }, 120_000)
})

describe('README examples of output', () => {
  const cli = path.join(repoRoot, 'dist/cli.js')

  /** What the README's command prints, run in this repository on examples/invalid. */
  function validate(env: Record<string, string>) {
    return spawnSync(process.execPath, [cli, 'validate', 'examples/invalid'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
    })
  }

  it('prints at a terminal what The CLI section shows', () => {
    const [session] = codeBlocks(section(readme, 'The CLI'), '')
    const [command, ...expected] = session!.trimEnd().split('\n')
    expect(command).toBe('$ node dist/cli.js validate examples/invalid')
    const run = validate({})
    expect(run.status).toBe(1)
    expect(run.stdout.trimEnd().split('\n')).toEqual(expected)
  })

  it('annotates as What a run shows says, with files that are in the repository', () => {
    const [shown] = codeBlocks(section(readme, 'What a run shows'), '')
    const run = validate({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repoRoot })
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '))
    const lines = shown!.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(annotations).toContain(line)
    for (const file of lines.map((line) => /file=([^,]+)/.exec(line)![1]!)) {
      expect(existsSync(path.join(repoRoot, file)), file).toBe(true)
    }
  })

  it('keeps each config of examples/invalid broken in exactly one way', () => {
    const lines = validate({}).stdout.trimEnd().split('\n')
    const files = readdirSync(path.join(repoRoot, 'examples/invalid'))
    expect(lines.at(-1)).toBe(
      `${files.length} errors in ${files.length} of ${files.length} configs`,
    )
    expect(
      lines
        .slice(0, -1)
        .map((line) => line.split(':')[0])
        .sort(),
    ).toEqual(files.map((file) => `examples/invalid/${file}`).sort())
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

describe('README workflow snippets', () => {
  const snippets = codeBlocks(readme, 'yaml')
    .filter((text) => text.includes('dativo/dativo-infra-action@'))
    .map((text) => parse(text) as Record<string, unknown>)

  function actionSteps(doc: Record<string, unknown>): Array<{ with?: Record<string, string> }> {
    const jobs = (doc.jobs ?? {}) as Record<string, { steps?: unknown[] }>
    const steps = [
      ...((doc.steps as unknown[]) ?? []),
      ...Object.values(jobs).flatMap((j) => j.steps ?? []),
    ]
    return (steps as Array<{ uses?: string; with?: Record<string, string> }>).filter((step) =>
      step.uses?.startsWith('dativo/dativo-infra-action@'),
    )
  }

  it('grant pull-requests: write wherever the comment stays on', () => {
    expect(snippets.length).toBeGreaterThan(3)
    for (const doc of snippets) {
      const permissions = (doc.permissions ?? {}) as Record<string, string>
      if (permissions['pull-requests'] === undefined) continue
      for (const step of actionSteps(doc)) {
        const commenting = String(step.with?.['comment-on-pr'] ?? 'true') !== 'false'
        if (commenting) expect(permissions['pull-requests'], JSON.stringify(step)).toBe('write')
      }
    }
  })

  it('lock S3 state with use_lockfile=true wherever they configure an S3 backend', () => {
    const documents = [
      readme,
      readFileSync(path.join(repoRoot, 'docs/TERRAFORM_CICD_WORKFLOWS.md'), 'utf8'),
    ]
    const configs = documents.flatMap((text) =>
      codeBlocks(text, 'yaml').flatMap((block) => {
        const doc = parse(block, { uniqueKeys: false }) as unknown
        const found: string[] = []
        JSON.stringify(doc, (key, value: unknown) => {
          if (key === 'backend-config' && typeof value === 'string') found.push(value)
          return value
        })
        return found
      }),
    )
    // As the action reads them (plain lines or the map by provider), with expressions filled in.
    const s3 = configs
      .map((given) => {
        const value = given.replace(/\$\{\{[^}]*\}\}/g, 'value')
        const { backendConfig } = parseRunOptions(
          (name) => (name === 'backend-config' ? value : undefined),
          '/work/repo',
        )
        return backendLinesFor(backendConfig, 'aws')
      })
      .filter(
        (lines) =>
          lines.some((l) => l.startsWith('region=')) && lines.some((l) => l.startsWith('bucket=')),
      )
    expect(s3.length).toBeGreaterThan(2)
    for (const lines of s3) expect(lines, lines.join('\n')).toContain('use_lockfile=true')
  })
})

describe('README links', () => {
  it('links the integration guide, which is in this repository', () => {
    expect(readme).toContain('](docs/TERRAFORM_INTEGRATION.md)')
    const guide = readFileSync(path.join(repoRoot, 'docs/TERRAFORM_INTEGRATION.md'), 'utf8')
    expect(guide.split('\n')[0]).toBe('# Terraform Infrastructure Integration for Dativo ETL Jobs')
    for (const file of [
      'README.md',
      'CONTRIBUTING.md',
      'docs/TERRAFORM_CICD_WORKFLOWS.md',
      'docs/TERRAFORM_INTEGRATION.md',
    ]) {
      expect(readFileSync(path.join(repoRoot, file), 'utf8'), file).not.toMatch(
        /\.\.\/shared|\/work\//,
      )
    }
  })
})

describe('README versions', () => {
  const versions = section(readme, 'Versions')

  it('says how versions are published, as the release workflow does it', () => {
    const release = readFileSync(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8')
    expect(versions).toContain('[Release workflow](.github/workflows/release.yml)')
    expect(release).toContain('git tag --force --annotate "$major"')
    expect(release).toContain('git push --force origin "refs/tags/$major"')
  })

  it('says @v1 does not resolve for as long as no release is published', () => {
    const changelog = readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8')
    const released = /^## \[\d+\.\d+\.\d+\]/m.test(changelog)
    expect(versions.includes('No release has been published yet')).toBe(!released)
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
