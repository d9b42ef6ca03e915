import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheDirs, withToolCacheEnv } from '../../../src/terraform/install/cache.js'

describe('where Terraform is cached', () => {
  it("uses the runner's tool cache and temp folder in Actions", () => {
    const env = {
      RUNNER_TOOL_CACHE: '/opt/hostedtoolcache',
      RUNNER_TEMP: '/home/runner/work/_temp',
    }
    expect(cacheDirs(env, 'linux', '/home/me', '/tmp')).toEqual({
      toolCache: '/opt/hostedtoolcache',
      temp: '/home/runner/work/_temp',
    })
  })

  it("uses the user's cache folder on a workstation", () => {
    expect(cacheDirs({}, 'linux', '/home/me', '/tmp')).toEqual({
      toolCache: path.join('/home/me', '.cache', 'dativo-infra', 'tools'),
      temp: path.join('/tmp', 'dativo-infra'),
    })
    expect(cacheDirs({ XDG_CACHE_HOME: '/xdg' }, 'darwin', '/home/me', '/tmp').toolCache).toBe(
      path.join('/xdg', 'dativo-infra', 'tools'),
    )
    expect(
      cacheDirs({ LOCALAPPDATA: 'C:/Users/me/AppData/Local' }, 'win32', 'C:/Users/me', 'C:/tmp')
        .toolCache,
    ).toBe(path.join('C:/Users/me/AppData/Local', 'dativo-infra', 'tools'))
  })

  it('sets the variables tool-cache reads only while installing', async () => {
    const before = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP }
    const seen = await withToolCacheEnv({ toolCache: '/c', temp: '/t' }, async () => ({
      cache: process.env.RUNNER_TOOL_CACHE,
      temp: process.env.RUNNER_TEMP,
    }))
    expect(seen).toEqual({ cache: '/c', temp: '/t' })
    expect({ cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP }).toEqual(before)
  })
})
