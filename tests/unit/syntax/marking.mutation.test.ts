/**
 * The marking grammar (`src/syntax/marking.ts`), edge by edge: the cases mutation testing
 * (issue 6) showed were not pinned by `marking.test.ts`. Expected values come from what the
 * grammar's documentation promises (5 FAH-1 H-246.2c portion marks, 5 FAH-2 H-222 telegram
 * classification lines, CAPCO `//` and `REL TO`, 32 CFR 2001.23(a)), worked out by hand.
 */
import {describe, expect, it} from 'vitest'
import type {Caveat, Level} from '../../../src/classification.js'
import {formatBanner, formatMarking, isLetteredListToken, markingTokenPattern, matchBannerMarking, parseMarking} from '../../../src/syntax/marking.js'
import type {BannerMatch} from '../../../src/syntax/marking.js'
import type {Marking, Position} from '../../../src/syntax/types.js'

const position: Position = {start: {line: 2, column: 4, offset: 10}, end: {line: 2, column: 11, offset: 17}}

function read(raw: string): Marking | undefined {
  return parseMarking(raw, position)
}

/** The parts of a portion marking a rule reads, for one `toEqual`. */
function summary(raw: string): Pick<Marking, 'level' | 'caveats' | 'releasableTo' | 'irregularities' | 'extraTerms'> | undefined {
  const marking = read(raw)
  if (marking === undefined) return undefined
  return {level: marking.level, caveats: marking.caveats, releasableTo: marking.releasableTo, irregularities: marking.irregularities, extraTerms: marking.extraTerms}
}

/** The marking part of a banner match, for one `toEqual`. */
function banner(line: string, from?: number): Pick<BannerMatch, 'start' | 'end' | 'level' | 'caveats' | 'releasableTo' | 'irregularities' | 'extraTerms'> | undefined {
  const match = from === undefined ? matchBannerMarking(line) : matchBannerMarking(line, from)
  if (match === undefined) return undefined
  expect(match.raw).toBe(line.slice(match.start, match.end))
  return {start: match.start, end: match.end, level: match.level, caveats: match.caveats, releasableTo: match.releasableTo, irregularities: match.irregularities, extraTerms: match.extraTerms}
}

describe('parseMarking: what is a token at all', () => {
  it('needs a closing parenthesis and a level inside', () => {
    expect(read('(C')).toBeUndefined()
    expect(read('(S//NF')).toBeUndefined()
    expect(read('()')).toBeUndefined()
    expect(read(')')).toBeUndefined()
    expect(read('')).toBeUndefined()
  })

  it('reads a two-character token whose opening parenthesis was lost', () => {
    expect(summary('U)')).toEqual({level: 'U', caveats: [], releasableTo: [], irregularities: ['missingParenthesis'], extraTerms: undefined})
  })

  it('refuses digits or other characters anywhere inside', () => {
    expect(read('(1C)')).toBeUndefined()
    expect(read('(C1)')).toBeUndefined()
    expect(read('(S_NF)')).toBeUndefined()
    expect(read('(C.)')).toBeUndefined()
  })

  it('refuses a token of separators only', () => {
    expect(read('(/)')).toBeUndefined()
    expect(read('( )')).toBeUndefined()
    expect(read('(,)')).toBeUndefined()
  })

  it('keeps the raw text and the position it was given', () => {
    const marking = read('(C//NF)')
    expect(marking?.raw).toBe('(C//NF)')
    expect(marking?.position).toBe(position)
    const unknown = read('(X)')
    expect(unknown?.raw).toBe('(X)')
    expect(unknown?.position).toBe(position)
  })
})

describe('parseMarking: irregular forms are read and named', () => {
  it('names a lowercase caveat as lowercase too', () => {
    expect(summary('(S//nf)')).toEqual({level: 'S', caveats: ['NOFORN'], releasableTo: [], irregularities: ['lowercase'], extraTerms: undefined})
  })

  it('names white space inside the parentheses, before or after a slash, spaces or tabs', () => {
    expect(read('(\tC)')?.irregularities).toEqual(['innerSpace'])
    expect(read('(C\t)')?.irregularities).toEqual(['innerSpace'])
    expect(read('(S /NF)')?.irregularities).toEqual(['innerSpace', 'singleSlash'])
    expect(read('(S//\tNF)')?.irregularities).toEqual(['innerSpace'])
    expect(read('(S\t//NF)')?.irregularities).toEqual(['innerSpace'])
  })

  it('does not call the spaces of a REL TO list inner space', () => {
    expect(read('(C//REL TO USA, GBR)')?.irregularities).toEqual([])
    expect(read('(SBU NOFORN)')?.irregularities).toEqual([])
  })

  it('lists several irregularities in the documented order', () => {
    expect(read('( c)')?.irregularities).toEqual(['lowercase', 'innerSpace'])
    expect(read('c )')?.irregularities).toEqual(['lowercase', 'innerSpace', 'missingParenthesis'])
    expect(read('(s/ nf)')?.irregularities).toEqual(['lowercase', 'innerSpace', 'singleSlash'])
  })

  it('calls a single slash after C, S or TS single, but not after SBU or a double or triple slash', () => {
    expect(read('(TS/NF)')?.irregularities).toEqual(['singleSlash'])
    expect(read('(C/NF)')?.irregularities).toEqual(['singleSlash'])
    expect(read('(SBU/N)')?.irregularities).toEqual([])
    expect(read('(C//NF)')?.irregularities).toEqual([])
    expect(read('(C///NF)')?.irregularities).toEqual([])
    expect(read('(C NF)')?.irregularities).toEqual([])
  })

  it('only looks at the first separator for a single slash', () => {
    expect(read('(S//NF/OC)')?.irregularities).toEqual([])
    expect(read('(S//NF/OC)')?.caveats).toEqual(['NOFORN', 'ORCON'])
  })
})

