/**
 * string → bytes in the input's original encoding, the inverse of `decode`.
 *
 * Line endings are not touched: `decode` kept them in the string, so they are written as
 * they stand. Refuses (returns an error value) rather than write a character the encoding
 * cannot hold: a `?` in a redacted cable would be a silent change outside any span.
 *
 * Browser-safe: TextEncoder only.
 */
import type {Encoding} from './decode.js'
import type {EncodeError} from './errors.js'

export type EncodeResult = {ok: true; bytes: Uint8Array} | {ok: false; error: EncodeError}

const utf8 = new TextEncoder()
const bomBytes = [0xef, 0xbb, 0xbf] as const

/** A lone (unpaired) UTF-16 surrogate, which UTF-8 cannot hold; TextEncoder would write U+FFFD. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Encode `text` as `encoding`. `bom` prepends a UTF-8 byte order mark; Latin-1 has none,
 * so `bom` is ignored for it (`decode` never reports one for Latin-1).
 */
export function encode(text: string, encoding: Encoding, bom: boolean): EncodeResult {
  if (encoding === 'latin1') {
    const bytes = new Uint8Array(text.length)
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code > 0xff) {
        return {
          ok: false,
          error: {
            code: 'unencodable',
            message: `character U+${code.toString(16).toUpperCase().padStart(4, '0')} at offset ${index} cannot be written as Latin-1`,
            offset: index,
          },
        }
      }
      bytes[index] = code
    }
    return {ok: true, bytes}
  }

  const lone = loneSurrogate.exec(text)
  if (lone) {
    return {
      ok: false,
      error: {code: 'unencodable', message: `a lone surrogate at offset ${lone.index} cannot be written as UTF-8`, offset: lone.index},
    }
  }
  const body = utf8.encode(text)
  if (!bom) return {ok: true, bytes: body}
  const bytes = new Uint8Array(body.length + 3)
  bytes.set(bomBytes)
  bytes.set(body, 3)
  return {ok: true, bytes}
}
