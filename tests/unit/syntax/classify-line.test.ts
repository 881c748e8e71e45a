/**
 * Line classifiers (`src/syntax/classify-line.ts`). Lines are the corpus's and the seeds' own
 * forms: page-continuation markers of the WikiLeaks renderings (`GUANGZHOU 00000208  003 OF 004`,
 * `CHENGDU 00000032 001.2 OF 002`, mid-line in re-flowed paragraphs as in 08TRIPOLI889), old
 * telegram `PAGE 02` lines, paragraph numbers (5 FAH-1 H-246.2c: the portion mark follows the
 * paragraph number), the E.O. line, the ACP 127 security indicator (line 4, MARKING-RULES) and
 * the glued banner of seed 004. Offsets are counted by hand from the strings.
 */
import {describe, expect, it} from 'vitest'
import {
  classifyLine,
  findMarkingToken,
  findPageMarkers,
  isDashes,
  isWhiteSpace,
  isWholeLinePageMarker,
  matchBanner,
  matchExecutiveOrder,
  matchPageLine,
  matchMarkedNumber,
  matchRangeNumber,
  matchParagraphStart,
  matchSecurityIndicator,
} from '../../../src/syntax/classify-line.js'
import type {LineKind} from '../../../src/syntax/classify-line.js'
import {parseMarking} from '../../../src/syntax/marking.js'

describe('page markers', () => {
  it('reads a whole-line WikiLeaks page marker', () => {
    const line = 'GUANGZHOU 00000208  003 OF 004'
    expect(findPageMarkers(line, 0, line.length)).toEqual([{start: 0, end: 30, originator: 'GUANGZHOU', serial: '00000208', page: 3, total: 4}])
    expect(isWholeLinePageMarker(line)).toBe(true)
    expect(classifyLine(line)).toBe('pageBreak')
  })

  it('reads a sub-page number (`001.2 OF 002`) as its page', () => {
    const line = 'CHENGDU 00000032 001.2 OF 002'
    expect(findPageMarkers(line, 0, line.length)).toEqual([{start: 0, end: 29, originator: 'CHENGDU', serial: '00000032', page: 1, total: 2}])
    expect(isWholeLinePageMarker(line)).toBe(true)
  })

  it('reads a marker with leading white space', () => {
    const line = '   BEIJING 00004697  002 OF 003'
    expect(findPageMarkers(line, 0, line.length)).toEqual([{start: 3, end: 31, originator: 'BEIJING', serial: '00004697', page: 2, total: 3}])
    expect(isWholeLinePageMarker(line)).toBe(true)
  })

  it('reads every upper-case word of a post name when the marker opens its line', () => {
    const line = 'UNVIE VIENNA 00000123  002 OF 003'
    expect(findPageMarkers(line, 0, line.length)[0]).toMatchObject({start: 0, originator: 'UNVIE VIENNA', page: 2, total: 3})
  })

  it('finds a marker in the middle of a re-flowed line', () => {
    const line = 'claims of citizenship  TRIPOLI 00000889  002 OF 004   and who else'
    // "claims of citizenship  " is 23 characters.
    expect(findPageMarkers(line, 0, line.length)).toEqual([{start: 23, end: 51, originator: 'TRIPOLI', serial: '00000889', page: 2, total: 4}])
    expect(line.slice(23, 51)).toBe('TRIPOLI 00000889  002 OF 004')
    expect(isWholeLinePageMarker(line)).toBe(false)
    expect(classifyLine(line)).toBe('text')
  })

  it('prefers the banner post as originator mid-line (`SAN JOSE`)', () => {
    const line = 'the vote SAN JOSE 00000123  002 OF 003 was held'
    expect(findPageMarkers(line, 0, line.length, 'SAN JOSE')[0]).toMatchObject({start: 9, end: 38, originator: 'SAN JOSE'})
    // Without the hint only the word next to the serial is known to be the post.
    expect(findPageMarkers(line, 0, line.length)[0]).toMatchObject({start: 13, originator: 'JOSE'})
  })

  it('only looks inside [from, to)', () => {
    const text = 'xx GUANGZHOU 00000208  003 OF 004 yy GUANGZHOU 00000208  004 OF 004'
    const second = text.lastIndexOf('GUANGZHOU')
    expect(findPageMarkers(text, second, text.length).map((marker) => marker.page)).toEqual([4])
    expect(findPageMarkers(text, 0, second).map((marker) => marker.page)).toEqual([3])
  })

  it.each(['RMB 180 million 00000208 003 OF 004', 'the 12345678  003 OF 0045', 'serial 00000208 003 of 004'])('does not read "%s" as a marker', (line) => {
    expect(findPageMarkers(line, 0, line.length)).toEqual([])
  })

  it('reads an old telegram `PAGE 02` line', () => {
    expect(matchPageLine('PAGE 02')).toEqual({span: {start: 0, end: 7}, page: 2})
    expect(matchPageLine('PAGE 02 HARARE 05461 01 OF 02 271458Z')).toMatchObject({page: 2, originator: 'HARARE', serial: '05461'})
    expect(classifyLine('PAGE 02')).toBe('pageBreak')
    expect(matchPageLine('Page two of the report')).toBeUndefined()
    expect(matchPageLine('PAGE 02 of the report')).toBeUndefined()
  })

  it.each([
    {line: 'PAGE 02 HARARE 05461 01 OF 02 271458Z', expected: {span: {start: 0, end: 37}, page: 2, originator: 'HARARE', serial: '05461'}},
    {line: '  PAGE 3  ', expected: {span: {start: 2, end: 8}, page: 3}},
    {line: 'PAGE 03 SAN JOSE 01234 01 OF 02', expected: {span: {start: 0, end: 31}, page: 3, originator: 'SAN JOSE', serial: '01234'}},
    {line: "PAGE 02 N'DJAMENA 00345", expected: {span: {start: 0, end: 23}, page: 2, originator: "N'DJAMENA", serial: '00345'}},
    {line: 'PAGE 02 05461 271458Z', expected: {span: {start: 0, end: 21}, page: 2, serial: '05461'}},
  ])('reads "$line"', ({line, expected}) => {
    expect(matchPageLine(line)).toEqual(expected)
  })

  it.each(['PAGE 0234', 'PAGE', 'PAGES 02', 'THE PAGE 02', 'PAGE 02 HARARE 05461 Sent', `PAGE 02 ${'X '.repeat(100)}`])('does not read "%s" as a page line', (line) => {
    expect(matchPageLine(line)).toBeUndefined()
  })
})

