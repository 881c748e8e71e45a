import {exceeds, isClassified, levelNames} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner, isReferenceLetter, portionMarkings} from '../src/lint/facts.js'
import type {Marking, Paragraph} from '../src/syntax/types.js'

/** Why: the banner must state the highest level of any portion; a portion above it means one of them is wrong. */
export default defineRule({
  id: 'no-portion-above-banner',
  severity: 'error',
  summary: 'A portion (or the subject) is marked higher than the banner.',
  authority:
    '32 CFR 2001.21 (overall marking at the highest level of classified information contained); IC-ISM ISM-ID-00056',
  messages: {
    aboveBanner: 'Unexpected portion marked `{actual}` under a `{expected}` banner, expected `{expected}` or lower',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (U) The next round is in May.`,
      cable`
        UNCLAS
        SENSITIVE
        1. (SBU) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          UNCLASSIFIED
          1. (S) Talks resumed.`,
        output: ['2:4-2:7: aboveBanner'],
      },
      {
        input: cable`
          UNCLAS
          SENSITIVE
          1. (C) Talks resumed.`,
        output: ['3:4-3:7: aboveBanner'],
      },
      {
        input: cable`
          CONFIDENTIAL
          SUBJECT: (S) TALKS RESUME
          1. (C) Talks resumed.`,
        output: ['2:10-2:13: aboveBanner'],
      },
    ],
  },
  check(tree, report, file) {
    const text = String(file.value ?? '')
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    // `classification-banner` reports a missing banner; one fact, one rule.
    if (!banner || !level) return
    const paragraphOf = new Map<Marking, Paragraph>()
    for (const node of tree.children) if (node.type === 'paragraph') for (const portion of node.children) if (portion.marking) paragraphOf.set(portion.marking, node)
    for (const marking of portionMarkings(tree)) {
      // An `(SBU)` portion under `UNCLAS` is an SBU telegram, sent as UNCLAS with the SENSITIVE
      // caption (STATE 018029): whether that caption is there is `no-sbu-without-sensitive`'s finding.
      if (marking.level === 'SBU' && !isClassified(level)) continue
      if (marking.level && exceeds(marking.level, level) && !isReferenceLetter(marking, text, paragraphOf.get(marking)))
        report('aboveBanner', marking, {data: {actual: levelNames[marking.level], expected: levelNames[level]}, cause: banner.marking})
    }
  },
})
