/**
 * Who a protect marker protects (`src/redact/entities.ts`): each word list the name reader
 * relies on, word by word, and the edges of the reader (titles, particles, page breaks,
 * appositions, sentences). Companion to entities.test.ts, which holds the corpus-shaped cases.
 */
import {describe, expect, it} from 'vitest'
import {findEntities, sentenceAround} from '../../../src/redact/entities.js'
import {findMentions} from '../../../src/redact/mentions.js'
import type {Entity} from '../../../src/redact/entities.js'
import type {Position, ProtectMarker, Root} from '../../../src/syntax/types.js'
import {buildTree} from './build-tree.js'

/** Each marker of `text` as the name text, `placeholder`, or `unnamed: <sentence>`. */
function resolve(text: string): string[] {
  return findEntities(text, buildTree(text)).resolutions.map((resolution) => {
    if (resolution.kind === 'named') return text.slice(resolution.name.start, resolution.name.end)
    if (resolution.kind === 'placeholder') return 'placeholder'
    return `unnamed: ${text.slice(resolution.sentence.start, resolution.sentence.end)}`
  })
}

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

describe('titles before a name are stripped and recorded', () => {
  const titles = (
    'professor prof dr doctor mr mrs ms miss madame mme madam monsieur sir dame lord lady sheikh shaykh sheik imam ' +
    'mullah ayatollah hojjatoleslam father sister brother reverend rev bishop archbishop cardinal monsignor rabbi ' +
    'general gen colonel col major maj captain capt lieutenant lt admiral adm commander judge justice senator sen ' +
    'deputy congressman congresswoman representative governor vice minister ambassador amb director president ' +
    'chairman chairwoman chair secretary mayor prosecutor attorney consul counselor counsellor prince princess king ' +
    'queen emir sultan chief head manager officer member editor advisor adviser spokesman spokeswoman spokesperson ' +
    'leader coordinator commissioner undersecretary excellency honorable hon dean rector engineer eng gm ceo vp dcm ' +
    'mp charge chargé envoy deputies assistant executive founder partner analyst economist journalist lawyer ' +
    'businessman businesswoman veterinarian poloff econoff emboff congenoff polcouns amcit permrep treasurer ' +
    'assessor brigadier dg syg stringer scholar dissident lobbyist expatriate'
  ).split(' ')
  it.each(titles)('%s', (title) => {
    const text = `1. (C) We met ${capital(title)} Xavier Quorn (protect) today.`
    // `Emir Kusturica`, `Dean Barkley`, `Sultan Al Jaber`: these may be the given name, and are searched as one.
    if (['emir', 'sultan', 'dean', 'prince'].includes(title)) {
      expect(resolve(text)).toEqual([`${capital(title)} Xavier Quorn`])
      return
    }
    expect(resolve(text)).toEqual(['Xavier Quorn'])
    expect(findEntities(text, buildTree(text)).entities[0]?.titles).toEqual([title])
  })

  it('records a title written with a dot, and several titles as one', () => {
    const text = '1. (C) We met Vice Governor Dr. Xavier Quorn (protect) today.'
    expect(resolve(text)).toEqual(['Xavier Quorn'])
    expect(findEntities(text, buildTree(text)).entities[0]?.titles).toEqual(['vice governor dr'])
    // `Gov.` is not a listed title: the titles recorded stop there
    const short = '1. (C) We met Gov. Dr. Xavier Quorn (protect) today.'
    expect(findEntities(short, buildTree(short)).entities[0]?.titles).toEqual(['dr'])
  })
})

describe('capitalised words that are not names end the name', () => {
  const words = (
    'the a an this these those that our his her their its my your and or but of for in on at to by with from as ' +
    'per according after before during when while if since also both they we separately meanwhile however summary ' +
    'comment note end subject ref reftel embassy consulate ministry mfa government university academy institute ' +
    'foundation council committee party department office unit group team company corporation corp bank ' +
    'association federation society commission agency bureau center centre union board court assembly parliament ' +
    'congress senate police army force forces security policy affairs international national relations ' +
    'integration political economic social science sciences development public foreign state province provincial ' +
    'city republic senior former acting special permanent first second third country regional strategy planning ' +
    'finance health human rights federal contact contacts source sources official officials victim january ' +
    'february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday post embassies mission delegation usdel poloffs econoffs staff staffer aide ' +
    'ngo division section program programme project fund ltd inc co llc limited chancellery united states ' +
    'kingdom see holy'
  ).split(' ')
  it.each(words)('%s', (word) => {
    const text = `1. (C) We met ${capital(word)} Xavier Quorn (protect) today.`
    // `The Xavier Quorn`, `in Xavier Quorn`: a group or a place, so nobody is named (fail closed).
    // `May Chidiac`, `June Carter`, `Sunday Ehindero`: these may be a given name, and are read as one.
    const given = ['may', 'june', 'sunday'].includes(word) ? `${capital(word)} Xavier Quorn` : 'Xavier Quorn'
    // `To Van Minh`, `An Jung-geun`: a function word capitalised after a lower-case word opens the name.
    const surname = ['to', 'an', 'do', 'so'].includes(word) ? `${capital(word)} Xavier Quorn` : given
    // After `in` a place; after `the` an office's noun or a full name, read as the name (fail closed).
    const expected = word === 'in' ? `unnamed: We met ${capital(word)} Xavier Quorn (protect) today.` : surname
    expect(resolve(text)).toEqual([expected])
  })
})

