import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import type {Banner, Node, PageBreak} from '../src/syntax/types.js'

/** Why: a telegram in sections must arrive whole; totals that disagree mean a section is missing or misnumbered. */
export default defineRule({
  id: 'no-section-total-mismatch',
  severity: 'warning',
  summary: '`SECTION nn OF mm` in the banner disagrees with itself or with the page-continuation totals (`002 OF 004`).',
  authority: '5 FAH-1 H-246.2b (telegram format); corpus: continuation lines repeat the section total',
  messages: {
    indexOutOfRange: 'Unexpected `SECTION {actual} OF {total}`, expected a section number from 1 to {total}',
    totalMismatch: 'Unexpected page total {actual}, expected {expected} as the banner\'s `SECTION … OF {expected}`',
  },
  examples: {
    valid: [
      cable`
        UNCLAS SECTION 01 OF 02 BEIJING 004697
        1. (U) Talks resumed.
        BEIJING 00004697  002 OF 002
        2. (U) The next round is in May.`,
    ],
    invalid: [
      {
        input: cable`
          UNCLAS SECTION 01 OF 02 BEIJING 004697
          1. (U) Talks resumed.
          BEIJING 00004697  002 OF 003
          2. (U) The next round is in May.`,
        output: ['3:1-3:29: totalMismatch'],
      },
      {
        input: cable`
          UNCLAS SECTION 03 OF 02 BEIJING 004697
          1. (U) Talks resumed.`,
        output: ['1:8-1:24: indexOutOfRange'],
      },
    ],
  },
  check(tree, report) {
    const banner = tree.children.find((node) => node.type === 'banner' && !node.duplicate)
    const section = banner?.type === 'banner' ? banner.section : undefined
    if (!section) return
    // Message data as text (see `paragraph-numbering`).
    if (section.index < 1 || section.index > section.total)
      report('indexOutOfRange', section, {data: {actual: String(section.index), total: String(section.total)}})
    visitPageBreaks(tree.children, (pageBreak) => {
      // A page marker of another serial belongs to another cable stored in the same file
      // (07BERN881 holds TBILISI 2290's pages `TBILISI 00002290  002 OF 006`), not to this banner.
      if (otherSerial(banner, pageBreak)) return
      if (pageBreak.total !== undefined && pageBreak.total !== section.total)
        report('totalMismatch', pageBreak, {data: {actual: String(pageBreak.total), expected: String(section.total)}})
    })
  },
})



/** Page breaks stand between paragraphs or inside them (re-flowed cables): look everywhere. */
function visitPageBreaks(nodes: readonly Node[], visit: (pageBreak: PageBreak) => void): void {
  for (const node of nodes) {
    if (node.type === 'pageBreak') visit(node as PageBreak)
    if ('children' in node && Array.isArray(node.children)) visitPageBreaks(node.children as Node[], visit)
  }
}

/** Whether the page marker names a serial other than the banner's. */
function otherSerial(banner: Node | undefined, pageBreak: PageBreak): boolean {
  const own = banner?.type === 'banner' ? (banner as Banner).serial?.value : undefined
  if (own === undefined || pageBreak.serial === undefined) return false
  const a = Number.parseInt(own, 10)
  const b = Number.parseInt(pageBreak.serial, 10)
  return !Number.isNaN(a) && !Number.isNaN(b) && a !== b
}
