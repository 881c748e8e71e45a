/** A nickname in capitals opening a protected name (`ACM Neto (protect)`, as in 07BRASILIA598) is part of the name. */
import {describe, expect, it} from 'vitest'
import {redact} from '../../../src/redact/redact.js'

const text = [
  'UNCLAS SECTION 01 OF 01 BRASILIA 000598',
  '',
  'E.O. 12958: N/A',
  '',
  '1. (U) Federal Deputy ACM Neto (protect) told poloff on April 4 that the inquiry would go ahead.',
  '',
  '2. (U) ACM Neto said the committee would meet. Asked again, ACM declined to say more.',
  '',
].join('\n')

describe('a nickname in capitals before a protected name', () => {
  it('is redacted with the name, wherever it appears', () => {
    const result = redact(text, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/\bACM\b|\bNeto\b/)
    expect(result.text).toContain('Federal Deputy [REDACTED] (protect) told poloff')
    expect(result.text).toContain('Asked again, [REDACTED] declined')
  })
})
