import { describe, expect, it } from 'vitest'
import {
  convertKey,
  convertTags,
  convertValue,
  finalTags,
  goLower,
  mergeTags,
} from '../../src/tags/convert.js'

describe('per-cloud tag conversion (CONTRACT §5)', () => {
  it('gives the seed guide its resulting AWS tags', () => {
    const job = {
      job_name: 'stripe-customers-etl',
      team: 'data-engineering',
      pipeline_type: 'ingestion',
      environment: 'prod',
      cost_center: 'data-platform',
      project: 'dativo-platform',
    }
    expect(finalTags({}, job, 'aws_fargate', 'aws')).toEqual({
      CostCenter: 'data-platform',
      DativoRuntime: 'aws_fargate',
      Environment: 'prod',
      JobName: 'stripe-customers-etl',
      ManagedBy: 'terraform',
      PipelineType: 'ingestion',
      Project: 'dativo-platform',
      Team: 'data-engineering',
    })
  })

  it('uses lowercase-hyphen keys on Azure and keeps values', () => {
    expect(convertKey('cost_center', 'azure')).toBe('cost-center')
    expect(convertValue('Data Platform', 'azure')).toBe('Data Platform')
  })

  it('lowercases GCP labels, keeps international lowercase letters, replaces the rest', () => {
    expect(convertValue('Jane.Doe@Acme.com', 'gcp')).toBe('jane_doe_acme_com')
    expect(convertValue('Zürich Ελλάδα 東京', 'gcp')).toBe('zürich_ελλάδα_東京')
    expect(convertValue('x'.repeat(70), 'gcp')).toBe('x'.repeat(63))
  })

  it('leaves out a GCP label whose key cannot start one or whose value is empty', () => {
    const job = { job_name: 'j', team: 't', pipeline_type: 'p', environment: 'e', cost_center: 'c' }
    const defaults = { '2fa': 'required', _internal: 'x', Ärger: 'y', notes: '', 中文: 'z' }
    const { tags, conversions } = convertTags(mergeTags(defaults, job, 'gcp_cloud_run'), 'gcp')
    expect(tags).toEqual({
      cost_center: 'c',
      dativo_runtime: 'gcp_cloud_run',
      environment: 'e',
      job_name: 'j',
      managed_by: 'terraform',
      pipeline_type: 'p',
      team: 't',
      ärger: 'y',
      中文: 'z',
    })
    const dropped = Object.fromEntries(conversions.map((c) => [c.key, c.dropped]))
    expect(dropped).toMatchObject({ '2fa': 'key', _internal: 'key', notes: 'value' })
    expect(dropped['Ärger']).toBeUndefined()
    // Other clouds take both.
    expect(finalTags(defaults, job, 'aws_fargate', 'aws')).toMatchObject({
      '2fa': 'required',
      Notes: '',
    })
  })

  it('lowercases one character at a time, as Terraform does', () => {
    expect(goLower('İSTANBUL')).toBe('istanbul')
    expect(goLower('ΟΔΟΣ')).toBe('οδοσ')
    expect('ΟΔΟΣ'.toLowerCase()).toBe('οδος')
  })

  it('normalises to NFC before converting', () => {
    expect(convertValue('Cafe\u0301', 'gcp')).toBe('caf\u00e9')
  })

  it('lets the later key in byte order win a collision, and says which one lost', () => {
    const { tags, conversions } = convertTags({ cost_center: 'a', cost__center: 'b' }, 'aws')
    expect(tags).toEqual({ CostCenter: 'a' })
    expect(conversions.find((c) => c.key === 'cost__center')?.replacedBy).toBe('cost_center')
  })

  it('puts the module tags last so they win over the job and the defaults', () => {
    const tags = finalTags(
      { managed_by: 'someone' },
      { managed_by: 'me', team: 't' },
      'local',
      'local',
    )
    expect(tags).toEqual({ dativo_runtime: 'local', managed_by: 'terraform', team: 't' })
  })
})

describe('every step ends in NFC, as Terraform hands strings over', () => {
  it('composes what lowercasing makes composable', () => {
    // 'J' + caron has no precomposed form, 'j' + caron does: Terraform's lower() gives 'ǰ'.
    expect(goLower('J\u030c')).toBe('\u01f0')
    expect(convertKey('J\u030c', 'gcp')).toBe('\u01f0')
  })

  it('composes what joining the PascalCase parts makes composable', () => {
    expect(convertKey('a_\u0301', 'aws')).toBe('\u00c1')
  })

  it('merges keys that are the same once normalised, as Terraform reads them', () => {
    expect(mergeTags({ 'e\u0301': 'default' }, { '\u00e9': 'job' }, 'local')).toEqual({
      '\u00e9': 'job',
      managed_by: 'terraform',
      dativo_runtime: 'local',
    })
  })

  it("keeps '__proto__' a tag", () => {
    const defaults = JSON.parse('{"__proto__": "x"}') as Record<string, string>
    expect(Object.entries(finalTags(defaults, {}, 'local', 'local'))).toContainEqual([
      '__proto__',
      'x',
    ])
  })
})
