/**
 * Accent folding for name matching (`src/redact/fold.ts`): `Fernández` and `Fernandez` are
 * one name, and an offset in the folded text is the same offset in the original.
 */
import {describe, expect, it} from 'vitest'
import {fold, foldCommaApostrophes, joinedSpellings, nameSpellings, withoutIgnorables} from '../../../src/redact/fold.js'

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
    // `ß`, `Æ`, `Þ` are two letters in English (`ss`, `AE`, `TH`): `nameSpellings` spells them so.
    expect(fold('Æ ß ẞ Þ × ÷ œ')).toBe('Æ ß ẞ Þ × ÷ œ')
    // U+01E2 decomposes to Æ + macron: its base is not a–z, so it stays as written.
    expect(fold('Ǣ')).toBe('Ǣ')
  })

  it('folds the letters with a stroke or bar and the dotless i, which have no decomposition', () => {
    // Probes 48, 49, 51, 52: `Søren`, `Wałęsa`, `Đinh`, `Yıldırım` were released as `Soren`, `Walesa`, `Dinh`, `Yildirim`.
    expect(fold('Søren SØREN Wałęsa WAŁĘSA Đinh đinh Yıldırım Guðmundsson Ħal')).toBe('Soren SOREN Walesa WALESA Dinh dinh Yildirim Gudmundsson Hal')
  })

  it('folds the Vietnamese letters of Latin Extended Additional (U+1E00–U+1EFF)', () => {
    expect(fold('Nguyễn NGUYỄN Đặng Ḿ ỳ ỹ')).toBe('Nguyen NGUYEN Dang M y y')
    expect(fold('ẞ ẜ')).toBe('ẞ ẜ')
  })

  it('folds the Unicode hyphens to `-` (probe 46: `al‐Hakim`), and leaves apostrophes to the comparison in lower case', () => {
    expect(fold('al‐Hakim al‑Hakim')).toBe('al-Hakim al-Hakim')
    expect(fold('DʼSouza D’Souza')).toBe('DʼSouza D’Souza')
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
    const wider = 'İ Søren Nguyễn DʼSouza al‐Hakim Strauß Jose\u0301'
    expect(fold(wider)).toHaveLength(wider.length)
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

describe('withoutIgnorables', () => {
  it('is undefined for text a reader sees whole, as nearly every cable is', () => {
    expect(withoutIgnorables('Rami Khouri (protect) said. José left.')).toBeUndefined()
    expect(withoutIgnorables('')).toBeUndefined()
  })

  it('takes out accents written apart, soft hyphens and joiners, so a name reads as it shows', () => {
    // Probes 54 and g4: `Nune\u0303z`, `Jose\u0301` and `Kho\u00ADuri` were released.
    expect(withoutIgnorables('Nune\u0303z, Jose\u0301, Kho\u00aduri, Nguye\u0302\u0303n, A\u200dB\ufeff')?.text).toBe('Nunez, Jose, Khouri, Nguyen, AB')
  })

  it('keeps the zero width space, which parts words', () => {
    expect(withoutIgnorables('Biato\u200bMarcel')).toBeUndefined()
  })

  it('takes each offset back past the units taken out before it', () => {
    const text = '\u00adab\u0301c Kho\u00aduri x\u0301\u0302'
    const view = withoutIgnorables(text)!
    expect(view.text).toBe('abc Khouri x')
    // Each unit of the view back to the same unit of the text; the end past the marks at the end.
    for (let offset = 0; offset < view.text.length; offset++) expect(text.charAt(view.toOriginal(offset))).toBe(view.text.charAt(offset))
    expect([0, 2, 7, 12].map(view.toOriginal)).toEqual([1, 4, 10, 17])
  })
})

describe('nameSpellings', () => {
  it('gives a plain name once, folded', () => {
    expect(nameSpellings('Biato')).toEqual(['Biato'])
    expect(nameSpellings('Fernández')).toEqual(['Fernandez'])
  })

  it('drops accents however they are written', () => {
    expect(nameSpellings('Jose\u0301')).toEqual(['Jose'])
    expect(nameSpellings('Nguye\u0302\u0303n')).toEqual(['Nguyen'])
    expect(nameSpellings('Nguyễn')).toEqual(['Nguyen'])
  })

  it('spells a letter written as two letters both ways (probe 50: `Strauß`, later `Strauss`)', () => {
    expect(nameSpellings('Strauß')).toEqual(['Strauß', 'Strauss'])
    expect(nameSpellings('Strauss')).toEqual(['Strauss', 'strauß'])
    expect(nameSpellings('Kjærsgaard')).toEqual(['Kjærsgaard', 'Kjaersgaard'])
    expect(nameSpellings('Thorsson')).toEqual(['Thorsson', 'þorsson', 'thorßon', 'þorßon'])
  })

  it('spells German and Scandinavian letters as transliterated, one way only', () => {
    expect(nameSpellings('Jörg')).toEqual(['Jorg', 'Joerg'])
    expect(nameSpellings('Søren')).toEqual(['Soren', 'Soeren'])
    expect(nameSpellings('Joerg')).toEqual(['Joerg', 'jœrg'])
  })

  it("reads each apostrophe a name is typed with as `'` (probe 47: `DʼSouza`, later `D'Souza`)", () => {
    // and each also without it (`Ndiaye` for `N'Diaye`), as the ʻokina and ʿayn are (`Kaahumanu`)
    expect(['DʼSouza', 'D’Souza', 'D`Souza', 'D´Souza', 'D‘Souza', 'DʻSouza', 'DʿSouza'].flatMap(nameSpellings)).toEqual(Array(7).fill(["D'Souza", 'DSouza']).flat())
  })

  it('opens every spelling with a letter, which a key must', () => {
    expect(nameSpellings('ʼAli')).toEqual(['Ali'])
    expect(nameSpellings('DʼSouza')).toEqual(["D'Souza", 'DSouza'])
  })
})

describe('nameSpellings: other ways the name is written', () => {
  it.each([
    ['Xiao-ming', ['Xiao-ming', 'Xiaoming']],
    ['McDonald', ['McDonald', 'MacDonald']],
    ['MacIntosh', ['MacIntosh', 'McIntosh']],
    ['Marković', ['Markovic', 'Markovich', 'Markovitch']],
    ['Markovich', ['Markovich', 'Markovic', 'Markovitch']],
    ['Mueller', ['Mueller', 'Muller']],
    ['Məmmədov', ['Mammadov']],
    ['Mace', ['Mace']],
    ['Eric', ['Eric']],
  ])('%s', (word, spellings) => {
    expect(nameSpellings(word)).toEqual(spellings)
  })
})

describe('joinedSpellings', () => {
  it('joins a compound opener, a particle or a short word to the words after it, not ending with a particle', () => {
    expect(joinedSpellings(['Abdel', 'Rahman'])).toEqual(['AbdelRahman'])
    expect(joinedSpellings(['Ali', 'Reza', 'Hosseini'])).toEqual(['AliReza', 'AliRezaHosseini', 'RezaHosseini'])
    expect(joinedSpellings(['Pieter', 'van', 'den', 'Berg'])).toEqual(['vandenBerg', 'denBerg'])
    expect(joinedSpellings(['Kim', 'A.', "O'Neil"])).toEqual(['KimONeil'])
    expect(joinedSpellings(['James', 'Boughner'])).toEqual([])
    expect(joinedSpellings(['Bond'])).toEqual([])
  })
})
