/**
 * The reviewer's decisions file (`parseDecisions`, `resolveDecisions`): what is accepted, where
 * a problem is reported (JSON path, never the value), and how ranges land on the text.
 * Issue 6 (mutation testing).
 */
import {describe, expect, it} from 'vitest'
import {parseDecisions, resolveDecisions, type Decisions} from '../../../src/redact/decisions.js'

/** The issues of a rejected file as `path: message`, or `ok`. */
function issues(json: unknown): string[] {
  const result = parseDecisions(json)
  return result.ok ? ['ok'] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)
}

const paths = (json: unknown): string[] => issues(json).map((line) => line.split(':')[0] ?? '')

describe('parseDecisions', () => {
  it('accepts the three documented shapes, with and without a version', () => {
    const file = {
      version: 1,
      decisions: [
        {action: 'withhold', start: 0, end: 4, reason: 'names the employer'},
        {action: 'withhold', from: {line: 1, column: 1}, to: {line: 2, column: 3}, reason: 'a second source'},
        {action: 'keep', offset: 0, reason: 'the pronoun'},
      ],
    }
    const result = parseDecisions(file)
    expect(result).toEqual({ok: true, decisions: file})
    expect(issues({decisions: []})).toEqual(['ok'])
  })

  it('refuses a decision without a reason, or with a blank one', () => {
    expect(issues({decisions: [{action: 'keep', offset: 3, reason: '   '}]})).toEqual(['decisions.0.reason: A decision needs a reason'])
    expect(issues({decisions: [{action: 'keep', offset: 3, reason: ''}]})).toEqual(['decisions.0.reason: A decision needs a reason'])
    expect(issues({decisions: [{action: 'keep', offset: 3, reason: 'a long and careful reason'}]})).toEqual(['ok'])
  })

  it('refuses a withheld range whose start is not before its end, at `end`', () => {
    expect(issues({decisions: [{action: 'withhold', start: 5, end: 5, reason: 'x'}]})).toEqual([
      'decisions.0.end: Expected `start` before `end`',
    ])
    expect(issues({decisions: [{action: 'withhold', start: 4, end: 5, reason: 'x'}]})).toEqual(['ok'])
  })

  it('refuses negative offsets and non-positive lines and columns', () => {
    expect(paths({decisions: [{action: 'keep', offset: -1, reason: 'x'}]})).toEqual(['decisions.0.offset'])
    expect(paths({decisions: [{action: 'withhold', start: -1, end: 3, reason: 'x'}]})).toEqual(['decisions.0.start'])
    expect(new Set(paths({decisions: [{action: 'withhold', start: 0, end: 0, reason: 'x'}]}))).toEqual(new Set(['decisions.0.end']))
    expect(paths({decisions: [{action: 'withhold', from: {line: 0, column: 1}, to: {line: 1, column: 2}, reason: 'x'}]})).toEqual([
      'decisions.0.from.line',
    ])
    expect(paths({decisions: [{action: 'withhold', from: {line: 1, column: 1}, to: {line: 1, column: 0}, reason: 'x'}]})).toEqual([
      'decisions.0.to.column',
    ])
    expect(issues({decisions: [{action: 'keep', offset: 0, reason: 'x'}], version: 2})[0]).toMatch(/^version: /)
  })

  it('reports the problem of the shape whose action fits, not zod’s “invalid input” at the decision', () => {
    // A `withhold` with offsets but no reason: the offsets shape says what is missing.
    expect(paths({decisions: [{action: 'withhold', start: 1, end: 3}]})).toEqual(['decisions.0.reason'])
    // A `keep` without an offset.
    expect(paths({decisions: [{action: 'keep', reason: 'x'}]})).toEqual(['decisions.0.offset'])
    // The second decision is the bad one.
    expect(paths({decisions: [{action: 'keep', offset: 1, reason: 'x'}, {action: 'withhold', from: {line: 1, column: 1}, reason: 'x'}]})).toEqual([
      'decisions.1.to',
    ])
  })

  it('follows the action even when another shape would need fewer changes', () => {
    // As a `keep` this needs only a new action; as a `withhold`, which it says it is, it lacks `start`.
    expect(paths({decisions: [{action: 'withhold', offset: 3, reason: 'x'}]})).toEqual(['decisions.0.start'])
    expect(paths({decisions: [{action: 'keep', start: 1, end: 2, reason: 'x'}]})).toEqual(['decisions.0.offset'])
    // As a `keep` it would have two problems, as a `withhold` four: still reported as a `withhold`.
    expect(paths({decisions: [{action: 'withhold', offset: 3, reason: ''}]})).toEqual(['decisions.0.start'])
  })

  it('points at the action when no shape has that action', () => {
    expect(paths({decisions: [{action: 'delete', offset: 3, reason: 'x'}]})).toEqual(['decisions.0.action'])
  })

  it('names the root when the file is not an object, and never echoes a given value', () => {
    expect(paths(null)).toEqual(['(root)'])
    expect(paths({decisions: 'Li Qing'})).toEqual(['decisions'])
    for (const line of issues({decisions: [{action: 'keep', offset: 'Li Qing', reason: 'Li Qing'}]})) expect(line).not.toContain('Li Qing')
  })
})

