/**
 * The report formats behind one dispatcher: `formatReport(format, files, options)` → string.
 * Every format is a pure function of the lint results and options (STYLE principle 9); the
 * CLI writes the string. (`diff.ts` formats redactions, not lint results, so it is apart.)
 */
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import type {ReportFile} from './report-file.js'
import {formatSarif, type SarifOptions} from './sarif.js'
import {formatStylish, type StylishOptions} from './stylish.js'

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

export {formatGithub, type GithubOptions} from './github.js'
export {createJsonReport, createJsonStream, formatJson, type JsonOptions} from './json.js'
export {jsonReportSchema, type JsonReport, type JsonReportFile, type JsonReportMessage} from './json-schema.js'
export type {CommonReportOptions, ReportFile} from './report-file.js'
export {createSarifLog, formatSarif, type SarifOptions} from './sarif.js'
export {formatStylish, type StylishOptions} from './stylish.js'