describe('lower-case particles inside a name are part of it', () => {
  const particles = 'de da di du des del della dos das do van von der den ter al el bin ibn ben abu la le y zu'.split(' ')
  it.each(particles)('%s', (particle) => {
    expect(resolve(`1. (C) We met Gomez ${particle} Olea (protect) today.`)).toEqual([`Gomez ${particle} Olea`])
  })
})

describe('a name opening with a common Chinese surname is surname-first', () => {
  const surnames = (
    'li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai wei ding niu guan su ye lu du shen fang bai ' +
    'qin jin yan kong mao qiu wen zhong'
  ).split(' ')
  it.each(surnames)('%s', (surname) => {
    const text = `1. (C) We met ${capital(surname)} Qiliang (protect) today.`
    const entity = findEntities(text, buildTree(text)).entities[0]
    expect(entity?.tokens).toEqual([capital(surname), 'Qiliang'])
    expect(entity?.surnameIndex).toBe(0)
  })

  it('for two or three tokens only; otherwise the surname is last', () => {
    const surname = (text: string): string | undefined => {
      const entity = findEntities(text, buildTree(text)).entities[0]
      return entity?.tokens[entity.surnameIndex]
    }
    expect(surname('1. (C) We met Wang Qi Liang (protect) today.')).toBe('Wang')
    expect(surname('1. (C) We met Wang Qi Liang Bo (protect) today.')).toBe('Bo')
    expect(surname('1. (C) We met Marcel Biato (protect) today.')).toBe('Biato')
    expect(surname('1. (C) We met Biato (protect) today.')).toBe('Biato')
  })
})

describe('an apposition between the name and the marker', () => {
  const openers = 'a an the his her its their who whose scion owner expert official rep former'.split(' ')
  it.each(openers)(', %s …', (opener) => {
    expect(resolve(`1. (C) Xavier Quorn, ${opener} critic (protect), said so.`)).toEqual(['Xavier Quorn'])
  })

  it('opens with a title too', () => {
    expect(resolve('1. (C) Xavier Quorn, director of the region (protect), said so.')).toEqual(['Xavier Quorn'])
  })

  it('does not open with any other lower-case word: nobody is named', () => {
    expect(resolve('1. (C) Xavier Quorn, said critic (protect), so.')).toEqual(['unnamed: Xavier Quorn, said critic (protect), so.'])
  })
})

describe('a name token that is also a common word is not a mention in lower case', () => {
  const words = (
    'he ye an so on in to by or as us me we it my no lee hope she her him his you our can will may must might june ' +
    'april august march summer summers winter spring day night sunday long young old new good best rich strong ' +
    'small little short wise noble black white brown green gray grey gold golden sharp bright hardy fair free glad ' +
    'gay kind low high west east north south far near ma page drew bill mark rose grace joy faith art bob dean ' +
    'frank guy jack ray rob sue pat chase cook baker miller smith taylor turner walker hunter carter mason porter ' +
    'parker fisher cooper ward wood woods hill hall king lord bishop price bush rice reed stone field fields bell ' +
    'banks park church ford lane house marsh moon star sun wolf fox bird crane swan nash major judge dong sing tan ' +
    'bay chance case cash gain hand love mills nice sharif welcome winner worth yang ha ban ho'
  ).split(' ')
  it.each(words)('%s', (word) => {
    const entity: Entity = {label: 'P1', tokens: [capital(word), 'Quorn'], surnameIndex: 1, titles: [], markers: [], names: []}
    expect(findMentions(`so we saw ${word} there`, [entity], [])).toEqual([])
  })
})

/** A tree whose only children are the markers of `text` (as in a cable the parser could not structure). */
function bareTree(text: string): Root {
  const point = (offset: number): Position['start'] => ({line: 1, column: 1, offset})
  const children: ProtectMarker[] = [...text.matchAll(/\([^()]*protect[^()]*\)/gi)].map((match) => ({
    type: 'protectMarker',
    raw: match[0],
    form: match[0].slice(1, -1).toLowerCase(),
    position: {start: point(match.index), end: point(match.index + match[0].length)},
  }))
  return {type: 'root', children, format: 'plain', partialExtract: false, diagnostics: [], position: {start: point(0), end: point(text.length)}}
}

/** The spans of `text` as `[text, reason, entity]`. */
function spans(text: string, tree: Root = buildTree(text)): Array<[string, string, string | undefined]> {
  return findEntities(text, tree).spans.map((span) => [text.slice(span.start, span.end), span.reason, span.entity])
}

