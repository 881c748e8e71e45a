/**
 * A REF item's letter written again in brackets before the cable it names (`¶C. (C) 09 KABUL
 * 4039`, 10KABUL467 in lint audit M; 20 corpus cables): no marking. Read as `(C)`, it opened a
 * paragraph that swallowed the next items and the Classified By line.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../../../src/syntax/parse.js'

function types(text: string): string[] {
  return parse(text).children.map((node) => (node.type === 'paragraph' ? `paragraph ${node.number?.raw ?? '-'}` : node.type))
}

const header = ['C O N F I D E N T I A L KABUL 000467', 'E.O. 12958: DECL: 02/07/2020', 'SUBJECT: (U) SPIN BOLDAK']

describe('REF items that write their letter twice', () => {
  it('stay in the REF block, and the Classified By line after them is read', () => {
    const cable = [...header, 'REF: A. (A) KABUL 463', '¶B. (B) KABUL 408', '¶C. (C) 09 KABUL 4039', '¶D. (D) 09 KABUL 4024', '', 'Classified By: Deputy Director Hoyt Yee for Reasons 1.4 (b) and (d)', '', '1. (C) Talks resumed.', ''].join('\n')
    expect(types(cable)).toEqual(['banner', 'executiveOrder', 'subject', 'references', 'classificationAuthority', 'paragraph 1'])
  })

  it('but a lettered paragraph marked with its own letter before prose is a paragraph', () => {
    const cable = [...header, '', '¶A. (S) Talks resumed.', '', '¶B. (S) The next round is in May.', '', '¶C. (C) Comment follows.', ''].join('\n')
    expect(types(cable)).toEqual(['banner', 'executiveOrder', 'subject', 'paragraph A', 'paragraph B', 'paragraph C'])
  })
})
