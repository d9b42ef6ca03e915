// Slots (src/util/concurrency.ts): at most N holders, the others served in the order they came,
// a slot given back once however often its release is called.
import { describe, expect, it } from 'vitest'
import { Slots } from '../../src/util/concurrency.js'

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('Slots', () => {
  it('lets `limit` holders in at once and the others in turn, first come first served', async () => {
    const slots = new Slots(2)
    const holding: number[] = []
    const releases = new Map<number, () => void>()
    for (const id of [1, 2, 3, 4]) {
      void slots.acquire().then((release) => {
        holding.push(id)
        releases.set(id, release)
      })
    }
    await tick()
    expect(holding).toEqual([1, 2])
    releases.get(2)!()
    releases.get(2)!()
    await tick()
    expect(holding).toEqual([1, 2, 3])
    releases.get(1)!()
    await tick()
    expect(holding).toEqual([1, 2, 3, 4])
    releases.get(3)!()
    releases.get(4)!()
    // Given back once each: two free slots again, not more.
    const again = await Promise.all([slots.acquire(), slots.acquire()])
    let third = false
    void slots.acquire().then(() => (third = true))
    await tick()
    expect(third).toBe(false)
    again[0]()
    await tick()
    expect(third).toBe(true)
  })
})
