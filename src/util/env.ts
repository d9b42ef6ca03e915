// The environment child processes get (Terraform, git, deploy-command).

/**
 * The environment without the action's inputs: the runner passes each input as INPUT_<NAME>,
 * github-token included, and a child has no business with any of them.
 */
export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)))
}

/** The environment as @actions/exec takes it: names with a value only. */
export function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
}
