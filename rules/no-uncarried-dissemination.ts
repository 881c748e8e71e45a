import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableHasCaveat, firstBanner, headerWritesNoforn, headerWritesReleasable, portionMarkings} from '../src/lint/facts.js'

/**
 * Why: dissemination controls roll up: a NOFORN portion makes the whole cable NOFORN, and a
 * cable whose classified portions are all releasable must say so at the top, or it will be
 * withheld on the banner's word. A release marking rolls up only when every classified portion
 * carries one: beside a classified portion without it (`(C)`, `(S/NF)`), the banner rightly
 * carries none (06STATE40904's `(C//REL to Spain)` among `(C)` paragraphs).
 */
export default defineRule({
  id: 'no-uncarried-dissemination',
  severity: 'error',
  summary: 'A NOFORN or REL TO portion is not carried by the banner or a handling line.',
  authority: 'Roll-up of dissemination controls: IC-ISM ISM-ID-00146/00149; CAPCO register; 5 FAH-1 H-246.2c (SBU/N)',
  messages: {
    nofornNotCarried: 'Unexpected NOFORN portion `{actual}` in a cable without NOFORN in its banner or handling lines, expected `NOFORN` there',
    relNotCarried: 'Unexpected REL TO portion `{actual}` in a cable without REL TO in its banner or handling lines, expected `REL TO` there',
  },
  examples: {
    valid: [
      cable`
        SECRET
        NOFORN
        1. (S/NF) Talks resumed.`,
      cable`
        SECRET//NOFORN
        1. (S//NF) Talks resumed.`,
      // A release caption on a header line of its own (08LONDON3215).
      cable`
        C O N F I D E N T I A L LONDON 003215
        RELEASABLE TO UK
        1. (C/REL UK) Talks resumed.`,
      // One classified portion not releasable: the banner rightly carries no release (06STATE40904).
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (C//REL TO USA, ESP) Post is requested to deliver the points.`,
    ],
    invalid: [
      {
        input: cable`
          SECRET
          1. (S//NF) Talks resumed.`,
        output: ['2:4-2:11: nofornNotCarried'],
      },
      {
        input: cable`
          SECRET
          1. (S//REL NATO) Talks resumed.`,
        output: ['2:4-2:17: relNotCarried'],
      },
      {
        // Every classified portion releasable, an unclassified one beside them: the banner should say so.
        input: cable`
          SECRET
          1. (U) Talks resumed.
          2. (S//REL NATO) The points follow.`,
        output: ['3:4-3:17: relNotCarried'],
      },
    ],
  },
  check(tree, report, file) {
    const banner = firstBanner(tree)
    if (!banner) return
    const noforn = cableHasCaveat(tree, 'NOFORN') || headerWritesNoforn(tree, String(file.value ?? ''))
    const rel =
      banner.marking.releasableTo.length > 0 ||
      tree.children.some((node) => node.type === 'handling' && node.captions.some((caption) => caption.startsWith('REL'))) ||
      headerWritesReleasable(tree, String(file.value ?? ''))
    const markings = portionMarkings(tree)
    const allReleasable = markings.every((marking) => marking.level === null || !isClassified(marking.level) || marking.releasableTo.length > 0)
    for (const marking of markings) {
      if (marking.caveats.includes('NOFORN') && !noforn)
        report('nofornNotCarried', marking, {data: {actual: marking.raw}, cause: banner.marking})
      // A REL portion in a NOFORN cable is `no-rel-in-noforn`'s finding, not this one's.
      if (marking.releasableTo.length > 0 && allReleasable && !rel && !noforn)
        report('relNotCarried', marking, {data: {actual: marking.raw}, cause: banner.marking})
    }
  },
})