describe('isDashes', () => {
  it.each([
    ['-----', true],
    ['---', true],
    ['  -------- ------  ', true],
    ['--', false],
    ['--- x', false],
    ['-- -- --', false],
  ])('"%s" → %s', (line, expected) => {
    expect(isDashes(line)).toBe(expected)
  })
})

describe('isWhiteSpace', () => {
  it('agrees with the pattern \\s on every UTF-16 unit', () => {
    const disagreements: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code)
    expect(disagreements).toEqual([])
    // Past the end of a string `charCodeAt` gives NaN: not white space, as `/\s/.test('')`.
    expect(isWhiteSpace(Number.NaN)).toBe(false)
  })
})

describe('matchParagraphStart', () => {
  it.each([
    {line: '¶1. (C) The minister', start: 0, pilcrow: true, number: {start: 1, end: 2, raw: '1'}, after: 3},
    {line: '11. The minister', start: 0, pilcrow: false, number: {start: 0, end: 2, raw: '11'}, after: 3},
    {line: '¶A.  The minister', start: 0, pilcrow: true, number: {start: 1, end: 2, raw: 'A'}, after: 3},
    {line: '2.  (SBU) Summary', start: 0, pilcrow: false, number: {start: 0, end: 1, raw: '2'}, after: 2},
    {line: '  3. text', start: 2, pilcrow: false, number: {start: 2, end: 3, raw: '3'}, after: 4},
    {line: '¶ 4. text', start: 0, pilcrow: true, number: {start: 2, end: 3, raw: '4'}, after: 4},
    {line: '5.(C) glued', start: 0, pilcrow: false, number: {start: 0, end: 1, raw: '5'}, after: 2},
  ])('reads "$line"', ({line, ...expected}) => {
    expect(matchParagraphStart(line)).toEqual(expected)
  })

  it('is followed by the marking token in `2.  (SBU)`', () => {
    const line = '2.  (SBU) Summary'
    const paragraph = matchParagraphStart(line)
    const token = paragraph && findMarkingToken(line, paragraph.after)
    expect(token).toEqual({start: 4, end: 9})
    const raw = line.slice(token?.start, token?.end)
    expect(parseMarking(raw, {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 10, offset: 9}})?.level).toBe('SBU')
  })

  it('finds the `C)` of a paragraph whose opening parenthesis was lost', () => {
    const line = '1. C) The minister'
    expect(findMarkingToken(line, matchParagraphStart(line)?.after ?? 0)).toEqual({start: 3, end: 5})
  })

  it.each(['1.5 million', 'Mr. Smith', '2005 was', 'a. lower case', '12345. too long', 'The 1. item', '.'])('does not read "%s"', (line) => {
    expect(matchParagraphStart(line)).toBeUndefined()
  })
})

