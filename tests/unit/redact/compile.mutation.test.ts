/**
 * `compileRedaction` / `redact`: placeholders by mode, the reviewer's decisions (withhold,
 * keep, and the warnings for those that do not apply), the log, `ok`, and the lazy diff.
 * Issue 6 (mutation testing).
 */
import {describe, expect, it} from 'vitest'
import {compileRedaction} from '../../../src/redact/compile.js'
import type {Decisions} from '../../../src/redact/decisions.js'
import {redact} from '../../../src/redact/redact.js'
import {parse} from '../../../src/syntax/parse.js'

// `He` (offset 50) and `Ye` (offset 87) start sentences: ambiguous mentions of He Ye.
const text = 'CONFIDENTIAL\n\n1. (C) He Ye (protect) of STC said. He left early.\n\n2. (U) Weather fine. Ye agreed.\n'
const he = text.indexOf('He left')
const ye = text.indexOf('Ye agreed')

const decide = (decisions: Decisions['decisions']): Decisions => ({decisions})

describe('compileRedaction: placeholders', () => {
  it('uses fixed placeholders by default', () => {
    const result = redact(text, {release: 'C'})
    expect(result.text).toBe(
      'CONFIDENTIAL\n\n1. (C) [REDACTED] (protect) of STC said. [REDACTED] left early.\n\n2. (U) Weather fine. [REDACTED] agreed.\n',
    )
    expect(result.ok).toBe(true)
    expect(result.messages).toEqual([])
  })

  it('uses the requested placeholder mode', () => {
    expect(redact(text, {release: 'C', placeholder: 'label'}).text).toBe(
      'CONFIDENTIAL\n\n1. (C) [SOURCE-1] (protect) of STC said. [SOURCE-1] left early.\n\n2. (U) Weather fine. [SOURCE-1] agreed.\n',
    )
    expect(redact(text, {release: 'U', placeholder: 'mask'}).text).toBe(
      'CONFIDENTIAL\n\n1. (C) XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n\n2. (U) Weather fine. XX agreed.\n',
    )
  })

  it('returns the spans, the entities and a log entry per span', () => {
    const result = redact(text, {release: 'U'})
    expect(result.spans.map((span) => [span.start, span.end, span.reason])).toEqual([
      [21, 64, 'portion-above-release'],
      [ye, ye + 2, 'ambiguous-mention'],
    ])
    expect(result.log.map((entry) => [entry.start, entry.end, entry.reason, entry.startLine])).toEqual([
      [21, 64, 'portion-above-release', 3],
      [ye, ye + 2, 'ambiguous-mention', 5],
    ])
    expect(result.entities.map((entity) => [entity.label, entity.tokens])).toEqual([['P1', ['He', 'Ye']]])
  })

  it('passes protect-marker patterns from the config to the parser', () => {
    const custom = 'UNCLASSIFIED\n\n1. (U) Li Qing [[hide]] said.\n'
    expect(redact(custom, {release: 'U'}).text).toBe(custom)
    expect(redact(custom, {release: 'U', protectMarkerPatterns: [/\[\[hide\]\]/]}).text).toBe('UNCLASSIFIED\n\n1. (U) [REDACTED] [[hide]] said.\n')
  })

  it('uses a tree the caller already parsed, rather than parsing again', () => {
    const custom = 'UNCLASSIFIED\n\n1. (U) Li Qing [[hide]] said.\n'
    const patterns = [/\[\[hide\]\]/]
    expect(redact(custom, {release: 'U', tree: parse(custom, {protectMarkerPatterns: patterns})}).text).toBe(
      'UNCLASSIFIED\n\n1. (U) [REDACTED] [[hide]] said.\n',
    )
    expect(redact(custom, {release: 'U', tree: parse(custom), protectMarkerPatterns: patterns}).text).toBe(custom)
  })
})

