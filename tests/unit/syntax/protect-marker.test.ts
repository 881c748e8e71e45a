/**
 * Protect-marker grammar (`src/syntax/protect-marker.ts`). The definition is the corpus
 * reference list's (corpus README, `PROTECT_MARKERS.tsv`): a parenthesis group holding the word
 * `protect`, at most 40 characters either side, no parenthesis inside, line breaks allowed;
 * "PROTECT Act", "in order to", "protect our", "to protect them" excluded (but "protect our"
 * about a source, contact, interlocutor, name or identity is a request). The forms below are
 * the corpus's own (01PARIS11204, 03ANKARA2521, 04BOGOTA4332 …). The convention protects
 * confidential sources, E.O. 12958 §1.4(d) (MARKING-RULES C.9).
 */
import {describe, expect, it} from 'vitest'
import {findProtectMarkers} from '../../../src/syntax/protect-marker.js'

/** Offsets of `marker` in `text` (first occurrence), computed by hand from the written strings. */
function rangeOf(text: string, marker: string): {start: number; end: number} {
  const start = text.indexOf(marker)
  if (start === -1) throw new Error(`test bug: ${marker} not in ${text}`)
  return {start, end: start + marker.length}
}

describe('findProtectMarkers', () => {
  it.each([
    {marker: '(protect)', form: 'protect'},
    {marker: '(strictly protect)', form: 'strictly protect'},
    {marker: '(please protect)', form: 'please protect'},
    {marker: '(PLEASE PROTECT)', form: 'please protect'},
    {marker: '(PROTECT)', form: 'protect'},
    {marker: '(protect throughout)', form: 'protect throughout'},
    {marker: '(strictly protect source)', form: 'strictly protect source'},
    {marker: '(strictly protect both)', form: 'strictly protect both'},
    {marker: '(Victim - PROTECT)', form: 'victim - protect'},
    {marker: '(per XXXXXXXXXXXXX, STRICTLY PROTECT)', form: 'per xxxxxxxxxxxxx, strictly protect'},
    {marker: '(XXXXXXXXXXXX -- strictly protect)', form: 'xxxxxxxxxxxx -- strictly protect'},
  ])('finds $marker in a sentence', ({marker, form}) => {
    const text = `He met Wang Wei ${marker} on 3 June.`
    const found = findProtectMarkers(text)
    expect(found).toHaveLength(1)
    const expected = rangeOf(text, marker)
    // "He met Wang Wei " is 16 characters: the marker's `(` stands at offset 16.
    expect(expected.start).toBe(16)
    expect(found[0]).toEqual({...expected, raw: marker, form})
  })

  it('finds a marker split across a line break, with the break inside its span', () => {
    const text = 'analyst Mr. Li (strictly\nprotect) said the'
    const found = findProtectMarkers(text)
    expect(found).toEqual([{start: 15, end: 33, raw: '(strictly\nprotect)', form: 'strictly protect'}])
  })

  it('finds a marker split by CRLF and indentation', () => {
    const text = 'Mery Estela Gorzon (strictly\r\n   protect both) -- be'
    const found = findProtectMarkers(text)
    expect(found).toHaveLength(1)
    expect(found[0]?.start).toBe(19)
    expect(found[0]?.end).toBe(text.indexOf(')') + 1)
    expect(found[0]?.form).toBe('strictly protect both')
  })

  it('finds a marker glued to the redacted name before it', () => {
    const text = 'told us xxxxxxxxxxxx(strictly protect source) that'
    expect(findProtectMarkers(text)).toEqual([{start: 20, end: 45, raw: '(strictly protect source)', form: 'strictly protect source'}])
  })

  it('finds several markers in order', () => {
    const text = 'A (protect) met B (please protect).'
    expect(findProtectMarkers(text).map((marker) => [marker.start, marker.end])).toEqual([
      [2, 11],
      [18, 34],
    ])
  })

  it.each([
    'laws (like the U.S. PROTECT Act) were passed',
    'a new fund (in order to protect our part of it) was set up',
    'the army (in order to protect the border) moved',
    'they act (protect our interests first) he said',
    'the police (to protect them from reprisal) stayed',
    'the protect word outside parentheses: please protect',
    '(protection of sources)',
    '(unprotected)',
    '(German Federal Office for Radiation Protection)',
    '(regarding environmental protection)',
    '(other than those included in protected areas or indigenous reserves)',
  ])('does not find a marker in "%s"', (text) => {
    expect(findProtectMarkers(text)).toEqual([])
  })

  it.each(['(protected)', '(protected source)', '(strictly protected)', '(Please Protected Identity)', '(source protection requested)', '(SENSITIVE SOURCE REQUIRING PROTECTION)', '(protection\nrequested)'])(
    'finds the request written with protected or protection: "%s"',
    (raw) => {
      const text = `Ali Hamdan ${raw} said so.`
      expect(findProtectMarkers(text).map((marker) => marker.raw)).toEqual([raw])
    },
  )

  // Probe 13 (leaks 55-62): each of these was prose, so the name before it was released.
  it.each([
    '(source protected)',
    '(name protected)',
    '(identity protected)',
    '(a protected source)',
    '(sources protected)',
    '(names protected)',
    '(interlocutor protected)',
    '(protected contact)',
    '(identity must be protected)',
    '(identity to be protected)',
    '(source should be\nprotected)',
    '(protection of identity requested)',
    '(protection for sources required)',
    '(protection requested for source)',
    '(PROTECTION REQUESTED FOR INTERLOCUTOR)',
  ])('finds the request about the person written with protected or protection: "%s"', (raw) => {
    const text = `Rami Khouri ${raw} said so.`
    expect(findProtectMarkers(text).map((marker) => marker.raw)).toEqual([raw])
  })

  it.each(['(please protect our source)', '(protect our contact)', '(protect our interlocutor)', '(strictly protect our sources)', '[protect our contact]'])(
    'finds "protect our" about the person: "%s"',
    (raw) => {
      const text = `Rami Khouri ${raw} said so.`
      expect(findProtectMarkers(text).map((marker) => marker.raw)).toEqual([raw])
    },
  )

  it.each(['(please protect identity)', '(protect source)', '(source -- protect)', '(please protect sources)'])('finds the request about the person written with protect: "%s"', (raw) => {
    const text = `Rami Khouri ${raw} said so.`
    expect(findProtectMarkers(text).map((marker) => marker.raw)).toEqual([raw])
  })

  it.each([
    '(to protect our interests)',
    '(protect our sourcing abroad)',
    '(to protect our sources abroad)',
    '(in order to protect our contacts)',
    '(protection of identity)',
    '(witness protection requested)',
    '(our interests protected)',
    '(identity of the protected witness)',
    '(we request strict protection for identities of sources in this report)',
  ])('keeps prose about protecting as prose: "%s"', (raw) => {
    expect(findProtectMarkers(`Rami Khouri ${raw} said so.`)).toEqual([])
  })

  it('finds a request in square brackets or braces, as a transcription may write it', () => {
    const text = 'Ali Hamdan [protect] and Fuad Karam {strictly protect} met Omar Saleh (protect).'
    expect(findProtectMarkers(text).map((marker) => [marker.raw, marker.form])).toEqual([
      ['[protect]', 'protect'],
      ['{strictly protect}', 'strictly protect'],
      ['(protect)', 'protect'],
    ])
    expect(findProtectMarkers('[PGOV](#) [protection of sources] {to protect them}')).toEqual([])
  })

  it('does not find a group longer than 40 characters on one side of the word, unless it opens or closes with the request', () => {
    const before = 'x'.repeat(41)
    expect(findProtectMarkers(`(${before} protect)`)).toEqual([])
    expect(findProtectMarkers(`(${'x'.repeat(39)} protect)`)).toHaveLength(1)
    expect(findProtectMarkers(`(a ${before} protect)`)).toEqual([])
    expect(findProtectMarkers(`(in order that ${before}, they protect their own)`)).toEqual([])
    // The drafter's explanation after or before the request.
    expect(findProtectMarkers(`(protect ${'x'.repeat(41)})`)).toHaveLength(1)
    expect(findProtectMarkers(`(strictly protect -- he is a senior official at the Interior Ministry and could be jailed)`)).toHaveLength(1)
    expect(findProtectMarkers(`(a senior official at the Interior Ministry who could be jailed -- please protect)`)).toHaveLength(1)
    expect(findProtectMarkers(`(protect ${'x'.repeat(240)})`)).toEqual([])
  })

  it('finds the request alone when misspelt or cut short, and only alone', () => {
    for (const group of ['(protec)', '(portect)', '(strictly prtoect)', '(prot.)', '(PROTEC)']) expect(findProtectMarkers(`Ali Hamdan ${group} said`)).toHaveLength(1)
    for (const group of ['(project)', '(the protec file)', '(prot. area)']) expect(findProtectMarkers(`Ali Hamdan ${group} said`)).toEqual([])
  })

  it('does not find a group with a parenthesis inside, nor an unclosed one', () => {
    expect(findProtectMarkers('(see (a) and protect)')).toEqual([])
    expect(findProtectMarkers('text (strictly protect')).toEqual([])
  })

  it('adds matches of configured patterns', () => {
    const text = 'Source A -- protect -- said'
    const found = findProtectMarkers(text, [/-- protect\b/i])
    expect(found).toEqual([{start: 9, end: 19, raw: '-- protect', form: '-- protect'}])
  })

  it('ignores the g and y flags of configured patterns and finds every match', () => {
    const text = '[SRC] one [SRC] two'
    const pattern = /\[SRC\]/y
    const found = findProtectMarkers(text, [pattern])
    expect(found.map((marker) => marker.start)).toEqual([0, 10])
    expect(found[0]?.form).toBe('[src]')
  })

  it('drops a configured match that overlaps a built-in marker, and keeps order', () => {
    const text = 'X [P] Y (strictly protect) Z'
    const found = findProtectMarkers(text, [/strictly protect/i, /\[P\]/])
    expect(found.map((marker) => marker.raw)).toEqual(['[P]', '(strictly protect)'])
  })

  it('strips the parentheses of a configured match from its form', () => {
    const found = findProtectMarkers('a (SOURCE: HIDE) b', [/\(source: hide\)/i])
    expect(found).toEqual([{start: 2, end: 16, raw: '(SOURCE: HIDE)', form: 'source: hide'}])
  })

  it('ignores empty matches of configured patterns', () => {
    expect(findProtectMarkers('abc', [/x*/])).toEqual([])
  })
})
