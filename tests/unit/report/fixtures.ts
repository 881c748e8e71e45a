/**
 * Hand-built lint results for the formatter tests: VFiles and VFileMessages made directly,
 * not through the parser or the engine, so these tests depend on the formatters alone.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {AnyRule, Severity} from '../../../src/lint/define-rule.js'
import type {ReportFile} from '../../../src/report/report-file.js'

/** A small cable: line 2 starts at offset 13, line 3 at offset 35. */
export const cableText = 'UNCLASSIFIED\n1. (S) Talks resumed.\n2. (S) SMITH (protect) spoke.\n'

export interface MessageInput {
  ruleId?: string
  reason?: string
  severity?: Severity
  /** [startLine, startColumn, startOffset, endLine, endColumn, endOffset] */
  place?: [number, number, number, number, number, number]
  messageId?: string
  fingerprint?: string
  justification?: string
}

/** A finding as the engine stamps it (`fatal` from the severity, `url`, `source`). */
export function finding(input: MessageInput = {}): VFileMessage {
  const ruleId = input.ruleId ?? 'no-portion-above-banner'
  const [sl, sc, so, el, ec, eo] = input.place ?? [2, 4, 16, 2, 7, 19]
  const message = new VFileMessage(input.reason ?? 'Unexpected portion marked `S` under a `U` banner, expected `U` or lower', {
    place: {start: {line: sl, column: sc, offset: so}, end: {line: el, column: ec, offset: eo}},
    ruleId,
    source: 'cablelint',
  })
  const severity = input.severity ?? 'error'
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = `docs/rules.md#${ruleId}`
  const extras: Record<string, unknown> = {}
  if (input.messageId !== undefined) extras.messageId = input.messageId
  if (input.fingerprint !== undefined) extras.fingerprint = input.fingerprint
  if (input.justification !== undefined) extras.suppression = {justification: input.justification}
  return Object.assign(message, extras)
}

/** A file at `path`; `null` for one without a path (stdin). */
export function cableFile(path: string | null = 'cables/09STATE1.txt', value = cableText): VFile {
  return new VFile(path === null ? {value} : {path, value})
}

export function reportFile(messages: VFileMessage[], options: Partial<Omit<ReportFile, 'messages'>> = {}): ReportFile {
  return {file: options.file ?? cableFile(), messages, suppressed: options.suppressed ?? [], internalErrors: options.internalErrors ?? []}
}

function rule(id: string, severity: Severity, summary: string, authority: string): AnyRule {
  return {id, severity, summary, authority, messages: {x: 'Unexpected x'}, examples: {valid: [], invalid: []}, check: () => undefined}
}

/** Three rules, one per severity, listed out of order (SARIF must sort them by id). */
export const testRules: Readonly<Record<string, AnyRule>> = {
  'portion-marking': rule('portion-marking', 'warning', 'A paragraph has no portion marking.', 'E.O. 13526 sec. 1.6(c)'),
  'no-portion-above-banner': rule('no-portion-above-banner', 'error', 'A portion is marked higher than the banner.', '32 CFR 2001.21(c)'),
  'paragraph-numbering': rule('paragraph-numbering', 'info', 'Paragraphs are numbered in order.', '5 FAH-1 H-213'),
}
