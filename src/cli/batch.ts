/**
 * The main job over one cable or thousands: decode → parse → lint → redact → verify →
 * report, for `check`, `lint` and `redact`. Files are read one at a time and results are
 * reported in input order; a cable that cannot be read or crashes is reported with its path
 * and the run goes on. Redacted copies go to `--out DIR/public/`, logs and diffs (which show
 * the original text, so are for reviewers only) to `--out DIR/review/`.
 */
import {realpathSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {basename, extname, join, relative, resolve, sep} from 'node:path'
import {discover} from '../batch/discover.js'
import {encode} from '../input/encode.js'
import {createBaseline} from '../lint/baseline.js'
import {protectMarkerPatterns} from '../lint/config.js'
import {lint, type LintResult} from '../lint/engine.js'
import type {Finding} from '../lint/finding.js'
import {redact, type RedactResult} from '../redact/redact.js'
import {formatReport} from '../report/index.js'
import type {ReportFile} from '../report/report-file.js'
import {parse} from '../syntax/parse.js'
import {writeAtomic} from './atomic-write.js'
import {errors, fail, type CliError} from './errors.js'
import {exitCodes, type ExitCode} from './exit-codes.js'
import type {Io} from './io.js'
import type {Options} from './options.js'
import {createProgress, progressEnabled} from './progress.js'
import {readInput} from './read-input.js'
import {loadBaseline, loadConfig, loadDecisions, loadSuppressions} from './settings.js'
import {colorFor} from './style.js'
import {packageVersion} from './version.js'

export type Mode = 'check' | 'lint' | 'redact'

interface Target {
  /** As discovered (display path), or `-`. */
  path: string
  /** Output path relative to `--out`, mirroring the input's place under its input root. */
  relative: string
}

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
}

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
  const targets = await mirror(found.files, options.paths, io.cwd)

  const config = await loadConfig(options, io)
  if (!config.ok) return fail(io, config.error)
  const suppressions = await loadSuppressions(options.suppressions, io)
  if (!suppressions.ok) return fail(io, suppressions.error)
  const baseline = linting ? await loadBaseline(options.baseline, io, options.updateBaseline) : {ok: true as const, value: undefined}
  if (!baseline.ok) return fail(io, baseline.error)
  if (options.updateBaseline && options.baseline === undefined) return fail(io, errors.invalidValue('--update-baseline', 'a --baseline FILE to write', mode))
  const decisions = redacting ? await loadDecisions(options.decisions, io) : {ok: true as const, value: undefined}
  if (!decisions.ok) return fail(io, decisions.error)
  if (decisions.value && targets.length > 1) {
    return fail(io, errors.invalidValue('--decisions', 'a single cable to apply it to (a decisions file belongs to one cable)', mode))
  }

  const release = options.releaseGiven ? options.release : (config.value.release ?? options.release)
  const out = options.out === undefined ? undefined : resolve(io.cwd, options.out)
  if (redacting && out !== undefined) {
    const refused = await checkOutputFolder(out, options.paths, targets, io.cwd)
    if (refused) return fail(io, refused)
  }
  const toStdout = mode === 'redact' && out === undefined
  if (toStdout && targets.length > 1) return fail(io, errors.invalidValue('--out', `a folder for the ${targets.length} redacted copies (only one cable can go to standard output)`, mode))

  const color = colorFor(options.color, io.stdout, io.env)
  const patterns = protectMarkerPatterns(config.value)
  const totals: Totals = {cables: 0, bytes: 0, errors: 0, warnings: 0, infos: 0, spans: new Map(), refused: 0, written: 0, unreadable: 0}
  const reports: ReportFile[] = []
  const baselineFiles: Array<{path: string; messages: Finding[]}> = []
  const progress = createProgress(io, {total: targets.length, progress: progressEnabled(io, options.progress) && targets.length > 1, color: colorFor(options.color, io.stderr, io.env)})
  const started = io.now()
  let code: ExitCode = exitCodes.ok

  for (const target of targets) {
    const input = await readInput(target.path, io, mode)
    if (!input.ok) {
      fail(io, input.error)
      totals.unreadable++
      code = worst(code, exitCodes.usage)
      continue
    }
    const file = input.file
    if (target.path !== '-') file.path = target.path
    const text = String(file.value)
    totals.cables++
    totals.bytes += input.file.value.length
    const tree = parse(text, {protectMarkerPatterns: patterns})

    if (linting) {
      const result: LintResult = lint(file, {config: config.value, tree, suppressions: suppressions.value, baseline: options.updateBaseline ? undefined : baseline.value})
      // Keep what the report needs, not the tree: memory stays flat over thousands of cables.
      reports.push({file: result.file, messages: result.messages, suppressed: result.suppressed, internalErrors: result.internalErrors})
      baselineFiles.push({path: target.path, messages: result.messages})
      for (const message of result.messages) {
        if (message.fatal === true) totals.errors++
        else if (message.fatal === false) totals.warnings++
        else totals.infos++
      }
    }

    if (redacting) {
      let result: RedactResult
      try {
        result = redact(text, {release, placeholder: options.placeholder, decisions: decisions.value, tree, path: target.path})
      } catch (error) {
        // A bug, not a verdict: fail closed for this cable and go on.
        fail(io, errors.internal(error))
        totals.refused++
        code = worst(code, exitCodes.leak)
        continue
      }
      for (const span of result.spans) totals.spans.set(span.reason, (totals.spans.get(span.reason) ?? 0) + 1)
      if (!result.ok) {
        totals.refused++
        code = worst(code, exitCodes.leak)
        for (const message of result.messages.filter((entry) => entry.fatal === true)) {
          io.stderr.write(`cablelint: ${target.path}:${message.line ?? 0}:${message.column ?? 0}: redaction refused (${message.ruleId ?? 'redaction-leak'}): ${message.reason}. Nothing was written for this cable.\n`)
        }
        continue
      }
      const bytes = encode(result.text, input.encoding, input.bom)
      if (!bytes.ok) {
        io.stderr.write(`cablelint: ${target.path}: the redacted copy cannot be written in ${input.encoding}. Nothing was written for this cable.\n`)
        totals.refused++
        code = worst(code, exitCodes.leak)
        continue
      }
      if (toStdout) {
        io.stdout.write(result.text)
      } else if (out !== undefined) {
        const stem = target.relative.slice(0, target.relative.length - extname(target.relative).length)
        const log = {path: target.path, release, placeholder: options.placeholder, spans: result.log}
        try {
          await writeAtomic(join(out, 'public', target.relative), bytes.bytes)
          await writeAtomic(join(out, 'review', `${stem}.redaction.json`), JSON.stringify(log, null, 2) + '\n')
          await writeAtomic(join(out, 'review', `${stem}.diff`), result.diff)
          totals.written++
        } catch (error) {
          fail(io, {exitCode: exitCodes.usage, message: `cannot write the redacted copy of '${target.path}' under '${options.out ?? ''}': ${(error as {code?: string}).code ?? String(error)}. Check that the folder is writable.`})
          return exitCodes.usage
        }
      }
    }
    progress.update({filesDone: totals.cables + totals.unreadable, bytesDone: totals.bytes, findings: totals.errors + totals.warnings + totals.infos})
  }
  progress.done()

  if (linting) {
    if (options.updateBaseline && options.baseline !== undefined) {
      await writeAtomic(resolve(io.cwd, options.baseline), JSON.stringify(createBaseline(baselineFiles), null, 2) + '\n')
      io.stderr.write(`cablelint: wrote ${baselineFiles.reduce((sum, file) => sum + file.messages.length, 0)} findings to the baseline '${options.baseline}'.\n`)
    } else {
      const report = formatReport(options.format, reports, {color, quiet: options.quiet, version: packageVersion(), cwd: io.cwd})
      if (options.output !== undefined) await writeAtomic(resolve(io.cwd, options.output), report)
      else if (report !== '') io.stdout.write(report.endsWith('\n') ? report : report + '\n')
      const overWarnings = options.maxWarnings !== undefined && totals.warnings > options.maxWarnings
      if (totals.errors > 0 || overWarnings) code = worst(code, exitCodes.findings)
    }
  }
  if (redacting && !toStdout) io.stderr.write(summary(mode, totals, (io.now() - started) / 1000, options.out))
  return code
}

