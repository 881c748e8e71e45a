import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner} from '../src/lint/facts.js'

/** Why: "Classified By" names who is accountable for the decision; it is a primary marking. */
export default defineRule({
  id: 'classification-authority',
  severity: 'error',
  summary: 'A classified cable names who classified it (`Classified By: …`).',
  authority:
    '32 CFR 2001.21(a)(1) (Classified By: name or personal identifier and position); 5 FAH-1 H-240 (unnumbered paragraph with the classifier and reason)',
  messages: {
    missingClassifiedBy: 'Unexpected `{actual}` cable without a `Classified By` line, expected the classifier\'s name and position',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.`,
        output: ['1:1-1:13: missingClassifiedBy'],
      },
    ],
  },
  check(tree, report) {
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!banner || !level || !isClassified(level)) return
    const found = tree.children.some((node) => node.type === 'classificationAuthority' && node.classifiedBy)
    if (!found) report('missingClassifiedBy', banner.marking, {data: {actual: banner.marking.raw}})
  },
})
