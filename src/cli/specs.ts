// Every command of the CLI with its options, their defaults and one line of help each: what
// `--help` prints and what the parser accepts are the same list.
import { Defaults, Inputs, MODES, ROLLOUTS } from '../constants.js'
import type { InputName } from '../constants.js'
import { CLOUDS } from '../tags/convert.js'
import type { CommandSpec, OptionSpec } from './args.js'

const HELP: OptionSpec = { name: 'help', short: 'h', switch: true, description: 'show this help' }

const VERBOSE: OptionSpec = {
  name: 'verbose',
  switch: true,
  description: 'also print each stage and debug lines on standard error',
  fallback: 'false',
}

const QUIET: OptionSpec = {
  name: 'quiet',
  short: 'q',
  switch: true,
  description:
    "print only findings, warnings, errors, each job's start and end, and the totals: no Terraform log",
  fallback: 'false',
}

const WORKSPACE: OptionSpec = {
  name: 'workspace',
  value: '<dir>',
  description: 'the repository the configs, roots and outputs are in',
  fallback: 'the git top level of the current directory, else the current directory',
}

const DEFAULT_TAGS: OptionSpec = {
  name: Inputs.DefaultTags,
  value: '<yaml>',
  description: "YAML or JSON map of tags merged under each job's tags",
  fallback: 'none',
}

const SCHEMA: OptionSpec = {
  name: Inputs.Schema,
  value: '<file>',
  description: 'an extra JSON Schema every config must satisfy (organisation policy)',
  fallback: 'none',
}

const POLICY: OptionSpec = {
  name: Inputs.Policy,
  value: '<file>',
  description:
    "the platform team's policy file: what configs may ask for and plans may grant (here, the workspace's copy)",
  fallback: 'none',
}

const switchOf = (fallback: boolean) => ({
  switch: true,
  value: '[true|false]',
  fallback: String(fallback),
})

