import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {isQuoted, quotedDocuments, repeatedHeaders} from '../src/lint/facts.js'
import {isSpace} from '../src/syntax/classify-line.js'
import type {Paragraph, ParagraphNumber} from '../src/syntax/types.js'

/**
 * Why: paragraphs are numbered consecutively (5 FAH-1 H-246.2b), and readers cite them by
 * number; a gap may mean a paragraph was lost, a duplicate that two will be confused. The
 * `11.`…`19.` garble (a `¶` read as `1`, seed 001) is reported so that the meant number is known.
 *
 * A document quoted between `BEGIN TEXT` and `END TEXT` (a resolution, a letter, talking
 * points) keeps its own numbers: its paragraphs are not the cable's, and the cable's numbering
 * goes on after it (08LONDON1115 quotes an MOD text numbered 1–7, then resumes at ¶3; 07ROME2438
 * quotes eight letters, each from 1). Over the corpus, 34 of 600 findings were such numbers.
 * So do the unmarked items of a list under a marked paragraph, numbered from 1 again. After a
 * repeated header (`no-duplicate-header` reports it), paragraph 1 again is the repeated copy's
 * own first paragraph, not a second one: the archive's truncated preview of ¶1 followed by the
 * whole record (08VILNIUS668, `¶1. (SBU) The neutrality … regar...` then the header and `1.
 * (SBU)` again), in 25 corpus cables that reported the artefact twice. A later part of a cable
 * sent in several (`(PART TWO OF THREE)`) numbers on from the part before, and a range (`4-12.`,
 * one answer to a tasker's questions 4 to 12) from its last number.
 */