describe('the name run', () => {
  it('keeps at most five name words, particles not counted', () => {
    expect(resolve('1. (C) We met Aa Bb Cc Dd Ee Ff (protect) today.')).toEqual(['Bb Cc Dd Ee Ff'])
    expect(resolve('1. (C) We met Ahmed Mohammed Ali Hassan Saleh (protect) today.')).toEqual(['Ahmed Mohammed Ali Hassan Saleh'])
    expect(resolve('1. (C) We met Ana Maria de la Cruz Ruiz (protect) today.')).toEqual(['Ana Maria de la Cruz Ruiz'])
    expect(resolve('1. (C) We met Aa Bb Cc de Dd (protect) today.')).toEqual(['Aa Bb Cc de Dd'])
  })

  it('keeps given names before two particles (`de la`, `van der`): none of the name is left before the marker', () => {
    expect(resolve('1. (C) We met Ana Maria de la Cruz (protect) today.')).toEqual(['Ana Maria de la Cruz'])
    expect(resolve('1. (C) We met Pedro van der Berg (protect) today.')).toEqual(['Pedro van der Berg'])
    expect(resolve('1. (C) We met the De la Cruz (protect) today.')).toEqual(['unnamed: We met the De la Cruz (protect) today.'])
    expect(resolve('1. (C) We met with De la Cruz (protect) today.')).toEqual(['De la Cruz'])
    expect(resolve('1. (C) We met with de la Cruz (protect) today.')).toEqual(['Cruz'])
  })

  it('starts at the first token of the text', () => {
    expect(resolve('Xavier Quorn (protect) said so.')).toEqual(['Xavier Quorn'])
    expect(resolve('de Olea (protect) said so.')).toEqual(['Olea'])
  })

  it('takes a lower-case particle only between name words', () => {
    expect(resolve('1. (C) We met de Olea (protect) today.')).toEqual(['Olea'])
    expect(resolve('1. (C) We met Olea de (protect) today.')).toEqual(['unnamed: We met Olea de (protect) today.'])
    expect(resolve('1. (C) We met De Gooijer (protect) today.')).toEqual(['De Gooijer'])
    expect(resolve('1. (C) We met vonLemden (protect) today.')).toEqual(['vonLemden'])
    expect(resolve('1. (C) We met al-Qadhafi (protect) today.')).toEqual(['al-Qadhafi'])
  })

  it('is not a lower-case word, a number or an acronym in mixed-case text', () => {
    expect(resolve('1. (C) We met quorn (protect) today.')).toEqual(['unnamed: We met quorn (protect) today.'])
    expect(resolve('1. (C) We met Quorn2 (protect) today.')).toEqual(['unnamed: We met Quorn2 (protect) today.'])
  })

  it('reads a name with a dash before the marker as the name, and withholds the sentence too', () => {
    const text = '1. (C) Xavier Quorn - (protect) said. Quorn left.'
    expect(resolve(text)).toEqual(['Xavier Quorn'])
    expect(spans(text)).toEqual([
      ['Xavier Quorn - (protect) said.', 'unnamed-protected-source', undefined],
      ['Xavier Quorn', 'protected-name', 'P1'],
    ])
    expect(resolve('1. (C) Xavier Quorn -- (strictly protect) -- said.')).toEqual(['Xavier Quorn'])
  })

  it('reads a capitals word right before the marker in mixed-case text as the name, and withholds the sentence too', () => {
    // A surname in capitals (`Pierre DUPONT`) or an acronym (`UNHCR`): both readings are kept.
    const text = '1. (C) The talks ended and BOURDON (protect) replied. Bourdon left.'
    expect(resolve(text)).toEqual(['BOURDON'])
    expect(spans(text)).toEqual([
      ['The talks ended and BOURDON (protect) replied.', 'unnamed-protected-source', undefined],
      ['BOURDON', 'protected-name', 'P1'],
    ])
    expect(resolve('1. (C) The chief of staff, Pierre DUPONT (please protect), said so.')).toEqual(['Pierre DUPONT'])
    expect(resolve('BOURDON (PROTECT) REPLIED.')).toEqual(['BOURDON'])
    expect(resolve('1. (C) aBCDEFGHI, BOURDON (PROTECT) REPLIED.')).toEqual(['BOURDON'])
    // Only right before the marker: further in, a capitals word of six letters or more stays an acronym.
    expect(resolve('1. (C) We met UNESCO Xavier Quorn (protect) today.')).toEqual(['Xavier Quorn'])
  })

  it('takes one capitals nickname of two to five letters before the name, not an organisation', () => {
    expect(resolve('1. (C) We met the IMF ACM Neto (protect) today.')).toEqual(['ACM Neto'])
    // Six letters or more before a name of two words stays an acronym; before one given name it
    // is the surname written first (`DUPONTEL Pierre`).
    expect(resolve('1. (C) We met ABCDEF Xavier Neto (protect) today.')).toEqual(['Xavier Neto'])
    expect(resolve('1. (C) We met ABCDEF Neto (protect) today.')).toEqual(['ABCDEF Neto'])
    expect(resolve('1. (C) We met MFA Neto (protect) today.')).toEqual(['Neto'])
    expect(resolve('1. (C) We met AB Neto (protect) today.')).toEqual(['AB Neto'])
    expect(resolve('1. (C) We met ABCDE Neto (protect) today.')).toEqual(['ABCDE Neto'])
  })

  it('ends at a possessive, which is not part of the name', () => {
    expect(resolve("1. (C) At Luigi Maccotta's (protect) house.")).toEqual(['Luigi Maccotta'])
    expect(resolve("1. (C) At the company's (protect) house, Quorn said.")).toEqual([
      "unnamed: At the company's (protect) house, Quorn said.",
    ])
    expect(resolve("1. (C) At Luigi Maccotta's Xavier (protect) house.")).toEqual(['Xavier'])
  })
})

