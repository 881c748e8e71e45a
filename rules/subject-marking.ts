import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel, datedBeforeEo12958} from '../src/lint/facts.js'

/**
 * Why: a subject is a portion too; unmarked, it cannot be released from a classified cable on its own.
 * The duty comes with E.O. 12958's directive (32 CFR 2001.21, from 14 Oct 1995); the earlier
 * orders asked for the marking of classified portions (E.O. 12356 §1.5(b)) and said nothing of
 * subjects, so a cable dated before then is not held to it (11 findings in 11 corpus cables of 1973–1990).
 */
export default defineRule({
  id: 'subject-marking',
  severity: 'info',
  summary: 'The SUBJECT line of a classified cable has its own portion marking.',
  authority:
    '32 CFR 2001.21 (subjects and titles are portion marked, from E.O. 12958, 1995-10-14; not re-checked here); 5 FAH-1 H-210 as cited by cablemap',
  messages: {
    unmarkedSubject: 'Unexpected unmarked subject in a classified cable, expected `SUBJECT: (U)` or its level',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        SUBJECT: (U) TALKS RESUME
        1. (C) Talks resumed.`,
      cable`
        UNCLAS
        SUBJECT: TALKS RESUME
        1. (U) Talks resumed.`,
      // A 1990 cable, before E.O. 12958 (90BAGHDAD4397).
      cable`
        P 250845Z JUL 90
        FM AMEMBASSY BAGHDAD
        TO SECSTATE WASHDC PRIORITY 4397
        C O N F I D E N T I A L BAGHDAD 04397
        SUBJECT: OIL PRICES
        1. (C) The minister spoke of quotas.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          SUBJECT: TALKS RESUME
          1. (C) Talks resumed.`,
        output: ['2:1-2:22: unmarkedSubject'],
      },
    ],
  },
  check(tree, report) {
    const level = cableLevel(tree)
    if (!level || !isClassified(level) || datedBeforeEo12958(tree)) return
    const subject = tree.children.find((node) => node.type === 'subject')
    if (subject && !subject.marking) report('unmarkedSubject', subject)
  },
})
