import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {isReferenceLetter} from '../src/lint/facts.js'
import type {Marking} from '../src/syntax/types.js'

/** Why: a marking nobody can read cannot be rolled up or released; `(CONF)` is not a level. */
export default defineRule({
  id: 'no-unknown-marking',
  severity: 'error',
  summary: 'A marking stands where a classification belongs but is not a known one (`(X)`, `(CONF)`).',
  authority: '5 FAH-1 H-246.2c (U, C, S, TS, SBU, SBU/N); 32 CFR 2001.23(a) (marking prohibitions)',
  messages: {
    unknownMarking: 'Unexpected marking `{actual}`, expected `U`, `SBU`, `C`, `S` or `TS` with optional caveats',
  },
  examples: {
    valid: [
      cable`
        SECRET
        1. (S//NF) Talks resumed.
        2. (SBU) The next round is in May.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. (X) The next round is in May.`,
        output: ['3:4-3:7: unknownMarking'],
      },
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. (CONF) The next round is in May.`,
        output: ['3:4-3:10: unknownMarking'],
      },
    ],
  },
  check(tree, report, file) {
    const text = String(file.value ?? '')
    const unknown: Marking[] = []
    for (const node of tree.children) {
      if (node.type === 'banner' && node.marking.level === null) unknown.push(node.marking)
      if (node.type === 'subject' && node.marking?.level === null) unknown.push(node.marking)
      // A reference letter read as a paragraph (`¶B. (B) PARIS 278`) is no marking (facts.ts).
      // Asked of unknown markings only: it reads up to 800 characters around each one.
      if (node.type === 'paragraph')
        for (const portion of node.children) if (portion.marking?.level === null && !isReferenceLetter(portion.marking, text, node)) unknown.push(portion.marking)
    }
    for (const marking of unknown) report('unknownMarking', marking, {data: {actual: marking.raw}})
  },
})
