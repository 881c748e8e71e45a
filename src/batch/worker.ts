/**
 * The pool worker (tinypool): takes a batch of cable paths, returns their results in the
 * same order. Settings arrive once, as the pool's `workerData`. The worker only reads; the
 * main thread writes every output (see `pool.ts`).
 */
import {Tinypool} from 'tinypool'
import type {Io} from '../cli/io.js'
import {crashHook, processCable, readCable, type CableResult, type JobSettings} from './job.js'

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
  // Read the whole batch at once: the reads overlap the parsing instead of stalling it.
  const reads = paths.map((path) => readCable(path, io, settings))
  const results: CableResult[] = []
  for (const [index, path] of paths.entries()) {
    // Test hook: kill this worker thread with an uncaught exception, as a bug in a callback
    // would (tinypool rejects the batch and starts a new worker).
    if (crashHook(settings, path) === 'exit') {
      setImmediate(() => {
        throw new Error(`injected worker crash (CABLELINT_TEST_CRASH) on ${path}`)
      })
      await new Promise(() => {})
    }
    results.push(await processCable(path, io, settings, reads[index]))
  }
  return results
}
