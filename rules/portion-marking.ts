import {isClassified, levelNames, levels, type Level} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableLevel, datedBeforeEo12958, formatDate, isQuoted, quotedDocuments} from '../src/lint/facts.js'
import {peekMarking} from '../src/syntax/marking.js'
import type {Paragraph} from '../src/syntax/types.js'

/**
 * Why: each paragraph's classification stands right after its number (5 FAH-1 H-246.2c).
 * In a classified cable an unmarked paragraph cannot be released (its level is unproven);
 * in an unclassified one it is only a drafting slip. The numbered paragraphs of a document
 * quoted between `BEGIN TEXT` and `END TEXT` are the document's, inside the quoting portion
 * whose marking covers them (08STATE3800's Security Council resolution). Nor is a paragraph
 * that opens with a short heading over portions that are each marked (`¶1. KEY POINTS:` then
 * `-- (C) …` bullets, 09RIYADH670, 10CAIRO217): every portion of its content is marked. Nor an
 * unmarked number that goes back in the cable's numbering: a list or quoted document restarting
 * at 1 inside the paragraph before it.
 */
export default defineRule({
  id: 'portion-marking',
  severity: 'error',
  messageSeverity: {missingUnclassified: 'info', missingBeforeMandatory: 'info', spelledOut: 'warning', markingAbove: 'warning'},
  summary: 'Every numbered paragraph has a portion marking right after its number.',
  authority:
    '5 FAH-1 H-246.2c (classification immediately after the paragraph number); 32 CFR 2001.21 (portion marking); ISL 96-2 (E.O. 12958 makes portion marking mandatory)',
  messages: {
    missingClassified: 'Unexpected paragraph {actual} without a portion marking in a classified cable, expected `(U)`, `(C)`, `(S)`… after the number',
    missingUnclassified: 'Unexpected paragraph {actual} without a portion marking, expected `(U)` or `(SBU)` after the number',
    missingBeforeMandatory:
      'Unexpected paragraph {actual} without a portion marking in a classified cable of {origin}, expected `(U)`, `(C)`, `(S)`… after the number (mandatory since E.O. 12958, 1995-10-14)',
    spelledOut: 'Unexpected marking `{actual}` written out after paragraph {number}, expected `{expected}`',
    markingAbove: 'Unexpected marking `{actual}` on the line above paragraph {number}, expected it right after the number',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (U) The next round is in May.`,
      cable`
        UNCLAS
        1. (U) The resolution reads:
        BEGIN TEXT:
        1. Recalls its earlier statements.
        END TEXT
        2. (U) Comment follows.`,
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (C) The ministry's plan:
        1. Raise gas prices.
        2. Cut benefits.
        3. (C) Comment follows.`,
      // A list restarting at 1 inside paragraph 2 runs past the cable's own numbering.
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (C) The statement reads:
        1. We agree.
        2. We agree again.
        3. We part.
        4. (C) Comment follows.`,
      // The classifier written as paragraph 1 (09STATE78274).
      cable`
        CONFIDENTIAL
        SUBJECT: (U) TALKS
        ¶1. Classified by Ambassador Jane Roe. Reason: 1.4 (d).
        ¶2. (C) Talks resumed.`,
      // Lettered sub-paragraphs of a marked paragraph (09ISLAMABAD922).
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (C) The ministry's plan:
        ¶A. Raise gas prices.
        ¶B. Cut benefits.
        3. (C) Comment follows.`,
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. KEY POINTS:
        -- (C) The Ambassador met the Prince.
        -- (U) They spoke of Pakistan.`,
      // An indented outline inside a marked paragraph (09STATE37561).
      cable`
        SECRET

        3. (S) Reporting needs:

            II. Country-Specific Issues

                ¶A. Mineral Resources (ENVR)
                ¶B. Genocidal Legacy Issues (HRWC)

        ¶4. (S) Collection needs follow.`,
      // One statement marks the whole text (90BAGHDAD4237).
      cable`
        SECRET
        1. SECRET - ENTIRE TEXT.
        2. Talks resumed.
        3. The next round is in May.`,
      // The archive's redaction took the whole paragraph, marking and all (09STATE3943).
      cable`
        SECRET
        1. (S) Talks resumed.
        2. XXXXXXXXXXXX
        3. (S) Comment follows.`,
      // So for the last paragraph, the sign-off after it joined to it (09TUNIS372).
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.

        2. XXXXXXXXXXXX

        Please visit Embassy Tunis' Classified Website at:
        http://www.state.sgov.gov/p/nea/tunis/index.cfm
        Godec`,
      // An unclassified cable of 1985: no order of the time asked for its paragraphs' markings.
      cable`
        R 121200Z MAR 85
        FM AMEMBASSY BEIRUT
        TO SECSTATE WASHDC 1725
        UNCLAS BEIRUT 01725
        SUBJECT: VISA WORKLOAD
        1. The consular section reopened.
        2. Applications rose.`,
    ],
    invalid: [
      {
        // The level written out (09MEXICO1055).
        input: cable`
          CONFIDENTIAL
          SUBJECT: (U) TALKS

          ¶1.  (Confidential) Key points follow.
          ¶2. (C) Talks resumed.`,
        output: ['4:1-4:4: spelledOut'],
      },
      {
        // The marking on its own line above the number (07PARAMARIBO510).
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          (SBU)

          2. Issue 1: trade.`,
        output: ['5:1-5:3: markingAbove'],
      },
      {
        // A range answering questions 2 to 4 is a paragraph too (10CAIRO209).
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.

          2-4. The minister named three informants.

          5. (C) Comment follows.`,
        output: ['4:1-4:5: missingClassified'],
      },
      {
        // Prose about a text's entirety marks nothing.
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. The entire text of the accord is not yet public.`,
        output: ['3:1-3:3: missingClassified'],
      },
      {
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. The next round is in May.`,
        output: ['3:1-3:3: missingClassified'],
      },
      {
        input: cable`
          UNCLAS
          1. (U) Talks resumed.
          2. The next round is in May.`,
        output: ['3:1-3:3: missingUnclassified'],
      },
      {
        // Before E.O. 12958 an agency could waive portion marking: information, not an error.
        input: cable`
          R 091735Z AUG 88
          FM AMEMBASSY LONDON
          TO SECSTATE WASHDC 8426
          C O N F I D E N T I A L LONDON 16998
          E.O. 12356: DECL: OADR

          1. Summary. Talks resumed.`,
        output: ['7:1-7:3: missingBeforeMandatory'],
      },
      {
        // Lettered under a heading of their own: the cable's paragraphs (seed 004).
        input: cable`
          CONFIDENTIAL
          1. (C) Answers follow.

          The Situation
          -------------

          ¶A. The ministry keeps the figures.`,
        output: ['7:1-7:4: missingClassified'],
      },
      {
        // Lettered from the first paragraph: each is a paragraph of the cable's own.
        input: cable`
          CONFIDENTIAL
          ¶A. (C) Talks resumed.
          ¶B. The next round is in May.`,
        output: ['3:1-3:4: missingClassified'],
      },
      {
        // A sentence, not a heading, before the marked bullets: the paragraph's own text is unmarked.
        input: cable`
          CONFIDENTIAL
          1. (C) Talks resumed.
          2. The Ambassador met the Prince.
          -- (C) They spoke of Pakistan.`,
        output: ['3:1-3:3: missingClassified'],
      },
    ],
  },
  check(tree, report, file) {
    const level = cableLevel(tree)
    const classified = level !== undefined && isClassified(level)
    const before = datedBeforeEo12958(tree)
    const text = String(file.value ?? '')
    const quoted = quotedDocuments(tree, text)
    // The cable's own numbering so far: an unmarked number at or below it restarts a list or a
    // quoted document inside the paragraph before (`¶9. (U) … Benefits:` then `¶1. Pensions`,
    // `¶2. Abolish …`, 10KYIV278; an agreement's articles from `¶1.`, 08BOGOTA4083), whose marking
    // covers them. The paragraph-numbering rule reports such numbers.
    let last = 0
    // The last number of such a restarted run: its next numbers belong to it too, past the
    // cable's own (`¶9. (SBU) … Policy Outcomes` then `¶1.` … `¶22.`, 09BEIJING1582's list of a
    // joint statement), until a marked paragraph resumes the cable's numbering.
    let run: number | undefined
    // Whether a numbered paragraph came before, with no heading since: lettered paragraphs right
    // after one are its sub-paragraphs (`¶12. (C) … from the relevant governments:` then `¶A. Pink
    // Aluminum Box`, 09ISLAMABAD922; 546 findings in 78 corpus cables), covered by its marking as a
    // restarted numbered list is. Lettered from the first paragraph, or under a heading of their
    // own (seed 004's answers keyed to a questionnaire), they are the cable's paragraphs.
    let numbered = false
    // The pattern is asked only of a text that writes the words: run over every cable it took a
    // sixth of a corpus lint (210 ms), the search for `ntire`/`NTIRE` a few.
    const markedWhole = (text.includes('ntire') || text.includes('NTIRE')) && entireText.test(text)
    for (const node of tree.children) {
      if (node.type === 'heading' || node.type === 'banner') numbered = false
      if (node.type !== 'paragraph' || !node.number) continue
      const value = node.number.value
      // Lettered and indented (`        ¶A. Mineral Resources (ENVR)` under an outline's `II.`,
      // 09STATE37561; `     ¶B. ROME DAILY REPORT …` continuing a REF list, 07ROME1494): an
      // item of a list or outline in the text above it, not a paragraph, which opens its line.
      const indented = typeof value === 'string' && node.number.position.start.column > indentedFrom
      const subParagraph = (numbered && typeof value === 'string') || indented
      if (typeof value === 'number') numbered = true
      const marked = node.children[0]?.marking !== undefined
      const restart = typeof value === 'number' && value <= last
      const continuesRun = !marked && typeof value === 'number' && run !== undefined && value === run + 1
      if (typeof value === 'number' && !restart && !continuesRun) last = node.number.last ?? value
      // A number repeated (`¶1.` twice, 05MINSK851's archive line) opens no run: only one lower.
      run = !marked && typeof value === 'number' && ((restart && value < last) || continuesRun) ? value : undefined
      if (marked || markedWhole || isQuoted(quoted, node.number.position.start.offset) || isHeadingOverMarked(node, text) || isClassifierParagraph(node, text) || isCutByArchive(node, text)) continue
      if (restart || continuesRun || subParagraph) continue
      // Before E.O. 12958 no rule asked for an unclassified paragraph's marking: the orders of
      // the time governed classified information only (E.O. 12356 §1.5(b) marks "classified
      // portions"), and `(SBU)` was not yet a marking (34 findings in 7 corpus cables of 1966–1985).
      if (!classified && before) continue
      const actual = node.number.last === undefined ? String(value) : `${value}-${node.number.last}`
      // Marked, but not as 32 CFR 2001.21(c) and 5 FAH-1 H-246.2c ask: the level written out
      // (`¶1.  (Confidential) Key Points`, 09MEXICO1055) or on a line of its own above the number
      // (`(SBU)` then `¶4. Issue 1: …`, 07PARAMARIBO510). Reported as unmarked, both were false.
      const written = spelledOutMarking(node, text)
      if (written !== undefined) {
        report('spelledOut', node.number, {data: {actual: written.raw, number: actual, expected: written.expected}})
        continue
      }
      const above = markingOnLineAbove(node, text)
      if (above !== undefined) {
        report('markingAbove', node.number, {data: {actual: above, number: actual}})
        continue
      }
      if (classified && before) report('missingBeforeMandatory', node.number, {data: {actual, origin: formatDate(before)}})
      else report(classified ? 'missingClassified' : 'missingUnclassified', node.number, {data: {actual}})
    }
  },
})

