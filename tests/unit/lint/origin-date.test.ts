/**
 * The date a cable was sent, which the era rules read (E.O. in force, portion marking
 * mandatory from E.O. 12958): from the routing header, or, on a paper copy whose page heading
 * and distribution block come first (90CAPETOWN97), from the date-time group before `FM`.
 */
import {describe, expect, it} from 'vitest'
import {originDate} from '../../../src/lint/facts.js'
import {parse} from '../../../src/syntax/parse.js'

const paperCopy = [
  'CONFIDENTIAL',
  '',
  'PAGE 01        CAPE T  00097  01 OF 03  182017Z',
  'ACTION AF-00',
  '',
  'INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00',
  '      P-02     T-01     /037 W',
  '                    ------------------352654  200910Z /23',
  'R 171512Z JAN 90',
  'FM AMCONSUL CAPE TOWN',
  'TO SECSTATE WASHDC 5365',
  '',
  'C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097',
  '',
  'E.O. 12356: DECL:  OADR',
  '',
  '1.  ESSA MOOSA TALKS.',
  '',
].join('\n')

describe('originDate', () => {
  it('reads the routing date-time group, with operating signals after it', () => {
    expect(originDate(parse('R 260519Z FEB 10 ZDK\nFM AMEMBASSY ASTANA\n\nCONFIDENTIAL\n'))).toEqual({year: 2010, month: 2, day: 26})
  })

  it('reads the date-time group of a paper copy whose routing lines are text', () => {
    expect(originDate(parse(paperCopy))).toEqual({year: 1990, month: 1, day: 17})
  })

  it('takes no date from a group that no FM line follows', () => {
    expect(originDate(parse('CONFIDENTIAL\n\nPAGE 01 CAPE T 00097 01 OF 03 182017Z\nNOTE R 171512Z JAN 90 IS LATE\n\n1. (C) Text.\n'))).toBeUndefined()
  })

  it("reads a partial extract's date-time group alone on its line, its month in mixed case (04BRASILIA913)", () => {
    const extract = 'This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n151727Z Apr 04\n\nC O N F I D E N T I A L BRASILIA 000913\n\n1. (C) Text.\n'
    expect(originDate(parse(extract))).toEqual({year: 2004, month: 4, day: 15})
    // Not in a whole cable, where such a line is text of the body.
    expect(originDate(parse('CONFIDENTIAL\n\n151727Z Apr 04\n\n1. (C) Text.\n'))).toBeUndefined()
  })
})
