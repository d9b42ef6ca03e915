// npm run bench: each speed goal of the project measured as a ratio (or a difference) in one run,
// on one machine, against a baseline run alternately with it; medians of BENCH_ROUNDS rounds.
// The closing note lists every goal, met or missed and by how much.
//
//   validation   dist/cli.js validate on 3,000 configs vs the synchronous floor (floor.mjs)
//   cold start   dist/index.js on one config vs bare node
//   HCL parser   start-up with and without V8's --liftoff-only (figures, no goal)
//   apply        the pipeline on sandbox jobs vs the terraform commands it ran
//   memory       peak RSS of validation, and how it grows with the number of configs
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
// The goals (the pipeline vs a hand-written `init && plan -out && apply && output -json` loop,
// 10 sandbox jobs: ≤ 1.2x at parallelism 1, ≤ 0.8x at parallelism 2, one job ≤ 2x) are measured
// here once the Terraform stage runs fewer commands per job; until then this section shows the
// pipeline's overhead over the terraform commands it ran.
function apply() {
  console.log('\napply: the pipeline on local sandbox jobs vs the terraform commands it ran')
  const real = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim()
  if (!real) {
    console.log('  skipped: no terraform on PATH')
    return
  }
  const jobs = Number(process.env.BENCH_APPLY_JOBS ?? 3)
  const shim = path.join(work, 'terraform-shim')
  mkdirSync(shim, { recursive: true })
  // Times each terraform command from the inside of the process the pipeline spawns.
  writeFileSync(
    path.join(shim, 'terraform'),
    `#!/bin/sh\nstart=$(date +%s%N)\n"${real}" "$@"\ncode=$?\nend=$(date +%s%N)\necho "$1 $((end - start))" >> "$BENCH_TF_LOG"\nexit $code\n`,
    { mode: 0o755 },
  )
  const sample = readFileSync(
    path.join(root, 'examples/jobs/acme/local_orders_sandbox.yaml'),
    'utf8',
  )
  const rounds = []
  for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
    const dir = path.join(work, 'apply')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(path.join(dir, 'jobs'), { recursive: true })
    for (let i = 0; i < jobs; i++) {
      writeFileSync(
        path.join(dir, `jobs/job-${i}.yaml`),
        sample.replace('job_name: orders-sandbox', `job_name: sandbox-${i}`),
      )
    }
    const log = path.join(work, 'terraform-times')
    writeFileSync(log, '')
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
        '1',
      ],
      dir,
      { PATH: `${shim}:${process.env.PATH}`, BENCH_TF_LOG: log },
    )
    if (run.status !== 0) throw new Error(`apply failed: ${run.stdout}${run.stderr.slice(-2000)}`)
    const commands = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean)
    const terraformMs = commands.reduce((sum, line) => sum + Number(line.split(' ')[1]) / 1e6, 0)
    rounds.push({ wall: run.ms, terraformMs, commands: commands.length })
  }
  const wall = median(rounds.map((r) => r.wall))
  const terraformMs = median(rounds.map((r) => r.terraformMs))
  console.log(
    `  ${jobs} jobs, parallelism 1, ${rounds[0].commands} terraform commands: pipeline ${wall.toFixed(0)} ms, ` +
      `terraform ${terraformMs.toFixed(0)} ms, overhead ${(wall - terraformMs).toFixed(0)} ms ` +
      `(${((wall / terraformMs - 1) * 100).toFixed(1)}%, ${((wall - terraformMs) / jobs).toFixed(0)} ms a job)`,
  )
  goal(
    'apply, 10 sandbox jobs, parallelism 1, vs the hand-written loop',
    undefined,
    1.2,
    undefined,
    'comes with the Terraform stage rewrite',
  )
  goal(
    'apply, 10 sandbox jobs, parallelism 2, vs the hand-written loop',
    undefined,
    0.8,
    undefined,
    'comes with the Terraform stage rewrite',
  )
  goal(
    'apply, one job, vs the hand-written loop',
    undefined,
    2.0,
    undefined,
    'comes with the Terraform stage rewrite',
  )
}

// ── Peak memory of an apply run ────────────────────────────────────────────────────────────
// The goal (≤ 100 MiB with terraform-version: system at 40 jobs) is measured here with the
// Terraform stage rewrite, from the same rss.mjs figures as above.
function applyMemory() {
  goal(
    'peak memory, apply at 40 jobs, terraform-version system',
    undefined,
    100,
    undefined,
    'comes with the Terraform stage rewrite',
  )
}

validation()
coldStart()
hclParser()
apply()
applyMemory()

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