/**
 * A statement that marks the whole text at one level, which older and some later cables write
 * instead of marking each paragraph: `¶1. SECRET - ENTIRE TEXT.` (90BAGHDAD4237), `(S-ENTIRE
 * TEXT)`, `¶1. (C - ENTIRE TEXT).` (79TEHRAN8980), `Sensitive but unclassified - entire text.`
 * (07PARIS306), `ENTIRE TEXT SENSITIVE BUT UNCLASSIFIED`, `The entire text of this report is
 * Sensitive But Unclassified` (10SANAA295). Every paragraph is marked by it: the order asks that
 * portions be shown "by marking or other means" (E.O. 12356 §1.5(b)), and a statement for the
 * whole text is one; 116 findings in 8 corpus cables asked for a marking on each.
 */
const entireText =
  /\b(?:top\s+secret|secret|confidential|(?:sensitive\s+but\s+)?unclassified|limited\s+official\s+use|sbu|[csu])\s*(?:-{1,2}|–|—|:)\s*entire\s+text\b|\bentire\s+text\s+(?:is\s+)?(?:top\s+secret|secret|confidential|(?:sensitive\s+but\s+)?unclassified|limited\s+official\s+use|sbu|[csu])\b|\bentire\s+text\s+of\s+this\s+(?:report|message|cable|telegram)\s+is\s+(?:top\s+secret|secret|confidential|(?:sensitive\s+but\s+)?unclassified|limited\s+official\s+use|sbu|[csu])\b/i

