import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {compareDates, copiedExecutiveOrders, day, eo12958Effective, formatDate, originDate} from '../src/lint/facts.js'

/** E.O. 12356 took effect on 1 Aug 1982 and replaced the declassification schedules of E.O. 11652 and 12065 (§1.4). */
const eo12356 = day(1982, 8, 1)
/** The E.O. 13292 marking changes took effect on 22 Sep 2003: X1–X8 no longer usable (ISOO 2003). */
const markings2003 = day(2003, 9, 22)

/** Why: an instruction the order in force no longer allows gives no valid declassification date. */
export default defineRule({
  id: 'no-obsolete-declassification',
  severity: 'warning',
  summary: 'A declassification instruction is obsolete for the cable\'s date (`GDS`, `OADR`, `X1`–`X8`) or free text (`TWENTY YEARS`); a date or an event is what it should be.',
  authority: 'E.O. 12958 §1.6(a) and 32 CFR 2001.12(a)(1) (a date or event); E.O. 12356 §1.4 (schedules replaced, 1982); ISL 96-2 (OADR eliminated by E.O. 12958); ISOO "Changes to Classified Document Markings" (2003: X1–X8 no longer used)',
  messages: {
    schedule: 'Unexpected declassification schedule `{actual}` on a cable of {origin}, expected a date or `OADR` (E.O. 12356 replaced the schedules on 1982-08-01)',
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
      // An event is a declassification instruction too (06BELGRADE1681).
      cable`
        CONFIDENTIAL
        EO 12958 DECL: CLOSURE OF ICTY
        1. (C) Talks resumed.`,
      // The archive's record that the cable was declassified, where the instruction stood (66BUENOSAIRES2481).
      cable`
        UNCLASSIFIED BUENOS AIRES 2481
        E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009
        1. PRESS REPORTS CONFIRM NEW LEGISLATION.`,
      // E.O. 11652's General Declassification Schedule, in force in 1975.
      cable`
        VZCZCXYZ0001
        RR RUEHWEB
        DE RUQMTE #2069 0751200
        ZNY CCCCC ZZH
        R 151200Z MAR 75
        FM AMEMBASSY TEHRAN
        TO RUEHC/SECSTATE WASHDC 0001
        C O N F I D E N T I A L TEHRAN 2069
        E.O. 11652: GDS
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
      {
        // The archive's copy of the header (09QUITO233): the copied line is not reported again,
        // a line that differs is.
        input: cable`
          C O N F I D E N T I A L QUITO 000233
          E.O. 12958: DECL: TWENTY YEARS
          C O N F I D E N T I A L QUITO 000233
          E.O. 12958: DECL: TWENTY YEARS
          C O N F I D E N T I A L QUITO 000233
          E.O. 12958: DECL: TEN YEARS
          1. (C) Talks resumed.`,
        output: ['2:13-2:31: freeText', '6:13-6:28: freeText'],
      },
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY CCCCC ZZH
          R 010001Z JAN 05
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          E.O. 12958: GDS
          1. (C) Talks resumed.`,
        output: ['9:13-9:16: schedule'],
      },
    ],
  },
  check(tree, report) {
    const origin = originDate(tree)
    for (const node of tree.children) {
      if (node.type !== 'executiveOrder' || copiedExecutiveOrders(tree).has(node)) continue
      const declassification = node.declassification
      if (declassification.kind === 'free') {
        report('freeText', declassification, {data: {actual: declassification.raw}})
        continue
      }
      if (!origin) continue
      if (declassification.kind === 'schedule' && compareDates(origin, eo12356) >= 0)
        report('schedule', declassification, {data: {actual: declassification.raw.trim(), origin: formatDate(origin)}})
      if (declassification.kind === 'oadr' && compareDates(origin, eo12958Effective) >= 0)
        report('oadr', declassification, {data: {origin: formatDate(origin)}})
      const old = declassification.exemptions.filter((code) => /^(X[1-8]|1\.6X\d?)$/.test(code))
      if (old.length > 0 && compareDates(origin, markings2003) >= 0)
        report('xExemption', declassification, {data: {actual: old.join(', '), origin: formatDate(origin)}})
    }
  },
})