/** Output paths mirror inputs: a file under a given folder keeps its place under it. */
async function mirror(files: readonly string[], inputs: readonly string[], cwd: string): Promise<Target[]> {
  const folders: string[] = []
  for (const input of inputs) {
    if (input === '-') continue
    try {
      if ((await stat(resolve(cwd, input))).isDirectory()) folders.push(resolve(cwd, input))
    } catch {
      // A glob: files keep their path relative to the working directory.
    }
  }
  return files.map((path) => {
    if (path === '-') return {path, relative: 'stdin.txt'}
    const absolute = resolve(cwd, path)
    const root = folders.find((folder) => absolute.startsWith(folder + sep))
    return {path, relative: root ? relative(root, absolute) : isInside(cwd, absolute) ? relative(cwd, absolute) : basename(absolute)}
  })
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
async function checkOutputFolder(out: string, inputs: readonly string[], targets: readonly Target[], cwd: string): Promise<CliError | undefined> {
  const outReal = real(out)
  try {
    if (!(await stat(out)).isDirectory()) return {exitCode: exitCodes.usage, message: `the output '${relative(cwd, out) || out}' exists and is not a folder. Give a folder for --out.`}
  } catch {
    // Does not exist yet: it will be created.
  }
  for (const input of inputs) {
    if (input === '-') continue
    const absolute = real(resolve(cwd, input))
    let isFolder: boolean
    try {
      isFolder = (await stat(absolute)).isDirectory()
    } catch {
      continue
    }
    if (isFolder && isInside(absolute, outReal)) {
      return {exitCode: exitCodes.usage, message: `the output folder '${relative(cwd, out) || out}' is inside the input folder '${input}': its copies would be read as cables next time. Choose a folder outside it.`}
    }
    if (!isFolder && outReal === absolute) return {exitCode: exitCodes.usage, message: `the output '${input}' is an input file. Choose another folder for --out.`}
  }
  for (const target of targets) {
    if (target.path === '-') continue
    const written = join(outReal, 'public', target.relative)
    if (written === real(resolve(cwd, target.path))) return {exitCode: exitCodes.usage, message: `writing to '${relative(cwd, out)}' would overwrite the input '${target.path}'. Choose another folder for --out.`}
  }
  return undefined
}

function summary(mode: Mode, totals: Totals, seconds: number, out: string | undefined): string {
  const reasons = [...totals.spans.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
  const rate = seconds > 0 ? totals.bytes / 1e6 / seconds : 0
  const rows: Array<[string, string]> = [
    ['cables', String(totals.cables)],
    ...(totals.unreadable > 0 ? [['unreadable', String(totals.unreadable)] as [string, string]] : []),
    ...(mode === 'check' ? [['findings', `${totals.errors} errors, ${totals.warnings} warnings, ${totals.infos} infos`] as [string, string]] : []),
    ['spans', String(reasons.reduce((sum, [, count]) => sum + count, 0))],
    ...reasons.map(([reason, count]) => [`  ${reason}`, String(count)] as [string, string]),
    ['leaks refused', String(totals.refused)],
    ['written', out === undefined ? '0 (no --out given: nothing written)' : `${totals.written} (copies in ${join(out, 'public')}, logs and diffs in ${join(out, 'review')})`],
    ['time', `${seconds.toFixed(2)} s (${rate.toFixed(1)} MB/s)`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  return `\nRedaction summary\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`
}
