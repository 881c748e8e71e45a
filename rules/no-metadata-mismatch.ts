import {isClassified, type Level} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableHasCaveat, firstBanner} from '../src/lint/facts.js'

/** How the archive writes each level (it maps SBU to FOR OFFICIAL USE ONLY, MARKING-RULES C.7). */
const archiveNames: Readonly<Record<Level, string>> = {
  U: 'UNCLASSIFIED',
  SBU: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
  LOU: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
}

/** Why: two classifications for one cable cannot both be right; the archive's drives release decisions. */
export default defineRule({
  id: 'no-metadata-mismatch',
  severity: 'warning',
  summary: "The archive metadata's classification disagrees with the banner and handling lines.",
  authority:
    'Data integrity (cablemap keeps both values); STATE 018029 (2000) for SBU telegrams sent as UNCLAS with the SENSITIVE caption',
  messages: {
    mismatch: 'Unexpected archive classification `{actual}`, expected `{expected}` as the banner and handling lines read',
  },
  examples: {
    valid: [
      cable`
        Identifier
        Created
        Classification
        Origin
        08BEIJING4697
        2008-12-31 03:44:00
        UNCLASSIFIED//FOR OFFICIAL USE ONLY
        Embassy Beijing
        UNCLAS BEIJING 004697
        SENSITIVE
        1. (SBU) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          Identifier
          Created
          Classification
          Origin
          08BEIJING4697
          2008-12-31 03:44:00
          SECRET
          Embassy Beijing
          C O N F I D E N T I A L BEIJING 004697
          1. (C) Talks resumed.`,
        output: ['7:1-7:7: mismatch'],
      },
    ],
  },
  check(tree, report) {
    const metadata = tree.children.find((node) => node.type === 'metadata')
    const archived = metadata?.marking
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!archived?.level || !banner || !level) return
    // An UNCLAS banner with the SENSITIVE caption is an SBU telegram (STATE 018029).
    const effective: Level = !isClassified(level) && cableHasCaveat(tree, 'SENSITIVE') ? 'SBU' : level
    const noforn = cableHasCaveat(tree, 'NOFORN')
    const expected = archiveNames[effective] + (noforn ? '//NOFORN' : '')
    const actual = archiveNames[archived.level] + (archived.caveats.includes('NOFORN') ? '//NOFORN' : '')
    if (actual !== expected) report('mismatch', archived, {data: {actual, expected}, cause: banner.marking})
  },
})
