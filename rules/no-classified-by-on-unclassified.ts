import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel} from '../src/lint/facts.js'

/** Why: the classification authority block belongs to classified documents; on an UNCLAS cable one of the two is wrong. */
export default defineRule({
  id: 'no-classified-by-on-unclassified',
  severity: 'info',
  summary: 'An unclassified cable carries a `Classified By` line.',
  authority: '32 CFR 2001.21 (the primary markings apply to classified documents)',
  messages: {
    classifiedByOnUnclassified: 'Unexpected `Classified By` on an unclassified cable, expected none (or a classified banner)',
  },
  examples: {
    valid: [
      cable`
        UNCLAS
        1. (U) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          UNCLAS
          Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
          1. (U) Talks resumed.`,
        output: ['2:1-2:67: classifiedByOnUnclassified'],
      },
    ],
  },
  check(tree, report) {
    const level = cableLevel(tree)
    if (!level || isClassified(level)) return
    for (const node of tree.children)
      if (node.type === 'classificationAuthority' && node.classifiedBy) report('classifiedByOnUnclassified', node)
  },
})
