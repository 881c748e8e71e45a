/**
 * Every mention of a protected person (`src/redact/mentions.ts`): full name, any token
 * alone, upper case, possessive, across a line, accent-folded; common words that are also
 * names (`He`, seed 002) are mentions only where capitalised, and ambiguous at a sentence start.
 */
import {describe, expect, it} from 'vitest'
import type {Entity} from '../../../src/redact/entities.js'
import {findMentions, isSentenceStart, searchTokens} from '../../../src/redact/mentions.js'

function person(label: string, tokens: string[]): Entity {
  return {label, tokens, surnameIndex: tokens.length - 1, titles: [], markers: [], names: []}
}

/** The mentions of `entities` in `text` as `[text, reason, entity]`, plus `ambiguous` when set. */
function mentions(text: string, entities: Entity[]): Array<[string, string, string | undefined, ...boolean[]]> {
  return findMentions(text, entities, []).map((span) => {
    const row: [string, string, string | undefined, ...boolean[]] = [text.slice(span.start, span.end), span.reason, span.entity]
    if (span.ambiguous !== undefined) row.push(span.ambiguous)
    return row
  })
}

const biato = person('P1', ['Marcel', 'Biato'])

describe('searchTokens: the tokens searched alone', () => {
  it('searches every name token, and the parts of a hyphenated one', () => {
    expect(searchTokens(person('P1', ['Jean-Francois', 'Ricard']))).toEqual(['Jean-Francois', 'Jean', 'Francois', 'Ricard'])
    // and the words of a compound written as one (`Abdelrahman` for `Abdel Rahman`)
    expect(searchTokens(person('P1', ['Nabil', 'Abdel', 'Rahman']))).toEqual(['Nabil', 'Abdel', 'Rahman', 'AbdelRahman'])
  })

  it('does not search initials or particles alone', () => {
    // (nor joined into a name, nor a join that ends with a particle)
    expect(searchTokens(person('P1', ['James', 'A.', 'Boughner']))).toEqual(['James', 'Boughner'])
    expect(searchTokens(person('P1', ['Gomez', 'de', 'Olea']))).toEqual(['Gomez', 'Olea', 'deOlea'])
    expect(searchTokens(person('P1', ['Ibrahim', 'el-Meyet']))).toEqual(['Ibrahim', 'el-Meyet', 'Meyet'])
    expect(searchTokens(person('P1', ['Li', 'Qing']))).toEqual(['Li', 'Qing', 'LiQing'])
  })

  it('skips a token without letters', () => {
    expect(searchTokens(person('P1', ['007', 'Bond']))).toEqual(['Bond'])
  })

  it('searches accent-folded tokens, each once', () => {
    expect(searchTokens(person('P1', ['José', 'Fernández', 'Fernández']))).toEqual(['Jose', 'Fernandez'])
  })
})

describe('isSentenceStart', () => {
  /** `|` marks the offset. */
  const at = (marked: string): boolean => isSentenceStart(marked.replace('|', ''), marked.indexOf('|'))
  it.each([
    ['|He said', true],
    ['  |He said', true],
    ['He left. |He said', true],
    ['He left! |He said', true],
    ['He left? |He said', true],
    ['Subject: |He said', true],
    ['He left.\n|He said', true],
    ['He left. "|He said', true],
    ['He left. “|He said', true],
    ['He left. ‘|He said', true],
    ["He left. '|He said", true],
    ['He left. (|He said', true],
    ['He left. [|He said', true],
    ['last words\n\n|He said', true],
    ['last words\n  \n|He said', true],
    ['5. (C) |He said', true],
    ['(C) |He said so at length in a long meeting', true],
    ['5. (S//NF) |He said', true],
    ['5. (S/NF) |He said', true],
    ['5. (S // NF) |He said', true],
    ['5. (C//REL USA, GBR) |He said', true],
    ['5. (SBU) |He said', true],
    ['5. (LOU) |He said', true],
    ['5. (TS) |He said', true],
    ['5. (U) |He said', true],
    ['5. (s) |He said', true],
    ['-- |He said', true],
    ['text\n-- |He said', true],
    ['text\n- |He said', true],
    ['text -- |He said', true],
    ['met with |He Ye', false],
    ['met with\n|He Ye', false],
    ['met, |He said', false],
    ['met (|He said', false],
    ['a (CIA) |He said', false],
    ['a (X) |He said', false],
    ['a (C) of (aside) |He said', false],
    ['a (Cx) |He said', false],
    ['a (SBUC) |He said', false],
    ['a (C/1) |He said', false],
    ['well-- |He said', false],
    ['well- |He said', false],
    ['q-a- |He said', false],
    ['a) |He said', false],
  ])('%j → %j', (marked, expected) => {
    expect(at(marked)).toBe(expected)
  })
})

