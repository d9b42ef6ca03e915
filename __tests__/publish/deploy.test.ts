// deploy-command with real processes: how the command is split (quotes and escapes as a POSIX
// shell reads them, nothing else a shell does), `{config}` filled in, output streamed per config,
// and a failure that names its config without stopping the others.
import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deployArguments, deployConfigs } from '../../src/publish/deploy.js'
import { splitCommandLine } from '../../src/util/command-line.js'
import { RecordingReporter, removeTempDirs, tempDir, writeFiles } from './helpers.js'

afterAll(removeTempDirs)

const NODE = `'${process.execPath.replace(/'/g, `'\\''`)}'`
/** Prints its arguments and working folder as JSON, or fails for a config named bad. */
const SCRIPT = `"const a = process.argv.slice(1);
if (a[0].includes('bad')) { console.log('deploying', a[0]); console.error('boom:', a[0]); process.exit(3) }
console.log(JSON.stringify({ args: a, cwd: process.cwd() }))"`

describe('splitting the command without a shell', () => {
  it.each<[string, string[]]>([
    ['deploy  --config\t{config}', ['deploy', '--config', '{config}']],
    [`run 'two words' "and three words"`, ['run', 'two words', 'and three words']],
    [`a 'it'\\''s' "say \\"hi\\"" 'no \\escape'`, ['a', "it's", 'say "hi"', 'no \\escape']],
    [`a "\\$HOME \\\\ \\n \\\`"`, ['a', '$HOME \\ \\n `']],
    ['a\\ b \\"c\\" \\\\', ['a b', '"c"', '\\']],
    [`x '' "" y`, ['x', '', '', 'y']],
    ['one\\\ntwo three \\\n four', ['onetwo', 'three', 'four']],
    [
      'echo $(rm -rf /); ls | wc > out && x # not a comment',
      [
        'echo',
        '$(rm',
        '-rf',
        '/);',
        'ls',
        '|',
        'wc',
        '>',
        'out',
        '&&',
        'x',
        '#',
        'not',
        'a',
        'comment',
      ],
    ],
    ['echo $HOME ~ *.yaml {a,b}', ['echo', '$HOME', '~', '*.yaml', '{a,b}']],
  ])('%s', (line, words) => {
    expect(splitCommandLine(line)).toEqual(words)
  })

  it.each([
    ["deploy 'open", 'a single quote at character 8 is not closed'],
    ['deploy "open', 'a double quote at character 8 is not closed'],
    ['deploy \\', 'it ends with a backslash'],
    ['  \t ', 'it names no program'],
  ])('refuses %j', (line, message) => {
    expect(() => splitCommandLine(line)).toThrow(message)
  })

  it('fills in {config} inside words, and keeps a path that starts with a dash from reading as an option', () => {
    expect(
      deployArguments(`dativo run --config={config} '{config}.log'`, 'jobs/team x/a.yaml'),
    ).toEqual(['dativo', 'run', '--config=jobs/team x/a.yaml', 'jobs/team x/a.yaml.log'])
    expect(deployArguments('dativo {config}', '-rf.yaml')).toEqual(['dativo', './-rf.yaml'])
  })
})

describe('running deploy-command for each resolved config', () => {
  it('runs the program in the workspace with the config path, passing shell syntax through as text', async () => {
    const workspace = await tempDir('publish-deploy-')
    await writeFiles(workspace, ['jobs/a.yaml', 'jobs/team x/b c.yaml'])
    const reporter = new RecordingReporter()
    const command = `${NODE} -e ${SCRIPT} -- {config} "--name={config}" $(touch pwned) ';' 'rm -rf .'`

    const results = await deployConfigs(command, ['jobs/a.yaml', 'jobs/team x/b c.yaml'], {
      workspace,
      reporter,
    })

    expect(results).toEqual([
      { config: 'jobs/a.yaml', exitCode: 0 },
      { config: 'jobs/team x/b c.yaml', exitCode: 0 },
    ])
    const cwd = await realpath(workspace)
    expect(reporter.groups).toEqual(['Deploy jobs/a.yaml', 'Deploy jobs/team x/b c.yaml'])
    expect(reporter.outputs.map((line) => JSON.parse(line) as unknown)).toEqual([
      { args: ['jobs/a.yaml', '--name=jobs/a.yaml', '$(touch', 'pwned)', ';', 'rm -rf .'], cwd },
      {
        args: [
          'jobs/team x/b c.yaml',
          '--name=jobs/team x/b c.yaml',
          '$(touch',
          'pwned)',
          ';',
          'rm -rf .',
        ],
        cwd,
      },
    ])
    expect(existsSync(path.join(workspace, 'pwned'))).toBe(false)
    expect(existsSync(path.join(workspace, 'jobs/a.yaml'))).toBe(true)
  })

  it('names the config whose deploy failed, and still deploys the others', async () => {
    const workspace = await tempDir('publish-deploy-')
    const reporter = new RecordingReporter()

    const results = await deployConfigs(
      `${NODE} -e ${SCRIPT} -- {config}`,
      ['jobs/a.yaml', 'jobs/bad.yaml', 'jobs/c.yaml'],
      { workspace, reporter },
    )

    expect(results.map((r) => [r.config, r.exitCode])).toEqual([
      ['jobs/a.yaml', 0],
      ['jobs/bad.yaml', 3],
      ['jobs/c.yaml', 0],
    ])
    expect(results[1]!.finding).toEqual({
      severity: 'error',
      rule: 'deploy-failed',
      message: 'deploy-command failed for jobs/bad.yaml with exit code 3: boom: jobs/bad.yaml',
      file: 'jobs/bad.yaml',
    })
    expect(results.filter((r) => r.finding)).toHaveLength(1)
    expect(reporter.outputs).toContain('deploying jobs/bad.yaml')
    expect(reporter.outputs).toContain('boom: jobs/bad.yaml')
    // Findings are the caller's to report, with the config's others.
    expect(reporter.findings).toEqual([])
  })

  it('says when the program does not exist, since no shell looks it up', async () => {
    const workspace = await tempDir('publish-deploy-')
    const results = await deployConfigs('dativo-no-such-program run {config}', ['jobs/a.yaml'], {
      workspace,
      reporter: new RecordingReporter(),
    })
    expect(results).toEqual([
      {
        config: 'jobs/a.yaml',
        finding: {
          severity: 'error',
          rule: 'deploy-failed',
          message:
            "deploy-command could not start for jobs/a.yaml: the program 'dativo-no-such-program' was not found (it runs without a shell; use a program on PATH or a path to one)",
          file: 'jobs/a.yaml',
        },
      },
    ])
  })
})
