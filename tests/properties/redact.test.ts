/**
 * Redaction guarantees over generated cables whose ground truth is known by construction
 * (`cablelint/testing`): no protected token survives at any release level, nothing above the
 * release level survives, the output is the input outside the logged spans, redaction is
 * idempotent, the diff and the log tell the truth.
 *
 * Replay a failure with `FC_SEED=<seed> FC_PATH=<path>` (printed by fast-check); run deeper
 * with `FC_NUM_RUNS=2000` (`npm run test:deep`).
 */
import {applyPatch} from 'diff'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {releasable, releaseLevels, type ReleaseLevel} from '../../src/classification.js'
import {redact} from '../../src/redact/redact.js'
import type {RedactionLogEntry} from '../../src/redact/log.js'
import type {PlaceholderMode} from '../../src/redact/placeholders.js'
import {cable, propertyParameters, type GeneratedCable, type PersonTruth, type PortionTruth} from '../../src/testing/index.js'
import {pointOf} from '../helpers/point.js'

const runs = (count: number) => propertyParameters(process.env, count)
const placeholder = fc.constantFrom<PlaceholderMode>('fixed', 'label', 'mask')
const withPeople = cable({people: {min: 1, max: 2}})

/** Accents off, so `José` and `Jose` are one token (the redactor matches both). */
const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '')
const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const commonWordSurname = (person: PersonTruth, token: string): boolean => person.name.commonWord && token === person.name.surname

/** Every surviving occurrence of a person's name tokens, with its line, for the failure message. */
function survivors(output: string, person: PersonTruth): string[] {
  const folded = fold(output)
  const found: string[] = []
  for (const token of person.name.tokens) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(fold(token))}(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
    for (const match of folded.matchAll(pattern)) {
      // A common-word surname in lower case (`long`) is the word, not the name; the generator never writes it so anyway.
      if (commonWordSurname(person, token) && match[0] === match[0].toLowerCase()) continue
      const lineStart = folded.lastIndexOf('\n', match.index) + 1
      const lineEnd = folded.indexOf('\n', match.index)
      found.push(`${token} in: ${folded.slice(lineStart, lineEnd === -1 ? undefined : lineEnd)}`)
    }
  }
  return found
}

function portions(generated: GeneratedCable): Array<PortionTruth & {name: string}> {
  return [
    {...generated.truth.subject, name: 'SUBJECT'},
    ...generated.truth.paragraphs.map((paragraph) => ({...paragraph, name: `paragraph ${paragraph.number}`})),
  ]
}


/** Rebuild the output from the input and the log alone: gaps copied, each span one placeholder. */
function checkByteIdentity(input: string, output: string, log: readonly RedactionLogEntry[], mode: PlaceholderMode): void {
  let position = 0
  let cursor = 0
  for (const entry of log.filter((item) => item.kept !== true)) {
    expect(entry.start, 'log entries sorted and disjoint').toBeGreaterThanOrEqual(cursor)
    const gap = input.slice(cursor, entry.start)
    expect(output.slice(position, position + gap.length), `text before the span at ${entry.start}`).toBe(gap)
    position += gap.length
    if (mode === 'mask') {
      const masked = input.slice(entry.start, entry.end).replace(/[^\r\n]/g, 'X')
      expect(output.slice(position, position + masked.length), `mask of the span at ${entry.start}`).toBe(masked)
      position += masked.length
    } else {
      const match = /^\[(?:REDACTED|WITHHELD|SOURCE-\d+)\]/.exec(output.slice(position))
      expect(match?.[0], `placeholder for the span at ${entry.start}, found ${JSON.stringify(output.slice(position, position + 20))}`).toBeDefined()
      position += match?.[0].length ?? 0
    }
    cursor = entry.end
  }
  expect(output.slice(position), 'text after the last span').toBe(input.slice(cursor))
}

