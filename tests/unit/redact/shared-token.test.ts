/** Two protected people who share a name token: a full-name mention is one span, labelled as the person it names. */
import {describe, expect, it} from 'vitest'
import {redact} from '../../../src/redact/redact.js'

const text = [
  'UNCLAS SECTION 01 OF 01 STATE 000001',
  '',
  'E.O. 12958: N/A',
  '',
  '1. (U) Poloff met with Pedro Biabiabia (protect) and Pedro Biabia (protect) today.',
  'Officials consulted Pedro Biabia about the plan; Biabiabia agreed.',
  '',
].join('\n')

describe('a token shared by two protected people', () => {
  it('labels the full name by the person both tokens belong to', () => {
    const result = redact(text, {release: 'U', placeholder: 'label'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain('met with [SOURCE-1] (protect) and [SOURCE-2] (protect) today.')
    expect(result.text).toContain('Officials consulted [SOURCE-2] about the plan; [SOURCE-1] agreed.')
    expect(result.text).not.toMatch(/Pedro|Biabia/)
  })
})