export default defineRule({
  id: 'paragraph-numbering',
  severity: 'warning',
  summary: 'Paragraph numbers run 1, 2, 3… without gaps, duplicates or garbles.',
  authority: '5 FAH-1 H-246.2b (number paragraphs consecutively)',
  messages: {
    firstNumber: 'Unexpected first paragraph number {actual}, expected 1',
    gap: 'Unexpected paragraph {actual} after {previous}, expected {expected}',
    duplicate: 'Unexpected second paragraph {actual}, expected {expected}',
    outOfOrder: 'Unexpected paragraph {actual} after {previous}, expected {expected}',
    garbled: 'Unexpected paragraph number `{raw}`, expected `{actual}` (a `¶` garbled into `1`)',
  },
  examples: {
    valid: [
      cable`
        UNCLAS
        1. (U) Talks resumed.
        2. (U) The next round is in May.
        3. (U) Comment follows.`,
      // One answer to questions 2 to 4 (a tasker's reply, 10CAIRO209).
      cable`
        UNCLAS
        1. (U) The ministry enforces the law.

        2-4. (U) Data is not available.

        5. (U) Children are not involved.`,
      // A quote never closed, then another that is (09STATE10122): the paragraph between is the cable's.
      cable`
        UNCLAS
        1. (U) Please deliver the note.
        2. (U) Begin text of draft note: the Embassy proposes an agreement.
        3. (U) The reply should read as follows: Begin text: the proposals are acceptable. End text.
        4. (U) Comment follows.`,
      // A law's clauses quoted under an unmarked paragraph ending with a colon (08REYKJAVIK36).
      cable`
        UNCLAS
        ¶1. (SBU) Overview follows.
        ¶2. INVESTIGATION OF TRAFFICKERS:
        The law punishes with up to 8 years imprisonment:
        ¶1. Procuring someone subjected to unlawful force.
        ¶2. Procuring an individual younger than 18.
        ¶3. PROTECTION OF VICTIMS: none is provided.`,
      // The second of a cable's three parts numbers on from the first (09LONDON2616).
      cable`
        UNCLAS SECTION 01 OF 07 LONDON 002616
        SUBJECT: P5 CONFERENCE (PART TWO OF THREE)

        ¶38. (SBU) Gower said that sharing the numbers was acceptable.
        ¶39. (SBU) Briens stated that total transparency was not desirable.`,
      // The archive cut paragraphs 3 to 8 and left its mark (09ALGIERS1077).
      cable`
        SECRET
        1. (S) Talks resumed.

        2. (S) The next round is in May.

        XXXXXXXXXXXX

        9. (S) Comment follows.`,
      // The archive's index row after the signature, then its copy of paragraph 2 (08MANAMA306).
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (C) The next round is in May.
        3. (C) Comment follows. HENZEL

        0 05/15/2008 3797 ENRG,EPET,PREL,IR,BA OIL MINISTER ON NUCLEAR ENERGY Talks resumed.
        2. (C) The next round is in May.`,
      // A number written twice, with its marking (07SANJOSE361).
      cable`
        CONFIDENTIAL
        ¶1. (C)  1. (C) The next protest is on Monday.
        ¶2. (C) Comment follows.`,
      // The list runs past the cable's own numbers (08MADRID707's 21 measures inside ¶3).
      cable`
        UNCLAS
        1. (U) Talks resumed.
        2. (U) The ministry plans:
        1. Higher gas prices.
        2. Fewer benefits.
        3. More buses.
        4. Cleaner air.
        3. (U) Comment follows.`,
      cable`
        UNCLAS
        1. (U) The resolution reads:
        BEGIN TEXT:
        1. Recalls its earlier statements.
        2. Welcomes the agreement.
        END TEXT
        2. (U) Comment follows.`,
      // The archive's truncated preview of ¶1, then the whole record again (08VILNIUS668).
      cable`
        UNCLAS VILNIUS 000668
        SUBJECT: SPAT WITH RUSSIA
        ¶1. (SBU) The neutrality of the regime with regar...

        UNCLAS VILNIUS 000668
        SUBJECT: SPAT WITH RUSSIA
        1. (SBU) The neutrality of the regime with regard to the conflict is now a dispute.
        ¶2. (SBU) A response was given.`,
    ],
    invalid: [
      {
        // The first part of several begins at 1 like any cable.
        input: cable`
          UNCLAS LONDON 002615
          SUBJECT: P5 CONFERENCE (PART ONE OF THREE)

          ¶2. (SBU) The conference opened.`,
        output: ['4:1-4:4: firstNumber'],
      },
      {
        // The repeated copy's own numbers are checked.
        input: cable`
          UNCLAS VILNIUS 000668
          ¶1. (SBU) The neutrality of the regime with regar...
          UNCLAS VILNIUS 000668
          1. (SBU) The neutrality of the regime is now a dispute.
          3. (SBU) A response was given.`,
        output: ['5:1-5:3: gap'],
      },
      {
        // The banner of the telegram's next section repeats no header: numbers run on across it.
        input: cable`
          UNCLAS SECTION 01 OF 02 HARARE 002271
          1. (U) The land reform program.
          UNCLAS SECTION 02 OF 02 HARARE 002271
          1. (U) Donors met in April.`,
        output: ['4:1-4:3: duplicate'],
      },
      {
        input: cable`
          UNCLAS
          1. (U) Talks resumed.
          3. (U) The next round is in May.`,
        output: ['3:1-3:3: gap'],
      },
      {
        input: cable`
          UNCLAS
          1. (U) Talks resumed.
          1. (U) The next round is in May.`,
        output: ['3:1-3:3: duplicate'],
      },
      {
        input: cable`
          UNCLAS
          1. (U) Talks resumed.
          3. (U) The next round is in May.
          2. (U) Comment follows.`,
        output: ['3:1-3:3: gap', '4:1-4:3: outOfOrder'],
      },
      {
        input: cable`
          UNCLAS
          2. (U) Talks resumed.`,
        output: ['2:1-2:3: firstNumber'],
      },
      {
        // After the quoted document the cable's own numbers are checked again.
        input: cable`
          UNCLAS
          1. (U) The resolution reads:
          BEGIN TEXT:
          1. Recalls its earlier statements.
          END TEXT
          3. (U) Comment follows.`,
        output: ['6:1-6:3: gap'],
      },
      {
        input: cable`
          UNCLAS
          11. (U) Talks resumed.
          12. (U) The next round is in May.`,
        output: ['2:1-2:4: garbled', '3:1-3:4: garbled'],
      },
    ],
  },
  check(tree, report, file) {
    const quoted = quotedDocuments(tree, String(file.value ?? ''))
    const text = String(file.value ?? '')
    let previous: number | undefined
    let previousNumber: ParagraphNumber | undefined
    let previousMarked = false
    // The last number of such a list: its next unmarked numbers are the list's too, past the
    // cable's own (08MADRID707's 21 measures inside ¶3), until a marked paragraph.
    let list: number | undefined
    const repeats: ReadonlySet<object> = new Set(repeatedHeaders(tree).repeats)
    /** A repeated header came since the last numbered paragraph: its copy may number from 1 again. */
    let afterRepeat = false
    /** The paragraph before this one, when nothing else came between. */
    let lastParagraph: Paragraph | undefined
    for (const node of tree.children) {
      const above = lastParagraph
      lastParagraph = node.type === 'paragraph' ? node : undefined
      if (repeats.has(node)) afterRepeat = true
      const number = node.type === 'paragraph' ? node.number : undefined
      if (!number || typeof number.value !== 'number') continue
      if (isQuoted(quoted, number.position.start.offset)) continue
      const value = number.value
      const marked = node.type === 'paragraph' && node.children[0]?.marking !== undefined
      // Unmarked numbers that go back under a marked paragraph are a list in it (`¶9. (U) …
      // Benefits:` then `¶1. Pensions`, `¶2. Abolish …`, 10KYIV278), not the cable's paragraphs.
      // So do unmarked numbers from 1 under any paragraph ending with a colon: a law's clauses it
      // quotes (`… up to 8 years imprisonment:` then `¶1. Procuring …`, 08REYKJAVIK36, lint audit N).
      const restart = !marked && previous !== undefined && value <= previous && (previousMarked || (value === 1 && endsWithColon(text, above)))
      if (restart || (!marked && list !== undefined && value === list + 1)) {
        list = value
        continue
      }
      list = undefined
      // `¶1. 1. (SBU) Summary`, `¶1. (C)  1. (C) The next …` (09STATE69224, 07SANJOSE361): one
      // paragraph with its number (and marking) written twice, which the parser reads as two.
      if (value === previous && previousNumber !== undefined && writtenTwice(text, previousNumber, number)) continue
      const before = previousNumber
      previousNumber = number
      previousMarked = marked
      // Message data as text, as every other rule passes it: `{actual}` objects holding a number
      // here and a string elsewhere made V8 generalise the field and recompile the rules making them.
      const actual = String(value)
      if (number.garbled) report('garbled', number, {data: {raw: number.raw, actual}})
      const restarted = afterRepeat && value === 1
      afterRepeat = false
      // After the archive's index row the text is its copy of the cable, cut anywhere: no number follows on.
      // A range (`4-12.`) answers its numbers together: the next is one past its last.
      const reached = number.last ?? value
      if (before !== undefined && appendedByArchive(text, before, number)) {
        previous = reached
        continue
      }
      if (previous === undefined || restarted) {
        // A partial extract may begin anywhere.
        if (value !== 1 && !tree.partialExtract && !(previous === undefined && laterPart(text, number))) report('firstNumber', number, {data: {actual}})
      } else if (value === previous) report('duplicate', number, {data: {actual, expected: String(previous + 1)}})
      else if (value > previous + 1 && !(before !== undefined && cutByArchive(text, before, number)))
        report('gap', number, {data: {actual, previous: String(previous), expected: String(previous + 1)}})
      else if (value < previous) report('outOfOrder', number, {data: {actual, previous: String(previous), expected: String(previous + 1)}})
      previous = reached
    }
  },
})