describe('compileRedaction: decisions', () => {
  it('withholds a reviewer range, with the reviewer reason in the log', () => {
    const start = text.indexOf('Weather')
    const result = redact(text, {release: 'C', decisions: decide([{action: 'withhold', start, end: start + 12, reason: 'weather is secret'}])})
    expect(result.text).toContain('2. (U) [WITHHELD]. [REDACTED] agreed.')
    expect(result.log.find((entry) => entry.reason === 'decision')).toMatchObject({start, end: start + 12, rule: 'decisions-file', decision: 'weather is secret'})
    expect(result.ok).toBe(true)
  })

  it('warns, by its 1-based number, about a decision outside the text and applies the others', () => {
    const result = redact(text, {
      release: 'C',
      decisions: decide([
        {action: 'withhold', start: 0, end: 3, reason: 'r'},
        {action: 'withhold', start: 0, end: text.length + 1, reason: 'r'},
      ]),
    })
    expect(result.messages.map((message) => message.reason)).toEqual([
      'Unexpected decision 2 outside the text, expected a range inside it; not applied',
    ])
    expect(result.messages[0]).toMatchObject({fatal: false, ruleId: 'redaction-decision', source: 'cablelint', url: 'docs/rules.md#redaction-decision'})
    expect(result.text.startsWith('[WITHHELD]FIDENTIAL')).toBe(true)
    expect(result.ok).toBe(true)
  })

  it('keeps an ambiguous mention the reviewer kept, and logs it as kept', () => {
    const result = redact(text, {release: 'C', decisions: decide([{action: 'keep', offset: he, reason: 'the pronoun'}])})
    expect(result.text).toBe(
      'CONFIDENTIAL\n\n1. (C) [REDACTED] (protect) of STC said. He left early.\n\n2. (U) Weather fine. [REDACTED] agreed.\n',
    )
    expect(result.ok).toBe(true)
    expect(result.messages).toEqual([])
    expect(result.spans.some((span) => span.start === he)).toBe(false)
    expect(result.log.filter((entry) => entry.kept === true)).toEqual([
      {
        start: he,
        end: he + 2,
        startLine: 3,
        startColumn: he - 14 + 1,
        endLine: 3,
        endColumn: he - 14 + 3,
        reason: 'ambiguous-mention',
        rule: 'decisions-file',
        ambiguous: true,
        decision: 'the pronoun',
        kept: true,
        entity: 'P1',
      },
    ])
  })

  it('warns about a keep that is not at the start of an ambiguous mention, and redacts as before', () => {
    const name = text.indexOf('He Ye')
    const result = redact(text, {
      release: 'C',
      decisions: decide([
        {action: 'keep', offset: name, reason: 'not ambiguous'},
        {action: 'keep', offset: he + 1, reason: 'inside it'},
      ]),
    })
    expect(result.messages.map((message) => message.reason)).toEqual([
      `Unexpected keep at offset ${name}, expected the start of an ambiguous mention; not applied`,
      `Unexpected keep at offset ${he + 1}, expected the start of an ambiguous mention; not applied`,
    ])
    expect(result.messages.every((message) => message.fatal === false)).toBe(true)
    expect(result.text).toBe(redact(text, {release: 'C'}).text)
    expect(result.ok).toBe(true)
    expect(result.log.some((entry) => entry.kept === true)).toBe(false)
  })

  it('warns about a keep past the end of the text', () => {
    const result = redact(text, {release: 'C', decisions: decide([{action: 'keep', offset: text.length, reason: 'r'}])})
    expect(result.messages.map((message) => message.reason)).toEqual([
      'Unexpected decision 1 outside the text, expected a range inside it; not applied',
    ])
  })

  it('does not keep a token that a withheld span covers anyway, even one sharing its start or end', () => {
    for (const [start, end] of [[he, he + 2], [he, he + 10], [he - 5, he + 2], [21, 64]]) {
      const decisions = decide([
        {action: 'withhold', start: start ?? 0, end: end ?? 0, reason: 'withheld'},
        {action: 'keep', offset: he, reason: 'the pronoun'},
      ])
      const result = redact(text, {release: 'C', decisions})
      expect(result.log.some((entry) => entry.kept === true)).toBe(false)
      expect(result.text).not.toContain('He left')
      expect(result.ok).toBe(true)
    }
  })

  it('keeps a token that a withheld span only touches', () => {
    const decisions = decide([
      {action: 'withhold', start: he + 2, end: he + 7, reason: 'withheld'},
      {action: 'keep', offset: he, reason: 'the pronoun'},
    ])
    const result = redact(text, {release: 'C', decisions})
    expect(result.text).toContain('said. He[WITHHELD] early.')
    expect(result.log.filter((entry) => entry.kept === true).map((entry) => entry.start)).toEqual([he])
    expect(result.ok).toBe(true)
  })
})

