// The sizes and settings each cloud accepts for a job's container, checked with the limits the
// clouds document, so a job they would refuse fails in the pull request rather than at apply.
import type { AddFinding, SourceRange } from '../findings.js'
import { PROVIDER_RUNTIME } from '../tags/naming.js'
import { isRecord } from '../util/data.js'
import type { ConfigDocument } from './document.js'
import { dataAt, valueRange } from './positions.js'

type Add = AddFinding
type At = (key: string) => SourceRange

export function checkRuntimeLimits(config: ConfigDocument, add: Add): void {
  const infrastructure = dataAt(config.data, ['infrastructure'])
  if (!isRecord(infrastructure) || !isRecord(infrastructure.runtime)) return
  const runtime = infrastructure.runtime
  const provider = infrastructure.provider
  if (typeof provider !== 'string' || PROVIDER_RUNTIME[provider] !== runtime.type) return
  const at: At = (key) => valueRange(config, ['infrastructure', 'runtime', key])
  if (runtime.type === 'azure_container_apps') checkContainerApps(runtime, at, add)
  if (runtime.type === 'gcp_cloud_run') checkCloudRun(runtime, at, add)
  if (runtime.type === 'aws_fargate') checkFargate(runtime, at, add)
  if (
    runtime.timeout !== undefined &&
    runtime.type !== 'gcp_cloud_run' &&
    runtime.type !== 'aws_fargate'
  ) {
    add(
      'error',
      'runtime',
      `timeout is a setting of the gcp_cloud_run and aws_fargate runtimes; the ${String(runtime.type)} module has none`,
      at('timeout'),
    )
  }
}

/** A number written as a YAML number or a string such as "1.0". */
function decimal(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^[0-9]+(\.[0-9]+)?$/.test(value)) return Number(value)
  return undefined
}

function written(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value)
}

/**
 * Container Apps on the consumption plan: 0.25 to 4 cores in steps of 0.25, and exactly twice
 * as many Gi of memory (the module's defaults: 0.5 cores, "1Gi").
 */
function checkContainerApps(runtime: Record<string, unknown>, at: At, add: Add): void {
  const cpu = runtime.cpu === undefined ? 0.5 : decimal(runtime.cpu)
  if (cpu === undefined || cpu < 0.25 || cpu > 4 || !Number.isInteger(cpu * 4)) {
    add(
      'error',
      'runtime',
      `cpu ${written(runtime.cpu)} is not offered by Azure Container Apps: 0.25 to 4 cores in steps of 0.25, e.g. "0.5" or "1.0"`,
      at('cpu'),
    )
    return
  }
  const memory = runtime.memory === undefined ? '1Gi' : runtime.memory
  const gi = typeof memory === 'string' ? /^([0-9]+(?:\.[0-9]+)?)Gi$/.exec(memory) : null
  if (!gi) {
    add(
      'error',
      'runtime',
      `memory ${written(memory)} is not a Container Apps memory size: write it in Gi, e.g. "${cpu * 2}Gi"`,
      at('memory'),
    )
    return
  }
  if (Number(gi[1]) !== cpu * 2) {
    const fix = `cpu ${cpu} takes memory "${cpu * 2}Gi" on Azure Container Apps, which gives a replica twice its cores in Gi`
    add(
      'error',
      'runtime',
      runtime.memory === undefined
        ? `${fix} (memory defaults to "1Gi"): set memory`
        : `memory ${written(memory)} does not go with cpu ${cpu}: ${fix}`,
      at(runtime.memory === undefined ? 'cpu' : 'memory'),
    )
  }
}

/** Cloud Run CPUs the module can use, and the memory (MiB) each allows. */
const CLOUD_RUN_MEMORY: Readonly<Record<number, [number, number]>> = {
  1: [512, 4096],
  2: [512, 8192],
  4: [2048, 16384],
  6: [4096, 24576],
  8: [4096, 32768],
}

/** Cloud Run jobs may run a task for at most 168 hours. */
const CLOUD_RUN_MAX_TIMEOUT_SECONDS = 7 * 24 * 3600

