import {isClassified, levelNames} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner} from '../src/lint/facts.js'

/** Why: no other term may be combined with a classification level, and FOUO/SBU terms must not mark classified text. */
export default defineRule({
  id: 'no-combined-banner-term',
  severity: 'error',
  summary: 'The banner joins a classification level to another term (`SECRET SENSITIVE`).',
  authority: '32 CFR 2001.23(a) (marking prohibitions: e.g. "Secret Sensitive"; FOUO/SBU/LOU terms not to identify classified information)',
  messages: {
    combinedTerm: 'Unexpected `{actual}` joined to `{expected}` in the banner, expected `{expected}` alone',
  },
  examples: {
    valid: [
      cable`
        SECRET
        1. (S) Talks resumed.`,
      cable`
        UNCLAS SENSITIVE
        1. (SBU) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          SECRET SENSITIVE
          1. (S) Talks resumed.`,
        output: ['1:1-1:17: combinedTerm'],
      },
    ],
  },
  check(tree, report) {
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!banner || !level || !isClassified(level)) return
    const terms = [
      ...(banner.marking.extraTerms ?? []),
      ...banner.marking.caveats.filter((caveat) => caveat === 'SENSITIVE' || caveat === 'FOUO'),
    ]
    for (const term of terms) report('combinedTerm', banner.marking, {data: {actual: term, expected: levelNames[level]}})
  },
})