describe('telegram upper case', () => {
  it('reads an upper-case name where the text before it is upper case', () => {
    expect(resolve('1. (C) MET WITH LAKHDAR BRAHIMI (PROTECT) TODAY.')).toEqual(['LAKHDAR BRAHIMI'])
    // a few lower-case letters (under a tenth) still count as upper-case text
    expect(resolve('1. (C) MET WITH THE FORMER PM, BOURDON (PROTECT) today.')).toEqual(['BOURDON'])
    expect(resolve('1. (C) aa MET WITH THE MINISTER, BOURDON (PROTECT) TODAY.')).toEqual(['BOURDON'])
  })

  it('reads only the last 120 characters before the name', () => {
    const mixed = 'the talks went on and on for a long time, and nobody said anything of note at all. '
    const upper = 'THE TALKS WENT ON AND ON FOR A LONG TIME, AND NOBODY SAID ANYTHING OF NOTE AT ALL, SO WE LEFT THE ROOM AND THEN LATER WE MET WITH '
    expect(resolve(`1. (C) ${mixed}${upper}BOURDON (PROTECT) LATER.`)).toEqual(['BOURDON'])
  })

  it('a lower-case share of a tenth or more is mixed-case text', () => {
    // 9 lower-case letters of 60: the upper-case word may then be an acronym, so its sentence is withheld too
    const mixed = '1. (C) abcdefghi MET WITH THE MINISTERS AND THEIR AIDES, BOURDON (PROTECT) TODAY.'
    expect(spans(mixed).map(([, reason]) => reason)).toEqual(['unnamed-protected-source', 'protected-name'])
    const upper = '1. (C) aa MET WITH THE MINISTER, BOURDON (PROTECT) TODAY.'
    expect(spans(upper).map(([, reason]) => reason)).toEqual(['protected-name'])
  })
})

describe('asides between the name and the marker', () => {
  it('skips commas and balanced parentheses', () => {
    expect(resolve('1. (C) We met Xavier Quorn, (protect) today.')).toEqual(['Xavier Quorn'])
    expect(resolve('1. (C) We met Xavier Quorn (PMDB (ex-PT), Recife) (protect) today.')).toEqual(['Xavier Quorn'])
    expect(resolve('1. (C) We met Xavier Quorn (PMDB), (Recife) (protect) today.')).toEqual(['Xavier Quorn'])
  })

  it('does not skip an unbalanced parenthesis or a very long aside', () => {
    expect(resolve('1. (C) We met Xavier Quorn) (protect) today.')).toEqual(['unnamed: We met Xavier Quorn) (protect) today.'])
    // the `(` 40 tokens before the `)`: too far
    const aside = Array.from({length: 39}, (_, index) => `w${index}`).join(' ')
    expect(resolve(`1. (C) We met Xavier Quorn (${aside}) (protect) today.`)).toEqual([
      `unnamed: We met Xavier Quorn (${aside}) (protect) today.`,
    ])
    const shorter = Array.from({length: 38}, (_, index) => `w${index}`).join(' ')
    expect(resolve(`1. (C) We met Xavier Quorn (${shorter}) (protect) today.`)).toEqual(['Xavier Quorn'])
  })
})

describe('the name before an apposition', () => {
  it.each([
    ['1. (C) Xavier Quorn - the critic (protect), said so.', 'Xavier Quorn'],
    ['1. (C) Xavier Quorn -- the critic (protect), said so.', 'Xavier Quorn'],
    ['1. (C) Xavier Quorn – the critic (protect), said so.', 'Xavier Quorn'],
    ['1. (C) Xavier Quorn — the critic (protect), said so.', 'Xavier Quorn'],
    ['1. (C) Xavier Quorn —— the critic (protect), said so.', 'Xavier Quorn'],
    ["1. (C) Xavier Quorn, Amnesty's critic (protect), said so.", 'Xavier Quorn'],
    ["1. (C) Xavier Quorn, somebody's critic (protect), said so.", 'Xavier Quorn'],
    ['1. (C) Xavier Quorn, Amnesty critic (protect), said so.', 'Xavier Quorn'],
    ['1. (C) [REDACTED], the critic (protect), said so.', 'placeholder'],
    ['1. (C) Xavier Quorn, [REDACTED] critic (protect), said so.', 'Xavier Quorn'],
    ['1. (C) Hossam Bahgat, spokesman for Amnesty (protect), said.', 'Hossam Bahgat'],
    ['1. (C) We met the head of Xavier Quorn (protect) today.', 'Xavier Quorn'],
  ])('%j → %j', (text, expected) => {
    expect(resolve(text)).toEqual([expected])
  })

  it('is not looked for across a sentence end or a non-apposition comma', () => {
    expect(resolve('1. (C) Xavier Quorn left. The critic (protect) said so.')).toEqual(['unnamed: The critic (protect) said so.'])
    expect(resolve('1. (C) Xavier Quorn; the critic (protect) said so.')).toEqual(['unnamed: Xavier Quorn; the critic (protect) said so.'])
    expect(resolve('1. (C) Xavier Quorn, (aside) critic (protect) said so.')).toEqual([
      'unnamed: Xavier Quorn, (aside) critic (protect) said so.',
    ])
  })

  it('is looked for within sixty tokens of the marker', () => {
    const words = (count: number): string => Array.from({length: count}, () => 'very').join(' ')
    // the comma is 59 tokens before the last one, then 60
    expect(resolve(`1. (C) Xavier Quorn, the ${words(57)} critic (protect) said so.`)).toEqual(['Xavier Quorn'])
    expect(resolve(`1. (C) Xavier Quorn, the ${words(58)} critic (protect) said so.`)).toEqual([
      `unnamed: Xavier Quorn, the ${words(58)} critic (protect) said so.`,
    ])
  })

  it('a place or a group after `in`/`the` is not the person', () => {
    expect(resolve('1. (C) Our man in Pretoria (please protect) said so.')).toEqual(['unnamed: Our man in Pretoria (please protect) said so.'])
    expect(resolve('1. (C) Xavier Quorn, the man in Pretoria (please protect) said so.')).toEqual(['Xavier Quorn'])
  })
})

