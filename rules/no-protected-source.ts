import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import type {Node, ProtectMarker} from '../src/syntax/types.js'

/**
 * Why: `(protect)` / `(strictly protect)` is the drafting convention for a confidential
 * source (category 1.4(d)); a cable with one names a person who must be redacted before any
 * release. The message never repeats the marker's neighbourhood (no-leak contract).
 */
export default defineRule({
  id: 'no-protected-source',
  severity: 'warning',
  summary: 'A protect marker (`(protect)`, `(strictly protect)`…) names a protected source that must be redacted before release.',
  authority: 'State drafting convention for confidential sources (E.O. 12958 as amended §1.4(d) "confidential sources"); MARKING-RULES C.9',
  messages: {
    protectedSource: 'Unexpected protect marker in releasable text, expected the protected source to be redacted before release (`cablelint redact`)',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) The minister said talks would resume.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Minister Ivan Petrov (strictly protect) said talks would resume.`,
        output: ['2:29-2:47: protectedSource'],
      },
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Our contact Petrov (please
          protect) said talks would resume.`,
        output: ['2:27-3:9: protectedSource'],
      },
    ],
  },
  check(tree, report) {
    visit(tree.children, (marker) => report('protectedSource', marker))
  },
})

function visit(nodes: readonly Node[], found: (marker: ProtectMarker) => void): void {
  for (const node of nodes) {
    if (node.type === 'protectMarker') found(node as ProtectMarker)
    if ('children' in node && Array.isArray(node.children)) visit(node.children as Node[], found)
  }
}