describe('redaction properties over generated cables', () => {
  it('no leak: no mention token of any protected person survives, at any release level', () => {
    fc.assert(
      fc.property(withPeople, placeholder, (generated, mode) => {
        for (const release of releaseLevels) {
          const result = redact(generated.text, {release, placeholder: mode})
          for (const person of generated.truth.people) {
            expect(survivors(result.text, person), `release ${release}`).toEqual([])
          }
          expect(result.ok, `release ${release}: ${result.messages.map((message) => message.reason).join('; ')}`).toBe(true)
        }
      }),
      runs(40),
    )
  })

  it('every generated mention is redacted: inside a withheld span, or covered by name spans that stay inside it', () => {
    fc.assert(
      fc.property(withPeople, (generated) => {
        for (const release of releaseLevels) {
          const {spans} = redact(generated.text, {release})
          for (const person of generated.truth.people) {
            for (const mention of person.mentions) {
              const shown = `${mention.form} mention ${JSON.stringify(generated.text.slice(mention.start, mention.end))} at ${mention.start} (release ${release})`
              if (spans.some((span) => span.start <= mention.start && span.end >= mention.end)) continue
              // Two people sharing a token (`Pedro Biabia`, `Pedro Biabiabia`) give one span per token: every
              // letter of the mention is still covered, and no name span reaches outside it.
              const inside = spans.filter((span) => span.end > mention.start && span.start < mention.end)
              for (const span of inside) {
                expect(span.start >= mention.start && span.end <= mention.end, `${shown}: a name span covers the name only`).toBe(true)
              }
              const uncovered = [...generated.text.slice(mention.start, mention.end)].filter(
                (char, index) => /\p{L}/u.test(char) && !inside.some((span) => span.start <= mention.start + index && span.end > mention.start + index),
              )
              expect(uncovered, shown).toEqual([])
            }
          }
        }
      }),
      runs(40),
    )
  })

  it('nothing above the release level survives: every generated portion above it is withheld, its marking kept', () => {
    fc.assert(
      fc.property(cable({portions: 'any'}), (generated) => {
        for (const release of releaseLevels) {
          const result = redact(generated.text, {release})
          for (const portion of portions(generated)) {
            if (releasable(portion.level, release)) continue
            const cover = result.spans.find((span) => span.start <= portion.body.start && span.end >= portion.body.end)
            expect(cover, `${portion.name} ${portion.marking} at release ${release}: body ${portion.body.start}–${portion.body.end}`).toBeDefined()
            expect(cover?.start ?? 0, `${portion.name}: the marking stays visible`).toBeGreaterThanOrEqual(portion.markingRange.end)
          }
        }
      }),
      runs(40),
    )
  })

  it('byte identity: outside the logged spans the output equals the input', () => {
    fc.assert(
      fc.property(cable({portions: 'any'}), placeholder, fc.constantFrom<ReleaseLevel>(...releaseLevels), (generated, mode, release) => {
        const result = redact(generated.text, {release, placeholder: mode})
        checkByteIdentity(generated.text, result.text, result.log, mode)
      }),
      runs(60),
    )
  })

  it('idempotence: redacting the redacted output changes nothing', () => {
    fc.assert(
      fc.property(cable({portions: 'any'}), placeholder, fc.constantFrom<ReleaseLevel>(...releaseLevels), (generated, mode, release) => {
        const once = redact(generated.text, {release, placeholder: mode})
        const twice = redact(once.text, {release, placeholder: mode})
        expect(twice.text).toBe(once.text)
      }),
      runs(60),
    )
  })

  it('the diff is true: applying it to the input gives the output', () => {
    fc.assert(
      fc.property(cable({portions: 'any'}), placeholder, fc.constantFrom<ReleaseLevel>(...releaseLevels), (generated, mode, release) => {
        const result = redact(generated.text, {release, placeholder: mode})
        expect(applyPatch(generated.text, result.diff)).toBe(result.text)
      }),
      runs(60),
    )
  })

  it('the log is true: offsets are the spans replaced, line/column agree, and it holds no removed text', () => {
    const allowed = new Set(['start', 'end', 'startLine', 'startColumn', 'endLine', 'endColumn', 'reason', 'rule', 'entity', 'ambiguous', 'decision', 'kept'])
    fc.assert(
      fc.property(cable({portions: 'any'}), placeholder, fc.constantFrom<ReleaseLevel>(...releaseLevels), (generated, mode, release) => {
        const result = redact(generated.text, {release, placeholder: mode})
        const logged = result.log.filter((entry) => entry.kept !== true)
        expect(logged.map(({start, end}) => ({start, end}))).toEqual(result.spans.map(({start, end}) => ({start, end})))
        for (const entry of result.log) {
          expect(entry.end, 'non-empty span').toBeGreaterThan(entry.start)
          expect({line: entry.startLine, column: entry.startColumn}).toEqual(pointOf(generated.text, entry.start))
          expect({line: entry.endLine, column: entry.endColumn}).toEqual(pointOf(generated.text, entry.end))
          for (const key of Object.keys(entry)) expect(allowed.has(key), `unexpected log key ${key}`).toBe(true)
          if (entry.entity !== undefined) expect(entry.entity).toMatch(/^P\d+$/)
        }
        const serialized = fold(JSON.stringify(result.log))
        for (const person of generated.truth.people) {
          for (const token of person.name.tokens) {
            expect(serialized.toLowerCase(), `log names ${token}`).not.toMatch(new RegExp(`(?<![\\p{L}])${escape(fold(token).toLowerCase())}(?![\\p{L}])`, 'u'))
          }
        }
        for (const portion of portions(generated)) {
          const body = generated.text.slice(portion.body.start, portion.body.end)
          if (body.length >= 12) expect(serialized.includes(body), `log holds ${portion.name}'s text`).toBe(false)
        }
      }),
      runs(60),
    )
  })
})
