// The run's way to GitHub's API: one Octokit for the token, built on the first call (the
// validate path, which rarely needs it, starts without loading it), and who the token acts as.
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
   * The login the token acts as: GraphQL's viewer (which also knows an app's bot), then REST's
   * GET /user (a personal token); a token refused both is taken for GITHUB_TOKEN.
   */
  identity(): Promise<string> {
    this.login ??= this.lookUpIdentity()
    return this.login
  }

  private async lookUpIdentity(): Promise<string> {
    const octokit = await this.octokit()
    const { debug } = this.options.log
    try {
      const answer = await octokit.graphql<{ viewer?: { login?: string } }>(
        'query { viewer { login } }',
      )
      if (answer.viewer?.login) return answer.viewer.login
    } catch (error) {
      debug(`GraphQL viewer: ${(error as Error).message}`)
    }
    try {
      return (await octokit.rest.users.getAuthenticated()).data.login
    } catch (error) {
      debug(`GET /user: ${(error as Error).message}; taking the token for ${ACTIONS_BOT}`)
    }
    return ACTIONS_BOT
  }
}
