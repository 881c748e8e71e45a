/**
 * The README's "Property-testing your own policy" example, run as written (relative imports
 * instead of the package names), so the documented example cannot go stale.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {redact} from '../../src/redact/redact.js'
import {cable, propertyParameters} from '../../src/testing/index.js'

const word = (token: string): RegExp => new RegExp(`(?<!\\p{L})${token}(?!\\p{L})`, 'iu')

describe('our release policy', () => {
  it('a release at C names no protected person and keeps no SECRET text', () => {
    fc.assert(
      fc.property(
        cable({classification: ['C', 'S'], people: {min: 1, max: 3}, portions: 'any', mentionForms: ['surname', 'possessive', 'split']}),
        ({text, truth}) => {
          const result = redact(text, {release: 'C'})
          expect(result.ok).toBe(true)
          for (const person of truth.people) {
            for (const token of person.name.tokens) expect(result.text).not.toMatch(word(token))
          }
          for (const paragraph of truth.paragraphs.filter((p) => p.level === 'S')) {
            const {start, end} = paragraph.body
            expect(result.spans.some((span) => span.start <= start && span.end >= end)).toBe(true)
          }
        },
      ),
      // FC_SEED / FC_PATH replay a failure printed by fast-check; FC_NUM_RUNS runs deeper.
      propertyParameters(process.env, 100),
    )
  })
})
