/**
 * Header fields run on after other text on their line, as re-flowed headers write them
 * (09BUENOSAIRES196, 08LONDON2233, 09CAIRO549, 09LONDON2120): each field is read where it
 * starts, so its declassification date and reason are checked.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../../../src/lint/engine.js'
import {parse} from '../../../src/syntax/parse.js'

const routing = 'R 251823Z FEB 09\nFM AMEMBASSY BUENOS AIRES\nTO RUEHC/SECSTATE WASHDC 0001\n\n'

function types(text: string): string[] {
  return parse(text).children.map((node) => node.type)
}

function ruleIds(text: string): string[] {
  return lint(new VFile({path: 'cable.txt', value: text})).messages.map((message) => message.ruleId)
}

describe('header fields run on after other text', () => {
  it('reads an E.O. line and TAGS after the banner and its handling caption', () => {
    const text = `${routing}C O N F I D E N T I A L BUENOS AIRES 000196 SIPDIS E.O. 12958: DECL: 02/25/2039 TAGS: PREL PGOV AR\n\nSUBJECT: (U) TALKS\n\nClassified By: Ambassador Wayne for reasons 1.4 (b) and (d).\n\n1. (C) Talks resumed.\n`
    expect(types(text)).toEqual(['routing', 'banner', 'handling', 'executiveOrder', 'tags', 'subject', 'classificationAuthority', 'paragraph'])
    // 30 years after the cable of 2009-02-25
    expect(ruleIds(text)).toContain('no-declassification-beyond-25-years')
  })

  it('reads an E.O. line glued to the serial, and one after an office line', () => {
    expect(types(`${routing}S E C R E T CAIRO 000549E.O. 12958: DECL: 03/29/2019\n`)).toEqual(['routing', 'banner', 'executiveOrder'])
    expect(types(`${routing}S E C R E T LONDON 002233\n\nSTATE FOR NEA/ELA E.O. 12958: DECL: 09/02/2018 TAGS: PREL UK\n`)).toEqual(['routing', 'banner', 'text', 'executiveOrder', 'tags'])
  })

  it('reads a Classified By after the references on their line, and checks its reason', () => {
    const text = `${routing}C O N F I D E N T I A L LONDON 002120\n\nSUBJECT: (U) TALKS\n\nREF: STATE 93374  Classified By: Political Counselor Robin Quinville for reasons 1.5 (b) and (d).\n\n1. (C) Talks resumed.\n`
    expect(types(text)).toContain('classificationAuthority')
    // section 1.5 on a cable of 2009
    expect(ruleIds(text)).toContain('no-anachronistic-reason-section')
  })

  it('reads a Classified By glued to the subject and its references, and checks its reason (08MANAMA541)', () => {
    const text = `${routing}S E C R E T MANAMA 000541\nE.O. 12958: DECL: 08/13/2028\nSUBJECT: (U) GENERAL PETRAEUS' VISIT TO BAHRAINREF: MANAMA 510Classified By: CDA CHRISTOPHER HENZEL FOR REASONS 1.5 (b) and (d)\n\n1. (S) King Hamad said so.\n`
    expect(types(text)).toContain('classificationAuthority')
    expect(ruleIds(text)).toContain('no-anachronistic-reason-section')
    // and so in its copy redacted at U, which must read the same again
    expect(types(`${routing}S E C R E T MANAMA 000541\nSUBJECT: [WITHHELD]Classified By: CDA CHRISTOPHER HENZEL FOR REASONS 1.4 (b) and (d)\n`)).toContain('classificationAuthority')
  })

  it('leaves a paragraph line and the body alone', () => {
    const text = `${routing}C O N F I D E N T I A L WELLINGTON 001656\n\n¶1. (U) CLASSIFIED BY: JOSIAH H. BEEMAN, AMBASSADOR. REASONS: 1.5(B).\n\n¶2. (C) Per E.O. 12958: nothing. TAGS: none.\n`
    expect(types(text)).toEqual(['routing', 'banner', 'paragraph', 'paragraph'])
  })

  it('keeps a reference last on its line as it was (its block would run on into the next line)', () => {
    const text = `${routing}C O N F I D E N T I A L CAIRO 002315\n\nEGYPT: 2009 COUNTRY REPORT ON TERRORISM REF: SECSTATE 109980\n¶1. (C) Egypt is an ally.\n`
    expect(types(text)).toEqual(['routing', 'banner', 'text', 'paragraph'])
  })

  it('reads the first paragraph run on after the reasons of a Classified By line (09MANAMA599, 08MANAMA401)', () => {
    const text = `${routing}C O N F I D E N T I A L MANAMA 000401\n\nSUBJECT: TALKS\n\nClassified By: CDA Christopher Henzel for reasons 1.4 (b) and (d). (SBU) MFA Director Dr. Dhafer Al-Umran confirmed the visit.\n\n2. (SBU) Talks resumed.\n`
    const tree = parse(text)
    expect(types(text)).toEqual(['routing', 'banner', 'subject', 'classificationAuthority', 'paragraph', 'paragraph'])
    const first = tree.children[4]
    expect(first?.type === 'paragraph' && first.children[0]?.marking?.level).toBe('SBU')
    // every portion SBU under a CONFIDENTIAL banner
    expect(ruleIds(text)).toContain('no-banner-above-portions')
  })

  it('keeps a Classified By line whole when no marked sentence follows its reasons', () => {
    expect(types(`${routing}C O N F I D E N T I A L MANAMA 000401\n\nClassified By: CDA Christopher Henzel for reasons 1.4 (b) and (d). (as of June) Talks follow.\n`)).toEqual(['routing', 'banner', 'classificationAuthority'])
    expect(types(`${routing}C O N F I D E N T I A L MANAMA 000401\n\nClassified By: CDA Christopher Henzel for reasons 1.4 (b) and (d).\n`)).toEqual(['routing', 'banner', 'classificationAuthority'])
  })
})
