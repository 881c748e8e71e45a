/**
 * What every formatter reads: one linted file with its active and suppressed findings. A
 * `LintResult` from the engine fits it as it is. Findings are plain VFileMessages here, so
 * that messages which are not rule findings (input errors) can be reported too; the extra
 * fields of a `Finding` (`messageId`, `fingerprint`, `suppression`) are read when present.
 */
import type {Point as UnistPoint} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {InternalError} from '../lint/engine.js'
import {severityOf, sortMessages} from '../lint/messages.js'
import type {Severity} from '../lint/define-rule.js'

export interface ReportFile {
  /** The linted file: `path` names it in reports; `value` (the decoded text) feeds SARIF fingerprints. */
  file: VFile
  /** Active findings: these count towards the summary and the exit code. */
  messages: readonly VFileMessage[]
  /** Findings a suppressions entry matched, each with `suppression.justification`; shown, not counted. */
  suppressed?: readonly VFileMessage[] | undefined
  /** Rules that threw: bugs in cablelint, never findings (SARIF `toolExecutionNotifications`). */
  internalErrors?: readonly InternalError[] | undefined
}

/**
 * A report written as its files come (runs over thousands of cables hold nothing of a file
 * once it is out): `file` gives each file's text, `end` the rest.
 */
export interface ReportStream {
  file(entry: ReportFile): string
  end(): string
}

/** Options every format understands. */
export interface CommonReportOptions {
  /** Errors only: warnings and infos are left out (ESLint `--quiet`). */
  quiet?: boolean | undefined
  /** Name for a file without a path (stdin). */
  defaultName?: string | undefined
}

/** A finding as a formatter sees it: the message, its severity, and whether it is suppressed. */
export interface ReportedMessage {
  message: VFileMessage
  severity: Severity
  /** The suppressions entry's justification, when the finding is suppressed. */
  justification: string | undefined
}

/** The optional `Finding` fields, read structurally from any VFileMessage. */
interface FindingExtras {
  messageId?: unknown
  fingerprint?: unknown
  suppression?: unknown
}

/** Active and suppressed findings of a file, sorted by place (vfile-sort). */
export function reportedMessages(file: ReportFile): ReportedMessage[] {
  const suppressed = new Set<VFileMessage>(file.suppressed ?? [])
  return sortMessages([...file.messages, ...suppressed]).map((message) => ({
    message,
    severity: severityOf(message),
    justification: suppressed.has(message) ? (justificationOf(message) ?? '') : undefined,
  }))
}

function justificationOf(message: VFileMessage): string | undefined {
  const {suppression} = message as FindingExtras
  if (typeof suppression !== 'object' || suppression === null || !('justification' in suppression)) return undefined
  return typeof suppression.justification === 'string' ? suppression.justification : undefined
}

/** The rule's message id, when the message is an engine `Finding`. */
export function messageIdOf(message: VFileMessage): string | undefined {
  const {messageId} = message as FindingExtras
  return typeof messageId === 'string' ? messageId : undefined
}

/** The engine's fingerprint (the one a suppressions entry matches), when present. */
export function fingerprintOf(message: VFileMessage): string | undefined {
  const {fingerprint} = message as FindingExtras
  return typeof fingerprint === 'string' ? fingerprint : undefined
}

/** Start and end of a message's place; a bare point has no end. */
export function rangeOf(message: VFileMessage): {start: UnistPoint | undefined; end: UnistPoint | undefined} {
  const place = message.place
  if (!place) return {start: undefined, end: undefined}
  if ('start' in place) return {start: place.start, end: place.end}
  return {start: place, end: undefined}
}

/** Keep only errors (the `quiet` option), in active and suppressed findings alike. */
export function errorsOnly(file: ReportFile): ReportFile {
  const keep = (messages: readonly VFileMessage[]) => messages.filter((message) => severityOf(message) === 'error')
  return {...file, messages: keep(file.messages), suppressed: keep(file.suppressed ?? [])}
}

/** The path shown for a file: forward slashes, no leading `./`; `defaultName` when it has none. */
export function displayPath(file: VFile, defaultName = '<stdin>'): string {
  return file.path ? file.path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '') : defaultName
}
