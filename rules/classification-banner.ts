import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'

const start = {line: 1, column: 1, offset: 0}

/**
 * Why: the first line of a telegram is its classification line. A partial extract has no
 * header by design (694 corpus cables): it is said once, as info, that it cannot be checked.
 */
export default defineRule({
  id: 'classification-banner',
  severity: 'error',
  messageSeverity: {partialExtract: 'info'},
  summary: 'The cable has a classification line (banner).',
  authority:
    '5 FAH-2 H-222 (the first line of a telegram is the classification line); 32 CFR 2001.21 (overall marking)',
  messages: {
    missingBanner: 'Unexpected cable without a classification line, expected a banner such as `UNCLAS` or `C O N F I D E N T I A L`',
    partialExtract:
      'Unexpected partial extract without its header, expected the full cable to check the banner, E.O. line and classification authority',
  },
  examples: {
    valid: [
      cable`
        C O N F I D E N T I A L SECTION 01 OF 02 BEIJING 004697
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          1. (C) Talks resumed.`,
        output: ['1:1-1:1: missingBanner'],
      },
      {
        input: cable`
          This record is a partial extract of the original cable. The full text of the original cable is not available.

          1. (C) Talks resumed.`,
        output: ['1:1-1:1: partialExtract'],
      },
    ],
  },
  check(tree, report) {
    if (tree.children.some((node) => node.type === 'banner')) return
    const place = {position: {start, end: start}}
    report(tree.partialExtract ? 'partialExtract' : 'missingBanner', place)
  },
})
