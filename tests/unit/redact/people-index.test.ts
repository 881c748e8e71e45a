/**
 * `PeopleIndex` (`entities.ts`) finds the first person a new name is the same as or part of
 * without comparing the name with every person: checked against that comparison, over names
 * drawn from a few words so that they share words, repeat words and grow.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {PeopleIndex} from '../../../src/redact/entities.js'

/** The comparison `findEntities` made with every person before: one name's words all in the other's. */
function sameOrPart(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  return small.length > 0 && small.every((word) => large.includes(word))
}

const name = fc.array(fc.constantFrom('li', 'qing', 'wei', 'quorn', 'zed', 'ana', 'pablo'), {maxLength: 4})

describe('PeopleIndex', () => {
  it('finds the person the scan of every person finds, as names are added and grow', () => {
    fc.assert(
      fc.property(fc.array(name, {maxLength: 30}), (names) => {
        const index = new PeopleIndex()
        const people: string[][] = []
        for (const words of names) {
          const expected = people.findIndex((person) => sameOrPart(person, words))
          const found = index.find(words)
          expect(found ?? -1).toBe(expected)
          if (found === undefined) {
            people.push(words)
            index.add(words)
          } else if (new Set(words).size > new Set(people[found]).size) {
            // As `addPerson` does: the longer name replaces the shorter.
            people[found] = words
            index.rename(found, words)
          }
        }
      }),
      {numRuns: 3000},
    )
  })
})