describe('parseMarking: caveats', () => {
  const cases: Array<[string, Caveat[]]> = [
    ['(S//NF)', ['NOFORN']],
    ['(SBU/N)', ['NOFORN']],
    ['(S//NOFORN)', ['NOFORN']],
    ['(U//FOUO)', ['FOUO']],
    ['(S//OC)', ['ORCON']],
    ['(S//ORCON)', ['ORCON']],
    ['(C//PR)', ['PROPIN']],
    ['(C//PROPIN)', ['PROPIN']],
    ['(C//NC)', ['NOCONTRACT']],
    ['(C//NOCONTRACT)', ['NOCONTRACT']],
    ['(U//EFTO)', ['EFTO']],
    ['(U SENSITIVE)', ['SENSITIVE']],
    ['(S//OC/NF/PR)', ['ORCON', 'NOFORN', 'PROPIN']],
  ]

  it.each(cases)('%s has caveats %j', (raw, caveats) => {
    const marking = read(raw)
    expect(marking?.caveats).toEqual(caveats)
    expect(marking?.extraTerms).toBeUndefined()
  })

  it('reads NF and NOFORN written together as one caveat', () => {
    expect(read('(S//NOFORN/NF)')?.caveats).toEqual(['NOFORN'])
  })
})

describe('parseMarking: REL TO lists', () => {
  const cases: Array<[string, string[]]> = [
    // Short words in one segment are separate country codes.
    ['(S//REL TO USA GBR)', ['USA', 'GBR']],
    ['(S//REL TO ABCD EFGH)', ['ABCD', 'EFGH']],
    // Longer words in one segment make one name.
    ['(S//REL TO AUSTRALIA GROUP)', ['AUSTRALIA GROUP']],
    ['(S//REL TO USA AUSTRALIA)', ['USA AUSTRALIA']],
    ['(S//REL TO ABCDE FGH)', ['ABCDE FGH']],
    // A comma or a single slash starts a new segment.
    ['(S//REL TO AUSTRALIA GROUP, NEW ZEALAND)', ['AUSTRALIA GROUP', 'NEW ZEALAND']],
    ['(S//REL TO AUSTRALIA GROUP/NEW ZEALAND)', ['AUSTRALIA GROUP', 'NEW ZEALAND']],
    ['(S//REL NATO/AUS)', ['NATO', 'AUS']],
    ['(c//rel to usa)', ['USA']],
  ]

  it.each(cases)('%s is releasable to %j', (raw, releasableTo) => {
    const marking = read(raw)
    expect(marking?.releasableTo).toEqual(releasableTo)
    expect(marking?.extraTerms).toBeUndefined()
  })

  it('ends the list at the next // category', () => {
    expect(summary('(S//REL TO USA//NF)')).toEqual({level: 'S', caveats: ['NOFORN'], releasableTo: ['USA'], irregularities: [], extraTerms: undefined})
    expect(summary('(S//REL TO USA//FGI)')).toEqual({level: 'S', caveats: [], releasableTo: ['USA'], irregularities: [], extraTerms: ['FGI']})
  })

  it('ends the list at a caveat word', () => {
    expect(summary('(S//REL USA/NF)')).toEqual({level: 'S', caveats: ['NOFORN'], releasableTo: ['USA'], irregularities: [], extraTerms: undefined})
  })

  it('keeps a REL without a list as an extra term', () => {
    expect(summary('(S//REL)')).toEqual({level: 'S', caveats: [], releasableTo: [], irregularities: [], extraTerms: ['REL']})
    expect(summary('(S//REL TO)')).toEqual({level: 'S', caveats: [], releasableTo: [], irregularities: [], extraTerms: ['REL']})
  })

  it('allows a trailing // or space after the list', () => {
    expect(read('(C//REL TO USA, GBR//)')?.releasableTo).toEqual(['USA', 'GBR'])
    expect(summary('(S//REL TO USA )')).toEqual({level: 'S', caveats: [], releasableTo: ['USA'], irregularities: ['innerSpace'], extraTerms: undefined})
    expect(summary('(S//REL )')).toEqual({level: 'S', caveats: [], releasableTo: [], irregularities: ['innerSpace'], extraTerms: ['REL']})
  })
})

