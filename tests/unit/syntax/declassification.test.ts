/**
 * Declassification instructions as the corpus writes them after the E.O. number: labels
 * repeated or spelt out, events, the 1970s schedules, and free text that stays free.
 */
import {describe, expect, it} from 'vitest'
import {readDeclassification, readReasons} from '../../../src/syntax/values.js'

describe('readDeclassification', () => {
  it.each([
    ['DECL: 12/31/2033', {year: 2033, month: 12, day: 31}],
    ['DECL ON: 07/01/2019', {year: 2019, month: 7, day: 1}],
    ['DECLASSIFY 11/29/2027', {year: 2027, month: 11, day: 29}],
    ['Declassify on 8/31/2034', {year: 2034, month: 8, day: 31}],
    ['DECL: DECL: 06/09/2016', {year: 2016, month: 6, day: 9}],
    ['DECLl: 08/01/2018', {year: 2018, month: 8, day: 1}],
  ])('reads the date of %j', (raw, date) => {
    const value = readDeclassification(raw)
    expect(value.kind).toBe('date')
    expect(value.date).toEqual(date)
  })

  it.each(['N/A', 'DECL: N/A'])('reads %j as not applicable', (raw) => {
    expect(readDeclassification(raw).kind).toBe('notApplicable')
  })

  it.each(['DECL: CLOSURE OF ICTY', 'DECL: 1.6 FIVE YEARS AFTER CLOSURE OF ICTY', 'DECL: TEN YEARS AFTER KOREAN UNIFICATION', 'decl: after korean unification', 'UPON COMPLETION OF THE TALKS'])(
    'reads %j as an event',
    (raw) => {
      expect(readDeclassification(raw).kind).toBe('event')
    },
  )

  it.each(['GDS', 'GDS 8/12/85 (TOMSETH, VICTOR L.)', 'XGDS-2', 'NGDS', 'RDS-3'])('reads %j as a declassification schedule', (raw) => {
    expect(readDeclassification(raw).kind).toBe('schedule')
  })

  it.each(['DECL: DECLASSIFIED BY NARA 09/02/2009', 'AS AMENDED; DECLASSIFIED JUNE 21, 2006'])('reads %j as the record of a declassification', (raw) => {
    expect(readDeclassification(raw).kind).toBe('declassified')
  })

  it.each(['DECL: TWENTY YEARS', 'DECL: TEN YEARS', 'DNG: CO 01/22/2019', 'DECL: MR'])('leaves %j free text', (raw) => {
    expect(readDeclassification(raw).kind).toBe('free')
  })

  it('reads an exemption in parentheses (06NAIROBI1114)', () => {
    expect(readDeclassification('DECL: (X1)')).toMatchObject({kind: 'exemption', exemptions: ['X1']})
  })

  it('reads OADR after any label', () => {
    expect(readDeclassification('DECL: OADR').kind).toBe('oadr')
    expect(readDeclassification('DECLASSIFY ON: OADR').kind).toBe('oadr')
  })
})

describe('readReasons', () => {
  it.each([
    ['Classified By: DCM Hugo Llorens, Reasons 1.4 (b) and (d)', '1.4', ['b', 'd']],
    // no reason word: a section with its letters in parentheses (08MADRID794)
    ['Classified By: Deputy Chief of Mission, Hugo Llorens, 1.5 (b) and (d)', '1.5', ['b', 'd']],
    ['Classified By: Amb. Marguerita Ragsdale. 1.5 (b) and (d).', '1.5', ['b', 'd']],
    // letters joined by slashes (09BELGRADE399 and 223 more corpus cables)
    ['Classified By: Ambassador Cameron Munter for reasons 1.4 (b/d).', '1.4', ['b', 'd']],
    ['Classified By: Pol/Econ Chief. REASONS 1.4 B/D.', '1.4', ['b', 'd']],
    ['Classified By: DCM. Reason: 1.4(B)/(D)', '1.4', ['b', 'd']],
    ['Classified By: DCM. Reasons: 1.4 (b) and/or (d)', '1.4', ['b', 'd']],
    ['Classified By: DCM. Reason 1.4 (B/D/H)', '1.4', ['b', 'd', 'h']],
    ['Classified By: DCM. Reasons 1.4 (b), (c), and (d).', '1.4', ['b', 'c', 'd']],
    // the archive split `AND` (08BRASILIA43)
    ['Classified By: DCM PHIL CHICOLA FOR REASONS 1.4 B A ND D', '1.4', ['b', 'd']],
  ])('reads %j', (text, section, categories) => {
    const value = readReasons(text)
    expect(value?.section).toBe(section)
    expect(value?.categories).toEqual(categories)
  })

  it('reads no reason from numbers that are not a section with letters', () => {
    expect(readReasons('Classified By: Political Counselor 1.5 times the rate')).toBeUndefined()
    expect(readReasons('Classified By: Ambassador John Smith')).toBeUndefined()
  })
})
