/**
 * Ordered streaming over a bounded window: start up to `window` tasks, hand their results to
 * the consumer in input order (even when they finish out of order), and start the next task
 * only as results are taken. Memory is then bounded by the window, not by the number of
 * cables, and a slow consumer (writing files) holds the producers back.
 */

/**
 * Run `work` over `items`, at most `window` unconsumed results at a time, yielding results
 * in the order of `items`. A rejected task rethrows when its turn comes; tasks that should
 * not stop the run must catch their own errors (the batch runner turns them into results).
 */
export async function* ordered<T, R>(items: Iterable<T>, work: (item: T, index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const size = Math.max(1, Math.floor(window))
  const iterator = items[Symbol.iterator]()
  const queue: Array<Promise<R>> = []
  let index = 0
  const fill = () => {
    while (queue.length < size) {
      const next = iterator.next()
      if (next.done === true) return
      const task = work(next.value, index++)
      // Handled when its turn comes; until then a rejection must not count as unhandled.
      task.catch(() => {})
      queue.push(task)
    }
  }
  fill()
  for (let head = queue[0]; head !== undefined; head = queue[0]) {
    const value = await head
    queue.shift()
    // Refill before yielding: the workers go on while the consumer handles `value`.
    fill()
    yield value
  }
}

/** Consecutive slices of `size` items (the last may be shorter). */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  const step = Math.max(1, Math.floor(size))
  for (let start = 0; start < items.length; start += step) yield items.slice(start, start + step)
}