/**
 * A paragraph that holds the classification authority (`¶1. Classified by Bureau Assistant
 * Secretary Philip H. Gordon. Reason: 1.4 (d)`, 09STATE78274): the cable's marking data, which
 * 32 CFR 2001.21(a) puts on the face, not a portion of its content.
 */
function isClassifierParagraph(paragraph: Paragraph, text: string): boolean {
  const lead = paragraph.children[0]
  return lead !== undefined && /^\s*classified\s+by\b/i.test(text.slice(lead.position.start.offset, lead.position.start.offset + 40))
}

/**
 * A paragraph whose whole content is WikiLeaks' redaction mark (`¶2. XXXXXXXXXXXX`, 09STATE3943; in lower case too, 09STATE4134; where the marking was, `¶7. (XXXXXXXXXXXX`, 09STATE53356):
 * the archive removed the text with its marking, so no marking the drafter left out can be seen
 * (17 corpus cables).
 */
function isCutByArchive(paragraph: Paragraph, text: string): boolean {
  const start = paragraph.number?.position.end.offset
  if (start === undefined) return false
  // Up to a blank line: what follows one is no part of the cut text (a sign-off, a heading the
  // parser joined to the paragraph: 09TUNIS372's `Please visit Embassy Tunis' Classified Website`).
  const end = paragraph.position.end.offset
  const head = text.slice(start, Math.min(end, start + 40))
  const blank = /\n[ \t\r]*\n/.exec(head)
  if (blank === null && end - start >= 40) return false
  return /^\s*\(?[Xx]{6,}\)?\.?\s*$/.test(blank === null ? head : head.slice(0, blank.index))
}

