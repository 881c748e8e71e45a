import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {repeatedHeaders} from '../src/lint/facts.js'

/**
 * Why: a repeated header (seed 002) is a transmission or archiving artefact; the copy may hide a
 * differing marking. What is a repeat, and what is not (the archive's classification field, the
 * banner of the telegram's next section, another cable in the same file), is read by
 * `repeatedHeaders` (facts.ts), which `paragraph-numbering` reads too.
 */
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
      cable`
        S E C R E T SECTION 01 OF 02 THE HAGUE 001717
        E.O. 12958: DECL: 07/08/2024
        REF: A. THE HAGUE 1701
        Embassy The Hague
        SECRET
        04THEHAGUE1701`,
      cable`
        UNCLAS SECTION 01 OF 02 HARARE 002271
        E.O. 12958: N/A
        1. The land reform program.
        UNCLAS SECTION 02 OF 02 HARARE 002271
        2. Donors met in April.`,
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
      {
        input: cable`
          UNCLAS SECTION 01 OF 02 HARARE 002271
          1. The land reform program.
          UNCLAS SECTION 02 OF 02 HARARE 002271
          2. Donors met in April.
          UNCLAS SECTION 02 OF 02 HARARE 002271
          2. Donors met in April.`,
        output: ['5:1-5:7: duplicateHeader'],
      },
    ],
  },
  check(tree, report) {
    const {first, repeats} = repeatedHeaders(tree)
    for (const node of repeats) {
      report('duplicateHeader', node.marking, {data: {actual: node.marking.raw}, ...(first ? {cause: first.marking} : {})})
    }
  },
})
