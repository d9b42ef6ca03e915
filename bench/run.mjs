// npm run bench: each speed goal of the project measured against its baseline in one run, on one
// machine, the two run alternately; medians of BENCH_ROUNDS rounds. Beside each wall-clock figure
// the CPU time of the whole process tree (node and every Terraform it started), which other load
// on the machine changes least. The closing note lists every goal, met or missed and by how much.
//
//   validation   dist/cli.js validate on 3,000 configs vs the synchronous floor (floor.mjs), and
//                peak RSS on 10,000 over the floor's
//   coldstart    dist/index.js on one config vs `node -e 0`
//   hcl          start-up with and without V8's --liftoff-only (figures, no goal)
//   apply        the pipeline on 10 sandbox jobs at parallelism 1 and 2, and on one, vs the
//                hand-written loop (init && plan -out && apply && output -json per root) at the
//                same parallelism, and where the time goes; beside each, the floor: the loop
//                running the pipeline's own Terraform commands (show -json, no output -json).
//                The pipeline runs with terraform-version pinned to the version on PATH, found in
//                a tool cache as on a runner after the first install; one job also with `system`
//   plan         plan mode on 10 sandbox jobs vs the loop's init && plan -out, same parallelism;
//                beside parallelism 2, the floor: the loop with show -json after plan
//   memory       peak RSS of an apply run at 40 jobs
//   fleet        not in a default run (BENCH_ONLY=fleet): BENCH_FLEET_SIZES sandbox jobs (default
//                1000) applied in one run at parallelism 2, state under .dativo/state: time per
//                job at each size and peak RSS, to show time linear and memory flat
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = path.join(root, 'bench/.work')
const rssPreload = path.join(root, 'bench/rss.mjs')
// BENCH_DIST measures another build (an earlier commit's dist/, say) against the same baselines.
const dist = path.resolve(process.env.BENCH_DIST ?? path.join(root, 'dist'))
const cli = path.join(dist, 'cli.js')
const action = path.join(dist, 'index.js')
const floor = path.join(root, 'bench/floor.mjs')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
/** The first size is the validation goal's; the last, memory's. */
const SIZES = (process.env.BENCH_SIZES ?? '3000,10000').split(',').map(Number)

if (!existsSync(cli) || !existsSync(action)) {
  console.error('dist/ is missing: run npm run bundle first')
  process.exit(1)
}

/**
 * CPU time (ms) of the children this process has waited for, their own children included, from
 * /proc (Linux): the difference across a synchronous run is that run's whole process tree.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return NaN
  }
}

/** Runs `run` (synchronous) and returns its wall time and its process tree's CPU time. */
function timed(run) {
  const cpuBefore = childrenCpuMs()
  const started = process.hrtime.bigint()
  const value = run()
  return {
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    treeCpuMs: childrenCpuMs() - cpuBefore,
    value,
  }
}

