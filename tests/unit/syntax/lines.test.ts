/**
 * The locator steps forward from the line of its last lookup before it searches, and the
 * parser asks `isBlankRange` instead of `trimSpan` for blank lines: both are checked here
 * against their plain definitions, over any text and any order of lookups.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isBlankRange, trimSpan} from '../../../src/syntax/classify-line.js'
import {createLocator, splitLines} from '../../../src/syntax/lines.js'

/** Line and column of `offset` by counting breaks from the start (`\r\n`, `\n`, `\r`). */
function pointByDefinition(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (text[index] === '\r' && text[index + 1] === '\n') {
      // `\r\n` is one break: the line starts after the `\n`.
      if (index + 1 < offset) {
        index++
        line++
        lineStart = index + 1
      }
    } else if (text[index] === '\r' || text[index] === '\n') {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1, offset}
}

const cableText = fc.array(fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', '¶', 'SECRET', '\u00a0'), {maxLength: 60}).map((parts) => parts.join(''))

describe('createLocator', () => {
  it('gives every offset the point counted from the start, whatever the order of lookups', () => {
    fc.assert(
      fc.property(
        cableText.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.integer({min: -2, max: text.length + 2}), {maxLength: 40}))),
        ([text, offsets]) => {
          const locator = createLocator(text)
          for (const offset of offsets) {
            const clamped = Math.max(0, Math.min(offset, text.length))
            expect(locator.point(offset)).toEqual(pointByDefinition(text, clamped))
          }
        },
      ),
    )
  })

  it('steps past more than its forward window to a far line', () => {
    const text = Array.from({length: 30}, (_, index) => `line ${index}`).join('\n')
    const locator = createLocator(text, splitLines(text))
    expect(locator.point(0).line).toBe(1)
    expect(locator.point(text.indexOf('line 3\n')).line).toBe(4)
    expect(locator.point(text.indexOf('line 29')).line).toBe(30)
    expect(locator.point(text.indexOf('line 2\n')).line).toBe(3)
  })
})

describe('isBlankRange', () => {
  it('is true exactly where trimSpan finds nothing', () => {
    fc.assert(
      fc.property(
        cableText.chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length))),
        ([text, a, b]) => {
          const [from, to] = a <= b ? [a, b] : [b, a]
          expect(isBlankRange(text, from, to)).toBe(trimSpan(text, from, to) === undefined)
        },
      ),
    )
  })
})
