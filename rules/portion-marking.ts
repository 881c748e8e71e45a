import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel, isQuoted, quotedDocuments} from '../src/lint/facts.js'
import type {Paragraph} from '../src/syntax/types.js'

/**
 * Why: each paragraph's classification stands right after its number (5 FAH-1 H-246.2c).
 * In a classified cable an unmarked paragraph cannot be released (its level is unproven);
 * in an unclassified one it is only a drafting slip. The numbered paragraphs of a document
 * quoted between `BEGIN TEXT` and `END TEXT` are the document's, inside the quoting portion
 * whose marking covers them (08STATE3800's Security Council resolution). Nor is a paragraph
 * that opens with a short heading over portions that are each marked (`¶1. KEY POINTS:` then
 * `-- (C) …` bullets, 09RIYADH670, 10CAIRO217): every portion of its content is marked. Nor an
 * unmarked number that goes back in the cable's numbering: a list or quoted document restarting
 * at 1 inside the paragraph before it.
 */
export default defineRule({
  id: 'portion-marking',
  severity: 'error',
  messageSeverity: {missingUnclassified: 'info'},
  summary: 'Every numbered paragraph has a portion marking right after its number.',
  authority:
    '5 FAH-1 H-246.2c (classification immediately after the paragraph number); 32 CFR 2001.21 (portion marking); ISL 96-2 (E.O. 12958 makes portion marking mandatory)',
  messages: {
    missingClassified: 'Unexpected paragraph {actual} without a portion marking in a classified cable, expected `(U)`, `(C)`, `(S)`… after the number',
    missingUnclassified: 'Unexpected paragraph {actual} without a portion marking, expected `(U)` or `(SBU)` after the number',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (U) The next round is in May.`,
      cable`
        UNCLAS
        1. (U) The resolution reads:
        BEGIN TEXT:
        1. Recalls its earlier statements.
        END TEXT
        2. (U) Comment follows.`,
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (C) The ministry's plan:
        1. Raise gas prices.
        2. Cut benefits.
        3. (C) Comment follows.`,
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. KEY POINTS:
        -- (C) The Ambassador met the Prince.
        -- (U) They spoke of Pakistan.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. The next round is in May.`,
        output: ['3:1-3:3: missingClassified'],
      },
      {
        input: cable`
          UNCLAS
          1. (U) Talks resumed.
          2. The next round is in May.`,
        output: ['3:1-3:3: missingUnclassified'],
      },
      {
        // A sentence, not a heading, before the marked bullets: the paragraph's own text is unmarked.
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. The Ambassador met the Prince.
          -- (C) They spoke of Pakistan.`,
        output: ['3:1-3:3: missingClassified'],
      },
    ],
  },
  check(tree, report, file) {
    const level = cableLevel(tree)
    const classified = level !== undefined && isClassified(level)
    const text = String(file.value ?? '')
    const quoted = quotedDocuments(tree, text)
    // The cable's own numbering so far: an unmarked number at or below it restarts a list or a
    // quoted document inside the paragraph before (`¶9. (U) … Benefits:` then `¶1. Pensions`,
    // `¶2. Abolish …`, 10KYIV278; an agreement's articles from `¶1.`, 08BOGOTA4083), whose marking
    // covers them. The paragraph-numbering rule reports such numbers.
    let last = 0
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || !node.number) continue
      const value = node.number.value
      const restart = typeof value === 'number' && value <= last
      if (typeof value === 'number' && !restart) last = value
      if (node.children[0]?.marking || isQuoted(quoted, node.number.position.start.offset) || isHeadingOverMarked(node, text)) continue
      if (restart) continue
      report(classified ? 'missingClassified' : 'missingUnclassified', node.number, {data: {actual: String(node.number.value)}})
    }
  },
})

/** At most this many words make a heading (`KEY POINTS:`, `Summary and comment:`). */
const headingWords = 5

/** Whether `paragraph` is a short heading without a sentence, then portions that are all marked. */
function isHeadingOverMarked(paragraph: Paragraph, text: string): boolean {
  const [lead, ...rest] = paragraph.children
  if (!lead || rest.length === 0 || !rest.every((portion) => portion.marking)) return false
  const heading = trimTrailingDashes(text.slice(lead.position.start.offset, lead.position.end.offset).trim())
  return heading.length > 0 && !/[.!?]/.test(heading) && heading.split(/\s+/).length <= headingWords
}

/** `value` without the dashes and white space at its end (a bullet left before the first marked portion). */
function trimTrailingDashes(value: string): string {
  let end = value.length
  while (end > 0 && /[-–—\s]/u.test(value.charAt(end - 1))) end--
  return value.slice(0, end)
}
