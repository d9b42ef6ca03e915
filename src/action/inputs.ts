// Every input the action reads is read here (actions/checkout's input-helper habit).
import path from 'node:path'
import * as core from '../publish/workflow-commands.js'
import { parseRunOptions } from '../options.js'
import type { RunOptions } from '../options.js'

export function readInputs(env: NodeJS.ProcessEnv = process.env): RunOptions {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const options = parseRunOptions((name) => core.getInput(name), workspace)
  // A token given as an input may be a personal one the runner does not know to hide.
  if (options.githubToken) core.setSecret(options.githubToken)
  return options
}
