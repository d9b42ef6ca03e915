// npm run bench: each speed goal of the project measured as a ratio (or a difference) in one run,
// on one machine, against a baseline run alternately with it; medians of BENCH_ROUNDS rounds.
// The closing note lists every goal, met or missed and by how much.
//
//   validation   dist/cli.js validate on 3,000 configs vs the synchronous floor (floor.mjs)
//   cold start   dist/index.js on one config vs bare node
//   HCL parser   start-up with and without V8's --liftoff-only (figures, no goal)
//   apply        the pipeline on 10 sandbox jobs (parallelism 1 and 2) and on one, vs a
//                hand-written terraform loop over the same module, and where the time goes
//   memory       peak RSS of validation, and how it grows with the number of configs; of an
//                apply run at 40 jobs
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = path.join(root, 'bench/.work')
const rssPreload = path.join(root, 'bench/rss.mjs')
const cli = path.join(root, 'dist/cli.js')
const action = path.join(root, 'dist/index.js')
const floor = path.join(root, 'bench/floor.mjs')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
/** The first size is the validation goal's; a larger one shows how memory grows. */
const SIZES = (process.env.BENCH_SIZES ?? '3000,10000').split(',').map(Number)

if (!existsSync(cli) || !existsSync(action)) {
  console.error('dist/ is missing: run npm run bundle first')
  process.exit(1)
}

/** One process, timed from outside, with its peak RSS and live heap written by rss.mjs. */
function measure(args, cwd, env = {}) {
  const rssFile = path.join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', rssPreload, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const memory = existsSync(rssFile)
    ? JSON.parse(readFileSync(rssFile, 'utf8'))
    : { rss: NaN, live: NaN, cpu: NaN }
  rmSync(rssFile, { force: true })
  return {
    ms,
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

/** Every goal, for the closing note: measured against its limit, or not measured yet. */
const goals = []
function goal(name, measured, limit, format, pending) {
  goals.push({ name, measured, limit, format, pending })
}

mkdirSync(work, { recursive: true })
console.log(`node ${process.version}, ${ROUNDS} rounds each, medians shown\n`)

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
        `peak RSS cli ${mib(row.cliRss)}, floor ${mib(row.floorRss)}; live heap at exit cli ${mib(row.cliLive)}, floor ${mib(row.floorLive)}`,
    )
  }
  const first = rows[0]
  goal(
    `validation, ${first.size} configs, vs the synchronous floor`,
    first.ratio,
    1.0,
    (v) => `${v.toFixed(2)}x`,
  )
  if (rows.length > 1) {
    const last = rows.at(-1)
    console.log(
      `  growth from ${first.size} to ${last.size} configs (${(last.size / first.size).toFixed(1)}x): ` +
        `peak RSS cli ${(last.cliRss / first.cliRss).toFixed(2)}x, floor ${(last.floorRss / first.floorRss).toFixed(2)}x; ` +
        `live heap cli ${(last.cliLive / first.cliLive).toFixed(2)}x, floor ${(last.floorLive / first.floorLive).toFixed(2)}x`,
    )
  }
}

