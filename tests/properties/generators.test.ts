/**
 * The generators' own contract: the ground truth they return agrees with the text they
 * wrote (otherwise every other property would test against a wrong answer).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cable, personName, propertyParameters} from '../../src/testing/index.js'

const runs = propertyParameters(process.env, 100)

describe('cablelint/testing generators', () => {
  it('ground truth slices to what it describes', () => {
    fc.assert(
      fc.property(cable({people: {min: 1}, portions: 'any'}), (generated) => {
        const {text, truth} = generated
        const slice = (range: {start: number; end: number}): string => text.slice(range.start, range.end)
        expect(slice(truth.banner.range)).toBe(truth.banner.line)
        expect(slice(truth.executiveOrder.range)).toBe(truth.executiveOrder.line)
        if (truth.routing !== undefined) expect(slice(truth.routing.range)).toBe(truth.routing.indicator)
        for (const portion of [truth.subject, ...truth.paragraphs]) {
          expect(slice(portion.markingRange)).toBe(portion.marking)
          expect(slice(portion.body).trim()).toBe(slice(portion.body))
          expect(portion.body.start).toBeGreaterThan(portion.markingRange.end)
        }
        for (const paragraph of truth.paragraphs) expect(slice(paragraph.numberRange)).toBe(`${paragraph.pilcrow ? '¶' : ''}${paragraph.number}.`)
        expect(truth.people.length).toBeGreaterThan(0)
        for (const person of truth.people) {
          expect(person.mentions[0]?.protectMarker).toBe(true)
          expect(slice(person.markerRange)).toBe(person.marker)
          for (const mention of person.mentions) {
            const written = slice(mention).replace(/\r?\n/g, ' ')
            const expected =
              {full: person.name.tokens.join(' '), split: person.name.tokens.join(' '), upper: person.name.surname.toUpperCase(), plural: `${person.name.surname}s`}[
                mention.form as 'full' | 'split' | 'upper' | 'plural'
              ] ?? person.name.surname
            expect(written).toBe(expected)
          }
        }
        if (truth.layout.crlf) expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
        // Glued: the banner follows the last addressee or the partial-extract note on its line.
        const before = text.slice(0, truth.banner.range.start)
        if (truth.layout.glued) expect(before).toMatch(truth.routing === undefined ? /not available\.$/ : /WASHDC 2371$/)
        else expect(before).toMatch(/(?:^|\n)$/)
      }),
      runs,
    )
  })

  it('names are readable: two tokens, capitalised, the surname one of them', () => {
    fc.assert(
      fc.property(personName(), (name) => {
        expect(name.tokens).toHaveLength(2)
        expect(name.tokens).toContain(name.surname)
        for (const token of name.tokens) expect(token).toMatch(/^\p{Lu}\p{Ll}+$/u)
      }),
    )
  })
})
