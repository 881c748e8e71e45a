/**
 * The pool worker (tinypool): takes a batch of cable paths, returns their results in the
 * same order. Settings arrive once, as the pool's `workerData`. The worker only reads; the
 * main thread writes every output (see `pool.ts`).
 */
import {Tinypool} from 'tinypool'
import type {Io} from '../cli/io.js'
import {crashHook, processCable, type CableResult, type JobSettings} from './job.js'

const settings = Tinypool.workerData as JobSettings

const silent = {write() {}, isTTY: false}
/** Only `cwd` is read: workers never see standard input (a `-` run stays in-process). */
const io: Io = {
  stdout: silent,
  stderr: silent,
  stdin: {read: async () => new Uint8Array(), isTTY: false},
  env: {},
  cwd: settings.cwd,
  now: () => performance.now(),
}

export default async function cables(paths: readonly string[]): Promise<CableResult[]> {
  // One cable at a time, read just before it is parsed: reads are synchronous (read-input.ts),
  // so reading the whole batch first would only hold all its texts at once.
  const results: CableResult[] = []
  for (const path of paths) {
    // Test hook: kill this worker thread with an uncaught exception, as a bug in a callback
    // would (tinypool rejects the batch and starts a new worker).
    if (crashHook(settings, path) === 'exit') {
      setImmediate(() => {
        throw new Error(`injected worker crash (CABLELINT_TEST_CRASH) on ${path}`)
      })
      await new Promise(() => {})
    }
    results.push(await processCable(path, io, settings))
  }
  return results
}
