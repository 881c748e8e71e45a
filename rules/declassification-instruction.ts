import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel, copiedExecutiveOrders} from '../src/lint/facts.js'

/** A declassification instruction wrapped onto the line after `E.O. 12958:`. */
const wrappedDecl = /^[ \t]*\r?\n[ \t]*DECL\b/i

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
  check(tree, report, file) {
    const text = String(file.value ?? '')
    // The level of the cable the E.O. line belongs to: a file holding several archive records
    // (07BERN881: a SECRET Bern cable, then an UNCLAS Tbilisi one) changes level at each banner.
    let level = cableLevel(tree)
    for (const node of tree.children) {
      if (node.type === 'banner' && node.marking.level) level = node.marking.level
      if (node.type !== 'executiveOrder' || !level || !isClassified(level) || copiedExecutiveOrders(tree).has(node)) continue
      if (node.declassification.kind === 'notApplicable') report('notApplicable', node.declassification)
      // `E.O. 12958:` with `DECL: 08/11/2015` wrapped onto the next line (05BRASILIA2146) has its instruction.
      if (node.declassification.kind === 'missing' && !wrappedDecl.test(text.slice(node.position?.end.offset ?? 0))) report('missing', node)
    }
  },
})
