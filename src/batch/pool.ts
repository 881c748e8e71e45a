/**
 * Where cables are processed: in the main thread (`--jobs 1`, a single file, standard input:
 * no worker start-up) or in a tinypool worker pool, with the same `processCable` either way.
 *
 * Workers get batches of paths and read the files themselves; they return plain results and
 * the main thread writes every output file. Writing in the main thread keeps the temporary
 * files of `writeAtomic` in one registry, so Ctrl-C removes them all (a worker's would be
 * invisible to the SIGINT handler), and a worker that dies can never leave half a file. The
 * price, copying each redacted copy, log and diff back once, is small next to parsing.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Tinypool} from 'tinypool'
import type {Io} from '../cli/io.js'
import {processCable, type CableResult, type JobSettings} from './job.js'

export interface Runner {
  /** Process a batch of paths; results in the same order. Never rejects. */
  run(paths: readonly string[]): Promise<CableResult[]>
  /** Stop the workers. */
  close(): Promise<void>
}

/** Process cables one by one in this thread. */
export function inProcessRunner(io: Io, settings: JobSettings): Runner {
  return {
    async run(paths) {
      const results: CableResult[] = []
      for (const path of paths) results.push(await processCable(path, io, settings))
      return results
    },
    async close() {},
  }
}

/**
 * The worker module for tinypool: `worker.js` beside the module this code is in, that is
 * `dist/bundle/worker.js` beside the bundled command (scripts/bundle.mjs), or tsc's
 * `dist/src/batch/worker.js` beside its `pool.js`. From
 * source (tsx, vitest): Node 20 does not apply `--import tsx` inside worker threads, so the
 * worker is a small bootstrap module (a `data:` URL) that registers tsx's loader and then
 * imports `worker.ts`. Its tsx is found from this file, wherever the working directory is.
 */
export function workerModule(here: string = import.meta.url): string {
  if (!here.endsWith('.ts')) return fileURLToPath(new URL('worker.js', here))
  const tsx = join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')
  const source = [
    `import {register} from ${JSON.stringify(pathToFileURL(tsx).href)}`,
    'register()',
    `const worker = await import(${JSON.stringify(new URL('worker.ts', here).href)})`,
    'export default worker.default',
  ].join('\n')
  return `data:text/javascript,${encodeURIComponent(source)}`
}

/** A pool of `threads` workers. A batch whose worker died is retried cable by cable. */
export function poolRunner(settings: JobSettings, threads: number): Runner {
  const pool = new Tinypool({
    filename: workerModule(),
    minThreads: threads,
    maxThreads: threads,
    workerData: settings,
    idleTimeout: 1000,
    // Each cable's garbage is short-lived: a young generation of 16 MB collects it in a tenth
    // fewer cpu-s than one of 4 MB (a corpus lint 5.1 against 5.5–5.7 cpu-s). The heaps' peak
    // is bounded by the old generation's growth instead (`--heap-growing-percent` in bin.ts).
    resourceLimits: {maxYoungGenerationSizeMb: 16},
  })
  const runOne = async (paths: readonly string[]): Promise<CableResult[]> => (await pool.run(paths)) as CableResult[]
  return {
    async run(paths) {
      try {
        return await runOne(paths)
      } catch (error) {
        // The worker died (or the result could not be cloned). Which cable? Retry alone, so
        // only the culprit is reported and the others of the batch still get their results.
        if (paths.length === 1) return [{kind: 'crashed', path: paths[0] ?? '', message: describe(error)}]
        const results: CableResult[] = []
        for (const path of paths) {
          try {
            for (const result of await runOne([path])) results.push(result)
          } catch (again) {
            results.push({kind: 'crashed', path, message: describe(again)})
          }
        }
        return results
      }
    },
    async close() {
      await pool.destroy()
    },
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