/** Cloud Run: 1, 2, 4, 6 or 8 CPUs, each with its memory range; a job's task timeout. */
function checkCloudRun(runtime: Record<string, unknown>, at: At, add: Add): void {
  const cpuText = runtime.cpu === undefined ? '1' : runtime.cpu
  const millis = typeof cpuText === 'string' ? /^([0-9]+)m$/.exec(cpuText) : null
  const cpu = millis ? Number(millis[1]) / 1000 : decimal(cpuText)
  const range = cpu === undefined ? undefined : CLOUD_RUN_MEMORY[cpu]
  if (!range) {
    add(
      'error',
      'runtime',
      `cpu ${written(runtime.cpu)} is not offered by Cloud Run to the gcp_cloud_run module: use 1, 2, 4, 6 or 8 (less than one CPU needs request-based billing and concurrency 1, which the module does not set)`,
      at('cpu'),
    )
  } else {
    const memory = runtime.memory === undefined ? '2Gi' : runtime.memory
    const size = typeof memory === 'string' ? /^([0-9]+)(Mi|Gi)$/.exec(memory) : null
    if (!size) {
      add(
        'error',
        'runtime',
        `memory ${written(memory)} is not a Cloud Run memory limit: write it in Mi or Gi, e.g. "2Gi"`,
        at('memory'),
      )
    } else {
      const mib = Number(size[1]) * (size[2] === 'Gi' ? 1024 : 1)
      const [least, most] = range
      if (mib < least || mib > most) {
        add(
          'error',
          'runtime',
          `memory ${written(memory)} does not go with cpu ${cpu} on Cloud Run: ${cpu} CPU${cpu === 1 ? '' : 's'} take ${mebibytes(least)} to ${mebibytes(most)}`,
          at(runtime.memory === undefined ? 'cpu' : 'memory'),
        )
      }
    }
  }
  if (typeof runtime.timeout === 'string') {
    if (runtime.workload === 'service') {
      add(
        'error',
        'runtime',
        'timeout limits a batch job\'s task; a service has none: remove it or use workload "batch"',
        at('timeout'),
      )
      return
    }
    const seconds = Number(runtime.timeout.slice(0, -1))
    if (!(seconds > 0) || seconds > CLOUD_RUN_MAX_TIMEOUT_SECONDS) {
      add(
        'error',
        'runtime',
        `timeout '${runtime.timeout}' is not one Cloud Run jobs accept: more than 0s and at most ${CLOUD_RUN_MAX_TIMEOUT_SECONDS}s (168 hours)`,
        at('timeout'),
      )
    }
  }
}

function mebibytes(mib: number): string {
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`
}

/**
 * An ECS service scales on CPU: with no task running there is no CPU to scale out on. A batch
 * run's timeout is Step Functions' TimeoutSeconds: whole seconds, as long as Cloud Run's.
 */
function checkFargate(runtime: Record<string, unknown>, at: At, add: Add): void {
  if (runtime.workload === 'service' && runtime.min_replicas === 0) {
    add(
      'error',
      'runtime',
      'An ECS service with min_replicas 0 can never scale out from zero: it scales on CPU, and with no task running there is none to measure; set min_replicas to 1 or more',
      at('min_replicas'),
    )
  }
  if (typeof runtime.timeout !== 'string') return
  if (runtime.workload === 'service') {
    add(
      'error',
      'runtime',
      'timeout limits a batch run; a service has none: remove it or use workload "batch"',
      at('timeout'),
    )
    return
  }
  const seconds = Number(runtime.timeout.slice(0, -1))
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > CLOUD_RUN_MAX_TIMEOUT_SECONDS) {
    add(
      'error',
      'runtime',
      `timeout '${runtime.timeout}' is not one the aws_fargate module takes: whole seconds from 1s to ${CLOUD_RUN_MAX_TIMEOUT_SECONDS}s (168 hours)`,
      at('timeout'),
    )
  }
}
