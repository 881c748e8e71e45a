/**
 * The JSON report: the stable shape documented in `json-schema.ts`, for scripts and CI. A pure
 * formatter (STYLE principle 9). Messages carry positions and fingerprints, never the flagged
 * text itself (STYLE principle 5).
 */
import type {VFileMessage} from 'vfile-message'
import type {JsonReport, JsonReportFile, JsonReportMessage} from './json-schema.js'
import {
  displayPath,
  errorsOnly,
  fingerprintOf,
  messageIdOf,
  rangeOf,
  reportedMessages,
  type CommonReportOptions,
  type ReportFile,
  type ReportStream,
  type ReportedMessage,
} from './report-file.js'

export type JsonOptions = CommonReportOptions

/** Build the JSON report object (the value `formatJson` serialises). */
export function createJsonReport(files: readonly ReportFile[], options: JsonOptions = {}): JsonReport {
  const summary: JsonReport['summary'] = {errors: 0, warnings: 0, infos: 0, suppressed: 0, files: files.length}
  return {version: 1, files: files.map((entry) => jsonFile(entry, summary, options)), summary}
}

function jsonFile(entry: ReportFile, summary: JsonReport['summary'], options: JsonOptions): JsonReportFile {
  const file = options.quiet ? errorsOnly(entry) : entry
  const messages = reportedMessages(file).map((reported) => {
    if (reported.justification !== undefined) summary.suppressed++
    else if (reported.severity === 'error') summary.errors++
    else if (reported.severity === 'warning') summary.warnings++
    else summary.infos++
    return jsonMessage(reported)
  })
  const result: JsonReportFile = {path: displayPath(file.file, options.defaultName), messages}
  if (file.internalErrors?.length) result.internalErrors = file.internalErrors.map(({ruleId, message}) => ({ruleId, message}))
  return result
}

/** Format files as the JSON report, pretty-printed with a final newline. */
export function formatJson(files: readonly ReportFile[], options: JsonOptions = {}): string {
  return `${JSON.stringify(createJsonReport(files, options), undefined, 2)}\n`
}

/**
 * The JSON report a file at a time, for runs over thousands of cables: `file` returns each
 * file's part as it comes and `end` the rest, so nothing of a file is kept once written. The
 * pieces joined are exactly `formatJson` of all the files (a test holds this).
 */
export function createJsonStream(options: JsonOptions = {}): ReportStream {
  const summary: JsonReport['summary'] = {errors: 0, warnings: 0, infos: 0, suppressed: 0, files: 0}
  return {
    file(entry) {
      // An element of `files` sits two levels deep: JSON.stringify(…, 2) indents it by four.
      const body = `    ${JSON.stringify(jsonFile(entry, summary, options), undefined, 2).replace(/\n/g, '\n    ')}`
      summary.files++
      return summary.files === 1 ? `{\n  "version": 1,\n  "files": [\n${body}` : `,\n${body}`
    },
    end() {
      const summaryText = JSON.stringify(summary, undefined, 2).replace(/\n/g, '\n  ')
      const head = summary.files === 0 ? '{\n  "version": 1,\n  "files": [],' : '\n  ],'
      return `${head}\n  "summary": ${summaryText}\n}\n`
    },
  }
}

function jsonMessage({message, severity, justification}: ReportedMessage): JsonReportMessage {
  const {start, end} = rangeOf(message)
  const result: JsonReportMessage = {
    ruleId: message.ruleId ?? null,
    severity,
    message: message.reason,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    offset: start?.offset ?? null,
    endOffset: end?.offset ?? null,
    url: message.url ?? null,
  }
  addOptional(result, message)
  if (justification !== undefined) result.suppressed = {justification}
  return result
}

function addOptional(result: JsonReportMessage, message: VFileMessage): void {
  const messageId = messageIdOf(message)
  const fingerprint = fingerprintOf(message)
  if (messageId !== undefined) result.messageId = messageId
  if (fingerprint !== undefined) result.fingerprint = fingerprint
}
