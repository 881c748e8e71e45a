import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableHasCaveat, firstBanner, headerWritesSensitive, portionMarkings} from '../src/lint/facts.js'

/** Why: an SBU telegram goes out as UNCLAS with the SENSITIVE caption, which is what protects it in handling. */
export default defineRule({
  id: 'no-sbu-without-sensitive',
  severity: 'warning',
  summary: 'An unclassified cable has `(SBU)` portions but no `SENSITIVE` caption.',
  authority: 'STATE 018029 (2000), "Guidance for drafting SBU telegram" (SENSITIVE caption); 12 FAM 541',
  messages: {
    missingSensitive: 'Unexpected `{actual}` portion in an unclassified cable without the `SENSITIVE` caption, expected a `SENSITIVE` line',
  },
  examples: {
    valid: [
      cable`
        UNCLAS
        SENSITIVE
        1. (SBU) Talks resumed.`,
      cable`
        UNCLAS
        1. (U) Talks resumed.`,
      // The caption glued to the passing instructions after it (09TRIPOLI896).
      cable`
        UNCLAS TRIPOLI 000896
        SENSITIVE SIPDIS DEPT FOR NEA/MAG
        1. (SBU) Talks resumed.`,
      cable`
        UNCLAS SECTION 01 OF 04 SAO PAULO 000532
        SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.
        1. (SBU) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          UNCLAS
          1. (SBU) Talks resumed.
          2. (SBU) The next round is in May.`,
        output: ['2:4-2:9: missingSensitive'],
      },
      {
        // A SUBJECT that says "SENSITIVE" is no caption.
        input: cable`
          UNCLAS
          SUBJECT: SENSITIVE TALKS RESUME
          1. (SBU) Talks resumed.`,
        output: ['3:4-3:9: missingSensitive'],
      },
    ],
  },
  check(tree, report, file) {
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!banner || !level || isClassified(level) || cableHasCaveat(tree, 'SENSITIVE')) return
    // Once per cable: the fix (one caption line) is the same for every SBU portion.
    const first = portionMarkings(tree).find((marking) => marking.level === 'SBU')
    if (first && !headerWritesSensitive(tree, String(file.value ?? ''))) report('missingSensitive', first, {data: {actual: first.raw}, cause: banner.marking})
  },
})