/** One node process, timed from outside, with its peak RSS and live heap written by rss.mjs. */
function measure(args, cwd, env = {}) {
  const rssFile = path.join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const {
    ms,
    treeCpuMs,
    value: result,
  } = timed(() =>
    spawnSync(process.execPath, ['--expose-gc', '--import', rssPreload, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  )
  const memory = existsSync(rssFile)
    ? JSON.parse(readFileSync(rssFile, 'utf8'))
    : { rss: NaN, live: NaN, cpu: NaN }
  rmSync(rssFile, { force: true })
  return {
    ms,
    treeCpuMs,
    rssKiB: memory.rss,
    liveKiB: memory.live,
    cpuMs: memory.cpu,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`
const ratio = (v) => `${v.toFixed(2)}x`
const plusMs = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(0)} ms`

/** Every goal, for the closing note: measured against its limit, or not measured. */
const goals = []
function goal(name, measured, limit, format, pending) {
  goals.push({ name, measured, limit, format, pending })
}

mkdirSync(work, { recursive: true })
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
console.log(
  `node ${process.version}, ${path.relative(root, dist) || dist}, ${ROUNDS} rounds each, medians shown; load average at start ${load}\n`,
)

// ── Validation: the CLI vs the synchronous floor ────────────────────────────────────────────
function validation() {
  console.log(
    'validation: dist/cli.js validate vs the floor (readdirSync + readFileSync + YAML.parse + Ajv)',
  )
  const rows = []
  for (const size of SIZES) {
    const dir = path.join(work, `configs-${size}`)
    generate(dir, size)
    const runs = { cli: [], floor: [] }
    for (let round = 0; round < ROUNDS; round++) {
      const ours = measure([cli, 'validate', 'jobs/**/*.yaml'], dir)
      if (ours.status !== 1 || !ours.stdout.trimEnd().endsWith(` of ${size} configs`)) {
        throw new Error(
          `the CLI did not report the seeded mistakes in ${size} configs (exit ${ours.status}): ${ours.stderr.slice(0, 500)}`,
        )
      }
      runs.cli.push(ours)
      const theirs = measure([floor, 'jobs'], dir)
      if (theirs.status !== 0 || !theirs.stdout.startsWith(`${size} files, `)) {
        throw new Error(`the floor failed: ${theirs.stdout}${theirs.stderr.slice(0, 500)}`)
      }
      runs.floor.push(theirs)
    }
    const row = {
      size,
      cliMs: median(runs.cli.map((r) => r.ms)),
      floorMs: median(runs.floor.map((r) => r.ms)),
      cliCpu: median(runs.cli.map((r) => r.cpuMs)),
      floorCpu: median(runs.floor.map((r) => r.cpuMs)),
      cliRss: median(runs.cli.map((r) => r.rssKiB)),
      floorRss: median(runs.floor.map((r) => r.rssKiB)),
      cliLive: median(runs.cli.map((r) => r.liveKiB)),
      floorLive: median(runs.floor.map((r) => r.liveKiB)),
    }
    row.ratio = row.cliMs / row.floorMs
    rows.push(row)
    console.log(
      `  ${String(size).padStart(6)} configs: cli ${row.cliMs.toFixed(0)} ms, floor ${row.floorMs.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)} ` +
        `(CPU time ${row.cliCpu} vs ${row.floorCpu} ms, ${(row.cliCpu / row.floorCpu).toFixed(2)}); ` +
        `peak RSS cli ${mib(row.cliRss)}, floor ${mib(row.floorRss)} (+${mib(row.cliRss - row.floorRss)}); live heap at exit cli ${mib(row.cliLive)}, floor ${mib(row.floorLive)}`,
    )
  }
  const first = rows[0]
  goal(`validate ${first.size} configs, vs the synchronous floor`, first.ratio, 0.8, ratio)
  const last = rows.at(-1)
  goal(
    `validate ${last.size} configs, peak RSS over the floor's`,
    (last.cliRss - last.floorRss) / 1024,
    10,
    (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} MiB`,
  )
  if (rows.length > 1) {
    console.log(
      `  growth from ${first.size} to ${last.size} configs (${(last.size / first.size).toFixed(1)}x): ` +
        `peak RSS cli ${(last.cliRss / first.cliRss).toFixed(2)}x, floor ${(last.floorRss / first.floorRss).toFixed(2)}x; ` +
        `live heap cli ${(last.cliLive / first.cliLive).toFixed(2)}x, floor ${(last.floorLive / first.floorLive).toFixed(2)}x`,
    )
  }
}

// ── Cold start: the action on one config vs bare node ───────────────────────────────────────
function coldStart() {
  // What the start-up loads: @actions/core, the network stack (@actions/http-client, undici) and
  // @actions/github (Octokit) only in chunks loaded when the run makes a request, which validating
  // one config does not. Each is told by a text of its own code (a comment may name it).
  const bundled = (file, text) => readFileSync(path.join(dist, file), 'utf8').includes(text)
  const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f))
  const where = (text) =>
    bundled('index.js', text)
      ? 'loaded at start'
      : chunks.some((file) => bundled(file, text))
        ? 'in a chunk loaded on demand'
        : 'MISSING'
  console.log(
    `\ncold start: node dist/index.js (validate, one config) vs node -e 0 ` +
      `(@actions/core ${where('issueFileCommand')}, undici ${where('UND_ERR_CONNECT_TIMEOUT')}, @actions/github ${where('getOctokit')})`,
  )
  const one = path.join(work, 'one')
  generate(one, 1)
  const outputs = path.join(work, 'one-output')
  const env = {
    GITHUB_WORKSPACE: one,
    INPUT_MODE: 'validate',
    INPUT_CONFIGS: 'jobs/**/*.yaml',
    'INPUT_CHANGED-ONLY': 'false',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: path.join(work, 'one-summary'),
  }
  const starts = { action: [], bare: [], actionCpu: [], bareCpu: [] }
  for (let round = 0; round < Math.max(ROUNDS * 3, 15); round++) {
    writeFileSync(outputs, '')
    const run = measure([action], one, env)
    if (run.status !== 0) throw new Error(`action failed on one config: ${run.stdout}${run.stderr}`)
    starts.action.push(run.ms)
    starts.actionCpu.push(run.treeCpuMs)
    const bare = measure(['-e', '0'], one)
    starts.bare.push(bare.ms)
    starts.bareCpu.push(bare.treeCpuMs)
  }
  const actionMs = median(starts.action)
  const bareMs = median(starts.bare)
  console.log(
    `  action ${actionMs.toFixed(0)} ms, node -e 0 ${bareMs.toFixed(0)} ms: ${plusMs(actionMs - bareMs)} ` +
      `(CPU time ${median(starts.actionCpu)} vs ${median(starts.bareCpu)} ms)`,
  )
  goal('action start, validate 1 config, over node -e 0', actionMs - bareMs, 120, plusMs)
}

// ── HCL parser: V8's --liftoff-only, as src/terraform/hcl.ts sets it ────────────────────────
function hclParser() {
  console.log(
    '\nHCL parser (WebAssembly): start and parse one module, default V8 vs --liftoff-only',
  )
  const runs = { default: [], liftoff: [] }
  for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
    for (const [name, args] of [
      ['default', []],
      ['liftoff', ['--liftoff-only']],
    ]) {
      const run = spawnSync(process.execPath, [path.join(root, 'bench/hcl.mjs'), ...args], {
        encoding: 'utf8',
      })
      if (run.status !== 0) throw new Error(`bench/hcl.mjs failed: ${run.stderr}`)
      runs[name].push(JSON.parse(run.stdout))
    }
  }
  for (const [name, list] of Object.entries(runs)) {
    console.log(
      `  ${name.padEnd(8)} first parse ${median(list.map((r) => r.firstMs))} ms, ` +
        `CPU ${median(list.map((r) => r.cpuMs))} ms (background compilation included), peak RSS ${mib(median(list.map((r) => r.rssKiB)))}`,
    )
  }
}

// ── Terraform: the pipeline vs the hand-written loop ───────────────────────────────────────
// The loop a person would write for the same jobs: per sandbox job, a root calling the same
// bundled `local` module with the variables `dativo-infra tfvars` prints, then
// `terraform init && plan -out && apply && output -json` (plan mode: `init && plan -out`), one
// root after another or two at a time (`xargs -P 2`) as the pipeline's parallelism, with the
// same terraform binary and settings (TF_IN_AUTOMATION, no checkpoint). Rounds alternate the two.
const terraformOnPath = () =>
  spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim()
const AUTOMATION = { TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }
const sandboxSample = () =>
  readFileSync(path.join(root, 'examples/jobs/acme/local_orders_sandbox.yaml'), 'utf8')

/**
 * A repository of `count` sandbox jobs, fresh: the CLI keeps local state in .dativo/state at the
 * top of the repository, and none may be left from an earlier round.
 */
function sandboxWorkspace(dir, count) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'jobs'), { recursive: true })
  spawnSync('git', ['init', '-q', dir])
  const sample = sandboxSample()
  for (let i = 0; i < count; i++) {
    writeFileSync(
      path.join(dir, `jobs/job-${i}.yaml`),
      sample.replace('job_name: orders-sandbox', `job_name: sandbox-${i}`),
    )
  }
}

/** The hand-written loop's roots for the jobs of a workspace: root and variables, per job. */
function loopRoots(workspace, dir) {
  rmSync(dir, { recursive: true, force: true })
  const module = path.join(root, 'terraform/modules/local')
  const outputs = [
    ...readFileSync(path.join(module, 'outputs.tf'), 'utf8').matchAll(/^output "([^"]+)"/gm),
  ].map((match) => match[1])
  for (const file of readdirSync(path.join(workspace, 'jobs')).sort()) {
    const rootDir = path.join(dir, file.replace(/\.yaml$/, ''))
    mkdirSync(rootDir, { recursive: true })
    const tfvars = spawnSync(process.execPath, [cli, 'tfvars', `jobs/${file}`], {
      cwd: workspace,
      encoding: 'utf8',
    })
    if (tfvars.status !== 0) throw new Error(`dativo-infra tfvars failed: ${tfvars.stderr}`)
    writeFileSync(path.join(rootDir, 'job.tfvars.json'), tfvars.stdout)
    const names = Object.keys(JSON.parse(tfvars.stdout))
    const source = path.relative(rootDir, module).split(path.sep).join('/')
    writeFileSync(
      path.join(rootDir, 'main.tf'),
      [
        `module "dativo_runtime" {\n  source = "${source}"\n${names.map((n) => `  ${n} = var.${n}\n`).join('')}}\n`,
        ...names.map((n) => `variable "${n}" {}\n`),
        ...outputs.map((o) => `output "${o}" {\n  value = module.dativo_runtime.${o}\n}\n`),
      ].join('\n'),
    )
  }
}

const LOOP_STEPS = {
  apply: `terraform init -input=false
terraform plan -input=false -var-file=job.tfvars.json -out=tfplan
terraform apply -input=false tfplan
terraform output -json > outputs.json`,
  plan: `terraform init -input=false
terraform plan -input=false -var-file=job.tfvars.json -out=tfplan`,
  // The floor of each row: the Terraform commands the pipeline itself runs per job, without node:
  // the saved plan read as JSON before it is applied (the plan's checks, counts, masks and
  // fingerprint need it), and no output -json (the outputs are read from the local state file).
  'apply-floor': `terraform init -input=false
terraform plan -input=false -var-file=job.tfvars.json -out=tfplan
terraform show -json tfplan > plan.json
terraform apply -input=false tfplan`,
  'plan-floor': `terraform init -input=false
terraform plan -input=false -var-file=job.tfvars.json -out=tfplan
terraform show -json tfplan > plan.json`,
}

/** The loop's script: every root one after another, or two at a time. */
function loopScript(mode, parallelism) {
  const steps = LOOP_STEPS[mode]
  if (parallelism === 1) {
    return `set -e\nfor root in */; do\n  cd "$root"\n${steps.replace(/^/gm, '  ')}\n  cd ..\ndone\n`
  }
  return `ls -d */ | xargs -P ${parallelism} -I {} sh -ec 'cd "{}"\n${steps}'\n`
}

/** One run of the loop over fresh roots; `env` may put a timing shim on PATH. */
function runLoop(dir, { mode = 'apply', parallelism = 1, env = {} } = {}) {
  for (const entry of readdirSync(dir)) {
    for (const leftover of [
      '.terraform',
      '.terraform.lock.hcl',
      'terraform.tfstate',
      'tfplan',
      'plan.json',
    ])
      rmSync(path.join(dir, entry, leftover), { recursive: true, force: true })
  }
  const run = timed(() =>
    spawnSync('sh', ['-c', loopScript(mode, parallelism)], {
      cwd: dir,
      env: { ...process.env, ...AUTOMATION, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  )
  if (run.value.status !== 0) {
    throw new Error(`the loop failed: ${run.value.stdout}${run.value.stderr.slice(-2000)}`)
  }
  return run
}

/**
 * A tool cache (RUNNER_TOOL_CACHE) holding `binary` as the Terraform of its version, as a runner
 * has it after the first install: a pinned `terraform-version` is then found there without asking
 * the binary or the network. `binary` is the terraform on PATH, or the timing shim in front of it.
 */
function toolCache(name, binary, version) {
  const cache = path.join(work, name)
  const arch = { x64: 'amd64', ia32: '386' }[process.arch] ?? process.arch
  const folder = path.join(cache, 'terraform', version, arch)
  rmSync(cache, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  symlinkSync(binary, path.join(folder, 'terraform'))
  writeFileSync(`${folder}.complete`, '')
  return { RUNNER_TOOL_CACHE: cache }
}

/** runPipeline's options for the terraform on PATH (`real`) pinned by version in a tool cache. */
function pinnedTerraform(real) {
  const version = JSON.parse(
    spawnSync(real, ['version', '-json'], { encoding: 'utf8' }).stdout,
  ).terraform_version
  return { version, env: toolCache('tool-cache', real, version) }
}

/**
 * One run of `dativo-infra run` on a fresh copy of the workspace, checked. `version` is
 * `terraform-version`: the pinned version of the terraform on PATH, found in `env`'s tool cache,
 * or `system`, which asks the terraform on PATH for its version first.
 */
function runPipeline(dir, count, { mode = 'apply', parallelism = 1, env = {}, version } = {}) {
  sandboxWorkspace(dir, count)
  const args = ['--configs', 'jobs/*.yaml', '--terraform-version', version ?? 'system']
  const run = timed(() =>
    spawnSync(
      process.execPath,
      [cli, 'run', '--mode', mode, ...args, '--parallelism', String(parallelism)],
      { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    ),
  )
  const last = run.value.stdout.trimEnd().split('\n').at(-1)
  const verb = mode === 'apply' ? 'applied' : 'planned'
  const all = new RegExp(
    `^${count} configs? ${verb}: \\+${count} ~0 -0${mode === 'apply' ? `, ${count} resolved` : ''}$`,
  )
  if (run.value.status !== 0 || !all.test(last)) {
    throw new Error(
      `${mode} did not ${mode} every job: ${run.value.stdout.slice(-2000)}${run.value.stderr.slice(-2000)}`,
    )
  }
  return run
}

/** A PATH shim that logs each terraform command's name, start and end (ns) to BENCH_TF_LOG. */
function timingShim(real) {
  const shim = path.join(work, 'terraform-shim')
  mkdirSync(shim, { recursive: true })
  writeFileSync(
    path.join(shim, 'terraform'),
    `#!/bin/sh\nstart=$(date +%s%N)\n"${real}" "$@"\ncode=$?\necho "$1 $start $(date +%s%N)" >> "$BENCH_TF_LOG"\nexit $code\n`,
    { mode: 0o755 },
  )
  return shim
}

/** Per command name: how many ran and their summed time (ms), from a shim log. */
function commandTimes(log) {
  const times = {}
  for (const line of readFileSync(log, 'utf8').trim().split('\n').filter(Boolean)) {
    const [name, start, end] = line.split(' ')
    times[name] ??= { count: 0, ms: 0 }
    times[name].count++
    times[name].ms += Number(BigInt(end) - BigInt(start)) / 1e6
  }
  return times
}

const describeTimes = (times) =>
  Object.entries(times)
    .map(([name, t]) => `${name} ${t.count}x ${(t.ms / t.count).toFixed(0)} ms`)
    .join(', ')

/**
 * What node itself costs on this machine, beside the loop's shell: its start (`node -e 0`), and
 * starting a program (`/bin/true`) from a node process, the time spawn() holds its thread and to
 * the program's end, against the same from sh. The pipeline pays the start once and a program
 * start for each Terraform command (four per applied job); the loop pays neither.
 */
function nodeCosts() {
  const starts = []
  for (let i = 0; i < 15; i++) starts.push(timed(() => spawnSync(process.execPath, ['-e', '0'])).ms)
  const probe = `
    const { spawn } = require('node:child_process')
    const held = [], whole = []
    ;(async () => {
      for (let i = 0; i < 40; i++) {
        const start = process.hrtime.bigint()
        const child = spawn('/bin/true', [], { stdio: 'ignore', detached: true })
        held.push(Number(process.hrtime.bigint() - start) / 1e6)
        await new Promise((resolve) => child.on('exit', resolve))
        whole.push(Number(process.hrtime.bigint() - start) / 1e6)
      }
      const median = (v) => v.sort((a, b) => a - b)[v.length >> 1]
      console.log(JSON.stringify({ held: median(held), whole: median(whole) }))
    })()`
  const fromNode = JSON.parse(
    spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout,
  )
  const fromShell =
    timed(() =>
      spawnSync('sh', ['-c', 'i=0; while [ $i -lt 200 ]; do /bin/true; i=$((i+1)); done']),
    ).ms / 200
  console.log(
    `  node's own costs here (no goal): node -e 0 ${median(starts).toFixed(0)} ms; a program started ` +
      `and ended from node ${fromNode.whole.toFixed(1)} ms, ${fromNode.held.toFixed(1)} ms of it in spawn() ` +
      `on node's thread, from sh ${fromShell.toFixed(1)} ms`,
  )
}

/** Medians of wall and tree CPU time of a list of timed runs. */
const summary = (list) => ({
  ms: median(list.map((r) => r.ms)),
  cpu: median(list.map((r) => r.treeCpuMs)),
})

function noTerraform(names) {
  console.log('  skipped: no terraform on PATH')
  for (const name of names) goal(name, undefined, 0, undefined, 'no terraform on PATH')
}

const JOBS = 10
const GOALS = {
  p1: `apply, ${JOBS} sandbox jobs, parallelism 1, vs the loop one root at a time`,
  p2: `apply, ${JOBS} sandbox jobs, parallelism 2, vs the loop two roots at a time`,
  one: 'apply, 1 sandbox job, over the loop on one root',
  plan: `plan mode, ${JOBS} sandbox jobs, parallelism 2, vs init && plan -out two roots at a time`,
}

function apply() {
  console.log(
    `\napply: dativo-infra run --mode apply on ${JOBS} sandbox jobs vs the hand-written loop ` +
      '(init && plan -out && apply && output -json per root) at the same parallelism',
  )
  const real = terraformOnPath()
  if (!real) return noTerraform([GOALS.p1, GOALS.p2, GOALS.one])
  const workspace = path.join(work, 'apply')
  const single = path.join(work, 'apply-one')
  const roots = path.join(work, 'loop-roots')
  const singleRoots = path.join(work, 'loop-roots-one')
  sandboxWorkspace(workspace, JOBS)
  loopRoots(workspace, roots)
  sandboxWorkspace(single, 1)
  loopRoots(single, singleRoots)

  const runs = {
    loop: [],
    loopTwo: [],
    p1: [],
    p2: [],
    loopOne: [],
    one: [],
    oneSystem: [],
    floor: [],
    floorTwo: [],
    floorOne: [],
  }
  const pinned = pinnedTerraform(real)
  for (let round = 0; round < ROUNDS; round++) {
    runs.loop.push(runLoop(roots))
    runs.floor.push(runLoop(roots, { mode: 'apply-floor' }))
    runs.p1.push(runPipeline(workspace, JOBS, pinned))
    runs.loopTwo.push(runLoop(roots, { parallelism: 2 }))
    runs.floorTwo.push(runLoop(roots, { mode: 'apply-floor', parallelism: 2 }))
    runs.p2.push(runPipeline(workspace, JOBS, { ...pinned, parallelism: 2 }))
    runs.loopOne.push(runLoop(singleRoots))
    runs.floorOne.push(runLoop(singleRoots, { mode: 'apply-floor' }))
    runs.one.push(runPipeline(single, 1, pinned))
    runs.oneSystem.push(runPipeline(single, 1))
  }
  const [loop, loopTwo, p1, p2, loopOne, one] = [
    runs.loop,
    runs.loopTwo,
    runs.p1,
    runs.p2,
    runs.loopOne,
    runs.one,
  ].map(summary)
  const line = (name, ours, theirs) =>
    console.log(
      `  ${name}: ${ours.ms.toFixed(0)} ms vs the loop's ${theirs.ms.toFixed(0)} ms, ratio ${(ours.ms / theirs.ms).toFixed(2)} ` +
        `(CPU time ${ours.cpu.toFixed(0)} vs ${theirs.cpu.toFixed(0)} ms, ${(ours.cpu / theirs.cpu).toFixed(2)})`,
    )
  line('parallelism 1', p1, loop)
  line('parallelism 2', p2, loopTwo)
  line('one job', one, loopOne)
  const plus = (ours, theirs) =>
    `+${(ours.ms - theirs.ms).toFixed(0)} ms (CPU time +${(ours.cpu - theirs.cpu).toFixed(0)} ms)`
  console.log(
    `  one job with terraform-version system (no goal), which asks the terraform on PATH for its version first: ${plus(summary(runs.oneSystem), loopOne)} over the loop`,
  )
  console.log(
    `  floor of one job (no goal), Terraform alone running the pipeline's commands: ${plus(summary(runs.floorOne), loopOne)} over the loop`,
  )
  line(
    "floor of parallelism 1 (no goal): Terraform alone running the pipeline's commands (show -json before apply, no output -json)",
    summary(runs.floor),
    loop,
  )
  line(
    'floor of parallelism 2 (no goal), the same two roots at a time',
    summary(runs.floorTwo),
    loopTwo,
  )
  console.log(
    `  two at a time against one at a time: the loop ${(loopTwo.ms / loop.ms).toFixed(2)}, the pipeline ${(p2.ms / p1.ms).toFixed(2)}`,
  )
  nodeCosts()

  // Where the time goes: each command timed from inside, by a shim on PATH, in one more run of
  // each; the rest of the wall time is node (start-up, validation, the stage's own work).
  const shim = timingShim(real)
  const { version } = pinned
  const shimCache = toolCache('tool-cache-shim', path.join(shim, 'terraform'), version)
  const log = path.join(work, 'terraform-times')
  const timedCommands = (run) => {
    writeFileSync(log, '')
    const { ms } = run({ PATH: `${shim}:${process.env.PATH}`, BENCH_TF_LOG: log, ...shimCache })
    return { ms, times: commandTimes(log) }
  }
  for (const [name, run] of [
    [`loop, ${JOBS} roots`, (env) => runLoop(roots, { env })],
    ['parallelism 1', (env) => runPipeline(workspace, JOBS, { env, version })],
    ['loop, one root', (env) => runLoop(singleRoots, { env })],
    ['one job', (env) => runPipeline(single, 1, { env, version })],
  ]) {
    const { ms, times } = timedCommands(run)
    const terraformMs = Object.values(times).reduce((sum, t) => sum + t.ms, 0)
    console.log(
      `  ${name} (timed through a shell shim, which adds to each command): ${ms.toFixed(0)} ms, ` +
        `terraform ${terraformMs.toFixed(0)} ms (${describeTimes(times)}), the rest ${(ms - terraformMs).toFixed(0)} ms`,
    )
  }

  goal(GOALS.p1, p1.ms / loop.ms, 1.05, ratio)
  goal(GOALS.p2, p2.ms / loopTwo.ms, 1.0, ratio)
  goal(GOALS.one, one.ms - loopOne.ms, 250, plusMs)
}

function plan() {
  console.log(
    `\nplan mode: dativo-infra run --mode plan on ${JOBS} sandbox jobs vs the loop's init && plan -out, ` +
      'one root after another and two at a time',
  )
  const real = terraformOnPath()
  if (!real) return noTerraform([GOALS.plan])
  const pinned = pinnedTerraform(real)
  const workspace = path.join(work, 'plan')
  const roots = path.join(work, 'loop-roots-plan')
  sandboxWorkspace(workspace, JOBS)
  loopRoots(workspace, roots)
  const runs = { loop: [], ours: [], loopTwo: [], oursTwo: [], floorTwo: [] }
  for (let round = 0; round < ROUNDS; round++) {
    runs.loop.push(runLoop(roots, { mode: 'plan' }))
    runs.ours.push(runPipeline(workspace, JOBS, { ...pinned, mode: 'plan' }))
    runs.loopTwo.push(runLoop(roots, { mode: 'plan', parallelism: 2 }))
    runs.floorTwo.push(runLoop(roots, { mode: 'plan-floor', parallelism: 2 }))
    runs.oursTwo.push(runPipeline(workspace, JOBS, { ...pinned, mode: 'plan', parallelism: 2 }))
  }
  const [loop, ours, loopTwo, oursTwo] = [runs.loop, runs.ours, runs.loopTwo, runs.oursTwo].map(
    summary,
  )
  for (const [name, a, b] of [
    ['parallelism 1 (no goal)', ours, loop],
    ['parallelism 2', oursTwo, loopTwo],
    [
      "floor of parallelism 2 (no goal): Terraform alone running the pipeline's commands (init, plan -out, show -json)",
      summary(runs.floorTwo),
      loopTwo,
    ],
  ]) {
    console.log(
      `  ${name}: ${a.ms.toFixed(0)} ms vs the loop's ${b.ms.toFixed(0)} ms, ratio ${(a.ms / b.ms).toFixed(2)} ` +
        `(CPU time ${a.cpu.toFixed(0)} vs ${b.cpu.toFixed(0)} ms, ${(a.cpu / b.cpu).toFixed(2)})`,
    )
  }
  goal(GOALS.plan, oursTwo.ms / loopTwo.ms, 1.3, ratio)
}

// ── Peak memory of an apply run ────────────────────────────────────────────────────────────
// The node process's peak RSS (rss.mjs) applying 40 sandbox jobs with terraform-version system
// and the default parallelism; Terraform's own processes are not counted.
function applyMemory() {
  const count = 40
  console.log(
    `\npeak memory: dativo-infra run --mode apply on ${count} sandbox jobs, terraform-version system`,
  )
  const name = `peak memory, apply at ${count} jobs, terraform-version system`
  if (!terraformOnPath()) return noTerraform([name])
  const workspace = path.join(work, 'apply-memory')
  const runs = []
  for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
    sandboxWorkspace(workspace, count)
    const run = measure(
      [cli, 'run', '--mode', 'apply', '--configs', 'jobs/*.yaml', '--terraform-version', 'system'],
      workspace,
    )
    if (run.status !== 0) throw new Error(`apply failed: ${run.stdout}${run.stderr.slice(-2000)}`)
    runs.push(run)
  }
  const rss = median(runs.map((r) => r.rssKiB))
  console.log(
    `  ${mib(rss)} peak RSS (${median(runs.map((r) => r.ms)).toFixed(0)} ms; live heap at exit ${mib(median(runs.map((r) => r.liveKiB)))})`,
  )
  goal(name, rss / 1024, 100, (v) => `${v.toFixed(1)} MiB`)
}

// ── A fleet: many sandbox jobs in one run ──────────────────────────────────────────────────
// Each size once (they take minutes): the run must apply and resolve every job without an
// error and leave one state per job under .dativo/state. Time per job should not grow with the
// number of jobs, nor the node process's peak RSS.
function fleet() {
  const sizes = (process.env.BENCH_FLEET_SIZES ?? '1000').split(',').map(Number)
  console.log(
    `\nfleet: dativo-infra run --mode apply --parallelism 2 on ${sizes.join(', ')} sandbox jobs, state under .dativo/state`,
  )
  if (!terraformOnPath()) return noTerraform(['fleet'])
  const workspace = path.join(work, 'fleet')
  const rows = []
  for (const size of sizes) {
    sandboxWorkspace(workspace, size)
    const run = measure(
      [
        cli,
        'run',
        '--mode',
        'apply',
        '--configs',
        'jobs/*.yaml',
        '--terraform-version',
        'system',
        '--parallelism',
        '2',
      ],
      workspace,
    )
    const last = run.stdout.trimEnd().split('\n').at(-1)
    const states = readdirSync(path.join(workspace, '.dativo/state')).filter((name) =>
      existsSync(path.join(workspace, '.dativo/state', name, 'terraform.tfstate')),
    ).length
    const ok =
      run.status === 0 && last === `${size} configs applied: +${size} ~0 -0, ${size} resolved`
    if (!ok || states !== size) {
      throw new Error(
        `the fleet of ${size} did not apply cleanly (exit ${run.status}, ${states} states): ${last}\n${run.stderr.slice(-2000)}`,
      )
    }
    const row = { size, ms: run.ms, cpu: run.treeCpuMs, rss: run.rssKiB, live: run.liveKiB }
    rows.push(row)
    console.log(
      `  ${String(size).padStart(5)} jobs: ${(row.ms / 1000).toFixed(1)} s, ${(row.ms / size).toFixed(0)} ms per job ` +
        `(CPU time ${(row.cpu / size).toFixed(0)} ms per job); node's peak RSS ${mib(row.rss)}, live heap at exit ${mib(row.live)}; ${states} states`,
    )
  }
  if (rows.length > 1) {
    const [first, last] = [rows[0], rows.at(-1)]
    console.log(
      `  from ${first.size} to ${last.size} jobs: time per job ${(last.ms / last.size / (first.ms / first.size)).toFixed(2)}x, ` +
        `peak RSS ${(last.rss / first.rss).toFixed(2)}x`,
    )
  }
}

// BENCH_ONLY=apply,plan runs some sections alone (validation, coldstart, hcl, apply, plan,
// memory, fleet); fleet runs only when named.
const only = process.env.BENCH_ONLY?.split(',')
for (const [name, section] of [
  ['validation', validation],
  ['coldstart', coldStart],
  ['hcl', hclParser],
  ['apply', apply],
  ['plan', plan],
  ['memory', applyMemory],
  ['fleet', fleet],
]) {
  if (only ? only.includes(name) : name !== 'fleet') section()
}

if (goals.length > 0) console.log('\nGoals:')
for (const { name, measured, limit, format, pending } of goals) {
  if (pending) {
    console.log(`  …  ${name}: not measured (${pending})`)
    continue
  }
  const met = measured <= limit
  const by = met ? '' : `, missed by ${format(measured - limit).replace(/^\+/, '')}`
  console.log(
    `  ${met ? 'met' : 'MISSED'}  ${name}: ${format(measured)} (goal ≤ ${format(limit)}${by})`,
  )
}
