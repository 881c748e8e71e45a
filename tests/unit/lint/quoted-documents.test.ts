/**
 * Documents quoted between BEGIN TEXT and END TEXT (`src/lint/facts.ts`): `isQuoted` searches
 * the ranges instead of scanning them, checked here against the scan.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isQuoted, quotedDocuments} from '../../../src/lint/facts.js'
import {parse} from '../../../src/syntax/parse.js'

const piece = fc.constantFrom('BEGIN TEXT', 'END TEXT', 'begin quoted text', 'End text.', '1. (U) Text.', 'x', '\n', '\n\n', ' ')
const text = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))

describe('isQuoted', () => {
  it('tells whether an offset lies in a quoted document, as a scan of every range does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const quoted = quotedDocuments(parse(value), value)
        for (let offset = 0; offset <= value.length; offset++) {
          expect(isQuoted(quoted, offset)).toBe(quoted.some((range) => range.start <= offset && offset < range.end))
        }
      }),
    )
  })

  it('reads each BEGIN up to the next END; an unclosed BEGIN quotes nothing', () => {
    const value = 'a BEGIN TEXT b END TEXT c BEGIN TEXT d'
    const quoted = quotedDocuments(parse(value), value)
    expect([isQuoted(quoted, value.indexOf('b')), isQuoted(quoted, value.indexOf('c')), isQuoted(quoted, value.indexOf('d'))]).toEqual([true, false, false])
  })
})
