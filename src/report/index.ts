/**
 * The report formats behind one dispatcher: `formatReport(format, files, options)` → string, or
 * `createReportStream(format, options)` for a report written a file at a time (the CLI's batch,
 * whose memory stays flat whatever the number of cables). Every format is a pure function of
 * the lint results and options (STYLE principle 9); the CLI writes the text. (`diff.ts` formats
 * redactions, not lint results, so it is apart.)
 */
import {formatGithub, githubFile} from './github.js'
import {createJsonStream, formatJson} from './json.js'
import type {ReportFile, ReportStream} from './report-file.js'
import {createSarifStream, formatSarif, type SarifOptions} from './sarif.js'
import {createStylishStream, formatStylish, type StylishOptions} from './stylish.js'

/** The lint report formats, in `--format` order. */
export const reportFormats = ['stylish', 'json', 'sarif', 'github'] as const

export type ReportFormat = (typeof reportFormats)[number]

/** Options of every format together; each format reads the ones it knows. */
export type ReportOptions = StylishOptions & SarifOptions

/** Format lint results in `format`. */
export function formatReport(format: ReportFormat, files: readonly ReportFile[], options: ReportOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(files, options)
    case 'json':
      return formatJson(files, options)
    case 'sarif':
      return formatSarif(files, options)
    case 'github':
      return formatGithub(files, options)
  }
}

/**
 * A report in `format` written as its files come: `file(entry)` gives that file's text, `end()`
 * the rest. Their concatenation is the whole report, as `formatReport` gives it (stylish without
 * its final newline).
 */
export function createReportStream(format: ReportFormat, options: ReportOptions = {}): ReportStream {
  switch (format) {
    case 'stylish':
      return createStylishStream(options)
    case 'json':
      return createJsonStream(options)
    case 'sarif':
      return createSarifStream(options)
    case 'github':
      return {file: (entry) => githubFile(entry, options), end: () => ''}
  }
}

export {formatGithub, githubFile, type GithubOptions} from './github.js'
export {createJsonReport, createJsonStream, formatJson, type JsonOptions} from './json.js'
export {jsonReportSchema, type JsonReport, type JsonReportFile, type JsonReportMessage} from './json-schema.js'
export type {CommonReportOptions, ReportFile, ReportStream} from './report-file.js'
export {createSarifLog, createSarifStream, formatSarif, type SarifOptions} from './sarif.js'
export {createStylishStream, formatStylish, stylishTally, type StylishOptions} from './stylish.js'
