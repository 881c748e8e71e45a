import {exceeds, highest, levelNames} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner, portionMarkings} from '../src/lint/facts.js'

/** Why: a banner above every portion means over-classification or portions marked too low. */
export default defineRule({
  id: 'no-banner-above-portions',
  severity: 'warning',
  summary: 'The banner is higher than every marked portion.',
  authority: '32 CFR 2001.21 (overall marking = the highest level of any portion); ISOO marking booklet',
  messages: {
    aboveAllPortions:
      'Unexpected `{actual}` banner over portions marked no higher than `{expected}`, expected `{expected}`',
  },
  examples: {
    valid: [
      cable`
        SECRET
        1. (S) Talks resumed.
        2. (U) The next round is in May.`,
      cable`
        UNCLAS
        SENSITIVE
        1. (SBU) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          SECRET
          1. (C) Talks resumed.
          2. (U) The next round is in May.`,
        output: ['1:1-1:7: aboveAllPortions'],
      },
    ],
  },
  check(tree, report) {
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!banner || !level) return
    const top = highest(portionMarkings(tree).flatMap((marking) => (marking.level ? [marking.level] : [])))
    if (top !== undefined && exceeds(level, top))
      report('aboveAllPortions', banner.marking, {data: {actual: levelNames[level], expected: levelNames[top]}})
  },
})
