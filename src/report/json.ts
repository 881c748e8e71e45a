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
  type ReportedMessage,
} from './report-file.js'

export type JsonOptions = CommonReportOptions

/** Build the JSON report object (the value `formatJson` serialises). */
export function createJsonReport(files: readonly ReportFile[], options: JsonOptions = {}): JsonReport {
  const summary: JsonReport['summary'] = {errors: 0, warnings: 0, infos: 0, suppressed: 0, files: files.length}
  const reported = files.map((entry): JsonReportFile => {
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
  })
  return {version: 1, files: reported, summary}
}

/** Format files as the JSON report, pretty-printed with a final newline. */
export function formatJson(files: readonly ReportFile[], options: JsonOptions = {}): string {
  return `${JSON.stringify(createJsonReport(files, options), undefined, 2)}\n`
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
