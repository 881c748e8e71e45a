/**
 * `personName()`: a protected person's name built from syllables, Chinese-style surname
 * first (`Li Qing`, seed 003) or Western given name first (`Marcel Biato`), with an optional
 * title (`Professor`, `Vice Governor`) and optionally a surname that is also a common English
 * word (`He`, seed 002; `Long`), the trap that makes a redactor over- or under-redact.
 *
 * Names are built from indices, so they shrink towards the first syllables (`Li Qing`,
 * `Marcel Bia`) and stay readable.
 */
import fc from 'fast-check'
import type {PersonName} from '../ground-truth.js'

const chineseSurnames = ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Zhou', 'Gao', 'Lin', 'Xu'] as const
const chineseSyllables = ['qing', 'wei', 'ming', 'hua', 'jun', 'xiu', 'lan', 'qiang', 'ping', 'hong', 'liang'] as const
const westernGiven = ['Marcel', 'Anna', 'Pedro', 'Sofia', 'Luiz', 'Elena', 'Jorge', 'José', 'Inês', 'Tomas'] as const
const westernSyllables = ['bia', 'to', 'mar', 'ro', 've', 'lli', 'fer', 'ra', 'gu', 'ce', 'zo', 'ne'] as const
/** Surnames that are also common English words (and so a trap for a mention finder). */
const commonWordSurnames = {chinese: ['He', 'Ye'], western: ['Long', 'Young', 'Stone', 'Hope', 'Rose']} as const
/** Titles drafters put before a name (all stripped by the redactor's entity reader). */
export const titles = ['Professor', 'Dr.', 'Mr.', 'Madame', 'Vice Governor'] as const

/**
 * Tokens a generated name must not collide with: words the generated cable uses elsewhere
 * (so a surviving token can only be a leak) and header words.
 */
const reserved = new Set([
  'the', 'to', 'ro', 'ne', 'ce', 'mar', 'ra', 'gu', 've', 'zo', 'fer', 'bia', 'lli', 'rove', 'tone', 'more',
  'marra', 'para', 'mare', 'core', 'zero', 'gura', 'rare', 'cero', 'toro', 'zone', 'mart', 'vera', 'lira',
])

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

export interface PersonNameOptions {
  /** `chinese` (surname first), `western` (given name first); both by default. */
  style?: 'chinese' | 'western' | undefined
  /** Force (`true`) or forbid (`false`) a common-word surname; either by default. */
  commonWord?: boolean | undefined
  /** Force (`true`) or forbid (`false`) a title; either by default. */
  title?: boolean | undefined
}

const flag = (value: boolean | undefined): fc.Arbitrary<boolean> => (value === undefined ? fc.boolean() : fc.constant(value))

/** A protected person's name (see the module comment). */
export function personName(options: PersonNameOptions = {}): fc.Arbitrary<PersonName> {
  const style = options.style === undefined ? fc.constantFrom('chinese', 'western') : fc.constant(options.style)
  return fc
    .record({
      style,
      // Common-word surnames are rarer by default: they exercise one trap, the rest exercise the others.
      commonWord: options.commonWord === undefined ? fc.oneof({weight: 3, arbitrary: fc.constant(false)}, {weight: 1, arbitrary: fc.constant(true)}) : fc.constant(options.commonWord),
      title: flag(options.title),
      titleIndex: fc.nat({max: titles.length - 1}),
      surnameIndex: fc.nat({max: 9}),
      given: fc.array(fc.nat({max: 11}), {minLength: 1, maxLength: 2}),
      family: fc.array(fc.nat({max: 11}), {minLength: 2, maxLength: 3}),
    })
    .map(({style, commonWord, title, titleIndex, surnameIndex, given, family}): PersonName => {
      const withTitle = title ? {title: titles[titleIndex] ?? 'Mr.'} : {}
      if (style === 'chinese') {
        const list = commonWord ? commonWordSurnames.chinese : chineseSurnames
        const surname = list[surnameIndex % list.length] ?? 'Li'
        const givenName = capitalise(given.map((index) => chineseSyllables[index % chineseSyllables.length] ?? '').join(''))
        return {order: 'surname-first', tokens: [surname, givenName], surname, commonWord, ...withTitle}
      }
      const first = westernGiven[surnameIndex % westernGiven.length] ?? 'Marcel'
      const list = commonWordSurnames.western
      const built = capitalise(family.map((index) => westernSyllables[index % westernSyllables.length] ?? '').join(''))
      const surname = commonWord ? (list[surnameIndex % list.length] ?? 'Long') : built
      return {order: 'given-first', tokens: [first, surname], surname, commonWord, ...withTitle}
    })
    .filter((name) => name.tokens.every((token) => !reserved.has(token.toLowerCase()) && token.length >= 2))
}
