/**
 * The rows of the release's CSV file (`cables.csv`, 251,287 cables, 1.7 GB), read as bytes
 * from a stream, one row at a time: each row's exact bytes, its field count and its third
 * field, the cable's ID. A row is eight fields (number, date, ID, origin, classification,
 * references, header, body); the header and body fields are quoted and run over many lines,
 * with `\"` for a quote inside them (`""` is read too).
 *
 * By bytes, not text: the structure is ASCII (`"`, `\`, `,`, line feed), so a row's bytes are
 * copied as they are whatever the encoding, and a row saved as a file is byte for byte the
 * row in the release. Memory holds one row at a time. Browser-safe: no `node:` imports.
 */

export interface CsvRow {
  /** The row's bytes, its line feed included (none for a last row without one). */
  bytes: Uint8Array
  /** How many fields the row has (eight in the release's file). */
  fields: number
  /** The third field without its quotes, as ASCII: the cable's ID (`66BUENOSAIRES2481`). */
  id: string
  /** The 1-based line of the file where the row starts. */
  line: number
}

const quote = 0x22
const backslash = 0x5c
const comma = 0x2c
const lineFeed = 0x0a
/** The ID is the third field (0-based 2). */
const idField = 2

/** Each row of the CSV file whose bytes `chunks` gives, in order. */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<CsvRow> {
  let parts: Uint8Array[] = []
  let size = 0
  let inQuotes = false
  let escaped = false
  let field = 0
  let id = ''
  let line = 1
  let rowLine = 1
  const finish = (): CsvRow => {
    const bytes = new Uint8Array(size)
    let at = 0
    for (const part of parts) {
      bytes.set(part, at)
      at += part.length
    }
    const row = {bytes, fields: field + 1, id, line: rowLine}
    parts = []
    size = 0
    field = 0
    id = ''
    return row
  }
  for await (const chunk of chunks) {
    let from = 0
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index]!
      if (byte === lineFeed) line++
      if (inQuotes) {
        if (escaped) escaped = false
        else if (byte === backslash) escaped = true
        else if (byte === quote) {
          inQuotes = false
          continue
        }
        if (field === idField && id.length < 64) id += String.fromCharCode(byte)
        continue
      }
      if (byte === quote) inQuotes = true
      else if (byte === comma) field++
      else if (byte === lineFeed) {
        const part = chunk.slice(from, index + 1)
        parts.push(part)
        size += part.length
        from = index + 1
        // A blank line between rows is no row.
        const row = finish()
        if (!isBlank(row.bytes)) yield row
        rowLine = line
      } else if (field === idField && byte !== 0x0d && id.length < 64) id += String.fromCharCode(byte)
    }
    if (from < chunk.length) {
      // A copy: a stream may reuse its buffer for the next chunk.
      const part = chunk.slice(from)
      parts.push(part)
      size += part.length
    }
  }
  // A last row without a line feed; white space alone after the last row is no row.
  if (parts.some((part) => !isBlank(part))) yield finish()
}

/** Whether `bytes` hold only spaces, tabs and line ends. */
function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === lineFeed)
}
