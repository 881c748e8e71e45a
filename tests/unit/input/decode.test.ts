import {describe, expect, it} from 'vitest'
import {decode, newlineOf} from '../../../src/input/decode.js'
import {encode} from '../../../src/input/encode.js'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

function decoded(input: Uint8Array, path?: string) {
  const result = decode(input, path)
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`)
  return result
}

describe('decode', () => {
  it('reads valid UTF-8 as UTF-8 and sets the path', () => {
    const result = decoded(utf8('SUBJECT: ¶ café\n'), 'a.txt')
    expect(result.encoding).toBe('utf-8')
    expect(result.bom).toBe(false)
    expect(result.file.value).toBe('SUBJECT: ¶ café\n')
    expect(result.file.path).toBe('a.txt')
    expect(result.file.data.input).toEqual({encoding: 'utf-8', bom: false, newline: '\n'})
  })

  it('falls back to Latin-1 when the bytes are not UTF-8 (paul-mathieu cables: 0xB6 is ¶)', () => {
    // "1. ¶ x" with ¶ as the single Latin-1 byte 0xB6, which alone is invalid UTF-8.
    const result = decoded(bytes(0x31, 0x2e, 0x20, 0xb6, 0x20, 0x78, 0x0d, 0x0a))
    expect(result.encoding).toBe('latin1')
    expect(result.file.value).toBe('1. \u00b6 x\r\n')
    expect(result.newline).toBe('\r\n')
  })

  it('decodes 0x80–0x9F as ISO-8859-1 code points, not windows-1252', () => {
    // windows-1252 would give U+201C for 0x93; ISO-8859-1 keeps U+0093 so encode can restore the byte.
    const result = decoded(bytes(0x93, 0x41, 0xff))
    expect(result.file.value).toBe('\u0093A\u00ff')
  })

  it('strips a UTF-8 BOM from the text and remembers it', () => {
    const result = decoded(bytes(0xef, 0xbb, 0xbf, 0x41, 0x0a))
    expect(result.bom).toBe(true)
    expect(result.file.value).toBe('A\n')
  })

  it('keeps a second U+FEFF after the BOM in the text', () => {
    const result = decoded(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41))
    expect(result.file.value).toBe('\ufeffA')
  })

  it('refuses NUL bytes as binary', () => {
    const result = decode(bytes(0x41, 0x00, 0x42), 'x.bin')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('binary')
      expect(result.error.path).toBe('x.bin')
    }
  })

  it('refuses an empty input and a BOM-only input as empty', () => {
    for (const input of [bytes(), bytes(0xef, 0xbb, 0xbf)]) {
      const result = decode(input)
      expect(result.ok ? 'ok' : result.error.code).toBe('empty')
    }
  })

  it('refuses UTF-16 (BOM FF FE) as an unsupported encoding', () => {
    const result = decode(bytes(0xff, 0xfe, 0x41, 0x00))
    expect(result.ok ? 'ok' : result.error.code).toBe('unsupported-encoding')
  })
})

describe('newlineOf', () => {
  it.each([
    ['a\nb\n', '\n'],
    ['a\r\nb\r\n', '\r\n'],
    ['a\rb', '\r'],
    ['a\r\nb\n', 'mixed'],
    ['a\rb\n', 'mixed'],
    ['one line', 'none'],
  ] as const)('%j → %j', (text, expected) => {
    expect(newlineOf(text)).toBe(expected)
  })
})

describe('decode → encode is byte-identical', () => {
  it.each([
    ['UTF-8', utf8('C O N F I D E N T I A L \nSUBJECT: ¶ x  \n')],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, ...utf8('A\r\nB'))],
    ['Latin-1 CRLF', bytes(0x0d, 0x0a, 0xb6, 0x20, 0x41, 0x0d, 0x0a, 0xac)],
    ['Latin-1 beginning with EF BB BF', bytes(0xef, 0xbb, 0xbf, 0xb6)],
    ['mixed endings and trailing spaces', utf8('a \r\nb\t\n c  \rd   ')],
  ])('%s', (_name, input) => {
    const result = decoded(input)
    const back = encode(result.file.value as string, result.encoding, result.bom)
    expect(back.ok).toBe(true)
    if (back.ok) expect(Array.from(back.bytes)).toEqual(Array.from(input))
  })
})
