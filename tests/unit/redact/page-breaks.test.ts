/**
 * Page-break lookups (`markers.ts`): binary searches over the sorted, disjoint page-break
 * ranges, checked against a scan of every range.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {breaksOverlapping, hasBreakWithin, type Range} from '../../../src/redact/markers.js'

/** Disjoint ranges sorted by start, as `gatherTreeFacts` gives them: gaps and lengths from 0. */
const pageBreaks = fc.array(fc.tuple(fc.nat(6), fc.nat(6)), {maxLength: 12}).map((steps) => {
  const ranges: Range[] = []
  let at = 0
  for (const [gap, length] of steps) {
    ranges.push({start: at + gap, end: at + gap + length})
    at += gap + length
  }
  return ranges
})
const span = fc.tuple(fc.nat(90), fc.nat(20)).map(([start, length]) => ({start, end: start + length}))

describe('page-break lookups', () => {
  it('hasBreakWithin tells whether a break lies wholly inside [start, end]', () => {
    fc.assert(
      fc.property(pageBreaks, span, (ranges, {start, end}) => {
        expect(hasBreakWithin(ranges, start, end)).toBe(ranges.some((range) => range.start >= start && range.end <= end))
      }),
    )
  })

  it('breaksOverlapping gives the breaks that overlap [from, to), in order', () => {
    fc.assert(
      fc.property(pageBreaks, span, (ranges, {start, end}) => {
        expect(breaksOverlapping(ranges, start, end)).toEqual(ranges.filter((range) => range.end > start && range.start < end))
      }),
    )
  })
})
