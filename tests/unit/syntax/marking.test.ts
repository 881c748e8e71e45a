/**
 * The one marking grammar (`src/syntax/marking.ts`). Expected values are read from the
 * authorities, not from the code: 5 FAH-1 H-246.2c (portion marks U, C, S, TS, SBU, SBU/N),
 * 5 FAH-2 H-222 (telegram classification line), the CAPCO register as open validators implement
 * it (MARKING-RULES C.6: `//` between categories, `REL TO`), 32 CFR 2001.23(a) (no term combined
 * with a level: "Secret Sensitive"), and MARKING-RULES table rows 7 and 8 (unknown and
 * non-standard portion forms).
 */
import {describe, expect, it} from 'vitest'
import type {Caveat, Level} from '../../../src/classification.js'
import {isLetteredListToken, matchBannerMarking, parseMarking} from '../../../src/syntax/marking.js'
import type {MarkingIrregularity, Position} from '../../../src/syntax/types.js'

/** A position for a token at the start of line 3 (the grammar copies it through). */
function at(raw: string): Position {
  return {start: {line: 3, column: 1, offset: 40}, end: {line: 3, column: 1 + raw.length, offset: 40 + raw.length}}
}

interface PortionCase {
  raw: string
  level: Level
  caveats: Caveat[]
  releasableTo: string[]
  irregularities: MarkingIrregularity[]
}

