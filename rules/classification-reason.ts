import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel} from '../src/lint/facts.js'

/** Why: the reason (at least the category) is a primary marking: it says why disclosure would do harm. */
export default defineRule({
  id: 'classification-reason',
  severity: 'error',
  summary: 'The `Classified By` line of a classified cable gives a reason (`Reason: 1.4 (b), (d)`).',
  authority: '32 CFR 2001.21(a)(3) (Reason: at minimum the category or "1.4" plus letters)',
  messages: {
    missingReason: 'Unexpected `Classified By` without a reason, expected `Reason: 1.4 (…)` with its category letters',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
        1. (C) Talks resumed.`,
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reasons
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reasons 1.
        4 (B) and (D).
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          Classified By: Political Counselor Jane Roe.
          1. (C) Talks resumed.`,
        output: ['2:1-2:45: missingReason'],
      },
    ],
  },
  check(tree, report) {
    const level = cableLevel(tree)
    if (!level || !isClassified(level)) return
    // A cable-level fact, like `classification-authority`: a block cut short by a repeated
    // header (seed 002, line 36) is not a missing reason when the complete block gives one.
    const blocks = tree.children.filter((node) => node.type === 'classificationAuthority' && node.classifiedBy !== undefined)
    const hasReason = (node: (typeof blocks)[number]) =>
      node.type === 'classificationAuthority' && node.reasons !== undefined && (node.reasons.section !== null || node.reasons.categories.length > 0)
    const first = blocks[0]
    if (first && !blocks.some(hasReason)) report('missingReason', first)
  },
})
