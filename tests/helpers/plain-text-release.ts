/**
 * A corpus cable as the plain-text release of the archive writes it (`alx/cablegate`, the format
 * of seed 004): five lines of the archive's fields (reference ID, subject, date, classification,
 * origin), then the header block, with the body run into its last line: no blank line between
 * them, so the banner is glued to the last addressee or to the archive's note on a partial
 * extract (`…is not available.S E C R E T SECTION 01 OF 03 ANKARA 002521`).
 *
 * The corpus files are the header block, a blank line and the body (corpus README), so the
 * rendering is built by cutting at the blank line before the banner. `map[i]` is the offset in
 * the original of the rendering's character `i`, or -1 for the added field lines.
 */

export interface PlainTextRelease {
  text: string
  map: Int32Array
}

/**
 * Where the corpus file's header block ends: the blank line before the banner (or the first
 * blank line); `undefined` for the layouts without one (CRLF plain text, no blank line).
 */
function headerEnd(text: string): number | undefined {
  if (text.includes('\r')) return undefined
  const beforeBanner = /\n\n(?=[ \t]*(?:UNCLAS|C O N F|S E C R|CONFIDENTIAL|SECRET))/.exec(text)
  const cut = beforeBanner ? beforeBanner.index : text.indexOf('\n\n')
  return cut > 0 ? cut : undefined
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2003-04-18 08:08` → `Fri Apr 18 00:00:00 +0200 2003`, the release's date line. */
function releaseDate(created: string): string {
  const date = new Date(`${created.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return 'Thu Jan 01 00:00:00 +0100 2009'
  return `${weekdays[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, '0')} 00:00:00 +0100 ${date.getUTCFullYear()}`
}

/**
 * The rendering of `text`, a cable of `cables/` with its `MANIFEST.tsv` row, or `undefined` for
 * the cables that have no such layout (CRLF plain text, no blank line after the header).
 */
export function asPlainTextRelease(text: string, row: Readonly<Record<string, string>>): PlainTextRelease | undefined {
  const cut = headerEnd(text)
  if (cut === undefined) return undefined
  const subject = /SUBJ(?:ECT)?\s*:\s*([^\n]*)/.exec(text)?.[1]?.trim() ?? ''
  const fields = `${row.id ?? ''}\n${subject}\n${releaseDate(row.created ?? '')}\n${row.classification ?? ''}\n${row.origin ?? ''}\n`
  const map = new Int32Array(fields.length + text.length - 2)
  map.fill(-1, 0, fields.length)
  for (let index = 0; index < cut; index++) map[fields.length + index] = index
  for (let index = cut + 2; index < text.length; index++) map[fields.length + index - 2] = index
  return {text: fields + text.slice(0, cut) + text.slice(cut + 2), map}
}

/**
 * A corpus cable as one row of the full release's CSV file (`cables.csv`), saved as a file:
 * number, date, reference ID, origin, classification, references, then the header and the body
 * as quoted fields (a quote inside doubled), so the body runs into the header's last line after
 * `","`. `map` as for {@link asPlainTextRelease}.
 */
export function asCsvRow(text: string, row: Readonly<Record<string, string>>, number: number): PlainTextRelease | undefined {
  const cut = headerEnd(text)
  if (cut === undefined) return undefined
  const [day = '2009-01-01', time = '00:00'] = (row.created ?? '').split(' ')
  const [year, month, date] = day.split('-')
  const parts: string[] = [`${number},${Number(month)}/${Number(date)}/${year} ${time},${row.id ?? ''},"${row.origin ?? ''}",${row.classification ?? ''},,"`]
  const map: number[] = new Array<number>(parts[0]!.length).fill(-1)
  const field = (from: number, to: number): void => {
    for (let index = from; index < to; index++) {
      const quote = text[index] === '"'
      parts.push(quote ? '""' : text[index]!)
      map.push(index)
      if (quote) map.push(-1)
    }
  }
  field(0, cut)
  parts.push('","')
  map.push(-1, -1, -1)
  field(cut + 2, text.length)
  parts.push('"')
  map.push(-1)
  return {text: parts.join(''), map: Int32Array.from(map)}
}
