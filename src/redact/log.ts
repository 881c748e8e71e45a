/**
 * The redaction log: one entry per span, saying where and why, never what. A log that
 * carried the removed text would itself be the leak (STYLE principle 5), so entries are
 * built from offsets and labels only, and the type has no field that could hold text.
 */
import {location} from 'vfile-location'
import type {Span, SpanReason} from './spans.js'

/** One redaction, as recorded for reviewers and `file.data`. */
export interface RedactionLogEntry {
  /** 0-based offset of the span in the original text. */
  start: number
  /** Exclusive end offset in the original text. */
  end: number
  /** 1-based line and column of `start`. */
  startLine: number
  startColumn: number
  /** 1-based line and column of `end` (exclusive). */
  endLine: number
  endColumn: number
  reason: SpanReason
  /** The rule that decided the span. */
  rule: string
  /** Entity label (`P1`) for name spans. */
  entity?: string | undefined
  /** Set for a token that may be a common word (`He`, `May`) at a sentence start. */
  ambiguous?: boolean | undefined
  /**
   * The reviewer's reason from the decisions file: for a span the reviewer added, or for an
   * ambiguous token the reviewer kept (`kept: true`).
   */
  decision?: string | undefined
  /** The reviewer kept this ambiguous token: it was not redacted. */
  kept?: boolean | undefined
}

/** A reviewer's decision to keep an ambiguous token, for the log. */
export interface KeptToken {
  start: number
  end: number
  entity?: string | undefined
  note: string
  /** What kept it: the reviewer's decisions file unless said (`place-name`). */
  rule?: string | undefined
}

/** Build the log for `spans` (normalised) and kept tokens over `text`, in offset order. */
export function buildLog(text: string, spans: readonly Span[], kept: readonly KeptToken[] = []): RedactionLogEntry[] {
  const place = location(text)
  const point = (offset: number): {line: number; column: number} => {
    const found = place.toPoint(offset)
    // `toPoint` returns undefined only past the end; the end of the text is a valid place.
    if (found !== undefined) return {line: found.line, column: found.column}
    const lines = text.split(/\r?\n|\r/)
    return {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1}
  }
  const entries: RedactionLogEntry[] = []
  for (const span of spans) {
    const from = point(span.start)
    const to = point(span.end)
    const entry: RedactionLogEntry = {
      start: span.start,
      end: span.end,
      startLine: from.line,
      startColumn: from.column,
      endLine: to.line,
      endColumn: to.column,
      reason: span.reason,
      rule: span.rule,
    }
    if (span.entity !== undefined) entry.entity = span.entity
    if (span.ambiguous === true) entry.ambiguous = true
    if (span.note !== undefined) entry.decision = span.note
    entries.push(entry)
  }
  for (const token of kept) {
    const from = point(token.start)
    const to = point(token.end)
    const entry: RedactionLogEntry = {
      start: token.start,
      end: token.end,
      startLine: from.line,
      startColumn: from.column,
      endLine: to.line,
      endColumn: to.column,
      reason: 'ambiguous-mention',
      rule: token.rule ?? 'decisions-file',
      ambiguous: true,
      decision: token.note,
      kept: true,
    }
    if (token.entity !== undefined) entry.entity = token.entity
    entries.push(entry)
  }
  return entries.sort((a, b) => a.start - b.start || a.end - b.end)
}
