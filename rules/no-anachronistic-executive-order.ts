import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {compareDates, copiedExecutiveOrders, datedCableEnd, day, formatDate, originDate} from '../src/lint/facts.js'
import type {CalendarDate} from '../src/syntax/types.js'

/**
 * The classification orders and the dates they governed markings (MARKING-RULES C, era table).
 * Only the boundaries the sources verify are checked; 11652 and 12065 are known but their
 * dates are "not verified here", so they are not checked.
 */
const orders: Readonly<Record<string, {from?: CalendarDate; until?: CalendarDate}>> = {
  '11652': {},
  '12065': {},
  // E.O. 12356 governed until E.O. 12958 took effect on 14 Oct 1995 (ISL 96-2).
  '12356': {until: day(1995, 10, 13)},
  '12958': {from: day(1995, 10, 14)},
  // E.O. 13292 amended 12958 (signed 25 Mar 2003); cables cite it as 12958.
  '13292': {from: day(2003, 3, 25)},
  // E.O. 13526's implementing directive took effect on 25 Jun 2010.
  '13526': {from: day(2010, 6, 25)},
}

/** Why: citing an order not in force (or one that is not a classification order) leaves the markings without authority. */
export default defineRule({
  id: 'no-anachronistic-executive-order',
  severity: 'error',
  summary: 'The E.O. cited was not in force on the cable\'s date, or is not a classification order (`E.O. 12598`).',
  authority:
    'ISL 96-2 (E.O. 12958 effective 14 Oct 1995); ISOO implementing directive for E.O. 13526 (effective 25 Jun 2010); 78 STATE 296107 (E.O. 12065)',
  messages: {
    unknownOrder: 'Unexpected E.O. {actual}, expected a classification order such as E.O. 12958',
    notYetInForce: 'Unexpected E.O. {actual} on a cable of {origin}, expected the order in force then (E.O. {actual} applies from {from})',
    superseded: 'Unexpected E.O. {actual} on a cable of {origin}, expected the order in force then (E.O. {actual} applies until {until})',
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
          CONFIDENTIAL
          E.O. 12598: DECL: 01/01/2019
          1. (C) Talks resumed.`,
        output: ['2:6-2:11: unknownOrder'],
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
          E.O. 13526: DECL: 01/01/2019
          1. (C) Talks resumed.`,
        output: ['9:6-9:11: notYetInForce'],
      },
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY CCCCC ZZH
          R 010001Z JAN 99
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          E.O. 12356: DECL: OADR
          1. (C) Talks resumed.`,
        output: ['9:6-9:11: superseded'],
      },
    ],
  },
  check(tree, report, file) {
    const origin = originDate(tree)
    const text = String(file.value ?? '')
    for (const node of tree.children) {
      if (node.type !== 'executiveOrder' || copiedExecutiveOrders(tree).has(node)) continue
      // A sentence that opens a line with an order, `E.O. 13382 in July 2008 as a consequence …`
      // (10STATE15856, a sanctions order), is prose the parser took for an E.O. line: without a
      // colon or a declassification instruction it names no classification order.
      if (node.declassification.kind === 'missing' && !/^[ \t]*:/.test(text.slice(node.order.position?.end.offset ?? 0))) continue
      const actual = node.order.value
      const era = Object.hasOwn(orders, actual) ? orders[actual] : undefined
      if (!era) {
        report('unknownOrder', node.order, {data: {actual}})
        continue
      }
      // `E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006` (72TEHRAN5055) and `DECL: DECLASSIFIED
      // BY NARA 09/02/2009` (66BUENOSAIRES2481) are the stamp of the review that released an old
      // cable, under the order in force at the review: no classification order of the cable's date.
      if (!origin || (node.position?.start.offset ?? 0) >= datedCableEnd(tree) || /DECLASSIFIED/i.test(lineOf(text, node.order.position?.start.offset ?? 0))) continue
      if (era.from && compareDates(origin, era.from) < 0)
        report('notYetInForce', node.order, {data: {actual, origin: formatDate(origin), from: formatDate(era.from)}})
      else if (era.until && compareDates(origin, era.until) > 0)
        report('superseded', node.order, {data: {actual, origin: formatDate(origin), until: formatDate(era.until)}})
    }
  },
})

/** The line of `text` around `offset`. */
function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const end = text.indexOf('\n', offset)
  return text.slice(start, end === -1 ? text.length : end)
}
