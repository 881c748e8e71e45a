import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'

const start = {line: 1, column: 1, offset: 0}

/**
 * A banner the parser does not hold as a banner node because something is glued before it: a
 * stray dot (`.C O N F I D E N T I A L PANAMA 000829`, 09PANAMA829), the quote and comma of a
 * CSV record (`","C O N F I D E N T I A L BUENOS AIRES 000794`, 09BUENOSAIRES794), the tab of
 * a TSV record (`COLLECTIVE\tC O N F I D E N T I A L SECTION 01 OF 04`, 10TASHKENT27), the
 * CSV field separator (`AIRES 6302",S E C R E T STATE 030927`, 09STATE30927), the archive's
 * date stamp (`Cable dated:2005-11-16T09:53:00 C O N F I D E N T I A L …`, 05PARIS7777). Letter-
 * spaced levels are written only in banners; a plain `UNCLAS` needs a section or post and serial,
 * so an archive's metadata column (`\tCONFIDENTIAL\t`, `,UNCLASSIFIED,`) is not taken for one.
 */
const gluedBanner = /(?:^|[.,"\t]|Cable dated:\S+)[ \t]*(?:C O N F I D E N T I A L|S E C R E T|T O P S E C R E T|U N C L A S|UNCLAS(?:SIFIED)?[ \t]+(?:SECTION\b|E F T O\b|[A-Z][A-Z .]*[ \t]0*\d{2,6}\b))/m

/**
 * Why: the first line of a telegram is its classification line. A partial extract has no
 * header by design (694 corpus cables): it is said once, as info, that it cannot be checked.
 * So is an archive record that holds only the archive's fields (ID, subject, date,
 * classification, origin) and none of the cable's text, as the plain-text release has for some
 * cables (02ANKARA9058, 01PRETORIA1173): there is no cable to check, not a cable without a banner.
 */
export default defineRule({
  id: 'classification-banner',
  severity: 'error',
  messageSeverity: {partialExtract: 'info', recordOnly: 'info'},
  summary: 'The cable has a classification line (banner).',
  authority:
    '5 FAH-2 H-222 (the first line of a telegram is the classification line); 32 CFR 2001.21 (overall marking)',
  messages: {
    missingBanner: 'Unexpected cable without a classification line, expected a banner such as `UNCLAS` or `C O N F I D E N T I A L`',
    partialExtract:
      'Unexpected partial extract without its header, expected the full cable to check the banner, E.O. line and classification authority',
    recordOnly: "Unexpected archive record without the cable's text, expected the header and body to check",
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
      {
        input: cable`
          02ANKARA9058
          WOLFOWITZ AND GROSSMAN PRESS TURKS FOR SUPPORT ON
          Fri Dec 20 00:00:00 +0100 2002
          SECRET
          Embassy Ankara`,
        output: ['1:1-1:1: recordOnly'],
      },
    ],
  },
  check(tree, report, file) {
    if (tree.children.some((node) => node.type === 'banner')) return
    if (gluedBanner.test(String(file.value ?? ''))) return
    const place = {position: {start, end: start}}
    const recordOnly = tree.children.length > 0 && tree.children.every((node) => node.type === 'metadata')
    report(tree.partialExtract ? 'partialExtract' : recordOnly ? 'recordOnly' : 'missingBanner', place)
  },
})