/** Whether `paragraph`'s text ends with a colon, introducing what follows. */
function endsWithColon(text: string, paragraph: Paragraph | undefined): boolean {
  if (paragraph === undefined) return false
  let end = paragraph.position.end.offset
  while (end > paragraph.position.start.offset && isSpace(text.charCodeAt(end - 1))) end--
  return text.charCodeAt(end - 1) === 58
}

/**
 * Whether the text above the first paragraph says the cable is a later part of one sent in
 * several (`(PART TWO OF THREE)` … `PARAGRAPH NUMBERS REFLECT FULL CABLE LENGTH`, 09LONDON2616;
 * `(PART 2 OF 2)`, 06SANTIAGO439): its numbers go on from the part before.
 */
function laterPart(text: string, first: ParagraphNumber): boolean {
  const above = text.slice(Math.max(0, first.position.start.offset - 4000), first.position.start.offset)
  return laterPartPattern.test(above)
}

const laterPartPattern = /\bPART\s+(?:TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|[2-9]|1\d)\s+OF\s+(?:TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|\d{1,2})\b/i

/**
 * Whether the paragraphs between `previous` and `number` were cut by the archive: WikiLeaks put a
 * line of `XXXXXXXXXXXX` where it removed whole paragraphs (`¶8. (S) …` / `XXXXXXXXXXXX` /
 * `¶16. (S) …`, 09ALGIERS1077), so the cable as sent had them. The line is looked for after
 * the previous paragraph's number, within the text of at most a few paragraphs.
 */
function cutByArchive(text: string, previous: ParagraphNumber, number: ParagraphNumber): boolean {
  const from = previous.position.end.offset
  const to = number.position.start.offset
  if (from === undefined || to === undefined || to < from) return false
  return archiveCutLine.test(text.slice(from, to))
}

/**
 * WikiLeaks' redaction mark alone on a line between blank lines (see `cutByArchive`); one that
 * took a name at a line break stands inside its sentence, with no blank line around it.
 */
const archiveCutLine = /\n[^\S\n]*\n[^\S\n]*[Xx]{6,}\.?[^\S\n]*(?:\n[^\S\n]*\n|\n?$)/

/**
 * Whether the archive's index row stands between `previous` and `number`: after the signature,
 * some records add a row of serial, date, size, TAGS and subject (`0 05/15/2008 3797
 * ENRG,EPET,PREL,IR,BA OIL MINISTER ON NUCLEAR ENERGY …`, 08MANAMA306, lint audit M) and then a
 * copy of a paragraph or of another cable, numbered as its own text is.
 */
function appendedByArchive(text: string, previous: ParagraphNumber, number: ParagraphNumber): boolean {
  const from = previous.position.end.offset
  const to = number.position.start.offset
  if (from === undefined || to === undefined || to < from) return false
  return archiveIndexRow.test(text.slice(from, to))
}

/** An archive index row (see `appendedByArchive`): `0 mm/dd/yyyy size TAG,TAG…` opening a line. */
const archiveIndexRow = /\n\d{1,3} \d\d\/\d\d\/\d{4} \d+ [A-Z][A-Z\d-]*(?:,[A-Z][A-Z\d-]*)+/

/** Whether `number` follows `previous` on its line with nothing between but a portion marking. */
function writtenTwice(text: string, previous: ParagraphNumber, number: ParagraphNumber): boolean {
  const from = previous.position.end.offset
  const to = number.position.start.offset
  if (from === undefined || to === undefined || to < from || to - from > 24) return false
  return /^[ \t]*(?:\([A-Za-z/ ]{1,10}\)[ \t]*)?$/.test(text.slice(from, to))
}
