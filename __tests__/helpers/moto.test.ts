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
    const buckets = (await moto.call('s3', 'list_buckets')) as { Buckets: Array<{ Name: string }> }
    expect(buckets.Buckets.map((b) => b.Name)).toEqual(['state'])
    const network = await moto.defaultNetwork()
    expect(network.vpcId).toMatch(/^vpc-/)
    expect(network.subnetIds.length).toBeGreaterThan(0)
    expect((await moto.call('sts', 'get_caller_identity')).Account).toBe('123456789012')
    await moto.reset()
    expect(((await moto.call('s3', 'list_buckets')) as { Buckets: unknown[] }).Buckets).toEqual([])
  }, 180_000)

  it('answers boto3 calls as boto3 does, and says which call the emulator refused', async () => {
    expect(await moto.call('s3', 'create_bucket', { Bucket: 'answers' })).toEqual({
      Location: '/answers',
    })
    const listed = (await moto.call('s3', 'list_buckets')) as {
      Buckets: Array<{ Name: string; CreationDate: string }>
    }
    expect(listed.Buckets.find((b) => b.Name === 'answers')?.CreationDate).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00$/,
    )
    expect(listed).not.toHaveProperty('ResponseMetadata')

    await moto.call('s3', 'put_object', { Bucket: 'answers', Key: 'a/state', Body: 'é {"v": 1}' })
    expect(await moto.readObject('answers', 'a/state')).toBe('é {"v": 1}')
    expect(await moto.readObject('answers', 'a/missing')).toBeUndefined()
    expect(await moto.readObject('answers', 'a')).toBeUndefined()

    await expect(moto.call('s3', 'list_objects_v2', { Bucket: 'nowhere' })).rejects.toThrow(
      'boto3 s3.list_objects_v2 failed: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist',
    )
    await expect(moto.readObject('nowhere', 'a/state')).rejects.toThrow(
      'boto3 s3.get_object failed: An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist',
    )
    await expect(moto.call('s3', 'get_object', { Bucket: 'answers' })).rejects.toThrow(
      'boto3 s3.get_object failed: ParamValidationError: Parameter validation failed:\nMissing required parameter in input: "Key"',
    )
    await expect(moto.call('s3', 'delete_everything')).rejects.toThrow(
      'boto3 s3.delete_everything failed: AttributeError: s3 has no operation delete_everything',
    )

    const answers = await moto.callMany([
      { service: 'sts', method: 'get_caller_identity' },
      { service: 's3', method: 'head_bucket', params: { Bucket: 'answers' } },
    ])
    expect(answers.map((answer) => Object.keys(answer).sort())).toEqual([
      ['Account', 'Arn', 'UserId'],
      ['BucketRegion'],
    ])
  })
})
