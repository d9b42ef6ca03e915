import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { checkResourceNames, gcpServiceAccountId, resourceNames } from '../../src/tags/naming.js'

describe('resource names built from job_name and environment', () => {
  it('gives the seed guide its cluster and service names', () => {
    const names = resourceNames('aws_fargate', 'stripe-customers-etl', 'prod')
    expect(names.find((n) => n.resource === 'ECS cluster')?.name).toBe(
      'stripe-customers-etl-prod-cluster',
    )
    expect(names.find((n) => n.resource === 'ECS service')?.name).toBe(
      'stripe-customers-etl-prod-service',
    )
  })

  it('accepts a name exactly at the tightest limit and refuses one past it', () => {
    // IAM role names stop at 64: "<job>-prod-execution" leaves 49 characters for the job name.
    expect(checkResourceNames('aws_fargate', 'j'.repeat(49), 'prod')).toEqual([])
    expect(checkResourceNames('aws_fargate', 'j'.repeat(50), 'prod')).toHaveLength(1)
    // Container App names stop at 32: "<job>-prod".
    expect(checkResourceNames('azure_container_apps', 'j'.repeat(27), 'prod')).toEqual([])
    expect(
      checkResourceNames('azure_container_apps', 'j'.repeat(28), 'prod')[0]?.message,
    ).toContain(
      "the Container App (job) name 'jjjjjjjjjjjjjjjjjjjjjjjjjjjj-prod' would be 33 characters (at most 32)",
    )
  })

  it('blames the environment when only the environment breaks a name', () => {
    expect(checkResourceNames('gcp_cloud_run', 'orders', 'Prod')[0]?.cause).toBe('environment')
  })

  it('keeps GCP service account IDs within 30 characters, distinct per job', () => {
    expect(gcpServiceAccountId('orders-prod')).toBe('orders-prod')
    const long = 'customer-lifetime-value-etl-prod'
    const id = gcpServiceAccountId(long)
    const hash = createHash('sha256').update(long).digest('hex').slice(0, 8)
    expect(id).toBe(`customer-lifetime-val-${hash}`)
    expect(id).toHaveLength(30)
    expect(gcpServiceAccountId('customer-lifetime-value-etl-preprod')).not.toBe(id)
    expect(gcpServiceAccountId('a-b')).toMatch(/^a-b-[0-9a-f]{8}$/)
  })
})
