/**
 * Documents quoted between BEGIN TEXT and END TEXT (`src/lint/facts.ts`): `isQuoted` searches
 * the ranges instead of scanning them, checked here against the scan; the markers are found from
 * each `x` instead of by the pattern, checked here against the pattern.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isQuoted, quotedDocuments} from '../../../src/lint/facts.js'
import {parse} from '../../../src/syntax/parse.js'

const piece = fc.constantFrom('BEGIN TEXT', 'END TEXT', 'begin quoted text', 'End text.', '1. (U) Text.', 'x', '\n', '\n\n', ' ')
const text = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))

/** The ranges as the pattern that defines the markers reads them. */
function byPattern(value: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = []
  let open: number | undefined
  for (const marker of value.matchAll(/\b(BEGIN|END)[ \t]+(?:QUOTED[ \t]+)?TEXT\b/gi)) {
    // A BEGIN while one is open: the open one was never closed (09STATE10122).
    if (marker[1]!.toUpperCase() === 'BEGIN') open = marker.index
    else if (open !== undefined) {
      ranges.push({start: open, end: marker.index})
      open = undefined
    }
  }
  return ranges
}

/** Pieces of markers and what borders them: cases, spaces and tabs, word characters, `ı` (upper-cases to `I`). */
const markerPiece = fc.constantFrom('BEGIN TEXT', 'END TEXT', 'BEGIN', 'begin', 'BeGıN', 'END', 'End', 'WEEKEND', 'QUOTED', 'quoted', 'TEXT', 'text', 'TExt', 'TEXTS', 'x', 'X', ' ', '\t', '  ', '\n', '_', '9', '.', '-', '(')
const markerText = fc.array(markerPiece, {maxLength: 24}).map((parts) => parts.join(''))

describe('quotedDocuments', () => {
  it('reads the markers the pattern reads', () => {
    fc.assert(
      fc.property(markerText, (value) => {
        expect(quotedDocuments(parse(value), value)).toEqual(byPattern(value))
      }),
      {numRuns: 2000},
    )
  })

  it('reads BEGIN QUOTED TEXT, a tab between words, and no marker inside a word', () => {
    const value = 'a Begin\tquoted  text b end text. WEEKEND TEXT xBEGIN TEXT c END TEXT BEGIN TEXTS d BEGIN TEXT e END TEXT_'
    expect(quotedDocuments(parse(value), value)).toEqual([{start: 2, end: value.indexOf('end text')}])
  })
})

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

  it('reads a BEGIN that another BEGIN follows before any END as unclosed (09STATE10122)', () => {
    const value = 'a BEGIN TEXT b ¶4 c BEGIN TEXT d END TEXT e'
    const quoted = quotedDocuments(parse(value), value)
    expect([isQuoted(quoted, value.indexOf('b')), isQuoted(quoted, value.indexOf('¶4')), isQuoted(quoted, value.indexOf('d')), isQuoted(quoted, value.indexOf('e'))]).toEqual([false, false, true, false])
  })
})
