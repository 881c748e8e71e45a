/**
 * `newlineOf` scans with `indexOf` for speed; this checks it against the plain definition, one
 * character at a time: CRLF is one ending, a CR or LF alone another, and two kinds make `mixed`.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {newlineOf, type Newline} from '../../../src/input/decode.js'

function byDefinition(text: string): Newline {
  const kinds = new Set<Newline>()
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\r' && text[index + 1] === '\n') {
      kinds.add('\r\n')
      index++
    } else if (text[index] === '\r') kinds.add('\r')
    else if (text[index] === '\n') kinds.add('\n')
  }
  if (kinds.size === 0) return 'none'
  if (kinds.size > 1) return 'mixed'
  return [...kinds][0]!
}

describe('newlineOf', () => {
  it('names the endings of fixed texts', () => {
    expect(newlineOf('a\nb\n')).toBe('\n')
    expect(newlineOf('a\r\nb\r\n')).toBe('\r\n')
    expect(newlineOf('a\rb')).toBe('\r')
    expect(newlineOf('a\r\r\nb')).toBe('mixed')
    expect(newlineOf('a\r\nb\n')).toBe('mixed')
    expect(newlineOf('one line')).toBe('none')
  })

  it('agrees with the definition on any mix of CR, LF and text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('\r', '\n', 'a', '\r\n')).map((parts) => parts.join('')), (text) => newlineOf(text) === byDefinition(text)))
  })
})