describe('parseMarking', () => {
  const standard: PortionCase[] = [
    {raw: '(U)', level: 'U', caveats: [], releasableTo: [], irregularities: []},
    {raw: '(SBU)', level: 'SBU', caveats: [], releasableTo: [], irregularities: []},
    {raw: '(C)', level: 'C', caveats: [], releasableTo: [], irregularities: []},
    {raw: '(S)', level: 'S', caveats: [], releasableTo: [], irregularities: []},
    {raw: '(TS)', level: 'TS', caveats: [], releasableTo: [], irregularities: []},
    // State's older telegram form writes one slash where CAPCO writes two.
    {raw: '(S/NF)', level: 'S', caveats: ['NOFORN'], releasableTo: [], irregularities: ['singleSlash']},
    {raw: '(S//NF)', level: 'S', caveats: ['NOFORN'], releasableTo: [], irregularities: []},
    {raw: '(C//NF)', level: 'C', caveats: ['NOFORN'], releasableTo: [], irregularities: []},
    // 5 FAH-1 H-246.2c writes SBU NOFORN with one slash (`SBU/N`), so one slash is standard after SBU.
    {raw: '(SBU/NF)', level: 'SBU', caveats: ['NOFORN'], releasableTo: [], irregularities: []},
    {raw: '(SBU/N)', level: 'SBU', caveats: ['NOFORN'], releasableTo: [], irregularities: []},
    {raw: '(U//FOUO)', level: 'U', caveats: ['FOUO'], releasableTo: [], irregularities: []},
    {raw: '(S/REL NATO)', level: 'S', caveats: [], releasableTo: ['NATO'], irregularities: ['singleSlash']},
    {raw: '(C/REL ISAF)', level: 'C', caveats: [], releasableTo: ['ISAF'], irregularities: ['singleSlash']},
    {raw: '(S/REL USA, PAK)', level: 'S', caveats: [], releasableTo: ['USA', 'PAK'], irregularities: ['singleSlash']},
    {raw: '(S//REL TO USA, GBR)', level: 'S', caveats: [], releasableTo: ['USA', 'GBR'], irregularities: []},
    // LOU: the pre-1995 name of the administrative control (STATE 018029).
    {raw: '(LOU)', level: 'LOU', caveats: [], releasableTo: [], irregularities: []},
  ]

  it.each(standard)('reads $raw', ({raw, level, caveats, releasableTo, irregularities}) => {
    const position = at(raw)
    const marking = parseMarking(raw, position)
    expect(marking).toBeDefined()
    expect(marking?.level).toBe(level)
    expect(marking?.caveats).toEqual(caveats)
    expect(marking?.releasableTo).toEqual(releasableTo)
    expect(marking?.irregularities).toEqual(irregularities)
    expect(marking?.raw).toBe(raw)
    expect(marking?.position).toEqual(position)
    expect(marking?.extraTerms).toBeUndefined()
  })

  // MARKING-RULES row 8: known markings written oddly, read with what is odd about them.
  const irregular: PortionCase[] = [
    {raw: '(c)', level: 'C', caveats: [], releasableTo: [], irregularities: ['lowercase']},
    {raw: '( C)', level: 'C', caveats: [], releasableTo: [], irregularities: ['innerSpace']},
    {raw: '(C )', level: 'C', caveats: [], releasableTo: [], irregularities: ['innerSpace']},
    {raw: '(S/ NF)', level: 'S', caveats: ['NOFORN'], releasableTo: [], irregularities: ['innerSpace', 'singleSlash']},
    {raw: 'C)', level: 'C', caveats: [], releasableTo: [], irregularities: ['missingParenthesis']},
    {raw: 'SBU)', level: 'SBU', caveats: [], releasableTo: [], irregularities: ['missingParenthesis']},
    {raw: '(sbu)', level: 'SBU', caveats: [], releasableTo: [], irregularities: ['lowercase']},
    // 08NAIROBI2290 marks every paragraph `(S-NF)`.
    {raw: '(S-NF)', level: 'S', caveats: ['NOFORN'], releasableTo: [], irregularities: ['hyphen']},
    {raw: '(C - NF)', level: 'C', caveats: ['NOFORN'], releasableTo: [], irregularities: ['innerSpace', 'hyphen']},
    {raw: '(S-REL UK-CAN)', level: 'S', caveats: [], releasableTo: ['UK', 'CAN'], irregularities: ['hyphen']},
  ]

  it.each(irregular)('reads irregular $raw', ({raw, level, caveats, releasableTo, irregularities}) => {
    const marking = parseMarking(raw, at(raw))
    expect(marking?.level).toBe(level)
    expect(marking?.caveats).toEqual(caveats)
    expect(marking?.releasableTo).toEqual(releasableTo)
    expect(marking?.irregularities).toEqual(irregularities)
  })

  // MARKING-RULES row 7: meant as a marking, but outside the allowed set.
  it.each(['(X)', '(CONF)', '(SECRE)', '(UNCL)', '(X/NF)'])('reads %s as a marking of unknown level', (raw) => {
    const marking = parseMarking(raw, at(raw))
    expect(marking).toBeDefined()
    expect(marking?.level).toBeNull()
    expect(marking?.caveats).toEqual([])
    expect(marking?.releasableTo).toEqual([])
    expect(marking?.raw).toBe(raw)
  })

  // Lettered list items, reference labels, acronyms and protect markers are not markings.
  it.each(['(a)', '(ref A)', '(MFA)', '(protect)', '(PROTECT)', '(b)', '(1)', '(C', 'C', '()', '(-S)', '(S-)', '(S--NF)', '(S- )', '(US-EU)', '(Amb. Smith)'])('does not read %s', (raw) => {
    expect(parseMarking(raw, at(raw))).toBeUndefined()
  })

  it('keeps unknown short terms after a known level, so the level is not lost', () => {
    const marking = parseMarking('(S//FGI//NF)', at('(S//FGI//NF)'))
    expect(marking?.level).toBe('S')
    expect(marking?.caveats).toEqual(['NOFORN'])
    expect(marking?.extraTerms).toEqual(['FGI'])
  })

  it('reads a caveat once when it is written twice', () => {
    expect(parseMarking('(S//NF/NOFORN)', at('(S//NF/NOFORN)'))?.caveats).toEqual(['NOFORN'])
  })

  // Tokens are read once and remembered: a token read again must give an equal marking of its
  // own, with the position it is given now and arrays that no other node holds.
  it('gives a token read again its own position and its own arrays', () => {
    const raw = '(S//FGI//REL TO USA, GBR)'
    const first = parseMarking(raw, at(raw))!
    const elsewhere: Position = {start: {line: 9, column: 4, offset: 200}, end: {line: 9, column: 4 + raw.length, offset: 200 + raw.length}}
    const second = parseMarking(raw, elsewhere)!
    expect(second).toEqual({...first, position: elsewhere})
    expect(Object.keys(second)).toEqual(Object.keys(first))
    expect(first.position).toEqual(at(raw))
    for (const key of ['caveats', 'releasableTo', 'irregularities', 'extraTerms'] as const) expect(second[key]).not.toBe(first[key])
    first.caveats.push('ORCON')
    first.releasableTo.length = 0
    expect(parseMarking(raw, at(raw))).toEqual({...second, position: at(raw)})
  })

  it('reads the same after many other tokens as the first time', () => {
    const before = parseMarking('( c/ NF)', at('( c/ NF)'))
    for (let index = 0; index < 5000; index++) parseMarking(`(X${index})`, at('(X)'))
    expect(parseMarking('( c/ NF)', at('( c/ NF)'))).toEqual(before)
    expect(before).toMatchObject({level: 'C', caveats: ['NOFORN'], irregularities: ['lowercase', 'innerSpace', 'singleSlash']})
    expect(parseMarking('(x1)', at('(x1)'))).toBeUndefined()
    expect(parseMarking('(x1)', at('(x1)'))).toBeUndefined()
  })
})

describe('isLetteredListToken', () => {
  it.each(['(a)', '(B)', '(c)', '(C)', '(S)', '(iv)', '(IV)', 'a)', '( c)'])('%s can be a list label', (raw) => {
    expect(isLetteredListToken(raw)).toBe(true)
  })

  it.each(['(SBU)', '(S//NF)', '(TS)', '(ref A)', '(1)', '(ab)', 'SBU)'])('%s cannot', (raw) => {
    expect(isLetteredListToken(raw)).toBe(false)
  })
})

