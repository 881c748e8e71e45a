import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {placeholderFor} from '../../../src/redact/placeholders.js'
import {normalizeSpans, type Span} from '../../../src/redact/spans.js'
import {splice, spansOntoOriginal, toOriginalOffset} from '../../../src/redact/splice.js'

const name = (start: number, end: number, entity = 'P1'): Span => ({start, end, reason: 'name-mention', rule: 't', entity})
const withheld = (start: number, end: number): Span => ({start, end, reason: 'portion-above-release', rule: 't'})

describe('splice', () => {
  const text = 'Li Qing (strictly protect) said.\r\nLi left.'
  it('replaces spans and copies the rest unchanged (CRLF kept)', () => {
    const result = splice(text, [name(0, 7), name(34, 36)], (span, original) => placeholderFor(span, original, 'fixed'))
    expect(result.text).toBe('[REDACTED] (strictly protect) said.\r\n[REDACTED] left.')
  })

  it('uses labels and masks', () => {
    const spans = [name(0, 7, 'P2'), withheld(27, 32)]
    expect(splice(text, spans, (s, o) => placeholderFor(s, o, 'label')).text).toBe(
      '[SOURCE-2] (strictly protect) [WITHHELD]\r\nLi left.',
    )
    expect(splice('ab\ncd ef', [withheld(0, 5)], (s, o) => placeholderFor(s, o, 'mask')).text).toBe('XX\nXX ef')
    expect(splice('a\r\nb', [withheld(0, 4)], (s, o) => placeholderFor(s, o, 'mask')).text).toBe('X\r\nX')
  })

  it('refuses overlapping or out-of-range spans (a caller bug)', () => {
    expect(() => splice(text, [name(0, 5), name(3, 8)], () => '')).toThrow(RangeError)
    expect(() => splice('abc', [name(1, 9)], () => '')).toThrow(RangeError)
  })

  it('maps output offsets back to the original', () => {
    const result = splice(text, [name(0, 7), name(34, 36)], () => '[REDACTED]')
    const said = result.text.indexOf('said')
    expect(toOriginalOffset(result.placed, said)).toBe(text.indexOf('said'))
    expect(toOriginalOffset(result.placed, 2)).toBe(0) // inside the first placeholder
    const left = result.text.indexOf('left')
    expect(toOriginalOffset(result.placed, left)).toBe(text.indexOf('left'))
  })

  it('maps the spans of an output back onto the original in one sweep', () => {
    const result = splice(text, [name(0, 7), name(34, 36)], () => '[REDACTED]')
    const out = result.text
    const said = out.indexOf('said')
    const spans = [name(2, 5), name(said, said + 4), name(out.indexOf('[REDACTED]', 3) + 1, out.length)]
    expect(spansOntoOriginal(result.placed, spans).map((span) => [span.start, span.end])).toEqual([
      [0, 7], // inside the first placeholder: the span it stands for
      [text.indexOf('said'), text.indexOf('said') + 4],
      [34, text.length], // from inside the second placeholder to the end
    ])
  })

  it('keeps every byte outside the spans (property)', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 200}),
        fc.array(fc.tuple(fc.nat(), fc.nat()), {maxLength: 12}),
        fc.constantFrom('fixed' as const, 'label' as const, 'mask' as const),
        (input, pairs, mode) => {
          const raw = pairs.map(([a, b]) => {
            const start = Math.min(a, b) % (input.length + 1)
            const end = Math.min(Math.max(a, b) % (input.length + 1) + 1, input.length)
            return name(start, end)
          })
          const spans = normalizeSpans(raw)
          const result = splice(input, spans, (span, original) => placeholderFor(span, original, mode))
          let cursor = 0
          for (const item of result.placed) {
            const gap = item.span.start - cursor
            const outStart = item.outputStart - gap
            expect(result.text.slice(outStart, item.outputStart)).toBe(input.slice(cursor, item.span.start))
            cursor = item.span.end
          }
          expect(result.text.slice(result.placed.at(-1)?.outputEnd ?? 0)).toBe(input.slice(cursor))
          if (mode === 'mask') expect(result.text.length).toBe(input.length)
        },
      ),
    )
  })
})