describe('matchMarkedNumber', () => {
  it.each([
    {line: '2) (S) President Museveni said', start: 0, pilcrow: false, number: {start: 0, end: 1, raw: '2'}, after: 2},
    {line: '1 (S) On January 26, we briefed', start: 0, pilcrow: false, number: {start: 0, end: 1, raw: '1'}, after: 1},
    {line: '  10)(C) Text', start: 2, pilcrow: false, number: {start: 2, end: 4, raw: '10'}, after: 5},
    {line: '¶3) (C) Text', start: 0, pilcrow: true, number: {start: 1, end: 2, raw: '3'}, after: 3},
  ])('reads "$line"', ({line, ...expected}) => {
    expect(matchMarkedNumber(line)).toEqual(expected)
  })

  // Letters are markings that lost a parenthesis (`C)`); dotted numbers are matchParagraphStart's.
  it.each(['C) The minister', '2. (S) Text', '2005was', '1234 (S) too long', 'The 1) item', '2)x'])('does not read "%s"', (line) => {
    expect(matchMarkedNumber(line)).toBeUndefined()
  })
})

describe('matchRangeNumber', () => {
  it.each([
    {line: '4-12. (U) Official data', start: 0, pilcrow: false, number: {start: 0, end: 1, raw: '4'}, last: {start: 2, end: 4, raw: '12'}, after: 5},
    {line: '  ¶10-11.\tText', start: 2, pilcrow: true, number: {start: 3, end: 5, raw: '10'}, last: {start: 6, end: 8, raw: '11'}, after: 9},
  ])('reads "$line"', ({line, ...expected}) => {
    expect(matchRangeNumber(line)).toEqual(expected)
  })

  // The last number must be the larger; a dot and a space must follow; four digits are a year.
  it.each(['5-4. (U) Text', '4-4. (U) Text', '4-12.(U) Text', '4-12 (U) Text', '4-. (U)', '-4. (U)', '2004-2008. (U) Text', 'A-C. (U) Text'])('does not read "%s"', (line) => {
    expect(matchRangeNumber(line)).toBeUndefined()
  })
})

describe('matchExecutiveOrder', () => {
  it.each([
    {line: 'E.O. 12958: DECL: 12/31/2033', order: {start: 5, end: 10}, rest: {start: 12, end: 28}},
    {line: 'EO 12958 DECL: 09/21/10', order: {start: 3, end: 8}, rest: {start: 9, end: 23}},
    {line: 'E.O. 12958: N/A', order: {start: 5, end: 10}, rest: {start: 12, end: 15}},
    {line: 'E.O.13526: DECL: 2019/12/01', order: {start: 4, end: 9}, rest: {start: 11, end: 27}},
    {line: 'E.O. 12958:', order: {start: 5, end: 10}, rest: undefined},
    {line: 'E.O. 12958 decl: 1/1/2020', order: {start: 5, end: 10}, rest: {start: 11, end: 25}},
    {line: 'E.O. 12958 n/a', order: {start: 5, end: 10}, rest: {start: 11, end: 14}},
    {line: 'E.O. 12958, 1.4(b)(d).', order: {start: 5, end: 10}, rest: {start: 10, end: 22}},
  ])('reads "$line"', ({line, order, rest}) => {
    expect(matchExecutiveOrder(line)).toEqual({order, rest})
  })

  it.each(['EOS 12958', 'EXECUTIVE ORDER 12958', 'The E.O. says', 'EO', 'E.O. 13382 in July 2008 as a consequence of its work on', 'E.O. 13224 and the UN list'])('does not read "%s"', (line) => {
    expect(matchExecutiveOrder(line)).toBeUndefined()
  })
})

