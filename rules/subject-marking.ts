import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel} from '../src/lint/facts.js'

/** Why: a subject is a portion too; unmarked, it cannot be released from a classified cable on its own. */
export default defineRule({
  id: 'subject-marking',
  severity: 'info',
  summary: 'The SUBJECT line of a classified cable has its own portion marking.',
  authority:
    '32 CFR 2001.21 (subjects and titles are portion marked; not re-checked here); 5 FAH-1 H-210 as cited by cablemap',
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
    if (!level || !isClassified(level)) return
    const subject = tree.children.find((node) => node.type === 'subject')
    if (subject && !subject.marking) report('unmarkedSubject', subject)
  },
})
