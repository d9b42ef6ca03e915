// moto (`moto_server`), an AWS API emulator, on 127.0.0.1 for the tests that apply AWS jobs with
// the real AWS provider from the offline mirror: one server per test file, on a free port. A
// machine without moto fails these tests (never skips them): .ci/run makes sure it is there.
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { notInUnitSet } from './terraform.js'
import { processOutput } from './process.js'

export const MOTO_REGION = 'us-east-1'
/** The account moto answers every call with. */
export const MOTO_ACCOUNT = '123456789012'

export interface Moto {
  /** http://127.0.0.1:<port> */
  url: string
  /** What a terraform (or any AWS SDK) process needs to talk to this emulator only. */
  env: Record<string, string>
  /** A bucket for state (path-style, as the S3 backend is told to use). */
  createBucket(name: string): Promise<void>
  /** `-backend-config` lines of an S3 backend on this emulator, with its lock file. */
  s3Backend(bucket: string, key: string): string[]
  /**
   * One AWS API call through boto3 (moto's own dependency, in the emulator's interpreter), its
   * answer as JSON; a refused call throws `boto3 <service>.<method> failed: <boto3's message>`.
   */
  call(
    service: string,
    method: string,
    params?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>
  /** An S3 object's text (e.g. a Terraform state), or undefined when there is none. */
  readObject(bucket: string, key: string): Promise<string | undefined>
  /** Many calls, one after the other; answers in order. */
  callMany(calls: BotoCall[]): Promise<Record<string, unknown>[]>
  /**
   * One call of a JSON-protocol API over HTTP, without a process (for polling): `service` as it
   * signs (ecs, states), `target` as the X-Amz-Target header names it
   * (AWSStepFunctions.DescribeExecution), parameters as the API names them.
   */
  json(
    service: string,
    target: string,
    params?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>
  /** The default VPC moto makes in every region, and its subnets. */
  defaultNetwork(): Promise<{ vpcId: string; subnetIds: string[] }>
  /**
   * How moto moves a model through its states, e.g. ECS tasks ('ecs::task'): `{ progression:
   * 'immediate' }` (moto's default: a task stops when first described) or `{ progression:
   * 'manual', times: n }` (a step every n descriptions: a large n keeps tasks running).
   */
  setTransition(model: string, transition: Record<string, unknown>): Promise<void>
  /** Forgets every resource (moto's reset), for a test that wants a clean account. */
  reset(): Promise<void>
  stop(): Promise<void>
}

export interface BotoCall {
  service: string
  method: string
  params?: Record<string, unknown>
}

export interface MotoOptions {
  /** Run the state machines that executions start (moto-step-functions.py), as AWS does. */
  stepFunctions?: boolean
}

const MOTO_SERVER = fileURLToPath(new URL('./moto-server.py', import.meta.url))

export async function startMoto(options: MotoOptions = {}): Promise<Moto> {
  notInUnitSet('moto')
  const which = spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' })
  if (which.status !== 0) {
    throw new Error(
      "moto_server is not on PATH: these tests apply AWS jobs against it. Install it with pip install 'moto[server]'.",
    )
  }
  const [port, python] = await Promise.all([freePort(), pythonInterpreter()])
  const url = `http://127.0.0.1:${port}`
  // moto_server, with Step Functions as the AWS provider and the modules meet it; its
  // interpreter calls the emulator's other services back on localhost:MOTO_PORT, and answers
  // the tests' boto3 calls on the address it writes to stderr, with no AWS settings of this
  // machine's (a profile, an endpoint) in its way.
  const withoutAws = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  )
  const child = spawn(python, [MOTO_SERVER, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...withoutAws, MOTO_PORT: String(port), MOTO_REGION },
  })
  let log = ''
  let botoUrl: string | undefined
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8')
    botoUrl ??= /^boto3 calls on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(log)?.[1]
    log = log.slice(-4000)
  })
  await waitUntilUp(
    url,
    child,
    () => log,
    () => botoUrl !== undefined,
  )
  const motoApi = async (path: string, body: unknown) => {
    const response = await fetch(`${url}/moto-api/${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`moto: ${path} answered ${response.status}`)
  }
  if (options.stepFunctions) {
    await motoApi('config', { stepfunctions: { execute_state_machine: true } })
  }

  const env: Record<string, string> = {
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: MOTO_REGION,
    AWS_DEFAULT_REGION: MOTO_REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
  }
  const call = (service: string, method: string, params: Record<string, unknown> = {}) =>
    botoCall(botoUrl!, service, method, params)
  return {
    url,
    env,
    async createBucket(name) {
      const response = await fetch(`${url}/${encodeURIComponent(name)}`, { method: 'PUT' })
      if (!response.ok) throw new Error(`moto: creating bucket ${name} answered ${response.status}`)
    },
    s3Backend(bucket, key) {
      return [
        `bucket=${bucket}`,
        `key=${key}`,
        `region=${MOTO_REGION}`,
        'use_path_style=true',
        'use_lockfile=true',
      ]
    },
    call,
    async readObject(bucket, key) {
      try {
        return (await call('s3', 'get_object', { Bucket: bucket, Key: key })).Body as string
      } catch (error) {
        if (error instanceof BotoError && error.code === 'NoSuchKey') return undefined
        throw error
      }
    },
    async callMany(calls) {
      const answers: Record<string, unknown>[] = []
      for (const { service, method, params } of calls) {
        answers.push(await call(service, method, params))
      }
      return answers
    },
    async json(service, target, params = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': target,
          // moto routes a request by the service its credential scope names.
          Authorization: `AWS4-HMAC-SHA256 Credential=testing/20240101/${MOTO_REGION}/${service}/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: JSON.stringify(params),
      })
      const text = await response.text()
      if (!response.ok) throw new Error(`moto: ${target} answered ${response.status}: ${text}`)
      return JSON.parse(text) as Record<string, unknown>
    },
    async defaultNetwork() {
      const vpcs = (await call('ec2', 'describe_vpcs', {
        Filters: [{ Name: 'isDefault', Values: ['true'] }],
      })) as { Vpcs: Array<{ VpcId: string }> }
      const vpcId = vpcs.Vpcs[0]!.VpcId
      const subnets = (await call('ec2', 'describe_subnets', {
        Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
      })) as { Subnets: Array<{ SubnetId: string }> }
      return { vpcId, subnetIds: subnets.Subnets.map((s) => s.SubnetId).sort() }
    },
    setTransition: (model, transition) =>
      motoApi('state-manager/set-transition', { model_name: model, transition }),
    async reset() {
      const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' })
      if (!response.ok) throw new Error(`moto: reset answered ${response.status}`)
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilUp(
  url: string,
  child: ChildProcess,
  log: () => string,
  botoCallsReady: () => boolean,
): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`moto_server exited with ${child.exitCode} before answering:\n${log()}`)
    }
    try {
      const response = await fetch(`${url}/moto-api/`)
      if (response.ok && botoCallsReady()) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`moto_server did not answer on ${url} within 30 s:\n${log()}`)
}

let python: Promise<string> | undefined

/**
 * The interpreter `python3` names on PATH, asked once per process: `python3` may be a version
 * manager's shell script (pyenv's shim), which costs more to start than Python itself.
 */
function pythonInterpreter(): Promise<string> {
  python ??= processOutput('python3', ['-c', 'import sys; print(sys.executable)']).then(
    (stdout) => stdout.trim() || 'python3',
    (error: Error) => {
      throw new Error(`python3 did not start: ${error.message}`, { cause: error })
    },
  )
  return python
}

/** A boto3 call the emulator refused, with the AWS error code (NoSuchKey) or Python's error. */
class BotoError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

async function botoCall(
  botoUrl: string,
  service: string,
  method: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const failed = `boto3 ${service}.${method} failed`
  let response: Response
  try {
    response = await fetch(botoUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ service, method, params }),
    })
  } catch (error) {
    const reason = String((error as Error).cause ?? error)
    throw new Error(`${failed}: the emulator did not answer (${reason})`, { cause: error })
  }
  const answer = (await response.json()) as Record<string, unknown>
  if (!response.ok) {
    throw new BotoError(`${failed}: ${String(answer.message)}`, String(answer.code))
  }
  return answer
}
