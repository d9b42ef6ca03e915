// The report behind the README's example of a pull request comment (What a run shows).
import type { GitHubContext } from '../../src/github/context.js'
import { newConfigRun } from '../../src/run.js'
import type { RunReport } from '../../src/run.js'

export const exampleContext: GitHubContext = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7, head: { sha: '4f2c0de' } } },
  repository: { owner: 'acme', repo: 'jobs' },
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  runId: '123456',
  workflow: 'Dativo jobs',
  job: 'plan',
}

export const exampleReport: RunReport = {
  mode: 'plan',
  discovery: '2 files changed by pull request #7 (from the GitHub API); 2 match',
  hasChanges: true,
  failures: [],
  secrets: [],
  configs: [
    {
      ...newConfigRun('jobs/acme/stripe_customers_to_iceberg.yaml'),
      jobName: 'stripe-customers-etl',
      provider: 'aws',
      runtimeType: 'aws_fargate',
      plan: { add: 9, change: 0, destroy: 0 },
      placeholders: ['cluster_name', 'task_definition_arn'],
      cloudTags: {
        CostCenter: 'data-platform',
        DativoRuntime: 'aws_fargate',
        Environment: 'prod',
        JobName: 'stripe-customers-etl',
        ManagedBy: 'terraform',
        PipelineType: 'ingestion',
        Project: 'dativo-platform',
        Team: 'analytics-engineering',
      },
      // The base commit's config had another team: the comment shows the change.
      cloudTagsAtBase: {
        CostCenter: 'data-platform',
        DativoRuntime: 'aws_fargate',
        Environment: 'prod',
        JobName: 'stripe-customers-etl',
        ManagedBy: 'terraform',
        PipelineType: 'ingestion',
        Project: 'dativo-platform',
        Team: 'data-engineering',
      },
      changedValues: ['cluster_name', 'task_definition_arn'],
      resolvedValues: {
        cluster_name: 'stripe-customers-etl-prod-cluster',
        task_definition_arn: '(known after apply)',
      },
      planText:
        'Terraform will perform the following actions:\n\n  # module.dativo_runtime.aws_ecs_cluster.this will be created\n  …\n\nPlan: 9 to add, 0 to change, 0 to destroy.\n',
      resolutionDiff: [
        '--- a/jobs/acme/stripe_customers_to_iceberg.yaml',
        '+++ b/jobs/acme/stripe_customers_to_iceberg.yaml',
        '@@ -32,3 +32,3 @@',
        '   resource_identifiers:',
        '-    cluster_name: "{{terraform_outputs.cluster_name}}"',
        '-    task_definition_arn: "{{terraform_outputs.task_definition_arn}}"',
        '+    cluster_name: "stripe-customers-etl-prod-cluster" # {{terraform_outputs.cluster_name}}',
        '+    task_definition_arn: "(known after apply)" # {{terraform_outputs.task_definition_arn}}',
        '',
      ].join('\n'),
    },
    {
      ...newConfigRun('jobs/acme/hubspot_contacts_to_iceberg.yaml'),
      jobName: 'hubspot-contacts-etl',
      provider: 'azure',
      runtimeType: 'aws_fargate',
      valid: false,
      findings: [
        {
          severity: 'error',
          rule: 'runtime-mismatch',
          message: "Runtime type 'aws_fargate' is not compatible with provider 'azure'",
          file: 'jobs/acme/hubspot_contacts_to_iceberg.yaml',
          range: { line: 26, column: 11, endLine: 26, endColumn: 22 },
        },
      ],
    },
  ],
}
