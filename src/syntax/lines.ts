/**
 * Line splitting and offset → point conversion for the parser.
 *
 * Line breaks are `\r\n`, `\n` or a lone `\r`, exactly as `vfile-location` counts them, so
 * positions the parser writes agree with what `assertTree` recomputes (paul-mathieu cables
 * use CRLF; the WikiLeaks pages use LF).
 */
import type {Point, Position} from './types.js'

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
    return {line: index + 1, column: clamped - (line?.start ?? 0) + 1, offset: clamped}
  }
  return {
    point,
    position(start, end) {
      return {start: point(start), end: point(end)}
    },
  }
}
