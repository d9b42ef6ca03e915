// Generates a workspace of job configs like a large data team's: every runtime, comments,
// placeholders, optional tags, and a share of configs with the mistakes people make.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const RUNTIMES = [
  {
    provider: 'aws',
    type: 'aws_fargate',
    region: 'us-east-1',
    target: 's3:\n      bucket: "acme-data-lake"',
  },
  { provider: 'azure', type: 'azure_container_apps', region: 'eastus', target: null },
  {
    provider: 'gcp',
    type: 'gcp_cloud_run',
    region: 'us-central1',
    target: 'gcs:\n      bucket: "acme-data-lake"',
  },
  { provider: 'local', type: 'local', region: 'local', target: null },
]

const MISTAKES = [
  (text) => text.replace('    cost_center: data-platform\n', ''),
  (text) => text.replace(/provider: (\w+)/, 'provider: $12'),
  (text) =>
    text.replace('"{{terraform_outputs.cluster_name}}"', '"{terraform_outputs.cluster_name}"'),
  (text) =>
    text.replace('    team: data-engineering\n', '    team: data-engineering\n    version: 1.0\n'),
  (text) => text.replace('  region:', '  regoin:'),
]

export function configText(i) {
  const runtime = RUNTIMES[i % RUNTIMES.length]
  const job = `job-${String(i).padStart(5, '0')}`
  let text = `# yaml-language-server: $schema=../../schema/job-config.schema.json
# ${job}: nightly ingestion for team ${i % 17}
tenant_id: acme
environment: prod

source_connector: postgres
source_connector_path: /app/connectors/postgres.yaml
target_connector: iceberg
target_connector_path: /app/connectors/iceberg.yaml
asset: orders_${i}
asset_path: /app/assets/postgres/v1.0/orders.yaml

source:
  objects: [orders, customers, "line_items"]
${runtime.target ? `\ntarget:\n  connection:\n    ${runtime.target}\n` : ''}
infrastructure:
  provider: ${runtime.provider}
  runtime:
    type: ${runtime.type}
    image: "registry.example.com/dativo:1.1.${i % 9}"
    cpu: "1"
    memory: "2Gi"
  region: ${runtime.region}
  resource_identifiers:
    cluster_name: "{{terraform_outputs.cluster_name}}"   # filled in on apply
    service_name: "{{ terraform_outputs.service_name }}"
  tags:
    job_name: ${job}
    team: data-engineering
    pipeline_type: ingestion
    environment: prod
    cost_center: data-platform
    project: dativo-platform
    owner: "team-${i % 17}@acme.example"
`
  // One config in ten has a mistake, as in a busy monorepo.
  if (i % 10 === 7) text = MISTAKES[Math.floor(i / 10) % MISTAKES.length](text)
  return text
}

export function generate(root, count) {
  rmSync(root, { recursive: true, force: true })
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'jobs', `team-${i % 17}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, `job-${i}.yaml`), configText(i))
  }
}
