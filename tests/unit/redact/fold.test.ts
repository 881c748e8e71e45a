/**
 * Accent folding for name matching (`src/redact/fold.ts`): `Fernández` and `Fernandez` are
 * one name, and an offset in the folded text is the same offset in the original.
 */
import {describe, expect, it} from 'vitest'
import {fold, foldCommaApostrophes} from '../../../src/redact/fold.js'

describe('fold', () => {
  it('folds a Latin letter with an accent to its base letter', () => {
    expect(fold('Fernández')).toBe('Fernandez')
    expect(fold('José Müller')).toBe('Jose Muller')
  })

  it('folds both ends of the Latin-1 and Latin Extended letters, upper and lower case', () => {
    // À is U+00C0, the first folded code unit; Ÿ, Ž, ž sit at the ends of A–Z and a–z.
    expect(fold('À Á Ç Ñ Ÿ Ž à á ç ñ ÿ ž Ș ș Ȳ ȳ')).toBe('A A C N Y Z a a c n y z S s Y y')
  })

  it('keeps letters that have no Latin base letter, and signs', () => {
    expect(fold('Æ Ø ß Þ × ÷')).toBe('Æ Ø ß Þ × ÷')
    // U+01E2 decomposes to Æ + macron: its base is not a–z, so it stays as written.
    expect(fold('Ǣ')).toBe('Ǣ')
  })

  it('leaves plain text and text outside the Latin letters unchanged', () => {
    expect(fold('Li Qing (strictly protect)')).toBe('Li Qing (strictly protect)')
    expect(fold('Ωμέγα Привет')).toBe('Ωμέγα Привет')
    expect(fold('')).toBe('')
  })

  it('keeps the length, so offsets carry over', () => {
    const text = 'met Fernández and Gonçalves in São Paulo'
    const folded = fold(text)
    expect(folded).toHaveLength(text.length)
    expect(folded.indexOf('Goncalves')).toBe(text.indexOf('Gonçalves'))
  })

  it('gives the same answer when called again (no state kept between calls)', () => {
    expect(fold('é')).toBe('e')
    expect(fold('é')).toBe('e')
    expect(fold('xé')).toBe('xe')
  })
})

describe('foldCommaApostrophes', () => {
  it("reads a comma between two letters as the apostrophe it stands for, and no other comma", () => {
    expect(foldCommaApostrophes("O,Brien and Sarkozy,s view, then 1,000 and Smith, Jones")).toBe("O'Brien and Sarkozy's view, then 1,000 and Smith, Jones")
    expect(foldCommaApostrophes('D,Alema,')).toBe("D'Alema,")
    expect(foldCommaApostrophes('no commas')).toBe('no commas')
  })
})