interface BannerCase {
  line: string
  level: Level
  caveats: Caveat[]
  irregularities: MarkingIrregularity[]
  extraTerms: string[]
  /** The marking's `[start, end)` in the line. */
  range: [number, number]
}

describe('matchBannerMarking', () => {
  // 5 FAH-2 H-222: the first line of a telegram is its classification line.
  const banners: BannerCase[] = [
    {line: 'UNCLAS', level: 'U', caveats: [], irregularities: [], extraTerms: [], range: [0, 6]},
    // SBU telegrams go out as UNCLAS with the caption SENSITIVE (STATE 018029).
    {line: 'UNCLAS SENSITIVE', level: 'U', caveats: ['SENSITIVE'], irregularities: [], extraTerms: [], range: [0, 16]},
    {line: 'UNCLAS E F T O', level: 'U', caveats: ['EFTO'], irregularities: ['spacedLetters'], extraTerms: [], range: [0, 14]},
    {line: 'C O N F I D E N T I A L', level: 'C', caveats: [], irregularities: ['spacedLetters'], extraTerms: [], range: [0, 23]},
    {line: 'CONFIDENTIAL', level: 'C', caveats: [], irregularities: [], extraTerms: [], range: [0, 12]},
    {line: '  CONFIDENTIAL  ', level: 'C', caveats: [], irregularities: [], extraTerms: [], range: [2, 14]},
    {line: 'S E C R E T', level: 'S', caveats: [], irregularities: ['spacedLetters'], extraTerms: [], range: [0, 11]},
    {line: 'SECRET//NOFORN', level: 'S', caveats: ['NOFORN'], irregularities: [], extraTerms: [], range: [0, 14]},
    {line: 'SECRET/NOFORN', level: 'S', caveats: ['NOFORN'], irregularities: ['singleSlash'], extraTerms: [], range: [0, 13]},
    {line: 'TOP SECRET', level: 'TS', caveats: [], irregularities: [], extraTerms: [], range: [0, 10]},
    {line: 'LIMITED OFFICIAL USE', level: 'LOU', caveats: [], irregularities: [], extraTerms: [], range: [0, 20]},
    // 32 CFR 2001.23(a): "Secret Sensitive" is a prohibited combination; kept so a rule can report it.
    {line: 'SECRET SENSITIVE', level: 'S', caveats: [], irregularities: [], extraTerms: ['SENSITIVE'], range: [0, 16]},
  ]

  it.each(banners)('reads "$line"', ({line, level, caveats, irregularities, extraTerms, range}) => {
    const match = matchBannerMarking(line)
    expect(match).toBeDefined()
    expect(match?.level).toBe(level)
    expect(match?.caveats).toEqual(caveats)
    expect(match?.releasableTo).toEqual([])
    expect(match?.irregularities).toEqual(irregularities)
    expect(match?.extraTerms).toEqual(extraTerms)
    expect([match?.start, match?.end]).toEqual(range)
    expect(match?.raw).toBe(line.slice(range[0], range[1]))
  })

  it('reads section, originator and serial after a spaced banner', () => {
    const line = 'C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697'
    const match = matchBannerMarking(line)
    expect(match?.level).toBe('C')
    expect(match?.irregularities).toEqual(['spacedLetters'])
    expect([match?.start, match?.end]).toEqual([0, 23])
    expect(match?.section).toEqual({start: 24, end: 40, index: 1, total: 3})
    expect(line.slice(match?.section?.start, match?.section?.end)).toBe('SECTION 01 OF 03')
    expect(match?.originator).toEqual({start: 41, end: 48, value: 'BEIJING'})
    expect(match?.serial).toEqual({start: 49, end: 55, value: '004697'})
    expect(match?.trailing).toBeUndefined()
  })

  it('reads a post and serial after an unspaced level (banner form)', () => {
    const match = matchBannerMarking('CONFIDENTIAL PARIS 001007')
    expect(match?.level).toBe('C')
    expect(match?.originator?.value).toBe('PARIS')
    expect(match?.serial?.value).toBe('001007')
  })

  it('reads a REL TO list', () => {
    const match = matchBannerMarking('SECRET//REL TO USA, GBR')
    expect(match?.level).toBe('S')
    expect(match?.releasableTo).toEqual(['USA', 'GBR'])
  })

  // An ordinary English use of a level word is prose, not a banner (the words are also words).
  it.each(['CONFIDENTIAL SOURCES SAID', 'CONFIDENTIAL SOURCES SAID THE MINISTER WOULD RESIGN', 'SECRETARY RICE', 'Secret police arrested him', 'SECRETARY RICE MET THE MINISTER', 'Confidential', 'UNCLASSIFIED AND PUBLIC TEXT FOLLOWS', 'THE SECRET'])(
    'does not read "%s"',
    (line) => {
      expect(matchBannerMarking(line)).toBeUndefined()
    },
  )
})
