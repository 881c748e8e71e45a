/**
 * Name shapes that a probe of hand-made cables found released (`redact --release S` kept a token
 * of the protected person's name): the person each marker protects is read whole, and where the
 * reading cannot be sure, every name it may be is protected (fail closed).
 */
import {describe, expect, it} from 'vitest'
import {findEntities} from '../../../src/redact/entities.js'
import {redact} from '../../../src/redact/redact.js'
import {buildTree} from './build-tree.js'

/** A cable's header, for the bodies redacted whole. */
const header = 'C O N F I D E N T I A L SECTION 01 OF 02 DAMASCUS 000123\n\nSUBJECT: LOCAL POLITICS\n\nClassified By: CDA, Reasons 1.4 b and d.\n\n'

/** Redacted at S, the copy of `header + body` verifies and keeps none of `words` as a whole word. */
function keepsNoWordOf(body: string, words: readonly string[]): void {
  const result = redact(header + body, {release: 'S'})
  expect(result.ok).toBe(true)
  for (const word of words) expect(result.text).not.toMatch(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'u'))
}

/** Every protected person's words, each person's joined with spaces. */
function people(text: string): string[] {
  return findEntities(text, buildTree(text)).entities.map((entity) => entity.tokens.join(' '))
}

describe('the whole name before the marker', () => {
  it.each([
    ['1. (C) Rami Khouri, J.D. (protect) said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, M.A. (protect) said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, PhD (protect) said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, MBA (protect) said so.', 'Rami Khouri'],
    ['1. (C) Rami G. H. Khouri (protect) said so.', 'Rami G H Khouri'],
    ['1. (C) We met A.K. Singh (protect) today.', 'A K Singh'],
    ['1. (C) We met Marc St. Pierre (protect) today.', 'Marc St Pierre'],
    ['1. (C) We met Mohammed "Abu Ali" Hassan (protect) today.', 'Mohammed Abu Ali Hassan'],
    ['1. (C) We met Salah ad-Din Bitar (protect) today.', 'Salah ad-Din Bitar'],
    ['1. (C) We met Fuad as-Siniora (protect) today.', 'Fuad as-Siniora'],
    ["1. (C) We met Valery Giscard d'Estaing (protect) today.", "Valery Giscard d'Estaing"],
    ['1. (C) We met Fatima bint Mubarak (protect) today.', 'Fatima bint Mubarak'],
    ['1. (C) We met Ijaz ul Haq (protect) today.', 'Ijaz ul Haq'],
    ['1. (C) We met Maria de los Angeles Garcia (protect) today.', 'Maria de los Angeles Garcia'],
    ['1. (C) We met Ammar al\u2010Hakim (protect) today.', 'Ammar al\u2010Hakim'],
    ['1. (C) We met Ahmed Mohammed Ali Hassan Saleh (protect) today.', 'Ahmed Mohammed Ali Hassan Saleh'],
    // a title that is also a name, at either end
    ['1. (C) We met Emir Kusturica (protect) today.', 'Emir Kusturica'],
    ['1. (C) We met Dean Barkley (protect) today.', 'Dean Barkley'],
    ['1. (C) We met John Major (protect) today.', 'John Major'],
    ['1. (C) We met Theresa May (protect) today.', 'Theresa May'],
    // a surname in capitals, a comma, the given name
    ['1. (C) We met KHOURI, Rami (protect) today.', 'KHOURI Rami'],
  ])('%j', (text, name) => {
    expect(people(text)).toContain(name)
  })
})

describe('a capitalised object before the marker: the name before it is protected too', () => {
  it.each([
    ['1. (C) Ali Reza, a journalist with Al-Watan (protect), said so.', 'Ali Reza'],
    ['1. (C) Ali Reza, a journalist with Tishreen (protect), said so.', 'Ali Reza'],
    ['1. (C) Rami Khouri from Aleppo (protect) said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, who works with Human Rights Watch (protect), said so.', 'Rami Khouri'],
  ])('%j', (text, name) => {
    const found = people(text)
    expect(found).toContain(name)
    // The object stays protected as well: it may be the person (`met with Ali Hamdan (protect)`).
    expect(found.length).toBe(2)
  })

  it('the person after `met with` is still the one named', () => {
    expect(people('1. (C) Poloff met with Ali Hamdan (protect) today.')).toEqual(['Ali Hamdan'])
  })
})

describe('a marker that names nobody protects the names of its sentence', () => {
  it.each([
    ['1. (C) Rami Khouri in Damascus (protect) said so. Khouri left.', ['Rami Khouri']],
    ['1. (C) Rami Khouri and his wife (both protect) said so.', ['Rami Khouri']],
    ['1. (C) Rami Khouri, 45, a lawyer in Homs (protect) said so.', ['Rami Khouri']],
  ])('%j', (text, names) => {
    expect(findEntities(text, buildTree(text)).resolutions[0]?.kind).toBe('unnamed')
    expect(people(text)).toEqual(names)
  })

  it('a family by its name, after `the` too', () => {
    expect(people('1. (C) The Khouri brothers (protect) said so. The Khouris left.')).toEqual(['Khouri'])
  })

  it('but not a word alone that the text writes in lower case, nor a place after a preposition', () => {
    expect(people('1. (C) Recently our contacts in Baku (protect) said so. We recently left Baku.')).toEqual([])
  })
})

describe('a second probe: descriptions, one-word names, lists, names that are titles', () => {
  it.each([
    ['1. (C) Rami Khouri, an Alawite (protect), said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, a Kurdish Christian (protect), said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, a lawyer who defended Riad Seif (protect), said so.', 'Rami Khouri'],
    ['1. (C) Rami Khouri, Dean of Law, Damascus University (protect), said so. Martial law stays.', 'Rami Khouri'],
    ['1. (C) Khouri told us (protect) that the regime was weak.', 'Khouri'],
    ['1. (C) We met Khouri on May 3 (protect) in the city.', 'Khouri'],
    ['1. (C) Hamdan and his lawyer Saleh (both protect) left.', 'Hamdan'],
    ['1. (C) Ali Hamdan, Omar Saleh and Fadi Nasr (protect) left.', 'Ali Hamdan'],
    ['1. (C) Ali Hamdan and Omar Saleh (protect sources) left.', 'Ali Hamdan'],
    ['1. (C) Hamdan and Saleh (strictly protect) left.', 'Hamdan'],
    ['1. (C) We met Dan Post (protect) today.', 'Dan Post'],
    ['1. (C) We met Federico Mayor Zaragoza (protect) today.', 'Federico Mayor Zaragoza'],
    ['1. (C) Journalist May Chidiac (protect) said so.', 'May Chidiac'],
  ])('%j', (text, name) => {
    expect(people(text)).toContain(name)
  })

  it('a word the text writes in lower case is no name of a description (`Law`, `martial law`)', () => {
    expect(people('1. (C) Rami Khouri, Dean of Law, Damascus University (protect), said so. Martial law stays.')).not.toContain('Law')
  })

  it('a particle that opens a name is searched alone (`Ben Wedeman` … `Ben`)', () => {
    const result = redact('C O N F I D E N T I A L SECTION 01 OF 02 DAMASCUS 000123\n\n1. (C) Ben Wedeman (protect) said so. Ben left.', {release: 'S'})
    expect(result.text).not.toMatch(/\bBen\b/)
  })
})

describe('a person named by one word at the marker', () => {
  it('takes the given name written before the surname elsewhere', () => {
    const text = '1. (C) Poloff met journalist Rami Khouri on May 3.\n\n2. (C) Khouri (protect) said so.'
    expect(people(text)).toEqual(['Rami Khouri'])
  })

  it('also where the full name opens a sentence or a bullet', () => {
    expect(people('1. (C) Rami Khouri said so.\n\n2. (C) Khouri (protect) agreed.')).toEqual(['Rami Khouri'])
    expect(people('1. (C) Contacts:\n-- Rami Khouri, lawyer.\n\n2. (C) Khouri (protect) agreed.')).toEqual(['Rami Khouri'])
  })

  it('but not a place after a preposition, or a word the text writes in lower case', () => {
    const text = '1. (C) However Khouri agreed, the envoy to Washington Khouri left. however, the washington post.\n\n2. (C) Khouri (protect) said so.'
    expect(people(text)).toEqual(['Khouri'])
  })
})