describe('findMentions: the name in all its forms', () => {
  it('finds nothing without entities, or without a searchable token', () => {
    expect(findMentions('Marcel Biato said.', [], [])).toEqual([])
    expect(findMentions('A. B. said.', [person('P1', ['A.', 'B.'])], [])).toEqual([])
  })

  it('finds the full name as one mention, and each token alone', () => {
    const text = 'Marcel Biato said. Later Biato left; Marcel stayed.'
    expect(mentions(text, [biato])).toEqual([
      ['Marcel Biato', 'name-mention', 'P1'],
      ['Biato', 'name-mention', 'P1'],
      ['Marcel', 'name-mention', 'P1'],
    ])
    const spans = findMentions(text, [biato], [])
    expect(spans[0]).toEqual({start: 0, end: 12, reason: 'name-mention', rule: 'name-mention', entity: 'P1'})
  })

  it('finds a full name broken across a line, or joined by a particle, as one mention', () => {
    expect(mentions('met Marcel\nBiato and', [biato])).toEqual([['Marcel\nBiato', 'name-mention', 'P1']])
    expect(mentions('met Marcel  Biato and', [biato])).toEqual([['Marcel  Biato', 'name-mention', 'P1']])
    expect(mentions('met Gomez de Olea and', [person('P1', ['Gomez', 'de', 'Olea'])])).toEqual([['Gomez de Olea', 'name-mention', 'P1']])
    expect(mentions('met Gomez DE Olea and', [person('P1', ['Gomez', 'de', 'Olea'])])).toEqual([['Gomez DE Olea', 'name-mention', 'P1']])
    expect(mentions('met Gomez  de Olea and', [person('P1', ['Gomez', 'de', 'Olea'])])).toEqual([['Gomez  de Olea', 'name-mention', 'P1']])
    const cruz = person('P1', ['Ana', 'Maria', 'de', 'la', 'Cruz'])
    expect(mentions('met Ana Maria de la Cruz and', [cruz])).toEqual([['Ana Maria de la Cruz', 'name-mention', 'P1']])
    expect(mentions('met Maria de\nla Cruz and', [cruz])).toEqual([['Maria de\nla Cruz', 'name-mention', 'P1']])
  })

  it('keeps tokens apart when something other than space or a particle stands between', () => {
    expect(mentions('Marcel, Biato', [biato])).toEqual([
      ['Marcel', 'name-mention', 'P1'],
      ['Biato', 'name-mention', 'P1'],
    ])
    expect(mentions('Marcel and Biato', [biato])).toEqual([
      ['Marcel', 'name-mention', 'P1'],
      ['Biato', 'name-mention', 'P1'],
    ])
    expect(mentions('Gomez dex Olea', [person('P1', ['Gomez', 'de', 'Olea'])])).toEqual([
      ['Gomez', 'name-mention', 'P1'],
      ['Olea', 'name-mention', 'P1'],
    ])
    expect(mentions('Gomez de\n\nx Olea', [person('P1', ['Gomez', 'de', 'Olea'])])).toEqual([
      ['Gomez', 'name-mention', 'P1'],
      ['Olea', 'name-mention', 'P1'],
    ])
  })

  it('does not join the names of two different people', () => {
    const text = 'met Biato Li yesterday'
    expect(mentions(text, [biato, person('P2', ['Li', 'Qing'])])).toEqual([
      ['Biato', 'name-mention', 'P1'],
      ['Li', 'name-mention', 'P2'],
    ])
  })

  it('finds upper case, possessives and the `,s` garble, without the suffix', () => {
    expect(mentions("BIATO SAID. Biato's view; Biato’s aide; Biato,s deputy", [biato])).toEqual([
      ['BIATO', 'name-mention', 'P1'],
      ['Biato', 'name-mention', 'P1'],
      ['Biato', 'name-mention', 'P1'],
      ['Biato', 'name-mention', 'P1'],
    ])
  })

  it("finds a name with an apostrophe in the `,` garble, and the garbled name written right (O'Brien)", () => {
    const obrien = person('P1', ['Seamus', "O'Brien"])
    expect(mentions("O,Brien said no; O'BRIEN left; O’Brien too", [obrien])).toEqual([
      ['O,Brien', 'name-mention', 'P1'],
      ["O'BRIEN", 'name-mention', 'P1'],
      ['O’Brien', 'name-mention', 'P1'],
    ])
  })

  it('finds a family by its name in the plural, not a short or common name with an s', () => {
    expect(mentions('The Saabs and Mrs. Saab agreed; the SAABS left.', [person('P1', ['Fadi', 'Saab'])])).toEqual([
      ['Saabs', 'name-mention', 'P1'],
      ['Saab', 'name-mention', 'P1'],
      ['SAABS', 'name-mention', 'P1'],
    ])
    // a common or three-letter name's plural capitalised only (`the Longs`, `the Kims`), none of two letters (`Yes`)
    const short = [person('P2', ['He', 'Ye']), person('P3', ['Li', 'Qing']), person('P4', ['Long', 'Tran']), person('P5', ['Kim', 'Jong-su'])]
    expect(mentions('Yes, Lis, Kims and Longs.', short)).toEqual([
      ['Kims', 'name-mention', 'P5'],
      ['Longs', 'name-mention', 'P4'],
    ])
    expect(mentions('yes, lis, kims and longs.', short)).toEqual([])
  })

  it('does not find a token inside a longer word or number', () => {
    const li = person('P1', ['Li', 'Qing'])
    expect(mentions('Lilly and Bali, Li2 and 2Li, Qingdao', [li])).toEqual([])
    expect(mentions('(Li) Qing.', [li])).toEqual([
      ['Li', 'name-mention', 'P1'],
      ['Qing', 'name-mention', 'P1'],
    ])
  })

  it('prefers the whole hyphenated token over its parts', () => {
    const ricard = person('P1', ['Jean-Francois', 'Ricard'])
    expect(mentions('Jean-Francois said; Jean and Francois too.', [ricard])).toEqual([
      ['Jean-Francois', 'name-mention', 'P1'],
      ['Jean', 'name-mention', 'P1'],
      ['Francois', 'name-mention', 'P1'],
    ])
  })

  it('prefers the longest token of any person', () => {
    const jean = person('P1', ['Jean', 'Quorn'])
    const jeanMarc = person('P2', ['Jean-Marc', 'Lu'])
    expect(mentions('Jean-Marc said; Jean Quorn too.', [jean, jeanMarc])).toEqual([
      ['Jean-Marc', 'name-mention', 'P2'],
      ['Jean Quorn', 'name-mention', 'P1'],
    ])
  })

  it('matches with or without accents, either way round', () => {
    expect(mentions('met Jose Fernandez', [person('P1', ['José', 'Fernández'])])).toEqual([['Jose Fernandez', 'name-mention', 'P1']])
    expect(mentions('met José Fernández', [person('P1', ['Jose', 'Fernandez'])])).toEqual([['José Fernández', 'name-mention', 'P1']])
  })

  it("matches either apostrophe in a name, and labels it", () => {
    const straight = person('P1', ["O'Brien"])
    const curly = person('P1', ['O’Brien'])
    expect(mentions("O’Brien and O'Brien", [straight])).toEqual([
      ['O’Brien', 'name-mention', 'P1'],
      ["O'Brien", 'name-mention', 'P1'],
    ])
    expect(mentions("O’Brien and O'Brien", [curly])).toEqual([
      ['O’Brien', 'name-mention', 'P1'],
      ["O'Brien", 'name-mention', 'P1'],
    ])
  })

  // Probes 47–54: each later spelling was released.
  it.each([
    [['Søren', 'Sørensen'], 'Sorensen; Soren; SØRENSEN; Soeren', ['Sorensen', 'Soren', 'SØRENSEN', 'Soeren']],
    [['Lech', 'Wałęsa'], 'Walesa; WALESA; WAŁĘSA', ['Walesa', 'WALESA', 'WAŁĘSA']],
    [['Jörg', 'Strauß'], 'Strauss; STRAUSS; Joerg; JORG; STRAUẞ', ['Strauss', 'STRAUSS', 'Joerg', 'JORG', 'STRAUẞ']],
    [['Jorg', 'Strauss'], 'Strauß; Jörg; JÖRG', ['Strauß', 'Jörg', 'JÖRG']],
    [['Đặng', 'Đinh', 'Quorn'], 'Dang; DINH; ĐẶNG', ['Dang', 'DINH', 'ĐẶNG']],
    [['Binali', 'Yıldırım'], 'Yildirim; YILDIRIM', ['Yildirim', 'YILDIRIM']],
    [['Binali', 'Yildirim'], 'Yıldırım; İnce', ['Yıldırım']],
    [['Nguyen', 'Dung'], 'Nguyễn; NGUYỄN; Dũng; Nguye\u0302\u0303n', ['Nguyễn', 'NGUYỄN', 'Dũng', 'Nguye\u0302\u0303n']],
    [['Nguyễn', 'Dũng'], 'Nguyen; NGUYEN; Dung', ['Nguyen', 'NGUYEN', 'Dung']],
    [['Jose', 'Nunez'], 'Nune\u0303z; Jose\u0301. JOSE\u0301', ['Nune\u0303z', 'Jose\u0301', 'JOSE\u0301']],
    [['Jose\u0301', 'Nun\u0303ez'], 'Jose; Núñez', ['Jose', 'Núñez']],
    [['Rohan', 'DʼSouza'], "D'Souza; D’SOUZA; D`Souza", ["D'Souza", 'D’SOUZA', 'D`Souza']],
    [['Rohan', "D'Souza"], 'DʼSouza; D´Souza', ['DʼSouza', 'D´Souza']],
    [['Ammar', 'al‐Hakim'], 'al-Hakim; Hakim; al‑Hakim', ['al-Hakim', 'Hakim', 'al‑Hakim']],
    [['Rami', 'Khouri'], 'Kho\u00aduri said', ['Kho\u00aduri']],
  ])('finds %j however a mention writes its letters', (tokens, text, found) => {
    expect(mentions(text, [person('P1', tokens)]).map(([written]) => written)).toEqual(found)
  })

  it('does not take a name out of a longer word joined by an accent or soft hyphen', () => {
    expect(mentions('Biato\u0301n a\u0301Biato Bi\u00adaton', [biato])).toEqual([])
  })

  it('labels `Strauß` and `Strauss` as the two people they are', () => {
    expect(mentions('Strauss and Strauß', [person('P1', ['Strauß']), person('P2', ['Strauss'])])).toEqual([
      ['Strauss', 'name-mention', 'P2'],
      ['Strauß', 'name-mention', 'P1'],
    ])
  })

  it('labels a long-s spelling of a name as that person', () => {
    expect(mentions('met ſun today', [person('P1', ['Sun', 'Quorn'])])).toEqual([['ſun', 'name-mention', 'P1']])
  })

  it('reads a token with a regular-expression character literally', () => {
    const entity = person('P1', ['St.Clair', 'Ro(ss'])
    expect(mentions('St.Clair and StxClair and Ro(ss', [entity])).toEqual([
      ['St.Clair', 'name-mention', 'P1'],
      ['Ro(ss', 'name-mention', 'P1'],
    ])
  })
})

