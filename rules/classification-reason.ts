import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel} from '../src/lint/facts.js'

/**
 * A reason cited in a form the parser's block does not hold, anywhere after `Classified By`
 * and before the first numbered paragraph: without the word `Reason` (`per 1.4 (b) and (d)`,
 * 09CAIRO549; `FOR 1.4\n(D)`, 06CARACAS958), wrapped or split (`REA\nSONS: 1.4 (B/D)`,
 * 06MEXICO6569; `REASONS; 1.\n4(B/D)`, 06MEXICO3081; `REASON:\n\nE.O. 12958, 1.4(D)`,
 * 05SAOPAULO1158; `reaso\nns 1.4.(b)`, 07PARIS3740), the section mistyped (`1,4 (b)`,
 * 06COLOMBO1040; `1:4 b,d`, 09KABUL1892; `REASONS 1 (B) AND (D)`, 06BOGOTA5384) or left out (`for reasons b, d.`, 07BUENOSAIRES1888),
 * or a second, complete `Classified By` glued into the subject line (05VILNIUS732).
 * 32 CFR 2001.21(a)(3) asks at minimum for the category; a block naming none is still reported.
 */
const citedReason =
  /\b1 ?[.,:;]? ?[45] ?[.,]? ?\(? ?[a-h]\b|reasons? ?[:;.]? ?(?:1 ?[.,:;]? ?[45]? ?)?\(?[a-h]\)? ?(?:,|and|&|\/) ?\(?[a-h]\b/i

/**
 * Blocks that give no reason for a reason: a derivative classification, which cites its
 * source instead (`Classified By: Derived from Multiple Sources`, 08STATE116943; 32 CFR
 * 2001.22(c)), and a block the archive cut short (`Classified by: Donna A. Phelan, VCI/CCA
 * Acting Offic...`, 09STATE93327; `for reasons ...`, 08OSLO452), whose reason cannot be read.
 */
const derived = /^classified ?by ?:? ?derived from\b|derived from ?:/i
/** A line of the block cut short by the archive with `...`. */
const truncated = /(?:\.\.\.|…)[ \t]*$/m

/** Why: the reason (at least the category) is a primary marking: it says why disclosure would do harm. */
export default defineRule({
  id: 'classification-reason',
  severity: 'error',
  summary: 'The `Classified By` line of a classified cable gives a reason (`Reason: 1.4 (b), (d)`).',
  authority: '32 CFR 2001.21(a)(3) (Reason: at minimum the category or "1.4" plus letters)',
  messages: {
    missingReason: 'Unexpected `Classified By` without a reason, expected `Reason: 1.4 (…)` with its category letters',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
        1. (C) Talks resumed.`,
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reasons
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reasons 1.
        4 (B) and (D).
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          Classified By: Political Counselor Jane Roe.
          1. (C) Talks resumed.`,
        output: ['2:1-2:45: missingReason'],
      },
    ],
  },
  check(tree, report, file) {
    const level = cableLevel(tree)
    if (!level || !isClassified(level)) return
    // A cable-level fact, like `classification-authority`: a block cut short by a repeated
    // header (seed 002, line 36) is not a missing reason when the complete block gives one.
    const blocks = tree.children.filter((node) => node.type === 'classificationAuthority' && node.classifiedBy !== undefined)
    const hasReason = (node: (typeof blocks)[number]) =>
      node.type === 'classificationAuthority' && node.reasons !== undefined && (node.reasons.section !== null || node.reasons.categories.length > 0)
    const first = blocks[0]
    if (first && !blocks.some(hasReason) && !writtenReason(String(file.value ?? ''))) report('missingReason', first)
  },
})

/**
 * Whether some `Classified By` block of the text gives its reason in a form the parser does
 * not read, or needs none (see {@link citedReason}, {@link derived}, {@link truncated}). A block
 * runs from `Classified By` to the first numbered paragraph, at most 300 characters; white
 * space is collapsed before the patterns run, so a reason wrapped over lines is read whole.
 */
function writtenReason(text: string): boolean {
  const lower = text.toLowerCase()
  for (let at = lower.indexOf('classified'); at !== -1; at = lower.indexOf('classified', at + 1)) {
    if (!/^classified\s{0,4}by/.test(lower.slice(at, at + 20))) continue
    let block = text.slice(at, at + 300)
    const paragraph = /\n[ \t]{0,8}¶?\d{1,2}\.[ \t]/.exec(block)
    if (paragraph) block = block.slice(0, paragraph.index)
    const flat = block.replace(/\s+/g, ' ')
    if (citedReason.test(flat) || derived.test(flat)) return true
    const blank = /\n[ \t]*\n/.exec(block)
    if (truncated.test(blank ? block.slice(0, blank.index) : block)) return true
  }
  return false
}
