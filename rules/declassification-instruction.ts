import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel} from '../src/lint/facts.js'

/** Why: declassification instructions are a primary marking of classified information; `N/A` is for unclassified telegrams. */
export default defineRule({
  id: 'declassification-instruction',
  severity: 'error',
  summary: 'The E.O. line of a classified cable carries a declassification instruction (not `N/A`).',
  authority:
    '32 CFR 2001.21(a)(4) (declassification instructions are a primary marking); E.O. 12958 §1.7 (identification and markings); STATE 018029 (`N/A` on UNCLAS)',
  messages: {
    notApplicable: 'Unexpected `N/A` on a classified cable, expected `DECL:` with a date or exemption',
    missing: 'Unexpected E.O. line without a declassification instruction on a classified cable, expected `DECL:` with a date or exemption',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        E.O. 12958: DECL: 12/31/2033
        1. (C) Talks resumed.`,
      cable`
        UNCLAS
        E.O. 12958: N/A
        1. (U) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          E.O. 12958: N/A
          1. (C) Talks resumed.`,
        output: ['2:13-2:16: notApplicable'],
      },
      {
        input: cable`
          CONFIDENTIAL
          E.O. 12958:
          1. (C) Talks resumed.`,
        output: ['2:1-2:12: missing'],
      },
    ],
  },
  check(tree, report) {
    const level = cableLevel(tree)
    if (!level || !isClassified(level)) return
    for (const node of tree.children) {
      if (node.type !== 'executiveOrder') continue
      if (node.declassification.kind === 'notApplicable') report('notApplicable', node.declassification)
      if (node.declassification.kind === 'missing') report('missing', node)
    }
  },
})
