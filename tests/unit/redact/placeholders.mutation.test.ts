/**
 * Placeholders: which text replaces a span in each mode, and the pattern that recognises a
 * placeholder (ours or WikiLeaks' `XXXX`) before a protect marker. Issue 6 (mutation testing).
 */
import {describe, expect, it} from 'vitest'
import {
  labelPlaceholder,
  mask,
  placeholderFor,
  placeholderModes,
  placeholderPattern,
  redactedPlaceholder,
  withheldPlaceholder,
} from '../../../src/redact/placeholders.js'
import type {Span} from '../../../src/redact/spans.js'

const name: Span = {start: 0, end: 7, reason: 'protected-name', rule: 'protect-marker', entity: 'P3'}
const anonymous: Span = {start: 0, end: 7, reason: 'name-mention', rule: 'mentions'}
const portion: Span = {start: 0, end: 7, reason: 'portion-above-release', rule: 'release-level', entity: 'P3'}

describe('placeholderFor', () => {
  it('fixed: `[REDACTED]` for names, `[WITHHELD]` for withheld text, whatever the length', () => {
    expect(placeholderFor(name, 'Li Qing', 'fixed')).toBe('[REDACTED]')
    expect(placeholderFor(portion, 'Talks resumed.', 'fixed')).toBe('[WITHHELD]')
  })

  it('label: the entity’s label for names, `[REDACTED]` when a name span has no entity, `[WITHHELD]` for text', () => {
    expect(placeholderFor(name, 'Li Qing', 'label')).toBe('[SOURCE-3]')
    expect(placeholderFor(anonymous, 'Li Qing', 'label')).toBe('[REDACTED]')
    expect(placeholderFor(portion, 'Talks', 'label')).toBe('[WITHHELD]')
  })

  it('mask: X for every character, line breaks kept, for names and withheld text alike', () => {
    expect(placeholderFor(name, 'Li\r\nQing', 'mask')).toBe('XX\r\nXXXX')
    expect(placeholderFor(portion, 'a b\nc', 'mask')).toBe('XXX\nX')
  })
})

describe('placeholder texts', () => {
  it('are the documented tokens', () => {
    expect(redactedPlaceholder).toBe('[REDACTED]')
    expect(withheldPlaceholder).toBe('[WITHHELD]')
    expect(placeholderModes).toEqual(['fixed', 'label', 'mask'])
    expect(labelPlaceholder('P12')).toBe('[SOURCE-12]')
    expect(mask('é \t\n')).toBe('XXX\n')
  })
})

describe('placeholderPattern', () => {
  it.each(['[REDACTED]', '[WITHHELD]', '[SOURCE-1]', '[SOURCE-12]', 'XXXX', 'xxxxxxxxxxxx', 'met XXXXXXXXXXXX (protect)'])(
    'recognises %j',
    (text) => {
      expect(placeholderPattern.test(text)).toBe(true)
    },
  )

  it.each(['XXX', 'Xx x', '[SOURCE-]', '[SOURCE-a]', 'REDACTED', '[REDACTED', '(WITHHELD)', 'Li Qing', '[SOURCE1]'])(
    'does not take %j for a placeholder',
    (text) => {
      expect(placeholderPattern.test(text)).toBe(false)
    },
  )
})
