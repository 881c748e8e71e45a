/**
 * The redactor against the expected outputs written by hand beside each seed
 * (`seeds/<name>.redacted.U.expected`, `.redacted.C.expected`; the judgement calls are in
 * `seeds/<name>.notes.md`), and the redactor's guarantees over the seeds: byte identity
 * outside the logged spans, re-redaction is a no-op, the unified diff applies back.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {applyPatch} from 'diff'
import {describe, expect, it} from 'vitest'
import type {ReleaseLevel} from '../src/classification.js'
import {redact} from '../src/redact/redact.js'

const seedsDir = join(import.meta.dirname, '..', 'seeds')
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort()
const releases: ReleaseLevel[] = ['U', 'C']

const logKeys = new Set(['start', 'end', 'startLine', 'startColumn', 'endLine', 'endColumn', 'reason', 'rule', 'entity', 'ambiguous', 'decision', 'kept'])
const reasons = new Set([
  'protected-name',
  'name-mention',
  'ambiguous-mention',
  'portion-above-release',
  'unproven-portion',
  'unnamed-protected-source',
])

/**
 * Walk the output against the input and the spans: every gap between spans must be the
 * input's text, byte for byte, and every span must be replaced by exactly one fixed placeholder.
 * Returns the first place where that fails, or `undefined`.
 */
function outsideSpansDiffer(input: string, output: string, spans: ReadonlyArray<{start: number; end: number}>): string | undefined {
  let cursor = 0
  let at = 0
  for (const span of spans) {
    const gap = input.slice(cursor, span.start)
    if (output.slice(at, at + gap.length) !== gap) return `gap before span ${span.start}`
    at += gap.length
    const placeholder = /^\[(?:REDACTED|WITHHELD)\]/.exec(output.slice(at))
    if (placeholder === null) return `no placeholder for span ${span.start}`
    at += placeholder[0].length
    cursor = span.end
  }
  return output.slice(at) === input.slice(cursor) ? undefined : 'text after the last span'
}

describe.each(seeds)('seed %s', (name) => {
  const text = readFileSync(join(seedsDir, `${name}.txt`), 'utf8')

  describe.each(releases)('release %s', (release) => {
    const result = redact(text, {release})
    const expected = readFileSync(join(seedsDir, `${name}.redacted.${release}.expected`), 'utf8')

    it('equals the expected output byte for byte', () => {
      expect(result.messages.map((message) => message.reason)).toEqual([])
      expect(result.ok).toBe(true)
      expect(result.text).toBe(expected)
    })

    it('logs every span, with offsets, positions and a reason, and never the removed text', () => {
      expect(result.log.map((entry) => [entry.start, entry.end])).toEqual(result.spans.map((span) => [span.start, span.end]))
      // Keys are fixed names (checked below); only values could carry text.
      const values = result.log.flatMap((entry) => Object.values(entry).filter((value): value is string => typeof value === 'string')).join('\n')
      for (const entry of result.log) {
        for (const key of Object.keys(entry)) expect(logKeys).toContain(key)
        expect(reasons).toContain(entry.reason)
        if (entry.entity !== undefined) expect(entry.entity).toMatch(/^P\d+$/)
        expect(entry.startLine).toBeGreaterThan(0)
        expect(entry.startColumn).toBeGreaterThan(0)
        const removed = text.slice(entry.start, entry.end)
        expect(removed.trim()).not.toBe('')
        // No removed text of two or more letters, nor any capitalised word of it, is in the log's values.
        if (/\p{L}.*\p{L}/u.test(removed)) expect(values.includes(removed)).toBe(false)
        for (const word of removed.match(/\p{Lu}\p{Ll}+/gu) ?? []) expect(values.includes(word)).toBe(false)
      }
    })

    it('keeps the input byte for byte outside the logged spans', () => {
      expect(outsideSpansDiffer(text, result.text, result.log)).toBeUndefined()
    })

    it('changes nothing when run again on its own output', () => {
      const again = redact(result.text, {release})
      expect(again.ok).toBe(true)
      expect(again.text).toBe(result.text)
    })

    it('gives a unified diff that turns the input into the output', () => {
      expect(applyPatch(text, result.diff)).toBe(result.text)
    })
  })
})