describe('aliases in an aside between the name and the marker', () => {
  it.each([
    '(also known as Abu Rami)',
    '(aka: Abu Rami)',
    '(a/k/a Abu Rami)',
    '("Abu Rami")',
  ])('%s', (aside) => {
    expect(people(`1. (C) Walid Nasr ${aside} (protect) said so.`)).toEqual(['Walid Nasr', 'Abu Rami'])
  })
})

describe('redacted at S, the copy keeps no word of the name', () => {
  it.each([
    ['1. (C) Rami Khouri in Damascus (protect) said so.\n\n2. (C) Later Khouri and Rami left.', ['Rami', 'Khouri']],
    ['1. (C) Ali Hamdan, Omar Saleh and Fadi Nasr (all strictly protect) met us.\n\n2. (C) Hamdan, Saleh and Nasr left.', ['Ali', 'Hamdan', 'Omar', 'Saleh', 'Fadi', 'Nasr']],
    ['1. (C) Poloff met journalist Rami Khouri on May 3.\n\n2. (C) Khouri (protect) said so. Rami left.', ['Rami', 'Khouri']],
    ['1. (C) Jean-Marie Le Pen (protect) said so.\n\n2. (C) Le Pen left.', ['Jean', 'Marie', 'Le', 'Pen']],
    ['1. (C) Walid Nasr (also known as Abu Rami) (protect) said so.\n\n2. (C) Abu Rami left.', ['Walid', 'Nasr', 'Abu', 'Rami']],
  ])('%j', keepsNoWordOf)
})

describe('a name in capitals in mixed-case text, read whole', () => {
  it.each([
    ['1. (C) We met DUPONTEL Pierre (protect) today.', 'DUPONTEL Pierre'],
    ['1. (C) We met JOHN MAJOR (protect) today.', 'JOHN MAJOR'],
    ['1. (C) Yesterday our team met with MOHAMMED SAID KHOURI (protect) for an hour.', 'MOHAMMED SAID KHOURI'],
  ])('%j', (text, name) => {
    expect(people(text)).toContain(name)
  })

  it('the name before a preposition in capitals too (`KHOURI IN DAMASCUS (protect)`)', () => {
    const found = people('1. (C) Yesterday our team met KHOURI IN DAMASCUS (protect) for an hour.')
    expect(found).toContain('KHOURI')
    expect(found).toContain('DAMASCUS')
  })
})

describe('an alias right after the marker', () => {
  it.each([
    '(protect) (a.k.a. Abu Rami)',
    '(protect), also known as Abu Rami,',
    '(protect), known to his friends as Abu Rami,',
    '(protect), nicknamed "Abu Rami",',
    '(protect), who is widely known as Abu Rami,',
  ])('%s', (marker) => {
    expect(people(`1. (C) Walid Nasr ${marker} said so.`)).toEqual(['Walid Nasr', 'Abu Rami'])
  })

  it('but not the object of a verb after the marker (`(protect) called Econoff`, 08CARACAS1390)', () => {
    expect(people('1. (C) Manager Omar Nottaro (strictly protect throughout) called Econoff to report.')).toEqual(['Omar Nottaro'])
  })
})

describe('a name the reading is not sure is the person: redacted, logged as ambiguous, and a reviewer may keep it', () => {
  const cable = 'C O N F I D E N T I A L SECTION 01 OF 02 DAMASCUS 000123\n\n1. (C) Hugo Chavez and Daniel Ortega did not agree (please protect).\n\n2. (C) Later Chavez spoke.\n'
  const later = cable.indexOf('Chavez spoke')

  it('names of a sentence whose marker names nobody, at the marker and elsewhere', () => {
    const result = redact(cable, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/Chavez|Ortega/)
    const mention = result.spans.find((span) => span.start === later)
    expect(mention).toMatchObject({reason: 'ambiguous-mention', ambiguous: true})
    expect(result.entities.every((entity) => entity.candidate === true)).toBe(true)
  })

  it('kept by a decision, the mention stays and the copy still verifies', () => {
    const result = redact(cable, {release: 'S', decisions: {decisions: [{action: 'keep', offset: later, reason: 'the public figure'}]}})
    expect(result.ok).toBe(true)
    expect(result.messages).toEqual([])
    expect(result.text).toContain('Later Chavez spoke.')
    expect(result.text).not.toMatch(/Ortega/)
  })

  it('both readings of `Rami Khouri from Aleppo (protect)`; a sure name stays a name', () => {
    const spans = redact('1. (C) Rami Khouri from Aleppo (protect) said so. Khouri left.\n\n2. (C) Ali Hamdan (protect) said so. Hamdan left.', {release: 'S'}).spans
    expect(spans.map((span) => span.reason)).toEqual(['ambiguous-mention', 'ambiguous-mention', 'ambiguous-mention', 'protected-name', 'name-mention'])
  })
})

describe('a third probe: particles, cut given names, firms after a comma, aliases, spellings', () => {
  it.each([
    // lower-case particles inside the name
    ['1. (C) We met Karl-Theodor von und zu Brenner (protect) today.\n\n2. (C) Karl-Theodor added more.', ['Karl', 'Theodor', 'Brenner']],
    ['1. (C) We met Rhys ap Gruffydd (protect) today.\n\n2. (C) Rhys added more.', ['Rhys', 'Gruffydd']],
    ['1. (C) We met Jordi Pujolar i Soler (protect) today.\n\n2. (C) Pujolar said no. Jordi added more.', ['Jordi', 'Pujolar', 'Soler']],
    ['1. (C) We met Siti Aminah binti Abdullah (protect) today.\n\n2. (C) Siti Aminah said no.', ['Siti', 'Aminah', 'Abdullah']],
    ['1. (C) We met Karel te Velde (protect) today.\n\n2. (C) Karel said no.', ['Karel', 'Velde']],
    // a given name cut short, a surname that is also a function word
    ['1. (C) We met Haji Mohd. Yusof bin Ahmad (protect) today.\n\n2. (C) Mohd. Yusof said no.', ['Mohd', 'Yusof', 'Ahmad']],
    ['1. (C) We met Md. Rafiqul Islam (protect) today.\n\n2. (C) Md. Rafiqul said no.', ['Md', 'Rafiqul']],
    ['1. (C) We met To Van Minh (protect) today.\n\n2. (C) Mr. To said no.', ['To', 'Minh']],
    // the person's firm, party or paper after a comma
    ['1. (C) Gary Lindqvist, Citigroup (protect), told econoff so.\n\n2. (C) Lindqvist expects more.', ['Gary', 'Lindqvist']],
    ['1. (C) Marco Rossi, Vice President, ENI (protect), said so.\n\n2. (C) Rossi said more.', ['Marco', 'Rossi']],
    ['1. (C) Gary Lindqvist, Corporate Head, Europe, Citigroup (Please protect), told econoff so.\n\n2. (C) Lindqvist expects more.', ['Gary', 'Lindqvist']],
    // an alias at the marker
    ['1. (C) Olga Petrova, nee Ivanova (protect), said so.\n\n2. (C) Petrova said more. Olga left.', ['Olga', 'Petrova', 'Ivanova']],
    ['1. (C) Rami Khouri, aka Abu Fadi (protect), said so.\n\n2. (C) Khouri said more. Rami left.', ['Rami', 'Khouri', 'Fadi']],
    ['1. (C) Abdul Rahim Barakzai, known as Haji Rahim (protect), said so.\n\n2. (C) Barakzai asked more.', ['Abdul', 'Rahim', 'Barakzai']],
    ['1. (C) Olga Petrova (nee Ivanova) (protect) said so.\n\n2. (C) Ivanova was her maiden name.', ['Olga', 'Petrova', 'Ivanova']],
    ['1. (C) Wang Xiaoming (English name David Wang) (protect) said so.\n\n2. (C) David said more.', ['Wang', 'Xiaoming', 'David']],
    // other spellings of the name
    ['1. (C) Wang Xiao-ming (protect) said so.\n\n2. (C) Xiaoming said more.', ['Xiaoming', 'Xiao']],
    ['1. (C) Aminata N\'Diaye (protect) said so.\n\n2. (C) Ndiaye said more.', ['Aminata', 'Ndiaye', 'Diaye']],
    ['1. (C) Dr. Nabil Abdel Rahman (protect) said so.\n\n2. (C) Dr. Abdelrahman said more.', ['Nabil', 'Abdel', 'Rahman', 'Abdelrahman']],
    ['1. (C) Pieter van den Berg (protect) said so.\n\n2. (C) Mr. Vandenberg said more.', ['Pieter', 'Berg', 'Vandenberg']],
    ['1. (C) Angus McDonald (protect) said so.\n\n2. (C) Mr. MacDonald said more.', ['Angus', 'McDonald', 'MacDonald']],
    ['1. (C) Ian MacIntosh (strictly protect) said so.\n\n2. (C) McIntosh said more.', ['Ian', 'MacIntosh', 'McIntosh']],
    ['1. (C) Dragan Marković (protect) said so.\n\n2. (C) Officer Markovich said more.', ['Dragan', 'Marković', 'Markovich']],
    ['1. (C) Hans-Georg Mueller (protect) said so.\n\n2. (C) Müller said more.', ['Hans', 'Georg', 'Mueller', 'Müller']],
    ['1. (C) Leilani Kaʻahumanu (protect) said so.\n\n2. (C) Kaahumanu said more. Ka\'ahumanu left.', ['Leilani', 'Kaʻahumanu', 'Kaahumanu', "Ka'ahumanu"]],
    ['1. (C) Əli Məmmədov (protect) said so.\n\n2. (C) Mammadov said more. Ali left.', ['Əli', 'Məmmədov', 'Mammadov', 'Ali']],
    // a family by a short name
    ['1. (C) Kim Jong-su (protect) said so.\n\n2. (C) The Kims live near the border.', ['Kim', 'Kims', 'Jong']],
  ])('%j', keepsNoWordOf)
})

