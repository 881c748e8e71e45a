/**
 * The CLI end-to-end stage: `cablelint lint|check|redact` over a list of files as a user runs
 * it, in a child process (start-up, discovery, workers, report, writing the copies), timed
 * from outside. Peak RSS is the child's own `maxRSS` (all its threads), printed by a
 * `--import` hook at exit. `bench/run.ts` calls `benchCli`; alone:
 *
 *   npx tsx bench/cli.ts [--runs N] [--dist | --bin path/to/bin.js] [--jobs 1,2]
 *
 * measures lint, check --out and redact --out over the corpus with each `--jobs` value and
 * prints the medians. `--dist` runs the built command, the package's `bin` (after `npm run build`)
 * instead of the sources under tsx, whose loader adds start-up and per-worker compile time.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface BenchCliOptions {
  /** Default `lint`. `check` and `redact` write their copies to a fresh temporary `--out`. */
  command?: 'lint' | 'check' | 'redact' | undefined
  /** `--jobs N`; default: the CLI's own default (one per core). */
  jobs?: number | undefined
  /** More CLI arguments, e.g. `['--format', 'json']`. */
  args?: readonly string[] | undefined
  /** `source` (default): `src/cli/bin.ts` under tsx; `dist`: the built command, the package's `bin`. */
  entry?: 'source' | 'dist' | undefined
  /** A built `bin.js` elsewhere (overrides `entry`), e.g. a build in a temporary folder. */
  bin?: string | undefined
}

export interface BenchCliResult {
  /** Wall time of the whole command, start-up included. */
  seconds: number
  /** Megabytes read (10^6 bytes, the sum of the files' sizes). */
  mb: number
  /** `mb / seconds`. */
  mbPerSecond: number
  /** The child's peak resident set size, all threads, in MB (2^20 bytes). */
  peakRssMb: number
  /** The CLI's exit code (1 is normal for lint: the corpus has findings). */
  exitCode: number
}

/** The built command as installed: the package's `bin` (`dist/bundle/cablelint.js`). */
export function builtBin(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {bin: Record<string, string>}
  return join(repoRoot, manifest.bin.cablelint ?? '')
}

/** Prints the child's peak RSS (KB) on stderr as it exits; `writeSync` so it is not lost. */
const rssHook = `data:text/javascript,${encodeURIComponent(
  "import {writeSync} from 'node:fs'\nprocess.on('exit', () => writeSync(2, `\\ncablelint-bench-maxrss ${process.resourceUsage().maxRSS}\\n`))",
)}`

/** The longest folder that holds every file: the child runs there, so its argv stays short. */
function commonFolder(files: readonly string[]): string {
  let folder = dirname(files[0] ?? repoRoot)
  for (const file of files) {
    while (!(file === folder || file.startsWith(folder.endsWith(sep) ? folder : folder + sep))) folder = dirname(folder)
  }
  return folder
}

/**
 * `copies` copies of `files` as distinct paths, `folder/<copy>/<name>`, hard-linked (copied
 * where the file system cannot link), for a run over more cables than there are. The caller
 * removes `folder`.
 */
export function replicate(files: readonly string[], copies: number): {folder: string; files: string[]} {
  const folder = mkdtempSync(join(os.tmpdir(), 'cablelint-bench-copies-'))
  const made: string[] = []
  for (let copy = 0; copy < copies; copy++) {
    mkdirSync(join(folder, String(copy)))
    for (const file of files) {
      const target = join(folder, String(copy), basename(file))
      try {
        linkSync(file, target)
      } catch {
        copyFileSync(file, target)
      }
      made.push(target)
    }
  }
  return {folder, files: made}
}

