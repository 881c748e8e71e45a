/** `ordered`: results in input order whatever order tasks finish in, with a bounded window. */
import {describe, expect, it} from 'vitest'
import {chunks, ordered} from '../../../src/batch/ordered.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = []
  for await (const value of iterable) values.push(value)
  return values
}

describe('ordered', () => {
  it('yields in input order when later tasks finish first', async () => {
    const finished: number[] = []
    // Delays fall with the index: without reordering the output would be reversed.
    const items = [0, 1, 2, 3, 4, 5, 6, 7]
    const values = await collect(
      ordered(items, async (item) => {
        await sleep((items.length - item) * 3)
        finished.push(item)
        return item * 10
      }, 4),
    )
    expect(values).toEqual([0, 10, 20, 30, 40, 50, 60, 70])
    // The tasks really did finish out of order.
    expect(finished.slice(0, 4)).not.toEqual([0, 1, 2, 3])
  })

  it('never has more than `window` tasks started and not yet consumed', async () => {
    let running = 0
    let most = 0
    const values = await collect(
      ordered(Array.from({length: 30}, (_, index) => index), async (item) => {
        running++
        most = Math.max(most, running)
        await sleep(item % 3)
        running--
        return item
      }, 3),
    )
    expect(values).toHaveLength(30)
    expect(most).toBe(3)
  })

  it('starts nothing more while the consumer is busy (back-pressure)', async () => {
    let started = 0
    const iterator = ordered(Array.from({length: 100}, (_, index) => index), async (item) => {
      started++
      return item
    }, 5)
    await iterator.next()
    await sleep(5)
    // 5 started at first, one more refilled after the first was taken.
    expect(started).toBe(6)
    await iterator.return(undefined)
  })

  it('rethrows a rejected task at its turn, after the results before it', async () => {
    const seen: number[] = []
    await expect(
      (async () => {
        for await (const value of ordered([1, 2, 3], async (item) => {
          if (item === 2) throw new Error('two')
          return item
        }, 3)) seen.push(value)
      })(),
    ).rejects.toThrow('two')
    expect(seen).toEqual([1])
  })

  it('handles an empty input', async () => {
    expect(await collect(ordered([], async (item: number) => item, 4))).toEqual([])
  })
})

describe('chunks', () => {
  it('slices in order, the last one shorter', () => {
    expect([...chunks([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]])
    expect([...chunks([1, 2], 0)]).toEqual([[1], [2]])
  })
})
