import {cable} from '../src/lint/cable.js'
import type {Banner} from '../src/syntax/types.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner} from '../src/lint/facts.js'

/**
 * Why: a repeated header (seed 002) is a transmission or archiving artefact; the copy may hide a
 * differing marking. A bare level word on its own line after a serial-bearing banner (`SECRET`
 * between the archive's record number, date, origin and reference fields, 03THEHAGUE2210,
 * 04THEHAGUE1717) is the archive's classification field, not a header.
 */
export default defineRule({
  id: 'no-duplicate-header',
  severity: 'warning',
  summary: 'The cable header (banner line and what follows it) appears twice.',
  authority: 'Data integrity (seed 002: the archive repeated the header); 5 FAH-2 H-222 (one classification line)',
  messages: {
    duplicateHeader: 'Unexpected second banner `{actual}`, expected the header once',
  },
  examples: {
    valid: [
      cable`
        C O N F I D E N T I A L SECTION 01 OF 02 BEIJING 004697
        E.O. 12958: DECL: 12/31/2033
        1. (C) Talks resumed.`,
      cable`
        S E C R E T SECTION 01 OF 02 THE HAGUE 001717
        E.O. 12958: DECL: 07/08/2024
        REF: A. THE HAGUE 1701
        Embassy The Hague
        SECRET
        04THEHAGUE1701`,
    ],
    invalid: [
      {
        input: cable`
          C O N F I D E N T I A L BEIJING 004697
          E.O. 12958: DECL: 12/31/2033
          C O N F I D E N T I A L BEIJING 004697
          E.O. 12958: DECL: 12/31/2033
          1. (C) Talks resumed.`,
        output: ['3:1-3:24: duplicateHeader'],
      },
    ],
  },
  check(tree, report) {
    let first = firstBanner(tree)
    // A first "banner" naming no post or serial may be the classification field of the archive's
    // metadata, one field a line (`Embassy Kabul` / `CONFIDENTIAL` / `08KABUL1027`, 08KABUL1064):
    // then the cable's own banner is the first that names a serial, and only its repeats count.
    const metadata = first && !first.serial && !first.originator
    const own = metadata ? tree.children.find((node): node is Banner => node.type === 'banner' && node.serial !== undefined) : undefined
    if (own) first = own
    for (const node of tree.children)
      if (node.type === 'banner' && node.duplicate && node !== own && !anotherCable(first, node) && !archiveField(first, node))
        report('duplicateHeader', node.marking, {data: {actual: node.marking.raw}, ...(first ? {cause: first.marking} : {})})
  },
})

/** Whether a later "banner" is a bare level word under a first banner that has a serial (see above). */
function archiveField(first: Banner | undefined, banner: Banner): boolean {
  return first?.serial !== undefined && banner.serial === undefined && banner.originator === undefined && banner.section === undefined
}

/**
 * Whether a later banner heads another cable in the same file rather than repeating the
 * header: its serial differs (09CAIRO189 holds `UNCLAS CAIRO 000189`, then the archive
 * record of `UNCLAS CAIRO 000184`).
 */
function anotherCable(first: Banner | undefined, banner: Banner): boolean {

  const a = first?.serial ? Number.parseInt(first.serial.value, 10) : Number.NaN
  const b = banner.serial ? Number.parseInt(banner.serial.value, 10) : Number.NaN
  return !Number.isNaN(a) && !Number.isNaN(b) && a !== b
}
