/**
 * The corpus's protect markers as the unredacted release writes them. WikiLeaks put
 * `XXXXXXXXXXXX` where a protected source's name stood (`XXXXXXXXXXXX (strictly protect)`,
 * `(XXXXXXXXXXXX -- strictly protect)`), and in other places that named the source; the full
 * release holds the names. Each such cable is rendered with a made-up name put back: the full
 * name at the marker, written as posts write it (mixed case, or the surname in capitals), and
 * the surname at every other placeholder. Redacted at the highest release (nothing withheld
 * for its level), no copy may keep any part of the name.
 *
 * Skipped with a message when the corpus is absent.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {redact} from '../../src/redact/redact.js'
import {corpusAvailable, corpusDir, warnIfCorpusMissing} from '../helpers/corpus.js'

warnIfCorpusMissing()

const people = [
  ['Karim', 'Haddadin'],
  ['Leila', 'Qurashi'],
  ['Omar', 'Velasquez'],
  ['Sofia', 'Moravec'],
  ['Dmitri', 'Oyelaran'],
] as const

/** A placeholder right before a marker, or inside one before `protect`. */
const atMarker = /X{6,}(?=[\s,]*\((?:[^()]{0,40}?\b)?protect)|(?<=\([^()]{0,40}?)X{6,}(?=[^()]{0,40}?protect[^()]{0,40}\))/i

describe.skipIf(!corpusAvailable)('the corpus with the names the archive removed put back', () => {
  const cables = corpusAvailable
    ? readdirSync(join(corpusDir, 'cables'))
        .sort()
        .map((file) => ({file, text: readFileSync(join(corpusDir, 'cables', file), 'utf8')}))
        .filter(({text}) => atMarker.test(text))
    : []

  it.each(['mixed case', 'surname in capitals'] as const)('redacts every part of the name, written in %s', (style) => {
    expect(cables.length).toBeGreaterThan(35)
    const left: string[] = []
    for (const [index, {file, text}] of cables.entries()) {
      const [given, surname] = people[index % people.length]!
      const match = atMarker.exec(text)!
      // A cable in telegram capitals writes the whole name so.
      const before = text.slice(Math.max(0, match.index - 200), match.index)
      const capitals = (before.match(/\p{Ll}/gu)?.length ?? 0) < (before.match(/\p{L}/gu)?.length ?? 0) / 10
      const full = capitals ? `${given} ${surname}`.toUpperCase() : style === 'mixed case' ? `${given} ${surname}` : `${given} ${surname.toUpperCase()}`
      const rendered = (text.slice(0, match.index) + full + text.slice(match.index + match[0].length)).replace(/X{6,}/g, surname)
      const result = redact(rendered, {release: 'S'})
      expect(result.ok, file).toBe(true)
      const survivor = new RegExp(`\\b(?:${given}|${surname})\\b`, 'i').exec(result.text)
      if (survivor) left.push(`${file}: ${JSON.stringify(result.text.slice(Math.max(0, survivor.index - 60), survivor.index + 30))}`)
    }
    expect(left).toEqual([])
  })
})