// ── Cold start: the action on one config vs bare node ───────────────────────────────────────
function coldStart() {
  // What the start-up loads: @actions/core in dist/index.js itself, @actions/github (Octokit) only
  // in a chunk loaded when the run calls GitHub's API, which validating one config does not.
  const bundled = (file, text) => readFileSync(path.join(root, 'dist', file), 'utf8').includes(text)
  const chunks = readdirSync(path.join(root, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f))
  const core = bundled('index.js', 'issueFileCommand') ? 'loaded at start' : 'MISSING'
  const github = bundled('index.js', 'getOctokit')
    ? 'loaded at start'
    : chunks.some((file) => bundled(file, 'getOctokit'))
      ? 'in a chunk loaded on demand'
      : 'MISSING'
  console.log(
    `\ncold start: node dist/index.js (validate, one config) vs bare node -e "" ` +
      `(@actions/core ${core}, @actions/github ${github})`,
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
  const starts = { action: [], bare: [] }
  for (let round = 0; round < Math.max(ROUNDS * 3, 15); round++) {
    writeFileSync(outputs, '')
    const run = measure([action], one, env)
    if (run.status !== 0) throw new Error(`action failed on one config: ${run.stdout}${run.stderr}`)
    starts.action.push(run.ms)
    starts.bare.push(measure(['-e', ''], one).ms)
  }
  const actionMs = median(starts.action)
  const bareMs = median(starts.bare)
  console.log(
    `  action ${actionMs.toFixed(0)} ms, bare node ${bareMs.toFixed(0)} ms: +${(actionMs - bareMs).toFixed(0)} ms`,
  )
  goal(
    'cold start, dist/index.js on one config, over bare node',
    actionMs - bareMs,
    250,
    (v) => `+${v.toFixed(0)} ms`,
  )
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

// ── Apply ──────────────────────────────────────────────────────────────────────────────────
// The pipeline against the loop a person would write for the same jobs: per sandbox job, a root
// calling the same bundled `local` module with the variables `dativo-infra tfvars` prints, then
// `terraform init && plan -out && apply && output -json`, one root after another, with the same
// terraform binary and settings (TF_IN_AUTOMATION, no checkpoint). Rounds alternate the two.
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

const LOOP = `set -e
for root in */; do
  cd "$root"
  terraform init -input=false
  terraform plan -input=false -var-file=job.tfvars.json -out=tfplan
  terraform apply -input=false tfplan
  terraform output -json > outputs.json
  cd ..
done
`

// The same commands two roots at a time (no goal): how far two cores take Terraform itself.
const LOOP_TWO_AT_A_TIME = `ls -d */ | xargs -P 2 -I {} sh -ec 'cd "{}"
terraform init -input=false
terraform plan -input=false -var-file=job.tfvars.json -out=tfplan
terraform apply -input=false tfplan
terraform output -json > outputs.json'
`

/** One timed run of the loop over fresh roots; `env` may put a timing shim on PATH. */
function runLoop(dir, env = {}, script = LOOP) {
  for (const entry of readdirSync(dir)) {
    for (const leftover of ['.terraform', '.terraform.lock.hcl', 'terraform.tfstate', 'tfplan'])
      rmSync(path.join(dir, entry, leftover), { recursive: true, force: true })
  }
  const started = process.hrtime.bigint()
  const run = spawnSync('sh', ['-c', script], {
    cwd: dir,
    env: { ...process.env, ...AUTOMATION, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0) throw new Error(`the loop failed: ${run.stdout}${run.stderr.slice(-2000)}`)
  return ms
}

/** One timed run of `dativo-infra run --mode apply` on a fresh copy of the workspace. */
function runPipeline(dir, count, parallelism, env = {}) {
  sandboxWorkspace(dir, count)
  const args = ['--configs', 'jobs/*.yaml', '--terraform-version', 'system']
  const started = process.hrtime.bigint()
  const run = spawnSync(
    process.execPath,
    [cli, 'run', '--mode', 'apply', ...args, '--parallelism', String(parallelism)],
    { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const last = run.stdout.trimEnd().split('\n').at(-1)
  const all = new RegExp(`^${count} configs? applied: \\+${count} ~0 -0, ${count} resolved$`)
  if (run.status !== 0 || !all.test(last)) {
    throw new Error(
      `apply did not apply and resolve every job: ${run.stdout}${run.stderr.slice(-2000)}`,
    )
  }
  return ms
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

function apply() {
  const JOBS = 10
  console.log(
    `\napply: dativo-infra run --mode apply on ${JOBS} sandbox jobs vs the hand-written loop ` +
      '(init && plan -out && apply && output -json per root, one after another)',
  )
  const real = terraformOnPath()
  if (!real) {
    console.log('  skipped: no terraform on PATH')
    for (const name of ['parallelism 1', 'parallelism 2', 'one job'])
      goal(
        `apply, ${name}, vs the hand-written loop`,
        undefined,
        0,
        undefined,
        'no terraform on PATH',
      )
    return
  }
  const workspace = path.join(work, 'apply')
  const single = path.join(work, 'apply-one')
  const roots = path.join(work, 'loop-roots')
  const singleRoots = path.join(work, 'loop-roots-one')
  sandboxWorkspace(workspace, JOBS)
  loopRoots(workspace, roots)
  sandboxWorkspace(single, 1)
  loopRoots(single, singleRoots)

  const runs = { loop: [], loopTwo: [], p1: [], p2: [], loopOne: [], one: [] }
  for (let round = 0; round < ROUNDS; round++) {
    runs.loop.push(runLoop(roots))
    runs.loopTwo.push(runLoop(roots, {}, LOOP_TWO_AT_A_TIME))
    runs.p1.push(runPipeline(workspace, JOBS, 1))
    runs.p2.push(runPipeline(workspace, JOBS, 2))
    runs.loopOne.push(runLoop(singleRoots))
    runs.one.push(runPipeline(single, 1, 1))
  }
  const loop = median(runs.loop)
  const loopOne = median(runs.loopOne)
  const p1 = median(runs.p1)
  const p2 = median(runs.p2)
  const one = median(runs.one)
  console.log(`  loop, ${JOBS} roots: ${loop.toFixed(0)} ms; one root: ${loopOne.toFixed(0)} ms`)
  const loopTwo = median(runs.loopTwo)
  console.log(
    `  the loop two roots at a time (xargs -P 2, no goal): ${loopTwo.toFixed(0)} ms, ratio ${(loopTwo / loop).toFixed(2)}`,
  )
  console.log(`  parallelism 1: ${p1.toFixed(0)} ms, ratio ${(p1 / loop).toFixed(2)}`)
  console.log(`  parallelism 2: ${p2.toFixed(0)} ms, ratio ${(p2 / loop).toFixed(2)}`)
  console.log(`  one job: ${one.toFixed(0)} ms, ratio ${(one / loopOne).toFixed(2)}`)

  // Where the time goes: each command timed from inside, by a shim on PATH, in one more run of
  // each; the rest of the wall time is node (start-up, validation, the stage's own work).
  const shim = timingShim(real)
  const log = path.join(work, 'terraform-times')
  const timed = (run) => {
    writeFileSync(log, '')
    const ms = run({ PATH: `${shim}:${process.env.PATH}`, BENCH_TF_LOG: log })
    return { ms, times: commandTimes(log) }
  }
  const bare = median(Array.from({ length: 5 }, () => measure(['-e', ''], work).ms))
  for (const [name, run] of [
    ['loop, 10 roots', (env) => runLoop(roots, env)],
    ['parallelism 1', (env) => runPipeline(workspace, JOBS, 1, env)],
    ['loop, one root', (env) => runLoop(singleRoots, env)],
    ['one job', (env) => runPipeline(single, 1, 1, env)],
  ]) {
    const { ms, times } = timed(run)
    const terraformMs = Object.values(times).reduce((sum, t) => sum + t.ms, 0)
    console.log(
      `  ${name} (timed through a shell shim, which adds to each command): ${ms.toFixed(0)} ms, ` +
        `terraform ${terraformMs.toFixed(0)} ms (${describeTimes(times)}), the rest ${(ms - terraformMs).toFixed(0)} ms`,
    )
  }
  console.log(`  bare node start: ${bare.toFixed(0)} ms`)

  const ratio = (v) => `${v.toFixed(2)}x`
  goal(
    `apply, ${JOBS} sandbox jobs, parallelism 1, vs the hand-written loop`,
    p1 / loop,
    1.2,
    ratio,
  )
  goal(
    `apply, ${JOBS} sandbox jobs, parallelism 2, vs the hand-written loop`,
    p2 / loop,
    0.8,
    ratio,
  )
  goal('apply, one job, vs the hand-written loop', one / loopOne, 2.0, ratio)
}

// ── Peak memory of an apply run ────────────────────────────────────────────────────────────
// The node process's peak RSS (rss.mjs) applying 40 sandbox jobs with terraform-version system
// and the default parallelism; Terraform's own processes are not counted.
function applyMemory() {
  const JOBS = 40
  console.log(
    `\npeak memory: dativo-infra run --mode apply on ${JOBS} sandbox jobs, terraform-version system`,
  )
  if (!terraformOnPath()) {
    console.log('  skipped: no terraform on PATH')
    goal(`peak memory, apply at ${JOBS} jobs`, undefined, 100, undefined, 'no terraform on PATH')
    return
  }
  const workspace = path.join(work, 'apply-memory')
  const runs = []
  for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
    sandboxWorkspace(workspace, JOBS)
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
  goal(
    `peak memory, apply at ${JOBS} jobs, terraform-version system`,
    rss / 1024,
    100,
    (v) => `${v.toFixed(1)} MiB`,
  )
}

// BENCH_ONLY=apply,memory runs some sections alone (validation, coldstart, hcl, apply, memory).
const only = process.env.BENCH_ONLY?.split(',')
for (const [name, section] of [
  ['validation', validation],
  ['coldstart', coldStart],
  ['hcl', hclParser],
  ['apply', apply],
  ['memory', applyMemory],
]) {
  if (!only || only.includes(name)) section()
}

console.log('\nGoals:')
for (const { name, measured, limit, format, pending } of goals) {
  if (pending) {
    console.log(`  …  ${name}: not measured yet (${pending}); goal ${limit}`)
    continue
  }
  const met = measured <= limit
  const by = met ? '' : `, missed by ${format(measured - limit).replace(/^\+/, '')}`
  console.log(
    `  ${met ? 'met' : 'MISSED'}  ${name}: ${format(measured)} (goal ≤ ${format(limit)}${by})`,
  )
}
