/**
 * `verify`, the last line against a leak: it must flag a change outside the spans, text left
 * in a span, and any protected token left anywhere (any case, accents folded, possessive), and
 * must not flag the common word, a particle, a part of a longer word or a token the reviewer kept.
 * Each message is a fatal `redaction-leak` at the output place, naming the label, never the text.
 * Issue 6 (mutation testing).
 */
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import type {Entity} from '../../../src/redact/entities.js'
import type {Span} from '../../../src/redact/spans.js'
import {splice, type SplicedSpan} from '../../../src/redact/splice.js'
import {redact} from '../../../src/redact/redact.js'
import {verify, type VerifyInput} from '../../../src/redact/verify.js'

function entity(label: string, tokens: string[]): Entity {
  return {label, tokens, surnameIndex: tokens.length - 1, titles: [], markers: [], names: []}
}

const name = (start: number, end: number, label = 'P1'): Span => ({start, end, reason: 'protected-name', rule: 'protect-marker', entity: label})

/** Verify `output` as the redaction of `original`, with no spans. */
function scan(output: string, entities: Entity[], kept?: VerifyInput['kept']): VFileMessage[] {
  return verify(kept === undefined ? {original: output, output, placed: [], entities} : {original: output, output, placed: [], entities, kept})
}

/** `reason@start-end` of each message, offsets into the output. */
function where(messages: readonly VFileMessage[]): string[] {
  return messages.map((message) => `${message.reason}@${message.place && 'start' in message.place ? `${message.place.start.offset}-${message.place.end.offset}` : 'nowhere'}`)
}

const tokenLeak = (label: string): string => `Unexpected protected token of \`${label}\` in the redacted output, expected none`
const outside = 'Unexpected change outside the redaction spans, expected the original text'

describe('verify: a correct redaction', () => {
  it('passes a correct splice', () => {
    const original = 'Li Qing (protect) met us. Qing left.'
    const spans = [name(0, 7), name(26, 30)]
    const {text, placed} = splice(original, spans, () => '[REDACTED]')
    expect(verify({original, output: text, placed, entities: [entity('P1', ['Li', 'Qing'])]})).toEqual([])
  })
})

describe('verify: text outside the spans', () => {
  const original = 'Talks with Li Qing resumed.'
  const spans = [name(11, 18)]
  const good = splice(original, spans, () => '[REDACTED]')

  it('flags a change before a span, at its place in the output', () => {
    const output = `Talks WITH ${good.text.slice(11)}`
    const messages = verify({original, output, placed: good.placed, entities: []})
    expect(where(messages)).toEqual([`${outside}@0-11`])
    const [message] = messages
    expect(message?.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 12, offset: 11}})
  })

  it('flags a change after the last span, up to the end of the output', () => {
    const output = `${good.text.slice(0, -1)}!`
    expect(where(verify({original, output, placed: good.placed, entities: []}))).toEqual([`${outside}@21-30`])
  })

  it('flags a change between two spans, counting from the end of the first replacement', () => {
    const text = 'Li met Qing today'
    const two = splice(text, [name(0, 2), name(7, 11)], () => '[REDACTED]')
    const output = two.text.replace(' met ', ' MET ')
    expect(where(verify({original: text, output, placed: two.placed, entities: []}))).toEqual([`${outside}@10-15`])
  })

  it('flags an output cut short, with no place when the place is past its end', () => {
    const messages = verify({original, output: 'Talks', placed: good.placed, entities: []})
    expect(messages.map((message) => message.reason)).toEqual([outside, outside, `Unexpected text left in a span of \`P1\`, expected a placeholder`])
    expect(messages[0]?.place).toBeUndefined()
    // The tail check starts past the end of the short output: no place either.
    expect(messages[1]?.place).toBeUndefined()
  })

  it('makes each message a fatal `redaction-leak` from cablelint with its docs link', () => {
    const [message] = verify({original, output: original.toUpperCase(), placed: [], entities: []})
    expect(message).toMatchObject({fatal: true, ruleId: 'redaction-leak', source: 'cablelint', url: 'docs/rules.md#redaction-leak'})
  })
})

