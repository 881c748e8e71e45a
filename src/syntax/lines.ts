/**
 * Line splitting and offset → point conversion for the parser, and the positions, spans and
 * code units the syntax layer makes and reads.
 *
 * Line breaks are `\r\n`, `\n` or a lone `\r`, exactly as `vfile-location` counts them, so
 * positions the parser writes agree with what `assertTree` recomputes (paul-mathieu cables
 * use CRLF; the WikiLeaks pages use LF).
 */
import type {Point, Position} from './types.js'

/**
 * Positions and spans are made by these two classes, not as `{start, end}` literals. V8 gives
 * every two-property `{start, end}` literal one hidden class, and remark-parse's mdast builder
 * makes its positions with such a literal, then completes them (`position.end = …`). That
 * rewrite, at the first Markdown-rendered cable of a run (the 5,618th of the corpus), made V8
 * throw away the optimised code of some 40 parser, rule and redaction functions reading
 * positions and spans ("marking dependent code … code dependencies" with `--trace-deopt`),
 * to compile them again. Plain data all the same: JSON and deep equality are a literal's.
 */
class SourcePosition implements Position {
  start: Point
  end: Point
  constructor(start: Point, end: Point) {
    this.start = start
    this.end = end
  }
}

/** A {@link Position} as the syntax layer makes them (see {@link SourcePosition}). */
export function sourcePosition(start: Point, end: Point): Position {
  return new SourcePosition(start, end)
}

/**
 * A {@link Point}, made by a class for the reason {@link SourcePosition} is, and one more: a
 * `{line, column, offset}` literal here took a seventh of a warm lint's time (its allocation
 * site was pretenured, as points live as long as their tree), a class instance a quarter of
 * that (bench/RESULTS.md, session 8).
 */
class SourcePoint implements Point {
  line: number
  column: number
  offset: number
  constructor(line: number, column: number, offset: number) {
    this.line = line
    this.column = column
    this.offset = offset
  }
}

/** A `[start, end)` range of offsets (see {@link SourcePosition} for why a class). */
class TextSpan {
  start: number
  end: number
  constructor(start: number, end: number) {
    this.start = start
    this.end = end
  }
}

/** A `{start, end}` range of offsets, as the syntax layer makes them (see {@link SourcePosition}). */
export function textSpan(start: number, end: number): {start: number; end: number} {
  return new TextSpan(start, end)
}

/**
 * The UTF-16 code unit at `at`, or -1 outside the string (equal to no character). The hot
 * matchers read characters this way rather than as `text[at]`: optimised code for `text[at]`
 * was deoptimised ("wrong instance type") by the first two-byte or sliced string, and
 * `charCodeAt` by its first read past the end ("out of bounds"), or by the `NaN` it returns
 * there ("not a Smi").
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1
}

/** One line of the text: `[start, end)` is its content, `next` the start of the next line. */
export interface Line {
  start: number
  /** End of the content, before the line terminator. */
  end: number
  /** Offset just past the line terminator (equals `end` on the last line). */
  next: number
}

/** Split `text` into lines. Linear: one pass with `indexOf`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let lf = -2
  let cr = -2
  for (;;) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start)
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    let end: number
    let next: number
    if (lf === -1 && cr === -1) {
      lines.push({start, end: text.length, next: text.length})
      return lines
    }
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      end = cr
      next = lf === cr + 1 ? cr + 2 : cr + 1
    } else {
      end = lf
      next = lf + 1
    }
    lines.push({start, end, next})
    start = next
  }
}

/** Converts offsets to points, by binary search over line starts. */
export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

/** Build a {@link Locator} for `text`, reusing `lines` when the caller already split it. */
export function createLocator(text: string, lines: readonly Line[] = splitLines(text)): Locator {
  let last = 0
  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, text.length))
    // Most lookups land on the line of the previous one or a few lines after it: step forward
    // from there before searching.
    let index = last
    let found = false
    if ((lines[index]?.start ?? Infinity) <= clamped) {
      const stop = Math.min(lines.length - 1, index + 8)
      while (index < stop && lines[index]!.next <= clamped) index++
      found = clamped < lines[index]!.next || index === lines.length - 1
    }
    if (!found) {
      let low = 0
      let high = lines.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((lines[middle]?.start ?? 0) <= clamped) low = middle
        else high = middle - 1
      }
      index = low
    }
    last = index
    const line = lines[index]
    return new SourcePoint(index + 1, clamped - (line?.start ?? 0) + 1, clamped)
  }
  return {
    point,
    position(start, end) {
      return sourcePosition(point(start), point(end))
    },
  }
}