describe('parseMarking: unknown extra terms', () => {
  it('keeps up to two words of up to six letters', () => {
    expect(read('(S//ABCDEF)')?.extraTerms).toEqual(['ABCDEF'])
    expect(read('(S//FGI//LES//NF)')?.extraTerms).toEqual(['FGI', 'LES'])
    expect(read('(s//fgi)')?.extraTerms).toEqual(['FGI'])
  })

  it('does not read a longer word or a third word as a marking', () => {
    expect(read('(S//ABCDEFG)')).toBeUndefined()
    expect(read('(S//A//B//D)')).toBeUndefined()
  })

  it('reads it as meant but unknown when a caveat follows the long word', () => {
    expect(summary('(S//ABCDEFG//NF)')).toEqual({level: null, caveats: [], releasableTo: [], irregularities: [], extraTerms: undefined})
  })
})

// Audit M (09STATE96222): a level written out in capitals is read, its form reported.
describe('parseMarking: a level written out in capitals', () => {
  it.each([
    ['(UNCLASSIFIED)', 'U', [], []],
    ['(CONFIDENTIAL)', 'C', [], []],
    ['(SECRET)', 'S', [], []],
    ['(TOP SECRET)', 'TS', [], []],
    ['(SECRET/REL FRANCE)', 'S', [], ['FRANCE']],
    ['(SECRET//NOFORN)', 'S', ['NOFORN'], []],
  ] as const)('%s', (raw, level, caveats, releasableTo) => {
    const marking = read(raw)
    expect(marking?.level).toBe(level)
    expect(marking?.caveats).toEqual(caveats)
    expect(marking?.releasableTo).toEqual(releasableTo)
    expect(marking?.irregularities).toContain('spelledOut')
  })

  it('reads no level written out in mixed or lower case: prose (`(Secret)`, `(confidential)`)', () => {
    expect(read('(Secret)')).toBeUndefined()
    expect(read('(confidential)')).toBeUndefined()
  })
})

describe('parseMarking: meant as a marking, level unknown', () => {
  it.each(['(Z)', '(CON)', '(TOP)', '(LIM)', '(SENS)', '(UNCLASS)', '(CONFIDENT)', '(TOP SECRETS)', '(X/NF)', '(XYZ/OC)'])('%s', (raw) => {
    const marking = read(raw)
    expect(marking).toBeDefined()
    expect(marking?.level).toBeNull()
    expect(marking?.caveats).toEqual([])
    expect(marking?.releasableTo).toEqual([])
    expect(marking?.irregularities).toEqual([])
    expect(marking?.extraTerms).toBeUndefined()
  })

  it('keeps the irregularities of an unknown marking', () => {
    expect(read('( X)')?.irregularities).toEqual(['innerSpace'])
    expect(read('X)')?.irregularities).toEqual(['missingParenthesis'])
  })

  it('reads a lowercase unknown word as prose', () => {
    expect(read('(x)')).toBeUndefined()
    expect(read('(conf)')).toBeUndefined()
    expect(read('(Conf)')).toBeUndefined()
  })

  it('needs three letters of a level word, a caveat after a slash, or a single letter', () => {
    expect(read('(CO)')).toBeUndefined()
    expect(read('(XY)')).toBeUndefined()
    // A caveat first and an unknown word after is an acronym list, not a marking.
    expect(read('(NF/MFA)')).toBeUndefined()
    // A caveat after a space, not a slash: prose.
    expect(read('(XYZ NF)')).toBeUndefined()
    // A prefix must start the level word: `LASS` is inside UNCLASSIFIED, not its start.
    expect(read('(LASS)')).toBeUndefined()
  })
})

describe('isLetteredListToken', () => {
  it.each(['(a)', 'a)', '( a)', '(a )', '( a )', '(\ta)', '(x)', '(vi)', '(iiii)', '(XIV)', 'iv)'])('%s can be a list label', (raw) => {
    expect(isLetteredListToken(raw)).toBe(true)
  })

  it.each(['(iiiii)', '(iV)', '(vx1)', '(  a)', '(a  )', ' (a)', '(a) ', '((a)', '(a))', 'a', '(a', '(1)', '()', '(ab)'])('%s cannot', (raw) => {
    expect(isLetteredListToken(raw)).toBe(false)
  })
})