/** Each level by its name written out (`CONFIDENTIAL` → `C`), from the names reports print. */
const levelsByName: ReadonlyMap<string, Level> = new Map(levels.map((level) => [levelNames[level], level]))

/** Words in brackets at the start of a text (`(Confidential)`). */
const bracketedWords = /^[ \t]*\(([A-Za-z]+(?: [A-Za-z]+){0,3})\)/

/** The level written out at the start of the paragraph's text (`(Confidential)`), or `undefined`. */
function spelledOutMarking(paragraph: Paragraph, text: string): {raw: string; expected: string} | undefined {
  const start = paragraph.number?.position.end.offset
  if (start === undefined) return undefined
  const words = bracketedWords.exec(text.slice(start, start + 40))?.[1]
  const level = words === undefined ? undefined : levelsByName.get(words.toUpperCase())
  return level === undefined ? undefined : {raw: `(${words!})`, expected: `(${level})`}
}

/**
 * The marking alone on the last line above the paragraph's number but blank ones (`(SBU)`,
 * `(C//NF)`), as the parser reads one in capitals, or `undefined`.
 */
function markingOnLineAbove(paragraph: Paragraph, text: string): string | undefined {
  const start = paragraph.number?.position.start.offset
  if (start === undefined) return undefined
  const lines = text.slice(Math.max(0, start - 80), start).split('\n')
  // The number's own line up to the number: only white space may stand there.
  if (lines.pop()?.trim() !== '') return undefined
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop()
  const line = lines.at(-1)?.trim() ?? ''
  const read = line.startsWith('(') ? peekMarking(line) : undefined
  return read !== undefined && read.level !== null && !read.irregularities.includes('lowercase') ? line : undefined
}

/** A paragraph number that starts past this column is indented (a list's item). */
const indentedFrom = 4

/** At most this many words make a heading (`KEY POINTS:`, `Summary and comment:`). */
const headingWords = 5

/** Whether `paragraph` is a short heading without a sentence, then portions that are all marked. */
function isHeadingOverMarked(paragraph: Paragraph, text: string): boolean {
  const [lead, ...rest] = paragraph.children
  if (!lead || rest.length === 0 || !rest.every((portion) => portion.marking)) return false
  const heading = trimTrailingDashes(text.slice(lead.position.start.offset, lead.position.end.offset).trim())
  return heading.length > 0 && !/[.!?]/.test(heading) && heading.split(/\s+/).length <= headingWords
}

/** `value` without the dashes and white space at its end (a bullet left before the first marked portion). */
function trimTrailingDashes(value: string): string {
  let end = value.length
  while (end > 0 && /[-–—\s]/u.test(value.charAt(end - 1))) end--
  return value.slice(0, end)
}