describe('a third probe, continued: wrapped names, initials, names after the request or the marker, given names, pronouns', () => {
  it.each([
    // a name wrapped after its hyphen
    ['1. (C) The party secretary Tomas Jocelyn- \nHolt (protect) told poloff so.\n\n2. (C) Jocelyn-Holt said more.', ['Tomas', 'Jocelyn', 'Holt']],
    ['1. (C) The lawyer Fahd al-\nDosari (protect) told poloff so.\n\n2. (C) Fahd said more.', ['Fahd', 'Dosari']],
    // the name's initials in an aside (06BRASILIA2003: `ACM`)
    ['1. (C) Senator Antonio Carlos Baptista (ACB)(protect) said so.\n\n2. (C) ACB also noted more.', ['Antonio', 'Carlos', 'Baptista', 'ACB']],
    // the name after the request inside the marker
    ['1. (C) A senior PSP official (PROTECT -- Fares Hamdan) said so.\n\n2. (C) Hamdan added more.', ['Fares', 'Hamdan']],
    ['1. (C) A retired brigadier (strictly protect: Rashid Qureshi) said so.\n\n2. (C) Qureshi added more.', ['Rashid', 'Qureshi']],
    // names set off right after the marker
    ['1. (C) The Deputy Minister (protect), Fuad Hamza, said so.\n\n2. (C) Hamza said more.', ['Fuad', 'Hamza']],
    ['1. (C) A contact in the Interior Ministry (protect) -- Colonel Bassam Zein -- said so.\n\n2. (C) Zein said more.', ['Bassam', 'Zein']],
    ['1. (C) Mr. and Mrs. Tannous (protect), Georges and Mona, told PolOff so.\n\n2. (C) Georges said more; Mona agreed.', ['Tannous', 'Georges', 'Mona']],
    // given names from a possessive, a surname of two words, an adverb that is no given name
    ["1. (C) PolOff met Minister Khaled Omari's chief of staff on May 2.\n\n2. (C) Separately, Omari (protect) told us so.", ['Khaled', 'Omari']],
    ['1. (C) MFA Political Director Joao Cardoso Pinto chaired it.\n\n2. (C) Cardoso Pinto (protect) told us so.', ['Joao', 'Cardoso', 'Pinto']],
    ['1. (C) Minister Omar Kassem called.\n\n2. (C) Later Kassem (protect) said so.', ['Omar', 'Kassem']],
    // a pronoun names the person of the sentence before (08TASHKENT153)
    ['1. (C) Poloff met Samir Ghanem on May 3. Ghanem expects a reshuffle. He also said (protect) that it would come soon.', ['Samir', 'Ghanem']],
  ])('%j', keepsNoWordOf)

  it('keeps what the new readings must not take', () => {
    const kept = (body: string): string => redact(header + body, {release: 'S'}).text
    // an adverb opening the sentence stays; the Ambassador described at the marker is not the pronoun's person
    expect(kept('1. (C) Minister Omar Kassem called.\n\n2. (C) Later Kassem (protect) said so.')).toContain('Later')
    expect(kept('1. (C) Lazarrotto spoke of Qadhafi family members. He specified that the Portuguese Ambassador (strictly protect) was vocal.')).toContain('Qadhafi')
    // capitals in an aside that are not the name's initials are a party
    expect(kept('1. (C) Deputy Raul Tavares (PMDB) (protect) said so. The PMDB agreed.')).toContain('The PMDB agreed.')
    // a name after the marker that is not set off names the listener
    expect(people('1. (C) Our contact (protect), Ambassador Smith told us, was worried.')).toEqual([])
  })
})

describe('a fourth probe: descriptions, abbreviations, nicknames, names given after the marker', () => {
  it.each([
    // a description after the name ends with a capitalised word
    ["1. (C) Nabil Haddad, 45, of Aleppo (protect) said so.\n\n2. (C) Haddad's view stands.", ['Nabil', 'Haddad']],
    ['1. (C) Fuad Hamra, formerly of Reuters (protect), said so.\n\n2. (C) Hamra left.', ['Fuad', 'Hamra']],
    ['1. (C) Fuad Hamra, now at Citibank (protect), said so.\n\n2. (C) Hamra left.', ['Fuad', 'Hamra']],
    ['1. (C) Ahmad Sarraf, son-in-law of Vice President Sharaa (protect), said so.\n\n2. (C) Sarraf left.', ['Ahmad', 'Sarraf']],
    ['1. (C) Nabil Haddad, 45, of the Aleppo Chamber of Commerce (protect), said so.\n\n2. (C) Haddad left.', ['Nabil', 'Haddad']],
    ['1. (C) Naji Abi Saab, an MP from Mt. Lebanon (protect), said so.\n\n2. (C) Abi Saab left.', ['Naji', 'Saab']],
    // an abbreviation's dot ends no sentence (06NEWDELHI657)
    ['1. (C) Rajiv Menon, a director of the Gas Authority of India Ltd. (GAIL) (protect), said so.\n\n2. (C) Menon left.', ['Rajiv', 'Menon']],
    // a particle written joined to the name
    ['1. (C) Peter vanDijk (protect) said so.\n\n2. (C) Van Dijk left. Mr. van Dijk agreed.', ['vanDijk', 'Dijk']],
    // nicknames in single quotes, brackets, with `the`, in a CSV row's doubled quotes, escaped
    ["1. (C) Mahmoud 'Abu Ali' Hamdan (protect) said so.\n\n2. (C) Mahmoud left; Abu Ali stayed.", ['Mahmoud', 'Ali', 'Hamdan']],
    ['1. (C) Mahmoud (Abu Ali) Hamdan (protect) said so.\n\n2. (C) Mahmoud left; Abu Ali stayed.', ['Mahmoud', 'Ali', 'Hamdan']],
    ['1. (C) Mahmoud Hamdan (Abu Ali) (protect) said so.\n\n2. (C) Abu Ali stayed.', ['Mahmoud', 'Ali', 'Hamdan']],
    ['1. (C) Rafiq "the Engineer" Jabr (protect) said so.\n\n2. (C) Rafiq left.', ['Rafiq', 'Engineer', 'Jabr']],
    ['1. (C) Farid ""Abu Sami"" Nasrallah (strictly protect) said so.\n\n2. (C) Farid left; ""Abu Sami"" stayed.', ['Farid', 'Sami', 'Nasrallah']],
    ["1. (C) Sean O\\'Keeffe (strictly protect) said so.\n\n2. (C) Sean left.", ['Sean', 'Keeffe']],
    // a name given after a marker that names nobody, or by its description later
    ['1. (C) Abu Firas (protect) -- real name Mohammed Khalil -- said so.\n\n2. (C) Khalil left.', ['Firas', 'Mohammed', 'Khalil']],
    ['1. (C) One of our contacts (protect), namely Dmitri Volkov, said so.\n\n2. (C) Volkov left.', ['Dmitri', 'Volkov']],
    ['1. (C) A pollster (protect), i.e. Dmitri Volkov of the Levada Center, said so.\n\n2. (C) Volkov left.', ['Dmitri', 'Volkov']],
    ['1. (C) A lawyer (strictly protect) Farid Nasrallah told us so.\n\n2. (C) Nasrallah left.', ['Farid', 'Nasrallah']],
    ['1. (C) According to an Israeli embassy official (please protect), it holds. The official, Yossi Levin, added more.\n\n2. (C) Levin left.', ['Yossi', 'Levin']],
    ['1. (C) A senior LAF officer (strictly protect) said so.\n\n2. (C) Comment: The officer, Brigadier Karim Jabbour, is reliable. End Comment.', ['Karim', 'Jabbour']],
    ['1. (C) A contact at the Ministry of Interior (protect) told poloff so. The contact, Colonel Walid Hamdan, said more.\n\n2. (C) Hamdan left.', ['Walid', 'Hamdan']],
    ['1. (C) Abu Firas (protect) said so. His real name is Mohammed Khalil.\n\n2. (C) Khalil left.', ['Mohammed', 'Khalil']],
  ])('%j', keepsNoWordOf)

  it('keeps what the new readings must not take', () => {
    // an office's branch in brackets is no nickname; a pronoun after a nameless marker is no name
    expect(people('1. (C) First Secretary (Political) Mohammad Monirul Islam (protect) said so. Political parties agree.')).toEqual(['Mohammad Monirul Islam'])
    expect(people('1. (C) Our contact (protect) He added more.')).toEqual([])
    // a hyphenated title after a marker is no name (08BEIJING3385)
    expect(people('1. (C) Chen Hao (protect), Executive Editor-in-Chief of the Herald, said so.')).toEqual(['Chen Hao'])
    // a bare aside in lower case is no kunya
    expect(people('1. (C) Rami Khouri (um, not sure) (protect) said so.')).toEqual(['Rami Khouri'])
    // a body after `the` is no person before `of`
    expect(people("1. (C) Two nuns of 'The Sisters of Notre Dame' in Belem (strictly protect this reference) spoke.")).not.toContain('Sisters')
  })
})

