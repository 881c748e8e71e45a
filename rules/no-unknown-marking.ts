import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {isReferenceLetter} from '../src/lint/facts.js'
import type {Marking} from '../src/syntax/types.js'

/**
 * Why: a marking nobody can read cannot be rolled up or released; `(CONF)` is not a level. Nor is
 * a word after a known level that is no control marking (`(C/F)`, 08LONDON2498 in lint audit N:
 * read as plain `C`, the word was dropped unseen): whoever releases the portion cannot tell what
 * it restricts. The terms of the CAPCO register a cable may carry (`FGI`, `SCI`, `LIMDIS`…) are
 * known; `ENTIRE TEXT` and a bare `REL` have rules of their own.
 */
export default defineRule({
  id: 'no-unknown-marking',
  severity: 'error',
  summary: 'A marking stands where a classification belongs but is not a known one (`(X)`, `(CONF)`).',
  authority: '5 FAH-1 H-246.2c (U, C, S, TS, SBU, SBU/N); 32 CFR 2001.23(a) (marking prohibitions)',
  messages: {
    unknownMarking: 'Unexpected marking `{actual}`, expected `U`, `SBU`, `C`, `S` or `TS` with optional caveats',
    unknownTerm: 'Unexpected term `{term}` in marking `{actual}`, expected a control marking (`NF`, `OC`, `PR`, `REL TO …`, `FGI`…)',
  },
  messageSeverity: {unknownTerm: 'warning'},
  examples: {
    valid: [
      cable`
        SECRET
        1. (S//NF) Talks resumed.
        2. (SBU) The next round is in May.`,
      cable`
        SECRET//FGI//NOFORN//MR
        1. (S//FGI//NF) Talks resumed.`,
      // The Coordinator for Counterterrorism's office, not a marking (09RABAT408).
      cable`
        SECRET
        1. (S) It had a grant of Counterterrorism
        (S/CT) funds from the Department.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. (X) The next round is in May.`,
        output: ['3:4-3:7: unknownMarking'],
      },
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. (CONF) The next round is in May.`,
        output: ['3:4-3:10: unknownMarking'],
      },
      {
        // A word after the level that is no control marking (08LONDON2498).
        input: cable`
          CONFIDENTIAL
          1. (C/NF) Talks resumed.
          2. (C/F) The next round is in May.`,
        output: ['3:4-3:9: unknownTerm'],
      },
    ],
  },
  check(tree, report, file) {
    const text = String(file.value ?? '')
    const unknown: Marking[] = []
    /** Known levels with words the parser kept beside them (`extraTerms`). */
    const withTerms: Marking[] = []
    for (const node of tree.children) {
      if (node.type === 'banner' && node.marking.level === null) unknown.push(node.marking)
      if (node.type === 'subject' && node.marking?.level === null) unknown.push(node.marking)
      if ((node.type === 'banner' || node.type === 'subject') && node.marking?.extraTerms !== undefined) withTerms.push(node.marking)
      if (node.type === 'paragraph') for (const portion of node.children) if (portion.marking?.extraTerms !== undefined) withTerms.push(portion.marking)
      // A reference letter read as a paragraph (`¶B. (B) PARIS 278`) is no marking (facts.ts).
      // Asked of unknown markings only: it reads up to 800 characters around each one.
      if (node.type === 'paragraph')
        for (const portion of node.children) if (portion.marking?.level === null && !isReferenceLetter(portion.marking, text, node)) unknown.push(portion.marking)
    }
    for (const marking of unknown) report('unknownMarking', marking, {data: {actual: marking.raw}})
    for (const marking of withTerms) {
      const term = marking.extraTerms?.find((word) => !knownTerms.has(word))
      if (term !== undefined && !isOfficeSymbol(marking.raw)) report('unknownTerm', marking, {data: {term, actual: marking.raw}})
    }
  },
})

/**
 * A State office under the Secretary in brackets, not a marking: `… a grant of Counterterrorism⏎(S/CT)
 * funds` (09RABAT408) names the Coordinator for Counterterrorism's office.
 */
function isOfficeSymbol(raw: string): boolean {
  return /^\(S\/(?:CT|P|ES|CRS|GAC|WCI|SEMEP|OCR|CPR|SRAP|ECC|TIP)\)$/.test(raw)
}

/**
 * Terms a marking may carry besides its level and the caveats the parser reads: the CAPCO
 * register's (foreign government information, SCI control systems, atomic energy and dissemination
 * controls, State's distribution captions, `MR` of a declassification review), and the words the
 * parser keeps that other rules judge (`ENTIRE TEXT`, a bare `REL`).
 */
const knownTerms: ReadonlySet<string> = new Set([
  'FGI', 'SCI', 'SI', 'TK', 'HCS', 'G', 'RD', 'FRD', 'CNWDI', 'SAR', 'LES', 'SBU', 'LIMDIS', 'EXDIS', 'NODIS', 'DSEN',
  'ACGU', 'RELIDO', 'IMCON', 'FISA', 'DEA', 'MR', 'ENTIRE', 'TEXT', 'REL',
])
