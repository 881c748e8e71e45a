/**
 * The shared rule test (STYLE "Examples are tests"; ESLint RuleTester, remark-lint 1.5–1.6):
 * for every rule in the registry, each `valid` example yields no finding of that rule and each
 * `invalid` example yields exactly its `output` (positions and message ids, in order); plus the
 * rule contract: metadata present, file name === id, messages stamped by the engine, the tree
 * never mutated, every message id exercised.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {lint, runRule} from '../src/lint/engine.js'
import type {AnyRule} from '../src/lint/define-rule.js'
import {severities} from '../src/lint/define-rule.js'
import type {Finding} from '../src/lint/finding.js'
import {parse} from '../src/syntax/parse.js'

/** `line:col-line:col: messageId`, the form examples state their output in. */
function show(finding: Finding): string {
  const {start, end} = finding.place
  return `${start.line}:${start.column}-${end.line}:${end.column}: ${finding.messageId}`
}

function run(rule: AnyRule, input: string): {findings: Finding[]; before: string; after: string} {
  const tree = parse(input)
  const before = JSON.stringify(tree)
  const findings = runRule(rule, tree, new VFile({value: input}))
  return {findings, before, after: JSON.stringify(tree)}
}

/** Which authorities a citation may rest on (MARKING-RULES.md: E.O., CFR, FAH, ISL, ISOO, ACP 127, State cables, data integrity). */
const authorityPattern = /E\.O\. \d{5}|CFR|FAH|FAM|ISL|ISOO|ACP 127|STATE \d|CAPCO|IC-ISM|Data integrity|drafting convention/

const entries = Object.entries(rules)

describe('rule registry', () => {
  it('is sorted by id, and each key is the rule id and a file in rules/', () => {
    const ids = entries.map(([id]) => id)
    expect(ids).toEqual([...ids].sort())
    for (const [id, rule] of entries) {
      expect(rule.id).toBe(id)
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(existsSync(fileURLToPath(new URL(`../rules/${id}.ts`, import.meta.url))), `rules/${id}.ts`).toBe(true)
    }
  })
})

describe.each(entries)('%s', (id, rule) => {
  it('has id, severity, summary, authority and at least one valid and one invalid example', () => {
    expect(rule.id).toBe(id)
    expect(severities).toContain(rule.severity)
    expect(rule.summary.trim().length).toBeGreaterThan(10)
    expect(rule.summary).toMatch(/\.$/)
    expect(rule.authority).toMatch(authorityPattern)
    expect(rule.examples.valid.length).toBeGreaterThan(0)
    expect(rule.examples.invalid.length).toBeGreaterThan(0)
    for (const [messageId, severity] of Object.entries(rule.messageSeverity ?? {})) {
      expect(Object.keys(rule.messages)).toContain(messageId)
      expect(severities).toContain(severity)
    }
  })

  it('uses every message id in an invalid example, and only declared ones', () => {
    const used = new Set(rule.examples.invalid.flatMap((example) => example.output.map((line) => line.split(': ')[1])))
    expect([...used].sort()).toEqual(Object.keys(rule.messages).sort())
  })

  it('has no example twice', () => {
    const inputs = [...rule.examples.valid, ...rule.examples.invalid.map((example) => example.input)]
    expect(new Set(inputs).size).toBe(inputs.length)
  })

  it.each(rule.examples.valid.map((input, index) => [index + 1, input] as const))('valid example %i: no finding', (_index, input) => {
    const {findings, before, after} = run(rule, input)
    expect(findings.map(show)).toEqual([])
    expect(after).toBe(before)
  })

  it.each(rule.examples.invalid.map((example, index) => [index + 1, example] as const))(
    'invalid example %i: exactly its output',
    (_index, example) => {
      const {findings, before, after} = run(rule, example.input)
      expect(findings.map(show)).toEqual(example.output)
      expect(after).toBe(before)
      const text = example.input
      for (const finding of findings) {
        expect(finding.ruleId).toBe(id)
        expect(finding.source).toBe('cablelint')
        expect(finding.url).toBe(`docs/rules.md#${id}`)
        // The place's offsets and line/column agree with the example text.
        const {start, end} = finding.place
        expect(start.offset).toBeLessThanOrEqual(end.offset)
        expect(end.offset).toBeLessThanOrEqual(text.length)
        expect(text.slice(0, start.offset).split('\n').length).toBe(start.line)
        if (finding.cause instanceof Error && 'place' in finding.cause) expect(finding.cause.place).toBeDefined()
        // Placeholders are all filled.
        expect(finding.reason).not.toMatch(/\{\w+\}/)
      }
    },
  )

  it('is reported through the engine with the rule id and its severity', () => {
    const [example] = rule.examples.invalid
    if (!example) throw new Error('no invalid example')
    const result = lint(new VFile({value: example.input}), {rules: {[id]: rule}})
    expect(result.internalErrors).toEqual([])
    const own = result.messages.filter((message) => message.ruleId === id)
    expect(own.map(show)).toEqual(example.output)
  })
})

describe('protected text never reaches a message (no-leak contract)', () => {
  it('no message of any rule repeats the name next to a protect marker', () => {
    const input = [
      'CONFIDENTIAL',
      'E.O. 12958: N/A',
      'SUBJECT: TALKS',
      '1. Minister Ivan Petrov (strictly protect) said (X) talks would resume.',
    ].join('\n')
    const result = lint(new VFile({value: input}))
    expect(result.messages.length).toBeGreaterThan(0)
    for (const message of result.messages) expect(message.reason).not.toMatch(/Ivan|Petrov|Minister/i)
  })
})
