import {isClassified} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {datedBeforeEo12958, firstBanner, formatDate} from '../src/lint/facts.js'
import type {Root} from '../src/syntax/types.js'
import {readReasons} from '../src/syntax/values.js'

/**
 * A `Classified By` line the tree does not hold as a classificationAuthority node, yet the
 * cable names its classifier: glued into the subject or REF line of a one-line body
 * (`… REF: A. CAIRO 180 Classified By: ECPO Counselor …`, 09CAIRO284; `…VISIT TO
 * CAIROClassified By: …`, 07CAIRO3126), swallowed by a REF letter read as a paragraph
 * (`¶B. LA PAZ 2312` then `Classified By: …`, 07LAPAZ2385), written as an old cable's first
 * paragraph (`¶1. (U) CLASSIFIED BY DCM …; REASONS 1.5`, 02ANKARA8305), broken over a blank
 * line (`CLASSIFIED\n\nBY: Gene A. Cretz`, 09TRIPOLI939), misspelt (`Classiied By:`,
 * 08ECTION01OF02MANAMA492; `Classjfied By:`, 06NEWDELHI27), cut short by the archive
 * (`Classifie...`, 08STOCKHOLM571), or lost with the words before it, leaving the classifier,
 * position and reason (`BY: Gene A. Cretz, Ambassador, … REASON: 1.4 (b), (d)`, 09TRIPOLI874;
 * `Chris Stevens, CDA, AmEmbassy Tripoli, State. REASON: 1.4 (b), (d)`, 08TRIPOLI526).
 * "Classified by" in prose is followed by a lower-case word (`classified by the GOT`), so a
 * name, title or colon is required after it.
 */
const writtenClassifiedBy = [
  /(?:classified|Classified|CLASSIFIED)\s{0,4}(?:by|By|BY)\b[ \t]{0,3}:?\s{0,3}[A-Z]/,
  /(?:classified|Classified|CLASSIFIED)\s{0,4}(?:By|BY)(?=[A-Z])/,
  /\b[Cc][Ll]?[Aa][Ss][Ss][IiEe]?[a-zA-Z]{0,5}[ \t]{1,3}(?:by|By|BY)[ \t]{0,3}:/,
  /^[ \t]{0,8}(?:CLASSIFI?E?D?|Classifi?e?d?)[ \t]{0,3}\.\.\./m,
]

/**
 * A derivative classification's authority line, which stands where `Classified By` would: the
 * cable cites the guide or source it was classified from (`DERIVED FROM: DSCG 05-1 B, D`,
 * 09BUENOSAIRES1311; glued to the subject or REF line, `… MORE FANFARE THAN Derived from: DSCG
 * 05-1, B,D`, 10TRIPOLI62; 32 CFR 2001.22(c), the "Derived From" line). Only with its colon:
 * prose says "derived from" without one (`benefits derived from a partnership`, `(Derived from
 * press sources)`).
 */
const writtenDerivedFrom = /\b(?:DERIVED|Derived|derived)[ \t]{1,3}(?:FROM|From|from)[ \t]{0,3}:/

/**
 * The E.O. 12065 form (1978–1982): the classifier in parentheses after the declassification
 * instruction, `E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P` (79TEHRAN8980; §1-501(a)
 * required the classification authority's identity on the face).
 */