/** The options of `run`: every input of the action, under its own name. */
const INPUT_OPTIONS: Record<InputName, Omit<OptionSpec, 'name'>> = {
  [Inputs.Mode]: {
    value: `<${MODES.join('|')}>`,
    description: 'how far the run goes (required)',
  },
  [Inputs.Configs]: {
    value: '<path>',
    repeatable: true,
    description:
      'a config, a folder of configs or a glob, relative to the current directory; !glob excludes; repeatable',
    fallback: Defaults.configs.join(', '),
  },
  [Inputs.ChangedOnly]: {
    ...switchOf(Defaults.changedOnly),
    description:
      'only configs changed by the pull request or push (GitHub event); without one, every matching config',
  },
  [Inputs.Schema]: SCHEMA,
  [Inputs.TerraformVersion]: {
    value: '<version>',
    description:
      'latest, an exact version, a constraint (~> 1.9) or system (the terraform on PATH)',
    fallback: `system when terraform is on PATH, else ${Defaults.terraformVersion}`,
  },
  [Inputs.TerraformMirror]: {
    value: '<url>',
    description: 'base URL of a mirror laid out like releases.hashicorp.com',
    fallback: Defaults.terraformMirror,
  },
  [Inputs.TerraformDir]: {
    value: '<dir>',
    description:
      "the job's own Terraform root, if the folder exists; tokens {job_name}, {environment}, …",
    fallback: Defaults.terraformDir,
  },
  [Inputs.ModuleSource]: {
    value: '<source>',
    description: 'module source for generated roots',
    fallback: "the bundled module of the job's runtime",
  },
  [Inputs.BackendConfig]: {
    value: '<key=value>',
    repeatable: true,
    description:
      'a -backend-config line for terraform init, or a YAML map keyed by provider; repeatable; without one, state is local',
    fallback: 'none',
  },
  [Inputs.TerraformVars]: {
    value: '<yaml>',
    description: "YAML or JSON map of extra variables for every root, under the job's own",
    fallback: 'none',
  },
  [Inputs.DefaultTags]: DEFAULT_TAGS,
  [Inputs.Parallelism]: {
    value: '<n>',
    description: 'how many jobs run Terraform at once',
    fallback: String(Defaults.parallelism),
  },
  [Inputs.CommitBack]: {
    value: '<auto|true|false>',
    description:
      'commit the resolved configs; auto never commits at a terminal, true commits them on the current branch (not pushed)',
    fallback: Defaults.commitBack,
  },
  [Inputs.CommitMethod]: {
    value: '<git|api>',
    description: 'how commit-back commits in a workflow',
    fallback: Defaults.commitMethod,
  },
  [Inputs.CommitMessage]: {
    value: '<text>',
    description: 'first line of the commit message',
    fallback: Defaults.commitMessage,
  },
  [Inputs.OutputDir]: {
    value: '<dir>',
    description:
      'write resolved copies under this folder; without it, configs are resolved in place',
    fallback: 'none',
  },
  [Inputs.AllowSensitiveOutputs]: {
    ...switchOf(Defaults.allowSensitiveOutputs),
    description: 'let a sensitive Terraform output be written into a config',
  },
  [Inputs.CommentOnPr]: {
    ...switchOf(Defaults.commentOnPr),
    description: 'keep one summary comment on the pull request of the GitHub event, if any',
  },
  [Inputs.DeployCommand]: {
    value: '<command>',
    description:
      'run once per resolved config in apply mode, without a shell; {config} is its path',
    fallback: 'none',
  },
  [Inputs.GithubToken]: {
    value: '<token>',
    description: "token for GitHub's API",
    fallback: '$GITHUB_TOKEN',
  },
  [Inputs.PassTokenToTerraform]: {
    ...switchOf(Defaults.passTokenToTerraform),
    description: 'give Terraform the token as GITHUB_TOKEN (integrations/github provider)',
  },
  [Inputs.AllowLocalState]: {
    ...switchOf(Defaults.allowLocalState),
    description: 'let apply run a cloud job whose state would be local',
  },
  [Inputs.TerraformTimeout]: {
    value: '<duration>',
    description: 'limit for one Terraform command (60m, 1h30m, 90s)',
    fallback: Defaults.terraformTimeout,
  },
  [Inputs.RequireReviewedPlan]: {
    ...switchOf(Defaults.requireReviewedPlan),
    description: "apply a job only when its plan is the one its pull request's plan recorded",
  },
  [Inputs.DestroyRemoved]: {
    ...switchOf(Defaults.destroyRemoved),
    description: 'destroy the runtime of a job whose config was deleted or renamed',
  },
  [Inputs.OutputsFrom]: {
    value: '<dir>',
    description: 'folder of outputs files that mode resolve reads',
    fallback: 'none',
  },
  [Inputs.Policy]: POLICY,
  [Inputs.HealTagDrift]: {
    ...switchOf(Defaults.healTagDrift),
    description:
      "mode drift: apply a job's plan when only its tags or labels drifted and the plan restores nothing else",
  },
  [Inputs.Rollout]: {
    value: `<${ROLLOUTS.join('|')}>`,
    description:
      'apply every job at once, or canary: environments in waves, a canary per cloud/runtime first, stopping at the first failure',
    fallback: Defaults.rollout,
  },
  [Inputs.RolloutOrder]: {
    value: '<waves>',
    repeatable: true,
    description:
      'the environments of each rollout wave, earliest first: one wave per option, names separated by commas; * for every other environment',
    fallback: Defaults.rolloutOrder.join('; '),
  },
}

/** The inputs that matter to a drift check at a terminal. */
export const DRIFT_INPUTS: readonly InputName[] = [
  Inputs.Configs,
  Inputs.ChangedOnly,
  Inputs.Schema,
  Inputs.TerraformVersion,
  Inputs.TerraformMirror,
  Inputs.TerraformDir,
  Inputs.ModuleSource,
  Inputs.BackendConfig,
  Inputs.TerraformVars,
  Inputs.DefaultTags,
  Inputs.Parallelism,
  Inputs.TerraformTimeout,
  Inputs.HealTagDrift,
]

