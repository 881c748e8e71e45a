import {fc, test} from '@fast-check/vitest'
import {describe, expect, it} from 'vitest'
import {decode} from '../../../src/input/decode.js'
import {encode} from '../../../src/input/encode.js'

describe('encode', () => {
  it('writes a UTF-8 BOM when asked', () => {
    const result = encode('A', 'utf-8', true)
    expect(result.ok && Array.from(result.bytes)).toEqual([0xef, 0xbb, 0xbf, 0x41])
  })

  it('writes Latin-1 one byte per character', () => {
    const result = encode('¶\r\n', 'latin1', false)
    expect(result.ok && Array.from(result.bytes)).toEqual([0xb6, 0x0d, 0x0a])
  })

  it('refuses a character above U+00FF in Latin-1 and says where', () => {
    const result = encode('ab\u0100c', 'latin1', false)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('unencodable')
      expect(result.error.offset).toBe(2)
      expect(result.error.message).toContain('U+0100')
    }
  })

  it('refuses a lone surrogate in UTF-8 instead of writing U+FFFD', () => {
    const result = encode('a\ud800b', 'utf-8', false)
    expect(result.ok ? -1 : result.error.offset).toBe(1)
    expect(encode('a\ud83d\ude00b', 'utf-8', false).ok).toBe(true)
  })
})

/**
 * Bytes without NUL (which decode refuses), at least one, and not opening with a UTF-16 byte
 * order mark (`FF FE`, `FE FF`), which decode refuses by design (decode.test.ts).
 */
const textBytes = fc
  .uint8Array({minLength: 1, maxLength: 300, min: 1, max: 255})
  .filter((bytes) => !((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))

/** Lines joined by any mix of line endings, with trailing spaces. */
const lines = fc
  .array(
    fc.tuple(
      fc.string({unit: 'grapheme', maxLength: 20}).map((line) => line.replaceAll('\0', '')),
      fc.constantFrom('', ' ', '  \t'),
      fc.constantFrom('\n', '\r\n', '\r', ''),
    ),
    {minLength: 1, maxLength: 20},
  )
  .map((parts) => parts.map(([text, spaces, end]) => text + spaces + end).join(''))
  .filter((text) => text.length > 0)

describe('round-trip properties', () => {
  test.prop([textBytes])('any NUL-free bytes decode and encode back identically', (input) => {
    const result = decode(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const back = encode(result.file.value as string, result.encoding, result.bom)
    expect(back.ok).toBe(true)
    if (back.ok) expect(back.bytes).toEqual(input)
  })

  test.prop([lines, fc.boolean()])('UTF-8 text (with or without BOM) comes back as the same bytes and text', (text, bom) => {
    const first = encode(text, 'utf-8', bom)
    expect(first.ok).toBe(true)
    if (!first.ok) return
    const result = decode(first.bytes)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.encoding).toBe('utf-8')
    // A text that itself begins with U+FEFF, written without BOM, reads as BOM + rest: same bytes.
    if (!text.startsWith('\ufeff') || bom) {
      expect(result.file.value).toBe(text)
      expect(result.bom).toBe(bom)
    }
    const back = encode(result.file.value as string, result.encoding, result.bom)
    expect(back.ok && back.bytes).toEqual(first.bytes)
  })

  test.prop([lines.map((text) => Array.from(text, (char) => (char.codePointAt(0) ?? 0) > 0xff ? 'x' : char).join('')).filter((text) => text.length > 0)])(
    'Latin-1 text comes back as the same bytes (and text, when read as Latin-1)',
    (text) => {
      const first = encode(text, 'latin1', false)
      expect(first.ok).toBe(true)
      if (!first.ok) return
      const result = decode(first.bytes)
      expect(result.ok).toBe(true)
      if (!result.ok) return
      // Latin-1 bytes that happen to be valid UTF-8 (`Ã©`) read as UTF-8 (`é`): same bytes, other text.
      if (result.encoding === 'latin1') expect(result.file.value).toBe(text)
      const back = encode(result.file.value as string, result.encoding, result.bom)
      expect(back.ok && back.bytes).toEqual(first.bytes)
    },
  )
})
