// The environment child processes get (Terraform and its provisioners, git, deploy-command).

/**
 * The environment without the action's inputs, and without any variable that holds the token:
 * the runner passes each input as INPUT_<NAME>, github-token included, and a workflow often
 * exports the same token as GITHUB_TOKEN or GH_TOKEN (or inside a longer value, such as a URL or
 * an Authorization header) for steps of its own. No child has any business with it: Terraform
 * runs the repository's provisioners, and deploy-command is the user's program. Git needs no
 * token here either: its push authenticates with what actions/checkout configured (an
 * `http.<url>.extraheader` in the repository's git config) or the user's credential helper.
 */
export function childEnvironment(
  env: NodeJS.ProcessEnv,
  secrets: ReadonlyArray<string | undefined> = [],
): NodeJS.ProcessEnv {
  const forms = secrets.flatMap((secret) => (secret ? secretForms(secret) : []))
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name, value]) =>
        !/^INPUT_/i.test(name) && !(value && forms.some((form) => value.includes(form))),
    ),
  )
}

/**
 * The token as it may appear in a variable: as it is, and base64-encoded alone or after
 * `x-access-token:` (Basic authorization, as actions/checkout writes it). Too short a value is
 * no token and would match everything.
 */
function secretForms(secret: string): string[] {
  if (secret.length < 8) return []
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '')
  // A base64 text is cut at a character boundary only every 3 bytes: the stable middle part.
  const inner = (text: string) => base64(text).slice(0, -2)
  return [secret, inner(secret), inner(`x-access-token:${secret}`)].filter(
    (form) => form.length >= 8,
  )
}

/** The environment as a child process gets it: names with a value only. */
export function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
}
