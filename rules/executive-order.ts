import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner} from '../src/lint/facts.js'

/**
 * An E.O. line glued after an addressee line of a one-line header, which the parser does not
 * hold as an executiveOrder node: `DEPT FOR NEA/MAG E.O. 12958: DECL: 1/26/2020` (10TRIPOLI74),
 * `…SIPDISE.O. 12958: DECL: 02/14/2016` with no space before it (06CAIRO941), a zero for
 * the O (`E.0. 12958: DECL: 03/05/11`, 01VATICAN1261), the instruction on the next line.
 * The order and its colon are required, so prose citing an order does not count.
 */
const gluedExecutiveOrder = /(?:\bE\.?[ \t]?[O0]\.?|E\.[O0]\.)[ \t]*1[0-9]{4}[ \t]*:\s*(?:DECL|N\/A|\d|X\d|OADR|MR|25X)/i

/** Why: the E.O. line carries the declassification instruction that every classified telegram needs. */
export default defineRule({
  id: 'executive-order',
  severity: 'error',
  summary: 'A classified cable has an `E.O. …:` line.',
  authority: '5 FAH-1 H-240 (telegram format: the E.O. entries); 5 FAH-1 H-130 (classification authority, reason and declassification on the face of each classified document)',
  messages: {
    missing: 'Unexpected `{actual}` cable without an E.O. line, expected `E.O. 12958: DECL: …`',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        E.O. 12958: DECL: 12/31/2033
        1. (C) Talks resumed.`,
      cable`
        UNCLAS
        1. (U) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.`,
        output: ['1:1-1:13: missing'],
      },
    ],
  },
  check(tree, report, file) {
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!banner || !level || !isClassified(level)) return
    if (!tree.children.some((node) => node.type === 'executiveOrder') && !gluedExecutiveOrder.test(String(file.value ?? ''))) report('missing', banner.marking, {data: {actual: banner.marking.raw}})
  },
})
