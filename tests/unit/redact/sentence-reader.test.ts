/**
 * `SentenceReader` (`entities.ts`) remembers where its last boundary searches went, so that
 * many markers in one long sentence do not each walk it whole. Whatever the order of the
 * questions, each answer must be the one a reader asked nothing before gives.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SentenceReader, sentenceAround} from '../../../src/redact/entities.js'

/** Pieces that end sentences, or look as if they did, and plain text. */
const pieces = ['word', 'Quorn', ' ', '. ', '! ', '? ', '." ', 'Dr. ', ' A. ', '\n', '\n\n', '\n \r\n', '\t', '.']
const text = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 40}).map((parts) => parts.join(''))
/** A question: a range and its bounds, as fractions of the text's length. */
const question = fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}))

describe('SentenceReader', () => {
  it('answers every question in a row as a fresh reader does', () => {
    fc.assert(
      fc.property(text, fc.array(question, {minLength: 1, maxLength: 12}), fc.boolean(), (value, questions, sameBounds) => {
        const reader = new SentenceReader(value)
        const at = (fraction: number): number => Math.floor(fraction * value.length)
        for (const [a, b, c, d] of questions) {
          const [low, high] = [at(a), at(b)].sort((x, y) => x - y) as [number, number]
          const bounds = sameBounds ? {start: 0, end: value.length} : {start: Math.min(low, at(c)), end: Math.max(high, at(d))}
          expect(reader.around(low, high, bounds)).toEqual(sentenceAround(value, low, high, bounds))
        }
      }),
      {numRuns: 2000},
    )
  })

  it('finds each sentence of a long run of markers in order', () => {
    const value = 'One (protect) two (protect) three. Four (protect) five.'
    const reader = new SentenceReader(value)
    const bounds = {start: 0, end: value.length}
    const sentences = [...value.matchAll(/\(protect\)/g)].map((match) => {
      const range = reader.around(match.index, match.index + match[0].length, bounds)
      return value.slice(range.start, range.end)
    })
    expect(sentences).toEqual(['One (protect) two (protect) three.', 'One (protect) two (protect) three.', 'Four (protect) five.'])
  })
})