describe('an audit of the corpus: the shapes its real names showed', () => {
  it.each([
    // the subject of a verb of speech however often the cable names him (09THEHAGUE514)
    ['1. (C) Labor Party leader Bos told the Ambassador in confidence (STRICTLY PROTECT) that he would go. Bos left. Bos came. Bos spoke. Bos sat. Bos ate. Bos ran. Bos hid. Bos won.\n\n2. (C) Wouter Bos agreed.', ['Bos', 'Wouter']],
    // a nickname between the given name and the surname elsewhere (10TEGUCIGALPA65)
    ['1. (C) President-elect Porfirio "Pepe" Lobo met us.\n\n2. (C) Lobo (please protect) described it.', ['Porfirio', 'Pepe', 'Lobo']],
    // a surname misspelt by one letter (04BRASILIA2863, 08MOSCOW1519, 09STOCKHOLM787, 07MADRID545)
    ['1. (C) Marcel Biato (strictly protect) said so.\n\n2. (C) Biatio told PolCoun.', ['Biato', 'Biatio']],
    ['1. (C) AmCit Shawn McCormack (strictly protect) said so.\n\n2. (C) According to McCormick, it holds.', ['McCormack', 'McCormick']],
    ['1. (C) SAPO spokeswoman Malena Rembe (protect) said so.\n\n2. (C) Rembo stated more.', ['Rembe', 'Rembo']],
    ['1. (C) Sandomingo (strictly protect) shared it.\n\n2. (C) Ending his review, Sandoming left.', ['Sandomingo', 'Sandoming']],
  ])('%j', keepsNoWordOf)

  it('a misspelling is logged as ambiguous; a given name one letter from another person\'s stays', () => {
    const text = header + '1. (C) Marcel Biato (strictly protect) said so.\n\n2. (C) Biatio told us. Maria Cristina Munoz (strictly protect) left.\n\n3. (C) Luz Marina Gutierrez stayed.'
    const result = redact(text, {release: 'S'})
    expect(result.spans.find((span) => text.slice(span.start, span.end) === 'Biatio')).toMatchObject({reason: 'ambiguous-mention', ambiguous: true})
    expect(result.text).toContain('Marina')
  })
})

