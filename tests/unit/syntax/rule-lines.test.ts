/**
 * Headings underlined or framed by a rule of `=` as by one of `-` (07SANJOSE1194, 10DHAKA27,
 * 05MADRID1349; 54 corpus cables): lint audit M found `8.QU) There are no new Dublin Group
 * recommendations …` under `RECOMMENDATIONS` / `===============` read into paragraph 7, so its
 * number and its garbled marking went unchecked, and an unmarked paragraph there went unreported.
 */
import {describe, expect, it} from 'vitest'
import {isDashes} from '../../../src/syntax/classify-line.js'
import {parse} from '../../../src/syntax/parse.js'

/** Each top-level node as `type: text or number`. */
function outline(text: string): string[] {
  return parse(text).children.map((node) => {
    if (node.type === 'heading') return `heading: ${node.text.value}`
    if (node.type === 'paragraph') return `paragraph ${node.number?.value ?? '-'}: ${node.children.map((portion) => portion.marking?.raw ?? 'unmarked').join(' ')}`
    return node.type
  })
}

const header = ['C O N F I D E N T I A L SAN JOSE 001194', 'E.O. 12958: DECL: 06/20/2017', 'SUBJECT: (U) DUBLIN GROUP REPORT', '']

describe('rules of `=`', () => {
  it('are rules, as dashes are; a line of other signs is not', () => {
    expect(isDashes('===============')).toBe(true)
    expect(isDashes('  ====== ==  ')).toBe(true)
    expect(isDashes('==')).toBe(false)
    expect(isDashes('=== 1 ===')).toBe(false)
  })

  it('make the line above a heading and open the numbered line below as a paragraph, marked or not', () => {
    const cable = [...header, '1. (C) There are no new initiatives to report.', '', 'RECOMMENDATIONS', '===============', '2. The minister named his sources.', ''].join('\n')
    expect(outline(cable)).toEqual(['banner', 'executiveOrder', 'subject', 'paragraph 1: (C)', 'heading: RECOMMENDATIONS', 'paragraph 2: unmarked'])
  })

  it('frame a heading between two of them', () => {
    const cable = [...header, '1. (C) Talks resumed.', '', '===========================', 'TERRORISM IN SPAIN', '===========================', '', '2. (C) The next round is in May.', ''].join('\n')
    expect(outline(cable)).toEqual(['banner', 'executiveOrder', 'subject', 'paragraph 1: (C)', 'heading: TERRORISM IN SPAIN', 'paragraph 2: (C)'])
  })
})