describe('markingTokenPattern', () => {
  function tokenAt(text: string, at: number): string | undefined {
    const pattern = new RegExp(markingTokenPattern, 'y')
    pattern.lastIndex = at
    return pattern.exec(text)?.[0]
  }

  it('finds a candidate portion marking where the parser looks', () => {
    expect(tokenAt('1. (S//NF) Talks resumed.', 3)).toBe('(S//NF)')
    expect(tokenAt('1. (C//REL TO USA, GBR) Text', 3)).toBe('(C//REL TO USA, GBR)')
    expect(tokenAt('1. ( c) Text', 3)).toBe('( c)')
    expect(tokenAt('1. (S/\tNF) Text', 3)).toBe('(S/\tNF)')
    expect(tokenAt('1. (S-NF) Text', 3)).toBe('(S-NF)')
  })

  it('finds the token whose opening parenthesis was lost', () => {
    expect(tokenAt('1. C) Text', 3)).toBe('C)')
    expect(tokenAt('1. SBU) Text', 3)).toBe('SBU)')
  })

  it('does not find a token that is not one', () => {
    expect(tokenAt('1. (1) Text', 3)).toBeUndefined()
    expect(tokenAt('1. ABCD) Text', 3)).toBeUndefined()
    expect(tokenAt('1. (C Text', 3)).toBeUndefined()
    expect(tokenAt('1. (  C) Text', 3)).toBeUndefined()
    expect(tokenAt('1. (S_NF) Text', 3)).toBeUndefined()
    expect(tokenAt('1. Talks (C) resumed', 3)).toBeUndefined()
  })

  it('finds a REL list in country names (10STATE17894)', () => {
    const raw = '(S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR)'
    expect(tokenAt(`¶4. ${raw} Drawing on paragraphs 2 and 3`, 4)).toBe(raw)
    expect(parseMarking(raw, position)?.releasableTo).toEqual(['FRANCE', 'BRITAIN', 'TURKEY', 'SAUDI ARABIA', 'JORDAN', 'QATAR'])
    expect(parseMarking('(S//REL AS, CA, FR, GM, IS, IT, JP, ROK, and UK)', position)?.releasableTo).toEqual(['AS', 'CA', 'FR', 'GM', 'IS', 'IT', 'JP', 'ROK', 'UK'])
  })

  it('bounds the candidate to 102 characters inside the parentheses', () => {
    const inner = `S${'/'.repeat(100)}`
    expect(tokenAt(`(${inner})`, 0)).toBe(`(${inner})`)
    expect(tokenAt(`(${inner}/)`, 0)).toBeUndefined()
  })

  it('does not start the lost-parenthesis form inside a word', () => {
    expect(tokenAt('1. XSBU) Text', 4)).toBeUndefined()
  })
})

describe('formatMarking', () => {
  function format(level: Level | null, caveats: Caveat[] = [], releasableTo: string[] = [], extraTerms?: string[]): string {
    const base = {level, caveats, releasableTo, raw: ' (CONF) '}
    return formatMarking(extraTerms === undefined ? base : {...base, extraTerms})
  }

  it('writes a marking of unknown level as written, trimmed', () => {
    expect(format(null)).toBe('(CONF)')
  })

  it('writes a bare level in parentheses', () => {
    expect(format('C')).toBe('(C)')
    expect(format('TS')).toBe('(TS)')
  })

  it('writes SBU NOFORN the way 5 FAH-1 H-246.2c does, and only that marking', () => {
    expect(format('SBU', ['NOFORN'])).toBe('(SBU/N)')
    expect(format('SBU', ['NOFORN'], [], [])).toBe('(SBU/N)')
    expect(format('C', ['NOFORN'])).toBe('(C//NF)')
    expect(format('SBU', ['FOUO'])).toBe('(SBU//FOUO)')
    expect(format('SBU', ['NOFORN', 'FOUO'])).toBe('(SBU//NF/FOUO)')
    expect(format('SBU', ['NOFORN'], ['USA'])).toBe('(SBU//NF/REL TO USA)')
    expect(format('SBU', ['NOFORN'], [], ['FGI'])).toBe('(SBU//FGI//NF)')
  })

  it('abbreviates each caveat as CAPCO does in a portion', () => {
    expect(format('S', ['NOFORN', 'ORCON', 'PROPIN', 'NOCONTRACT'])).toBe('(S//NF/OC/PR/NC)')
    expect(format('U', ['FOUO', 'EFTO', 'SENSITIVE'])).toBe('(U//FOUO/EFTO/SENSITIVE)')
  })

  it('writes extra terms as their own category and the REL TO list after the caveats', () => {
    expect(format('S', ['NOFORN'], ['USA', 'GBR'], ['FGI', 'LES'])).toBe('(S//FGI/LES//NF/REL TO USA, GBR)')
    expect(format('C', [], ['USA', 'GBR'])).toBe('(C//REL TO USA, GBR)')
    expect(format('C', [], [], [])).toBe('(C)')
  })

  it('round-trips what parseMarking reads', () => {
    for (const raw of ['(S//NF)', '(SBU/N)', '(C//REL TO USA, GBR)', '(S//FGI//NF)', '(U//FOUO)']) {
      const marking = read(raw)
      expect(marking === undefined ? undefined : formatMarking(marking)).toBe(raw)
    }
  })
})