describe('sentenceAround', () => {
  /** The sentence around the `|…|` part of `marked`, within the whole text. */
  const around = (marked: string): string => {
    const start = marked.indexOf('|')
    const end = marked.indexOf('|', start + 1) - 1
    const text = marked.replaceAll('|', '')
    const range = sentenceAround(text, start, end, {start: 0, end: text.length})
    return text.slice(range.start, range.end)
  }
  it.each([
    ['First one. Second |one| here. Third.', 'Second one here.'],
    ['First one! Second |one| here? Third.', 'Second one here?'],
    ['|First| one. Second.', 'First one.'],
    ['We met Dr. Quorn who |said| so. Next.', 'We met Dr. Quorn who said so.'],
    ['We met Mr. Quorn who |said| so. Next.', 'We met Mr. Quorn who said so.'],
    ['James A. Boughner |said| so. Next.', 'James A. Boughner said so.'],
    ['We met Sen. Quorn who |said| so. Next.', 'We met Sen. Quorn who said so.'],
    ['He said "go." Then |he| left. Next.', 'Then he left.'],
    ['He said (go.) Then |he| left. Next.', 'Then he left.'],
    ['Ten gallons. Then |he| left. Next.', 'Then he left.'],
    ['one\n\ntwo |three| four', 'two three four'],
    ['one\n \t\ntwo |three| four', 'two three four'],
    ['one\ntwo |three| four', 'one\ntwo three four'],
    ['two |three| four\n\nfive', 'two three four'],
    ['two |three| four\r\n\r\nfive', 'two three four'],
    ['two |three| four\n  \nfive', 'two three four'],
    ['two |three| four\nfive', 'two three four\nfive'],
    ['  two |three| four.  ', 'two three four.'],
    ['It ended.\tThen |he| left.', 'Then he left.'],
    ['Dr. Ng left. Then |he| left.', 'Then he left.'],
    ['Mr. |Quorn| left.', 'Mr. Quorn left.'],
  ])('%j → %j', (marked, expected) => {
    expect(around(marked)).toBe(expected)
  })

  it('stays within its bounds', () => {
    const text = 'aaa bbb ccc ddd'
    expect(sentenceAround(text, 8, 11, {start: 4, end: 11})).toEqual({start: 4, end: 11})
    expect(sentenceAround(text, 8, 11, {start: 4, end: 13})).toEqual({start: 4, end: 13})
  })

  it('gives an empty range for a blank one, never an inverted one', () => {
    expect(sentenceAround('    x', 1, 2, {start: 0, end: 3})).toEqual({start: 3, end: 3})
  })

  it('looks back only a few characters for an abbreviation', () => {
    // `Dr.` ends no sentence; a dot twelve characters after an abbreviation does.
    expect(around('It was late at night. Then |he| left.')).toBe('Then he left.')
    expect(around('Dr. Quorn left here. Then |he| left.')).toBe('Then he left.')
  })
})

describe('a marker that names nobody withholds its sentence', () => {
  it('and the sentence before, when it opens its sentence', () => {
    expect(resolve('1. (C) One. Two said it. (PROTECT) Three.')).toEqual(['unnamed: Two said it. (PROTECT) Three.'])
    expect(resolve('(PROTECT) Three.')).toEqual(['unnamed: (PROTECT) Three.'])
  })

  it('reads the text between blank lines when the marker is not inside a portion', () => {
    const text = 'First block.\n\nThese contacts (protect) said so. More.\n\nLast block.'
    expect(resolve(text)).toEqual(['unnamed: These contacts (protect) said so.'])
    const tree = bareTree(text)
    expect(findEntities(text, tree).resolutions.map((resolution) => resolution.kind)).toEqual(['unnamed'])
    expect(spans(text, tree)).toEqual([['These contacts (protect) said so.', 'unnamed-protected-source', undefined]])
    const named = 'First block.\n\nWe met Xavier Quorn (protect) today.\n\nLast block.'
    expect(spans(named, bareTree(named))).toEqual([['Xavier Quorn', 'protected-name', 'P1']])
  })

  it('reads at most 600 characters around a marker outside any portion', () => {
    const filler = 'word '.repeat(130)
    const text = `Xavier Quorn. ${filler}these contacts (protect) said so ${filler}end`
    const [span] = findEntities(text, bareTree(text)).spans
    expect(span?.reason).toBe('unnamed-protected-source')
    // no sentence end and no blank line near: the 600 characters either side, from word to word
    const marker = text.indexOf('(protect)')
    expect(span?.start).toBe(marker - 600)
    expect(span?.end).toBe(marker + '(protect)'.length + 600)
    expect(text.slice(0, span?.start)).toMatch(/ $/)
  })
})