describe('verify: text left in a span', () => {
  const original = 'Talks resumed in May.'

  it('flags a place that does not hold the recorded replacement, naming the entity', () => {
    const {placed} = splice(original, [name(0, 5)], () => '[REDACTED]')
    const output = `Talks${'x'.repeat(5)} resumed in May.`
    expect(where(verify({original, output, placed, entities: []}))).toContain(
      'Unexpected text left in a span of `P1`, expected a placeholder@0-10',
    )
  })

  it('flags a replacement that begins with the removed text, naming the reason when there is no entity', () => {
    const span: Span = {start: 0, end: 5, reason: 'portion-above-release', rule: 'release-level'}
    const {text, placed} = splice(original, [span], (_, removed) => `${removed}!`)
    expect(where(verify({original, output: text, placed, entities: []}))).toEqual([
      'Unexpected text left in a `portion-above-release` span, expected a placeholder@0-6',
    ])
  })

  it('accepts a replacement equal to the removed text (a mask of `XXXX`) and one after removed white space', () => {
    const masked = 'id XXXX end'
    const same = splice(masked, [{start: 3, end: 7, reason: 'decision', rule: 'decisions-file'}], () => 'XXXX')
    expect(verify({original: masked, output: same.text, placed: same.placed, entities: []})).toEqual([])
    const spaced = 'a   b'
    const blank = splice(spaced, [{start: 1, end: 4, reason: 'decision', rule: 'decisions-file'}], (_, removed) => `${removed}[W]`)
    expect(verify({original: spaced, output: blank.text, placed: blank.placed, entities: []})).toEqual([])
  })

  it('accepts a placeholder that merely starts like the removed text elsewhere', () => {
    const text = 'I met X.'
    const {text: output, placed} = splice(text, [name(7, 8)], () => '[REDACTED]')
    expect(verify({original: text, output, placed, entities: []})).toEqual([])
  })
})