describe('matchSecurityIndicator', () => {
  it.each([
    {line: 'ZNR UUUUU ZZH', span: {start: 0, end: 9}, prefix: 'ZNR', letters: 'UUUUU'},
    {line: 'ZNY CCCCC ZZH', span: {start: 0, end: 9}, prefix: 'ZNY', letters: 'CCCCC'},
    {line: 'ZNY SSSAA ZZH', span: {start: 0, end: 9}, prefix: 'ZNY', letters: 'SSSAA'},
    {line: '  ZNR EEEEE', span: {start: 2, end: 11}, prefix: 'ZNR', letters: 'EEEEE'},
  ])('reads "$line"', ({line, ...expected}) => {
    expect(matchSecurityIndicator(line)).toEqual(expected)
  })

  it.each(['ZNX UUUUU', 'ZZH', 'ZNR uuuuu', 'ZNRUUUUU'])('does not read "%s"', (line) => {
    expect(matchSecurityIndicator(line)).toBeUndefined()
  })
})

describe('matchBanner', () => {
  it('reads a banner glued to the INFO addressee (seed 004)', () => {
    const line = 'INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06 BEIJING 000509'
    const match = matchBanner(line)
    expect(match?.glued).toBe(true)
    expect(match?.level).toBe('U')
    // "INFO RUEHOO/CHINA POSTS COLLECTIVE" is 34 characters.
    expect([match?.start, match?.end]).toEqual([34, 40])
    expect(match?.raw).toBe('UNCLAS')
    expect(match?.section).toEqual({start: 41, end: 57, index: 1, total: 6})
    expect(match?.originator).toEqual({start: 58, end: 65, value: 'BEIJING'})
    expect(match?.serial).toEqual({start: 66, end: 72, value: '000509'})
  })

  it('reads a banner at the start of its line as not glued', () => {
    const match = matchBanner('UNCLAS GUANGZHOU 000463')
    expect(match).toMatchObject({glued: false, level: 'U', start: 0, end: 6})
    expect(match?.originator?.value).toBe('GUANGZHOU')
    expect(match?.serial?.value).toBe('000463')
  })

  // The first character decides which lines are read at all: these pin what must still pass.
  it.each([
    ['c o n f i d e n t i a l SECTION 01 OF 02 BEIJING 000509', 'C'],
    ['  s e c r e t STATE 135366', 'S'],
    ['\u2028CONFIDENTIAL MEXICO 002187', 'C'],
    ['\u00a0UNCLAS SECTION 01 OF 02 PARIS 000123', 'U'],
    ['\tu n c l a s', 'U'],
  ])('reads "%s"', (line, level) => {
    expect(matchBanner(line)?.level).toBe(level)
  })

  it.each(['confidential', 'c onfidential PARIS 000123', 'secret STATE 135366', '¶1. (C) CONFIDENTIAL PARIS 000123', '«SECRET» SECTION 01 OF 02', 'l i m i t e d'])(
    'does not read "%s"',
    (line) => {
      expect(matchBanner(line)).toBeUndefined()
    },
  )

  it('does not read a level word at the end of an addressee line without section or serial', () => {
    expect(matchBanner('INFO RUEHOO/AMEMBASSY SECRET')).toBeUndefined()
    expect(matchBanner('They spoke of the SECRET SECTION 01 OF 02 BEIJING 000509')).toBeUndefined()
  })

  // The plain-text release (the format of seed 004) runs each body into the line before it: the
  // archive's note on a partial extract, an export's end-of-header line, a date, or the last
  // addressee, which older cables write in plain words.
  it.each([
    ['This record is a partial extract of the original cable. The full text of the original cable is not available.S E C R E T SECTION 01 OF 03 ANKARA 002521', 'S', 'S E C R E T', '002521'],
    ['This record is a partial extract of the original cable. The full text of the original cable is not available.UNCLAS ANKARA 008150 ', 'U', 'UNCLAS', '008150'],
    ['This record is a partial extract of the original cable. The full text of the original cable is not available.Cable dated:2005-09-17T12:29:00S E C R E T SECTION 01 OF 05 SANAA 002766SIPDIS', 'S', 'S E C R E T', '002766'],
    ['----------------- header ends ----------------S E C R E T SECTION 01 OF 03 ANKARA 007106 ', 'S', 'S E C R E T', '007106'],
    ['Thursday, 31 January 2008, 19:52C O N F I D E N T I A L SECTION 01 OF 06 HAVANA 000103', 'C', 'C O N F I D E N T I A L', '000103'],
    ['061428Z Jun 03S E C R E T SECTION 01 OF 03 ANKARA 003694', 'S', 'S E C R E T', '003694'],
    ['ID:190812 Cable dated:2009-02-06T13:05:00C O N F I D E N T I A L SECTION 01 OF 02 LONDON 000333NOFORNSIPDIS', 'C', 'C O N F I D E N T I A L', '000333'],
    ['USMISSION USUN NEW YORKC O N F I D E N T I A L SECTION 01 OF 02 PARIS 011204 ', 'C', 'C O N F I D E N T I A L', '011204'],
    ['AMEMBASSY TRIPOLIUNCLAS SECTION 01 OF 02 TRIPOLI 000123', 'U', 'UNCLAS', '000123'],
    ['AMCONSUL EDINBURGH POUCH)C O N F I D E N T I A L SECTION 01 OF 04 LONDON 16998 ', 'C', 'C O N F I D E N T I A L', '16998'],
    ['RHMFISS/CDR USSOUTHCOM MIAMI FLUNCLASSIFIED SECTION 01 OF 03 SAO PAULO 000976 ', 'U', 'UNCLASSIFIED', '000976'],
    ['RUCNSE/US SECRET SERVICE WASHDC PRIORITYC O N F I D E N T I A L SECTION 01 OF 02 LONDON 001992 ', 'C', 'C O N F I D E N T I A L', '001992'],
    ['RUEAIIA/CIA WASHDCC o n f i d e n t i a l section 01 of 03 damascus 000389', 'C', 'C o n f i d e n t i a l', '000389'],
    ['RHEHNSC/NSC WASHDCC O N F I D E N T I A LCAIRO 000079 SIPDIS', 'C', 'C O N F I D E N T I A L', '000079'],
    // A garbled spaced word glued on: a space lost, the first letter doubled (07CARACAS1822).
    ['RHEHNSC/NSC WASHDCCO N F I D E N T I A L SECTION 01 OF 02 CARACAS 001822', 'C', 'CO N F I D E N T I A L', '001822'],
    ['USMISSION USUN NEW YORKSE C R E T SECTION 01 OF 02 PARIS 011204', 'S', 'SE C R E T', '011204'],
    // A doubled first letter touching the addressee is read as the addressee's last letter.
    ['RUEHC/SECSTATE WASHDC PRIORITYSS E C R E T MOSCOW 000226', 'S', 'S E C R E T', '000226'],
    ['This record is a partial extract of the original cable. The full text of the original cable is not available.C ONFIDENTIAL SECTION 01 of 03 BAKU 000744', 'C', 'C ONFIDENTIAL', '000744'],
    // A row of the full release's CSV file: the `","` between the header and body fields (the parser
    // reads the row's fields before them as the archive's metadata: glued-banner.test.ts).
    ['This record is a partial extract of the original cable. The full text of the original cable is not available.","S E C R E T SECTION 01 OF 03 ANKARA 002521', 'S', 'S E C R E T', '002521'],
    ['","C O N F I D E N T I A L HAVANA 000221', 'C', 'C O N F I D E N T I A L', '000221'],
    [' ","S E C R E T SECTION 01 OF 02 LONDON 004338', 'S', 'S E C R E T', '004338'],
    ['061428Z Jun 03","S E C R E T SECTION 01 OF 03 ANKARA 003694', 'S', 'S E C R E T', '003694'],
    ['SECDEF WASHDC","UNCLAS SECTION 02 OF 07 HARARE 002271', 'U', 'UNCLAS', '002271'],
    ['RUEABND/DEA HQS WASHINGTON DC","UNCLAS SECTION 01 OF 03 MEXICO 000023 ', 'U', 'UNCLAS', '000023'],
  ])('reads the banner glued on in "%s"', (line, level, raw, serial) => {
    const match = matchBanner(line, true)
    expect(match).toMatchObject({glued: true, level, raw})
    expect(line.slice(match!.start, match!.end)).toBe(raw)
    expect(match?.serial?.value).toBe(serial)
  })

  it('reads a spaced level word after a stray capital (09MOSCOW1108), not an unspaced one', () => {
    expect(matchBanner('CSE C R E T SECTION 01 OF 02 SHENYANG 000004 ')).toMatchObject({glued: true, level: 'S', start: 1, raw: 'SE C R E T'})
    expect(matchBanner('ASECRET SECTION 01 OF 02 SHENYANG 000004')).toBeUndefined()
    expect(matchBanner('ISS E C R E T')).toBeUndefined()
  })

  it('reads a spaced level word glued alone at the end of an addressee as the banner', () => {
    const line = 'RUEKJCS/SECDEF WASHDCC O N F I D E N T I A L '
    expect(matchBanner(line)).toMatchObject({glued: true, level: 'C', start: 21, end: 44})
  })

  it.each([
    // Prose: lower case before the level word, or a space between them.
    'the cable was stamped CONFIDENTIALPARIS 001007',
    'THE MINISTER SAID IT WAS SECRET SECTION 01 OF 02 BEIJING 000509',
    'THE MINISTER SAID IT WAS SE C R E T SECTION 01 OF 02 BEIJING 000509',
    'This record is a partial extract of the original cable. SECRET SECTION 01 OF 02 BEIJING 000509',
    // A plain-words addressee with an unspaced level word and nothing after it.
    'AMEMBASSY TRIPOLISECRET',
  ])('does not read a glued banner in "%s"', (line) => {
    expect(matchBanner(line, true)).toBeUndefined()
  })

  it('reads a banner glued to a plain-words addressee only in the routing header', () => {
    const line = 'AMEMBASSY TRIPOLIUNCLAS SECTION 01 OF 02 TRIPOLI 000123'
    expect(matchBanner(line, true)?.level).toBe('U')
    expect(matchBanner(line)).toBeUndefined()
  })
})

