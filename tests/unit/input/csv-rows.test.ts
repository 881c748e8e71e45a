/** The rows of the release's CSV file, read from a stream of bytes cut anywhere. */
import {describe, expect, it} from 'vitest'
import {csvRows, type CsvRow} from '../../../src/input/csv-rows.js'
import {isMarkdownRendered} from '../../../src/syntax/markdown.js'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

// Two rows as the release writes them: every field quoted, `\"` and `\'` escaped, header and
// body over several lines, a `","` inside the body, and a `,` inside the origin.
const release = [
  '"1","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","66STATE106206","P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC PRIORITY\nSTATE GRNC","UNCLASSIFIED BUENOS AIRES 2481 \n \n1.  ZONE OF \\"PREFERENTIAL JURISDICTION\\" FOR FISHING, AS \\\'ANNOUNCED\\\'.\n2.  A \\"QUOTE\\",\\"AND\\" MORE. \\\\ END.\n"\n',
  '"2","2/25/1972 9:30","72TEHRAN1164","Embassy Tehran, Iran","CONFIDENTIAL","","R 250930Z FEB 72 \nFM AMEMBASSY TEHRAN","C O N F I D E N T I A L TEHRAN 1164 \n\n1. (C) THE SHAH.\n"\n',
].join('')

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size)
}

async function rows(text: string, size = 1 << 16): Promise<CsvRow[]> {
  const found: CsvRow[] = []
  for await (const row of csvRows(chunked(encoder.encode(text), size))) found.push(row)
  return found
}

describe('csvRows', () => {
  it('gives each row byte for byte, with its field count, ID and first line', async () => {
    const found = await rows(release)
    expect(found.map((row) => [row.id, row.fields, row.line])).toEqual([
      ['66BUENOSAIRES2481', 8, 1],
      ['72TEHRAN1164', 8, 9],
    ])
    expect(found.map((row) => decoder.decode(row.bytes)).join('')).toBe(release)
  })

  it('gives the same rows whatever the chunks the stream is cut into', async () => {
    const whole = (await rows(release)).map((row) => decoder.decode(row.bytes))
    for (const size of [1, 2, 3, 7, 64, 333]) {
      expect((await rows(release, size)).map((row) => decoder.decode(row.bytes)), `chunks of ${size}`).toEqual(whole)
    }
  })

  it('reads a doubled quote as a quote, and a last row without its line feed', async () => {
    const found = await rows('"1","1/1/2009 0:00","09X1","A ""B"" C","SECRET","","H","S E C R E T X 000001\n1. (S) A ""QUOTE"", B."')
    expect(found.map((row) => [row.id, row.fields])).toEqual([['09X1', 8]])
  })

  it('counts the fields of a row that is not the release\'s', async () => {
    expect((await rows('id,subject\n08MADRID174,TALKS\n')).map((row) => row.fields)).toEqual([2, 2])
    expect(await rows('\n \n')).toEqual([])
  })

  it('a saved row is read as plain text: its escapes are the file\'s, not Markdown', async () => {
    const [first] = await rows(release)
    expect(isMarkdownRendered(decoder.decode(first!.bytes))).toBe(false)
    expect(isMarkdownRendered('UNCLAS\n1. (U) A \\"QUOTE\\" \\[PGOV\\]')).toBe(true)
  })
})