describe('formatBanner', () => {
  it('writes each level as its banner word', () => {
    expect(formatBanner('U')).toBe('UNCLASSIFIED')
    expect(formatBanner('LOU')).toBe('LIMITED OFFICIAL USE')
    expect(formatBanner('C')).toBe('CONFIDENTIAL')
    expect(formatBanner('S')).toBe('SECRET')
    expect(formatBanner('TS')).toBe('TOP SECRET')
  })

  it('writes SBU as UNCLASSIFIED with the caption SENSITIVE first, once', () => {
    expect(formatBanner('SBU')).toBe('UNCLASSIFIED//SENSITIVE')
    expect(formatBanner('SBU', ['SENSITIVE'])).toBe('UNCLASSIFIED//SENSITIVE')
    expect(formatBanner('SBU', ['NOFORN'])).toBe('UNCLASSIFIED//SENSITIVE/NOFORN')
  })

  it('writes caveats and the REL TO list after //', () => {
    expect(formatBanner('S', ['NOFORN'])).toBe('SECRET//NOFORN')
    expect(formatBanner('S', ['NOFORN', 'ORCON'], ['USA', 'GBR'])).toBe('SECRET//NOFORN/ORCON/REL TO USA, GBR')
    expect(formatBanner('C', [], ['USA'])).toBe('CONFIDENTIAL//REL TO USA')
  })

  it('does not change the caveats it is given', () => {
    const caveats: Caveat[] = ['NOFORN']
    formatBanner('SBU', caveats)
    expect(caveats).toEqual(['NOFORN'])
  })
})

describe('matchBannerMarking: level words', () => {
  const cases: Array<[string, Level, boolean]> = [
    ['T O P S E C R E T', 'TS', true],
    ['TOP SECRET', 'TS', false],
    ['S E C R E T', 'S', true],
    ['SECRET', 'S', false],
    ['C O N F I D E N T I A L', 'C', true],
    ['CONFIDENTIAL', 'C', false],
    ['U N C L A S S I F I E D', 'U', true],
    ['U N C L A S', 'U', true],
    ['UNCLASSIFIED', 'U', false],
    ['UNCLAS', 'U', false],
    ['LIMITED OFFICIAL USE', 'LOU', false],
  ]

  it.each(cases)('"%s" alone is a %s banner', (line, level, spaced) => {
    expect(banner(line)).toEqual({start: 0, end: line.length, level, caveats: [], releasableTo: [], irregularities: spaced ? ['spacedLetters'] : [], extraTerms: []})
  })

  // The spaced forms and UNCLAS are telegram words: whatever follows, they are a banner.
  it.each(['T O P S E C R E T', 'S E C R E T', 'C O N F I D E N T I A L', 'U N C L A S S I F I E D', 'U N C L A S', 'UNCLAS'])('"%s" is a banner even before prose', (word) => {
    const line = `${word} SOURCES SAID`
    const match = matchBannerMarking(line)
    expect(match?.end).toBe(word.length)
    expect(match?.rest).toEqual({start: word.length + 1, end: line.length})
  })

  // The unspaced words are also English: before prose they are not a banner.
  it.each(['TOP SECRET PLANS LEAKED', 'SECRET POLICE ARRESTED HIM', 'CONFIDENTIAL SOURCES SAID', 'UNCLASSIFIED AND PUBLIC', 'LIMITED OFFICIAL USE OF FORCE'])('"%s" is prose', (line) => {
    expect(matchBannerMarking(line)).toBeUndefined()
  })

  it('reads spaced letters in any case, and says so', () => {
    expect(banner('c o n f i d e n t i a l')).toEqual({start: 0, end: 23, level: 'C', caveats: [], releasableTo: [], irregularities: ['lowercase', 'spacedLetters'], extraTerms: []})
    expect(banner('t o p s e c r e t')?.level).toBe('TS')
    expect(banner('u n c l a s')?.level).toBe('U')
    expect(banner('S e c r e t')?.irregularities).toEqual(['lowercase', 'spacedLetters'])
  })

  it('reads a spaced level glued to the post (09CAIRO79)', () => {
    const match = matchBannerMarking('C O N F I D E N T I A LCAIRO 000079')
    expect(match?.end).toBe(23)
    expect(match?.originator).toEqual({start: 23, end: 28, value: 'CAIRO'})
    expect(match?.serial).toEqual({start: 29, end: 35, value: '000079'})
  })

  it('needs the whole spaced word on the line', () => {
    expect(matchBannerMarking('S E C R E')).toBeUndefined()
    expect(matchBannerMarking('C O N F I D E N T I A')).toBeUndefined()
  })

  it('reads unspaced level words in capitals only, ending at a word boundary', () => {
    expect(matchBannerMarking('Secret')).toBeUndefined()
    expect(matchBannerMarking('secret')).toBeUndefined()
    expect(matchBannerMarking('UNCLASZ')).toBeUndefined()
    expect(matchBannerMarking('UNCLASx')).toBeUndefined()
    expect(matchBannerMarking('UNCLAS9')).toBeUndefined()
    expect(banner('UNCLAS.')?.end).toBe(6)
  })

  it('does not read lines that start with another letter', () => {
    expect(matchBannerMarking('')).toBeUndefined()
    expect(matchBannerMarking('   ')).toBeUndefined()
    expect(matchBannerMarking('1. (C) SECRET')).toBeUndefined()
    expect(matchBannerMarking('l i m i t e d')).toBeUndefined()
  })

  it('skips leading blanks and starts at `from`', () => {
    expect(banner('\t SECRET')).toMatchObject({start: 2, end: 8, level: 'S'})
    expect(banner('xx  UNCLAS', 2)).toMatchObject({start: 4, end: 10, level: 'U'})
    expect(matchBannerMarking('xx  UNCLAS')).toBeUndefined()
  })
})

