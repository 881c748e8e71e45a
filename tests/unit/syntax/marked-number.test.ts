/**
 * Paragraphs numbered `2)` or `1` without a dot (08STATE65820, 09SANJOSE56): the parser opens
 * one only before a portion marking and only as the next number, so numbered sub-items under a
 * paragraph (09ABUDHABI874, 09STATE6423) stay in it.
 */
import {describe, expect, it} from 'vitest'
import {redact} from '../../../src/redact/redact.js'
import {parse} from '../../../src/syntax/parse.js'

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`
}

/** Each paragraph as `number: first marking`. */
function paragraphs(text: string): string[] {
  return parse(text)
    .children.filter((node) => node.type === 'paragraph')
    .map((node) => `${node.number?.raw ?? '-'}: ${node.children.map((portion) => portion.marking?.raw ?? 'unmarked').join(' ')}`)
}

const header = ['S E C R E T STATE 065820', '', 'SUBJECT: (U) MEETING', '']

describe('paragraph numbers closed by a parenthesis or by nothing', () => {
  it('reads `1)`, `2)`, … as paragraphs when a marking follows each', () => {
    const cable = lines(...header, '1) (SBU) SUMMARY. They met.', '', 'LIBYA', '-----', '', '2) (S) Qadhafi is a problem.', '', '3) (C) Kabila will send troops.', '', '¶4. (U) Tripoli minimize considered.')
    expect(paragraphs(cable)).toEqual(['1: (SBU)', '2: (S)', '3: (C)', '4: (U)'])
  })

  it('reads `1 (S)` without a dot as paragraph 1', () => {
    expect(paragraphs(lines(...header, '1 (S) On January 26, we briefed the MFA.', '', '¶2. (S) The MFA agreed.'))).toEqual(['1: (S)', '2: (S)'])
  })

  it('does not open a paragraph for such a number without a marking', () => {
    expect(paragraphs(lines(...header, '¶1. (S) The options are:', '', '2) a visit;', '', '3) a call.'))).toEqual(['1: (S)'])
  })

  it('keeps numbered sub-items that restart at 1 in their paragraph', () => {
    const cable = lines(...header, '¶1. (U) Summary.', '', '¶2. (S) Questions follow.', '', '1) (S/NF) WHO IS PUSHING?', '', '2) (S/NF) WHY NOW?', '', '¶3. (U) Please cite the tasking.')
    expect(paragraphs(cable)).toEqual(['1: (U)', '2: (S)', '3: (U)'])
  })

  it('keeps numbered items under a lettered paragraph in it', () => {
    const cable = lines(...header, '¶1. (U) Summary.', '', '¶A. (C) HOW MUCH MONEY?', '', '2) (S) BY WHAT CHANNELS?', '', '¶B. (C) WHO?')
    expect(paragraphs(cable)).toEqual(['1: (U)', 'A: (C)', 'B: (C)'])
  })
})

describe('a range of paragraph numbers (`4-12.`, one answer to several questions: 10CAIRO209)', () => {
  it('reads `2-4. (U)` as one paragraph, numbering on from its last number', () => {
    const tree = parse(lines(...header, '1. (U) The law is enforced.', '', '2-4. (U) Data is not available.', '', '5. (U) Children are not involved.'))
    const numbers = tree.children.flatMap((node) => (node.type === 'paragraph' && node.number ? [[node.number.value, node.number.last]] : []))
    expect(numbers).toEqual([[1, undefined], [2, 4], [5, undefined]])
  })

  it('reads an unmarked range after a blank line as a paragraph, so its missing marking shows', () => {
    expect(paragraphs(lines(...header, '1. (S) The law is enforced.', '', '2-4. Data is not available.', '', '5. (S) Done.'))).toEqual(['1: (S)', '2: unmarked', '5: (S)'])
  })

  it('leaves a wrapped date (`April⏎4-5.`) and a range that is not the next number in their paragraph', () => {
    expect(paragraphs(lines(...header, '1. (S) They met on April', '4-5. The talks went well.', '', '2. (S) Done.'))).toEqual(['1: (S)', '2: (S)'])
    expect(paragraphs(lines(...header, '1. (S) The law is enforced.', '', '3-4. (S) Data.', '', '2. (S) Done.'))).toEqual(['1: (S)', '2: (S)'])
    expect(paragraphs(lines(...header, '1. (S) The law is enforced.', '', '2-2. (S) Data.', '', '2. (S) Done.'))).toEqual(['1: (S)', '2: (S)'])
  })
})

describe('a paragraph number glued to the line before it', () => {
  it('reads `1.(C)` after the Classified By reasons as paragraph 1 (09CAIRO1531, 09TRIPOLI555)', () => {
    const cable = lines(
      'C O N F I D E N T I A L TRIPOLI 000555',
      '',
      'SUBJECT: (U) MEETING',
      '',
      'CLASSIFIED BY: Gene A. Cretz, Ambassador. REASON: 1.4 (b), (d) 1.(C) In a brief meeting the minister spoke. 2.(U) Carson approved this.',
    )
    expect(paragraphs(cable)).toEqual(['1: (C)', '2: (U)'])
  })
})

describe('paragraph starts the sentence before does not announce', () => {
  it('reads paragraphs indented with the line separator U+2028 (08MEXICO886)', () => {
    const cable = lines(...header, '\u20281. (U) Summary. They met.', '', '\u2028\u20282. (S/NF) Officials discounted the links.', '', '¶3. (C) Comment.')
    expect(paragraphs(cable)).toEqual(['1: (U)', '2: (S/NF)', '3: (C)'])
  })

  it('opens the next ¶N after a blank line when the item before ends with its source, not a full stop (08BRASILIA1572)', () => {
    const cable = lines('UNCLAS BRASILIA 001572', '', 'SUBJECT: NEWS', '', '¶4. Paraguay: Forests Threatened NOV. 27, 2008 - Large swaths are cut. Source - IPS News', '', '¶5. Brazil Mob Attacks Police NOV. 25, 2008 - A mob attacked. Source - O Globo')
    expect(paragraphs(cable)).toEqual(['4: unmarked', '5: unmarked'])
  })

  it('opens the next N. without a pilcrow too, after a heading run on without a full stop (10TRIPOLI39)', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: INVESTMENT', '', '9.The government began privatizations. CONVERSION AND TRANSFER POLICIES', '', '10.From February 1999 Libya kept a dual rate.')
    expect(paragraphs(cable)).toEqual(['9: unmarked', '10: unmarked'])
  })

  it('joins the next N. without a pilcrow to a sentence ending with a word a number completes (seed 002)', () => {
    const date = lines('UNCLAS', '', 'SUBJECT: TRAFFICKING', '', '8. (U) They met PolOff in a meeting on December', '', '9. To date, the federation has reached 16 cities.')
    expect(paragraphs(date)).toEqual(['8: (U)'])
    const article = lines('UNCLAS', '', 'SUBJECT: TREATY', '', '8. (U) The text is under Article', '', '9. Of the treaty, they said nothing.')
    expect(paragraphs(article)).toEqual(['8: (U)'])
  })

  it('still joins a number that is not the next one to the unfinished sentence', () => {
    const notNext = lines('UNCLAS', '', 'SUBJECT: NEWS', '', '¶4. The item ends with its source - IPS News', '', '¶7. A later item.')
    expect(paragraphs(notNext)).toEqual(['4: unmarked'])
    const notNextNoPilcrow = lines('UNCLAS', '', 'SUBJECT: NEWS', '', '¶4. The item ends with its source - IPS News', '', '7. A later item.')
    expect(paragraphs(notNextNoPilcrow)).toEqual(['4: unmarked'])
  })
})

describe('a marking without its opening parenthesis glued to the number', () => {
  it('reads `15.C) Internally, …` as a paragraph with its marking (08MANAMA235)', () => {
    const cable = lines(...header, '14.(S) Talks resumed.', '', '15.C) Internally, conditions continue to simmer.', '', '16.(S) Comment follows.')
    expect(paragraphs(cable)).toEqual(['14: (S)', '15: C)', '16: (S)'])
  })

  it('leaves a sub-item label such as `2.A)` or a word such as `1.U.S.` alone', () => {
    expect(paragraphs(lines(...header, '1.(S) Talks resumed.', '2.A) the first item.'))).toEqual(['1: (S)'])
  })
})

describe('a paragraph number with a comma for its dot', () => {
  it('reads `1, (C) Summary.` as paragraph 1 before a marking (08ISLAMABAD405)', () => {
    expect(paragraphs(lines(...header, '1, (C) Summary. Zardari called for the Army.', '', '¶2. (C) Zardari said more.'))).toEqual(['1: (C)', '2: (C)'])
  })

  it('leaves `1, 2 and 3` in prose alone', () => {
    expect(paragraphs(lines(...header, '¶1. (C) The options are', '1, 2 and 3 (C) above.'))).toEqual(['1: (C)'])
  })
})

describe('a paragraph number run into a dashed rule', () => {
  it('reads `-------1.(U)` and `----7.  (C)` as paragraphs (09CAIRO1415, 08BUENOSAIRES702)', () => {
    const cable = lines(...header, '¶6. (U) Text.', '', 'THE NEWS', '----7.  (C)  Shortly after the news broke, Legatt called.', '8. (S) More.')
    expect(paragraphs(cable)).toEqual(['6: (U)', '7: (C)', '8: (S)'])
  })

  it('leaves a number after a bullet of two dashes in its paragraph', () => {
    expect(paragraphs(lines(...header, '¶1. (C) The options:', '--2. (S) a visit.'))).toEqual(['1: (C)'])
  })
})

describe('a paragraph number with its dot pushed off by a space', () => {
  it('reads `1 .   (C)   Summary.` as paragraph 1 before a marking (09MONTERREY210)', () => {
    expect(paragraphs(lines(...header, '1 .   (C)   Summary.  The aide spoke.', '', '¶2.    (C)   On May 28 they met.'))).toEqual(['1: (C)', '2: (C)'])
  })
})

describe('a paragraph number glued to its first word', () => {
  it('reads `1.Key Points:` and `3.The index` as paragraphs (CAIRO cables), and the placeholder a redaction left (`1.[WITHHELD]`)', () => {
    const cable = lines(...header, '1.Key Points: -- (C) The media report a dissolution.', '', '2.(C) Comment follows.', '', '3.The index derives from inflation.', '', '4.[WITHHELD]')
    expect(paragraphs(cable)).toEqual(['1: unmarked (C)', '2: (C)', '3: unmarked', '4: unmarked'])
  })

  it('leaves `2.A.` and `1.U.S.` alone', () => {
    expect(paragraphs(lines(...header, '¶1. (C) Text.', '', '2.A. STATE 1234', '', '3.U.S. forces left.'))).toEqual(['1: (C)'])
  })
})

describe('a page-continuation marker run onto a line of text', () => {
  it('leaves the words before it in the text: a SUBJECT\'s last line is withheld with the SUBJECT (09TRIPOLI559 wrapped)', () => {
    const cable = lines(
      'C O N F I D E N T I A L TRIPOLI 000559',
      '',
      "SUBJECT: AU SUMMIT: A/S CARSON'S MEETING WITH DJIBOUTIAN FOREIGN",
      'MINISTER YOUSSOUF TRIPOLI 00000559 001.2 OF 002',
      '',
      'CLASSIFIED BY: Gene A. Cretz, Ambassador. REASON: 1.4 (b), (d)',
      '',
      '1.(C) The talks went well.',
    )
    const tree = parse(cable)
    const start = cable.indexOf('MINISTER')
    expect(tree.children.some((node) => node.position.start.offset <= start && start < node.position.end.offset)).toBe(true)
    const result = redact(cable, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/YOUSSOUF|DJIBOUTIAN|talks/)
  })

  it('still reads a whole line `TRIPOLI 00000559 001.2 OF 002` as a page break', () => {
    const cable = lines('C O N F I D E N T I A L TRIPOLI 000559', '', '1.(C) The talks', 'TRIPOLI 00000559 001.2 OF 002', 'went well.')
    expect(parse(cable).children.map((node) => node.type)).toEqual(['banner', 'paragraph'])
  })
})

describe('REF items the archive spaced or paged apart', () => {
  /** Each top-level node as `type first-line-last-line`. */
  function blocks(text: string): string[] {
    return parse(text).children.map((node) => `${node.type} ${node.position.start.line}-${node.position.end.line}`)
  }

  it('keeps `¶B. BUENOS AIRES 978` after a blank line in the REF block (07BUENOSAIRES1352)', () => {
    const cable = lines('CONFIDENTIAL', '', 'SUBJECT: (C) BID', '', 'REF: A. BUENOS AIRES 85', '', '     ¶B. BUENOS AIRES 978', '', '     ¶C. BUENOS AIRES 844', '', 'Classified By: Ambassador, reasons 1.4 (b,d).', '', '¶1. (C) Text.')
    expect(blocks(cable)).toEqual(['banner 1-1', 'subject 3-3', 'references 5-9', 'classificationAuthority 11-11', 'paragraph 13-13'])
  })

  it('keeps REF items after a page line in the block, with the page break (06TEGUCIGALPA526)', () => {
    const cable = lines('CONFIDENTIAL TEGUCIGALPA 000526', '', 'SUBJECT: (U) FUEL', '', 'REF: A. TEGUCIGALPA 521 (FUEL)', '¶L. 05 TEGUCIGALPA 2492 (POL ASSESSMENT)', '', 'TEGUCIGALP 00000526  001.2 OF 007', '', '¶M. 05 TEGUCIGALPA 2420 (ECON ASSESSMENT)', '', '¶1. (C) Text.')
    const tree = parse(cable)
    expect(blocks(cable)).toEqual(['banner 1-1', 'subject 3-3', 'references 5-10', 'paragraph 12-12'])
    const references = tree.children.find((node) => node.type === 'references')
    expect(references?.type === 'references' && references.children.some((child) => child.type === 'pageBreak')).toBe(true)
  })

  it('keeps `(B) SAN JOSE 01636` and `(C )SAN JOSE 01693` after a blank line in the REF block (05SANJOSE1713)', () => {
    const cable = lines('UNCLAS SAN JOSE 001713', 'SENSITIVE', '', 'SUBJECT: CAFTA-DR', '', 'REF: (A) SAN JOSE 01587', '', '     (B) SAN JOSE 01636', '     (C )SAN JOSE 01693', '', '¶1. (U) Summary.')
    expect(blocks(cable)).toEqual(['banner 1-1', 'handling 2-2', 'subject 4-4', 'references 6-9', 'paragraph 11-11'])
  })

  it('still reads `(C)` before more than a citation as a portion marking, not a REF item', () => {
    const cable = lines('CONFIDENTIAL STATE 012345', '', 'SUBJECT: (U) DEMARCHE', '', 'REF: (A) STATE 1', '', '(C) STATE 12345 instructed posts to demarche.')
    const tree = parse(cable)
    expect(blocks(cable)).toEqual(['banner 1-1', 'subject 3-3', 'references 5-5', 'paragraph 7-7'])
    const paragraph = tree.children.at(-1)
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]?.marking?.level).toBe('C')
  })

  it('still reads a lettered paragraph that cites no cable as a paragraph', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: VISIT', '', 'REF: A. STATE 1', '', '¶B. Visitors should bring passports.')
    expect(blocks(cable)).toEqual(['banner 1-1', 'subject 3-3', 'references 5-5', 'paragraph 7-7'])
  })
})

describe('paragraph 1 right under a SUBJECT', () => {
  it('ends the SUBJECT at `1.KEY POINTS -- (C)` with no blank line between (09CAIRO2277)', () => {
    const cable = lines('CONFIDENTIAL CAIRO 002277', '', 'SUBJECT: GOE UPR HUMAN RIGHTS REPORT FOCUSES ON COMMITMENTS, BUT IS SHORT ON', '1.KEY POINTS -- (C) The report commits to reforms.', '', '2.(C) Comment follows.')
    expect(paragraphs(cable)).toEqual(['1: unmarked (C)', '2: (C)'])
  })

  it('keeps a numbered line other than 1 in the SUBJECT', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: THE G-', '8 SUMMIT', '', '¶1. (U) Text.')
    expect(paragraphs(cable)).toEqual(['1: (U)'])
  })
})

describe('paragraph 1 right under a Classified By or REF block', () => {
  it('opens the body at `1.KEY POINTS` under a Classified By line without a full stop (09CAIRO1182)', () => {
    const cable = lines('CONFIDENTIAL CAIRO 001182', '', 'SUBJECT: (U) POLICE', '', 'Classified By: Minister-Counselor Donald A. Blome for reasons 1.4 (b) and (d)', '1.KEY POINTS -- (C) We followed up.', '', '2.(C) Comment.')
    expect(paragraphs(cable)).toEqual(['1: unmarked (C)', '2: (C)'])
  })

  it('opens the body at `¶1. Key Points:` under a REF block, and keeps numbered REF items in it', () => {
    const cable = lines('CONFIDENTIAL CAIRO 001892', '', 'SUBJECT: (U) LABOR', '', 'REF: A. CAIRO 1', '¶1. Key Points: -- (C) Labib spoke.', '', '¶2. (C) Comment.')
    expect(paragraphs(cable)).toEqual(['1: unmarked (C)', '2: (C)'])
    const numbered = lines('CONFIDENTIAL', '', 'SUBJECT: (U) LABOR', '', 'REF: A. CAIRO 1', '1. STATE 12345', '', '¶1. (C) Text.')
    expect(paragraphs(numbered)).toEqual(['1: (C)'])
  })
})

describe('a bullet over a dashed rule', () => {
  it('stays in its paragraph, not a heading (06HAVANA11650, older rendering), and its text is withheld with the paragraph', () => {
    const cable = lines('CONFIDENTIAL HAVANA 011650', '', 'SUBJECT: (U) CARTAS', '', '¶1. (SBU) This edition features:', '-- Paras 2-4 Medical Malpractice -- 5-8 Baseball', '-------------------', 'MEDICAL MALPRACTICE', '-------------------', '¶2. (C) Text.')
    const tree = parse(cable)
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => cable.slice(node.position.start.offset, node.position.end.offset))
    expect(headings.some((heading) => heading.includes('Medical Malpractice --'))).toBe(false)
    expect(redact(cable, {release: 'U'}).text).not.toContain('Baseball')
  })
})

describe('a framed heading under a paragraph', () => {
  /** The headings' text, as written in the cable. */
  const headings = (cable: string): string[] =>
    parse(cable)
      .children.filter((node) => node.type === 'heading')
      .map((node) => cable.slice(node.position.start.offset, node.position.end.offset))

  it('leaves the paragraph’s last line in its paragraph when it runs straight into the rule (09ASUNCION617), and withholds it', () => {
    const cable = lines('CONFIDENTIAL ASUNCION 000617', '', 'SUBJECT: (U) LUGO', '', '¶7. (C) Lugo told me about the firm; he appeared unaware', 'of this connection. END NOTE.)', '-----------------------------', 'MILITARY RELATIONS', '-----------------------------', '¶8. (C) I told Lugo.')
    expect(headings(cable)).toEqual(['-----------------------------\nMILITARY RELATIONS\n-----------------------------'])
    const redacted = redact(cable, {release: 'U'}).text
    expect(redacted).not.toContain('of this connection')
    expect(redacted).toContain('MILITARY RELATIONS')
  })

  it('reads a numbered, marked paragraph between two rules as a paragraph, and a marked title as a heading', () => {
    const cable = lines('CONFIDENTIAL NEW DELHI 001485', '', 'SUBJECT: (U) AID', '', '¶2. (C) Text.', 'Background', '------', '¶3. (C) [WITHHELD]', '------', '(U) Opening remarks', '------', '', '¶4. (C) More.')
    expect(paragraphs(cable)).toEqual(['2: (C)', '3: (C)', '4: (C)'])
    // `Background` over the rule stays a heading of its own: no title framed below it.
    expect(headings(cable)).toEqual(['Background\n------', '------\n(U) Opening remarks\n------'])
  })
})

describe('the last line of a double-spaced paragraph', () => {
  it('is not a standalone heading when it ends a sentence inside a parenthesis (06BUENOSAIRES903), and is withheld with its paragraph', () => {
    const cable = lines('CONFIDENTIAL BUENOS AIRES 000903', '', 'SUBJECT: (U) GAS', '', '¶5. (C) Kirchner was playing tough on gas (with', '', 'Chavez,s overt support.)', '', '', '', '¶6. (C) In addition, they met.')
    const tree = parse(cable)
    expect(tree.children.filter((node) => node.type === 'heading')).toEqual([])
    expect(redact(cable, {release: 'U'}).text).not.toContain('overt support')
  })

  it('still leaves a title without a full stop between blank lines a heading', () => {
    const cable = lines('CONFIDENTIAL BUENOS AIRES 000903', '', 'SUBJECT: (U) GAS', '', '¶5. (C) Kirchner was playing tough on gas.', '', 'Energy Outlook', '', '¶6. (C) In addition, they met.')
    expect(parse(cable).children.filter((node) => node.type === 'heading')).toHaveLength(1)
  })
})

describe('a paragraph line in lower case over a rule', () => {
  it('stays in its paragraph, not the title of an underlined heading (05LONDON4981), and is withheld with it', () => {
    const cable = lines('CONFIDENTIAL LONDON 004981', '', 'SUBJECT: (U) DPRK', '', "¶6. (C) notes from the secgen's june 10 meeting with north", 'korean ambassador in london (ri yong ho)', '---------------------', 'begin text:', '', 'Memo for the file.')
    expect(parse(cable).children.filter((node) => node.type === 'heading')).toEqual([])
    expect(redact(cable, {release: 'U'}).text).not.toContain('korean ambassador')
  })
})

describe('lines that run on from an unfinished sentence, whatever their case', () => {
  const headingTexts = (cable: string) => parse(cable).children.flatMap((node) => (node.type === 'heading' ? [node.text.value] : []))

  it('reads a double-spaced line under `… Director of` as its paragraph, not a title before `¶28.` (03THEHAGUE2983)', () => {
    const cable = lines('CONFIDENTIAL THE HAGUE 002983', '', 'SUBJECT: (U) UNGA', '', '¶1. (C) PolOff delivered points to the MFA Director of', '', 'UN Political Affairs Pieter Ramaer on November', '', '¶28. Ramaer said the EU cannot oppose the session.')
    expect(headingTexts(cable)).toEqual([])
    expect(redact(cable, {release: 'U'}).text).not.toContain('Ramaer')
  })

  it('reads a sentence end in capitals (`FUNDS.  END NOTE` under `… USING FEDERAL`) as its paragraph (05BUENOSAIRES496)', () => {
    const cable = lines('CONFIDENTIAL BUENOS AIRES 000496', '', 'SUBJECT: (U) SALTA', '', '¶3. (C) THE GOVERNOR ANNOUNCED HOUSING IN SALTA USING FEDERAL', '', 'FUNDS.  END NOTE', '', '¶4. (C) ROMERO ADMIRES THE U.S.')
    expect(headingTexts(cable)).toEqual([])
    expect(redact(cable, {release: 'U'}).text).not.toContain('FUNDS')
  })

  it('still reads a title after `END SUMMARY`, a banner or a finished sentence', () => {
    for (const above of ['END SUMMARY', 'CONFIDENTIAL', 'They met.']) {
      const cable = lines('CONFIDENTIAL PARIS 000104', '', 'SUBJECT: (U) TRIAL', '', `¶1. (C) SUMMARY: THE TRIAL BEGAN. ${above === 'They met.' ? '' : 'THEY MET.'}`, above, '', 'DJAMEL BEGHAL TRIAL', '', '¶2. (C) THE TRIAL WILL LAST.')
      expect(headingTexts(cable)).toEqual(['DJAMEL BEGHAL TRIAL'])
    }
  })

  it('reads no title after a month: `… on January` / `¶19. Defense …` is a date broken over two lines (07THEHAGUE105)', () => {
    const cable = lines('CONFIDENTIAL THE HAGUE 000105', '', 'SUBJECT: (U) BUDGET', '', '¶18. (C) Budgets may fall.', '', 'Berlijn discussed these issues with the Ambassador on January', '', '¶19. Defense Minister Kamp will discuss it.')
    expect(headingTexts(cable)).toEqual([])
    expect(redact(cable, {release: 'U'}).text).not.toContain('Berlijn')
  })

  it('reads no title in double-spaced text, where every line stands between blank lines (04MADRID583)', () => {
    const prose = ['judge garzon', 'is leading', 'the investigation', 'of the cell', 'arrested in', 'spain in 2001.']
    const body = prose.flatMap((line, index) => [index === 0 ? `¶1. (C) The ${line}` : line, ''])
    const cable = lines('CONFIDENTIAL MADRID 000583', '', 'SUBJECT: (U) DETAINEES', '', ...body, 'Jamil Abdul Latif Elbanna, ISN US9JO-00905-DP (Palestinian)', '', '¶2. (C) Garzon leads the case.')
    expect(headingTexts(cable)).toEqual([])
    expect(redact(cable, {release: 'U'}).text).not.toContain('Elbanna')
  })

  it('keeps a line in capitals over a rule in the paragraph it runs on from, which the rule closes (07PARAMARIBO510)', () => {
    const cable = lines('CONFIDENTIAL PARAMARIBO 000510', '', 'SUBJECT: (U) COMFORT', '', '¶5. (C) THE PRESIDENT ATTENDED THE BRIEF (30', 'MINUTE) CEREMONY TO CLOSE THE COMFORT MISSION.', '---------------------', 'Notes from the visit.', '', '¶6. (U) The ship left.')
    const tree = parse(cable)
    expect(headingTexts(cable)).toEqual([])
    const paragraph = tree.children.find((node) => node.type === 'paragraph')!
    expect(cable.slice(paragraph.position.start.offset, paragraph.position.end.offset)).toMatch(/MISSION\.\n-+$/)
    // The text under the rule is not the paragraph's: unplaced, withheld in a classified cable.
    expect(tree.children.map((node) => node.type)).toContain('text')
    const redacted = redact(cable, {release: 'U'}).text
    expect(redacted).not.toContain('CEREMONY')
    expect(redacted).not.toContain('Notes from the visit')
  })

  it('keeps a title under a redacted copy\'s `[WITHHELD]`, so that redacting the copy again changes nothing (04THEHAGUE2735)', () => {
    const cable = lines('UNCLAS THE HAGUE 002735', '', 'SUBJECT: TURKEY', '', '¶1. (SBU) The Dutch reacted with caution.', "Government's public reaction", '----------------------------', '', '¶2. (U) The report is public.')
    const once = redact(cable, {release: 'U'}).text
    expect(once).toContain("¶1. (SBU) [WITHHELD]\nGovernment's public reaction")
    expect(redact(once, {release: 'U'}).text).toBe(once)
  })

  it('closes the paragraph over a double rule as over one, so that a copy reads the same (10MEXICO640)', () => {
    const cable = lines('UNCLAS MEXICO 000640', '', 'SUBJECT: S/GWI PROPOSAL', '', '¶1. (SBU) Summary: four applications follow.', 'Proposal 1: Semillas- Reduction of Gender Violence in Mexico', 'Project', '-----------------------', '-----------------------', '', '', '¶2. (SBU) Semillas will work on laws.')
    const once = redact(cable, {release: 'U'}).text
    expect(once).not.toContain('---')
    expect(redact(once, {release: 'U'}).text).toBe(once)
  })

  it('reads two short lines after a blank line and over a rule as one title (06BEIRUT2703), and a copy reads it again the same', () => {
    const cable = lines('SECRET BEIRUT 002703', '', 'SUBJECT: (U) CASH', '', '¶1. (S) SINIORA ASKED FOR HELP.', '', 'PLEASE, GET THE ARABS', 'TO GIVE US CASH FOR HAND-OUTS', '-----------------------------', '', '¶2. (S) HE NEEDS MONEY.')
    expect(headingTexts(cable)).toEqual(['PLEASE, GET THE ARABS\nTO GIVE US CASH FOR HAND-OUTS'])
    const once = redact(cable, {release: 'U'}).text
    expect(once).toContain('PLEASE, GET THE ARABS\nTO GIVE US CASH')
    expect(redact(once, {release: 'U'}).text).toBe(once)
  })
})

describe('a long REL list in country names (10STATE17894, 08STATE98975)', () => {
  it('reads the marking after the number, as written, and mid-line', () => {
    const rel = '(S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR)'
    const longest = '(S/REL BULGARIA, CZECH REPUBLIC, ITALY, POLAND, ROMANIA, SLOVAKIA, SLOVENIA, SPAIN)'
    const cable = lines(...header, `¶1. ${rel} Drawing on paragraphs 2 and 3, deliver.`, '', `¶2. (U) Background. 3. ${longest} The allies agree.`)
    expect(paragraphs(cable)).toEqual([`1: ${rel}`, '2: (U)', `3: ${longest}`])
    const portion = parse(cable).children.find((node) => node.type === 'paragraph')?.children[0]
    expect(portion?.marking?.releasableTo).toEqual(['FRANCE', 'BRITAIN', 'TURKEY', 'SAUDI ARABIA', 'JORDAN', 'QATAR'])
  })
})
