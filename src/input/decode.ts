/**
 * bytes → VFile: detect the encoding, keep the byte order mark and line endings exactly.
 *
 * The one rule here is that `encode(file.value, encoding, bom)` gives back the very bytes
 * that came in, so a redacted copy differs from its original only inside redacted spans.
 * That is why the decoded string keeps every `\r` and trailing space, and why Latin-1 is
 * decoded by hand (byte = code point, ISO-8859-1) rather than with `TextDecoder('latin1')`,
 * which the WHATWG Encoding Standard maps to windows-1252 (0x80–0x9F differ).
 *
 * Browser-safe: TextDecoder only, no `node:` imports.
 */
import {VFile} from 'vfile'
import type {InputError} from './errors.js'
import {foreignFormat} from './foreign-format.js'

/** How the input was encoded. `latin1` is ISO-8859-1 (each byte is one code point U+0000–U+00FF). */
export type Encoding = 'utf-8' | 'latin1'

/**
 * The line endings found: one kind throughout, `mixed`, or `none` (a single line).
 * `\r` alone is the classic Mac ending; the paul-mathieu corpus cables use `\r\n`.
 */
export type Newline = '\n' | '\r\n' | '\r' | 'mixed' | 'none'

/** What is known about the original bytes; kept on `file.data.input` too. */
export interface InputInfo {
  encoding: Encoding
  /** Whether the bytes began with a UTF-8 byte order mark (not part of `file.value`). */
  bom: boolean
  newline: Newline
}

export type DecodeResult = ({ok: true; file: VFile} & InputInfo) | {ok: false; error: InputError}

declare module 'vfile' {
  interface DataMap {
    /** Set by `decode`: how to write the text back byte for byte (see `encode`). */
    input: InputInfo
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Decode a cable's bytes. UTF-8 when the bytes are valid UTF-8, else Latin-1 (the
 * paul-mathieu cables were Latin-1: `0xB6` is `¶`). Never throws.
 */
export function decode(bytes: Uint8Array, path?: string): DecodeResult {
  const withPath = path === undefined ? {} : {path}
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      ok: false,
      error: {code: 'unsupported-encoding', message: 'is UTF-16 or UTF-32 text, which cablelint does not read; save it as UTF-8', ...withPath},
    }
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  if (body.length === 0) {
    return {ok: false, error: {code: 'empty', message: 'is empty', ...withPath}}
  }
  // A NUL byte never occurs in a cable; it means an image, an archive, a UTF-16 file without BOM…
  if (body.includes(0)) {
    return {ok: false, error: {code: 'binary', message: 'is not a text file (it contains NUL bytes)', ...withPath}}
  }

  let value: string
  let encoding: Encoding
  let keptBom = bom
  try {
    value = utf8.decode(body)
    encoding = 'utf-8'
  } catch {
    // Not UTF-8. Latin-1 maps every byte, so this cannot fail, and a leading EF BB BF
    // is then three ordinary characters (`ï»¿`), kept in the text so nothing is lost.
    value = latin1(bytes)
    encoding = 'latin1'
    keptBom = false
  }

  const format = foreignFormat(value)
  if (format !== undefined) {
    return {ok: false, error: {code: 'foreign-format', format, message: `is a ${format} document, not a cable's text`, ...withPath}}
  }

  const info: InputInfo = {encoding, bom: keptBom, newline: newlineOf(value)}
  const file = new VFile({value, ...withPath, data: {input: info}})
  return {ok: true, file, ...info}
}

/** ISO-8859-1: code point = byte. Chunked, because `fromCharCode(...bytes)` overflows the stack on large files. */
function latin1(bytes: Uint8Array): string {
  const chunk = 0x8000
  let out = ''
  for (let index = 0; index < bytes.length; index += chunk) {
    out += String.fromCharCode(...bytes.subarray(index, index + chunk))
  }
  return out
}

/** Which line endings `text` uses. */
export function newlineOf(text: string): Newline {
  // By `indexOf` rather than a loop over every character: decoding runs once per cable, mostly
  // before V8 has optimised anything, and the loop was 2 % of a corpus lint in the workers.
  let crlf = 0
  let cr = 0
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) === 10) crlf++
    else cr++
  }
  // A line feed counts alone when no carriage return comes right before it.
  let lf = 0
  for (let at = text.indexOf('\n'); at !== -1 && lf === 0; at = text.indexOf('\n', at + 1)) if (text.charCodeAt(at - 1) !== 13) lf++
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0)
  if (kinds === 0) return 'none'
  if (kinds > 1) return 'mixed'
  return crlf > 0 ? '\r\n' : lf > 0 ? '\n' : '\r'
}
