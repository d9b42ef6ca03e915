// Names of the action's inputs and outputs, and their defaults (CONTRACT §2–3), in one place.

export const Inputs = {
  Mode: 'mode',
  Configs: 'configs',
  ChangedOnly: 'changed-only',
  Schema: 'schema',
  TerraformVersion: 'terraform-version',
  TerraformMirror: 'terraform-mirror',
  TerraformDir: 'terraform-dir',
  ModuleSource: 'module-source',
  BackendConfig: 'backend-config',
  TerraformVars: 'terraform-vars',
  DefaultTags: 'default-tags',
  Parallelism: 'parallelism',
  CommitBack: 'commit-back',
  CommitMethod: 'commit-method',
  CommitMessage: 'commit-message',
  OutputDir: 'output-dir',
  AllowSensitiveOutputs: 'allow-sensitive-outputs',
  CommentOnPr: 'comment-on-pr',
  DeployCommand: 'deploy-command',
  GithubToken: 'github-token',
  PassTokenToTerraform: 'pass-token-to-terraform',
  AllowLocalState: 'allow-local-state',
  TerraformTimeout: 'terraform-timeout',
  RequireReviewedPlan: 'require-reviewed-plan',
  DestroyRemoved: 'destroy-removed',
  OutputsFrom: 'outputs-from',
  Policy: 'policy',
  HealTagDrift: 'heal-tag-drift',
  Rollout: 'rollout',
  RolloutOrder: 'rollout-order',
} as const

export type InputName = (typeof Inputs)[keyof typeof Inputs]

export const Outputs = {
  Configs: 'configs',
  Results: 'results',
  ErrorCount: 'error-count',
  HasChanges: 'has-changes',
  CommitSha: 'commit-sha',
  Matrix: 'matrix',
  OutputsFile: 'outputs-file',
  Drifted: 'drifted',
  Rollout: 'rollout',
} as const

/** Defaults as action.yml documents them; the code applies them itself (CONTRACT §2). */
export const Defaults = {
  mode: 'validate',
  configs: ['jobs/**/*.yaml', 'jobs/**/*.yml'],
  changedOnly: true,
  terraformVersion: 'latest',
  terraformMirror: 'https://releases.hashicorp.com',
  terraformDir: 'terraform/dativo_jobs/{job_name}',
  parallelism: 2,
  commitBack: 'auto',
  commitMethod: 'git',
  commitMessage: 'chore(dativo): resolve terraform outputs',
  allowSensitiveOutputs: false,
  commentOnPr: true,
  passTokenToTerraform: false,
  allowLocalState: false,
  terraformTimeout: '60m',
  requireReviewedPlan: false,
  destroyRemoved: false,
  healTagDrift: false,
  rollout: 'all',
  rolloutOrder: ['*', 'prod, production'],
} as const

export const MODES = ['validate', 'plan', 'apply', 'resolve', 'drift'] as const
export type Mode = (typeof MODES)[number]

/** Where `backend-config` may address jobs by their provider (the map form). */
export const BACKEND_PROVIDERS = ['aws', 'azure', 'gcp', 'local'] as const
export type BackendProvider = (typeof BACKEND_PROVIDERS)[number]

/** `all`: every job at once; `canary`: in waves by environment, a canary per cloud/runtime first. */
export const ROLLOUTS = ['all', 'canary'] as const
export type Rollout = (typeof ROLLOUTS)[number]