describe('compileRedaction: ok', () => {
  it('is false, with the fatal leak message, when verification finds a protected token in the output', () => {
    // The person's surname is spelled by the placeholder itself: verify does not trust the
    // placeholder's text, so the redaction fails closed rather than publish the word.
    const cable = 'CONFIDENTIAL\n\n1. (C) Anna Redacted (protect) said.\n'
    const result = redact(cable, {release: 'C'})
    expect(result.ok).toBe(false)
    expect(result.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['redaction-leak', true]])
  })

  it('stays true with warnings only', () => {
    const result = redact(text, {release: 'C', decisions: decide([{action: 'keep', offset: 0, reason: 'r'}])})
    expect(result.messages).toHaveLength(1)
    expect(result.ok).toBe(true)
  })
})

describe('compileRedaction: the diff', () => {
  it('is the unified diff of the original and the output, under the given path or `cable.txt`', () => {
    const named = redact(text, {release: 'U', path: 'cables/x.txt'})
    expect(named.diff).toContain('--- cables/x.txt\toriginal')
    expect(named.diff).toContain('+++ cables/x.txt\tredacted')
    expect(named.diff).toContain('-1. (C) He Ye (protect) of STC said. He left early.')
    expect(named.diff).toContain('+1. (C) [WITHHELD]')
    expect(redact(text, {release: 'U'}).diff).toContain('--- cable.txt\toriginal')
  })

  it('is made once, and travels with a copy of the result', () => {
    const result = compileRedaction(text, parse(text), {release: 'U'})
    const first = result.diff
    expect(result.diff).toBe(first)
    expect({...result}.diff).toBe(first)
    expect(JSON.parse(JSON.stringify(result)).diff).toBe(first)
  })
})

// Audit K (06SAOPAULO910): a protected `Paulo` made `Sao [REDACTED]` of the consulate's own city.
describe('compileRedaction: a name word that is the second word of a place', () => {
  const cable = 'UNCLAS SAO PAULO 000910\n\n1. (U) At the Sao Paulo meeting, Paulo Rosa (strictly protect) spoke.\n\n2. (U) Paulo left for San Paulo and Santo Domingo. Rosa agreed.\n'

  it('keeps the place, logs it as kept with the place, and redacts every other mention', () => {
    const result = redact(cable, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text).toBe(
      'UNCLAS SAO PAULO 000910\n\n1. (U) At the Sao Paulo meeting, [REDACTED] (strictly protect) spoke.\n\n2. (U) [REDACTED] left for San Paulo and Santo Domingo. [REDACTED] agreed.\n',
    )
    const kept = result.log.filter((entry) => entry.kept === true)
    expect(kept.map((entry) => [cable.slice(entry.start, entry.end), entry.decision, entry.rule])).toEqual([
      ['PAULO', "a place's name, SAO PAULO", 'place-name'],
      ['Paulo', "a place's name, Sao Paulo", 'place-name'],
      ['Paulo', "a place's name, San Paulo", 'place-name'],
    ])
  })

  it('still redacts the word where the word before it is the person’s own name', () => {
    const result = redact('CONFIDENTIAL\n\n1. (C) We met Aung San Suu Kyi (protect). Later San Suu said so.\n', {release: 'C'})
    expect(result.text).not.toMatch(/Suu|Kyi/)
    expect(result.log.some((entry) => entry.kept === true)).toBe(false)
  })
})

