import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {copiedExecutiveOrders} from '../src/lint/facts.js'

/** Why: a date nobody can read (or that cannot exist) leaves the information with no declassification date. */
export default defineRule({
  id: 'no-invalid-declassification-date',
  severity: 'error',
  summary: 'A `DECL:` date cannot be read or is impossible (`13/45/2033`).',
  authority: '32 CFR 2001.12 (a date or event for declassification must be assigned)',
  messages: {
    invalidDate: 'Unexpected declassification date `{actual}`, expected a real date such as `12/31/2033`',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        E.O. 12958: DECL: 02/29/2032
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          E.O. 12958: DECL: 13/45/2033
          1. (C) Talks resumed.`,
        output: ['2:13-2:29: invalidDate'],
      },
      {
        input: cable`
          CONFIDENTIAL
          E.O. 12958: DECL: 02/30/2033
          1. (C) Talks resumed.`,
        output: ['2:13-2:29: invalidDate'],
      },
    ],
  },
  check(tree, report) {
    for (const node of tree.children) {
      const declassification = node.type === 'executiveOrder' && !copiedExecutiveOrders(tree).has(node) ? node.declassification : undefined
      if (declassification?.kind === 'date' && !declassification.date)
        report('invalidDate', declassification, {data: {actual: declassification.raw}})
    }
  },
})
