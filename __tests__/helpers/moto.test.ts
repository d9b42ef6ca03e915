// The AWS emulator the AWS tests stand on: it starts, serves S3 for state and answers API calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto } from './moto.js'
import type { Moto } from './moto.js'

describe('moto helper', () => {
  let moto: Moto
  beforeAll(async () => {
    moto = await startMoto()
  }, 180_000)
  afterAll(() => moto?.stop())

  it('serves S3 buckets, EC2 and STS on 127.0.0.1 and resets on demand', async () => {
    expect(moto.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await moto.createBucket('state')
    const buckets = moto.call('s3', 'list_buckets') as { Buckets: Array<{ Name: string }> }
    expect(buckets.Buckets.map((b) => b.Name)).toEqual(['state'])
    const network = moto.defaultNetwork()
    expect(network.vpcId).toMatch(/^vpc-/)
    expect(network.subnetIds.length).toBeGreaterThan(0)
    expect(moto.call('sts', 'get_caller_identity').Account).toBe('123456789012')
    await moto.reset()
    expect((moto.call('s3', 'list_buckets') as { Buckets: unknown[] }).Buckets).toEqual([])
  }, 180_000)
})
