// What the bundle loads to install Terraform, watched from inside the CLI process by a module
// hook: `terraform-version: system` and a version already in the tool cache load none of
// openpgp, tool-cache and semver; a download loads them (which shows the watch sees them).
import { spawn } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../helpers/action.js'
import { generateSigningKey, startMirror } from './mirror.js'
import { trackedBytes } from '../../helpers/examples.js'

/** Text only each library's code holds, to tell which bundle chunks carry it. */
const LIBRARIES = {
  openpgp: 'OpenPGP.js v',
  'tool-cache': 'Expected RUNNER_TOOL_CACHE to be defined',
  semver: 'SEMVER_SPEC_VERSION',
}

let scratch: string
let workspace: string
let hook: string
let terraformVersion: string

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'dativo-install-loading-'))
  workspace = path.join(scratch, 'workspace')
  mkdirSync(path.join(workspace, 'jobs'), { recursive: true })
  writeFileSync(
    path.join(workspace, 'jobs/sandbox.yaml'),
    trackedBytes('examples/jobs/acme/local_orders_sandbox.yaml'),
  )
  execFileSync('git', ['init', '-q', '-b', 'main', workspace])
  // Registers a loader hook that appends the URL of every module the process loads to a file.
  const hooks = `import { appendFileSync } from 'node:fs'
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(process.env.LOADED_MODULES, url + '\\n')
  return nextLoad(url, context)
}
`
  writeFileSync(path.join(scratch, 'hooks.mjs'), hooks)
  hook = path.join(scratch, 'register.mjs')
  writeFileSync(
    hook,
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(path.join(scratch, 'hooks.mjs')).href)})\n`,
  )
  const reported = JSON.parse(execFileSync('terraform', ['version', '-json'], { encoding: 'utf8' }))
  terraformVersion = (reported as { terraform_version: string }).terraform_version
})

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

interface Run {
  status: number | null
  stdout: string
  stderr: string
  /** Each library, with whether a chunk holding it was loaded. */
  loaded: Record<keyof typeof LIBRARIES, boolean>
}

/** `dativo-infra run --mode plan` on the sandbox job, watched. */
async function plan(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const log = path.join(scratch, `loaded-${Math.random().toString(36).slice(2)}`)
  writeFileSync(log, '')
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(hook).href,
      path.join(ROOT, 'dist/cli.js'),
      'run',
      '--mode',
      'plan',
      '--configs',
      'jobs/*.yaml',
      ...args,
    ],
    {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CHECKPOINT_DISABLE: '1',
        LOADED_MODULES: log,
        ...env,
      },
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
  expect(files).toContain(path.join(ROOT, 'dist/cli/index.js'))
  const code = files.map((file) => readFileSync(file, 'utf8'))
  const loaded = Object.fromEntries(
    Object.entries(LIBRARIES).map(([name, marker]) => [
      name,
      code.some((text) => text.includes(marker)),
    ]),
  ) as Run['loaded']
  return { status, stdout, stderr, loaded }
}

describe('loading the installer', () => {
  it('terraform-version system loads none of openpgp, tool-cache and semver', async () => {
    const run = await plan(['--terraform-version', 'system'], { XDG_CACHE_HOME: scratch })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain(`(system)`)
    expect(run.loaded).toEqual({ openpgp: false, 'tool-cache': false, semver: false })
  })

  it('a version already in the tool cache loads none of them, and says it came from there', async () => {
    const cache = path.join(scratch, 'cache')
    const folder = path.join(cache, 'dativo-infra/tools/terraform', terraformVersion, 'amd64')
    mkdirSync(folder, { recursive: true })
    const real = execFileSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).trim()
    symlinkSync(real, path.join(folder, 'terraform'))
    writeFileSync(`${folder}.complete`, '')

    const run = await plan(['--terraform-version', terraformVersion], { XDG_CACHE_HOME: cache })

    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain(
      `Terraform ${terraformVersion} found in the tool cache: ${path.join(folder, 'terraform')}`,
    )
    expect(run.loaded).toEqual({ openpgp: false, 'tool-cache': false, semver: false })
  })

  it('a download loads them all, and says the tool cache did not have it', async () => {
    // Signed by a key the bundle does not trust: the install stops at the signature, after loading.
    const mirror = await startMirror({
      versions: ['1.9.8'],
      signWith: await generateSigningKey('Not HashiCorp'),
    })
    try {
      const cache = path.join(scratch, 'empty-cache')
      const run = await plan(['--terraform-version', '1.9.8', '--terraform-mirror', mirror.url], {
        XDG_CACHE_HOME: cache,
      })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(
        `Terraform 1.9.8 is not in the tool cache (${path.join(cache, 'dativo-infra/tools')}): downloading it`,
      )
      expect(run.loaded).toEqual({ openpgp: true, 'tool-cache': true, semver: true })
    } finally {
      await mirror.close()
    }
  })
})
