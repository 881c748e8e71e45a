/**
 * Pure helpers of the review page: lines, line/column of an offset, and the two aligned
 * views of a cable (original with highlighted spans, redacted with placeholders). No DOM here.
 */
import type {Span} from '../src/redact/spans.js'

export interface Line {
  /** 1-based. */
  number: number
  start: number
  /** Exclusive, before the line break. */
  end: number
}

/** The lines of `text` with their offsets (CR, LF and CRLF breaks). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const breaks = /\r\n|\r|\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = breaks.exec(text)) !== null) {
    lines.push({number: lines.length + 1, start, end: match.index})
    start = match.index + match[0].length
  }
  lines.push({number: lines.length + 1, start, end: text.length})
  return lines
}

/** 1-based line and column of `offset`. */
export function pointAt(lines: readonly Line[], offset: number): {line: number; column: number} {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lines[middle]?.start ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  const line = lines[low] ?? {number: 1, start: 0, end: 0}
  return {line: line.number, column: offset - line.start + 1}
}

/** A piece of one displayed line: plain text, or part of a highlighted span. */
export type Piece = {kind: 'text'; text: string} | {kind: 'mark'; text: string; mark: number}

/** A highlighted range: a span applied by the redactor, or a token the reviewer kept. */
export interface Mark {
  start: number
  end: number
  /** CSS class suffix: the span reason, or `kept`. */
  reason: string
  /** What the redacted side shows at the mark's start (`[REDACTED]`, `[WITHHELD]`, the kept text). */
  replacement: string
}

/** The original line cut into plain text and marked parts. */
export function originalPieces(text: string, line: Line, marks: readonly Mark[]): Piece[] {
  const pieces: Piece[] = []
  let at = line.start
  marks.forEach((mark, index) => {
    if (mark.end <= line.start || mark.start >= line.end) return
    const from = Math.max(mark.start, line.start)
    const to = Math.min(mark.end, line.end)
    if (from > at) pieces.push({kind: 'text', text: text.slice(at, from)})
    pieces.push({kind: 'mark', text: text.slice(from, to), mark: index})
    at = to
  })
  if (at < line.end) pieces.push({kind: 'text', text: text.slice(at, line.end)})
  return pieces
}

/**
 * The redacted line, aligned with the original: outside marks the original text, at a mark's
 * start its replacement, and nothing for the rest of a mark that runs over several lines (the
 * real output joins them; here the lines stay side by side).
 */
export function redactedPieces(text: string, line: Line, marks: readonly Mark[]): Piece[] {
  const pieces: Piece[] = []
  let at = line.start
  marks.forEach((mark, index) => {
    if (mark.end <= line.start || mark.start >= line.end) return
    const from = Math.max(mark.start, line.start)
    const to = Math.min(mark.end, line.end)
    if (from > at) pieces.push({kind: 'text', text: text.slice(at, from)})
    if (mark.start >= line.start) pieces.push({kind: 'mark', text: mark.replacement, mark: index})
    at = Math.max(at, to)
  })
  if (at < line.end) pieces.push({kind: 'text', text: text.slice(at, line.end)})
  return pieces
}

/**
 * Rebuild the redacted text from the marks (spans only, kept tokens as their own text), to
 * check that the aligned view shows exactly what the redactor wrote.
 */
export function joinRedacted(text: string, spans: readonly Span[], replacement: (span: Span) => string): string {
  let out = ''
  let at = 0
  for (const span of spans) {
    out += text.slice(at, span.start) + replacement(span)
    at = span.end
  }
  return out + text.slice(at)
}