describe('resolveDecisions', () => {
  const text = 'ab\ncdef\ngh' // offsets: a0 b1 \n2 c3 d4 e5 f6 \n7 g8 h9, length 10
  const resolve = (decisions: Decisions['decisions']) => resolveDecisions(text, {decisions})

  it('turns an offset range into a `decision` span carrying the reviewer reason', () => {
    expect(resolve([{action: 'withhold', start: 3, end: 10, reason: 'names the employer'}])).toEqual({
      spans: [{start: 3, end: 10, reason: 'decision', rule: 'decisions-file', note: 'names the employer'}],
      keep: [],
      outOfRange: [],
    })
  })

  it('converts line/column ranges (1-based, `to` exclusive) to offsets', () => {
    const resolved = resolve([{action: 'withhold', from: {line: 2, column: 2}, to: {line: 3, column: 2}, reason: 'r'}])
    expect(resolved.spans).toEqual([{start: 4, end: 9, reason: 'decision', rule: 'decisions-file', note: 'r'}])
    expect(text.slice(4, 9)).toBe('def\ng')
  })

  it('reports, by index, ranges that leave the text or are empty, and applies the rest', () => {
    const resolved = resolve([
      {action: 'withhold', start: 0, end: 11, reason: 'past the end'},
      {action: 'withhold', start: 0, end: 2, reason: 'fine'},
      {action: 'withhold', from: {line: 9, column: 1}, to: {line: 9, column: 2}, reason: 'no such line'},
      {action: 'withhold', from: {line: 1, column: 1}, to: {line: 1, column: 9}, reason: 'no such column'},
      {action: 'withhold', from: {line: 2, column: 3}, to: {line: 2, column: 3}, reason: 'empty'},
      {action: 'withhold', from: {line: 2, column: 3}, to: {line: 2, column: 2}, reason: 'backwards'},
      {action: 'withhold', from: {line: 9, column: 1}, to: {line: 1, column: 2}, reason: 'starts past the end'},
      {action: 'withhold', from: {line: 1, column: 1}, to: {line: 9, column: 2}, reason: 'ends past the end'},
    ])
    expect(resolved.outOfRange).toEqual([0, 2, 3, 4, 5, 6, 7])
    expect(resolved.spans.map((span) => [span.start, span.end])).toEqual([[0, 2]])
  })

  it('keeps an offset inside the text and reports one at or past its end', () => {
    const resolved = resolve([
      {action: 'keep', offset: 9, reason: 'last character'},
      {action: 'keep', offset: 10, reason: 'at the end'},
      {action: 'keep', offset: 0, reason: 'first'},
    ])
    expect(resolved).toEqual({spans: [], keep: [{offset: 9, note: 'last character'}, {offset: 0, note: 'first'}], outOfRange: [1]})
  })
})