describe('matchBannerMarking: terms after the level', () => {
  it('reads each caveat word', () => {
    expect(banner('SECRET NOFORN')?.caveats).toEqual(['NOFORN'])
    expect(banner('SECRET//NF')?.caveats).toEqual(['NOFORN'])
    expect(banner('UNCLAS EFTO')?.caveats).toEqual(['EFTO'])
    expect(banner('UNCLASSIFIED//FOR OFFICIAL USE ONLY')?.caveats).toEqual(['FOUO'])
    expect(banner('UNCLASSIFIED//FOUO')?.caveats).toEqual(['FOUO'])
    expect(banner('SECRET//ORCON')?.caveats).toEqual(['ORCON'])
    expect(banner('SECRET//PROPIN')?.caveats).toEqual(['PROPIN'])
    expect(banner('SECRET//NOCONTRACT')?.caveats).toEqual(['NOCONTRACT'])
    expect(banner('SECRET//NOFORN/ORCON')).toEqual({start: 0, end: 20, level: 'S', caveats: ['NOFORN', 'ORCON'], releasableTo: [], irregularities: [], extraTerms: []})
  })

  it('reads spaced caveats and names the spacing once', () => {
    expect(banner('SECRET N O F O R N')).toEqual({start: 0, end: 18, level: 'S', caveats: ['NOFORN'], releasableTo: [], irregularities: ['spacedLetters'], extraTerms: []})
    expect(banner('S E C R E T N O F O R N')?.irregularities).toEqual(['spacedLetters'])
    expect(banner('s e c r e t/N O F O R N')?.irregularities).toEqual(['lowercase', 'spacedLetters', 'singleSlash'])
  })

  it('reads separators of slashes, spaces and tabs', () => {
    expect(banner('SECRET\t//\tNOFORN')).toMatchObject({end: 16, caveats: ['NOFORN'], irregularities: []})
    expect(banner('SECRET  NOFORN')).toMatchObject({end: 14, caveats: ['NOFORN']})
    expect(banner('SECRET\tNOFORN')).toMatchObject({end: 13, caveats: ['NOFORN']})
  })

  it('reads NF only after a slash, since after a space it could begin the post', () => {
    expect(matchBannerMarking('SECRET NF')).toBeUndefined()
    expect(banner('UNCLAS NF')).toMatchObject({end: 6, caveats: []})
  })

  it('reads no term glued to a spaced level', () => {
    expect(banner('S E C R E TNOFORN')).toMatchObject({end: 11, caveats: []})
    expect(matchBannerMarking('S E C R E TNOFORN')?.rest).toEqual({start: 11, end: 17})
  })

  it('reads a caveat word only when it ends at a word boundary', () => {
    expect(banner('UNCLAS EFTO2')).toMatchObject({end: 6, caveats: []})
    expect(banner('SECRET//NOFORNX')).toMatchObject({end: 15, caveats: [], extraTerms: ['NOFORNX']})
  })

  it('reads a caveat once when it is written twice', () => {
    expect(banner('SECRET//NOFORN//NF')).toMatchObject({end: 18, caveats: ['NOFORN'], extraTerms: []})
  })

  it('reports terms 32 CFR 2001.23(a) forbids with a classified level', () => {
    expect(banner('SECRET//FOUO')).toMatchObject({caveats: [], extraTerms: ['FOUO']})
    expect(banner('CONFIDENTIAL FOR OFFICIAL USE ONLY')).toMatchObject({caveats: [], extraTerms: ['FOR OFFICIAL USE ONLY']})
    expect(banner('SECRET LIMITED OFFICIAL USE')).toMatchObject({end: 27, caveats: [], extraTerms: ['LIMITED OFFICIAL USE']})
    expect(banner('UNCLASSIFIED LIMITED OFFICIAL USE')).toMatchObject({end: 33, caveats: [], extraTerms: ['LIMITED OFFICIAL USE']})
    expect(banner('S E C R E T SENSITIVE')).toMatchObject({caveats: [], extraTerms: ['SENSITIVE']})
  })

  it('keeps an unknown control after // as an extra term', () => {
    expect(banner('SECRET//FGI')).toEqual({start: 0, end: 11, level: 'S', caveats: [], releasableTo: [], irregularities: [], extraTerms: ['FGI']})
    expect(banner('SECRET//FGI//NOFORN')).toMatchObject({end: 19, caveats: ['NOFORN'], extraTerms: ['FGI']})
  })

  it('does not read a single letter after // as a control', () => {
    expect(banner('UNCLAS//X')).toMatchObject({end: 6, extraTerms: []})
    expect(banner('UNCLAS//X FGI')).toMatchObject({end: 6, extraTerms: []})
    expect(matchBannerMarking('SECRET//X')).toBeUndefined()
  })

  it('calls a single slash after the level single, but not a single slash later', () => {
    expect(banner('SECRET/NOFORN/ORCON')?.irregularities).toEqual(['singleSlash'])
    expect(banner('SECRET//NOFORN/ORCON')?.irregularities).toEqual([])
    expect(banner('SECRET NOFORN/ORCON')?.irregularities).toEqual([])
  })

  it('accepts prose after a slash-separated term (the slash gives it banner form)', () => {
    expect(banner('CONFIDENTIAL//NOFORN SOURCES SAID')).toMatchObject({end: 20, caveats: ['NOFORN']})
    expect(matchBannerMarking('CONFIDENTIAL NOFORN SOURCES SAID')).toBeUndefined()
  })
})

