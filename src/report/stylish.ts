/**
 * The human report: vfile-reporter's stylish output (remark-cli, unified-engine). A pure
 * formatter (STYLE principle 9): colour is an option, never read from the terminal here.
 * Suppressed findings are not shown (as ESLint hides them); rules that threw are shown as
 * errors so that a bug is never silent.
 *
 * Written a file at a time ({@link createStylishStream}), so that a run over any number of
 * cables holds no finding once its file is out (issue 7: memory flat whatever the number of
 * files). vfile-reporter lays out each file; its columns are aligned within the file, as ESLint's
 * stylish does, and files come in the order given. The closing tally is vfile-reporter's line
 * for the whole run.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {statistics} from 'vfile-statistics'
import {errorsOnly, type CommonReportOptions, type ReportFile, type ReportStream} from './report-file.js'

export interface StylishOptions extends CommonReportOptions {
  /** ANSI colours (default `false`; the CLI decides from the terminal and `--color`). */
  color?: boolean | undefined
  /** Show each message's docs URL and note (vfile-reporter `verbose`). */
  verbose?: boolean | undefined
}

interface Tally {
  fatal: number
  warn: number
  total: number
}

/**
 * The tally line vfile-reporter closes a report with (`2 messages (✖ 1 error, ⚠ 1 warning)`),
 * for the counts of a whole run. Its own function is not exported; a unit test checks that
 * this one gives the same line as the library for every kind of count.
 */
export function stylishTally(tally: Tally, color: boolean): string {
  const red = color ? '\u001B[31m' : ''
  const yellow = color ? '\u001B[33m' : ''
  const normal = color ? '\u001B[39m' : ''
  let line = ''
  if (tally.fatal) line = `${red}✖${normal} ${tally.fatal} error${tally.fatal === 1 ? '' : 's'}`
  if (tally.warn) line = `${line ? `${line}, ` : ''}${yellow}⚠${normal} ${tally.warn} warning${tally.warn === 1 ? '' : 's'}`
  if (tally.total !== tally.fatal && tally.total !== tally.warn) line = `${tally.total} messages (${line})`
  return line
}

/** Stylish text a file at a time; `end()` gives the run's tally. Each text ends with a newline. */
export function createStylishStream(options: StylishOptions = {}): ReportStream {
  const quiet = options.quiet ?? false
  const color = options.color ?? false
  const settings = {
    color,
    // vfile-reporter's `silent` is "errors only"; its `quiet` only hides clean files.
    silent: quiet,
    verbose: options.verbose ?? false,
    defaultName: options.defaultName ?? '<stdin>',
  }
  const run: Tally = {fatal: 0, warn: 0, total: 0}
  let lastHadMessages = false
  return {
    file(entry) {
      // Quiet leaves errors only, so every message given is one vfile-reporter shows and counts.
      const copy = reportedVFile(quiet ? errorsOnly(entry) : entry)
      const tally = statistics(copy.messages)
      const text = reportInParts(copy, settings, color)
      if (text === '') return ''
      run.fatal += tally.fatal
      run.warn += tally.warn
      run.total += tally.total
      // A blank line after a file's messages, before the next file (as vfile-reporter does).
      const separated = lastHadMessages ? `\n${text}\n` : `${text}\n`
      lastHadMessages = copy.messages.length > 0
      return separated
    },
    end() {
      return run.fatal || run.warn ? `\n${stylishTally(run, color)}\n` : ''
    },
  }
}

/**
 * At most this many messages are given to vfile-reporter at once: it appends a file's rows to
 * its output as spread arguments, which overflowed the stack for one 20 MB cable with 168,000
 * warnings (the run ended in an internal error).
 */
export const stylishPart = 10_000

/**
 * vfile-reporter's text for one file, without the tally it closes with (the run's comes at the
 * end). A file with more than `stylishPart` messages is reported in parts, each part's own
 * file line but the first left out; each part aligns its own columns.
 */
function reportInParts(file: VFile, settings: Parameters<typeof reporter>[1], color: boolean): string {
  const texts: string[] = []
  for (let first = 0; first === 0 || first < file.messages.length; first += stylishPart) {
    const part = file.messages.length <= stylishPart ? file : partOf(file, first)
    let text = reporter([part], settings)
    // vfile-reporter closes with the tally of what it was given (a blank line, then the line).
    const tally = statistics(part.messages)
    if (tally.fatal || tally.warn) {
      const own = `\n\n${stylishTally(tally, color)}`
      if (text.endsWith(own)) text = text.slice(0, -own.length)
    }
    texts.push(first === 0 ? text : text.slice(text.indexOf('\n') + 1))
  }
  return texts.join('\n')
}

function partOf(file: VFile, first: number): VFile {
  const part = new VFile(file.path ? {path: file.path} : {})
  for (const message of file.messages.slice(first, first + stylishPart)) part.messages.push(message)
  return part
}

/** Format files as stylish text, in the order given (no final newline). `quiet` shows errors only. */
export function formatStylish(files: readonly ReportFile[], options: StylishOptions = {}): string {
  const stream = createStylishStream(options)
  const text = files.map((entry) => stream.file(entry)).join('') + stream.end()
  return text.endsWith('\n') ? text.slice(0, -1) : text
}

/**
 * A fresh VFile with the messages to report: `file.messages` may hold messages the caller did
 * not pass for reporting. Rules that threw become fatal messages.
 */
export function reportedVFile(entry: ReportFile): VFile {
  const {file, messages, internalErrors = []} = entry
  const copy = new VFile(file.path ? {path: file.path} : {})
  for (const message of messages) copy.messages.push(message)
  for (const error of internalErrors) {
    const message = new VFileMessage(`Internal error in rule \`${error.ruleId}\`: ${error.message}`, {ruleId: 'internal-error', source: 'cablelint'})
    message.fatal = true
    copy.messages.push(message)
  }
  return copy
}
