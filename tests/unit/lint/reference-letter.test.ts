/**
 * `isReferenceLetter` decides whether a one-letter "marking" such as `(C)` is an item of a
 * lettered list: the item before it (or, for `(A)`, after it) opens a line nearby. It finds
 * that line with one pattern per letter; this checks it against the definition, line by line,
 * over texts made of list items, prose and every kind of white space and line break.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isReferenceLetter} from '../../../src/lint/facts.js'
import type {Marking} from '../../../src/syntax/types.js'

/** A line of the 800 characters before (or after, for A) opens with the neighbouring item. */
function byDefinition(letter: string, text: string, start: number, end: number): boolean {
  const code = letter.charCodeAt(0)
  const item = letter === 'A' ? 'B' : String.fromCharCode(code - 1)
  const slice = letter === 'A' ? text.slice(end, end + 800) : text.slice(Math.max(0, start - 800), start)
  return slice.split('\n').some((line) => /^\([A-H]\)[ \t]+[A-Z]/.test(line.trimStart()) && line.trimStart()[1] === item)
}

function markingAt(raw: string, start: number): Marking {
  return {
    level: 'C',
    caveats: [],
    releasableTo: [],
    raw,
    position: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + raw.length + 1, offset: start + raw.length}},
    irregularities: [],
  }
}

const piece = fc.constantFrom('(A) Seminar', '(B) Talks', '(C) Visit', '(b) low', '(B)  ', '(B)\tNext', 'and', ' ', '\t', '\u00a0', '\r', '\n', '\r\n', '\n\n', 'x (B) Mid', '--')

describe('isReferenceLetter: lettered lists', () => {
  it('finds the neighbouring item exactly where a line opens with it', () => {
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), fc.constantFrom('A', 'B', 'C', 'D'), fc.array(piece, {maxLength: 30}), (before, letter, after) => {
        const head = before.join('') + '\n'
        const raw = `(${letter})`
        // Prose after the token, so that the cable-reference reading never applies.
        const text = `${head}${raw} more text ${after.join('')}`
        const expected = byDefinition(letter, text, head.length, head.length + raw.length)
        expect(isReferenceLetter(markingAt(raw, head.length), text)).toBe(expected)
      }),
    )
  })

  it('reads (C) after a line that opens with (B) as a list item, and not after prose', () => {
    expect(isReferenceLetter(markingAt('(C)', 22), '  (B) Seminar on trade\n(C) more text')).toBe(true)
    expect(isReferenceLetter(markingAt('(C)', 22), 'the (B) seminar, trade\n(C) more text')).toBe(false)
  })
})
