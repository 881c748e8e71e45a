/**
 * The main job over one cable or thousands: decode → parse → lint → redact → verify →
 * report, for `check`, `lint` and `redact`. Files are read one at a time and results are
 * reported in input order; a cable that cannot be read or crashes is reported with its path
 * and the run goes on. Redacted copies go to `--out DIR/public/`, logs and diffs (which show
 * the original text, so are for reviewers only) to `--out DIR/review/`.
 */
import {realpathSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {basename, extname, join, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import {discover, pathKind} from '../batch/discover.js'
import {reviveMessage, type JobSettings} from '../batch/job.js'
import {chunks, ordered} from '../batch/ordered.js'
import {inProcessRunner, poolRunner} from '../batch/pool.js'
import {createBaseline} from '../lint/baseline.js'
import type {Finding} from '../lint/finding.js'
import {createReportStream} from '../report/index.js'
import {openAtomic, writeAtomic, type AtomicFile} from './atomic-write.js'
import {errors, fail, type CliError} from './errors.js'
import {exitCodes, type ExitCode} from './exit-codes.js'
import type {Io} from './io.js'
import type {Options} from './options.js'
import {createProgress, progressEnabled} from './progress.js'
import {loadBaseline, loadConfig, loadDecisions, loadSuppressions} from './settings.js'
import {colorFor} from './style.js'
import {packageVersion} from './version.js'

export type Mode = 'check' | 'lint' | 'redact'

interface Totals {
  cables: number
  bytes: number
  errors: number
  warnings: number
  infos: number
  spans: Map<string, number>
  refused: number
  written: number
  unreadable: number
  /** Cables whose processing crashed (nothing written for them). */
  crashed: number
  /** Rules that threw on a cable: its other findings stand, but the lint is not whole. */
  ruleErrors: number
}

/** Below this many files, and without `--jobs`, no worker pool is started. */
const smallRun = 32

function worst(a: ExitCode, b: ExitCode): ExitCode {
  const rank: Record<ExitCode, number> = {0: 0, 1: 1, 2: 2, 3: 3}
  return rank[a] >= rank[b] ? a : b
}

/** Run the batch job; returns the exit code. */
export async function runBatch(mode: Mode, options: Options, io: Io): Promise<ExitCode> {
  const linting = mode !== 'redact'
  const redacting = mode !== 'lint'
  if (options.paths.length === 0) return fail(io, errors.missingPath(mode, "one or more files, folders or globs (or '-' for standard input)"))

  const found = await discover(options.paths, {ext: options.ext, cwd: io.cwd})
  if (!found.ok) {
    const error = found.error
    return fail(io, error.code === 'missing' ? errors.notFound(error.path) : error.code === 'no-match' ? errors.noMatch(error.path) : errors.noFiles(options.paths, options.ext))
  }
  // Display paths (or `-`), sorted; their output paths are made as each copy is written, so a run
  // holds one string per cable and memory stays flat whatever the number of cables.
  const paths = found.files
  const outputPathOf = outputPaths(options.paths, io.cwd)

  const config = await loadConfig(options, io)
  if (!config.ok) return fail(io, config.error)
  const suppressions = await loadSuppressions(options.suppressions, io)
  if (!suppressions.ok) return fail(io, suppressions.error)
  const baseline = linting ? await loadBaseline(options.baseline, io, options.updateBaseline) : {ok: true as const, value: undefined}
  if (!baseline.ok) return fail(io, baseline.error)
  if (options.updateBaseline && options.baseline === undefined) return fail(io, errors.invalidValue('--update-baseline', 'a --baseline FILE to write', mode))
  const decisions = redacting ? await loadDecisions(options.decisions, io) : {ok: true as const, value: undefined}
  if (!decisions.ok) return fail(io, decisions.error)
  if (decisions.value && paths.length > 1) {
    return fail(io, errors.invalidValue('--decisions', 'a single cable to apply it to (a decisions file belongs to one cable)', mode))
  }

  const release = options.releaseGiven ? options.release : (config.value.release ?? options.release)
  const out = options.out === undefined ? undefined : resolve(io.cwd, options.out)
  if (redacting && out !== undefined) {
    const refused = checkOutputFolder(out, options.paths, paths, outputPathOf, io.cwd)
    if (refused) return fail(io, refused)
  }
  const toStdout = mode === 'redact' && out === undefined
  if (toStdout && paths.length > 1) return fail(io, errors.invalidValue('--out', `a folder for the ${paths.length} redacted copies (only one cable can go to standard output)`, mode))

  const color = colorFor(options.color, io.stdout, io.env)
  const settings: JobSettings = {
    cwd: io.cwd,
    command: mode,
    linting,
    redacting,
    config: config.value,
    suppressions: suppressions.value,
    baseline: options.updateBaseline ? undefined : baseline.value,
    release,
    placeholder: options.placeholder,
    decisions: decisions.value,
    // SARIF fingerprints read the flagged text: it comes back with the findings and is let go
    // once the file's results are written. The other formats need only the findings.
    keepText: linting && !options.updateBaseline && options.format === 'sarif',
    outputs: toStdout ? 'stdout' : out === undefined ? 'none' : 'files',
    crashOn: io.env.CABLELINT_TEST_CRASH,
  }
  const totals: Totals = {cables: 0, bytes: 0, errors: 0, warnings: 0, infos: 0, spans: new Map(), refused: 0, written: 0, unreadable: 0, crashed: 0, ruleErrors: 0}
  const reportOptions = {color, quiet: options.quiet, version: packageVersion(), cwd: io.cwd}
  // Every format is written a file at a time as results come (in input order), so a run over
  // any number of cables holds no finding once its file is out (issue 7: memory flat whatever
  // the number of files). Only --update-baseline gathers the findings, to write the baseline.
  const report = linting && !options.updateBaseline ? createReportStream(options.format, reportOptions) : undefined
  /** `--output FILE` is written in pieces to a temporary, renamed over FILE when the report is whole. */
  let reportFile: AtomicFile | undefined
  if (report && options.output !== undefined) {
    try {
      reportFile = openAtomic(resolve(io.cwd, options.output))
    } catch (error) {
      return fail(io, errors.cannotWriteReport(options.output, error))
    }
  }
  const baselineFiles: Array<{path: string; messages: Finding[]}> = []
  const progress = createProgress(io, {total: paths.length, progress: progressEnabled(io, options.progress) && paths.length > 1, color: colorFor(options.color, io.stderr, io.env)})
  /** Messages during the run: erase the progress line first (it is redrawn on the next update). */
  const warn = (error: CliError) => {
    progress.clear()
    fail(io, error)
  }
  /** A copy or the report could not be written (a full disk, say): the run stops with it. */
  let failure: CliError | undefined
  const emitReport = (text: string) => {
    if (text === '' || failure !== undefined) return
    if (reportFile) {
      try {
        reportFile.write(text)
      } catch (error) {
        failure = errors.cannotWriteReport(options.output ?? '', error)
      }
      return
    }
    // On the terminal that shows the progress line, the report goes above it.
    if (io.stdout.isTTY) progress.clear()
    io.stdout.write(text)
  }
  const started = io.now()
  let code: ExitCode = exitCodes.ok

  // Workers only pay off for several files (starting one costs about as much as linting a
  // hundred cables), so without --jobs a small run stays in this thread. Standard input too.
  const jobs = options.jobs ?? (paths.length < smallRun ? 1 : availableParallelism())
  const inProcess = jobs <= 1 || paths.length <= 1 || paths.includes('-')
  const threads = inProcess ? 1 : Math.min(jobs, paths.length)
  // Batches amortise the message round trip and tinypool's per-task `process.memoryUsage()`
  // (about 1 ms each: 16-cable batches spent 0.35 s of a corpus run on it); small enough that
  // the last ones balance out.
  const batch = inProcess ? 1 : Math.min(64, Math.ceil(paths.length / (threads * 8)))
  const runner = inProcess ? inProcessRunner(io, settings) : poolRunner(settings, threads)
  let position = 0

  try {
    // In-process, a window of several single-cable tasks reads the next files while one is parsed.
    for await (const results of ordered(chunks(paths, batch), (chunk) => runner.run(chunk), inProcess ? 8 : threads * 2)) {
      for (const result of results) {
        const path = paths[position++]
        if (path === undefined) break
        if (result.kind === 'unreadable') {
          warn(result.error)
          totals.unreadable++
          code = worst(code, exitCodes.usage)
        } else if (result.kind === 'crashed') {
          // A bug, not a verdict: fail closed for this cable (nothing written) and go on.
          warn({
            exitCode: exitCodes.usage,
            message: `internal error on '${path}': ${result.message}. This is a bug in cablelint; please report it. ${redacting ? 'Nothing was written for this cable; ' : ''}the other cables were processed.`,
          })
          totals.crashed++
          code = worst(code, redacting ? exitCodes.leak : exitCodes.usage)
        } else {
          totals.cables++
          totals.bytes += result.bytes
          if (result.lint) {
            const lintData = result.lint
            const messages = lintData.messages.map(reviveMessage)
            if (options.updateBaseline) baselineFiles.push({path, messages})
            else if (report) {
              const file = path === '-' ? new VFile(lintData.text === undefined ? {} : {value: lintData.text}) : new VFile(lintData.text === undefined ? {path} : {path, value: lintData.text})
              emitReport(report.file({file, messages, suppressed: lintData.suppressed.map(reviveMessage), internalErrors: lintData.internalErrors}))
            }
            if (lintData.internalErrors.length > 0) {
              // A rule that threw is a bug, reported in the report itself; a script must not read
              // the run as clean (exit code 2, as for a crash).
              totals.ruleErrors += lintData.internalErrors.length
              code = worst(code, exitCodes.usage)
            }
            for (const message of messages) {
              if (message.fatal === true) totals.errors++
              else if (message.fatal === false) totals.warnings++
              else totals.infos++
            }
          }
          if (result.redact) {
            const redacted = result.redact
            for (const [reason, count] of Object.entries(redacted.spans)) totals.spans.set(reason, (totals.spans.get(reason) ?? 0) + count)
            if (!redacted.ok) {
              totals.refused++
              code = worst(code, exitCodes.leak)
              progress.clear()
              for (const refusal of redacted.refusals) {
                io.stderr.write(`cablelint: ${path}:${refusal.line}:${refusal.column}: redaction refused (${refusal.ruleId}): ${refusal.reason}. Nothing was written for this cable.\n`)
              }
              if (redacted.unencodable !== undefined) {
                io.stderr.write(`cablelint: ${path}: the redacted copy cannot be written in ${redacted.unencodable}. Nothing was written for this cable.\n`)
              }
            } else if (redacted.text !== undefined) {
              io.stdout.write(redacted.text)
            } else if (redacted.files !== undefined && out !== undefined) {
              const outputPath = outputPathOf(path)
              const stem = outputPath.slice(0, outputPath.length - extname(outputPath).length)
              const {bytes, log, diff} = redacted.files
              try {
                writeAtomic(join(out, 'public', outputPath), bytes)
                writeAtomic(join(out, 'review', `${stem}.redaction.json`), log)
                writeAtomic(join(out, 'review', `${stem}.diff`), diff)
                totals.written++
              } catch (error) {
                // The first failure stops the run: the next write would most likely fail too.
                failure = errors.cannotWriteCopy(path, options.out ?? '', error)
              }
            }
          }
        }
        progress.update({filesDone: position, bytesDone: totals.bytes, findings: totals.errors + totals.warnings + totals.infos})
        if (failure) break
      }
      if (failure) break
    }
  } catch (error) {
    // A bug, reported by the caller: the report's temporary goes (the target is left as it was).
    reportFile?.discard()
    throw error
  } finally {
    await runner.close()
  }
  progress.done()
  if (failure) {
    reportFile?.discard()
    return fail(io, failure)
  }
  const seconds = (io.now() - started) / 1000

  if (linting) {
    if (options.updateBaseline && options.baseline !== undefined) {
      writeAtomic(resolve(io.cwd, options.baseline), JSON.stringify(createBaseline(baselineFiles), null, 2) + '\n')
      io.stderr.write(`cablelint: wrote ${baselineFiles.reduce((sum, file) => sum + file.messages.length, 0)} findings to the baseline '${options.baseline}'.\n`)
    } else if (report) {
      emitReport(report.end())
      try {
        if (!failure) reportFile?.commit()
      } catch (error) {
        failure = errors.cannotWriteReport(options.output ?? '', error)
      }
      if (failure) {
        reportFile?.discard()
        return fail(io, failure)
      }
      const overWarnings = options.maxWarnings !== undefined && totals.warnings > options.maxWarnings
      if (totals.errors > 0 || overWarnings) code = worst(code, exitCodes.findings)
    }
  }
  // Always on stderr, so standard output stays the report (or the redacted cable) alone.
  io.stderr.write(summary(mode, totals, seconds, options.out))
  return code
}

/**
 * Output paths mirror inputs: a file under a given input folder keeps its place under it, a
 * file named otherwise its path relative to the working directory (or its name, outside it).
 * Returns the mapping from a display path (or `-`) to its path relative to `--out`.
 */
function outputPaths(inputs: readonly string[], cwd: string): (path: string) => string {
  const folders: string[] = []
  for (const input of inputs) {
    if (input === '-') continue
    // Not a folder (a file, or a glob): files keep their path relative to the working directory.
    if (pathKind(resolve(cwd, input)) === 'directory') folders.push(resolve(cwd, input))
  }
  return (path) => {
    if (path === '-') return 'stdin.txt'
    const absolute = resolve(cwd, path)
    const root = folders.find((folder) => absolute.startsWith(folder + sep))
    return root ? relative(root, absolute) : isInside(cwd, absolute) ? relative(cwd, absolute) : basename(absolute)
  }
}

function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
}

function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/**
 * Refuse an output folder that would overwrite or be read as input: the folder is an input
 * file, lies inside an input folder, or contains an input folder's files' targets.
 */
function checkOutputFolder(out: string, inputs: readonly string[], paths: readonly string[], outputPathOf: (path: string) => string, cwd: string): CliError | undefined {
  const outReal = real(out)
  // A folder that does not exist yet is created.
  if (pathKind(out) === 'file') return {exitCode: exitCodes.usage, message: `the output '${relative(cwd, out) || out}' exists and is not a folder. Give a folder for --out.`}
  for (const input of inputs) {
    if (input === '-') continue
    const absolute = real(resolve(cwd, input))
    const kind = pathKind(absolute)
    if (kind === undefined) continue
    const isFolder = kind === 'directory'
    if (isFolder && isInside(absolute, outReal)) {
      return {exitCode: exitCodes.usage, message: `the output folder '${relative(cwd, out) || out}' is inside the input folder '${input}': its copies would be read as cables next time. Choose a folder outside it.`}
    }
    if (!isFolder && outReal === absolute) return {exitCode: exitCodes.usage, message: `the output '${input}' is an input file. Choose another folder for --out.`}
  }
  // Copies go to `public/`: while it does not exist, no input can be there to overwrite, and the
  // real path of every input (40 ms of start-up over the corpus's 6,741) is not needed.
  if (pathKind(join(outReal, 'public')) === undefined) return undefined
  for (const path of paths) {
    if (path === '-') continue
    const written = join(outReal, 'public', outputPathOf(path))
    if (written === real(resolve(cwd, path))) return {exitCode: exitCodes.usage, message: `writing to '${relative(cwd, out)}' would overwrite the input '${path}'. Choose another folder for --out.`}
  }
  return undefined
}

function summary(mode: Mode, totals: Totals, seconds: number, out: string | undefined): string {
  const reasons = [...totals.spans.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
  const rate = seconds > 0 ? totals.bytes / 1e6 / seconds : 0
  const row = (label: string, value: string | number): Array<[string, string]> => [[label, String(value)]]
  const rows: Array<[string, string]> = [
    ...row('cables', totals.cables),
    ...(totals.unreadable > 0 ? row('unreadable', totals.unreadable) : []),
    ...(totals.crashed + totals.ruleErrors > 0 ? row('internal errors', totals.crashed + totals.ruleErrors) : []),
    ...(mode !== 'redact' ? row('findings', `${count(totals.errors, 'error')}, ${count(totals.warnings, 'warning')}, ${count(totals.infos, 'info')}`) : []),
  ]
  if (mode !== 'lint') {
    const redaction = [
      ...row('spans', reasons.reduce((sum, [, count]) => sum + count, 0)),
      ...reasons.map(([reason, count]) => [`  ${reason}`, String(count)] as [string, string]),
      ...row('leaks refused', totals.refused),
      ...row('written', out === undefined ? '0 (no --out given: nothing written)' : `${totals.written} (copies in ${join(out, 'public')}, logs and diffs in ${join(out, 'review')})`),
    ]
    for (const entry of redaction) rows.push(entry)
  }
  for (const entry of row('time', `${seconds.toFixed(2)} s (${rate.toFixed(1)} MB/s)`)) rows.push(entry)
  const width = Math.max(...rows.map(([label]) => label.length))
  return `\n${mode === 'lint' ? 'Lint' : 'Redaction'} summary\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`
}

/** `1 error`, `2 errors`. */
function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`
}
