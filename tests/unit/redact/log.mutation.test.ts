/**
 * The redaction log (`buildLog`): where and why each span was redacted, in line/column as well
 * as offsets, and what a reviewer kept. Issue 6 (mutation testing): these pin each field.
 */
import {describe, expect, it} from 'vitest'
import {buildLog} from '../../../src/redact/log.js'
import type {Span} from '../../../src/redact/spans.js'

const text = 'Li Qing said.\nHe left.\r\nThe end'

describe('buildLog', () => {
  it('gives both ends of a span as 1-based line and column, end exclusive', () => {
    // `left` is on line 2, columns 4–8 (exclusive end at column 8).
    const start = text.indexOf('left')
    const log = buildLog(text, [{start, end: start + 4, reason: 'name-mention', rule: 'mentions'}])
    expect(log).toEqual([
      {start, end: start + 4, startLine: 2, startColumn: 4, endLine: 2, endColumn: 8, reason: 'name-mention', rule: 'mentions'},
    ])
  })

  it('places a span that ends at the end of the text on the last line, after its last character', () => {
    const start = text.indexOf('end')
    const [entry] = buildLog(text, [{start, end: text.length, reason: 'decision', rule: 'decisions-file'}])
    expect(entry).toMatchObject({startLine: 3, startColumn: 5, endLine: 3, endColumn: 8})
  })

  it('places an offset past the end of the text after the last character of the last line', () => {
    const [entry] = buildLog('ab\r\ncd', [{start: 1, end: 40, reason: 'decision', rule: 'decisions-file'}])
    expect(entry).toMatchObject({startLine: 1, startColumn: 2, endLine: 2, endColumn: 3})
    const [lone] = buildLog('ab\rc', [{start: 0, end: 9, reason: 'decision', rule: 'decisions-file'}])
    expect(lone).toMatchObject({endLine: 2, endColumn: 2})
    const [lf] = buildLog('ab\ncd', [{start: 0, end: 9, reason: 'decision', rule: 'decisions-file'}])
    expect(lf).toMatchObject({endLine: 2, endColumn: 3})
    const [three] = buildLog('a\nbc\ndef', [{start: 0, end: 20, reason: 'decision', rule: 'decisions-file'}])
    expect(three).toMatchObject({endLine: 3, endColumn: 4})
    const [empty] = buildLog('', [{start: 0, end: 3, reason: 'decision', rule: 'decisions-file'}])
    expect(empty).toMatchObject({startLine: 1, startColumn: 1, endLine: 1, endColumn: 1})
  })

  it('carries the entity label, the ambiguous flag and the reviewer note, and only when set', () => {
    const spans: Span[] = [
      {start: 0, end: 2, reason: 'name-mention', rule: 'mentions', entity: 'P1'},
      {start: 3, end: 7, reason: 'ambiguous-mention', rule: 'mentions', entity: 'P2', ambiguous: true},
      {start: 14, end: 16, reason: 'name-mention', rule: 'mentions', ambiguous: false},
      {start: 17, end: 21, reason: 'decision', rule: 'decisions-file', note: 'names the employer'},
    ]
    const log = buildLog(text, spans)
    expect(log[0]).toEqual({start: 0, end: 2, startLine: 1, startColumn: 1, endLine: 1, endColumn: 3, reason: 'name-mention', rule: 'mentions', entity: 'P1'})
    expect(log[1]).toMatchObject({entity: 'P2', ambiguous: true})
    expect(log[1]).not.toHaveProperty('decision')
    expect(log[2]).not.toHaveProperty('ambiguous')
    expect(log[2]).not.toHaveProperty('entity')
    expect(log[3]).toMatchObject({reason: 'decision', rule: 'decisions-file', decision: 'names the employer'})
    expect(log[3]).not.toHaveProperty('entity')
  })

  it('records a kept token as an ambiguous mention the reviewer kept, with the reviewer reason', () => {
    const start = text.indexOf('He')
    const log = buildLog(text, [], [{start, end: start + 2, entity: 'P1', note: 'the pronoun'}])
    expect(log).toEqual([
      {
        start,
        end: start + 2,
        startLine: 2,
        startColumn: 1,
        endLine: 2,
        endColumn: 3,
        reason: 'ambiguous-mention',
        rule: 'decisions-file',
        ambiguous: true,
        decision: 'the pronoun',
        kept: true,
        entity: 'P1',
      },
    ])
    const [anonymous] = buildLog(text, [], [{start, end: start + 2, note: 'the pronoun'}])
    expect(anonymous).not.toHaveProperty('entity')
  })

  it('lists spans and kept tokens together in offset order, the shorter first on a shared start', () => {
    const log = buildLog(
      text,
      [
        {start: 3, end: 7, reason: 'name-mention', rule: 'mentions'},
        {start: 14, end: 20, reason: 'decision', rule: 'decisions-file', note: 'x'},
      ],
      [
        {start: 14, end: 16, note: 'kept'},
        {start: 0, end: 2, note: 'kept'},
      ],
    )
    expect(log.map((entry) => [entry.start, entry.end])).toEqual([[0, 2], [3, 7], [14, 16], [14, 20]])
  })
})
