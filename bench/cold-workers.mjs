/**
 * What a CLI run over the corpus costs without the CLI: N fresh worker threads (default 2) each
 * read and lint every Nth cable with the built library (`npm run build` first), under the V8
 * flag the command sets (`--no-turbo-inlining`). Prints the wall time, the process's CPU time
 * and each worker's time. Compare with `cablelint lint corpus --format json`: the difference is
 * the command's own cost (start-up, the pool, the report); what is left is each isolate warming
 * up on code it compiles afresh (bench/RESULTS.md, session 6).
 *
 *   node bench/cold-workers.mjs [N] [cables folder]
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import process from 'node:process'
import {URL} from 'node:url'
import v8 from 'node:v8'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'

const repoRoot = resolve(import.meta.dirname, '..')

if (isMainThread) {
  v8.setFlagsFromString('--no-turbo-inlining')
  const threads = Number(process.argv[2] ?? 2)
  const folder = resolve(process.argv[3] ?? join(repoRoot, '..', 'shared', 'corpus', 'cables'))
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
  const started = performance.now()
  const cpu = process.cpuUsage()
  const parts = Array.from({length: threads}, (_, part) => names.filter((_, index) => index % threads === part).map((name) => join(folder, name)))
  const times = await Promise.all(
    parts.map(
      (paths) =>
        new Promise((done, fail) => {
          const worker = new Worker(new URL(import.meta.url), {workerData: paths})
          worker.once('message', done)
          worker.once('error', fail)
        }),
    ),
  )
  const used = process.cpuUsage(cpu)
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(
    `${names.length} cables, ${threads} workers: ${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} cpu-s; each worker ${times.map((time) => `${time.toFixed(2)} s`).join(', ')}\n`,
  )
} else {
  const {lint} = await import(join(repoRoot, 'dist', 'src', 'lint', 'engine.js'))
  const {VFile} = await import('vfile')
  const started = performance.now()
  for (const path of workerData) lint(new VFile({path, value: readFileSync(path, 'utf8')}))
  parentPort.postMessage((performance.now() - started) / 1000)
}
