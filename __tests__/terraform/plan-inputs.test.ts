// What a plan was made from, for its fingerprint: the bundled modules' files, read once per run and
// shared by its jobs, give each job the digests it would get reading them itself, its own paths
// named; folders outside the bundled modules are read afresh for every job.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundledFiles, planInputs } from '../../src/terraform/plan-inputs.js'
import type { PlanSources } from '../../src/terraform/plan-inputs.js'
import { tempDir } from '../helpers/temp.js'

/** A run's folders: bundled modules (one naming a job's folder in its text), and two jobs. */
function layout() {
  const top = tempDir()
  const modules = path.join(top, 'action/terraform/modules')
  const workspace = path.join(top, 'workspace')
  mkdirSync(path.join(modules, 'local/scripts'), { recursive: true })
  mkdirSync(path.join(modules, 'tags'), { recursive: true })
  mkdirSync(workspace)
  writeFileSync(path.join(modules, 'local/main.tf'), 'resource "terraform_data" "x" {}\n')
  writeFileSync(path.join(modules, 'local/scripts/run.sh'), 'echo hello\n')
  writeFileSync(path.join(modules, 'local/.hidden'), 'not counted\n')
  symlinkSync('scripts/run.sh', path.join(modules, 'local/run.sh'))
  symlinkSync('../missing', path.join(modules, 'local/gone'))
  writeFileSync(path.join(modules, 'tags/main.tf'), 'output "tags" { value = {} }\n')
  const job = (name: string): PlanSources => {
    const jobDir = path.join(top, 'jobs', name)
    const rootDir = path.join(jobDir, 'root')
    mkdirSync(path.join(jobDir, 'data/modules'), { recursive: true })
    mkdirSync(rootDir)
    writeFileSync(path.join(rootDir, 'main.tf'), `# root in ${jobDir}\n`)
    const dir = (module: string) => path.relative(rootDir, path.join(modules, module))
    writeFileSync(
      path.join(jobDir, 'data/modules/modules.json'),
      JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'dativo_runtime', Source: dir('local'), Dir: dir('local') },
          { Key: 'dativo_runtime.tags', Source: '../tags', Dir: dir('tags') },
        ],
      }),
    )
    return {
      rootDir,
      jobDir,
      workspace,
      bundledModules: modules,
      moduleSource: dir('local'),
      backend: { type: 'local', settings: [] },
    }
  }
  return { modules, first: job('001-a'), second: job('002-b') }
}

describe('planInputs', () => {
  it('gives each job, from the bundled files read once, what reading them itself gives', async () => {
    const { modules, first, second } = layout()
    const shared = bundledFiles()
    const firstShared = await planInputs({ ...first, bundledFiles: shared })
    expect(firstShared).toEqual(await planInputs(first))
    // Read once: the shared copy now holds both bundled folders, and nothing else.
    expect([...shared.keys()].sort()).toEqual(
      [path.join(modules, 'local'), path.join(modules, 'tags')].sort(),
    )
    // A bundled file naming the second job's folder, written before that job reads: named for it.
    writeFileSync(path.join(modules, 'tags/main.tf'), `# ${second.jobDir}\n`)
    const secondFresh = await planInputs(second)
    const secondShared = await planInputs({ ...second, bundledFiles: shared })

    expect(Object.keys(firstShared.files!.dativo_runtime!)).toEqual([
      'gone',
      'main.tf',
      'run.sh',
      'scripts/run.sh',
    ])
    expect(firstShared.files!.dativo_runtime!.gone).toBe('link ../missing')
    expect(firstShared.files!.dativo_runtime!['run.sh']).toBe(
      firstShared.files!.dativo_runtime!['scripts/run.sh'],
    )
    // The job's own root is read for each job: its text names the job's folder as <job>.
    expect(secondShared.files!['']).toEqual(firstShared.files![''])
    expect(secondShared.files!['']).toEqual(secondFresh.files![''])
    // The bundled files are the run's first reading of them, whoever reads later.
    expect(secondShared.files!['dativo_runtime.tags']).toEqual(
      firstShared.files!['dativo_runtime.tags'],
    )
    expect(secondFresh.files!['dativo_runtime.tags']).not.toEqual(
      firstShared.files!['dativo_runtime.tags'],
    )
  })
})
