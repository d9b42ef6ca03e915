// The real AWS provider behind its schema filter (aws-filter-mirror.ts): Terraform gets the
// provider's own schema for every type the tests name and nothing else, and a process that only
// reads the schema is answered from the filter's cache.
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { awsFilterCache } from './aws-filter-mirror.js'
import { processOutput } from './process.js'
import { tempDir } from './temp.js'
import { terraformEnv } from './terraform.js'

interface Schemas {
  provider_schemas: Record<
    string,
    {
      provider: unknown
      resource_schemas: Record<string, unknown>
      data_source_schemas: Record<string, unknown>
      functions?: Record<string, unknown>
    }
  >
}

const AWS = 'registry.terraform.io/hashicorp/aws'

/** A root that needs the AWS provider, initialised; its schemas as `providers schema -json`. */
async function root(env: NodeJS.ProcessEnv): Promise<() => Promise<Schemas>> {
  const dir = tempDir('dativo-aws-filter-root-')
  writeFileSync(
    path.join(dir, 'main.tf'),
    'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n',
  )
  const terraform = (...args: string[]) => processOutput('terraform', args, { cwd: dir, env })
  await terraform('init', '-input=false', '-no-color')
  return async () => JSON.parse(await terraform('providers', 'schema', '-json')) as Schemas
}

function withFullSchema<T>(run: () => T): T {
  const previous = process.env.DATIVO_AWS_FULL_SCHEMA
  process.env.DATIVO_AWS_FULL_SCHEMA = '1'
  try {
    return run()
  } finally {
    if (previous === undefined) delete process.env.DATIVO_AWS_FULL_SCHEMA
    else process.env.DATIVO_AWS_FULL_SCHEMA = previous
  }
}

describe('the AWS provider behind its schema filter', () => {
  it("serves the provider's own schema of the types the tests name, and only those", async () => {
    const fullEnv = withFullSchema(() => terraformEnv(tempDir('dativo-aws-full-')))
    const full = await (await root(fullEnv))()
    const filteredSchemas = await root(terraformEnv(tempDir('dativo-aws-filtered-')))
    const filtered = await filteredSchemas()
    const whole = full.provider_schemas[AWS]!
    const kept = filtered.provider_schemas[AWS]!

    expect(Object.keys(whole.resource_schemas).length).toBeGreaterThan(1000)
    const resources = Object.keys(kept.resource_schemas)
    expect(resources.length).toBeLessThan(200)
    for (const type of [
      'aws_ecs_cluster',
      'aws_iam_role',
      'aws_sfn_state_machine',
      'aws_s3_bucket',
    ]) {
      expect(resources).toContain(type)
    }
    // A type no module, example or test names (spelt in two parts, so this file does not name it).
    expect(resources).not.toContain('aws_' + 'gamelift_fleet')
    for (const type of resources)
      expect(kept.resource_schemas[type]).toEqual(whole.resource_schemas[type])
    const dataSources = Object.keys(kept.data_source_schemas)
    expect(dataSources).toContain('aws_iam_policy_document')
    for (const type of dataSources) {
      expect(kept.data_source_schemas[type]).toEqual(whole.data_source_schemas[type])
    }
    expect(kept.provider).toEqual(whole.provider)
    expect(kept.functions).toEqual(whole.functions)

    // The schema answer is kept; a second process reads it from there, the same.
    const cached = readdirSync(awsFilterCache()!)
    expect(cached.some((name) => name.endsWith('GetSchema'))).toBe(true)
    expect(await filteredSchemas()).toEqual(filtered)
  }, 180_000)
})