describe('one person, several markers', () => {
  it('keeps the name as first written, and takes a longer one when it comes', () => {
    const text = '1. (C) Biato (protect) said.\n\n2. (C) Marcel Biato (protect) agreed.\n\n3. (C) Biato Marcel (protect) left.'
    const {entities, resolutions} = findEntities(text, buildTree(text))
    expect(entities.map((entity) => [entity.label, entity.tokens, entity.surnameIndex, entity.markers])).toEqual([
      ['P1', ['Marcel', 'Biato'], 1, [text.indexOf('(protect)'), text.indexOf('(protect) agreed'), text.indexOf('(protect) left')]],
    ])
    expect(entities[0]?.names.map((range) => text.slice(range.start, range.end))).toEqual(['Biato', 'Marcel Biato', 'Biato Marcel'])
    expect(resolutions.map((resolution) => (resolution.kind === 'named' ? resolution.entity : resolution.kind))).toEqual(['P1', 'P1', 'P1'])
  })

  it('takes a surname-first order from the longer name', () => {
    const text = '1. (C) Qiliang (protect) said.\n\n2. (C) Wang Qiliang (protect) agreed.'
    const [entity] = findEntities(text, buildTree(text)).entities
    expect(entity?.tokens[entity.surnameIndex]).toBe('Wang')
  })

  it('records each title once', () => {
    const text = '1. (C) Dr. Biato (protect) said.\n\n2. (C) Dr. Marcel Biato (protect) agreed.\n\n3. (C) Professor Biato (protect) left.'
    expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.titles)).toEqual([['dr', 'professor']])
  })

  it('tells apart people who share no name word, ignoring particles', () => {
    const text = '1. (C) Gomez de Olea (protect) said.\n\n2. (C) Pedro de Souza (protect) agreed.\n\n3. (C) Olea (protect) left.'
    const {entities} = findEntities(text, buildTree(text))
    expect(entities.map((entity) => [entity.label, entity.markers.length])).toEqual([
      ['P1', 2],
      ['P2', 1],
    ])
  })
})

describe('a name split by a page-continuation line', () => {
  it('is withheld token by token, so the page line stays', () => {
    const text = '2. (C) We met Peter\nTRIPOLI 00000924  003 OF 003\nThompson (strictly protect) today.'
    expect(resolve(text)).toEqual(['Peter\nTRIPOLI 00000924  003 OF 003\nThompson'])
    expect(spans(text)).toEqual([
      ['Peter', 'protected-name', 'P1'],
      ['Thompson', 'protected-name', 'P1'],
    ])
  })

  it('a page line elsewhere changes nothing', () => {
    const text =
      '1. (C) Some text\nTRIPOLI 00000924  002 OF 003\nmore text.\n\n2. (C) We met Peter Thompson (strictly protect) today.\n\n3. (C) Later\nTRIPOLI 00000924  003 OF 003\ntext.'
    expect(spans(text)).toEqual([['Peter Thompson', 'protected-name', 'P1']])
  })
})

describe('what the marker says', () => {
  it('`both`: the person before `and` too', () => {
    const text = '2. (C) Maria Munoz AND Mery Gorzon (strictly protect both) spoke.'
    expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.tokens)).toEqual([
      ['Mery', 'Gorzon'],
      ['Maria', 'Munoz'],
    ])
    expect(spans(text)).toEqual([
      ['Mery Gorzon', 'protected-name', 'P1'],
      ['Maria Munoz', 'protected-name', 'P2'],
    ])
  })

  it('nobody before `and`, or the list after the marker, names one person', () => {
    for (const text of ['2. (C) The others and Mery Gorzon (strictly protect both) spoke.', '2. (C) Mery Gorzon (strictly protect) and Maria Munoz spoke.']) {
      expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.tokens)).toEqual([['Mery', 'Gorzon']])
    }
  })

  it('every person of a list that ends at the marker, whatever the marker says (fail closed)', () => {
    for (const text of [
      '2. (C) Maria Munoz, Mery Gorzon (strictly protect both) spoke.',
      '2. (C) Maria Munoz and Mery Gorzon (strictly protect) spoke.',
      '2. (C) Maria Munoz & Dr. Mery Gorzon (protect) spoke.',
    ]) {
      expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.tokens)).toEqual([['Mery', 'Gorzon'], ['Maria', 'Munoz']])
    }
    const three = '2. (C) Ali Hamdan, Omar Saleh, and Fadi Nasr (all strictly protect) spoke.'
    expect(findEntities(three, buildTree(three)).entities.map((entity) => entity.tokens)).toEqual([['Fadi', 'Nasr'], ['Omar', 'Saleh'], ['Ali', 'Hamdan']])
  })

  it('`this reference`: the sentence too', () => {
    const text = '2. (C) One. Xavier Quorn (strictly protect this reference) said so. Two.'
    expect(spans(text)).toEqual([
      ['Xavier Quorn (strictly protect this reference) said so.', 'unnamed-protected-source', undefined],
      ['Xavier Quorn', 'protected-name', 'P1'],
    ])
  })

  it('`this paragraph`: the whole portion too', () => {
    const text = '2. (C) One. Xavier Quorn (please PROTECT for comments in this paragraph) said so. Two.  '
    expect(spans(text)).toEqual([
      ['One. Xavier Quorn (please PROTECT for comments in this paragraph) said so. Two.', 'unnamed-protected-source', undefined],
      ['Xavier Quorn', 'protected-name', 'P1'],
    ])
  })

  it('only the named person otherwise', () => {
    const text = '2. (C) One. Xavier Quorn (strictly protect, these references) said so. Two.'
    expect(spans(text)).toEqual([['Xavier Quorn', 'protected-name', 'P1']])
  })
})

