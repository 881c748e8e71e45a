import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {compareDates, copiedExecutiveOrders, datedCableEnd, formatDate, originDate} from '../src/lint/facts.js'

/** Why: a declassification date before the cable was written is a typo that would release it at once. */
export default defineRule({
  id: 'no-declassification-before-origination',
  severity: 'error',
  summary: 'A `DECL:` date is earlier than the cable itself.',
  authority: '32 CFR 2001.12 (duration of classification runs from the date of the original decision)',
  messages: {
    beforeOrigin: 'Unexpected declassification date {actual}, before the cable of {origin}, expected a later date',
  },
  examples: {
    valid: [
      cable`
        VZCZCXYZ0001
        RR RUEHWEB
        DE RUEHBJ #0001 0010001
        ZNY CCCCC ZZH
        R 010001Z JAN 09
        FM AMEMBASSY BEIJING
        TO RUEHC/SECSTATE WASHDC 0001
        C O N F I D E N T I A L BEIJING 000001
        E.O. 12958: DECL: 01/01/2019
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY CCCCC ZZH
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          E.O. 12958: DECL: 12/31/2008
          1. (C) Talks resumed.`,
        output: ['9:13-9:29: beforeOrigin'],
      },
    ],
  },
  check(tree, report) {
    const origin = originDate(tree)
    if (!origin) return
    // The origin dates the first cable of the file only (facts.ts `datedCableEnd`).
    const end = datedCableEnd(tree)
    for (const node of tree.children) {
      if (node.type !== 'executiveOrder' || (node.position?.start.offset ?? 0) >= end || copiedExecutiveOrders(tree).has(node)) continue
      const {date} = node.declassification
      if (date && compareDates(date, origin) < 0)
        report('beforeOrigin', node.declassification, {data: {actual: formatDate(date), origin: formatDate(origin)}})
    }
  },
})
