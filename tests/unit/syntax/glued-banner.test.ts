/**
 * Cables as the plain-text release writes them (the format of seed 004): five lines of the
 * archive's fields, then the header, with the body run into its last line. That line is the
 * archive's note on a partial extract, or the last addressee. The banner glued on there must
 * count as the banner: for lint (the cable's level, its handling) and for redaction.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../../../src/lint/engine.js'
import {redact} from '../../../src/redact/redact.js'
import {parse} from '../../../src/syntax/parse.js'

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`
}

const fields = ['03ANKARA2521', 'THE TURKISH GENERAL STAFF', 'Fri Apr 18 00:00:00 +0200 2003', 'SECRET', 'Embassy Ankara']
const note = 'This record is a partial extract of the original cable. The full text of the original cable is not available.'

const partialExtract = lines(
  ...fields,
  `${note}S E C R E T SECTION 01 OF 03 ANKARA 002521 `,
  ' ',
  'SIPDIS ',
  ' ',
  'E.O. 12958: DECL: 04/14/2013 ',
  'TAGS: PREL PGOV PINS MARR TU',
  'SUBJECT: THE TURKISH GENERAL STAFF ',
  ' ',
  'Classified By: Ambassador W.R. Pearson.  Reasons: 1.5 (b, d). ',
  ' ',
  '¶1. Summary: the General Staff remains divided. ',
  ' ',
  '¶2. (S) Numerous contacts share their concerns. ',
)

function ruleIds(text: string): string[] {
  return lint(new VFile({path: 'cable.txt', value: text})).messages.map((message) => `${message.ruleId}:${message.line}`)
}

describe('a banner glued to the partial-extract note', () => {
  it('is the banner, and the note is read as the note', () => {
    const tree = parse(partialExtract)
    expect(tree.partialExtract).toBe(true)
    const banner = tree.children.find((node) => node.type === 'banner')
    expect(banner?.type === 'banner' && banner.marking.level).toBe('S')
    expect(banner?.position.start).toMatchObject({line: 6, column: note.length + 1})
  })

  it('makes the cable SECRET for lint: the unmarked paragraph is an error', () => {
    const found = lint(new VFile({path: 'cable.txt', value: partialExtract})).messages.filter((message) => message.ruleId === 'portion-marking')
    expect(found.map((message) => [message.line, message.fatal])).toEqual([[16, true]])
    expect(ruleIds(partialExtract)).not.toContain('classification-banner:1')
  })

  it('keeps the note and the banner in a copy at U, and withholds the paragraphs', () => {
    const result = redact(partialExtract, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain(`${note}S E C R E T SECTION 01 OF 03 ANKARA 002521 \n`)
    expect(result.text).not.toMatch(/divided|Numerous/)
  })
})

describe('a banner glued to the last addressee', () => {
  const routed = lines(
    ...fields,
    'O 160512Z OCT 01',
    'FM AMEMBASSY PARIS',
    'TO SECSTATE WASHDC IMMEDIATE 9246',
    'USMISSION USUN NEW YORKC O N F I D E N T I A L SECTION 01 OF 02 PARIS 011204 ',
    '',
    'E.O. 12958: DECL: 10/15/2011 ',
    'SUBJECT: (U) FRENCH VIEWS ',
    '',
    'Classified By: Political Minister Counselor, Reasons 1.5 (b) and (d). ',
    '',
    '¶1. (C) Summary: the French see no role for the king. ',
  )

  it('is the banner, and the addressee before it stays text of the header, released', () => {
    const tree = parse(routed)
    const banner = tree.children.find((node) => node.type === 'banner')
    expect(banner?.type === 'banner' && [banner.marking.level, banner.glued, banner.position.start.line]).toEqual(['C', true, 9])
    const text = tree.children.filter((node) => node.type === 'text').map((node) => routed.slice(node.position.start.offset, node.position.end.offset))
    expect(text).toEqual(['USMISSION USUN NEW YORK'])
    expect(redact(routed, {release: 'U'}).text).toContain('USMISSION USUN NEW YORKC O N F I D E N T I A L SECTION 01 OF 02 PARIS 011204')
  })
})

describe('handling captions glued after the serial', () => {
  const glued = lines(
    'ID:190812 Cable dated:2009-02-06T13:05:00C O N F I D E N T I A L SECTION 01 OF 02 LONDON 000333NOFORNSIPDIS E.O. 12958: DECL: 02/04/2019TAGS: EAIR ECON',
    ' ',
    'Classified By: ECON COUNSELOR KATHLEEN DOHERTY FOR REASONS 1.4 b & d ',
    ' ',
    '¶1. (C/NF) Summary: The UK will present a draft regulation. ',
  )

  it('are a handling line whose NOFORN carries the NOFORN portions', () => {
    const handling = parse(glued).children.find((node) => node.type === 'handling')
    expect(handling?.type === 'handling' && [handling.captions, handling.caveats]).toEqual([['NOFORN', 'SIPDIS'], ['NOFORN']])
    expect(ruleIds(glued).filter((id) => id.startsWith('no-uncarried-dissemination'))).toEqual([])
  })
})

describe('a row of the release CSV file saved as a file', () => {
  // As the file was released: every field quoted, the header and body fields run on over lines.
  const row = lines(
    '"2","2/25/1972 9:30","72TEHRAN1164","Embassy Tehran","CONFIDENTIAL","72MOSCOW1603|72TEHRAN1091","R 250930Z FEB 72 ',
    'FM AMEMBASSY TEHRAN',
    'TO SECSTATE WASHDC 7561 ',
    'INFO SECDEF","C O N F I D E N T I A L TEHRAN 1164 ',
    ' ',
    'E.O. 11652: GDS ',
    'TAGS: MASS MARR IR',
    'SUBJECT: ARMS FOR IRAN ',
    ' ',
    '1. (C) THE SHAH WANTS MORE.',
    '"',
  )

  it('reads the fields before the header as the archive metadata and the routing after them', () => {
    const tree = parse(row)
    const [metadata, routing] = tree.children
    expect(metadata).toMatchObject({type: 'metadata', identifier: {value: '72TEHRAN1164'}, origin: {value: 'Embassy Tehran'}, classification: {value: 'CONFIDENTIAL'}, createdDate: {year: 1972, month: 2, day: 25}})
    expect(metadata?.position.end.offset).toBe(row.indexOf('R 250930Z'))
    expect(routing).toMatchObject({type: 'routing', date: {year: 1972, month: 2, day: 25}})
    expect(tree.children.find((node) => node.type === 'banner')).toMatchObject({glued: true, marking: {level: 'C'}})
  })

  it('reads a row whose number, date, ID and classification are unquoted, and the banner after its partial-extract note', () => {
    const partial = lines(
      '100001,4/18/2003 08:08,03ANKARA2521,"Embassy Ankara",SECRET,,"This record is a partial extract of the original cable. The full text of the original cable is not available.","S E C R E T SECTION 01 OF 03 ANKARA 002521 ',
      '',
      '1. (S) THE TURKISH GENERAL STAFF AGREED.',
      '"',
    )
    const tree = parse(partial)
    expect(tree.children[0]).toMatchObject({type: 'metadata', identifier: {value: '03ANKARA2521'}, classification: {value: 'SECRET'}, createdDate: {year: 2003, month: 4, day: 18}})
    expect(tree.children.find((node) => node.type === 'banner')).toMatchObject({glued: true, marking: {level: 'S'}, serial: {value: '002521'}})
  })

  it('dates the cable, so that the rules of its era apply (a 1972 cable is not reported for its Classified By line)', () => {
    const messages = lint(new VFile({path: '72TEHRAN1164.txt', value: row})).messages
    expect(messages.filter((message) => message.ruleId === 'classification-authority').map((message) => message.fatal)).toEqual([undefined])
    expect(messages.filter((message) => message.ruleId === 'no-obsolete-declassification')).toEqual([])
  })
})

describe('the quote that closes a CSV row', () => {
  const row = lines(
    '"3","3/1/2009 10:00","09TEHRAN1","Embassy Tehran","SECRET","","R 011000Z MAR 09","S E C R E T TEHRAN 000001 ',
    '',
    'E.O. 12958: DECL: 03/01/2019 ',
    'SUBJECT: (U) TALKS ',
    '',
    '1. (S) THE TALKS FAILED.',
    '"',
  )

  it('is the file\'s, not the last paragraph\'s: a copy withholding that paragraph keeps it', () => {
    const {text, ok} = redact(row, {release: 'U'})
    expect(ok).toBe(true)
    expect(text.endsWith('1. (S) [WITHHELD]\n"\n')).toBe(true)
    expect(parse(row).children.at(-1)).toMatchObject({type: 'text', position: {start: {offset: row.length - 2}}})
  })

  it('leaves the last line read as any line: paragraphs run into it are still read (a re-flowed body)', () => {
    const reflowed = lines(
      '"4","3/1/2009 10:00","09TALLINN1","Embassy Tallinn","CONFIDENTIAL","","R 011000Z MAR 09","C O N F I D E N T I A L TALLINN 000001 ',
      '',
      '¶1. (C) THE TALKS FAILED. 2. (U) A/S Carson has approved this message. CARSON"',
    )
    const {text} = redact(reflowed, {release: 'U'})
    expect(text.endsWith('¶1. (C) [WITHHELD] 2. (U) A/S Carson has approved this message. CARSON"\n')).toBe(true)
  })
})
