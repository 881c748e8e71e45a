/**
 * Totality: parse, lint and redact never throw on any string (full Unicode, lone surrogates,
 * NUL, huge lines, cable-like fragments) and answer with values and clear messages instead:
 * no rule fails internally, a refused redaction says why, and a redaction keeps the text
 * outside its spans. Replay with `FC_SEED` / `FC_PATH`; deeper with `FC_NUM_RUNS`.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {releaseLevels, type ReleaseLevel} from '../../src/classification.js'
import {lint} from '../../src/lint/engine.js'
import {redact} from '../../src/redact/redact.js'
import {parse} from '../../src/syntax/parse.js'
import {cable, propertyParameters} from '../../src/testing/index.js'

const runs = (count: number) => propertyParameters(process.env, count)

const fragments = ['C O N F I D E N T I A L BEIJING 004697', 'UNCLAS', 'SENSITIVE', 'E.O. 12958: DECL: 12/31/2033', '¶1. (C) ', '2. (S//NF) ', 'Li Qing (strictly protect)', 'Marcel\nBiato (protect)', '(protect)', 'CHENGDU 00000032  002 OF 002', 'ZNY CCCCC ZZH', '\u0000', '\ud800', '\udc00x', '😀', '\r\n', '\n\n', '\u2028', 'Classified By: X. Reasons 1.4 (b), (d).']
const cableLike = fc.array(fc.constantFrom(...fragments), {maxLength: 40}).map((parts) => parts.join(''))
const hugeLine = fc
  .tuple(fc.constantFrom('x', ' ', '(C) ', 'Li ', '¶1. ', '\ud800'), fc.integer({min: 20_000, max: 120_000}), fc.string({maxLength: 20}))
  .map(([unit, count, tail]) => unit.repeat(Math.ceil(count / unit.length)) + tail)
const anyText = fc.oneof(
  {weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 400})},
  {weight: 3, arbitrary: fc.string({unit: 'grapheme', maxLength: 400})},
  {weight: 3, arbitrary: cableLike},
  {weight: 2, arbitrary: cable().map((generated) => generated.text)},
  {weight: 1, arbitrary: hugeLine},
)

describe('totality', () => {
  it('parse, lint and redact never throw on any string, and answer with clear messages', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<ReleaseLevel>(...releaseLevels), (text, release) => {
        const tree = parse(text)
        expect(tree.type).toBe('root')
        for (const diagnostic of tree.diagnostics) expect(diagnostic.message.length).toBeGreaterThan(0)
        const linted = lint(new VFile({path: 'any.txt', value: text}), {tree})
        expect(linted.internalErrors, 'a rule threw').toEqual([])
        for (const message of linted.messages) {
          expect(message.ruleId).toMatch(/^[a-z0-9-]+$/)
          expect(message.reason.length).toBeGreaterThan(0)
        }
        const result = redact(text, {release, tree})
        expect(typeof result.text).toBe('string')
        if (!result.ok) {
          const fatal = result.messages.filter((message) => message.fatal === true)
          expect(fatal.length, 'a refused redaction says why').toBeGreaterThan(0)
          for (const message of fatal) expect(message.reason.length).toBeGreaterThan(0)
        }
        // Outside the spans the text is kept (spans sorted, disjoint, inside the text).
        let cursor = 0
        for (const span of result.spans) {
          expect(span.start).toBeGreaterThanOrEqual(cursor)
          expect(span.end).toBeLessThanOrEqual(text.length)
          cursor = span.end
        }
      }),
      runs(80),
    )
  })
})
