/**
 * The two searches for protected names against simpler equivalents, over generated text and
 * names: the finder's word-by-word lookup (`wholeWordMatches`, `mentions.ts`) against one
 * case-insensitive regular expression of every name, the way it was found before it had to
 * stay linear with thousands of names; and the verifier's one-pass search (`occurrencesOf`,
 * `verify.ts`) against its own `indexOf` per token. The alphabet holds what makes them differ
 * if they can: letters that case-fold alike but lower-case apart (`ſ`, `ς`), both apostrophes,
 * a combining accent, a letter outside the BMP, hyphens and digits inside names.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {wholeWordMatches} from '../../src/redact/mentions.js'
import {occurrencesOf} from '../../src/redact/verify.js'
import {propertyParameters} from '../../src/testing/index.js'

const runs = (count: number) => propertyParameters(process.env, count)

/** Name letters as a key has them (lower case, `'` for both apostrophes, `σ` for `ς`). */
const keyUnits = ['a', 'b', 's', 'σ', '1', "'", '-', '\u0301', '𝐀']
/** Text units: the key letters in every case and form a cable may write them, and separators. */
const textUnits = [...keyUnits, 'A', 'B', 'S', 'ſ', 'Σ', 'ς', '’', ' ', '.', '\n', 'x']

const key = fc
  .tuple(fc.constantFrom('a', 'b', 's', 'σ', '1', '𝐀'), fc.array(fc.constantFrom(...keyUnits), {maxLength: 5}))
  .map(([first, rest]) => first + rest.join(''))
const keys = fc.uniqueArray(key, {minLength: 1, maxLength: 8})
/** Text made of keys and units, so that names occur, whole and in parts. */
const text = (names: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...textUnits), fc.constantFrom(...names), fc.constantFrom(...names).map((name) => name.toUpperCase())), {maxLength: 40}).map((parts) => parts.join(''))

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")
}

/** One regular expression of every key, longest first, whole words, any case. */
function byOnePattern(haystack: string, names: readonly string[]): Array<[number, number]> {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape)
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
  return [...haystack.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length])
}

describe('wholeWordMatches: the finder looks names up word by word', () => {
  it('finds what one case-insensitive pattern of every name finds', () => {
    fc.assert(
      fc.property(
        keys.chain((names) => fc.tuple(fc.constant(names), text(names))),
        ([names, haystack]) => {
          const matches = [...wholeWordMatches(haystack, names)]
          expect(matches.map(({start, end}): [number, number] => [start, end])).toEqual(byOnePattern(haystack, names))
          // Each match gives the key it is, which the finder looks its owners up by.
          for (const {start, end, key} of matches) expect([names.includes(key), key.length]).toEqual([true, end - start])
        },
      ),
      runs(1000),
    )
  })

  it('finds the longer of two names that begin alike, and a name across a hyphen', () => {
    expect([...wholeWordMatches('Li-Qing met LI and li qing', ['li', 'li-qing'])]).toEqual([
      {start: 0, end: 7, key: 'li-qing'},
      {start: 12, end: 14, key: 'li'},
      {start: 19, end: 21, key: 'li'},
    ])
  })

  it('refuses a name that opens with no letter or digit, which no word lookup could find', () => {
    expect(() => [...wholeWordMatches("'abd met", ["'abd"])]).toThrow(/must open with a letter or digit/)
  })
})

describe('occurrencesOf: the verifier reads the output once when it seeks many tokens', () => {
  it('finds what seeking each token with indexOf finds', () => {
    fc.assert(
      fc.property(
        keys.chain((names) => fc.tuple(fc.constant(names), text(names))),
        ([names, haystack]) => {
          const once = occurrencesOf(haystack, names, 0)
          const alone = occurrencesOf(haystack, names, Number.POSITIVE_INFINITY)
          expect(new Map([...once].map(([needle, indexes]) => [needle, [...indexes].sort((a, b) => a - b)]))).toEqual(alone)
        },
      ),
      runs(1000),
    )
  })

  it('finds a token at the start, in capitals, before a possessive, but not inside a word', () => {
    const found = occurrencesOf("Biato met BIATO's aide; Biatonic", ['biato'], 0)
    expect(found.get('biato')).toEqual([0, 10])
  })
})
