import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {addYears, compareDates, copiedExecutiveOrders, datedCableEnd, formatDate, originDate} from '../src/lint/facts.js'

/** Why: 25 years is the outer limit for a date; beyond it only a 25X (later 50X) exemption may keep information classified. */
export default defineRule({
  id: 'no-declassification-beyond-25-years',
  severity: 'error',
  summary: 'A `DECL:` date lies more than 25 years after the cable without a 25X exemption.',
  authority: 'E.O. 12958 as amended §1.5; 32 CFR 2001.12(a)(1)(iii) (2004); ISOO 2003 change notice',
  messages: {
    beyond25Years:
      'Unexpected declassification date {actual}, more than 25 years after the cable of {origin}, expected {limit} or earlier, or a 25X exemption',
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
        E.O. 12958: DECL: 01/01/2034
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
          E.O. 12958: DECL: 01/02/2034
          1. (C) Talks resumed.`,
        output: ['9:13-9:29: beyond25Years'],
      },
      {
        // The archive's copy of the header repeats the line: one finding, on the first.
        input: cable`
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          E.O. 12958: DECL: 01/02/2034
          C O N F I D E N T I A L BEIJING 000001
          E.O. 12958: DECL: 01/02/2034
          1. (C) Talks resumed.`,
        output: ['5:13-5:29: beyond25Years'],
      },
    ],
  },
  check(tree, report) {
    const origin = originDate(tree)
    if (!origin) return
    const limit = addYears(origin, 25)
    // The origin dates the first cable of the file only (facts.ts `datedCableEnd`).
    const end = datedCableEnd(tree)
    for (const node of tree.children) {
      if (node.type !== 'executiveOrder' || (node.position?.start.offset ?? 0) >= end || copiedExecutiveOrders(tree).has(node)) continue
      const {date, exemptions} = node.declassification
      if (!date || exemptions.some((code) => /^(25|50)X/.test(code))) continue
      if (compareDates(date, limit) > 0)
        report('beyond25Years', node.declassification, {data: {actual: formatDate(date), origin: formatDate(origin), limit: formatDate(limit)}})
    }
  },
})
