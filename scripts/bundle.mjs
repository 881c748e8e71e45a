/**
 * The command and its pool worker as one file each: `dist/bundle/cablelint.js` (the package's
 * `bin`) and `dist/bundle/worker.js` beside it, built from tsc's output by `npm run build`.
 *
 * Why: loading the ES modules one by one was a tenth of a corpus lint. The command imported
 * about 330 modules (95 of them zod's) before it read a file, and each worker thread about 280:
 * `cablelint --version` took 0.27 s, and a worker 0.15 s to load. As one file each they load
 * in half that (bench/RESULTS.md, session 5). The library (`dist/src/index.js`) stays as tsc
 * writes it.
 *
 * tinypool stays outside: it starts its threads from its own entry module, found from its own
 * location. The `require` banner serves the CommonJS dependencies (picomatch) inside an ES
 * module bundle. Paths read at run time are unchanged: `package.json` two folders up, the
 * review page from the package root, the worker beside the module that starts the pool.
 */
import {chmodSync} from 'node:fs'
import {build} from 'esbuild'

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['tinypool'],
  banner: {js: "import {createRequire as __cablelintCreateRequire} from 'node:module'; const require = __cablelintCreateRequire(import.meta.url);"},
  logLevel: 'warning',
}

await build({...shared, entryPoints: {cablelint: 'dist/src/cli/bin.js', worker: 'dist/src/batch/worker.js'}, outdir: 'dist/bundle'})
chmodSync('dist/bundle/cablelint.js', 0o755)
