/**
 * A protect marker put after a real person's name in the corpus's cables that have none
 * (`../shared/corpus`, skipped with a message when absent): the prose, the names and the ways a
 * cable refers back to a person are the archive's own. In each cable the person whose surname the
 * cable writes most often (three times or more), found after a title (`Minister Jorge Taiana`), is
 * marked in five places, each its own copy:
 *
 * - after the full name at its first mention: `Minister Jorge Taiana (protect) said`;
 * - after the surname alone before a verb of speech: `Taiana (protect) said`;
 * - after the verb: `Taiana said (protect)`;
 * - after an adverb or an auxiliary and the verb: `Taiana also said (protect)`, `Taiana has stated (protect)`;
 * - after the one told: `Taiana told the Ambassador (protect)`, `Taiana told Poloff (protect)`.
 *
 * Redacted at S, the copy must verify, and the surname must be gone as a whole word, in any case
 * (the case the text writes it in only, where it also writes it in lower case). The reading of
 * the name here is this file's own, sharing nothing with the redactor's.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {redact} from '../../src/redact/redact.js'
import {corpusAvailable, corpusDir} from '../helpers/corpus.js'

if (!corpusAvailable) console.log(`corpus not found at ${corpusDir}: corpus marker-insertion tests skipped`)

const titled =
  /\b(?:Mr\.|Ms\.|Mrs\.|Dr\.|Minister|Ambassador|Director|Governor|Senator|General|Secretary|Chairman|Advisor|Adviser|Professor|Mayor|Judge|Deputy|Counselor|Consul|Editor|Leader|Legislator|Congressman|Representative)\s+((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:(?:de|da|del|van|von|al|el|bin|ben|la|le|dos|di)[ \t]+)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?){1,2})(?![\w(])/g

/** Capitalised words that end a title or open an office's name, not a person's. */
const notPeople = new Set(
  (
    'The This That Embassy Ministry Government Party National Foreign Affairs Office Council Department State Post General Minister President ' +
    'Deputy Secretary Ambassador Director Assistant Under Special United States Senior Chief Prime Vice Mission Defense Interior Justice Finance ' +
    'Economy Political Economic Commercial Counselor Consul Said Told On In At And But For With Also Regional Public Central European Security ' +
    'Committee Commission Congress Parliament Senate House Court Supreme Army Navy Air Force Police Bank Union Agency January February March April ' +
    'May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Program Group Foundation ' +
    'International Officer Manager Exchange Working Service Prevention Fraud Regulatory Admiral Rear Commander Member Staff Intelligence Organization ' +
    'Grand Ayatollah Sheikh Shaikh Shaykh'
  ).split(' '),
)

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Person {
  name: string
  surname: string
  /** Offset just past the name's first mention. */
  end: number
}

/** The titled person whose surname `text` writes most often, three times or more. */
function mostNamed(text: string): Person | undefined {
  let best: (Person & {count: number}) | undefined
  const seen = new Set<string>()
  for (const match of text.matchAll(titled)) {
    const name = match[1]!
    const words = name.split(/\s+/)
    // A name cut before its line break ends with a particle (`Eimert Van` / `Middelkoop`): not read.
    if (seen.has(name) || words.some((word) => notPeople.has(word)) || /^(?:van|von|de|da|del|al|el|bin|ben|la|le|dos|di)$/i.test(words.at(-1)!)) continue
    seen.add(name)
    const surname = words.at(-1)!
    const count = (text.match(new RegExp(`\\b${escape(surname)}\\b`, 'g')) ?? []).length
    if (count >= 3 && (best === undefined || count > best.count)) best = {name, surname, end: match.index + match[0].length, count}
  }
  return best
}

/** Whole-word occurrences of `word` left in `output`. */
function survivors(output: string, word: string, original: string): number {
  const writtenInLowerCase = new RegExp(`\\b${escape(word.toLowerCase())}\\b`).test(original)
  return (output.match(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, writtenInLowerCase ? 'gu' : 'giu')) ?? []).length
}

const speech = 'said|noted|added|stated|explained|told'

/** The offset where each placing puts the marker, or `undefined` where the cable has no such place. */
const placings: Record<string, (text: string, person: Person) => number | undefined> = {
  'after the full name': (_text, person) => person.end,
  'after the surname before a verb of speech': (text, person) => {
    const match = new RegExp(`(?<=[\\s.,;:"] ?)${escape(person.surname)}(?=\\s+(?:${speech})\\b)`, 'g').exec(text)
    return match === null ? undefined : match.index + person.surname.length
  },
  'after the verb of speech': (text, person) => {
    const match = new RegExp(`(?<=[\\s.,;:"] ?)${escape(person.surname)}\\s+(?:said|noted|added|stated|explained)\\b`, 'g').exec(text)
    return match === null ? undefined : match.index + match[0].length
  },
  'after an adverb or an auxiliary and a verb of speech': (text, person) => {
    const match = new RegExp(`(?<=[\\s.,;:"] ?)${escape(person.surname)}\\s+(?:also|then|later|further|again|has|had|was)\\s+(?:${speech}|argued|stressed|confirmed|commented|emphasized)\\b`, 'g').exec(text)
    return match === null ? undefined : match.index + match[0].length
  },
  'after the one told': (text, person) => {
    const listener = String.raw`the\s+(?:Ambassador|DCM|Charge|delegation)|PolOff|Poloff|PolCouns|Polcouns|EconOff|Econoff|Emboffs?|us|me`
    const match = new RegExp(`(?<=[\\s.,;:"] ?)${escape(person.surname)}\\s+(?:also\\s+)?(?:told|informed|assured|briefed)\\s+(?:${listener})\\b`, 'g').exec(text)
    return match === null ? undefined : match.index + match[0].length
  },
}

/** Fewer cables write the person so: each placing's own floor (a change that found none would pass). */
const minimumCases: Record<string, number> = {'after an adverb or an auxiliary and a verb of speech': 130, 'after the one told': 120}

describe.skipIf(!corpusAvailable)('a marker put after a real name in the corpus', () => {
  const cables = corpusAvailable
    ? readdirSync(join(corpusDir, 'cables'))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({name, text: readFileSync(join(corpusDir, 'cables', name), 'utf8')}))
        .filter(({text}) => !/protect\)/i.test(text))
    : []

  it.each(Object.keys(placings))('%s: the surname is gone from every copy', (placing) => {
    const leaks: string[] = []
    let cases = 0
    for (const {name, text} of cables) {
      const person = mostNamed(text)
      const at = person === undefined ? undefined : placings[placing]!(text, person)
      if (person === undefined || at === undefined) continue
      const input = `${text.slice(0, at)} (protect)${text.slice(at)}`
      const result = redact(input, {release: 'S'})
      cases++
      expect(result.ok, `${name}: ${person.name}`).toBe(true)
      const left = survivors(result.text, person.surname, text)
      if (left > 0) leaks.push(`${name}: ${person.name} (${left})`)
    }
    console.log(`${placing}: ${cases} cables, ${leaks.length} with the surname left`)
    // Hundreds of cables each: a change that stopped finding the people would pass with none.
    expect(cases).toBeGreaterThan(minimumCases[placing] ?? 500)
    expect(leaks).toEqual([])
  })
})
