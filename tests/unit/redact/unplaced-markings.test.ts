/**
 * Text the parser did not place as a portion still keeps its level: line-opening markings
 * the tree does not hold (`unplaced-markings.ts`), and unplaced body text of a classified cable
 * (`policy.ts`). Cables are parsed for real: the point is what the parser's structure misses.
 * The layouts are those of corpus cables that released classified text before (09ABUDHABI874,
 * 08STATE65820, 10MEXICO690, 07SANAA1989, 09SANJOSE56, 02ROME3639).
 */
import {describe, expect, it} from 'vitest'
import type {ReleaseLevel} from '../../../src/classification.js'
import {redact} from '../../../src/redact/redact.js'
import {withheldSpans} from '../../../src/redact/policy.js'
import {unplacedMarkingSpans} from '../../../src/redact/unplaced-markings.js'
import {parse} from '../../../src/syntax/parse.js'
import type {Root, Text} from '../../../src/syntax/types.js'

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`
}

/** `tree` with the paragraph on 1-based `line` turned into unplaced text, as when the parser misses one. */
function unplace(tree: Root, line: number): Root {
  const index = tree.children.findIndex((node) => node.type === 'paragraph' && node.position.start.line === line)
  const paragraph = tree.children[index]
  if (paragraph === undefined) throw new Error(`no paragraph on line ${line}`)
  const text: Text = {type: 'text', value: '', position: paragraph.position}
  return {...tree, children: tree.children.map((node, at) => (at === index ? text : node))}
}

/** The texts withheld at `release`, as `reason (rule): text`. */
function withheld(text: string, release: ReleaseLevel): string[] {
  return withheldSpans(text, parse(text), release).map((span) => `${span.reason} (${span.rule}): ${text.slice(span.start, span.end)}`)
}

const header = ['C O N F I D E N T I A L SECTION 01 OF 02 ABU DHABI 000874', '', 'E.O. 12958: DECL: 08/19/2019', 'TAGS: EFIN ECON', 'SUBJECT: (U) REMITTANCES', '', 'Classified By: Ambassador for reasons 1.4 (b, d)', '']

describe('line-opening markings inside a portion', () => {
  // 09ABUDHABI874: numbered questions, each with its own marking, inside a lettered paragraph.
  const cable = lines(
    ...header,
    '¶A. (C) HOW MUCH MONEY DO EXPATS SEND HOME?',
    '',
    'Some send half their salary.',
    '',
    '1) (C) BY WHAT CHANNELS?',
    '',
    'Exchange houses and hawala.',
    '',
    '2) (S) DOES THE HOST GOVERNMENT MONITOR THE MONEY FLOWS?',
    '',
    'The Central Bank keeps records of every transfer.',
    '',
    '3) (U) WHO ELSE?',
    '',
    'Nobody.',
    '',
    '¶B. (C) NEXT QUESTION',
  )

  it('withholds a sub-item above the release up to the next line-opening marking', () => {
    expect(withheld(cable, 'C')).toEqual([
      'portion-above-release (unplaced-marking): DOES THE HOST GOVERNMENT MONITOR THE MONEY FLOWS?\n\nThe Central Bank keeps records of every transfer.',
    ])
  })

  it('leaves the sub-items to their portion when the portion is withheld anyway', () => {
    const texts = withheld(cable, 'U')
    expect(texts.every((entry) => entry.includes('(release-level)'))).toBe(true)
    expect(texts.join('\n')).toContain('Central Bank')
  })

  it('withholds nothing more when the release covers every marking', () => {
    expect(withheld(cable, 'S')).toEqual([])
  })

  it('keeps the marking itself visible, and the redacted copy verifies', () => {
    const result = redact(cable, {release: 'C'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain('2) (S) [WITHHELD]\n\n3) (U) WHO ELSE?')
    expect(result.text).not.toContain('Central Bank')
    expect(redact(result.text, {release: 'C'}).text).toBe(result.text)
  })

  it('runs a sub-item to the end of its portion when no marking follows', () => {
    const last = lines(...header, '¶1. (C) Question.', '', '1) (S) The answer', 'goes on here.', '', '¶2. (C) Next.')
    expect(withheld(last, 'C')).toEqual(['portion-above-release (unplaced-marking): The answer\ngoes on here.'])
  })
})

describe('paragraph layouts the parser may not read', () => {
  it.each([
    ['a closing parenthesis after the number (08STATE65820)', '2) (S) President Museveni said the DRC has not acted.'],
    ['no space after the dot (07SANAA1989)', '2.(S) Frances Townsend met the President.'],
    ['no dot after the number (09SANJOSE56)', '1 (S) On January 26, we briefed the MFA.'],
    ['a bullet', '-- (S) On January 26, we briefed the MFA.'],
    ['nothing before the marking', '(S) On January 26, we briefed the MFA.'],
  ])('withholds a SECRET line with %s at C', (_, line) => {
    const cable = lines('S E C R E T STATE 065820', '', 'SUBJECT: (U) MEETING', '', '¶1. (U) Summary.', '', line, '', '¶3. (U) Tripoli minimize considered.')
    const body = line.slice(line.indexOf(')', line.indexOf('(S')) + 1).trim()
    const result = redact(cable, {release: 'C'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toContain(body)
    expect(result.text).toContain('Tripoli minimize considered.')
    // Whatever the parser makes of the line (its own portion, part of ¶1's, or unplaced text:
    // then withheld whole, marking and all, as unproven body text), its text and no more is withheld.
    const tree = parse(cable)
    const unplaced = tree.children.some((node) => node.type === 'paragraph' && node.position.start.line === 7) ? unplace(tree, 7) : tree
    for (const reading of [tree, unplaced]) {
      const texts = withheldSpans(cable, reading, 'C').map((span) => cable.slice(span.start, span.end))
      expect(texts).toHaveLength(1)
      expect(line.endsWith(texts[0] ?? '')).toBe(true)
      expect(texts[0]).toContain(body)
    }
  })

  it('reads a line indented with U+2028 line separators as a line (10MEXICO690)', () => {
    const cable = lines('UNCLAS', '', 'SENSITIVE', '', 'SUBJECT: SCENESETTER', '', '  1. (SBU) Your visit comes at a crucial moment.', '\u2028\u2028\u2028\u20282. (SBU) Calderon enters the last three years.')
    const tree = parse(cable)
    const unplaced = {...tree, children: tree.children.map((node) => (node.position.start.line >= 7 ? ({type: 'text', value: '', position: node.position} satisfies Text) : node))}
    // Each item ends where the next line's lead begins, so the `2.` stays with its marking.
    expect(withheldSpans(cable, unplaced, 'U').map((span) => cable.slice(span.start, span.end))).toEqual(['Your visit comes at a crucial moment.', 'Calderon enters the last three years.'])
  })

  it('withholds an SBU paragraph the parser left as text in an UNCLAS cable (10MEXICO690)', () => {
    const cable = lines(
      'UNCLAS SECTION 01 OF 04 MEXICO 000690',
      '',
      'SENSITIVE',
      'SIPDIS',
      '',
      'E.O. 12958: N/A',
      'TAGS: ECON EFIN',
      'SUBJECT: Scenesetter',
      '',
      '  1. (SBU) Summary. Your visit comes at a crucial moment.',
      '',
      'Political Context',
      '  --------------------',
      '',
      '    2. (SBU) Calderon enters the last three years of his term.',
    )
    // The corpus cable's paragraphs 1 and 2 were read as text; here the parser's reading is undone.
    const tree = unplace(unplace(parse(cable), 10), 15)
    const result = redact(cable, {release: 'U', tree})
    expect(result.ok).toBe(true)
    expect(result.text).not.toContain('crucial moment')
    expect(result.text).not.toContain('last three years')
    expect(result.text).toContain('1. (SBU) [WITHHELD]')
    expect(redact(cable, {release: 'SBU', tree}).text).toBe(cable)
  })
})

describe('numbered and lettered sub-paragraphs left as text (05SANJOSE488)', () => {
  const cable = lines(
    'UNCLAS SECTION 01 OF 28 SAN JOSE 000488',
    '',
    'SENSITIVE',
    '',
    'SUBJECT: TIP REPORT',
    '',
    '¶1. (U) Following is the submission, beginning at 18A.',
    '',
    'OVERVIEW',
    '--------',
    '18A.  (SBU)  Costa Rica is a country of transit.',
    '',
    '18B.  (SBU) Persons are trafficked through Costa Rica.',
    '',
    'NGO Paniamor reported more cases.',
    '',
    '20A-B.  (SBU)  Costa Rica has no specific law.',
  )

  it('withholds each, with the unplaced paragraphs under it, up to the next one', () => {
    // The parser's reading is undone, so that every line after the heading is unplaced text.
    let tree = parse(cable)
    tree = {...tree, children: tree.children.flatMap((node) => (node.type === 'paragraph' && node.position.start.line > 10 ? [{type: 'text', value: '', position: node.position} satisfies Text] : [node]))}
    expect(withheldSpans(cable, tree, 'U').map((span) => `${span.rule}: ${cable.slice(span.start, span.end)}`)).toEqual([
      'unplaced-marking: Costa Rica is a country of transit.',
      'unplaced-marking: Persons are trafficked through Costa Rica.\n\nNGO Paniamor reported more cases.',
      'unplaced-marking: Costa Rica has no specific law.',
    ])
  })

  it('releases none of them at U, however the parser reads them', () => {
    const result = redact(cable, {release: 'U'})
    expect(result.ok).toBe(true)
    for (const words of ['country of transit', 'Persons are trafficked', 'no specific law']) expect(result.text).not.toContain(words)
  })
})

describe('markings inside a line', () => {
  const header = ['S E C R E T CAIRO 001377', '', 'SUBJECT: (U) SMUGGLING', '']

  it.each([
    ['a `--` bullet in a REF block that swallowed the summary (09CAIRO1377)', 'REF: A. CAIRO 747 B. CAIRO 160 Classified By: Ambassador for reasons 1.4 (b) and (d). ¶1. Key Points: -- (S/NF) Egypt has increased its efforts.'],
    ['the end of the reasons (09CAIRO1044)', 'REF: A. CAIRO 598 Classified By: Counselor for reason 1.4 (d). (C) On June 7, a court released ten men.'],
    ['a sentence and a number in a re-flowed body (08USNATO279)', '¶1. (U) He was not willing to consult bilaterally. 5.(S/NF) Nonetheless, he met the staff today.'],
  ])('withholds a marked portion after %s at U', (_, line) => {
    const cable = lines(...header, line, '', '¶9. (U) Tripoli minimize considered.')
    const marking = /\((?:S\/NF|C)\)/.exec(line)!
    const body = line.slice(marking.index + marking[0].length).trim()
    const result = redact(cable, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain(`${marking[0]} [WITHHELD]`)
    expect(result.text).not.toContain(body.slice(0, 20))
    expect(result.text).toContain('Tripoli minimize considered.')
  })

  it('reads prose that opens with a date as a portion, not as a REF item', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: (U) VISIT', '', '¶1. (U) Summary.', '', '(C) On January 26, we briefed the MFA.', '(C) IN 2005, THE MINISTRY AGREED.')
    expect(withheld(cable, 'U').map((entry) => entry.replace(/^.*?: /, ''))).toEqual(['On January 26, we briefed the MFA.', 'IN 2005, THE MINISTRY AGREED.'])
  })
})

describe('what is not an unplaced marking', () => {
  it('keeps lettered list labels: a letter next to its neighbour letter', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: VISIT', '', '¶1. (U) The visitors asked for:', '(A) visas;', '(B) a meeting;', '(C) a car;', '(D) a driver.')
    expect(withheld(cable, 'U')).toEqual([])
  })

  it('keeps the letters of a REF list, wherever the parser put it', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: VISIT', 'REF: (A) SAO PAULO 260', '(C) SAO PAULO 73', '', '¶1. (U) Text.')
    expect(withheld(cable, 'U')).toEqual([])
    const other = lines('UNCLAS', '', 'SUBJECT: VISIT', 'REF: (A) State 151009;', '(B) State 152009;', '(C) 05 BRASILIA 387 AND PREVIOUS', '', '¶1. (U) Text.')
    expect(withheld(other, 'U')).toEqual([])
    // Each alone, so that no neighbour letter decides.
    for (const item of ['(C) State 152009;', '(C) 05 BRASILIA 387 AND PREVIOUS', '(C) THE HAGUE 2308; (D) THE HAGUE 2995']) {
      const alone = lines('UNCLAS', '', 'SUBJECT: VISIT', 'REF: A. STATE 1', item, '', '¶1. (U) Text.')
      expect(unplacedMarkingSpans(alone, parse(alone), 'U', [])).toEqual([])
    }
    expect(withheld(cable, 'U')).toEqual([])
  })

  it('reads a paragraph number after white space as a lead: a second copy run into a (U) paragraph (06TOKYO3567)', () => {
    const cable = lines('UNCLAS TOKYO 003567', '', 'SUBJECT: ACTA', '', '¶7. (U) Cleared by USTR. DONOVAN ",6/28/2006,ACTA Proposal  TOKYO 00003567  001.2 OF 002   1.,(SBU) Japanese officials expressed support.')
    expect(withheld(cable, 'U')).toEqual(['portion-above-release (unplaced-marking): Japanese officials expressed support.'])
    expect(withheld(cable, 'SBU')).toEqual([])
  })

  it('keeps a REF letter after a number and a comma (09THEHAGUE87 `THE HAGUE 2, (C)`)', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: PHILIPS', '', 'Ref: (A) 08 STATE 125579, (B) THE HAGUE 2, (C)', 'GRAY-NEPHEW EMAILS 02/02/09', '', '¶1. (U) Text.')
    expect(withheld(cable, 'U')).toEqual([])
  })

  it('keeps a marking the release covers, and the tree’s own markings', () => {
    const cable = lines('SECRET', '', 'SUBJECT: (U) X', '', '¶1. (U) Text.', '2) (U) More text.', '3) (C) Other text.')
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('finds nothing in a cable without line-opening markings', () => {
    const cable = lines('UNCLAS', '', 'Talks (S) resumed.')
    expect(unplacedMarkingSpans(cable, parse(cable), 'U', [])).toEqual([])
  })
})

describe('unplaced body text', () => {
  it('withholds unnumbered body prose of a cable above the release, as unproven', () => {
    const cable = lines('CONFIDENTIAL ROME 001196', '', 'DEPT FOR EUR/WE', '', 'E.O. 12958: DECL: 03/20/2013', 'SUBJECT: (U) TALKS', '', 'ITALY URGED ALL TO AVOID INFERENCES', 'ABOUT THE TALKS.')
    expect(withheld(cable, 'U')).toEqual(['unproven-portion (unplaced-text): ITALY URGED ALL TO AVOID INFERENCES\nABOUT THE TALKS.'])
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('keeps header text between a banner and the SUBJECT, also under a repeated header (seed 002)', () => {
    const cable = lines(
      'CONFIDENTIAL',
      '',
      'DEPT FOR EAP/CM',
      'SUBJECT: (U) TALKS',
      '',
      'CONFIDENTIAL',
      '',
      'DEPT FOR EAP/CM',
      'SUBJECT: (U) TALKS',
      '',
      '¶1. (U) Text.',
    )
    expect(withheld(cable, 'U')).toEqual([])
  })

  it('withholds every unplaced line of a cable without a readable banner (fail closed)', () => {
    const cable = lines('DEPT FOR EAP/CM', '', '¶1. (U) Text.')
    expect(withheld(cable, 'S')).toEqual(['unproven-portion (unplaced-text): DEPT FOR EAP/CM'])
  })

  it('withholds the body a Classified By line swallowed (09VATICAN78), and keeps a short tail', () => {
    const cable = lines('CONFIDENTIAL VATICAN 000078', '', 'SUBJECT: (U) SCENESETTER', '', 'CLASSIFIED BY: Julieta Valls Noyes, CDA. REASON: 1.4 (b), (d) Mr. President, it is an honor to welcome you to the Vatican.')
    expect(withheld(cable, 'U')).toEqual(['unproven-portion (unplaced-text): Mr. President, it is an honor to welcome you to the Vatican.'])
    expect(withheld(cable, 'C')).toEqual([])
    const short = lines('CONFIDENTIAL VATICAN 000078', '', 'SUBJECT: (U) SCENESETTER', '', 'Classified By: Julieta Valls Noyes, CDA, for reasons 1.4 (b) and (d), per ref A.', '', '¶1. (U) Text.')
    expect(withheld(short, 'U')).toEqual([])
  })

  it('withholds the body a REF block swallowed after its Classified By line (09CAIRO1947)', () => {
    // Paragraph 1 under the block is read as a paragraph (unmarked: unproven), and so is a
    // paragraph numbered otherwise, now that the Classified By run on after the references is read
    // where it starts: its number stays, its text is withheld.
    const cable = lines('CONFIDENTIAL CAIRO 001947', '', 'SUBJECT: (U) DEMARCHE', '', 'REF: A. STATE 103624 B. CAIRO 1559 Classified By: Ambassador Margaret Scobey per 1.4 (b) and (d).', '¶1. Key Points: -- On October 10, Ambassador delivered ref A demarche.')
    expect(withheld(cable, 'U')).toEqual(['unproven-portion (release-level): Key Points: -- On October 10, Ambassador delivered ref A demarche.'])
    const swallowed = lines('CONFIDENTIAL CAIRO 001947', '', 'SUBJECT: (U) DEMARCHE', '', 'REF: A. STATE 103624 B. CAIRO 1559 Classified By: Ambassador Margaret Scobey per 1.4 (b) and (d).', '¶3. Key Points: -- On October 10, Ambassador delivered ref A demarche.')
    expect(withheld(swallowed, 'U')).toEqual(['unproven-portion (release-level): Key Points: -- On October 10, Ambassador delivered ref A demarche.'])
  })

  it('withholds a SUBJECT glued into the E.O. line (04ANKARA348), up to a REF or Classified By', () => {
    const cable = lines('CONFIDENTIAL ANKARA 000348', '', 'E.o. 12958: decl: 01/07/2014 Tags: prel, tu Subject: turkish p.m. goes to washington', '', '¶1. (U) Text.')
    expect(withheld(cable, 'U')).toEqual(['unproven-portion (glued-subject): turkish p.m. goes to washington'])
    expect(withheld(cable, 'C')).toEqual([])
    const tags = lines('CONFIDENTIAL LONDON 002499', '', 'TAGS: PREL', 'ECON, UK SUBJECT: MILIBAND TRIP  REF: LONDON DAILY  Classified By: DCM, reasons 1.4 (b,d).', '', '¶1. (U) Text.')
    expect(withheld(tags, 'U')).toEqual(['unproven-portion (glued-subject): MILIBAND TRIP'])
  })

  it('withholds a subject repeated in a header after its own SUBJECT line was withheld (05DUSHANBE1870)', () => {
    const cable = lines('CONFIDENTIAL', '', 'SUBJECT: KABIRI WALKS A TIGHTROPE', '', 'CONFIDENTIAL', '', 'Internal Politics SUBJECT: KABIRI WALKS A TIGHTROPE', '', '¶1. (U) Text.')
    expect(withheld(cable, 'U')).toEqual(['unproven-portion (release-level): KABIRI WALKS A TIGHTROPE', 'unproven-portion (glued-subject): KABIRI WALKS A TIGHTROPE'])
  })

  it('reads the marking after a glued SUBJECT label', () => {
    const marked = (marking: string): string => lines('SECRET', '', 'TAGS: PREL SUBJECT: ' + marking + ' TALKS', '', '¶1. (U) Text.')
    expect(withheld(marked('(U)'), 'U')).toEqual([])
    // The unplaced-marking scan also reads `SUBJECT: (C)` (a marking after a colon): the same span twice, merged.
    expect(withheld(marked('(C)'), 'U')).toEqual(['portion-above-release (glued-subject): TALKS', 'portion-above-release (unplaced-marking): TALKS'])
    expect(withheld(marked('(C)'), 'C')).toEqual([])
    expect(withheld(marked('(SBU)'), 'U')).toContain('portion-above-release (glued-subject): TALKS')
  })

  it('withholds an SBU paragraph run into a REF line without a number (08MANAMA287)', () => {
    const cable = lines('UNCLAS MANAMA 000287', 'SENSITIVE', '', 'SUBJECT: TALKS', '', 'REF: STATE 43799 (SBU) Poloff delivered the message on April 28.', '', '¶2. (U) Text.')
    expect(withheld(cable, 'U')).toEqual(['portion-above-release (unplaced-marking): Poloff delivered the message on April 28.'])
    expect(withheld(cable, 'SBU')).toEqual([])
  })

  it('withholds the unplaced paragraph after a REF line that ends with its marking (09EFTOLONDON2211)', () => {
    const cable = lines('UNCLAS E F T O LONDON 002211', '', 'SUBJECT: CTBT', '', 'REF: A. SECSTATE 97170      B. EMAIL  (SBU/NF)', '', 'PolOff shared U.S. objectives.', 'SUSMAN')
    expect(withheld(cable, 'U')).toEqual(['portion-above-release (unplaced-marking): PolOff shared U.S. objectives.\nSUSMAN'])
  })

  it('withholds an SBU paragraph that a SUBJECT line swallowed with its REF (09TRIPOLI320)', () => {
    const cable = lines('UNCLAS TRIPOLI 000320', '', 'SUBJECT: TRIPOLI RESPONSE ON BUDGETS REF: STATE 00028885 (SBU) This is a response to the request.', '', '¶2. (U) Text.')
    expect(withheld(cable, 'U')).toEqual(['portion-above-release (unplaced-marking): This is a response to the request.'])
  })

  it('withholds the text after a marking inside a portion that has none (08LONDON2757)', () => {
    const cable = lines('UNCLAS LONDON 002757', 'SENSITIVE', '', 'SUBJECT: G20', '', '¶1. (U) Text.', '', '¶I. Key Objectives and Priorities (SBU) The UK supports the Summit.')
    expect(withheld(cable, 'U')).toEqual(['portion-above-release (unplaced-marking): The UK supports the Summit.'])
  })

  it('keeps the text after an office symbol or a one-letter token (`(S/P)`, `law(s)`)', () => {
    const cable = lines('UNCLAS SAO PAULO 001137', '', 'SUBJECT: VISIT', '', '¶1. Post will forward the agenda to Greg Manuel (S/P) for follow-up.', '', '¶2. Does the law(s) cover both forms?')
    expect(withheld(cable, 'U')).toEqual([])
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('keeps the unplaced text of an unclassified cable', () => {
    const cable = lines('UNCLAS', '', 'SUBJECT: TALKS', '', 'Italy urged all to avoid inferences.')
    expect(withheld(cable, 'U')).toEqual([])
  })
})

describe('settling', () => {
  // 09CAIRO134-like: numbered portions glued to the Classified By line. Once `1.(C)`'s text is a
  // placeholder, `2.(U)` follows `]`, not a sentence's end, and must still open a portion.
  it('releases the unclassified items between withheld ones, and the output redacts to itself', () => {
    const cable = lines(
      'CONFIDENTIAL CAIRO 000134',
      '',
      'SUBJECT: (U) BLOGGER RELEASED',
      '',
      'Classified By: Counselor for reasons 1.4 (d). 1.(C) The blogger was freed. 2.(U) The court met on Monday. 3.(C) He was not charged. 4.(U) Press covered it.',
    )
    const once = redact(cable, {release: 'U'})
    expect(once.ok).toBe(true)
    expect(once.text).toContain('1.(C) [WITHHELD] 2.(U) The court met on Monday. 3.(C) [WITHHELD] 4.(U) Press covered it.')
    expect(redact(once.text, {release: 'U'}).text).toBe(once.text)
  })

  // 05DUBLIN936: a marked line between two dashed rules reads as a heading; once its text is a
  // placeholder the output reads differently, and redacting it again must still change nothing.
  it('gives an output that a second redaction leaves as it is', () => {
    const cable = lines(
      'CONFIDENTIAL DUBLIN 000936',
      '',
      'SUBJECT: (U) MONEY',
      '',
      '¶6. (C) XXXXXXXXXXXX XXXXXXXXXXXX',
      '',
      '-----------------------------------',
      '¶7. (C)XXXXXXXXXXXX',
      '---------------------------------',
      '¶8. (C) More generally, the police are concerned.',
      'Comment: Reticence',
      'And some unplaced prose after it.',
    )
    for (const release of ['U', 'SBU'] as const) {
      const once = redact(cable, {release})
      expect(once.ok).toBe(true)
      expect(redact(once.text, {release}).text).toBe(once.text)
    }
  })
})

describe('a one-letter marking after a reason letter', () => {
  // 07MANAMA1060 wrapped at 60 columns: the reasons' `(d).` opens the line, and the `(C)` after it
  // was taken for the next letter of a `(b) … (d)` list, so its portion was released.
  const cable = lines(
    'C O N F I D E N T I A L MANAMA 001060',
    '',
    'SUBJECT: (U) DEMARCHE ON U.S.-IRAQ BILATERAL RELATIONS',
    '',
    'Classified By: DCM Christopher Henzel for reasons 1.4 (b) and',
    '(d). (C) Pol/Econ Chief delivered reftel points to MFA Undersecretary',
    'Sheikh Abdulaziz bin Mubarak Al-Khalifa on November 26.',
  )

  it('is a marking, not a list label: its portion is withheld', () => {
    const result = redact(cable, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/Pol\/Econ|Abdulaziz/)
    expect(result.text).toContain('(d). (C) ')
  })

  it('still reads `(C)` between `(B)` and `(D)` as a list label', () => {
    const list = lines('UNCLAS STATE 000001', '', 'SUBJECT: LIST', '', '1. (U) Three options:', '(B) first;', '(C) second;', '(D) third.')
    expect(redact(list, {release: 'U'}).text).toContain('(C) second;')
  })
})