describe('findMentions: a name token that is also a common word (seed 002, `He Ye`)', () => {
  const heYe = person('P1', ['He', 'Ye'])

  it('is not a mention in lower case', () => {
    expect(mentions('he said he would; ye olde', [heYe])).toEqual([])
  })

  it('is a mention where capitalised mid-sentence, and an ambiguous one at a sentence start', () => {
    expect(mentions('He said so. Later, He agreed.', [heYe])).toEqual([
      ['He', 'ambiguous-mention', 'P1', true],
      ['He', 'name-mention', 'P1'],
    ])
  })

  it('is ambiguous in capitals anywhere', () => {
    expect(mentions('a report by HE today', [heYe])).toEqual([['HE', 'ambiguous-mention', 'P1', true]])
  })

  it('a full name is a plain mention if any part is, ambiguous only if every part is', () => {
    expect(mentions('He Ye met us.', [heYe])).toEqual([['He Ye', 'name-mention', 'P1']])
    expect(mentions('met HE YE today', [heYe])).toEqual([['HE YE', 'ambiguous-mention', 'P1', true]])
  })

  it('a common-word token does not make a name that is not a common word ambiguous', () => {
    expect(mentions('Biato said.', [biato])).toEqual([['Biato', 'name-mention', 'P1']])
  })
})

