import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {compareDates, day, formatDate, originDate} from '../src/lint/facts.js'

/** E.O. 12958 took effect on 14 Oct 1995 and abolished OADR (ISL 96-2). */
const eo12958 = day(1995, 10, 14)
/** The E.O. 13292 marking changes took effect on 22 Sep 2003: X1–X8 no longer usable (ISOO 2003). */
const markings2003 = day(2003, 9, 22)

/** Why: an instruction the order in force no longer allows gives no valid declassification date. */
export default defineRule({
  id: 'no-obsolete-declassification',
  severity: 'warning',
  summary: 'A declassification instruction is obsolete for the cable\'s date (`OADR`, `X1`–`X8`) or free text (`TWENTY YEARS`).',
  authority: 'ISL 96-2 (OADR eliminated by E.O. 12958); ISOO "Changes to Classified Document Markings" (2003: X1–X8 no longer used)',
  messages: {
    oadr: 'Unexpected `OADR` on a cable of {origin}, expected a date or exemption (OADR abolished on 1995-10-14)',
    xExemption: 'Unexpected exemption `{actual}` on a cable of {origin}, expected a date or a 25X exemption (X1–X8 ended on 2003-09-22)',
    freeText: 'Unexpected declassification instruction `{actual}`, expected a date or exemption code',
  },
  examples: {
    valid: [
      cable`
        VZCZCXYZ0001
        RR RUEHWEB
        DE RUEHBJ #0001 0010001
        ZNY CCCCC ZZH
        R 010001Z JAN 01
        FM AMEMBASSY BEIJING
        TO RUEHC/SECSTATE WASHDC 0001
        C O N F I D E N T I A L BEIJING 000001
        E.O. 12958: DECL: X1
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY CCCCC ZZH
          R 010001Z JAN 01
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          E.O. 12958: DECL: OADR
          1. (C) Talks resumed.`,
        output: ['9:13-9:23: oadr'],
      },
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
          E.O. 12958: DECL: X1
          1. (C) Talks resumed.`,
        output: ['9:13-9:21: xExemption'],
      },
      {
        input: cable`
          CONFIDENTIAL
          E.O. 12958: DECL: TWENTY YEARS
          1. (C) Talks resumed.`,
        output: ['2:13-2:31: freeText'],
      },
    ],
  },
  check(tree, report) {
    const origin = originDate(tree)
    for (const node of tree.children) {
      if (node.type !== 'executiveOrder') continue
      const declassification = node.declassification
      if (declassification.kind === 'event' || declassification.kind === 'free') {
        report('freeText', declassification, {data: {actual: declassification.raw}})
        continue
      }
      if (!origin) continue
      if (declassification.kind === 'oadr' && compareDates(origin, eo12958) >= 0)
        report('oadr', declassification, {data: {origin: formatDate(origin)}})
      const old = declassification.exemptions.filter((code) => /^(X[1-8]|1\.6X\d?)$/.test(code))
      if (old.length > 0 && compareDates(origin, markings2003) >= 0)
        report('xExemption', declassification, {data: {actual: old.join(', '), origin: formatDate(origin)}})
    }
  },
})