function namesClassifierOnOrderLine(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'executiveOrder' && /\([A-Z][A-Za-z'’-]+,[ \t]*[A-Z][A-Za-z. ]{0,40}\)/.test(node.declassification.raw))
}

/** `BY: Gene A. Cretz, …` (the word before lost) or `Chris Stevens, CDA, …` (both lost). */
const unlabelledClassifier = /^[ \t]{0,8}(?:(?:BY|By)[ \t]{0,3}:[ \t]{0,3}[A-Z]|[A-Z][^,.:]{1,60}, )/

/**
 * A line that names the classifier and the reason (a section and its categories, read as the
 * parser reads a Classified By block's) without the `Classified By` label.
 */
function namesClassifierUnlabelled(text: string): boolean {
  for (const line of text.split('\n')) {
    if (!unlabelledClassifier.test(line)) continue
    const reasons = readReasons(line)
    if (reasons?.section && reasons.categories.length > 0) return true
  }
  return false
}

/** Why: "Classified By" names who is accountable for the decision; it is a primary marking. */
export default defineRule({
  id: 'classification-authority',
  severity: 'error',
  messageSeverity: {missingBeforeEo12958: 'info'},
  summary: 'A classified cable names who classified it (`Classified By: …`).',
  authority:
    '32 CFR 2001.21(a)(1) (Classified By: name or personal identifier and position); 32 CFR 2001.22(c) (Derived From: the source or guide, for a derivative classification); 5 FAH-1 H-240 (unnumbered paragraph with the classifier and reason); before E.O. 12958 (1995-10-14): E.O. 12356 §1.5(a)(2), E.O. 12065 §1-501',
  messages: {
    missingClassifiedBy: 'Unexpected `{actual}` cable without a `Classified By` line, expected the classifier\'s name and position',
    missingBeforeEo12958:
      'Unexpected `{actual}` cable of {origin} without a `Classified By` line, expected the classifier\'s name and position (the line of E.O. 12958, 1995-10-14; earlier orders let the signing official stand as classifier)',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (d).
        1. (C) Talks resumed.`,
      // The label lost in the archive: the classifier, position and reason are there.
      cable`
        CONFIDENTIAL
        Jane Roe, CDA, AmEmbassy Tripoli, State. REASON: 1.4 (b), (d)
        1. (C) Talks resumed.`,
      // A derivative classification cites its guide instead (09BUENOSAIRES1311).
      cable`
        C O N F I D E N T I A L BUENOS AIRES 001311
        EO 12958 DECL: 2019/12/31
        SUBJECT: (C) TALKS
        DERIVED FROM: DSCG 05-1 B, D

        1. (C) Talks resumed.`,
      // A 1986 cable signed by the ambassador, who classified it under E.O. 12356 (86MADRID5480).
      cable`
        O 211530Z MAY 86
        FM AMEMBASSY MADRID
        TO SECSTATE WASHDC IMMEDIATE 5480
        SECRET MADRID 05480
        E.O. 12356: DECL: OADR
        SUBJECT: BASES TALKS
        1. (S) Talks resumed.

        ENDERS`,
      // E.O. 12065 named the classifier on the E.O. line (79TEHRAN8980).
      cable`
        R 121200Z AUG 79
        FM AMEMBASSY TEHRAN
        TO SECSTATE WASHDC 8980
        C O N F I D E N T I A L TEHRAN 8980
        E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P

        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.`,
        output: ['1:1-1:13: missingClassifiedBy'],
      },
      {
        // "derived from" in prose, without the label's colon, is no authority line.
        input: cable`
          CONFIDENTIAL
          1. (C) The benefits derived from the partnership are large.`,
        output: ['1:1-1:13: missingClassifiedBy'],
      },
      {
        // A 1986 cable: E.O. 12356 let the signing official stand as classifier, so information only.
        input: cable`
          O 211530Z MAY 86
          FM AMEMBASSY MADRID
          TO SECSTATE WASHDC IMMEDIATE 5480
          SECRET MADRID 05480
          E.O. 12356: DECL: OADR
          SUBJECT: BASES TALKS
          1. (S) Talks resumed.`,
        output: ['4:1-4:7: missingBeforeEo12958'],
      },
    ],
  },
  check(tree, report, file) {
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!banner || !level || !isClassified(level)) return
    const text = String(file.value ?? '')
    const found = tree.children.some((node) => node.type === 'classificationAuthority' && node.classifiedBy) || writtenClassifiedBy.some((pattern) => pattern.test(text)) || writtenDerivedFrom.test(text) || namesClassifierUnlabelled(text)
    if (found || namesClassifierOnOrderLine(tree)) return
    const before = datedBeforeEo12958(tree)
    // Before E.O. 12958 the official who signed a telegram was its classifier (E.O. 12356
    // §1.5(a)(2) asks for the authority's identity, which the signature gives): a signed cable
    // of then names its classifier (5 of 7 such findings in the corpus, 86MADRID5480's ENDERS).
    if (before && tree.children.some((node) => node.type === 'signature')) return
    if (before) report('missingBeforeEo12958', banner.marking, {data: {actual: banner.marking.raw, origin: formatDate(before)}})
    else report('missingClassifiedBy', banner.marking, {data: {actual: banner.marking.raw}})
  },
})
