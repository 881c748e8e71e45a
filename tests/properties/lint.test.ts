/**
 * Lint properties over generated cables: every message's offsets slice to the text it is
 * about (and agree with its line/column), a portion above the banner is always reported by
 * `no-portion-above-banner` at its marking, and a correctly marked cable gets no error.
 * Replay with `FC_SEED` / `FC_PATH`; deeper with `FC_NUM_RUNS`.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint/engine.js'
import {cable, propertyParameters} from '../../src/testing/index.js'
import {pointOf} from '../helpers/point.js'

const runs = (count: number) => propertyParameters(process.env, count)


const lintText = (text: string) => lint(new VFile({path: 'generated.txt', value: text}))

describe('lint properties over generated cables', () => {
  it('lint positions are true: offsets lie in the text and agree with line/column; above-banner messages slice to the marking', () => {
    fc.assert(
      fc.property(cable({portions: 'any'}), (generated) => {
        const {text} = generated
        const result = lintText(text)
        expect(result.internalErrors).toEqual([])
        for (const message of result.messages) {
          const {start, end} = message.place
          const where = `${message.ruleId}: ${message.reason}`
          expect(start.offset, where).toBeGreaterThanOrEqual(0)
          expect(end.offset, where).toBeLessThanOrEqual(text.length)
          expect(start.offset, where).toBeLessThanOrEqual(end.offset)
          expect({line: start.line, column: start.column}, where).toEqual(pointOf(text, start.offset))
          expect({line: end.line, column: end.column}, where).toEqual(pointOf(text, end.offset))
          if (message.ruleId === 'no-portion-above-banner') expect(text.slice(start.offset, end.offset), where).toMatch(/^\((?:U|SBU|C|S)\)$/)
        }
      }),
      runs(60),
    )
  })

  it('a generated portion above the banner is always reported (no-portion-above-banner), and only those', () => {
    fc.assert(
      fc.property(cable({portions: 'any'}), (generated) => {
        const {truth, text} = generated
        const reported = lintText(text)
          .messages.filter((message) => message.ruleId === 'no-portion-above-banner')
          .map((message) => ({start: message.place.start.offset, end: message.place.end.offset}))
        const expected = [truth.subject, ...truth.paragraphs].filter((portion) => portion.aboveBanner).map((portion) => portion.markingRange)
        expect(reported.sort((a, b) => a.start - b.start), `banner ${truth.banner.line}`).toEqual(expected)
      }),
      runs(60),
    )
  })

  it('a correctly marked generated cable gets no error', () => {
    fc.assert(
      fc.property(cable({portions: 'withinBanner'}), (generated) => {
        const errors = lintText(generated.text).messages.filter((message) => message.fatal === true)
        expect(errors.map((message) => `${message.ruleId} at ${message.place.start.line}:${message.place.start.column}: ${message.reason}`)).toEqual([])
      }),
      runs(60),
    )
  })
})
