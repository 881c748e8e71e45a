/**
 * The lint engine against the findings written by hand beside each seed
 * (`seeds/<name>.lint.json`): every finding a reader expects from the cable (rule, line, column
 * of the flagged text, severity), read from the cable and its notes, not from the engine's output.
 * The comparison is exact: a missing finding and an extra one both fail.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import * as z from 'zod'
import {decode} from '../src/input/decode.js'
import {severities} from '../src/lint/define-rule.js'
import {lint} from '../src/lint/engine.js'
import {severityOf} from '../src/lint/messages.js'
import {rules} from '../rules/index.js'

const expectedSchema = z.strictObject({
  $comment: z.string().optional(),
  findings: z.array(
    z.strictObject({
      ruleId: z.string(),
      line: z.number().int().positive(),
      column: z.number().int().positive(),
      severity: z.enum(severities),
      /** Why the reader expects it (free text, not compared). */
      note: z.string().optional(),
    }),
  ),
})

const seedsDir = join(import.meta.dirname, '..', 'seeds')
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))

/** One finding as a comparable line: `line:column rule-id severity`. */
function key(finding: {line: number; column: number; ruleId: string; severity: string}): string {
  return `${finding.line}:${finding.column} ${finding.ruleId} ${finding.severity}`
}

describe('seeds: lint findings', () => {
  it('every seed has its hand-written expectations', () => {
    expect(seeds.length).toBeGreaterThan(0)
    for (const name of seeds) expect(readdirSync(seedsDir)).toContain(`${name}.lint.json`)
  })

  it.each(seeds)('%s: the engine finds exactly what a reader expects', (name) => {
    const decoded = decode(readFileSync(join(seedsDir, `${name}.txt`)), `seeds/${name}.txt`)
    if (!decoded.ok) throw new Error(`seed ${name} does not decode`)
    const expected = expectedSchema.parse(JSON.parse(readFileSync(join(seedsDir, `${name}.lint.json`), 'utf8')))
    for (const finding of expected.findings) expect(Object.keys(rules)).toContain(finding.ruleId)

    const result = lint(decoded.file)
    expect(result.internalErrors).toEqual([])
    const actual = result.messages.map((message) =>
      key({line: message.place.start.line, column: message.place.start.column, ruleId: message.ruleId, severity: severityOf(message)}),
    )
    const sort = (list: string[]) => [...list].sort()
    expect(sort(actual)).toEqual(sort(expected.findings.map(key)))
  })
})
