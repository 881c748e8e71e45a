import {describe, expect, it} from 'vitest'
import {areNormalized, isWithheld, normalizeSpans, type Span} from '../../../src/redact/spans.js'

const span = (start: number, end: number, reason: Span['reason'], entity?: string): Span =>
  entity === undefined ? {start, end, reason, rule: 'test'} : {start, end, reason, rule: 'test', entity}

describe('normalizeSpans', () => {
  it('sorts and drops empty spans', () => {
    const result = normalizeSpans([span(10, 12, 'name-mention'), span(5, 5, 'name-mention'), span(0, 3, 'name-mention')])
    expect(result.map((s) => [s.start, s.end])).toEqual([[0, 3], [10, 12]])
  })

  it('lets the outer span win on containment (a name inside a withheld portion)', () => {
    const result = normalizeSpans([span(20, 25, 'protected-name', 'P1'), span(10, 90, 'portion-above-release')])
    expect(result).toEqual([{start: 10, end: 90, reason: 'portion-above-release', rule: 'test'}])
  })

  it('keeps the higher-precedence span for identical ranges', () => {
    const result = normalizeSpans([span(3, 8, 'name-mention', 'P1'), span(3, 8, 'protected-name', 'P1')])
    expect(result).toHaveLength(1)
    expect(result[0]?.reason).toBe('protected-name')
  })

  it('unions a partial overlap under the higher-precedence reason', () => {
    const result = normalizeSpans([span(0, 10, 'name-mention', 'P1'), span(5, 30, 'unnamed-protected-source')])
    expect(result).toEqual([{start: 0, end: 30, reason: 'unnamed-protected-source', rule: 'test'}])
    const reverse = normalizeSpans([span(0, 10, 'portion-above-release'), span(5, 30, 'ambiguous-mention', 'P2')])
    expect(reverse).toEqual([{start: 0, end: 30, reason: 'portion-above-release', rule: 'test'}])
  })

  it('keeps adjacent spans apart: each is replaced on its own', () => {
    const result = normalizeSpans([span(0, 2, 'name-mention', 'P1'), span(2, 6, 'name-mention', 'P2')])
    expect(result).toHaveLength(2)
    expect(areNormalized(result)).toBe(true)
  })

  it('does not mutate its input', () => {
    const input = [span(0, 10, 'name-mention', 'P1'), span(5, 30, 'decision')]
    const copy = structuredClone(input)
    normalizeSpans(input)
    expect(input).toEqual(copy)
  })
})

describe('areNormalized / isWithheld', () => {
  it('rejects overlaps and unsorted spans', () => {
    expect(areNormalized([span(0, 5, 'decision'), span(4, 6, 'decision')])).toBe(false)
    expect(areNormalized([span(4, 6, 'decision'), span(0, 2, 'decision')])).toBe(false)
    expect(areNormalized([span(0, 0, 'decision')])).toBe(false)
  })
  it('separates withheld text from names', () => {
    expect(isWithheld({reason: 'unproven-portion'})).toBe(true)
    expect(isWithheld({reason: 'decision'})).toBe(true)
    expect(isWithheld({reason: 'protected-name'})).toBe(false)
    expect(isWithheld({reason: 'ambiguous-mention'})).toBe(false)
  })
})
