import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner} from '../src/lint/facts.js'

/** Why: a repeated header (seed 002) is a transmission or archiving artefact; the copy may hide a differing marking. */
export default defineRule({
  id: 'no-duplicate-header',
  severity: 'warning',
  summary: 'The cable header (banner line and what follows it) appears twice.',
  authority: 'Data integrity (seed 002: the archive repeated the header); 5 FAH-2 H-222 (one classification line)',
  messages: {
    duplicateHeader: 'Unexpected second banner `{actual}`, expected the header once',
  },
  examples: {
    valid: [
      cable`
        C O N F I D E N T I A L SECTION 01 OF 02 BEIJING 004697
        E.O. 12958: DECL: 12/31/2033
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          C O N F I D E N T I A L BEIJING 004697
          E.O. 12958: DECL: 12/31/2033
          C O N F I D E N T I A L BEIJING 004697
          E.O. 12958: DECL: 12/31/2033
          1. (C) Talks resumed.`,
        output: ['3:1-3:24: duplicateHeader'],
      },
    ],
  },
  check(tree, report) {
    const first = firstBanner(tree)
    for (const node of tree.children)
      if (node.type === 'banner' && node.duplicate)
        report('duplicateHeader', node.marking, {data: {actual: node.marking.raw}, ...(first ? {cause: first.marking} : {})})
  },
})