describe('edges of the name reader', () => {
  it.each([
    // one nickname only, even when two acronyms stand before the name
    ['1. (C) We met IMF UN Quorn (protect) today.', 'UN Quorn'],
    ["1. (C) We met Pat O'Sullivan (protect) today.", "Pat O'Sullivan"],
    ['1. (C) We met eBay Quorn (protect) today.', 'Quorn'],
    ['1. (C) We met real-Madrid Quorn (protect) today.', 'Quorn'],
    ['1. (C) We met Xavier quorn de Olea (protect) today.', 'Olea'],
    ['1. (C) . Xavier Quorn (protect) said.', 'Xavier Quorn'],
    ['1. (C) MET WITH [REDACTED] BOURDON (PROTECT) TODAY.', 'BOURDON'],
    ['1. (C) MET WITH XXXXXXXXXXXX BOURDON (PROTECT) TODAY.', 'BOURDON'],
    ['1. (C) Xavier Quorn, a critic) (protect) said.', 'Xavier Quorn'],
    ['1. (C) Xavier Quorn of local fame (protect) said.', 'Xavier Quorn'],
    ['1. (C) We met Xavier Quorn of Amnesty (protect) today.', 'Xavier Quorn'],
    ['1. (C) Xavier Quorn, a critic met Zed Amos (protect) today.', 'Zed Amos'],
  ])('%j → %j', (text, expected) => {
    expect(resolve(text)).toEqual([expected])
  })

  it.each([
    // a word of a script without case is not read as a name, even in upper-case text
    '1. (C) WE MET 王力 (PROTECT) TODAY.',
    "1. (C) We met Quorn aide's (protect) friend.",
    '1. (C) We met Xavier Quorn. (protect) Then.',
    '(Xavier Quorn, a critic) (protect) said.',
    '1. (C) Xavier Quorn, eBay critic (protect) said.',
    '1. (C) Xavier Quorn, a critic. The critic (protect) said so.',
    '1. (C) Xavier Quorn / the critic (protect) said so.',
    '1. (C) , the critic (protect) said.',
  ])('%j names nobody', (text) => {
    expect(resolve(text)[0]).toMatch(/^unnamed: /)
  })

  it('keeps the bare surname of a possessive as the name word', () => {
    const text = "1. (C) At Luigi Maccotta's (protect) house."
    expect(findEntities(text, buildTree(text)).entities[0]?.tokens).toEqual(['Luigi', 'Maccotta'])
  })

  it('records the title before a nickname', () => {
    const text = '1. (C) We met Senator ACM Neto (protect) today.'
    expect(findEntities(text, buildTree(text)).entities[0]?.titles).toEqual(['senator'])
    const comma = '1. (C) We met the director, Xavier Quorn (protect) today.'
    expect(findEntities(comma, buildTree(comma)).entities[0]?.titles).toEqual([])
  })

  it('marks every span it makes as coming from the protect marker', () => {
    const text = '2. (C) One. Xavier Quorn (protect in this paragraph and this reference) said so. Two.\n\n3. (C) These contacts (protect) said so.'
    const result = findEntities(text, buildTree(text))
    expect(result.spans.map((span) => span.rule)).toEqual(['protect-marker', 'protect-marker', 'protect-marker', 'protect-marker'])
  })
})

