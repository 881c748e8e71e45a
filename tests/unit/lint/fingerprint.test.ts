import {fc, test} from '@fast-check/vitest'
import {describe, expect, it} from 'vitest'
import {fingerprint} from '../../../src/lint/baseline.js'

describe('fingerprint', () => {
  // Digits written by the first implementation (hash of the collapsed copy): baselines already
  // saved by users hold them, so they must never change.
  it.each([
    ['portion-marking', 'missing', '  (C) Talks\n\n resumed.\t', '14dc9c04e50e4805'],
    ['r', 'm', '', '107c54a6ce9b777f'],
    ['r', 'm', '   ', '107c54a6ce9b777f'],
    ['no-protected-source', 'protectedSource', 'Li Qing (strictly\u2028protect)\u00a0\u3000', 'cb09851217230a1e'],
    ['a', 'b', '\u{1F600} x\r\ny ', '326af0e4a51ae401'],
  ])('%s / %s / %j → %s', (ruleId, messageId, text, expected) => {
    expect(fingerprint(ruleId, messageId, text)).toBe(expected)
  })

  const spacey = fc.string({unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u180e', 'é', '\ud83d')})

  test.prop([spacey])('is the fingerprint of the text with white space collapsed and trimmed', (text) => {
    expect(fingerprint('rule', 'message', text)).toBe(fingerprint('rule', 'message', text.replace(/\s+/g, ' ').trim()))
  })

  test.prop([spacey, spacey])('tells texts apart that differ once collapsed', (a, b) => {
    fc.pre(a.replace(/\s+/g, ' ').trim() !== b.replace(/\s+/g, ' ').trim())
    expect(fingerprint('rule', 'message', a)).not.toBe(fingerprint('rule', 'message', b))
  })
})
