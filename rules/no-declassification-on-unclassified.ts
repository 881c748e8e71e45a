import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel, copiedExecutiveOrders} from '../src/lint/facts.js'

/** Why: an unclassified telegram has nothing to declassify; a date suggests the banner is wrong. */
export default defineRule({
  id: 'no-declassification-on-unclassified',
  severity: 'warning',
  summary: 'An unclassified cable carries a `DECL:` date instead of `N/A`.',
  authority: 'STATE 018029 (2000): unclassified telegrams carry `E.O. 12958: N/A`',
  messages: {
    declassificationDate: 'Unexpected declassification date on an unclassified cable, expected `E.O. 12958: N/A`',
  },
  examples: {
    valid: [
      cable`
        UNCLAS
        E.O. 12958: N/A
        1. (U) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          UNCLAS
          E.O. 12958: DECL: 12/31/2033
          1. (U) Talks resumed.`,
        output: ['2:13-2:29: declassificationDate'],
      },
    ],
  },
  check(tree, report) {
    const level = cableLevel(tree)
    if (!level || isClassified(level)) return
    for (const node of tree.children)
      if (node.type === 'executiveOrder' && node.declassification.kind === 'date' && !copiedExecutiveOrders(tree).has(node)) report('declassificationDate', node.declassification)
  },
})