describe('a marker put after real names in corpus cables: the shapes that released the name', () => {
  it.each([
    // a given name the cable writes eight times or more, before a person named at a marker (07SAOPAULO780, 08TRIPOLI925)
    ['1. (C) Antonio Delfim Netto met CG. Delfim spoke. Delfim ate. Delfim sat. Delfim ran. Delfim won. Delfim hid. Delfim left.\n\n2. (C) Netto (protect) believes it.', ['Antonio', 'Delfim', 'Netto']],
    // three given names before the surname named at the marker
    ['1. (C) Zapatero (protect) spoke.\n\n2. (C) President Jose Luis Rodriguez Zapatero left.', ['Jose', 'Luis', 'Rodriguez', 'Zapatero']],
    // a surname several people share: the person's given name is not crowded out (08BRASILIA278)
    ['1. (C) President Luiz Inacio Lula da Silva met Pedro Paulo Silva and Jose Carlos Silva.\n\n2. (C) Minister Marina Silva spoke. Silva said (protect) it holds. Marina left.', ['Marina', 'Silva']],
    // a particle or an initial between the given name and the surname
    ['1. (C) Former FM Herve de Charette met us.\n\n2. (C) Charette (protect) said so.', ['Herve', 'Charette']],
    ['1. (C) General William E. Ward met us.\n\n2. (C) Ward (protect) said so.', ['William', 'Ward']],
    ['1. (C) Prince Mohammed bin Nayif met us.\n\n2. (C) Nayif (protect) said so.', ['Mohammed', 'Nayif']],
    // a common word that is also a given name, and a particle that is one (`Des`)
    ['1. (C) Peace Commissioner Frank Pearl met us.\n\n2. (C) Pearl (protect) said so.', ['Frank', 'Pearl']],
    ['1. (C) Bob Birrell spoke first.\n\n2. (C) Birrell (protect) said so.', ['Bob', 'Birrell']],
    ['1. (C) Defence Secretary Des Browne met us.\n\n2. (C) Browne (protect) said so. Des nodded.', ['Des', 'Browne']],
    // an acronym read with the surname at the marker
    ['1. (C) Foreign Minister Juan Carlos Varela met us.\n\n2. (C) FM Varela (protect) said so.', ['Juan', 'Carlos', 'Varela']],
    ['1. (C) General William Ward met us.\n\n2. (C) AFRICOM Ward (protect) said so.', ['William', 'Ward']],
    // a title that is also a surname alone at the marker
    ['1. (C) Governor Mervyn King spoke. King said more.\n\n2. (C) King (protect) said, however, he would wait. King left. King came. King sat. King ate. King ran. King hid.', ['Mervyn', 'King']],
    ['1. (C) I met Indian High Commissioner Nirupam Sen (protect) today. Sen agreed.', ['Nirupam', 'Sen']],
    // a particle written joined and capitalised
    ['1. (C) Planning Minister De Vido spoke.\n\n2. (C) DeVido (protect) said so.', ['Vido', 'DeVido']],
    // `U.S.` ending the sentence before, `A/S` before the name
    ['1. (C) We met Private Secretary Gilberto Carvalho.\n\n2. (C) Lula returns from his visit to the U.S. Carvalho (protect) noted it.', ['Gilberto', 'Carvalho']],
    ['1. (C) Assistant Secretary Tom Shannon visited.\n\n2. (C) A/S Shannon (protect) said so.', ['Tom', 'Shannon']],
    // the subject of a verb of speech before the marker, not the words before its comma
    ['1. (C) We met Otto Reich.\n\n2. (C) He seems unwilling to negotiate with Brazil, Reich said (protect) the US was flexible.', ['Otto', 'Reich']],
    ['1. (C) We met Hubert Vedrine.\n\n2. (C) Nevertheless, Vedrine said (protect) that the jury was out.', ['Hubert', 'Vedrine']],
    ['1. (C) Governor Mervyn King spoke.\n\n2. (C) At the release of the Inflation Report, King said (protect) the Bank would wait.', ['Mervyn', 'King']],
    ['1. (C) Ambassador Nirupam Sen spoke.\n\n2. (C) It holds.  Sen said (protect) it explicitly.', ['Nirupam', 'Sen']],
    ['1. (C) Governor Mervyn King spoke.\n\n2. (C) At the release of the Inflation Report, King (protect) said the Bank would wait.', ['Mervyn', 'King']],
    // a full name after `of the` office (06SANJOSE1059, 09MADRID59, the surname written twenty times)
    ['1. (C) Guests included First Vice President Laura Chinchilla, Minister of the Presidency Rodrigo Arias (protect), and others.\n\n2. (C) Arias left.', ['Rodrigo', 'Arias', 'Laura', 'Chinchilla']],
    [`1. (C) We met the Secretary General of the Presidency\nBernardino Leon (protect), also January 9.\n\n2. (C) ${'Leon spoke. '.repeat(22)}`, ['Bernardino', 'Leon']],
    // the object of `for` after an apposition may be the person (06BEIRUT895)
    ['1. (C) In a 3/18 interview on Aljazeera, Berri did not conceal his disdain for Lahoud (protect). Lahoud left.', ['Lahoud']],
    // in capitals, an adverb and `PM` before the name (10STATE8676)
    ['1. (C) PM SILVIO BERLUSCONI MET US.\n\n2. (C) WE MET ITALIAN OFFICIALS, ESPECIALLY PM BERLUSCONI (PROTECT) AND OTHERS.', ['SILVIO', 'BERLUSCONI']],
    // a title that is a name between particles (09MANAMA651)
    ['1. (C) The death of Sheikh Mohamed bin Sultan al Khalifa (protect), the uncle, came.\n\n2. (C) Sultan was old.', ['Mohamed', 'Sultan', 'Khalifa']],
  ])('%j', keepsNoWordOf)

  // a marker after a bare title: the holder the cable names with that title (08TRIPOLI230, 08RANGOON44, 09TRIPOLI492)
  it.each([
    ['1. (C) Governor Farhat Bengadara met us.\n\n2. (C) Comment: The Governor (strictly protect) impressed us. End comment.', ['Farhat', 'Bengadara']],
    ['1. (C) Summary: Charge hosted the Chinese Ambassador (protect) for lunch.\n\n2. (C) Ambassador Guan Mu said more. Guan left.', ['Guan', 'Mu']],
    ['1. (C) In a read-out, the Italian Ambassador (protect) described it.\n\n2. (C) Italian Ambassador Francesco Trupiano briefed us. Trupiano left.', ['Francesco', 'Trupiano']],
  ])('%j', keepsNoWordOf)

  // a reading audit that put markers in corpus cables: verbs of speech, names after the one at
  // the marker, an article's hyphen, an alias the cable defines
  it.each([
    [`1. (C) Foreign Minister Jorge Orbe met us. ${'Orbe spoke. '.repeat(9)}\n\n2. (C) Orbe suggested (protect) that both governments wait.`, ['Jorge', 'Orbe']],
    [`1. (C) We met Arai. ${'Arai spoke. '.repeat(9)}\n\n2. (C) Arai argued (protect) that it holds.`, ['Arai']],
    ['1. (C) We met Assistant Foreign Minister Cui Tiankai.\n\n2. (C) AFM Cui (protect) responded that it holds.', ['Cui', 'Tiankai']],
    ['1. (C) There is speculation that Anwar (strictly protect) released the tape.\n\n2. (C) Anwar Ibrahim denied it.', ['Anwar', 'Ibrahim']],
    ['1. (C) Foreign Minister Abubakr al-Qirbi met us.\n\n2. (C) Qirbi (protect) said that the ROYG would wait.', ['Abubakr', 'Qirbi']],
    ['1. (U) Andres Manuel Lopez Obrador (AMLO), presidential candidate, spoke.\n\n2. (C) From there, AMLO (protect) will visit 400 towns.', ['Andres', 'Manuel', 'Lopez', 'Obrador', 'AMLO']],
    ['1. (C) Vitalmiro Bastos Moura (aka "Bida"), 34, surrendered.\n\n2. (C) Bida (protect) raises cattle.', ['Vitalmiro', 'Bastos', 'Moura', 'Bida']],
    // a post's officer as the listener before the marker: the speaker is the sentence's (09JERUSALEM1080)
    ['1. (C) Executive Committee member Saleh Rafat told PolSpec (protect) that most members agreed.\n\n2. (C) Rafat left.', ['Saleh', 'Rafat']],
    // a name with initials set off after the marker (09NEWDELHI1778's shape, closed by a comma)
    ['1. (C) The Joint Secretary for Iran (protect), T.C.A. Raghavan, said so.\n\n2. (C) Raghavan left.', ['Raghavan']],
    // initials in an aside with a particle's letter in lower case (06ABUDHABI1401, 09RIYADH1121)
    ['1. (C) Your host Crown Prince Sheikh Mohammed bin Zayed (MbZ) (protect) values it.\n\n2. (C) MbZ is able to help.', ['Mohammed', 'Zayed', 'MbZ']],
  ])('%j', keepsNoWordOf)

  it('reads no name after a name in capitals', () => {
    const result = redact(`${header}1. (C) LAKHDAR BRAHIMI, BOURDON (PLEASE PROTECT) REPLIED THAT IT HELD. BOURDON SAID MORE.`, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain('SAID MORE')
  })

  it('takes the teller\'s holder where the bare title at the marker is the one told', () => {
    const result = redact(`${header}1. (C) Foreign Minister Ali Hamdan met Ambassador Smith. Ambassador Smith left.\n\n2. (C) The Foreign Minister told the Ambassador (protect) that it holds.`, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/Ali|Hamdan/)
    expect(result.text).toContain('Ambassador Smith left')
  })

  it('takes the holder with the same qualifier, and never the drafter of the Classified By line', () => {
    const text = `${header.replace('CDA', 'Ambassador Robert F. Godec')}1. (C) We met Canadian Ambassador Bruno Picard. Ambassador Godec spoke.\n\n2. (C) The Canadian Ambassador (protect) said so.`
    const result = redact(text, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/Picard|Bruno/)
    expect(result.text).toContain('Ambassador Godec spoke')
  })

  it('keeps what the new readings must not take', () => {
    // a title after an article is an office; a court's name stays outside the judge's
    expect(people('1. (C) The King (protect) said so.')).toEqual([])
    // two words after `in` are a place, not a person before the marker
    expect(people('1. (C) Rami Khouri, head of the Institute in New Delhi (protect), said so.')).not.toContain('New Delhi')
    expect(people('1. (C) Lone dissenting Supreme Court Justice Adan Arnulfo Arjona (please protect) told us.')).toEqual(['Adan Arnulfo Arjona'])
    // a common word opening the name of a candidate is not taken; nor a preposition opening a sentence
    expect(people('1. (C) Rafik Habib met us. Despite Habib we went on.\n\n2. (C) Habib (protect) said so.')).toEqual(['Rafik Habib'])
    expect(people('1. (C) Frank Pearl met us. We thank Pearl.\n\n2. (C) They told Pearl (protect) so.')).toEqual(['Frank Pearl'])
  })
})

describe('initials before a surname, and the speaker in a cable in capitals', () => {
  it.each([
    // initials with dots before the surname elsewhere (08NEWDELHI2322, 09NEWDELHI1337)
    ['1. (C) We met Joint Secretary T.S. Tirumurti.\n\n2. (C) Tirumurti (protect) said so.', ['Tirumurti', 'T\\.S\\.']],
    ['1. (C) Defense Minister A. K. Antony spoke.\n\n2. (C) Antony (Protect) affirmed it.', ['Antony', 'A\\. K\\.']],
    // initials run together that the cable writes nowhere else (07NEWDELHI909)
    ['1. (C) You meet National Security Advisor MK Narayanan.\n\n2. (C) Tell Narayanan (protect) that we agree.', ['Narayanan', 'MK']],
    // a given name written only in a heading in capitals (08RABAT185)
    // a verb of speech before the marker in capitals: the speaker, and their given name (00HARARE6677)
    ['1. (C) WE MET MDC PRESIDENT MORGAN TSVANGIRAI.\n\n2. (C) THE MDC UNDERSTANDS THE RISKS, TSVANGIRAI PROFESSED (PROTECT), AND WAITS.', ['MORGAN', 'TSVANGIRAI']],
  ])('%j', keepsNoWordOf)

  it('keeps a reference letter, a country, an office, and every other verb of speech', () => {
    const text = `${header}1. (C) Rami Khouri met the PM. PM Haddad left. Khouri and Haddad met the U.S. Khouri said it.\n\n2. (C) As reported in ref A. Khouri (protect) agreed.\n\n3. (C) THE MINISTER SAID IT. THE MDC UNDERSTANDS, HAMDAN SAID (PROTECT), THE RISKS.`
    const result = redact(text, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain('reported in ref A. [')
    expect(result.text).toContain('met the U.S. [')
    expect(result.text).toContain('PM Haddad left')
    expect(result.text).toContain('THE MINISTER SAID IT')
    expect(people(text)).not.toContainEqual(expect.stringContaining('SAID'))
    // a verb of telling too, in capitals
    expect(people('1. (C) THE MDC UNDERSTANDS, HAMDAN ASSURED (PROTECT), THE RISKS.').join(' ')).not.toContain('ASSURED')
  })
})

describe('a heading in capitals before the body', () => {
  const opening = 'C O N F I D E N T I A L SECTION 01 OF 02 RABAT 000123\n\n'

  it('gives the name a given name written nowhere else (08RABAT185)', () => {
    const text = `${opening}SUBJECT: MEETING WITH MINISTER OF FOREIGN AFFAIRS TAIEB FASSI FIHRI\n\nClassified By: CDA, Reasons 1.4 b and d.\n\n1. (C) Minister of Foreign Affairs Fassi Fihri met us.\n\n2. (C) Fassi Fihri said (protect) it holds.`
    const result = redact(text, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/TAIEB|Fassi|Fihri/i)
    expect(result.text).toContain('Minister of Foreign Affairs [')
  })

  it('gives no name word to the name it ends with, and a name is not joined across a blank line (10TEGUCIGALPA65)', () => {
    const text = `${opening}SUBJECT: DISCUSSIONS WITH PRESIDENT ELECT PORFIRIO LOBO\n\nClassified By: Ambassador Hugo Llorens\n\n1. (C) We met President-elect Lobo. Porfirio Lobo (protect) said so.`
    const result = redact(text, {release: 'S'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain('\n\nClassified By:')
    expect(result.text).toContain('President-elect [')
    expect(result.text).not.toMatch(/Lobo|LOBO|Porfirio/)
  })
})

describe('two more reading audits of corpus cables: speakers, the one told, organisations, initials after the name', () => {
  it.each([
    // an adverb between the speaker and the verb, and verbs of no list (08KYIV2414, 10PANAMA in audit D)
    [`1. (C) We met Dmytro Firtash. ${'Firtash spoke. '.repeat(9)}\n\n2. (C) Firtash also recounted (strictly protect) that it holds.`, ['Dmytro', 'Firtash']],
    [`1. (C) Dilio Arcia met us. ${'Arcia spoke. '.repeat(9)}\n\n2. (C) Arcia interjected (protect) that it holds.`, ['Dilio', 'Arcia']],
    [`1. (C) We met FM Mahmoud Ali Youssouf. ${'Youssouf spoke. '.repeat(9)}\n\n2. (C) At the meeting hosted by Djibouti, FM Youssouf began (strictly protect) by saying it.`, ['Mahmoud', 'Youssouf']],
    // the teller, where the marker follows the one told (08ROME246: 22 times released)
    [`1. (C) Democratic Party leader Walter Veltroni\ntold the Ambassador (protect) that he would win. ${'Veltroni spoke. '.repeat(21)}`, ['Walter', 'Veltroni']],
    [`1. (C) Walter Veltroni said to us (protect) that he would win. ${'Veltroni spoke. '.repeat(21)}`, ['Walter', 'Veltroni']],
    // an adverb before the verb, and the post's officers in the plural (08BRASILIA880, 09TRIPOLI621)
    [`1. (C) We met Marco Aurelio Garcia.\n\n2. (C) Garcia also told the Ambassador (protect) that it holds. ${'Garcia spoke. '.repeat(21)}`, ['Marco', 'Aurelio', 'Garcia']],
    [`1. (C) We met Ali Gashut.\n\n2. (C) Gashut told Emboffs (protect) the review passed. ${'Gashut spoke. '.repeat(9)}`, ['Ali', 'Gashut']],
    // a frequent surname ending a name of a nameless marker's sentence (09TRIPOLI832, 23 times)
    [`1. (C) Swiss State Secretary Michael Ambuhl, in Tripoli for talks on the detained Swiss citizens (protect), met the Ambassador.\n\n2. (C) ${'Ambuhl spoke. '.repeat(22)}`, ['Michael', 'Ambuhl']],
    // an office's words before the title of a name set off after the marker (07DUBAI59)
    ['1. (C) One of the principal advisors on Iran (protect), Cabinet Affairs Minister Gergawi, mentioned rumors.\n\n2. (C) Gergawi left.', ['Gergawi']],
    // a place at the marker ending a speaker's report: the speaker is protected too (04AMMAN1288's shape)
    [`1. (C) We met FonMin Marwan Muasher. ${'Muasher spoke. '.repeat(21)}\n\n2. (C) Muasher said he would raise it on his trip to Washington (protect).`, ['Marwan', 'Muasher']],
    // the auxiliary of a verb of speech (04THEHAGUE3166)
    [`1. (C) We met Foreign Minister Bernard Bot.\n\n2. (C) Bot has stated (protect) that it holds. ${'Bot spoke. '.repeat(9)}`, ['Bernard', 'Bot']],
    // the member named before an organisation that ends at the marker (audit D)
    ['1. (C) We met Hussein Jowher of the NGO Sprat (protect) on Monday. Jowher left.', ['Hussein', 'Jowher']],
    // a full name right after a marker that follows the object of a preposition (06HAMBURG85)
    ['1. (C) We met Deputy DG for Counterterrorism (strictly protect) Gerhard Schindler on Monday. Schindler left.', ['Gerhard', 'Schindler']],
    // a marker of two people: a surname the cable writes often is still a name of its sentence (09ABUJA259)
    [`1. (C) Shell's vice president for Africa Ann Pickard and government relations representative Peter Francis (both protect) met us.\n\n2. (C) ${'Pickard spoke. '.repeat(21)}`, ['Ann', 'Pickard', 'Peter', 'Francis']],
    // the noun after the description's article, named later (04WELLINGTON596)
    ['1. (C) An adviser to the health ministers (protect) suggested it.\n\n2. (C) Nonetheless, the adviser, Selwyn Katene, acknowledged it. Katene left.', ['Selwyn', 'Katene']],
    // initials after the surname, as Russian names are written; the given name elsewhere (audit D)
    ['1. (C) We met Vladimir Petrenko.\n\n2. (C) Deputy Minister Petrenko V.D. (protect) said so.', ['Vladimir', 'Petrenko', 'V\\.D']],
    // given names before a surname with a particle, and before an office written as one word (10BRUSSELS183, 08REYKJAVIK199)
    ['1. (C) We met EU Ambassador Joao Vale de Almeida. The EU will act, Vale de Almeida said (protect), soon.', ['Joao', 'Vale', 'Almeida']],
    ['1. (C) We met MFA Permanent Secretary Gretar Mar Sigurdsson.\n\n2. (C) MFA PermSec\nSigurdsson (protect) has left.', ['Gretar', 'Mar', 'Sigurdsson']],
  ])('%j', keepsNoWordOf)

  it('keeps what the new readings must not take', () => {
    // a pronoun tells nobody's name; an office before `of` is no member; a degree is no initial
    expect(people('1. (C) He told the Ambassador (protect) that it holds.')).toEqual([])
    expect(people('1. (C) We met the Minister of Foreign Affairs Ahmed Gheit (protect).')).toEqual(['Ahmed Gheit'])
    expect(people('1. (C) We met Dr. Samir Haddad, Ph.D. (protect).')).toEqual(['Samir Haddad'])
    // an unlisted verb only right after a capitalised name, and an auxiliary only before a listed verb
    expect(people('1. (C) The group he founded (protect) is gone.')).toEqual([])
    expect(people('1. (C) The Report was released (protect) today. The report is long.')).toEqual([])
    // a word the cable writes very often opening a name of a nameless marker's sentence is its subject
    const found = people(`1. (C) ${'Africa is big. '.repeat(20)}\n\n2. (C) As Africa Confidential reported, a contact (protect) said so.`)
    expect(found).toContain('Confidential')
    expect(found.join(' ')).not.toContain('Africa')
  })
})

describe('a fifth probe: clauses, not appositions', () => {
  it.each([
    // a speaker after the comma opens the main clause: the place before the comma is no person
    ['1. (C) We met Foreign Minister Rafael Bielsa. Bielsa spoke.\n\n2. (C) Reflecting on his recent visit to Haiti, Bielsa said the situation was very complex (protect). He left.', ['Rafael', 'Bielsa']],
    // a possessive after `in` is the person's, not a place
    ['1. (C) We met Mossad Director Meir Dagan. Dagan was optimistic.\n\n2. (C) In Dagan\'s (protect) personal opinion, it holds.', ['Meir', 'Dagan']],
    // a name set off after a nameless marker, left unclosed before its verb (09NEWDELHI1778)
    ['1. (C) Joint Secretary for Pakistan, Afghanistan and Iran (protect), T.C.A. Raghavan called a briefing.  Raghavan left.', ['Raghavan']],
    // a rank's abbreviation in brackets between titles, after the marker (10AMMAN219)
    ['1. (C) The brother of the King (strictly protect), Lieutenant General (LTG) Prince Faisal bin Al Hussein, will travel.\n\n2. (C) Prince Faisal left.', ['Faisal', 'Hussein']],
    // a title after a particle is a family name (09CAIRO2195)
    ['1. (C) Mohamed El Mullah, Egyptian MFA Cabinet Advisor on African Affairs (protect) told us so.\n\n2. (C) El Mullah left. Mullah\'s view held.', ['Mohamed', 'Mullah']],
    // `Sen` after another title is the surname (03COLOMBO189)
    ['1. (C) We met Nirupam Sen.\n\n2. (C) I called on High Commissioner Sen (protect) at the High Commission. Sen said so.', ['Nirupam', 'Sen']],
    // after a closing quote, the speaker named after the marker (09MOSCOW3051)
    ['1. (C) We met Gazprom Deputy CEO Alexander Medvedev. He saw no risk "unless Yushchenko goes crazy." (please protect) Medvedev said the market is weak.', ['Alexander', 'Medvedev']],
    // the office a description names, held elsewhere with a qualifier it shares (05SAOPAULO1376, audit F)
    ['1. (SBU) Summary: A senior PT advisor (protect) told CG that the party erred.\n\n2. (SBU) The PT\'s Senior Advisor for International Affairs, Ana Maria Stuart, told CG so.\n\n3. (SBU) Stuart left.', ['Ana', 'Maria', 'Stuart']],
  ])('%j', keepsNoWordOf)

  it('still reads the name before an apposition', () => {
    expect(people('1. (C) Rami Khouri, Dean of Law (protect), said so.')).toContain('Rami Khouri')
    // a name after a marker that names someone is no unclosed apposition before a verb
    expect(people('1. (C) We met Rami Khouri (protect), Fuad Hamza called later.')).toEqual(['Rami Khouri'])
    // an office holder with no qualifier of the description in common is no candidate
    const office = findEntities('1. (C) A senior PT advisor (protect) told us so. National Security Advisor, Stephen Hadley, left.', buildTree('1. (C) A senior PT advisor (protect) told us so. National Security Advisor, Stephen Hadley, left.')).entities
    expect(office.map((entity) => entity.tokens.join(' '))).not.toContain('Stephen Hadley')
    // the quotation's name is not the speaker's
    expect(people('1. (C) He saw no risk "unless Yushchenko goes crazy." (please protect) Medvedev said so.')).toEqual(['Medvedev'])
    // a title after a name word with no particle between stays a title
    expect(people('1. (C) We met Ali Hassan, Chief Justice (protect), today.').join(' ')).not.toContain('Justice')
  })

  // Over-redaction found by a random-sample audit (audit H).
  it("protects no list's other item, no clause's subject before the comma, no office's object after its title's `for`", () => {
    expect(people('1. (C) Mueller met President Mubarak, Intelligence Chief Soliman (protect), Interior Minister Adly, and others.')).toEqual(['Soliman'])
    expect(people('1. (C) Before the announcement on Afghanistan and Pakistan, Charge Lisa Kubiske previewed it with Under Secretary for Asia Roberto Jaguaribe (strictly protect) today.')).toEqual(['Roberto Jaguaribe'])
    expect(people('1. (C) We met Director General for Iberoamerica Javier Sandomingo. Sandomingo (strictly protect) shared it.')).toEqual(['Javier Sandomingo'])
    // a description before a title and a name still gives the name before it (probe 16b)
    expect(people('2. (C) Ahmad Sarraf, son-in-law of Vice President Sharaa (protect), told poloff so.')).toContain('Ahmad Sarraf')
  })

  // A leak found by a random-sample audit (audit J).
  it('protects the person named before a set-off institution of several words joined by `of`', () => {
    const named = people('1. (C) The response was tepid, Michael Fallon, Tory MP and senior member of the Treasury Committee, House of Commons (strictly protect), told emboffs.')
    expect(named).toContain('Michael Fallon')
    expect(named).not.toContain('Treasury Committee')
    // without the comma, the name before `of` is the person's (`Xavier Quorn of Amnesty`)
    expect(people('1. (C) Xavier Quorn of Amnesty (protect) told emboffs.')).toContain('Xavier Quorn')
  })

  // Leaks found by a random-sample audit (audit K, 09LONDON2512) and its probes on real London cables.
  it('protects the person named before a set-off title and firm of two or three words', () => {
    for (const [text, person] of [
      ['1. (C) We met John Smith, Acme Components (protect).', 'John Smith'],
      ['1. (C) Post asked about Avram Balabanovich, Managing Director, CTL Components (strictly protect).', 'Avram Balabanovich'],
      ['1. (C) Roger Bootle, CEO, Capital Economics (protect), said so.', 'Roger Bootle'],
      ['1. (C) Glenn Earle, Chief Operating Officer, Goldman Sachs (protect), said so.', 'Glenn Earle'],
      ['1. (C) We met Smith, Acme Components (protect).', 'Smith'],
      ['1. (C) Post called on Balabanovich, Managing Director, CTL Components (strictly protect).', 'Balabanovich'],
    ] as const) {
      expect(people(text)).toContain(person)
    }
  })

  // Leaks found by a random-sample audit (audit M, 08SANJOSE267) and its probes on real cables.
  it('protects the person named before an organisation chained to its home or parent by `of` or `at`', () => {
    for (const [text, person] of [
      ['1. (C) We met John Smith, the owner of Acme Arms of San Jose (protect).', 'John Smith'],
      ['1. (C) We met John Smith of Acme Arms of San Jose (protect).', 'John Smith'],
      ['1. (C) We met John Smith, a partner at Baker McKenzie of New York (protect).', 'John Smith'],
      ['1. (C) We met John Smith, director of Acme Components of Leeds (protect).', 'John Smith'],
      ['1. (S) Tetyana Vidzigovska, State Service of Export Control of Ukraine (protect), stated that.', 'Tetyana Vidzigovska'],
      // a former office (`ex-`) opens the description too (08RIODEJANEIRO19, audit M's probes)
      ['1. (C) Batista hired Paulo Mendonga, ex-Executive Manager of E&P of Petrobras (protect); and Luis Reis.', 'Paulo Mendonga'],
      ['1. (C) Batista hired Paulo Mendonga, ex-President of Acme (protect), in May.', 'Paulo Mendonga'],
    ] as const) {
      expect(people(text)).toContain(person)
    }
  })

  // Over-redaction found by audit M (10KUWAIT161, 08LISBON2629): the country redacted throughout.
  it('takes a country or a world region ending the description for no second reading beside a full name', () => {
    expect(people("1. (C) Counselor Rashid Al-Hajiri, MFA's desk officer for Iran (protect), said so.")).toEqual(['Rashid Al-Hajiri'])
    expect(people("1. (C) Federico Ludovice, PM Socrates' Diplomatic Advisor on Latin America (protect), said so.")).toEqual(['Federico Ludovice'])
    // beside a word alone, or a place that is also a given name, both readings stay
    expect(people('1. (C) Khouri, desk officer for Iran (protect), said so.')).toContain('Iran')
    expect(people("1. (C) Counselor Rashid Al-Hajiri, MFA's desk officer for Jordan (protect), said so.")).toContain('Jordan')
  })

  it('reads a possessive written with a comma for the apostrophe as the name alone (audit M, 06REYKJAVIK187)', () => {
    const text = 'SUBJECT: ICELAND: TO FORMER PM ODDSSON,S (PROTECT) RETIREMENT\n\n1. (C) The base stayed while former PM David Oddsson was in office.'
    expect(people(text)).toEqual(['David ODDSSON'])
  })

  it("takes a title's post after `in` or `to` for a place, the holder named after it (audit K, 09UNVIEVIENNA553)", () => {
    const indian = people('1. (C) "The cost is too great for India," former Indian High Commissioner in Pakistan Gopalaswamy Parthasarathy (protect) declared.')
    expect(indian).toContain('Gopalaswamy Parthasarathy')
    expect(indian.join(' ')).not.toMatch(/Pakistan|Indian/)
    const austrian = people('1. (C) Former Austrian Ambassador to Tehran Michael Postl (please protect) debriefed MsnOff.')
    expect(austrian).toContain('Michael Postl')
    expect(austrian.join(' ')).not.toContain('Tehran')
  })

  it('does not take a place, an office or a listed colleague before a comma for the person named at the marker', () => {
    // the place or remit ending a description of the person
    expect(people("1. (C) Shell's Vice President for Africa, Ann Pickard (strictly protect), said so.")).not.toContain('Africa')
    expect(people('1. (C) The Manager for Block 2 in Eastern Venezuela, Bret Tarpley (strictly protect), said so.')).not.toContain('Eastern Venezuela')
    expect(people('1. (C) We met the Director General of Civil Aviation, Jorge Fernandez Chacon (protect).')).not.toContain('Civil Aviation')
    // a colleague named in a list, with a description of their own
    expect(people('1. (C) Poloff met officials Lek ten Hagen, Iran desk officer, Huib Mijnarends (protect), and others.')).not.toContain('Lek ten Hagen')
    // a place or a list member alone before the comma
    expect(people('1. (C) Poloff traveled to Kaduna, Acme Components (protect) said.')).not.toContain('Kaduna')
    expect(people('1. (C) Poloff met Reuters and Bloomberg, Acme Components (protect) said.')).not.toContain('Bloomberg')
  })

  it('reads past an aside between commas (`, FOR EXAMPLE,`) and protects the name before it', () => {
    const text = '4. (C) CRITICS AGREE. SIPHO SEEPE, FOR EXAMPLE, A POLITICAL ANALYST CLOSE TO THE ANC (STRICTLY PROTECT), WROTE SO.'
    expect(people(text)).not.toContain('EXAMPLE')
    expect(people(text).join(' ')).toContain('SEEPE')
  })

  it("takes the words after a title's `for` for the office holder, not an apposition before the title", () => {
    const named = people('1. (C) During a meeting with Ambassador Rice, UN Special Representative for Somalia Ould-Abdallah (protect) underscored the risks. Later Ahmedou Ould-Abdallah said more.')
    expect(named).not.toContain('Rice')
    expect(named.join(' ')).toContain('Ould-Abdallah')
    keepsNoWordOf('1. (C) During a meeting with Ambassador Rice, UN Special Representative for Somalia Ould-Abdallah (protect) underscored the risks. Later Ahmedou Ould-Abdallah said more.', ['Ahmedou', 'Abdallah'])
  })
})

// Leaks found by a random-sample audit (audit N: 08STATE109845, 06BOGOTA11125) and its probes on
// real cables (06BOGOTA10462, 08BRASILIA1325, 08BOGOTA2024, 05MADRID3260, 07BOGOTA1033).
describe('a name in brackets, or an alias, right before the marker', () => {
  it.each([
    ['1. (C) We met Jones (John Smith) (protect) today.', 'John Smith'],
    ['1. (C) Provide paper to the MTCR Information Exchange (IE) Co-Chair (John Andrews) (strictly protect).', 'John Andrews'],
    ['1. (C) He spoke with Casa Civil (Dilma Rousseff) (strictly protect) on Monday.', 'Dilma Rousseff'],
    ['1. (C) FARC founder Pedro Marin (Manuel Marulanda) (protect) died in March.', 'Manuel Marulanda'],
    ['1. (C) Jamal Ahmidan (El Chino) (strictly protect) died.', 'El Chino'],
    ['1. (C) Spokesman John Smith (AKA "Jack Black") (protect) spoke on Monday.', 'Jack Black'],
    ['1. (C) Spokesman John Smith (aka "Jack Black") (protect) spoke on Monday.', 'Jack Black'],
    ['1. (C) Carlos Mario Jimenez (AKA "Macaco") (strictly protect) spoke.', 'Macaco'],
    ['1. (C) Spokesman John Smith (protect) (AKA "Jack Black") spoke on Monday.', 'Jack Black'],
    ['1. (C) Spokesman John Smith, AKA "Jack Black" (protect), spoke on Monday.', 'Jack Black'],
  ])('%s protects %s', (text, person) => {
    expect(people(text)).toContain(person)
  })

  it('protects bare brackets as a candidate for review, and reads no body, place or single word there as a name', () => {
    const found = findEntities('1. (C) Senate President Marcello Pera (Forza Italia) (protect) said.', buildTree('1. (C) Senate President Marcello Pera (Forza Italia) (protect) said.')).entities
    expect(found.find((entity) => entity.tokens.join(' ') === 'Forza Italia')?.candidate).toBe(true)
    expect(found.find((entity) => entity.tokens.join(' ') === 'Marcello Pera')?.candidate).not.toBe(true)
    expect(people('1. (C) He met Ahmed Ali (Foreign Ministry) (protect) today.')).toEqual(['Ahmed Ali'])
    expect(people('1. (C) He met Ahmed Ali (Damascus) (protect) today.')).toEqual(['Ahmed Ali'])
    expect(people('1. (C) He met Ahmed Ali (South Africa) (protect) today.')).toEqual(['Ahmed Ali'])
    expect(people('1. (C) He met Ahmed Ali (PSDB) (protect) today.')).toEqual(['Ahmed Ali'])
  })
})

// Over-redaction found by audit N (09STATE6423, 09STATE124636): verbs redacted throughout a cable in capitals.
describe('verbs and pronouns in capitals', () => {
  it('reads no auxiliary verb as a name word in capitals', () => {
    const text = '1. (S) PRESIDENT AHMADI-NEJAD IS THE DRIVING FORCE, AND HE HAS RECEIVED ASSISTANCE FROM VENEZUELAN PRESIDENT HUGO CHAVEZ (PROTECT). WHY DOES CHAVEZ HELP? IRAN HAS OPENED CENTERS.'
    const words = people(text).flatMap((name) => name.split(' '))
    expect(words).toContain('CHAVEZ')
    expect(words).not.toContain('HAS')
    expect(words).not.toContain('DOES')
  })
})

// Leaks found by an adversarial probe of the changes above (probe 21).
describe('probe 21: bracketed names, aliases in capitals, former offices, short name words', () => {
  it.each([
    ['1. (C) The Party Whip (Peter Young) (protect) said young voters are angry.', 'Peter Young'],
    ['1. (C) The Union Leader (Martin King) (protect) said the oil king is corrupt.', 'Martin King'],
    ['1. (C) The Deputy Speaker (Anne May) (protect) said the vote may be delayed.', 'Anne May'],
    ['1. (C) MOHAMMED YUSUF, A.K.A. ABU QAQA (PROTECT), LEADS THE CELL.', 'MOHAMMED YUSUF ABU QAQA'],
    ['1. (C) Paulo Mendonga, then-Manager of E&P of Petrobras (protect), said the bid was rigged.', 'Paulo Mendonga'],
    ['1. (C) Paulo Mendonga, one-time Executive Manager of E&P of Petrobras (protect), said so.', 'Paulo Mendonga'],
    ['1. (C) SENIOR GENERAL THAN SHWE (PROTECT) TOLD THE VISITOR.', 'THAN SHWE'],
    ['1. (C) How Kim Huat (protect), a party organizer, explained the vote.', 'How Kim Huat'],
  ])('%s protects %s', (text, person) => {
    expect(people(text)).toContain(person)
  })

  it('takes every alias of an aside that gives several', () => {
    const named = people('1. (C) Ali Hassan (aka "Jack Black" and "Big Ali") (protect) runs the port. Black said so.')
    expect(named).toContain('Jack Black')
    expect(named).toContain('Big Ali')
  })

  it('takes an alias given at a later mention of the person', () => {
    expect(people('1. (C) Ali Hassan (protect) runs the port. Hassan is also known as "Jack Black." Black said so.')).toContain('Jack Black')
    expect(people('1. (C) Ali Hassan (protect) runs the port.\n\n2. (C) Hassan (AKA "Jack Black") said the cargo is clean.')).toContain('Jack Black')
    expect(people('1. (C) Ali Hassan (protect) runs the port. Hassan, known as the boss, said so.')).toEqual(['Ali Hassan'])
  })

  it('reads no office in brackets as a name, and keeps initials that are no alias', () => {
    expect(people('1. (C) He met the Taoiseach (Prime Minister) (protect) today.').join(' ')).not.toContain('Minister')
    expect(people('1. (C) We met A. K. A. Singh (protect) today.')).toEqual(['A K A Singh'])
  })
})