describe('findMentions: two people who share a token', () => {
  const first = person('P1', ['Pedro', 'Biabiabia'])
  const second = person('P2', ['Pedro', 'Biabia'])

  it('gives a lone shared token to the first person, and a full name to the person it names', () => {
    expect(mentions('Pedro Biabia met Pedro; Biabiabia and Pedro Biabiabia.', [first, second])).toEqual([
      ['Pedro Biabia', 'name-mention', 'P2'],
      ['Pedro', 'name-mention', 'P1'],
      ['Biabiabia', 'name-mention', 'P1'],
      ['Pedro Biabiabia', 'name-mention', 'P1'],
    ])
  })

  it('keeps the choice made by a full name for the next token of it', () => {
    // `Pedro Biabia Pedro`: the joined mention belongs to P2 only, so a following `Pedro` (P1 and P2) still joins it.
    expect(mentions('met Pedro Biabia Pedro today', [first, second])).toEqual([['Pedro Biabia Pedro', 'name-mention', 'P2']])
    // but a token of the other person alone does not join a full name of this one
    expect(mentions('met Pedro Biabia Biabiabia today', [first, second])).toEqual([
      ['Pedro Biabia', 'name-mention', 'P2'],
      ['Biabiabia', 'name-mention', 'P1'],
    ])
  })
})

describe("the particles of a person's own name before a mention", () => {
  it('are taken with it (a particle is never searched alone)', () => {
    expect(mentions('Later Le Pen and Van der Berg and Abu Rami spoke.', [person('P1', ['Jean-Marie', 'Le', 'Pen']), person('P2', ['Pieter', 'van', 'der', 'Berg']), person('P3', ['Abu', 'Rami'])])).toEqual([
      ['Le Pen', 'name-mention', 'P1'],
      ['Van der Berg', 'name-mention', 'P2'],
      ['Abu Rami', 'name-mention', 'P3'],
    ])
  })

  it("but not a particle that is not the person's (`de Souza` of another family)", () => {
    expect(mentions('Later de Berg spoke.', [person('P1', ['Pieter', 'van', 'der', 'Berg'])])).toEqual([['Berg', 'name-mention', 'P1']])
  })
})
