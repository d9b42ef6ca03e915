// moto (`moto_server`), an AWS API emulator, on 127.0.0.1 for the tests that apply AWS jobs with
// the real AWS provider from the offline mirror: one server per test file, on a free port. A
// machine without moto fails these tests (never skips them): .ci/run makes sure it is there.
import { execFile, spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { notInUnitSet } from './terraform.js'

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
  /** One AWS API call through boto3 (moto's own dependency), its answer as JSON. */
  call(service: string, method: string, params?: Record<string, unknown>): Record<string, unknown>
  /** An S3 object's text (e.g. a Terraform state), or undefined when there is none. */
  readObject(bucket: string, key: string): string | undefined
  /** Many calls through one boto3 process, without blocking this one; answers in order. */
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
  defaultNetwork(): { vpcId: string; subnetIds: string[] }
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
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // moto_server, with Step Functions as the AWS provider and the modules meet it; its
  // interpreter calls the emulator's other services back on localhost:MOTO_PORT.
  const child = spawn('python3', [MOTO_SERVER, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_PORT: String(port) },
  })
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000)
  })
  await waitUntilUp(url, child, () => log)
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
    botoCall(url, service, method, params)
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
    readObject(bucket, key) {
      const { Contents } = call('s3', 'list_objects_v2', { Bucket: bucket, Prefix: key }) as {
        Contents?: Array<{ Key: string }>
      }
      if (!Contents?.some((object) => object.Key === key)) return undefined
      return botoRead(url, bucket, key)
    },
    callMany: (calls) => botoCallMany(url, calls),
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
    defaultNetwork() {
      const vpcs = call('ec2', 'describe_vpcs', {
        Filters: [{ Name: 'isDefault', Values: ['true'] }],
      }) as { Vpcs: Array<{ VpcId: string }> }
      const vpcId = vpcs.Vpcs[0]!.VpcId
      const subnets = call('ec2', 'describe_subnets', {
        Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
      }) as { Subnets: Array<{ SubnetId: string }> }
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

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`moto_server exited with ${child.exitCode} before answering:\n${log()}`)
    }
    try {
      const response = await fetch(`${url}/moto-api/`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`moto_server did not answer on ${url} within 30 s:\n${log()}`)
}

const BOTO_CALL = `
import json, sys, boto3
url, service, method, params = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
client = boto3.client(service, endpoint_url=url, region_name='${MOTO_REGION}',
                      aws_access_key_id='testing', aws_secret_access_key='testing')
answer = getattr(client, method)(**params)
answer.pop('ResponseMetadata', None)
print(json.dumps(answer, default=str))
`

const BOTO_READ = `
import sys, boto3
url, bucket, key = sys.argv[1], sys.argv[2], sys.argv[3]
client = boto3.client('s3', endpoint_url=url, region_name='${MOTO_REGION}',
                      aws_access_key_id='testing', aws_secret_access_key='testing')
sys.stdout.write(client.get_object(Bucket=bucket, Key=key)['Body'].read().decode('utf-8'))
`

function botoRead(url: string, bucket: string, key: string): string {
  const result = spawnSync('python3', ['-c', BOTO_READ, url, bucket, key], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  })
  if (result.status !== 0) throw new Error(`boto3 s3.get_object failed:\n${result.stderr.trim()}`)
  return result.stdout
}

function botoCall(
  url: string,
  service: string,
  method: string,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const result = spawnSync(
    'python3',
    ['-c', BOTO_CALL, url, service, method, JSON.stringify(params)],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    },
  )
  if (result.status !== 0) {
    throw new Error(`boto3 ${service}.${method} failed:\n${result.stderr.trim()}`)
  }
  return JSON.parse(result.stdout) as Record<string, unknown>
}

const BOTO_CALLS = `
import json, sys, boto3
url, calls, clients, answers = sys.argv[1], json.load(sys.stdin), {}, []
for call in calls:
    service = call['service']
    if service not in clients:
        clients[service] = boto3.client(service, endpoint_url=url, region_name='${MOTO_REGION}',
                                        aws_access_key_id='testing', aws_secret_access_key='testing')
    answer = getattr(clients[service], call['method'])(**call.get('params', {}))
    answer.pop('ResponseMetadata', None)
    answers.append(answer)
print(json.dumps(answers, default=str))
`

function botoCallMany(url: string, calls: BotoCall[]): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'python3',
      ['-c', BOTO_CALLS, url],
      { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`boto3 calls failed:\n${stderr.trim()}`))
        else resolve(JSON.parse(stdout) as Record<string, unknown>[])
      },
    )
    child.stdin!.end(JSON.stringify(calls))
  })
}
