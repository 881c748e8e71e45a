import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {dedupeMessages} from '../../../src/lint/messages.js'

function finding(ruleId: string, reason: string, start: number, end: number, line = 1): VFileMessage {
  const message = new VFileMessage(reason, {place: {start: {line, column: start + 1, offset: start}, end: {line, column: end + 1, offset: end}}, ruleId})
  return message
}

describe('dedupeMessages', () => {
  it('drops a repeat of an earlier finding, even with others between them, and keeps the first', () => {
    const first = finding('a', 'Unexpected x', 3, 5)
    const other = finding('b', 'Unexpected y', 3, 5)
    const repeat = finding('a', 'Unexpected x', 3, 5)
    const kept = dedupeMessages([first, other, repeat])
    expect(kept).toHaveLength(2)
    expect(kept[0]).toBe(first)
    expect(kept[1]).toBe(other)
  })

  it('keeps findings that differ in rule, text, end or line', () => {
    const messages = [finding('a', 'x', 3, 5), finding('b', 'x', 3, 5), finding('a', 'y', 3, 5), finding('a', 'x', 3, 6), finding('a', 'x', 3, 5, 2)]
    expect(dedupeMessages(messages)).toEqual(messages)
  })

  it('treats findings without a place, or with a point, like any other', () => {
    const noPlace = [new VFileMessage('x', {ruleId: 'a'}), new VFileMessage('x', {ruleId: 'a'}), new VFileMessage('y', {ruleId: 'a'})]
    expect(dedupeMessages(noPlace)).toHaveLength(2)
    const point = {line: 2, column: 3, offset: 9}
    const atPoint = [new VFileMessage('x', {ruleId: 'a', place: point}), new VFileMessage('x', {ruleId: 'a', place: {...point}}), new VFileMessage('x', {ruleId: 'a', place: {...point, column: 4}})]
    expect(dedupeMessages(atPoint)).toHaveLength(2)
  })
})