describe('verify: protected tokens anywhere in the output', () => {
  const biato = entity('P2', ['Marcel', 'Biato'])

  it('flags each surviving token at its place, in any case, as a possessive, across lines', () => {
    const output = 'BIATO said.\nMarcel’s view; biato,s\nmarcel'
    expect(where(scan(output, [biato]))).toEqual([
      `${tokenLeak('P2')}@12-18`,
      `${tokenLeak('P2')}@35-41`,
      `${tokenLeak('P2')}@0-5`,
      `${tokenLeak('P2')}@27-32`,
    ])
    const [first] = scan('x\nBiato', [biato])
    expect(first?.place).toEqual({start: {line: 2, column: 1, offset: 2}, end: {line: 2, column: 6, offset: 7}})
  })

  it("flags a name with an apostrophe that survives in the `,` garble (O,Brien)", () => {
    expect(where(scan('Mr. O,Brien said no', [entity('P3', ['Seamus', "O'Brien"])]))).toEqual([`${tokenLeak('P3')}@4-11`])
  })

  it('does not flag a token inside a longer word', () => {
    expect(scan('Biatos Marcelino aBiato Biato2 2Marcel', [biato])).toEqual([])
    expect(scan('Biatoé éBiato', [biato])).toEqual([])
    // An accent written apart or a soft hyphen belongs to the word it is in: `Biato\u0301n` reads `Biatón`.
    expect(scan('Biato\u0301n a\u0301Biato Bi\u00adaton', [biato])).toEqual([])
  })

  it('finds a token whatever its accents, in the name or in the output', () => {
    expect(where(scan('FERNANDEZ and Fernández', [entity('P1', ['Fernández'])]))).toEqual([
      `${tokenLeak('P1')}@0-9`,
      `${tokenLeak('P1')}@14-23`,
    ])
    expect(where(scan('FERNÁNDEZ', [entity('P1', ['Fernandez'])]))).toEqual([`${tokenLeak('P1')}@0-9`])
  })

  it('finds a name whose accent is a separate combining mark, however the output writes it', () => {
    const decomposed = entity('P1', ['Jose\u0301'])
    expect(where(scan('Later Jos\u00e9 left; Jose; JOSE\u0301.', [decomposed])).sort()).toEqual([
      `${tokenLeak('P1')}@17-21`,
      `${tokenLeak('P1')}@23-28`,
      `${tokenLeak('P1')}@6-10`,
    ])
    const precomposed = entity('P1', ['M\u00fcller'])
    expect(where(scan('Mu\u0308ller and Muller', [precomposed]))).toEqual([`${tokenLeak('P1')}@0-7`, `${tokenLeak('P1')}@12-18`])
    // Vietnamese letters (U+1E00–U+1EFF): `Nguyễn` is found as `Nguyen`.
    expect(where(scan('Nguyen', [entity('P1', ['Nguy\u1ec5n'])]))).toEqual([`${tokenLeak('P1')}@0-6`])
  })

  it('passes a redaction of a name whose accent was written apart before the marker, once every mention is gone', () => {
    const text = 'UNCLASSIFIED\n\n1. (U) Marcel Jose\u0301 (protect) said. Later Jos\u00e9 left.\n'
    const result = redact(text, {release: 'U'})
    expect(result.messages.filter((message) => message.ruleId === 'redaction-leak')).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.text).not.toMatch(/Jos|Marcel/)
  })

  // Probes 47–54: what the finder missed, the check must refuse.
  it.each([
    [['Søren', 'Sørensen'], 'SOEREN, Sorensen', ['0-6', '8-16']],
    [['Wałęsa'], 'Walesa', ['0-6']],
    [['Strauß'], 'Strauss STRAUSS', ['0-7', '8-15']],
    [['Strauss'], 'Strauß', ['0-6']],
    [['Jörg'], 'Joerg', ['0-5']],
    [['Đặng', 'Đinh'], 'Dang DINH', ['0-4', '5-9']],
    [['Yıldırım'], 'Yildirim YILDIRIM', ['0-8', '9-17']],
    [['Yildirim'], 'Yıldırım', ['0-8']],
    [['Nguyen'], 'Nguyễn', ['0-6']],
    [['Nunez'], 'Nune\u0303z.', ['0-6']],
    [['Khouri'], 'Kho\u00aduri', ['0-7']],
    [['DʼSouza'], "D'Souza D`Souza", ['0-7', '8-15']],
    [["D'Souza"], 'DʼSouza', ['0-7']],
    [['al‐Hakim'], 'Hakim al-Hakim', ['6-14', '0-5', '9-14']],
  ])('flags %j however the output writes its letters', (tokens, output, places) => {
    expect(where(scan(output, [entity('P1', tokens)]))).toEqual(places.map((place) => `${tokenLeak('P1')}@${place}`))
  })

  it('redacts and passes the probe cables that released a later spelling of the name', () => {
    const cable = (sentence: string): string => `CONFIDENTIAL\n\n1. (C) ${sentence}\n`
    for (const [sentence, gone] of [
      ['Søren Sørensen (protect) said the fleet was ready. Sorensen added that Soren would go.', /S.ren/],
      ['Jörg Strauß (protect) said the bank was weak. Strauss added that Jorg and Joerg agreed.', /J.*rg|Strau/],
      ['Binali Yıldırım (protect) said so. Yildirim added that YILDIRIM would resign.', /Binali|Y.ld.r.m|YILDIRIM/],
      ['Jose Nunez (protect) said so. Nune\u0303z added that Jose\u0301 would resign.', /Nun|Jos/],
      ['Rohan DʼSouza (protect) said so. D\'Souza added that Rohan had left.', /Souza|Rohan/],
      ['Rami Khouri (protect) said so. Kho\u00aduri added that the army was loyal.', /Kho/],
    ] as const) {
      const result = redact(cable(sentence), {release: 'S'})
      expect([result.ok, result.text]).toEqual([true, expect.not.stringMatching(gone)])
    }
  })

  it('finds a name with an apostrophe whichever apostrophe is written', () => {
    const obrien = entity('P1', ['O’Brien'])
    expect(where(scan("O'Brien spoke", [obrien]))).toEqual([`${tokenLeak('P1')}@0-7`])
    expect(where(scan('O’BRIEN spoke', [entity('P1', ["O'Brien"])]))).toEqual([`${tokenLeak('P1')}@0-7`])
  })

  it('keeps offsets right when the output holds `İ`, whose lower case is two code units', () => {
    const output = 'İstanbul: Biato said, O’Brien too'
    expect(where(scan(output, [biato, entity('P3', ["O'Brien"])]))).toEqual([`${tokenLeak('P2')}@10-15`, `${tokenLeak('P3')}@22-29`])
    expect(where(scan('İ BIATO', [biato]))).toEqual([`${tokenLeak('P2')}@2-7`])
    expect(scan('İ Biatos', [biato])).toEqual([])
  })

  it('matches a token literally, not as a pattern', () => {
    expect(scan('St.Clair and StxClair', [entity('P1', ['St.Clair'])]).length).toBe(1)
    expect(scan('İ StxClair', [entity('P1', ['St.Clair'])])).toEqual([])
    expect(scan('İ St.Clair', [entity('P1', ['St.Clair'])]).length).toBe(1)
  })

  it('takes a common word in lower case for the word, and flags it capitalised', () => {
    const long = entity('P1', ['Wei', 'Long'])
    expect(scan('a long way', [long])).toEqual([])
    expect(where(scan('Long said. LONG', [long]))).toEqual([`${tokenLeak('P1')}@0-4`, `${tokenLeak('P1')}@11-15`])
    // `Wei` is no common word: lower case is still the name.
    expect(where(scan('wei', [long]))).toEqual([`${tokenLeak('P1')}@0-3`])
  })

  it('skips particles and one-letter tokens, and checks each part of a hyphenated name', () => {
    const meyet = entity('P1', ['Ibrahim', 'el-Meyet'])
    expect(scan('de la el al Y', [entity('P1', ['Gomez', 'de', 'la', 'Y', 'Olea'])])).toEqual([])
    expect(where(scan('Meyet spoke', [meyet]))).toEqual([`${tokenLeak('P1')}@0-5`])
    expect(where(scan('el-Meyet', [meyet]))).toEqual([`${tokenLeak('P1')}@0-8`, `${tokenLeak('P1')}@3-8`])
    expect(scan('the el ministry', [meyet])).toEqual([])
    expect(where(scan('J. Li', [entity('P1', ['J.', 'Li'])]))).toEqual([`${tokenLeak('P1')}@3-5`])
    expect(where(scan('Al', [entity('P1', ['Al', 'Gore'])]))).toEqual([])
    expect(where(scan('Dee', [entity('P1', ['Dee'])]))).toEqual([`${tokenLeak('P1')}@0-3`])
    expect(where(scan('Ya', [entity('P1', ['Ya'])]))).toEqual([`${tokenLeak('P1')}@0-2`])
    expect(where(scan('Rudy Bode', [entity('P1', ['Rudy', 'Bode'])]))).toEqual([`${tokenLeak('P1')}@0-4`, `${tokenLeak('P1')}@5-9`])
  })

  it('ignores the empty part after a dangling hyphen', () => {
    expect(where(scan('Ali spoke', [entity('P1', ['Ali-'])]))).toEqual([`${tokenLeak('P1')}@0-3`])
  })

  it('reports a token written twice in the name once per place', () => {
    expect(scan('Li', [entity('P1', ['Li', 'Li'])]).length).toBe(1)
    // Both words spell `strauß`.
    expect(scan('Strauß STRAUSS', [entity('P1', ['Strauss', 'Strauß'])]).length).toBe(2)
  })

  it('names each entity by its own label', () => {
    expect(where(scan('Li met Biato', [entity('P1', ['Li']), biato]))).toEqual([`${tokenLeak('P1')}@0-2`, `${tokenLeak('P2')}@7-12`])
  })

  it('accepts a token the reviewer kept, and only inside the kept range (original offsets)', () => {
    const he = entity('P1', ['He', 'Ye'])
    const original = 'He said. He Ye (protect) left.'
    const {text, placed} = splice(original, [name(9, 14)], () => '[REDACTED]')
    expect(verify({original, output: text, placed, entities: [he], kept: [{start: 0, end: 2}]})).toEqual([])
    expect(where(verify({original, output: text, placed, entities: [he], kept: [{start: 1, end: 2}]}))).toEqual([`${tokenLeak('P1')}@0-2`])
    expect(where(verify({original, output: text, placed, entities: [he], kept: [{start: 2, end: 4}]}))).toEqual([`${tokenLeak('P1')}@0-2`])
    // A kept range that ends where a token starts does not cover it.
    expect(where(scan('He said. He went.', [he], [{start: 7, end: 9}]))).toEqual([`${tokenLeak('P1')}@0-2`, `${tokenLeak('P1')}@9-11`])
    // A kept token after a span: its output place maps back through the replacement.
    const later = 'Li (protect) said. He left.'
    const redacted = splice(later, [name(0, 2)], () => '[REDACTED]')
    const at = later.indexOf('He')
    expect(verify({original: later, output: redacted.text, placed: redacted.placed, entities: [he], kept: [{start: at, end: at + 2}]})).toEqual([])
    expect(where(verify({original: later, output: redacted.text, placed: redacted.placed, entities: [he]}))).toEqual([
      `${tokenLeak('P1')}@${redacted.text.indexOf('He')}-${redacted.text.indexOf('He') + 2}`,
    ])
  })

  it('scans a second output afresh after a first one', () => {
    expect(scan('nothing here', [biato])).toEqual([])
    expect(scan('Biato here', [biato]).length).toBe(1)
    expect(scan('nothing here', [biato])).toEqual([])
  })
})

describe('verify: the splice record it trusts', () => {
  it('uses each placed span’s output range', () => {
    const placed: SplicedSpan[] = [{span: name(0, 2), outputStart: 0, outputEnd: 3, replacement: '[R]'}]
    expect(verify({original: 'Li x', output: '[R] x', placed, entities: []})).toEqual([])
    expect(verify({original: 'Li x', output: '[R]x', placed, entities: []}).length).toBe(1)
  })
})
