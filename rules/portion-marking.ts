import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel} from '../src/lint/facts.js'

/**
 * Why: each paragraph's classification stands right after its number (5 FAH-1 H-246.2c).
 * In a classified cable an unmarked paragraph cannot be released (its level is unproven);
 * in an unclassified one it is only a drafting slip.
 */
export default defineRule({
  id: 'portion-marking',
  severity: 'error',
  messageSeverity: {missingUnclassified: 'info'},
  summary: 'Every numbered paragraph has a portion marking right after its number.',
  authority:
    '5 FAH-1 H-246.2c (classification immediately after the paragraph number); 32 CFR 2001.21 (portion marking); ISL 96-2 (E.O. 12958 makes portion marking mandatory)',
  messages: {
    missingClassified: 'Unexpected paragraph {actual} without a portion marking in a classified cable, expected `(U)`, `(C)`, `(S)`… after the number',
    missingUnclassified: 'Unexpected paragraph {actual} without a portion marking, expected `(U)` or `(SBU)` after the number',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (U) The next round is in May.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. The next round is in May.`,
        output: ['3:1-3:3: missingClassified'],
      },
      {
        input: cable`
          UNCLAS
          1. (U) Talks resumed.
          2. The next round is in May.`,
        output: ['3:1-3:3: missingUnclassified'],
      },
    ],
  },
  check(tree, report) {
    const level = cableLevel(tree)
    const classified = level !== undefined && isClassified(level)
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || !node.number) continue
      if (node.children[0]?.marking) continue
      report(classified ? 'missingClassified' : 'missingUnclassified', node.number, {data: {actual: String(node.number.value)}})
    }
  },
})
