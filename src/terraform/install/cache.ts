// Where @actions/tool-cache keeps Terraform. It reads RUNNER_TOOL_CACHE and RUNNER_TEMP itself;
// outside Actions (the CLI on a workstation) they point at a per-user cache instead. Finding a
// version there needs no tool-cache: its layout is read here, so a cached Terraform starts fast.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface CacheDirs {
  /** RUNNER_TOOL_CACHE: terraform/<version>/<arch>/ lives here. */
  toolCache: string
  /** RUNNER_TEMP: downloads and unpacking, removed after each install. */
  temp: string
}

export function cacheDirs(
  env: NodeJS.ProcessEnv,
  platform: string,
  home = os.homedir(),
  tmp = os.tmpdir(),
): CacheDirs {
  const userCache =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : (env.XDG_CACHE_HOME ?? path.join(home, '.cache'))
  return {
    toolCache: env.RUNNER_TOOL_CACHE || path.join(userCache, 'dativo-infra', 'tools'),
    temp: env.RUNNER_TEMP || path.join(tmp, 'dativo-infra'),
  }
}

/** Runs `action` with tool-cache's variables set to `dirs`, then puts them back as they were. */
export async function withToolCacheEnv<T>(dirs: CacheDirs, action: () => Promise<T>): Promise<T> {
  const saved = {
    RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
    RUNNER_TEMP: process.env.RUNNER_TEMP,
  }
  process.env.RUNNER_TOOL_CACHE = dirs.toolCache
  process.env.RUNNER_TEMP = dirs.temp
  try {
    return await action()
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/**
 * The folder of `version` (a clean semver, as tool-cache names folders) in the tool cache, when
 * tool-cache finished putting it there: `<cache>/terraform/<version>/<arch>` beside a
 * `<arch>.complete` marker, as tool-cache's find() checks.
 */
export function cachedFolder(dirs: CacheDirs, version: string, arch: string): string | undefined {
  const folder = path.join(dirs.toolCache, 'terraform', version, arch)
  return existsSync(folder) && existsSync(`${folder}.complete`) ? folder : undefined
}