describe('matchBannerMarking: REL TO', () => {
  it('reads REL TO after a slash or a space, and REL after a slash', () => {
    expect(banner('SECRET//REL TO USA, GBR')).toEqual({start: 0, end: 23, level: 'S', caveats: [], releasableTo: ['USA', 'GBR'], irregularities: [], extraTerms: []})
    expect(banner('SECRET REL TO USA')).toMatchObject({end: 17, releasableTo: ['USA']})
    expect(banner('SECRET//REL USA')).toMatchObject({end: 15, releasableTo: ['USA']})
    expect(banner('SECRET//REL TO USA,GBR,\tAUS')).toMatchObject({end: 27, releasableTo: ['USA', 'GBR', 'AUS']})
    expect(banner('SECRET//REL TO\tUSA')).toMatchObject({end: 18, releasableTo: ['USA']})
    expect(banner('SECRET//REL TO  USA')).toMatchObject({end: 19, releasableTo: ['USA']})
  })

  it('does not read REL without TO after a space', () => {
    expect(matchBannerMarking('SECRET REL USA')).toBeUndefined()
    expect(banner('UNCLAS REL USA')).toMatchObject({end: 6, releasableTo: []})
  })

  it('does not read TO as a country when REL TO has no list on the line', () => {
    expect(banner('SECRET//REL')).toMatchObject({end: 11, releasableTo: []})
    expect(banner('SECRET//REL TO')).toMatchObject({end: 11, releasableTo: []})
  })

  it('ends the list at a word that is not a country code', () => {
    expect(banner('SECRET//REL TO USA, GBR1')).toMatchObject({end: 18, releasableTo: ['USA']})
    expect(banner('SECRET//REL TO USA, G')).toMatchObject({end: 18, releasableTo: ['USA']})
    expect(banner('SECRET//REL TO U')).toMatchObject({end: 11, releasableTo: []})
    expect(banner('SECRET//REL TO USA//NOFORN')).toMatchObject({end: 26, releasableTo: ['USA'], caveats: ['NOFORN']})
    expect(banner('SECRET//REL TO USA X, GBR')).toMatchObject({end: 18, releasableTo: ['USA']})
    expect(banner('SECRET//REL X REL USA')).toMatchObject({end: 11, releasableTo: []})
  })
})