export const COMMANDS = {
  validate: {
    name: 'validate',
    operands: '[paths…]',
    summary: `Checks each job config against the job schema and the validation rules, printing
path:line:col: severity: message [rule] for each problem, then a total. A path is a config, a
folder (the .yaml and .yml files under it) or a glob, relative to the current directory; !glob
excludes. With none: ${Defaults.configs.join(', ')} in the workspace.`,
    options: [SCHEMA, POLICY, DEFAULT_TAGS, WORKSPACE, VERBOSE, HELP],
  },
  tags: {
    name: 'tags',
    operands: '<config>',
    summary: `Prints, as one JSON object, the final tags the runtime module puts on every resource:
default tags, the job's tags and the module's own, converted for the cloud.`,
    options: [
      {
        name: 'cloud',
        value: `<${CLOUDS.join('|')}>`,
        description: 'convert for this cloud',
        fallback: "the config's provider",
      },
      DEFAULT_TAGS,
      HELP,
    ],
  },
  tfvars: {
    name: 'tfvars',
    operands: '<config>',
    summary: `Prints the variables the job's Terraform root receives (dativo.auto.tfvars.json, passed
with -var-file from a folder of the job's own, never written into the root): region,
job_metadata, default_tags, the container settings, storage permissions derived from the job's
target, the permissions boundary --policy requires, then --terraform-vars for what the job does
not set itself.`,
    options: [
      DEFAULT_TAGS,
      { ...INPUT_OPTIONS[Inputs.TerraformVars], name: Inputs.TerraformVars },
      POLICY,
      HELP,
    ],
  },
  resolve: {
    name: 'resolve',
    operands: '<config>',
    summary: `Substitutes the config's {{terraform_outputs.NAME}} placeholders with the values of a file of
\`terraform output -json\`, changing nothing else in the file; each resolved value keeps its
placeholder as a trailing comment. Prints the result, or with --write changes the file in place.`,
    options: [
      {
        name: 'outputs',
        value: '<file>',
        description: 'the output of terraform output -json (required)',
      },
      {
        name: 'write',
        switch: true,
        description: 'change the config in place instead of printing it',
        fallback: 'false',
      },
      {
        ...INPUT_OPTIONS[Inputs.AllowSensitiveOutputs],
        name: Inputs.AllowSensitiveOutputs,
      },
      HELP,
    ],
  },
  run: {
    name: 'run',
    operands: '',
    summary: `Runs the action's whole pipeline here: discover, validate, and with plan or apply Terraform in
each job's root, then resolve the placeholders. Every input of the action is an option of the
same name. Configs, roots and outputs are found in the workspace.`,
    options: [
      ...Object.entries(INPUT_OPTIONS).map(([name, spec]) => ({ ...spec, name })),
      WORKSPACE,
      QUIET,
      VERBOSE,
      HELP,
    ],
  },
  drift: {
    name: 'drift',
    operands: '',
    summary: `Plans every selected job against its state and prints, job by job, what changed outside
Terraform (drift), changes the configuration asks for that were never applied, and a total. Opens
no issue (the action does that). --heal-tag-drift true restores tags and labels that are a job's
only drift. Exit 1 when any job drifted, unhealed, or could not be checked.`,
    options: [
      ...DRIFT_INPUTS.map((name) => ({ ...INPUT_OPTIONS[name], name })),
      WORKSPACE,
      VERBOSE,
      HELP,
    ],
  },
} satisfies Record<string, CommandSpec>

export type CommandName = keyof typeof COMMANDS

export const MAIN_HELP = `Usage: dativo-infra <command> [options]

Validate Dativo job configs and provision their runtime with Terraform.

Commands:
  validate [paths…]         check job configs; print path:line:col: severity: message [rule]
  tags <config>             print the tags the runtime module puts on every resource
  tfvars <config>           print the variables (dativo.auto.tfvars.json) the job's root receives
  resolve <config> --outputs <file>
                            substitute placeholders from a file of terraform output -json
  run --mode <mode>         the action's whole pipeline on this machine
  drift                     plan every job and print what changed outside Terraform

Options:
  -h, --help                show this help
  --version                 print the version

Run 'dativo-infra <command> --help' for a command's options.
Exit codes: 0 success, 1 findings or failures, 2 bad usage.`
