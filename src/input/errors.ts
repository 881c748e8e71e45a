import type {ForeignFormat} from './foreign-format.js'

/**
 * Why bytes could not be taken as a cable's text.
 *
 * A value, not an exception: `decode` never throws, and the CLI turns the code into a
 * message that names the path and says what to do next.
 */

/**
 * - `empty`: no bytes, or only a byte order mark.
 * - `binary`: contains NUL bytes, so it is not a text file.
 * - `unsupported-encoding`: starts with a UTF-16 or UTF-32 byte order mark; cables are 8-bit text.
 * - `foreign-format`: a JSON, HTML or XML document (see `foreignFormat`), not a cable's text.
 */
export type InputErrorCode = 'empty' | 'binary' | 'unsupported-encoding' | 'foreign-format'

/** Why an input was refused. `message` never quotes the input's content. */
export interface InputError {
  code: InputErrorCode
  /** For `foreign-format`: the document's format. */
  format?: ForeignFormat
  /** One sentence, without the path (the caller names the path). */
  message: string
  /** The path given to `decode`, when one was. */
  path?: string
}

/**
 * Why text could not be written back in its original encoding.
 * - `unencodable`: a character cannot be written in the target encoding (above U+00FF for
 *   Latin-1, or a lone surrogate for UTF-8). Writing it anyway would lose data silently.
 */
export interface EncodeError {
  code: 'unencodable'
  message: string
  /** 0-based offset (UTF-16 code units) of the first character that cannot be encoded. */
  offset: number
}