describe('classifyLine', () => {
  it.each<[string, LineKind]>([
    ['', 'blank'],
    ['   \t', 'blank'],
    ['-----', 'dashes'],
    ['This record is a partial extract of the original cable. The full text of the original cable is not available.', 'partialExtract'],
    ['VZCZCXRO1234', 'routing'],
    ['C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697', 'banner'],
    ['SIPDIS', 'handling'],
    ['SENSITIVE BUT UNCLASSIFIED -- NOT FOR INTERNET DISTRIBUTION.', 'handling'],
    ['E.O. 12958: N/A', 'executiveOrder'],
    ['TAGS: PGOV PHUM', 'tags'],
    ['SUBJECT: TRAFFICKING', 'subject'],
    ['REF: STATE 132759', 'references'],
    ['Classified By: Ambassador, Reasons 1.4 (b) and (d)', 'classifiedBy'],
    ['¶1. (C) The minister said', 'paragraphStart'],
    ['the minister said that', 'text'],
    ['R 181547Z JUL 08', 'routing'],
    // with ACP 127 operating signals after the group (188 corpus cables)
    ['R 260519Z FEB 10 ZDK', 'routing'],
    ['O R 181205Z NOV 75 ZFF4', 'routing'],
  ])('"%s" is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind)
  })
})
