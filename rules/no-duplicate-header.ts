import {cable} from '../src/lint/cable.js'
import type {Banner} from '../src/syntax/types.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner} from '../src/lint/facts.js'

/**
 * Why: a repeated header (seed 002) is a transmission or archiving artefact; the copy may hide a
 * differing marking. A bare level word on its own line after a serial-bearing banner (`SECRET`
 * between the archive's record number, date, origin and reference fields, 03THEHAGUE2210,
 * 04THEHAGUE1717) is the archive's classification field, not a header. Nor is the banner of
 * the telegram's next section: a long telegram went out in sections, each with its own routing
 * and banner (`UNCLAS SECTION 02 OF 07 HARARE 002271`), and older cables keep them all
 * (01VATICAN3507, 02ROME3639). A section seen before, though, is a repeat (02ROME1196 holds
 * `SECTION 02 OF 02` twice).
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
      cable`
        UNCLAS SECTION 01 OF 02 HARARE 002271
        E.O. 12958: N/A
        1. The land reform program.
        UNCLAS SECTION 02 OF 02 HARARE 002271
        2. Donors met in April.`,
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
      {
        input: cable`
          UNCLAS SECTION 01 OF 02 HARARE 002271
          1. The land reform program.
          UNCLAS SECTION 02 OF 02 HARARE 002271
          2. Donors met in April.
          UNCLAS SECTION 02 OF 02 HARARE 002271
          2. Donors met in April.`,
        output: ['5:1-5:7: duplicateHeader'],
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
    const sections = new Set(first?.section ? [first.section.index] : [])
    for (const node of tree.children) {
      if (node.type !== 'banner' || !node.duplicate || node === own || anotherCable(first, node) || archiveField(first, node)) continue
      if (nextSection(first, node, sections)) continue
      report('duplicateHeader', node.marking, {data: {actual: node.marking.raw}, ...(first ? {cause: first.marking} : {})})
    }
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

/**
 * Whether a later banner heads a section of the same telegram not seen before (`SECTION 02 OF
 * 07` after `SECTION 01 OF 07`); records the section in `seen`.
 */
function nextSection(first: Banner | undefined, banner: Banner, seen: Set<number>): boolean {
  if (!first?.section || !banner.section || banner.section.total !== first.section.total || seen.has(banner.section.index)) return false
  seen.add(banner.section.index)
  return true
}
