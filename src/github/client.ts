// The run's way to GitHub's API: one Octokit for the token, built on the first call (the
// validate path, which rarely needs it, starts without loading it), and who the token acts as.
import { describeGitHubError, isGitHubError } from './errors.js'
import type { Octokit, OctokitOptions } from './octokit.js'

/** The login of GITHUB_TOKEN, which may ask neither GraphQL's viewer nor GET /user. */
export const ACTIONS_BOT = 'github-actions[bot]'

export class GitHubClient {
  private client?: Promise<Octokit>
  private login?: Promise<string>

  constructor(readonly options: OctokitOptions) {}

  get baseUrl(): string {
    return this.options.baseUrl
  }

  octokit(): Promise<Octokit> {
    this.client ??= import('./octokit.js').then(({ createOctokit }) => createOctokit(this.options))
    return this.client
  }

  /**
   * The login the token acts as, as REST writes an author (`github-actions[bot]`, `my-app[bot]`,
   * `octocat`): GraphQL's viewer, which answers an app's installation token (GITHUB_TOKEN among
   * them) and a person's token alike, then REST's GET /user, which answers a person's token only
   * (an app's is refused with 403). A token refused both is taken for GITHUB_TOKEN. Never throws:
   * a run that cannot tell who it is still comments, and a gate that trusts only this identity
   * fails closed on a wrong guess.
   */
  identity(): Promise<string> {
    this.login ??= this.lookUpIdentity()
    return this.login
  }

  private async lookUpIdentity(): Promise<string> {
    const debug = (message: string) => {
      try {
        this.options.log.debug(message)
      } catch {
        // A log that cannot take a line must not cost the run its identity.
      }
    }
    let octokit: Octokit
    try {
      octokit = await this.octokit()
    } catch (error) {
      debug(`GitHub's API client could not be loaded: ${describe(error)}`)
      return ACTIONS_BOT
    }
    try {
      // GitHub Enterprise Server answers GraphQL at <host>/api/graphql: Octokit derives it from
      // a base URL ending in /api/v3.
      const answer = await octokit.graphql<{ viewer?: { login?: unknown } | null }>(
        'query { viewer { login } }',
      )
      const login = answer?.viewer?.login
      if (typeof login === 'string' && login !== '') return login
      debug('GraphQL viewer: no login in the answer')
    } catch (error) {
      debug(`GraphQL viewer: ${describe(error)}`)
    }
    try {
      const login: unknown = (await octokit.rest.users.getAuthenticated()).data?.login
      if (typeof login === 'string' && login !== '') return login
      debug('GET /user: no login in the answer')
    } catch (error) {
      debug(`GET /user: ${describe(error)}`)
    }
    debug(`The token's identity is unknown; taking it for ${ACTIONS_BOT}`)
    return ACTIONS_BOT
  }
}

/**
 * The GitHub App a bot login belongs to (`github-actions[bot]` → `github-actions`), the name its
 * check runs carry; undefined for a person's login, which cannot create check runs.
 */
export function appSlugOf(login: string): string | undefined {
  const match = /^(.+)\[bot\]$/i.exec(login)
  return match ? match[1]!.toLowerCase() : undefined
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Makes something on GitHub (an issue, a comment) once. A server error or a lost answer does not
 * say whether GitHub made it: `find` looks for it first, and it is made again only when it is not
 * there (a blind retry could make it twice). Any other refusal is thrown as it came.
 */
export async function createOnce<T>(
  api: GitHubClient,
  what: string,
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
): Promise<T> {
  try {
    return await create()
  } catch (error) {
    if (!isGitHubError(error) || error.status < 500) throw error
    api.options.log.debug(
      `${describeGitHubError(error, api.baseUrl)}; looking for the ${what} before trying again`,
    )
    return (await find()) ?? (await create())
  }
}
