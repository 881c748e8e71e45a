/**
 * The only writer of output text: copy the original string, replacing each span by its
 * placeholder. Everything outside the spans is copied unchanged, so the output is
 * byte-identical to the input there by construction (ESLint `source-code-fixer`).
 */
import {areNormalized, type Span} from './spans.js'

/** Where one span landed in the output. */
export interface SplicedSpan {
  span: Span
  /** Offset of the replacement in the output. */
  outputStart: number
  /** Exclusive end of the replacement in the output. */
  outputEnd: number
  /** The replacement text. */
  replacement: string
}

export interface SpliceResult {
  text: string
  /** One entry per span, in order: lets verify map output places back to the original. */
  placed: SplicedSpan[]
}

/**
 * Replace each span of `text` by `replace(span, originalText)`.
 * `spans` must be normalised (sorted, disjoint, non-empty): see `normalizeSpans`. Anything
 * else is a programming error in the caller, so it throws rather than guessing.
 */
export function splice(
  text: string,
  spans: readonly Span[],
  replace: (span: Span, original: string) => string,
): SpliceResult {
  if (!areNormalized(spans)) throw new RangeError('splice: spans must be sorted, non-empty and disjoint')
  const last = spans.at(-1)
  if (last !== undefined && last.end > text.length) throw new RangeError('splice: span beyond the end of the text')
  const parts: string[] = []
  const placed: SplicedSpan[] = []
  let cursor = 0
  let outputLength = 0
  for (const span of spans) {
    const kept = text.slice(cursor, span.start)
    const replacement = replace(span, text.slice(span.start, span.end))
    parts.push(kept, replacement)
    outputLength += kept.length
    placed.push({span, outputStart: outputLength, outputEnd: outputLength + replacement.length, replacement})
    outputLength += replacement.length
    cursor = span.end
  }
  parts.push(text.slice(cursor))
  return {text: parts.join(''), placed}
}

/**
 * Map an output offset back to the original: outside spans, the offset shifted by the
 * length change of the spans before it; inside a replacement, the span's start.
 */
export function toOriginalOffset(placed: readonly SplicedSpan[], outputOffset: number): number {
  let delta = 0
  for (const item of placed) {
    if (outputOffset < item.outputStart) break
    if (outputOffset < item.outputEnd) return item.span.start
    delta = item.span.end - item.outputEnd
  }
  return outputOffset + delta
}

/**
 * `spans` of an output (sorted, disjoint, as `normalizeSpans` gives them) mapped back onto the
 * original in one sweep: a start or end outside the replacements shifted as
 * {@link toOriginalOffset} shifts it; inside a replacement, a start maps to the span's start and
 * an end to its end, so the mapped span covers what the replacement stands for. One sweep, not a
 * {@link toOriginalOffset} per offset: a 20 MB cable has some 17,000 spans.
 */
export function spansOntoOriginal(placed: readonly SplicedSpan[], spans: readonly Span[]): Span[] {
  let index = 0
  let delta = 0
  const map = (offset: number, isEnd: boolean): number => {
    for (; index < placed.length; index++) {
      const item = placed[index]!
      if (isEnd ? offset <= item.outputStart : offset < item.outputStart) break
      if (isEnd ? offset <= item.outputEnd : offset < item.outputEnd) return isEnd ? item.span.end : item.span.start
      delta = item.span.end - item.outputEnd
    }
    return offset + delta
  }
  return spans.map((span) => ({...span, start: map(span.start, false), end: map(span.end, true)}))
}
