/**
 * The pool worker (tinypool): takes a batch of cable paths, returns their results in the
 * same order. Settings arrive once, as the pool's `workerData`. The worker only reads; the
 * main thread writes every output (see `pool.ts`).
 */
import {Tinypool} from 'tinypool'
import type {Io} from '../cli/io.js'
import type {ReadResult} from '../cli/read-input.js'
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

/**
 * How many bytes of cable text a worker reads ahead of the one it parses. Reading a batch's
 * files back to back took a tenth less of a worker's CPU than reading each just before its
 * parse (bench/RESULTS.md, session 5); the bound keeps a batch of very large cables from
 * being held all at once.
 */
const readAheadBytes = 2 * 1024 * 1024

export default async function cables(paths: readonly string[]): Promise<CableResult[]> {
  const results: CableResult[] = []
  let next = 0
  while (next < paths.length) {
    // Read a run of files (at least one, then up to `readAheadBytes`), then process them.
    const run: Array<{path: string; read: ReadResult}> = []
    let held = 0
    while (next < paths.length && (run.length === 0 || held < readAheadBytes)) {
      const path = paths[next++]!
      const read = await readCable(path, io, settings)
      if (read.ok) held += String(read.file.value).length
      run.push({path, read})
    }
    for (const {path, read} of run) {
      // Test hook: kill this worker thread with an uncaught exception, as a bug in a callback
      // would (tinypool rejects the batch and starts a new worker).
      if (crashHook(settings, path) === 'exit') {
        setImmediate(() => {
          throw new Error(`injected worker crash (CABLELINT_TEST_CRASH) on ${path}`)
        })
        await new Promise(() => {})
      }
      results.push(await processCable(path, io, settings, Promise.resolve(read)))
    }
  }
  return results
}
