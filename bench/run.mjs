// npm run bench: the CLI against a hand-written floor on thousands of configs (time and peak
// memory, at two sizes to show memory does not grow with the count), and the action's cold start
// on one config against bare node. Ratios are measured in one run, on one machine.
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
const SIZES = (process.env.BENCH_SIZES ?? '2000,10000').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

if (!existsSync(cli) || !existsSync(action)) {
  console.error('dist/ is missing: run npm run bundle first')
  process.exit(1)
}

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
    : { rss: NaN, live: NaN }
  rmSync(rssFile, { force: true })
  return {
    ms,
    rssKiB: memory.rss,
    liveKiB: memory.live,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`

mkdirSync(work, { recursive: true })
console.log(`node ${process.version}, ${ROUNDS} rounds each, median shown\n`)
console.log('validate: dist/cli.js vs floor (read + yaml.parse + Ajv, no positions)')
const rows = []
for (const size of SIZES) {
  const dir = path.join(work, `configs-${size}`)
  generate(dir, size)
  const runs = { cli: [], floor: [] }
  for (let round = 0; round < ROUNDS; round++) {
    const ours = measure([cli, 'validate', 'jobs/**/*.yaml'], dir)
    if (ours.status !== 1 || !/ in \d+ of \d+ configs$/m.test(ours.stdout)) {
      throw new Error(
        `the CLI did not report the seeded mistakes (exit ${ours.status}): ${ours.stderr.slice(0, 500)}`,
      )
    }
    runs.cli.push(ours)
    const theirs = measure([floor, 'jobs/**/*.yaml'], dir)
    if (theirs.status !== 0) throw new Error(`floor failed: ${theirs.stderr.slice(0, 500)}`)
    runs.floor.push(theirs)
  }
  const cliMs = median(runs.cli.map((r) => r.ms))
  const floorMs = median(runs.floor.map((r) => r.ms))
  const row = {
    size,
    cliMs,
    floorMs,
    ratio: cliMs / floorMs,
    cliRss: median(runs.cli.map((r) => r.rssKiB)),
    floorRss: median(runs.floor.map((r) => r.rssKiB)),
    cliLive: median(runs.cli.map((r) => r.liveKiB)),
    floorLive: median(runs.floor.map((r) => r.liveKiB)),
  }
  rows.push(row)
  console.log(
    `  ${String(size).padStart(6)} configs: cli ${row.cliMs.toFixed(0)} ms, floor ${row.floorMs.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)} (goal ≤ 1.30); ` +
      `peak RSS cli ${mib(row.cliRss)}, floor ${mib(row.floorRss)}; live heap at exit cli ${mib(row.cliLive)}, floor ${mib(row.floorLive)}`,
  )
}
if (rows.length > 1) {
  const first = rows[0]
  const last = rows.at(-1)
  console.log(
    `  growth from ${first.size} to ${last.size} configs (${(last.size / first.size).toFixed(0)}x): ` +
      `peak RSS cli ${(last.cliRss / first.cliRss).toFixed(2)}x, floor ${(last.floorRss / first.floorRss).toFixed(2)}x; ` +
      `live heap cli ${(last.cliLive / first.cliLive).toFixed(2)}x, floor ${(last.floorLive / first.floorLive).toFixed(2)}x`,
  )
}

// What the start-up loads: @actions/core in dist/index.js itself, @actions/github (Octokit) only in
// a chunk loaded when the run calls GitHub's API, which validating one config does not.
const bundled = (file, text) => readFileSync(path.join(root, 'dist', file), 'utf8').includes(text)
const chunks = readdirSync(path.join(root, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f))
const startsWith = {
  '@actions/core': bundled('index.js', 'issueFileCommand'),
  '@actions/github': bundled('index.js', 'getOctokit'),
}
const onDemand = chunks.some((file) => bundled(file, 'getOctokit'))
console.log(
  `\ncold start: node dist/index.js on one config vs bare node -e "" ` +
    `(@actions/core ${startsWith['@actions/core'] ? 'loaded at start' : 'MISSING'}, ` +
    `@actions/github ${startsWith['@actions/github'] ? 'loaded at start' : onDemand ? 'in a chunk loaded on demand' : 'MISSING'})`,
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
for (let round = 0; round < Math.max(ROUNDS * 5, 15); round++) {
  writeFileSync(outputs, '')
  const run = measure([action], one, env)
  if (run.status !== 0) throw new Error(`action failed on one config: ${run.stdout}${run.stderr}`)
  starts.action.push(run.ms)
  starts.bare.push(measure(['-e', ''], one).ms)
}
const actionMs = median(starts.action)
const bareMs = median(starts.bare)
console.log(
  `  action ${actionMs.toFixed(0)} ms, bare node ${bareMs.toFixed(0)} ms: +${(actionMs - bareMs).toFixed(0)} ms (goal ≤ +250 ms)`,
)

console.log('\napply: the pipeline on local sandbox jobs vs the terraform commands it ran')
const real = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim()
if (!real) {
  console.log('  skipped: no terraform on PATH')
} else {
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
  for (let round = 0; round < ROUNDS; round++) {
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
}
