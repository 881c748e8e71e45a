/**
 * The engine with a very large number of findings on one cable: a 20 MB cable naming 170,000
 * protected sources gave that many warnings, and appending them as spread arguments overflowed
 * the stack, so the rule was reported as an internal error and every finding was lost.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defineRule} from '../../../src/lint/define-rule.js'
import {lint} from '../../../src/lint/engine.js'

const count = 250_000

/** A rule that reports the first node `count` times. */
const everywhere = defineRule({
  id: 'everywhere',
  severity: 'warning',
  summary: 'Reports the first node many times.',
  authority: 'none (a test rule)',
  messages: {here: 'Unexpected node, expected none'},
  examples: {valid: [], invalid: []},
  check(tree, report) {
    const node = tree.children[0]
    if (node === undefined) return
    for (let index = 0; index < count; index++) report('here', node)
  },
})

describe('lint: one cable, very many findings', () => {
  it(`keeps all ${count.toLocaleString('en')} findings of a rule, and reports no internal error`, () => {
    const result = lint(new VFile({path: 'many.txt', value: 'UNCLAS\n\n1. (U) Text.\n'}), {rules: {everywhere}})
    expect(result.internalErrors).toEqual([])
    // Same place and text: dedupe keeps one; the point is that none was lost to an overflow.
    expect(result.messages.length).toBeGreaterThan(0)
    expect(result.file.messages).toHaveLength(result.messages.length)
  })
})
