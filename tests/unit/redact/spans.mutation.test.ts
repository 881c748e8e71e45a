/**
 * The one overlap policy (`normalizeSpans`), its order (`compareSpans`) and its check
 * (`areNormalized`), at the edges: equal ends, equal precedence, spans at offset 0.
 * Issue 6 (mutation testing).
 */
import {describe, expect, it} from 'vitest'
import {areNormalized, compareSpans, isWithheld, normalizeSpans, reasonPrecedence, type Span} from '../../../src/redact/spans.js'

const span = (start: number, end: number, reason: Span['reason'], entity?: string): Span =>
  entity === undefined ? {start, end, reason, rule: reason} : {start, end, reason, rule: reason, entity}

describe('compareSpans', () => {
  it('orders by start, then the longer span first, then by precedence', () => {
    expect(compareSpans(span(1, 3, 'decision'), span(2, 3, 'decision'))).toBeLessThan(0)
    expect(compareSpans(span(2, 3, 'decision'), span(1, 3, 'decision'))).toBeGreaterThan(0)
    expect(compareSpans(span(1, 9, 'name-mention'), span(1, 3, 'decision'))).toBeLessThan(0)
    expect(compareSpans(span(1, 3, 'decision'), span(1, 9, 'name-mention'))).toBeGreaterThan(0)
    expect(compareSpans(span(1, 3, 'unproven-portion'), span(1, 3, 'decision'))).toBeLessThan(0)
    expect(compareSpans(span(1, 3, 'ambiguous-mention'), span(1, 3, 'protected-name'))).toBeGreaterThan(0)
    expect(compareSpans(span(1, 3, 'decision'), span(1, 3, 'decision'))).toBe(0)
  })
})

describe('reasonPrecedence / isWithheld', () => {
  it('ranks withholding text above names, and a sure name above an ambiguous one', () => {
    expect(reasonPrecedence).toEqual([
      'portion-above-release',
      'unproven-portion',
      'unnamed-protected-source',
      'decision',
      'protected-name',
      'name-mention',
      'ambiguous-mention',
    ])
  })

  it('withholds text for exactly the portion, unproven, unnamed-source and decision reasons', () => {
    const withheld = reasonPrecedence.filter((reason) => isWithheld({reason}))
    expect(withheld).toEqual(['portion-above-release', 'unproven-portion', 'unnamed-protected-source', 'decision'])
  })
})

describe('normalizeSpans at the edges', () => {
  it('drops a backwards span as well as an empty one', () => {
    expect(normalizeSpans([span(6, 2, 'decision'), span(4, 4, 'decision'), span(0, 1, 'decision')])).toEqual([span(0, 1, 'decision')])
  })

  it('lets the longer span win when two start together, whatever their precedence', () => {
    // The inner span has the higher precedence but is contained: the outer one stays as it is.
    expect(normalizeSpans([span(0, 5, 'portion-above-release'), span(0, 10, 'name-mention', 'P1')])).toEqual([
      span(0, 10, 'name-mention', 'P1'),
    ])
  })

  it('treats a span that ends where the outer one ends as contained', () => {
    expect(normalizeSpans([span(0, 10, 'name-mention', 'P1'), span(5, 10, 'portion-above-release')])).toEqual([
      span(0, 10, 'name-mention', 'P1'),
    ])
  })

  it('keeps the earlier span’s labels when two spans of equal precedence partly overlap', () => {
    expect(normalizeSpans([span(4, 12, 'name-mention', 'P2'), span(0, 8, 'name-mention', 'P1')])).toEqual([
      span(0, 12, 'name-mention', 'P1'),
    ])
  })

  it('takes the later span’s labels on a partial overlap when its precedence is higher', () => {
    const result = normalizeSpans([span(0, 8, 'name-mention', 'P1'), {...span(4, 12, 'decision'), note: 'reviewer'}])
    expect(result).toEqual([{start: 0, end: 12, reason: 'decision', rule: 'decision', note: 'reviewer'}])
  })

  it('chains partial overlaps into one union', () => {
    const result = normalizeSpans([span(0, 4, 'name-mention', 'P1'), span(3, 7, 'name-mention', 'P1'), span(6, 9, 'name-mention', 'P1')])
    expect(result).toEqual([span(0, 9, 'name-mention', 'P1')])
  })

  it('returns copies: changing the result does not change the input', () => {
    const input = [span(0, 2, 'name-mention', 'P1')]
    const [first] = normalizeSpans(input)
    if (first === undefined) throw new Error('expected one span')
    first.start = 1
    expect(input[0]?.start).toBe(0)
  })
})

describe('areNormalized at the edges', () => {
  it('accepts sorted disjoint spans, touching ones, and one at offset 0', () => {
    expect(areNormalized([])).toBe(true)
    expect(areNormalized([span(0, 1, 'decision')])).toBe(true)
    expect(areNormalized([span(0, 2, 'decision'), span(2, 3, 'decision'), span(5, 9, 'decision')])).toBe(true)
  })

  it('rejects a backwards span and an empty one anywhere in the list', () => {
    expect(areNormalized([span(0, 2, 'decision'), span(4, 3, 'decision')])).toBe(false)
    expect(areNormalized([span(0, 2, 'decision'), span(4, 4, 'decision')])).toBe(false)
    expect(areNormalized([span(0, 2, 'decision'), span(1, 1, 'decision')])).toBe(false)
  })
})
