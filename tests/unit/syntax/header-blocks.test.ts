/**
 * Header blocks written across lines (lint audit M): a `SUBJECT:` whose title follows a blank line
 * (09CAIRO1802 and 17 more Cairo cables), and the `for` that leads a Classified By line's reasons.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../../../src/syntax/parse.js'
import type {RootContent} from '../../../src/syntax/types.js'

function node<Type extends RootContent['type']>(text: string, type: Type): Extract<RootContent, {type: Type}> | undefined {
  return parse(text).children.find((child): child is Extract<RootContent, {type: Type}> => child.type === type)
}

const header = ['C O N F I D E N T I A L CAIRO 001802', 'E.O. 12958: DECL: 09/16/2019']

describe('a SUBJECT whose title follows a blank line', () => {
  const cable = [...header, 'SUBJECT:', '', '(U) EGYPT: COUNTRY TEAM ASSESSMENT FOR NVG SETS', 'Classified By: DCM Matthew Tueller for reasons 1.4 (b) and (d).', '', '1. (C) Talks resumed.', ''].join('\n')

  it('takes the title and its marking, and leaves the Classified By line its own block', () => {
    const subject = node(cable, 'subject')
    expect(subject?.marking?.level).toBe('U')
    expect(subject?.children.map((child) => ('value' in child ? child.value : '')).join('')).toBe('EGYPT: COUNTRY TEAM ASSESSMENT FOR NVG SETS')
    expect(node(cable, 'classificationAuthority')?.reasons?.section).toBe('1.4')
    expect(parse(cable).children.filter((child) => child.type === 'paragraph')).toHaveLength(1)
  })

  it('but not past two blank lines, nor a SUBJECT that has its title', () => {
    const far = [...header, 'SUBJECT:', '', '', '(U) EGYPT: NVG SETS', ''].join('\n')
    expect(node(far, 'subject')?.children).toEqual([])
    const titled = [...header, 'SUBJECT: (U) NVG SETS', '', '(C) Talks resumed.', ''].join('\n')
    expect(parse(titled).children.map((child) => child.type)).toEqual(['banner', 'executiveOrder', 'subject', 'paragraph'])
  })
})

describe('the classifier of a Classified By line', () => {
  it('ends before the `for` that leads to the reasons, on the line or the next', () => {
    const one = [...header, 'Classified By: DCM Matthew Tueller for reasons 1.4 (b) and (d).', ''].join('\n')
    expect(node(one, 'classificationAuthority')?.classifiedBy?.value).toBe('DCM Matthew Tueller')
    const two = [...header, 'Classified By: Deputy Director Hoyt Yee', 'for Reasons 1.4(b) and (d)', ''].join('\n')
    expect(node(two, 'classificationAuthority')?.classifiedBy?.value).toBe('Deputy Director Hoyt Yee')
  })
})

// Lint audit N (10CAIRO177, 08BRASILIA43): letters after the first were lost, so an invalid one went unchecked.
describe("a reason's letters wrapped to the next line", () => {
  const reasons = (...lines: string[]): string[] | undefined => node([...header, ...lines, '', '1. (C) Text.', ''].join('\n'), 'classificationAuthority')?.reasons?.categories

  it('reads the letters of the next line after a comma or `and` as the reason\'s', () => {
    expect(reasons('CLASSIFIED BY: Margaret Scobey, Ambassador; REASON: 1.4(B),', '(K)')).toEqual(['b', 'k'])
    expect(reasons('Classified By: DCM for reasons 1.4 (b) and', '(d).')).toEqual(['b', 'd'])
  })

  it('leaves a marking after a complete reason to the paragraph it opens', () => {
    const text = [...header, 'Classified By: DCM for reasons 1.4 (b)', '(C) The talks resumed.', ''].join('\n')
    expect(node(text, 'classificationAuthority')?.reasons?.categories).toEqual(['b'])
    expect(parse(text).children.some((child) => child.type === 'paragraph')).toBe(true)
  })
})