describe('matchBannerMarking: what follows the marking', () => {
  it('has no rest when only white space follows', () => {
    const match = matchBannerMarking('SECRET \t\r')
    expect(match?.end).toBe(6)
    expect(match?.rest).toBeUndefined()
    expect(match?.section).toBeUndefined()
    expect(match?.originator).toBeUndefined()
  })

  it('reads SECTION in any case and spacing', () => {
    expect(matchBannerMarking('SECRET SECTION 1 of 3')?.section).toEqual({start: 7, end: 21, index: 1, total: 3})
    expect(matchBannerMarking('SECRET SECTION01 OF 03')?.section).toEqual({start: 7, end: 22, index: 1, total: 3})
    expect(matchBannerMarking('SECRET section\t12 OF\t120')?.section).toEqual({start: 7, end: 24, index: 12, total: 120})
    expect(matchBannerMarking('SECRET SECTION 1  OF  3')?.section).toEqual({start: 7, end: 23, index: 1, total: 3})
  })

  it('reads SECTION only where the tail begins', () => {
    expect(matchBannerMarking('SECRET NOTE SECTION 1 OF 2')).toBeUndefined()
    expect(matchBannerMarking('UNCLAS NOTE SECTION 1 OF 2')?.section).toBeUndefined()
  })

  it('reads the post and serial after a section', () => {
    const match = matchBannerMarking('SECRET SECTION 02 OF 04  STATE   012345')
    expect(match?.section).toEqual({start: 7, end: 23, index: 2, total: 4})
    expect(match?.originator).toEqual({start: 25, end: 30, value: 'STATE'})
    expect(match?.serial).toEqual({start: 33, end: 39, value: '012345'})
    expect(match?.rest).toEqual({start: 7, end: 39})
  })

  it('takes a garbled SECTION as banner form and reads on', () => {
    const match = matchBannerMarking('CONFIDENTIAL SECTION PARIS 001007')
    expect(match?.section).toBeUndefined()
    expect(match?.originator).toEqual({start: 21, end: 26, value: 'PARIS'})
    expect(match?.serial?.value).toBe('001007')
    expect(banner('SECRET SECTION XX')).toMatchObject({end: 6, level: 'S'})
  })

  it('reads posts of up to five words', () => {
    expect(matchBannerMarking('CONFIDENTIAL UNVIE VIENNA 000123')?.originator?.value).toBe('UNVIE VIENNA')
    expect(matchBannerMarking('CONFIDENTIAL SAN JOSE 000123')?.originator?.value).toBe('SAN JOSE')
    expect(matchBannerMarking("CONFIDENTIAL USUN NEW YORK 000123")?.originator?.value).toBe('USUN NEW YORK')
    expect(matchBannerMarking('UNCLAS A.B C-D E&F G\'H I 001234')?.originator?.value).toBe("A.B C-D E&F G'H I")
    expect(matchBannerMarking('UNCLAS A\tB 001234')?.originator?.value).toBe('A\tB')
    expect(matchBannerMarking('UNCLAS A B C D E F 001234')?.originator).toBeUndefined()
    expect(matchBannerMarking('UNCLAS SAN  JOSE 000123')?.originator).toEqual({start: 7, end: 16, value: 'SAN  JOSE'})
  })

  it('needs a serial of three digits or more', () => {
    expect(matchBannerMarking('CONFIDENTIAL PARIS 12')).toBeUndefined()
    expect(matchBannerMarking('CONFIDENTIAL PARIS 123')?.serial?.value).toBe('123')
    expect(matchBannerMarking('UNCLAS PARIS 12')?.serial).toBeUndefined()
  })

  it('reads a lowercase post only after a lowercase spaced level', () => {
    const match = matchBannerMarking('S e c r e t state 135366')
    expect(match?.originator).toEqual({start: 12, end: 17, value: 'state'})
    expect(match?.serial).toEqual({start: 18, end: 24, value: '135366'})
    expect(matchBannerMarking('SECRET State 135366')).toBeUndefined()
    expect(matchBannerMarking('S E C R E T state 135366')?.originator).toBeUndefined()
    const long = matchBannerMarking("s e c r e t usun  new-york d'c   001234")
    expect(long?.originator).toEqual({start: 12, end: 30, value: "usun  new-york d'c"})
    expect(long?.serial).toEqual({start: 33, end: 39, value: '001234'})
    expect(matchBannerMarking('S e c r e t 12 state 135366')?.originator).toBeUndefined()
  })

  it('keeps text glued after the serial as trailing', () => {
    const line = 'UNCLAS STATE 000549E.O. 12958: N/A  '
    const match = matchBannerMarking(line)
    expect(match?.serial).toEqual({start: 13, end: 19, value: '000549'})
    expect(match?.trailing).toEqual({start: 19, end: 34})
    expect(match?.rest).toEqual({start: 7, end: 34})
    const spaced = matchBannerMarking('SECRET PARIS 001007 SIPDIS')
    expect(spaced?.trailing).toEqual({start: 20, end: 26})
    expect(matchBannerMarking('SECRET PARIS 001007 \t')?.trailing).toBeUndefined()
  })

  it.each(['SIPDIS', 'EXDIS', 'LIMDIS', 'NODIS', 'STADIS', 'VZCZC', 'E.O. 12958: DECL'])('reads a caption or routing (%s) after an ambiguous level as banner form', (follower) => {
    const line = `TOP SECRET ${follower}`
    const match = matchBannerMarking(line)
    expect(match).toMatchObject({start: 0, end: 10, level: 'TS'})
    expect(match?.rest).toEqual({start: 11, end: line.length})
  })

  // At a word boundary SENSITIVE and NOFORN are read as terms; glued to routing they are captions.
  it.each(['NOFORNSIPDIS', 'SENSITIVESIPDIS'])('reads a glued caption (%s) as banner form', (follower) => {
    const line = `CONFIDENTIAL ${follower}`
    expect(matchBannerMarking(line)).toMatchObject({end: 12, level: 'C', caveats: [], rest: {start: 13, end: line.length}})
  })

  it('needs the caption to start the tail', () => {
    expect(matchBannerMarking('SECRET XSIPDIS')).toBeUndefined()
    expect(matchBannerMarking('SECRET E.O: 12958')).toBeUndefined()
  })

  it('reads a message number alone after the level (old cables)', () => {
    expect(matchBannerMarking('CONFIDENTIAL     PTQ2529')?.rest).toEqual({start: 17, end: 24})
    expect(matchBannerMarking('CONFIDENTIAL 123')?.level).toBe('C')
    expect(matchBannerMarking('CONFIDENTIAL ABCDEF123')?.level).toBe('C')
    expect(matchBannerMarking('CONFIDENTIAL ABCDEFG123')).toBeUndefined()
    expect(matchBannerMarking('CONFIDENTIAL PTQ2529X')).toBeUndefined()
    expect(matchBannerMarking('CONFIDENTIAL PTQ25')).toBeUndefined()
    expect(matchBannerMarking('CONFIDENTIAL X PTQ2529')).toBeUndefined()
  })
})