// Audit M (09ABUJA202): a surname in capitals at a marker in the SUBJECT line kept the given name
// the body writes before it in mixed case (`Governor Bukola [REDACTED]`).
describe('compileRedaction: a surname read in capitals', () => {
  it('takes the given names written before its mentions in mixed case', () => {
    const cable = 'CONFIDENTIAL\n\nSUBJECT: NIGERIA: SMITH (PROTECT) ON HEALTH\n\n1. (C) Ambassador met Governor John Smith on January 28. Smith said he was well.\n'
    const result = redact(cable, {release: 'C'})
    expect(result.ok).toBe(true)
    expect(result.text).toContain('Governor [REDACTED] on January 28. [REDACTED] said')
    expect(result.text).not.toMatch(/John|Smith|SMITH/)
  })
})

// Audit M (08SANJOSE267): a candidate read at a marker shared the post's name (`San Jose`).
describe('compileRedaction: the header lines that name posts', () => {
  const cable = 'R 082204Z APR 08\nFM AMEMBASSY SAN JOSE\nTO RUEHC/SECSTATE WASHDC 9586\n\nUNCLAS SAN JOSE 000267\n\nSUBJECT: SAN JOSE GUNS\n\n1. We met John Smith, the owner of Acme Arms of San Jose (protect). San Jose is large.\n'

  it('keeps the post in the routing and caption lines, logged as kept, and redacts it elsewhere', () => {
    const result = redact(cable, {release: 'U'})
    expect(result.ok).toBe(true)
    expect(result.text.split('\n').slice(0, 5)).toEqual(cable.split('\n').slice(0, 5))
    expect(result.text).toContain('SUBJECT: [REDACTED] GUNS')
    expect(result.text).toContain('[REDACTED] is large')
    expect(result.text).not.toMatch(/John|Smith/)
    const kept = result.log.filter((entry) => entry.kept === true)
    expect(kept.map((entry) => [entry.startLine, entry.rule])).toEqual([
      [2, 'place-name'],
      [5, 'place-name'],
    ])
  })
})

// Leaks an adversarial probe of the place and post keeps found (probe20): each keep narrowed.
describe('compileRedaction: what is never kept as a place or a post', () => {
  const kept = (text: string): string[] => redact(text, {release: 'U'}).log.filter((entry) => entry.kept === true).map((entry) => text.slice(entry.start, entry.end))

  it('a surname after a lower-case `port`, or after another person’s given name that is a place’s first word', () => {
    const port = 'UNCLAS SAN JOSE 000123\n\n1. (U) Carlos Mendez (protect) said cocaine moves freely through the port Mendez inspects.\n'
    expect(redact(port, {release: 'U'}).text).not.toContain('Mendez')
    const cousin = 'UNCLAS ROME 000123\n\n1. (U) Giuseppe Rizzo (protect), a customs officer, says his cousin Santo Rizzo pays the chief.\n'
    expect(redact(cousin, {release: 'U'}).text).not.toContain('Rizzo')
    expect(kept(port)).toEqual([])
    expect(kept(cousin)).toEqual([])
  })

  it('a name on a line read as a banner again after the body began, or on prose taken for a routing line', () => {
    const caption = 'C O N F I D E N T I A L ROME 000123\n\n1. (C) THE HARBOR MASTER AT GIOIA TAURO, RIZZO (PROTECT), TOLD US OF THE\nSECRET TALKS WITH RIZZO IN MAY 2007\n'
    expect(redact(caption, {release: 'S'}).text).not.toContain('RIZZO')
    const routing = 'SUBJECT: HARBOR OFFICIAL ON COCAINE SHIPMENTS\n\nTHE DEPUTY HARBOR MASTER AT GIOIA TAURO, RIZZO (PROTECT), SAYS THE CLAN PAYS HIS CHIEF.\nTO RIZZO, THE CUSTOMS SERVICE IS LOST.\n'
    expect(redact(routing, {release: 'S'}).text).not.toContain('RIZZO')
  })

  it('a country set off by a comma after a relative: a person’s name', () => {
    const daughter = 'UNCLAS TEHRAN 000123\n\n1. (U) Reza Tehrani, an engineer, and his daughter, Iran (protect), told Poloff that\nIran was followed home by the Basij.\n'
    expect(redact(daughter, {release: 'U'}).text).not.toContain('Iran')
  })
})