describe('people with a repeated or shared name word', () => {
  it('compares name words in lower case, as mentions do: `Strauß` and `Strauss` are two people', () => {
    const text = '1. (C) We met Anna Strauß (protect) today.\n\n2. (C) We met Strauss (protect) today.'
    expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.tokens)).toEqual([['Anna', 'Strauß'], ['Strauss']])
  })

  it('merges `Li Li` and `Li Qing` as one person and searches both names', () => {
    const text = '1. (C) We met Li Li (protect) today.\n\n2. (C) We met Li Qing (protect) today.'
    const {entities} = findEntities(text, buildTree(text))
    expect(entities.map((entity) => entity.tokens)).toEqual([['Li', 'Qing']])
  })

  it('keeps the first spelling when a later one adds only a particle', () => {
    const text = '1. (C) We met Gomez Olea (protect) today.\n\n2. (C) We met Gomez de Olea (protect) today.'
    expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.tokens)).toEqual([['Gomez', 'Olea']])
  })

  it('gives a name shared by two people to the first of them, even after the first grew longer', () => {
    // P1 is `Hassan`, then `Ali Hassan`; P2 `Omar Hassan` is not part of P1's name, nor P1 of P2's;
    // the later `Hassan` is part of both, and belongs to P1, the first.
    const text = [
      '1. (C) We met Hassan (protect).',
      '2. (C) We met Ali Hassan (protect).',
      '3. (C) We met Omar Hassan (protect).',
      '4. (C) We met Hassan (protect) again.',
      '5. (C) We met Omar (protect) again.',
    ].join('\n\n')
    const {entities} = findEntities(text, buildTree(text))
    expect(entities.map((entity) => [entity.label, entity.tokens.join(' '), entity.markers.length])).toEqual([
      ['P1', 'Ali Hassan', 3],
      ['P2', 'Omar Hassan', 2],
    ])
  })

  it('finds the earlier person when a name is shared through a word that person gained later', () => {
    // P1 `Pablo` gains `Ana` after P2 `Ana Ruiz` was made with it: a later `Ana` belongs to P1, the earlier.
    const text = ['1. (C) We met Pablo (protect).', '2. (C) We met Ana Ruiz (protect).', '3. (C) We met Ana Pablo (protect).', '4. (C) We met Ana (protect).'].join('\n\n')
    const {entities} = findEntities(text, buildTree(text))
    expect(entities.map((entity) => [entity.tokens.join(' '), entity.markers.length])).toEqual([
      ['Ana Pablo', 3],
      ['Ana Ruiz', 1],
    ])
  })

  it('does not merge a name made only of particles into another person', () => {
    const text = '1. (C) We met Xavier Quorn (protect) today.\n\n2. (C) We met Van Der (protect) today.'
    expect(findEntities(text, buildTree(text)).entities.map((entity) => entity.label)).toEqual(['P1', 'P2'])
  })
})

describe('`both`: edge cases', () => {
  it('no `and` word: every name of the sentence before the marker; nothing before the name: one', () => {
    const met = '2. (C) Maria Munoz met Mery Gorzon (strictly protect both) today.'
    expect(findEntities(met, buildTree(met)).entities.map((entity) => entity.tokens)).toEqual([['Mery', 'Gorzon'], ['Maria', 'Munoz']])
    const alone = 'Mery Gorzon (strictly protect both) spoke.'
    expect(findEntities(alone, buildTree(alone)).entities.map((entity) => entity.tokens)).toEqual([['Mery', 'Gorzon']])
  })
})

describe('sentences: more edges', () => {
  const around = (marked: string): string => {
    const start = marked.indexOf('|')
    const end = marked.indexOf('|', start + 1) - 1
    const text = marked.replaceAll('|', '')
    const range = sentenceAround(text, start, end, {start: 0, end: text.length})
    return text.slice(range.start, range.end)
  }
  it.each([
    ['zero\none\ntwo |three| four', 'zero\none\ntwo three four'],
    [`one\n\ntwo |three| four ${'x'.repeat(60)}`, `two three four ${'x'.repeat(60)}`],
    ['He |paid| 3.5 million. Next.', 'He paid 3.5 million.'],
    ['two |three| four  ', 'two three four'],
  ])('%j → %j', (marked, expected) => {
    expect(around(marked)).toBe(expected)
  })

  it('a marker opening its sentence after two spaces still takes the sentence before', () => {
    expect(resolve('1. (C) One. Two said it.  (PROTECT) Three.')).toEqual(['unnamed: Two said it.  (PROTECT) Three.'])
    expect(resolve('1. (C)  (PROTECT) Three.')).toEqual(['unnamed: (PROTECT) Three.'])
  })
})

describe('the context of a marker outside any portion', () => {
  /** The `this paragraph` span of a bare tree. */
  const paragraph = (text: string): string => {
    const span = findEntities(text, bareTree(text)).spans.find((candidate) => candidate.reason === 'unnamed-protected-source')
    return text.slice(span?.start, span?.end)
  }
  it('is the text between the blank lines around it', () => {
    const text =
      'Block one.\n\nBlock two.\n\nBlock three.\n \t\n  Xavier Quorn (protect in this paragraph) said so.\nMore here.  \n\t \nBlock five.\n\nBlock six.'
    expect(paragraph(text)).toBe('Xavier Quorn (protect in this paragraph) said so.\nMore here.')
    const plain = 'A.\n\nB.\n\nXavier Quorn (protect in this paragraph) said.\n\nC.'
    expect(paragraph(plain)).toBe('Xavier Quorn (protect in this paragraph) said.')
  })

  it('is at most 600 characters either side, or the whole text', () => {
    const filler = 'word '.repeat(130)
    // a blank line further back than 600 characters is not seen
    const text = `Block.\n\n${filler}Xavier Quorn (protect in this paragraph) ${filler}`
    const start = text.indexOf('(protect')
    const end = start + '(protect in this paragraph)'.length
    expect(paragraph(text)).toBe(text.slice(start - 600, end + 600).trim())
    const short = 'Some words. Xavier Quorn (protect in this paragraph) said.'
    expect(paragraph(short)).toBe(short)
  })
})

describe('more placeholders and stops', () => {
  it('reads our own numbered placeholder as a placeholder, any number', () => {
    expect(resolve('2. (C) Congenoff met with [SOURCE-12] (strictly protect) of the Academy.')).toEqual(['placeholder'])
  })

  it.each(['.', '!', '?', ';', ':'])('an apposition is not looked for across `%s`', (stop) => {
    expect(resolve(`1. (C) Xavier Quorn, a critic${stop} the critic (protect) said so.`)[0]).toMatch(/^unnamed: /)
  })
})
