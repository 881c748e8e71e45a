import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {compareDates, day, formatDate, originDate} from '../src/lint/facts.js'

/** E.O. 13292 was signed on 25 Mar 2003 and moved the categories from §1.5 to §1.4. */
const signed = day(2003, 3, 25)
/** The marking changes took effect six months later, on 22 Sep 2003 (ISOO 2003 change notice). */
const effective = day(2003, 9, 22)

/** Why: the section cited must be the one of the order text in force, or the reason cites the wrong list. */
export default defineRule({
  id: 'no-anachronistic-reason-section',
  severity: 'warning',
  messageSeverity: {transition: 'info'},
  summary: 'The reason cites §1.5 after the 2003 marking changes, or §1.4 before E.O. 13292.',
  authority:
    'ISOO "Changes to Classified Document Markings" (2003: cite Section 1.4, not 1.5); ISOO article on E.O. 13292 (marking changes six months after signature)',
  messages: {
    superseded: 'Unexpected reason section 1.5 on a cable of {origin}, expected 1.4 (in use from 2003-09-22)',
    tooEarly: 'Unexpected reason section 1.4 on a cable of {origin}, expected 1.5 (1.4 exists from 2003-03-25)',
    transition: 'Unexpected reason section 1.4 on a cable of {origin}, expected 1.5 until the marking changes of 2003-09-22',
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
        Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
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
          Classified By: Political Counselor Jane Roe. Reason: 1.5 (b), (d).
          1. (C) Talks resumed.`,
        output: ['9:46-9:66: superseded'],
      },
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
          Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
          1. (C) Talks resumed.`,
        output: ['9:46-9:66: tooEarly'],
      },
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY CCCCC ZZH
          R 010001Z JUN 03
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
          1. (C) Talks resumed.`,
        output: ['9:46-9:66: transition'],
      },
    ],
  },
  check(tree, report) {
    const origin = originDate(tree)
    if (!origin) return
    const data = {origin: formatDate(origin)}
    for (const node of tree.children) {
      const reasons = node.type === 'classificationAuthority' ? node.reasons : undefined
      if (!reasons) continue
      if (reasons.section === '1.5' && compareDates(origin, effective) >= 0) report('superseded', reasons, {data})
      if (reasons.section === '1.4' && compareDates(origin, signed) < 0) report('tooEarly', reasons, {data})
      else if (reasons.section === '1.4' && compareDates(origin, effective) < 0) report('transition', reasons, {data})
    }
  },
})
