/**
 * `splice` and `toOriginalOffset` at the edges: a span that ends the text, an empty
 * replacement, offsets right at a replacement's ends; and the refusals' messages.
 * Issue 6 (mutation testing).
 */
import {describe, expect, it} from 'vitest'
import type {Span} from '../../../src/redact/spans.js'
import {splice, toOriginalOffset} from '../../../src/redact/splice.js'

const name = (start: number, end: number): Span => ({start, end, reason: 'name-mention', rule: 't', entity: 'P1'})

describe('splice at the edges', () => {
  it('replaces a span that ends exactly at the end of the text', () => {
    const result = splice('He met Li', [name(7, 9)], () => '[REDACTED]')
    expect(result.text).toBe('He met [REDACTED]')
    expect(result.placed).toEqual([{span: name(7, 9), outputStart: 7, outputEnd: 17, replacement: '[REDACTED]'}])
  })

  it('passes each span and its original text to the replacer, and records where each landed', () => {
    const seen: string[] = []
    const result = splice('Li and Qing met', [name(0, 2), name(7, 11)], (span, original) => {
      seen.push(`${span.start}:${original}`)
      return original === 'Li' ? '#' : '[LONG]'
    })
    expect(seen).toEqual(['0:Li', '7:Qing'])
    expect(result.text).toBe('# and [LONG] met')
    expect(result.placed.map((item) => [item.outputStart, item.outputEnd, item.replacement])).toEqual([
      [0, 1, '#'],
      [6, 12, '[LONG]'],
    ])
  })

  it('returns the text unchanged for no spans', () => {
    expect(splice('abc', [], () => 'x')).toEqual({text: 'abc', placed: []})
  })

  it('says why it refuses spans', () => {
    expect(() => splice('abcdef', [name(3, 5), name(0, 2)], () => '')).toThrow(
      'splice: spans must be sorted, non-empty and disjoint',
    )
    expect(() => splice('abc', [name(0, 4)], () => '')).toThrow('splice: span beyond the end of the text')
  })
})

describe('toOriginalOffset at the edges', () => {
  // `abcdef` with `bc` removed (empty replacement) and `e` replaced by `[X]`: `ad[X]f`.
  const placed = splice('abcdef', [name(1, 3), name(4, 5)], (span) => (span.start === 1 ? '' : '[X]')).placed

  it('maps offsets before, between and after the replacements', () => {
    expect(toOriginalOffset(placed, 0)).toBe(0) // a
    expect(toOriginalOffset(placed, 1)).toBe(3) // d: after the empty replacement, not inside it
    expect(toOriginalOffset(placed, 2)).toBe(4) // [ : the start of the `e` span
    expect(toOriginalOffset(placed, 4)).toBe(4) // ] : still inside it
    expect(toOriginalOffset(placed, 5)).toBe(5) // f: right after the replacement
    expect(toOriginalOffset(placed, 6)).toBe(6) // the end of the output is the end of the original
  })
})