/** Run the CLI once over `files` (absolute or relative to the working directory). */
export function benchCli(files: readonly string[], options: BenchCliOptions = {}): BenchCliResult {
  const command = options.command ?? 'lint'
  const absolute = [...new Set(files.map((file) => resolve(file)))]
  if (absolute.length === 0) throw new Error('benchCli: no files')
  const bytes = absolute.reduce((sum, file) => sum + statSync(file).size, 0)
  const cwd = commonFolder(absolute)
  const entry = options.entry ?? 'source'
  const node =
    options.bin !== undefined
      ? [resolve(options.bin)]
      : entry === 'dist'
      ? [builtBin()]
      : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, join(repoRoot, 'src', 'cli', 'bin.ts')]
  if (!existsSync(node.at(-1) ?? '')) throw new Error(`benchCli: ${node.at(-1)} is missing${entry === 'dist' ? ": run 'npm run build' first" : ''}`)
  const out = command === 'lint' ? undefined : mkdtempSync(join(os.tmpdir(), 'cablelint-bench-'))
  const argv = [
    '--import',
    rssHook,
    ...node,
    command,
    '--no-progress',
    ...(options.jobs === undefined ? [] : ['--jobs', String(options.jobs)]),
    ...(out === undefined ? [] : ['--out', out]),
    ...(options.args ?? []),
    '--',
    ...absolute.map((file) => relative(cwd, file)),
  ]
  try {
    const started = performance.now()
    const child = spawnSync(process.execPath, argv, {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, CI: 'true'}})
    const seconds = (performance.now() - started) / 1000
    if (child.error) throw child.error
    const rss = /cablelint-bench-maxrss (\d+)/.exec(child.stderr)
    if (child.status === null || child.status > 1 || !rss) {
      throw new Error(`benchCli: '${command}' exited with ${child.status ?? child.signal}:\n${child.stderr.slice(-2000)}`)
    }
    const mb = bytes / 1e6
    return {seconds, mb, mbPerSecond: mb / seconds, peakRssMb: Number(rss[1]) / 1024, exitCode: child.status}
  } finally {
    if (out !== undefined) rmSync(out, {recursive: true, force: true})
  }
}

/** Run a plain Node script over `files` (given as a list file, one path a line), timed and measured as `benchCli` is. */
export function benchScript(script: string, files: readonly string[]): {bytes: number; peakRssMb: number; seconds: number} {
  const folder = mkdtempSync(join(os.tmpdir(), 'cablelint-bench-'))
  try {
    const list = join(folder, 'files.txt')
    writeFileSync(list, files.map((file) => resolve(file)).join('\n'))
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
    const started = performance.now()
    const child = spawnSync(process.execPath, ['--import', rssHook, script, list], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
    const seconds = (performance.now() - started) / 1000
    const rss = /cablelint-bench-maxrss (\d+)/.exec(child.stderr)
    if (child.error || child.status !== 0 || !rss) throw new Error(`benchScript: ${script} failed: ${child.error?.message ?? child.stderr.slice(-2000)}`)
    return {bytes, peakRssMb: Number(rss[1]) / 1024, seconds}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

function main(): void {
  const corpus = process.env.CABLELINT_CORPUS ? join(resolve(process.env.CABLELINT_CORPUS), 'cables') : resolve(repoRoot, '..', 'shared', 'corpus', 'cables')
  if (!existsSync(corpus)) {
    console.log(`cablelint bench: corpus not found at ${corpus} (set CABLELINT_CORPUS): CLI stage skipped`)
    return
  }
  const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort().map((name) => join(corpus, name))
  const runs = Number(flag('--runs') ?? 3)
  const entry = process.argv.includes('--dist') ? 'dist' : 'source'
  const bin = flag('--bin')
  const jobs = (flag('--jobs') ?? '1,2').split(',').map(Number)
  console.log(`CLI end to end: ${files.length} cables, ${bin ?? entry} entry, ${runs} runs each (median), ${os.availableParallelism()} cores, load ${os.loadavg()[0]?.toFixed(2)}`)
  console.log(`${'stage'.padEnd(24)} ${'MB/s'.padStart(7)} ${'seconds'.padStart(8)} ${'peak RSS MB'.padStart(12)}`)
  for (const command of ['lint', 'check', 'redact'] as const) {
    for (const count of jobs) {
      const results = Array.from({length: runs}, () => benchCli(files, {command, jobs: count, entry, bin}))
      const name = `${command}${command === 'lint' ? '' : ' --out'} --jobs ${count}`
      const seconds = median(results.map((result) => result.seconds))
      const mbPerSecond = median(results.map((result) => result.mbPerSecond))
      const rss = median(results.map((result) => result.peakRssMb))
      console.log(`${name.padEnd(24)} ${mbPerSecond.toFixed(1).padStart(7)} ${seconds.toFixed(2).padStart(8)} ${rss.toFixed(0).padStart(12)}`)
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
