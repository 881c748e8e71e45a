/**
 * The cable parser: decoded text → cable syntax tree (`types.ts`).
 *
 * One pass over the lines (split at mid-line paragraph starts, for bodies WikiLeaks re-flowed
 * onto one line). Each line is first read by its own shape (`classify-line.ts`), then the
 * sequence decides: a `9.` after "on December" continues a sentence (seed 002 line 181), a
 * `¶2005.` after "amended in" is a year (seed 000), `11.`–`19.` read as ¶1–¶9 when the
 * numbering says the pilcrow was garbled into a `1` (seeds 001 and 003).
 *
 * The parser never throws: what it cannot place becomes a positioned `text` node, and where it
 * matters (no banner, no E.O. line, an unreadable marking) a diagnostic. Every node's position
 * points into the given string; for Markdown-rendered cables values are de-escaped but
 * positions stay on the raw source.
 *
 * A paragraph runs from its number to the next paragraph, heading, banner or signature: blank
 * lines and page-continuation lines inside it do not end it, so a page break in the middle of a
 * classified paragraph never lets its second half escape the portion (the redactor fails closed).
 */
import {
  endsSentence,
  findMarkingToken,
  findPageMarkers,
  firstCode,
  isBlank,
  isDashes,
  isPartialExtract,
  isWholeLinePageMarker,
  matchBanner,
  matchClassifiedBy,
  matchExecutiveOrder,
  leadingHandlingLength,
  matchHandling,
  matchPageLine,
  matchMarkedNumber,
  matchRangeNumber,
  matchParagraphStart,
  matchReasonLine,
  matchReferences,
  matchRoutingLine,
  matchSecurityIndicator,
  matchSignature,
  matchStationLine,
  matchSubject,
  matchTags,
  isBlankRange,
  isWhiteSpace,
  trimSpan,
  type ParagraphStartMatch,
  captionCaveats,
  dateTimeGroupLine,
  matchCsvRowFields,
} from './classify-line.js'
import {codeAt, createLocator, splitLines, textSpan, type Line, type Locator} from './lines.js'
import {createMarkdownReader, isMarkdownRendered, type MarkdownReader} from './markdown.js'
import {createMarking, isLetteredListToken, matchBannerMarking, maxMarkingTokenLength, nonEmpty, parseMarking, peekMarking, tokenLetter, type MarkingRead} from './marking.js'
import {findProtectMarkers, type ProtectMarkerMatch} from './protect-marker.js'
import type {
  Banner,
  ClassificationAuthority,
  Field,
  Marking,
  Metadata,
  PageBreak,
  Paragraph,
  ParagraphNumber,
  ParseDiagnostic,
  PhrasingContent,
  Portion,
  Position,
  Root,
  RootContent,
  Routing,
  SecurityIndicator,
} from './types.js'
import {readCreated, readDateTimeGroup, readDeclassification, readReasons} from './values.js'
import type {Caveat, Level} from '../classification.js'

/** Options of {@link parse}. */
export interface ParseOptions {
  /** Extra protect-marker patterns (from the config's `protectMarkers`). */
  protectMarkerPatterns?: readonly RegExp[] | undefined
}

/** Parse a cable. Pure; never throws, whatever the string. */
export function parse(text: string, options: ParseOptions = {}): Root {
  try {
    return new CableParser(text, options).run()
  } catch (error) {
    // A bug in the parser must not crash a batch: keep the whole text, positioned, and say so.
    return fallbackTree(text, error)
  }
}

/** The tree of last resort: the whole text as one `text` node and a diagnostic. */
function fallbackTree(text: string, error: unknown): Root {
  const locator = createLocator(text)
  const position = locator.position(0, text.length)
  return {
    type: 'root',
    format: 'plain',
    partialExtract: false,
    children: text.length > 0 ? [{type: 'text', value: text, position}] : [],
    diagnostics: [{id: 'internalError', message: `The parser failed on this cable and kept it as plain text: ${error instanceof Error ? error.message : String(error)}`, position: undefined}],
    position,
  }
}

/** A block being read over several lines. */
interface Draft {
  kind: 'paragraph' | 'subject' | 'references' | 'classificationAuthority' | 'text'
  start: number
  /** End of the last non-blank content so far. */
  end: number
  /**
   * For paragraphs: the number match (offsets absolute), `undefined` when unnumbered. Always
   * present, last: drafts of one shape (V8 recompiled the readers of drafts for each shape).
   */
  number: {match: ParagraphStartMatch; base: number} | undefined
  /** A blank line was seen since the block opened. */
  sawBlank: boolean
  /** `PAGE 02` lines inside the block: absolute spans with their facts. */
  pageLines: PageBreak[]
}

interface RoutingDraft {
  node: Routing
  end: number
}

/** A mid-line paragraph start in a re-flowed body: ` 2. (SBU) In a …`, ` ¶3. (C) …`. */
/**
 * Where a mid-line paragraph number before the `(` at `open` starts: `[ \t](¶ ?)?\d{1,3}\.[ \t]*`
 * right before it, read backwards from the parenthesis. The pattern itself, run over every line
 * with a `. (`, was a tenth of the parser's time on the corpus: it tried a match at every space.
 * Returns the offset just past the leading space or tab (the pilcrow or the first digit).
 * `1.(C)` with no space is one too: CAIRO and TRIPOLI cables glue it to the Classified By line
 * (`… 1.4 (b) and (d). 1.(C) Key Points`, 09CAIRO1531, 09TRIPOLI555); so is a number run into
 * a dashed rule of three or more dashes.
 */
function midLineNumberAt(line: string, open: number): number | undefined {
  let at = open
  while (at > 0 && isSpaceOrTab(line.charCodeAt(at - 1))) at--
  if (codeAt(line, at - 1) !== dot) return undefined
  const digitsEnd = at - 1
  let digits = digitsEnd
  while (digits > 0 && line.charCodeAt(digits - 1) >= 48 && line.charCodeAt(digits - 1) <= 57) digits--
  const count = digitsEnd - digits
  if (count < 1 || count > 3) return undefined
  // The leftmost reading wins, as the pattern's would: `¶ 3.`, then `¶3.`, then `3.`.
  const before = codeAt(line, digits - 1)
  if (before === 32 && codeAt(line, digits - 2) === pilcrow && isSpaceOrTab(codeAt(line, digits - 3))) return digits - 2
  if (before === pilcrow && isSpaceOrTab(codeAt(line, digits - 2))) return digits - 1
  if (isSpaceOrTab(before)) return digits
  // Run into the dashed rule under a heading: `-------1.(U) Even before …` (09CAIRO1415),
  // `----7.  (C)` (08BUENOSAIRES702). The paragraph starts with the rule, so that the portion
  // before it ends before the dashes: once that portion is withheld, `[WITHHELD]-----11. (SBU)`
  // must still read as a paragraph start, or redacting the output again changes it.
  if (before === 45 && codeAt(line, digits - 2) === 45 && codeAt(line, digits - 3) === 45) {
    let rule = digits - 3
    while (codeAt(line, rule - 1) === 45) rule--
    return rule
  }
  return undefined
}

/**
 * Whether a portion may open at the `(` at `open`: what comes before it is
 * `(?:\r\n|\n|\r|--|\u2014)[ \t]*(?:(?:-{1,2}|\u2014|\*|\u2022|o)[ \t]+)?`, a line break, `--` or
 * `—`, then perhaps a bullet, starting at or after `floor`. Read backwards from the parenthesis:
 * that pattern, run over each paragraph, tried a match at every line break and dash, and was
 * the parser's costliest pattern on the corpus.
 */
function opensPortionAt(text: string, open: number, floor: number): boolean {
  let before = open
  while (before > floor && isSpaceOrTab(text.charCodeAt(before - 1))) before--
  if (endsWithBreak(text, before, floor)) return true
  // A bullet needs white space between it and the parenthesis.
  if (before === open || before - 1 < floor) return false
  const code = text.charCodeAt(before - 1)
  if (code !== 45 && code !== 0x2014 && code !== 42 && code !== 0x2022 && code !== 111) return false
  const bulletStarts = code === 45 && before - 2 >= floor && text.charCodeAt(before - 2) === 45 ? [before - 1, before - 2] : [before - 1]
  for (const bullet of bulletStarts) {
    let at = bullet
    while (at > floor && isSpaceOrTab(text.charCodeAt(at - 1))) at--
    if (endsWithBreak(text, at, floor)) return true
  }
  return false
}

/** Whether `text` has a line break, `--` or `—` ending at `at`, starting at or after `floor`. */
function endsWithBreak(text: string, at: number, floor: number): boolean {
  if (at - 1 < floor) return false
  const code = text.charCodeAt(at - 1)
  if (code === 10 || code === 13 || code === 0x2014) return true
  return code === 45 && at - 2 >= floor && text.charCodeAt(at - 2) === 45
}

/**
 * Whether a REF item's text cites a cable or message: a post and a serial (`BUENOS AIRES 978`,
 * `05 TEGUCIGALPA 2418 (ECON ASSESSMENT)`, `2004 THE HAGUE 3156 (NOT ALL)`, `TEGUCIGALPA 193(ZELAYA)`, `STATE 12345`) or a
 * date-time group (`092106Z MAR 06 USDAO TEGUCIGALPA`), whatever follows (another item, a
 * caption). Looser than the redactor's `citesCable`, which must tell a REF letter from a marking
 * before prose (`(C) On January 26, we …`) and so wants the item to end after its serial.
 */
function citesReference(text: string): boolean {
  return /^(?:\d{2}(?:\d{2})?[ \t]+)?[A-Z][A-Za-z .'/-]{1,30}?[ \t]\d{1,6}\b(?![.,]\d)|^\d{6}Z\b/.test(text) && !/^\([A-Za-z/ -]{1,20}\)/.test(text)
}

/** A REF item's citation and nothing else: post and serial, a caption in parentheses at most. */
const citationOnly = /^(?:\d{2}(?:\d{2})?[ \t]+)?[A-Z][A-Z .'/-]{1,30}?[ \t]\d{1,6}[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?$/

/** A month's name, whole or cut short, at the end of a line: a date's day may follow on the next. */
const endsWithMonth = /\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?$/i

/**
 * Whether `text` is double-spaced, a blank line under every line, as some posts sent their cables
 * (05BUENOSAIRES496, 08TALLINN326): at least five sentences, and a quarter of the lines, run on
 * from a line to the next over a blank line. A short line between blank lines is then no sign of
 * a title: in such a cable a sentence's last words (`Jamil Abdul Latif Elbanna, ISN … (Palestinian)`
 * in ¶1 (C) of 04MADRID583 double-spaced) were released as headings.
 */
function isDoubleSpaced(text: string, lines: readonly Line[]): boolean {
  let textLines = 0
  let runOn = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (isBlankRange(text, line.start, line.end)) continue
    textLines++
    const blank = lines[index + 1]
    const next = lines[index + 2]
    if (line.end - line.start > 100 || !blank || !next || !isBlankRange(text, blank.start, blank.end)) continue
    const first = firstCode(text.slice(next.start, next.end))
    if (first >= 97 && first <= 122 && !endsSentence(text.slice(line.start, line.end))) runOn++
  }
  return runOn >= 5 && runOn * 4 >= textLines
}

/** `END SUMMARY`, `End Note`, `END OF SUMMARY`: a block's last words, which need no full stop. */
const endOfBlock = /\bEND[ \t]+(?:OF[ \t]+)?(?:SUMMARY|COMMENT|NOTE|BACKGROUND|TEXT|QUOTE|ANALYSIS|INTRODUCTION)[ \t]*$/i

/** A line ending with a full stop, `?` or `!`, closing quotes and brackets aside. */
const fullStop = /[.!?]["'”’)\]]*[ \t]*$/

/** Whether `line` closes what is above it without ending a sentence: a rule, `END SUMMARY`, a banner. */
function closesBlock(line: string): boolean {
  return isDashes(line) || endOfBlock.test(line) || matchBanner(line) !== undefined
}

/** A line that opens with a bullet: `--`, `-`, `—`, `–`, `*`, `•`, then white space. */
const bulletLine = /^[ \t]*(?:--?|\u2014|\u2013|\*|\u2022)[ \t]/

/**
 * Whether `line` holds only a reason's letters in brackets (`(K)`, `(b) and (d).`) and the line
 * before it ends as a list of them goes on (`1.4(B),`, `… (b) and`).
 */
function reasonLettersGoOn(previous: string | undefined, line: string): boolean {
  if (previous === undefined || !isReasonLettersLine(line)) return false
  const end = previous.trimEnd()
  return end.endsWith(',') || end.endsWith('&') || end.endsWith('/') || /(?:^|\s)(?:and|AND|or|OR)$/.test(end.slice(-4))
}

/** `(K)`, `(b) and (d).`, `(c), (d)`: letters in brackets, joined by `,`, `and`, `&` or `/`. Scanned by hand (a pattern was polynomial). */
function isReasonLettersLine(line: string): boolean {
  let at = 0
  const spaces = (): void => {
    while (at < line.length && isSpaceOrTab(line.charCodeAt(at))) at++
  }
  for (let letters = 0; ; letters++) {
    spaces()
    if (letters > 0) {
      const rest = line.slice(at, at + 3)
      if (rest.startsWith(',') || rest.startsWith('&') || rest.startsWith('/')) at++
      else if (rest === 'and' || rest === 'AND') at += 3
      spaces()
    }
    if (line.charCodeAt(at) !== 40) {
      if (letters === 0) return false
      if (line.charCodeAt(at) === 46 || line.charCodeAt(at) === 44) at++
      spaces()
      return at === line.length
    }
    at++
    if (isSpaceOrTab(line.charCodeAt(at))) at++
    if (!/[A-Za-z]/.test(line.charAt(at))) return false
    at++
    if (isSpaceOrTab(line.charCodeAt(at))) at++
    if (line.charCodeAt(at) !== 41) return false
    at++
  }
}

/** The blocks paragraph 1 may follow with no blank line and no full stop between. */
const headerBlockTypes: ReadonlySet<string> = new Set(['subject', 'references', 'classificationAuthority'])

/** How paragraph 1 opens when it follows a REF block directly: `Key Points:`, `SUMMARY`. */
const firstParagraphLead = /^[ \t]*(?:KEY[ \t]+POINTS|SUMMARY)\b/i

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

/** `.` and `¶` as code units. */
const dot = 46
const pilcrow = 0xb6

/**
 * One shape per node type: every property present, `undefined` where absent (JSON leaves those
 * out), set in one order. Nodes of a type built with different property sets had different
 * hidden classes in V8, and the rules reading them were deoptimised ("wrong map") and
 * recompiled as each new shape reached them: with `--trace-deopt`, most of a first pass's 135
 * deopts over the corpus.
 */
function metadataNode(position: Position): Metadata {
  return {type: 'metadata', position, identifier: undefined, title: undefined, created: undefined, classification: undefined, origin: undefined, createdDate: undefined, marking: undefined}
}

function routingNode(position: Position): Routing {
  return {type: 'routing', to: [], info: [], position, station: undefined, serial: undefined, securityIndicator: undefined, precedence: undefined, dateTimeGroup: undefined, date: undefined, from: undefined}
}

/** The mid-line paragraph starts of a line that has none. */
const noStarts: readonly number[] = []

/**
 * A header field run on after other text on its line: `STATE FOR NEA/ELA E.O. 12958: DECL:
 * 09/02/2018 TAGS: …` (08LONDON2233), `S E C R E T CAIRO 000549E.O. 12958: DECL: 03/29/2019`,
 * `REF: STATE 93374  Classified By: Political Counselor Robin Quinville for reasons 1.4(b) and (d)`
 * (09LONDON2120). A re-flowed header runs its fields together like this in some 600 corpus
 * cables, whose declassification date and reason went unchecked. The E.O. number with its colon,
 * `Classified By:`, `TAGS:` and `REF:`, after white space or (the E.O. only) a digit; `Classified By:`
 * in mixed case glued to capitals or a number too (`… VISIT TO BAHRAINREF: MANAMA 510Classified By:
 * CDA …`, 08MANAMA541 and 6 more corpus cables in lint audit N; and so after the `[WITHHELD]` of
 * its redacted copy, which must read the same). Not `SUBJECT:`:
 * a page's repeated header writes one inside a re-flowed body (`… STATE 00086156 002 OF 003 SUBJECT:
 * TFGG01 …`, 08STATE86156).
 */
const runOnHeaderField = /(?<=[ \t\d])E\.\s?O\.\s?1\d{4}\s?:|(?<=[ \t])(?:Classified\s+By|CLASSIFIED\s+BY|TAGS|REF|REFS|REFTEL)\s?:|(?<=[A-Z\d.)\]])Classified\s+By\s?:/g

/** Offsets (from `base`) where header fields start inside `content`, not at its start. */
function headerFieldStarts(content: string, base: number): readonly number[] {
  if (content.length < 12 || !content.includes(':')) return noStarts
  // A paragraph's own line holds what it says (`¶1. (U) CLASSIFIED BY: JOSIAH H. BEEMAN`, 97WELLINGTON1656).
  if (/^\s*(?:¶|\d{1,3}\s?\.|\()/.test(content)) return noStarts
  let starts: number[] | undefined
  let lastIsReference = false
  runOnHeaderField.lastIndex = 0
  for (let match = runOnHeaderField.exec(content); match; match = runOnHeaderField.exec(content)) {
    if (isBlankRange(content, 0, match.index)) continue
    ;(starts ??= []).push(base + match.index)
    lastIsReference = match[0].startsWith('REF')
  }
  // `REF:` only with a field after it on the line (`SUBJECT: … REF: LONDON DAILY 11/3/09
  // Classified By: …`): last on its line, its block would run on into the next line's paragraph.
  if (starts !== undefined && lastIsReference) starts.pop()
  return starts === undefined || starts.length === 0 ? noStarts : starts
}


/**
 * Where a paragraph run on after a `Classified By` line's reasons begins: the body's first,
 * unnumbered paragraph glued to the line by the archive (`Classified By: CDA CHRISTOPHER HENZEL
 * FOR REASONS 1.4(B) AND (D). (C) CDA made ref A points on Iran …`, 09MANAMA599; 18 corpus
 * cables). The line was one classificationAuthority block and the cable had no portion, so a
 * portion above the banner there went unseen. A readable marking in capitals after the reasons
 * (and their full stop), then a capital, opens it; the offset is the marking's, in `content`.
 */
function bodyAfterReasons(content: string): number | undefined {
  if (matchClassifiedBy(content) === undefined) return undefined
  const reasons = readReasons(content)
  if (reasons === undefined || reasons.categories.length === 0) return undefined
  const after = markingAfterReasons.exec(content.slice(reasons.end, reasons.end + maxMarkingTokenLength + 8))
  if (after === null) return undefined
  const marking = peekMarking(after[2]!)
  if (marking === undefined || marking.level === null || marking.irregularities.includes('lowercase')) return undefined
  return reasons.end + after[1]!.length
}

/**
 * A line ending with a word that a number completes: a month (`on December` / `9.`), `No.`, a
 * paragraph, article, section or page.
 */
/** A cable named by a REF item: its year, its post and its number (`09 KABUL 4039`, `STATE 12345`). */
const cableReferenceAfter = /^[ \t]*(?:\d{2}[ \t]+)?[A-Z][A-Z.\- ]{1,30}[ \t]0*\d{2,6}\b/

const numberCompletes =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|paras?|paragraphs?|articles?|sections?|chapters?|pages?|items?|points?|resolutions?|annex|rules?)\.?[ \t]*$/i

/** A marking after a reason's end and its full stop, then the sentence's capital. */
const markingAfterReasons = /^([ \t]*(?:[.;][ \t]*)?)(\([ \t]?[A-Za-z][A-Za-z/, \t-]{0,40}\))[ \t]+["“]?[A-Z]/

/** How far past an offset a marking token is looked for: the longest token, after a few spaces. */
const markingWindow = maxMarkingTokenLength + 8

const bulletPrefix = /^[ \t]*(?:-{1,2}|\u2014|\u2013|\*|\u2022|o)?[ \t]*/

class CableParser {
  private readonly text: string
  private readonly lines: Line[]
  private readonly locator: Locator
  private readonly markers: ProtectMarkerMatch[]
  /** The remark-parse reading of a Markdown-rendered cable; `undefined` for plain text. */
  private readonly markdown: MarkdownReader | undefined
  private readonly children: RootContent[] = []
  private readonly diagnostics: ParseDiagnostic[] = []
  private partialExtract = false
  private draft: Draft | undefined
  private routing: RoutingDraft | undefined
  private bannerSeen = false
  private bannerOriginator: string | undefined
  /** A paragraph was opened since the last banner: header lines are no longer expected. */
  private bodyStarted = false
  /** Meant number of the last numbered paragraph, for the garbled-pilcrow reading. */
  private lastNumber: number | undefined
  private lastNonBlankLine = -1
  /** Per line: 0 not yet known, 1 text, 2 blank or page-continuation (for `previousNonBlank`). */
  private readonly lineKinds: Uint8Array
  /** The line being read follows a blank line (or opens the text). */
  private blankBefore = true
  /** Whether the text is double-spaced (see `isDoubleSpaced`), worked out when first asked. */
  private doubleSpaced: boolean | undefined
  /** The first line that is not blank. */
  private readonly firstLine: number = 0
  /** The fields of a row of the release's CSV file that open the text (see `readCsvRowFields`), or `null`. */
  private readonly csvRow: RegExpExecArray | null
  /** The offset of a CSV row's closing quote, or -1 (see `takeCsvClosingQuote`). */
  private readonly csvClosingQuote: number

  constructor(text: string, options: ParseOptions) {
    this.text = text
    this.lines = splitLines(text)
    this.locator = createLocator(text, this.lines)
    this.lineKinds = new Uint8Array(this.lines.length)
    this.markers = findProtectMarkers(text, options.protectMarkerPatterns ?? [])
    this.markdown = isMarkdownRendered(text) ? createMarkdownReader(text) : undefined
    while (this.firstLine < this.lines.length && isBlank(this.lineText(this.firstLine))) this.firstLine++
    this.csvRow = matchCsvRowFields(this.lineText(this.firstLine))
    this.csvClosingQuote = this.csvRow === null ? -1 : this.takeCsvClosingQuote()
    for (let index = this.lines.length - 1; index >= 0; index--) {
      if (!isBlank(this.lineText(index))) {
        this.lastNonBlankLine = index
        break
      }
    }
  }

  /**
   * The quote that closes the body field of a row of the release's CSV file, the text's last
   * character but white space, unescaped: the file's, not the cable's. The last line is cut
   * before it, so that no paragraph holds it and a copy withholding the last paragraph keeps it
   * (and stays a row); `run` adds it as text of its own. Its offset, or -1.
   */
  private takeCsvClosingQuote(): number {
    let last = this.lines.length - 1
    while (last > this.firstLine && isBlank(this.lineText(last))) last--
    const line = this.lines[last]
    const span = line === undefined || last === this.firstLine ? undefined : trimSpan(this.text, line.start, line.end)
    if (line === undefined || span === undefined) return -1
    const at = span.end - 1
    if (this.text.charCodeAt(at) !== 34) return -1
    // `\\"` closes after an escaped backslash; `\"` alone is an escaped quote.
    let backslashes = 0
    while (at - backslashes - 1 >= 0 && this.text.charCodeAt(at - backslashes - 1) === 92) backslashes++
    if (backslashes % 2 !== 0) return -1
    line.end = at
    return at
  }

  run(): Root {
    let index = this.readMetadata()
    while (index < this.lines.length) index = this.readLine(index)
    this.closeDraft()
    this.closeRouting()
    if (this.csvClosingQuote !== -1) this.addText('"', this.csvClosingQuote)
    this.finishDiagnostics()
    return {
      type: 'root',
      format: this.markdown ? 'markdown' : 'plain',
      partialExtract: this.partialExtract,
      children: this.placeStrayMarkers(this.children),
      diagnostics: this.diagnostics,
      position: this.locator.position(0, this.text.length),
    }
  }

  // ## Lines

  /**
   * The nearest line before `index` that is neither blank nor a page-continuation line (the
   * sentence before a page break is what a paragraph number follows), or `undefined`.
   */
  private previousNonBlank(index: number): string | undefined {
    for (let look = index - 1; look >= 0 && look >= index - 200; look--) {
      let kind = this.lineKinds[look]
      if (kind === 0) {
        const text = this.lineText(look)
        kind = isBlank(text) || isWholeLinePageMarker(text) || matchPageLine(text) ? 2 : 1
        this.lineKinds[look] = kind
      }
      if (kind === 1) return this.lineText(look)
    }
    return undefined
  }

  private lineText(index: number): string {
    const line = this.lines[index]
    return line ? this.text.slice(line.start, line.end) : ''
  }

  /** `isDashes(this.lineText(index))`, without slicing the many lines that do not open with `-`. */
  private isDashesLine(index: number): boolean {
    const line = this.lines[index]
    if (!line) return false
    let at = line.start
    while (at < line.end && isSpaceOrTab(this.text.charCodeAt(at))) at++
    return at < line.end && (this.text.charCodeAt(at) === 45 || this.text.charCodeAt(at) === 61) && isDashes(this.text.slice(line.start, line.end))
  }

  /** Read line `index` (possibly split at mid-line paragraph starts); return the next index. */
  private readLine(index: number): number {
    const line = this.lines[index]!
    if (isBlankRange(this.text, line.start, line.end)) {
      if (this.draft) {
        this.draft.sawBlank = true
        if (this.draft.kind !== 'paragraph' && !this.awaitsSubjectTitle(this.draft, index)) this.closeDraft()
      }
      this.closeRouting()
      return index + 1
    }
    const before = this.lines[index - 1]
    this.blankBefore = before === undefined || isBlankRange(this.text, before.start, before.end)
    const content = this.text.slice(line.start, line.end)
    const paragraphs = this.midLineStarts(content, line.start)
    const fields = this.bodyStarted ? noStarts : headerFieldStarts(content, line.start)
    // Most lines are read whole, as one segment.
    if (paragraphs.length === 0 && fields.length === 0) return this.readSegment(index, content, line.start)
    const splits = fields.length === 0 ? paragraphs : [...new Set([...paragraphs, ...fields])].sort((a, b) => a - b)
    let segmentStart = line.start
    let consumed = index + 1
    for (let part = 0; part <= splits.length; part++) {
      const segmentEnd = splits[part] ?? line.end
      const segment = this.text.slice(segmentStart, segmentEnd)
      if (trimSpan(segment) === undefined) {
        // nothing to read
      } else if (part === 0 || (fields.includes(segmentStart) && !this.bodyStarted)) consumed = this.readSegment(index, segment, segmentStart)
      else this.openParagraphAt(segment, segmentStart)
      segmentStart = segmentEnd
    }
    return consumed
  }

  /**
   * Offsets of paragraph starts inside a line (re-flowed bodies), each confirmed by a marking: a
   * number's, or in the header the marking of a paragraph run on after a Classified By line's
   * reasons (`bodyAfterReasons`).
   */
  private midLineStarts(content: string, base: number): readonly number[] {
    if (content.length < 12) return noStarts
    const glued = this.bodyStarted ? undefined : bodyAfterReasons(content)
    // Made only when one is found: nearly every line has none.
    let starts: number[] | undefined
    for (let open = content.indexOf('(', 1); open !== -1; open = content.indexOf('(', open + 1)) {
      const at = midLineNumberAt(content, open)
      if (at === undefined) {
        if (open === glued) (starts ??= []).push(base + open)
        continue
      }
      const marking = this.markingAt(base + open, base + open + markingWindow)
      // A number that opens the line is not a mid-line start: the line reader sees it.
      if (marking && marking.level !== null && !isBlankRange(content, 0, at)) (starts ??= []).push(base + at)
    }
    return starts ?? noStarts
  }

  /** Read one line's first segment; return the next line index (headings consume more). */
  private readSegment(index: number, line: string, base: number): number {
    const draft = this.draft

    // A banner ends whatever is open; inside a paragraph only a banner with section or serial does.
    const banner = matchBanner(line, !this.bannerSeen && !this.bodyStarted)
    if (banner && (!draft || draft.kind !== 'paragraph' || banner.section || banner.serial)) {
      this.closeDraft()
      this.addBanner(line, base, banner)
      return index + 1
    }

    if (draft?.kind === 'paragraph') return this.readParagraphLine(index, line, base)

    if (draft && draft.kind !== 'text') {
      if (!this.startsHeaderOrBody(index, line, draft)) {
        this.extendDraft(line, base)
        return index + 1
      }
      this.closeDraft()
    }

    if (!this.bannerSeen && !this.bodyStarted && this.readRouting(line, base)) return index + 1
    this.closeRouting()

    if (isPartialExtract(line)) {
      this.partialExtract = true
      this.addText(line, base)
      return index + 1
    }
    const order = matchExecutiveOrder(line)
    if (order) {
      this.closeDraft()
      this.addExecutiveOrder(line, base, order)
      return index + 1
    }
    const tags = matchTags(line)
    if (tags !== undefined && !this.bodyStarted) {
      this.closeDraft()
      this.addTags(line, base, tags)
      return index + 1
    }
    const subject = matchSubject(line)
    if (subject !== undefined && !this.bodyStarted) return this.openBlock('subject', line, base, index)
    const references = matchReferences(line)
    if (references !== undefined && !this.bodyStarted) return this.openBlock('references', line, base, index)
    if (matchClassifiedBy(line) !== undefined) return this.openBlock('classificationAuthority', line, base, index)
    if (matchReasonLine(line) !== undefined && /\d\s*\.\s*\d/.test(line) && !this.bodyStarted) return this.readReasonLine(index, line, base)
    if (!this.bodyStarted) {
      const handling = matchHandling(line)
      if (handling) {
        this.closeDraft()
        this.addHandling(line, base, handling)
        return index + 1
      }
    }
    const page = this.pageLine(line, base)
    if (page) {
      this.closeDraft()
      this.children.push(page)
      return index + 1
    }
    if (this.reopenReferences(line, base)) return index + 1
    const heading = this.readHeading(index)
    if (heading !== undefined) return heading
    if (this.bodyStarted && base === this.lines[index]!.start && this.isStandaloneHeading(index, line)) {
      this.closeDraft()
      this.addHeading(index, index, index)
      return index + 1
    }
    if (this.isParagraphStart(index, line, base, undefined)) {
      this.openParagraphAt(line, base)
      return index + 1
    }
    if (this.isSignature(index, line)) {
      this.closeDraft()
      this.addSignature(line, base)
      return index + 1
    }
    // Unplaced text: consecutive lines make one text node.
    if (this.draft?.kind === 'text') this.extendDraft(line, base)
    else {
      this.closeDraft()
      this.openDraft('text', base, line)
    }
    return index + 1
  }

  /**
   * A header `REASON: 1.4 (b), (d)` line: `CLASSIFIED BY: …` / blank line / `REASON: …`
   * (seed 003) is one block. A method of its own, apart from the large `readSegment`: the
   * nodes met here, of any type, deoptimised it ("wrong map") in a first pass over the corpus.
   */
  private readReasonLine(index: number, line: string, base: number): number {
    const last = this.children.at(-1)
    if (!this.draft && last?.type === 'classificationAuthority' && !last.reasons) {
      this.children.pop()
      this.draft = {kind: 'classificationAuthority', start: last.position.start.offset, end: last.position.end.offset, sawBlank: true, pageLines: [], number: undefined}
      this.extendDraft(line, base)
      return index + 1
    }
    return this.openBlock('classificationAuthority', line, base, index)
  }

  /**
   * A REF item after a blank or page line that closed the REF block goes back into it: the
   * archive double-spaces REF lists (`REF: A. BUENOS AIRES 85` / blank / `¶B. BUENOS AIRES 978`,
   * 07BUENOSAIRES1352) and breaks them across pages (`¶L. 05 TEGUCIGALPA 2492` / `TEGUCIGALP
   * 00000526 001.2 OF 007` / `¶M. 05 TEGUCIGALPA 2420`, 06TEGUCIGALPA526). Read as lettered
   * paragraphs, they were reported unmarked; the page lines between stay page breaks in the block.
   */
  private reopenReferences(line: string, base: number): boolean {
    if (this.draft || this.bodyStarted) return false
    const item = /^[ \t]*(?:¶[ \t]?)?(?:[A-Z][.)]|(\([A-Z][ \t]?\)))/.exec(line)
    if (!item) return false
    const cited = line.slice(item[0].length).trimStart()
    // `(B) SAN JOSE 01636`, `(C )SAN JOSE 01693` (05SANJOSE1713): a letter in parentheses is
    // also how a portion marking opens an unnumbered paragraph (`(C) STATE 12345 instructed …`),
    // so it continues the list only when the line holds nothing but the citation.
    if (item[1] !== undefined ? !citationOnly.test(cited) : !citesReference(cited)) return false
    const children = this.children
    let at = children.length - 1
    while (at >= 0 && children[at]!.type === 'pageBreak') at--
    const references = children[at]
    if (references?.type !== 'references') return false
    const pageLines = children.splice(at).slice(1) as PageBreak[]
    const span = trimSpan(line)!
    this.draft = {kind: 'references', start: references.position.start.offset, end: base + span.end, sawBlank: true, pageLines, number: undefined}
    return true
  }

  /** A line inside an open paragraph. */
  private readParagraphLine(index: number, line: string, base: number): number {
    const draft = this.draft!
    if (this.continuesParagraph(index, line)) {
      this.extendDraft(line, base)
      return index + 1
    }
    const page = this.pageLine(line, base)
    if (page) {
      draft.pageLines.push(page)
      draft.end = page.position.end.offset
      return index + 1
    }
    const heading = this.readHeading(index)
    if (heading !== undefined) return heading
    if (base === this.lines[index]!.start && this.isStandaloneHeading(index, line)) {
      this.closeDraft()
      this.addHeading(index, index, index)
      return index + 1
    }
    if (this.isParagraphStart(index, line, base, draft)) {
      this.openParagraphAt(line, base)
      return index + 1
    }
    // The drafter's name right under the last paragraph (seed 003 `BOUGHNER`): the last line,
    // one upper-case word after a finished sentence.
    if ((draft.sawBlank && this.isSignature(index, line)) || (this.isLastWord(index, line) && matchSignature(line))) {
      this.closeDraft()
      this.addSignature(line, base)
      return index + 1
    }
    // A second cable on the same page (73TEHRAN8233): its E.O. line ends the paragraph.
    const order = draft.sawBlank ? matchExecutiveOrder(line) : undefined
    if (order && /^\s*(?::\s*)?(?:DECL|N\/A)/i.test(line.slice(order.order.end))) {
      this.closeDraft()
      this.addExecutiveOrder(line, base, order)
      return index + 1
    }
    this.extendDraft(line, base)
    return index + 1
  }

  /**
   * A line that can only continue the open paragraph: it follows a text line and opens with a
   * lower-case letter. Page lines, headings, numbers, bullets' markings and signatures all open
   * with a capital, a digit or a sign; `e` (a lower-case `e.o. 12958` line) and `o` (a bullet)
   * are left to the full reading, as is a line over a dashed rule (a heading). Nearly half the
   * lines of the corpus take this path, which skips a dozen matchers each (bench/RESULTS.md).
   */
  private continuesParagraph(index: number, line: string): boolean {
    if (this.blankBefore) return false
    const code = firstCode(line)
    if (code < 97 || code > 122 || code === 101 || code === 111) return false
    return !this.isDashesLine(index + 1)
  }

  /** Whether a line inside a SUBJECT, REF or Classified By block opens something new. */
  private startsHeaderOrBody(index: number, line: string, draft: Draft): boolean {
    if (matchExecutiveOrder(line) || matchTags(line) !== undefined || matchSubject(line) !== undefined) return true
    if (matchReferences(line) !== undefined || matchClassifiedBy(line) !== undefined) return true
    if (draft.kind !== 'classificationAuthority' && matchReasonLine(line) !== undefined && /\d\s*\.\s*\d/.test(line)) return true
    if (isWholeLinePageMarker(line) || matchPageLine(line)) return true
    const start = matchParagraphStart(line)
    if (start) {
      // Inside REF and SUBJECT blocks `A. STATE 1234` is a reference letter, not a paragraph.
      const marked = this.markingAfterNumber(line, start)
      if (marked) return true
      // A SUBJECT or Classified By block runs on over lines, but not into paragraph 1:
      // `SUBJECT: GOE UPR HUMAN RIGHTS REPORT …` or `Classified By: … 1.4 (b) and (d)` then
      // `1.KEY POINTS -- (C) …` with no blank line between (09CAIRO2277, 09CAIRO1182); nor does
      // a REF block run into `¶1. Key Points:` or `1. SUMMARY` (09CAIRO1892).
      const first = this.isFirstNumber(start)
      if (draft.kind === 'classificationAuthority') {
        const previous = this.previousNonBlank(index)
        return previous === undefined || endsSentence(previous) || first
      }
      if (draft.kind === 'references') return first && firstParagraphLead.test(line.slice(start.after))
      return draft.kind === 'subject' && first
    }
    // A reason's letters wrapped after a comma or `and` (`REASON: 1.4(B),` / `(K)`, 10CAIRO177 and
    // 18 more corpus cables in lint audit N): the block's, not an unnumbered paragraph's marking.
    if (draft.kind === 'classificationAuthority' && !this.blankBefore && reasonLettersGoOn(this.previousNonBlank(index), line)) return false
    return this.markingLeads(line) !== undefined && draft.kind !== 'references' && !(draft.kind === 'subject' && this.isEmptySubject(draft))
  }

  /**
   * Whether `draft` is a `SUBJECT:` line with no title yet, right before the blank line `index`:
   * some cables write the title after a blank line (`SUBJECT:` / blank / `(U) EGYPT: COUNTRY TEAM
   * ASSESSMENT …`, 09CAIRO1802 and 17 more Cairo cables in lint audit M), and it is the subject's.
   * Read as a paragraph, it swallowed the Classified By line after it.
   */
  private awaitsSubjectTitle(draft: Draft, index: number): boolean {
    const previous = this.lines[index - 1]
    return draft.kind === 'subject' && previous !== undefined && draft.end > previous.start && draft.end <= previous.end && this.isEmptySubject(draft)
  }

  /** Whether a subject block holds its label alone. */
  private isEmptySubject(draft: Draft): boolean {
    const block = this.text.slice(draft.start, draft.end)
    return trimSpan(block, matchSubject(block) ?? 0) === undefined
  }

  // ## Metadata

  /** Read the archive metadata block at the top, if any; return the first line after it. */
  private readMetadata(): number {
    const first = this.firstLine
    const head = this.lineText(first).trim()
    if (head === 'Identifier' || head === 'Reference ID') return this.readLabelledMetadata(first)
    if (this.csvRow) return this.readCsvRowFields(first, this.csvRow)
    if (/^\d{2}[A-Z][A-Z-]*\d+$/.test(head) && first + 4 < this.lines.length) {
      const created = this.lineText(first + 2).trim()
      const classification = this.lineText(first + 3).trim()
      if (readCreated(created) !== null && /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)/.test(classification)) {
        const node = metadataNode(this.spanOfLines(first, first + 4))
        node.identifier = this.lineField(first)
        node.title = this.lineField(first + 1)
        node.created = this.lineField(first + 2)
        node.classification = this.lineField(first + 3)
        node.origin = this.lineField(first + 4)
        this.completeMetadata(node)
        this.children.push(node)
        return first + 5
      }
    }
    return first
  }

  /**
   * The fields that open a row of the release's CSV file saved as a file (`"1","12/28/1966
   * 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","66STATE106206","P R
   * 281848Z DEC 66`): number, date, ID, origin, classification and references, then the header
   * field. They are the archive's metadata; the rest of the line (the routing's first line, or
   * the body's banner after `","`) is read as any line.
   */
  private readCsvRowFields(first: number, row: RegExpExecArray): number {
    const base = this.lines[first]!.start
    // Each field's offset: the groups stand in order, each after the one before.
    const starts: number[] = []
    let cursor = 0
    for (let group = 1; group < row.length; group++) {
      starts[group] = row[0].indexOf(row[group] ?? '', cursor)
      cursor = starts[group]! + (row[group] ?? '').length
    }
    const at = (group: number): Field | undefined => {
      const value = row[group] ?? ''
      return value === '' ? undefined : this.field(base + starts[group]!, base + starts[group]! + value.length)
    }
    const node = metadataNode(this.locator.position(base + row.index, base + row[0].length))
    node.identifier = at(3)
    node.created = at(2)
    node.origin = at(4)
    node.classification = at(5)
    this.completeMetadata(node)
    this.children.push(node)
    const rest = this.text.slice(base + row[0].length, this.lines[first]!.end)
    return isBlankRange(rest, 0, rest.length) ? first + 1 : this.readSegment(first, rest, base + row[0].length)
  }

  /** `Identifier / Created / Classification / Origin` labels, then their values (seed 002). */
  private readLabelledMetadata(first: number): number {
    const labels: string[] = []
    let index = first
    while (index < this.lines.length && /^(?:Identifier|Reference ID|Created|Released|Classification|Origin)$/.test(this.lineText(index).trim())) {
      labels.push(this.lineText(index).trim())
      index++
    }
    const node = metadataNode(this.spanOfLines(first, first))
    for (const label of labels) {
      const field = this.lineField(index)
      index++
      if (!field) continue
      if (label === 'Identifier' || label === 'Reference ID') node.identifier = field
      else if (label === 'Created') node.created = field
      else if (label === 'Classification') node.classification = field
      else if (label === 'Origin') node.origin = field
    }
    let last = index - 1
    // `Cable title:`, the title, `Tags:`, `pdf how-to read a cable`: the page's chrome.
    for (let look = index; look < Math.min(this.lines.length, index + 12); look++) {
      const text = this.lineText(look).trim()
      if (matchRoutingLine(text) === 'start' || matchBanner(text)) break
      if (/^Cable title:/i.test(text)) {
        const inline = text.replace(/^Cable title:\s*/i, '').trim()
        if (inline === '') {
          let titleLine = look + 1
          while (titleLine < this.lines.length && isBlank(this.lineText(titleLine))) titleLine++
          node.title = this.lineField(titleLine)
          last = Math.max(last, titleLine)
        } else {
          node.title = this.lineField(look)
        }
        last = Math.max(last, look)
      } else if (/^Tags:/i.test(text) || /^pdf\b.*how-to read a cable/i.test(text)) {
        last = look
      }
    }
    node.position = this.spanOfLines(first, last)
    this.completeMetadata(node)
    this.children.push(node)
    return last + 1
  }

  private completeMetadata(node: Metadata): void {
    if (node.created) node.createdDate = readCreated(node.created.value)
    const classification = node.classification
    if (!classification) return
    const value = classification.value
    // The archive writes SBU cables as UNCLASSIFIED//FOR OFFICIAL USE ONLY (MARKING-RULES C.7).
    if (/^UNCLASSIFIED\s*\/\/\s*FOR OFFICIAL USE ONLY$/i.test(value)) {
      node.marking = createMarking('SBU', [], [], value, [], undefined, classification.position)
      return
    }
    const match = matchBannerMarking(value)
    if (match) {
      // The archive's field keeps no extra terms: a rule reads those from the banner.
      node.marking = createMarking(match.level, match.caveats, match.releasableTo, value, match.irregularities, undefined, classification.position)
    }
  }

  // ## Routing

  private readRouting(line: string, base: number): boolean {
    const kind = matchRoutingLine(line)
    const open = this.routing
    const continuation =
      open !== undefined && kind === undefined && (/^\s*[A-Z0-9]{4,8}\/\S/.test(line) || /^\s*[A-Z]{1,2}(?:\s+[A-Z]{4,8})+\s*$/.test(line) || /^\s+[A-Z]+-\d\d/.test(line))
    if (kind === undefined && !continuation) return false
    const span = trimSpan(line)!
    if (!this.routing) {
      this.closeDraft()
      this.routing = {node: routingNode(this.locator.position(base + span.start, base + span.end)), end: base + span.end}
    }
    const routing = this.routing
    routing.end = base + span.end
    const node = routing.node
    const field = this.field(base + span.start, base + span.end)
    if (kind === 'station') {
      const station = matchStationLine(line)
      if (station) {
        node.station = this.field(base + station.station.start, base + station.station.end)
        node.serial = this.field(base + station.serial.start, base + station.serial.end)
      }
    } else if (kind === 'securityIndicator') {
      const indicator = matchSecurityIndicator(line)
      if (indicator) node.securityIndicator = this.securityIndicator(indicator.prefix, indicator.letters, base + indicator.span.start, base + indicator.span.end)
    } else if (kind === 'dateTimeGroup') {
      const match = dateTimeGroupLine.exec(line)
      if (match) {
        const groupStart = line.indexOf(match[2]!, match[1]!.length)
        node.precedence = this.field(base + span.start, base + span.start + match[1]!.length)
        node.dateTimeGroup = this.field(base + groupStart, base + groupStart + match[2]!.length)
        node.date = readDateTimeGroup(match[2]!)
      }
    } else if (kind === 'from') {
      node.from = this.field(base + span.start + line.slice(span.start).indexOf('FM') + 2, base + span.end, true)
    } else if (kind === 'to') {
      node.to.push(this.field(base + span.start + line.slice(span.start).indexOf('TO') + 2, base + span.end, true))
    } else if (kind === 'info' || kind === 'log') {
      node.info.push(this.field(base + span.start + line.slice(span.start).indexOf('INFO') + 4, base + span.end, true))
    } else if (continuation && /\//.test(line)) {
      if (node.info.length > 0) node.info.push(field)
      else node.to.push(field)
    }
    node.position = this.locator.position(node.position.start.offset, routing.end)
    return true
  }

  private closeRouting(): void {
    if (!this.routing) return
    this.children.push(this.routing.node)
    this.routing = undefined
  }

  private securityIndicator(prefix: string, letters: string, start: number, end: number): SecurityIndicator {
    const levels: Readonly<Record<string, Level>> = {UUUUU: 'U', EEEEE: 'U', CCCCC: 'C', SSSSS: 'S', TTTTT: 'TS'}
    return {
      raw: this.text.slice(start, end),
      prefix: prefix === 'ZNR' || prefix === 'ZNY' ? prefix : null,
      letters,
      level: levels[letters] ?? null,
      efto: letters === 'EEEEE',
      position: this.locator.position(start, end),
    }
  }

  // ## Header nodes

  private addBanner(line: string, base: number, match: NonNullable<ReturnType<typeof matchBanner>>): void {
    if (match.glued) {
      // The addressee the banner is glued to belongs to the routing header (seed 004).
      const before = trimSpan(line, 0, match.start)
      // Anything else glued before it (an archive's `Cable dated:…` prefix) is kept as text.
      if (before && (this.bannerSeen || !this.readRouting(line.slice(0, match.start), base))) {
        this.closeRouting()
        if (isPartialExtract(line)) this.partialExtract = true
        this.addText(line.slice(before.start, before.end), base + before.start)
      }
    }
    this.closeRouting()
    const marking = createMarking(match.level, match.caveats, match.releasableTo, match.raw, match.irregularities, nonEmpty(match.extraTerms), this.locator.position(base + match.start, base + match.end))
    const end = base + (match.serial?.end ?? match.section?.end ?? match.end)
    // Every property present, `undefined` where absent: one shape per node type (see `types.ts`).
    const node: Banner = {
      type: 'banner',
      marking,
      glued: match.glued,
      duplicate: this.bannerSeen,
      position: this.locator.position(base + match.start, end),
      section: match.section ? {index: match.section.index, total: match.section.total, position: this.locator.position(base + match.section.start, base + match.section.end)} : undefined,
      originator: match.originator ? this.field(base + match.originator.start, base + match.originator.end) : undefined,
      serial: match.serial ? this.field(base + match.serial.start, base + match.serial.end) : undefined,
    }
    this.children.push(node)
    if (!this.bannerSeen) this.bannerOriginator = match.originator?.value
    this.bannerSeen = true
    this.bodyStarted = false
    const rest = trimSpan(line, end - base)
    if (!rest) return
    // Handling captions glued on after the serial (`LONDON 000333NOFORNSIPDIS E.O. 12958…`,
    // 09LONDON333) are the cable's handling line: the NOFORN there carries its portions.
    const run = line.slice(rest.start, rest.start + leadingHandlingLength(line.slice(rest.start, rest.end)))
    const captions = run === '' ? undefined : matchHandling(run)
    if (captions) {
      this.addHandling(run, base + rest.start, captions)
      rest.start += run.length
    }
    const after = trimSpan(line, rest.start, rest.end)
    if (after) this.addText(line.slice(after.start, after.end), base + after.start)
  }

  private addHandling(line: string, base: number, captions: Array<{start: number; end: number; caption: string}>): void {
    const span = trimSpan(line)!
    const caveats: Caveat[] = []
    for (const {caption} of captions) {
      const caveat = captionCaveats[caption]
      if (caveat && !caveats.includes(caveat)) caveats.push(caveat)
    }
    this.children.push({type: 'handling', captions: captions.map((caption) => caption.caption), caveats, position: this.locator.position(base + span.start, base + span.end)})
  }

  private addExecutiveOrder(line: string, base: number, match: NonNullable<ReturnType<typeof matchExecutiveOrder>>): void {
    const span = trimSpan(line)!
    const rest = match.rest
    const restStart = rest ? base + rest.start : base + span.end
    const restEnd = rest ? base + rest.end : base + span.end
    const raw = this.text.slice(restStart, restEnd)
    const value = readDeclassification(raw)
    this.children.push({
      type: 'executiveOrder',
      order: this.field(base + match.order.start, base + match.order.end),
      declassification: {raw, kind: value.kind, exemptions: value.exemptions, date: value.date, position: this.locator.position(restStart, restEnd)},
      position: this.locator.position(base + span.start, base + span.end),
    })
  }

  private addTags(line: string, base: number, listStart: number): void {
    const span = trimSpan(line)!
    const tags: Field[] = []
    const links = this.markdown ? this.markdown.tagLinks(base + listStart, base + line.length) : []
    if (links.length > 0) {
      for (const link of links) tags.push(this.field(link.start, link.end))
    } else {
      for (const match of line.slice(listStart).matchAll(/[^\s,;]+/g)) {
        const start = base + listStart + match.index
        tags.push(this.field(start, start + match[0].length))
      }
    }
    this.children.push({type: 'tags', tags, position: this.locator.position(base + span.start, base + span.end)})
  }

  private addSignature(line: string, base: number): void {
    const span = matchSignature(line)!
    const name = this.field(base + span.start, base + span.end)
    this.children.push({type: 'signature', name, position: name.position})
  }

  /** A top-level text node for `line` (already trimmed or not). */
  private addText(line: string, base: number): void {
    const span = trimSpan(line)
    if (!span) return
    for (const node of this.phrasing(base + span.start, base + span.end)) this.children.push(node)
  }

  /** `PAGE 02 …` or a whole-line `GUANGZHOU 00000463 002 OF 003`, as a page break. */
  private pageLine(line: string, base: number): PageBreak | undefined {
    const page = matchPageLine(line)
    if (page) {
      return {
        type: 'pageBreak',
        raw: line.slice(page.span.start, page.span.end),
        originator: page.originator || undefined,
        serial: page.serial || undefined,
        page: page.page,
        total: undefined,
        position: this.locator.position(base + page.span.start, base + page.span.end),
      }
    }
    if (!isWholeLinePageMarker(line)) return undefined
    const marker = findPageMarkers(line, 0, line.length, this.bannerOriginator)[0]!
    // Read with the banner's post, the marker may start after words it was taken for the post of:
    // `MINISTER YOUSSOUF TRIPOLI 00000559 001.2 OF 002`, a SUBJECT's last line with the marker run
    // on (09TRIPOLI559 wrapped). Those words belong to the block above; the line is no page line.
    if (marker.start !== trimSpan(line)!.start) return undefined
    return this.pageBreak(marker, base)
  }

  private pageBreak(marker: ReturnType<typeof findPageMarkers>[number], base: number): PageBreak {
    return {
      type: 'pageBreak',
      raw: this.text.slice(base + marker.start, base + marker.end),
      originator: marker.originator,
      serial: marker.serial,
      page: marker.page,
      total: marker.total,
      position: this.locator.position(base + marker.start, base + marker.end),
    }
  }

  /**
   * A heading: a short line over a dashed rule (`Summary` / `-------`), or a line between two
   * dashed rules (seed 001). Returns the index after it, or `undefined` when this is none.
   */
  private readHeading(index: number): number | undefined {
    if (this.isDashesLine(index)) {
      if (this.opensFramedHeading(index)) {
        this.closeDraft()
        this.addHeading(index + 1, index, index + 2)
        return index + 3
      }
      return this.readBrokenHeading(index)
    }
    if (this.blankBefore && this.isTwoLineTitle(index)) {
      this.closeDraft()
      this.addHeading(index, index, index + 2, index + 1)
      return index + 3
    }
    if (!this.isDashesLine(index + 1)) return undefined
    // Text run straight into a framed heading (`… END NOTE.)` / `-----` / `MILITARY RELATIONS` /
    // `-----`, 09ASUNCION617) is the end of its paragraph, not a title over the rule: read as
    // one, the last line of a (C) paragraph was released with the heading.
    if (!this.blankBefore && this.opensFramedHeading(index + 1)) return undefined
    const line = this.lineText(index)
    // Nor is a line that runs on from the line above, in lower case (`¶6. (c) notes from the
    // secgen's june 10 meeting with north` / `korean ambassador in london (ri yong ho)` / `-----`,
    // 05LONDON4981) or under a sentence left unfinished, whatever the case: in capitals the
    // second line of a two-line title (`CLEARING THE AIR ON ASSISTANCE` / `AND CONDITIONS` /
    // `-----`, 05BEIRUT3122) and a sentence's end (`… (30` / `MINUTE) CEREMONY TO OFFICIALLY
    // CLOSE THE COMFORT MISSION.` / `-----`, 07PARAMARIBO510) were released as titles. The line
    // and its rule stay in the paragraph (or unplaced text) they run on from, which the rule
    // closes: the text under it is not the paragraph's, as under a title.
    if (!this.blankBefore) {
      const lowerCase = /^[ \t]*[a-z]/.test(line)
      const opensSomething = matchParagraphStart(line) !== undefined || this.markingLeads(line) !== undefined || bulletLine.test(line)
      if (this.draft && !opensSomething && (lowerCase || this.runsOnFromAbove(index))) {
        // A double rule (10MEXICO640) closes it as one.
        let after = index + 1
        for (; this.isDashesLine(after); after++) {
          const rule = this.lines[after]!
          this.extendDraft(this.text.slice(rule.start, rule.end), rule.start)
        }
        this.closeDraft()
        return after
      }
      if (lowerCase) return undefined
    }
    // A bullet over a rule is the last item of a list, not a title (`-- Paras 2-4 Medical
    // Malpractice -- 5-8 Baseball …` then `-------` in ¶1 (SBU) of 06HAVANA11650's older
    // rendering: read as a heading, the SBU item was released).
    if (line.length <= 160 && !matchParagraphStart(line) && this.markingLeads(line) === undefined && !bulletLine.test(line)) {
      this.closeDraft()
      this.addHeading(index, index, index + 1)
      return index + 2
    }
    return undefined
  }

  /**
   * Whether the text line before `index` (past blank and page lines) leaves its
   * sentence unfinished, so that a short line after a blank runs on in it and is no title,
   * whatever its case. Capitals and double spacing hide what lower case shows: a sentence's
   * last words (`FUNDS.  END NOTE` under `… USING FEDERAL`, 05BUENOSAIRES496 in capitals) and a
   * line broken mid-sentence (`UN Political and Judicial Affairs Pieter Ramaer on November`
   * under `… Director of`, 03THEHAGUE2983 double-spaced) read as standalone titles, and were
   * released out of their classified paragraphs. A block's `END SUMMARY` needs no full stop,
   * nor does a banner.
   */
  private underUnfinishedSentence(index: number): boolean {
    const previous = this.previousNonBlank(index)
    return previous !== undefined && !endsSentence(previous) && !closesBlock(previous)
  }

  /**
   * Whether lines `index` and `index + 1`, after a blank line and over a rule, are one title
   * broken in two (`PLEASE, GET THE ARABS` / `TO GIVE US CASH FOR HAND-OUTS` / `-----`,
   * 06BEIRUT2703; `MIDDLE EAST: KEEPING EU PRESSURE ON ARAFAT;` / `FORUM FOR THE FUTURE`):
   * two short lines that open no paragraph, item or marking and end no sentence. Read line by
   * line, the first stays in the paragraph above and the second, running on from it, too.
   */
  private isTwoLineTitle(index: number): boolean {
    if (!this.isDashesLine(index + 2) || this.isDashesLine(index + 1)) return false
    for (const look of [index, index + 1]) {
      const line = this.lineText(look)
      const span = trimSpan(line)
      if (!span || span.end - span.start > 80 || fullStop.test(line)) return false
      if (matchParagraphStart(line) || this.markingLeads(line) !== undefined || bulletLine.test(line)) return false
      if (isWholeLinePageMarker(line) || matchPageLine(line)) return false
    }
    return /^[ \t]*[A-Z0-9"'“]/.test(this.lineText(index))
  }

  /**
   * Whether the line right above `index` leaves its sentence unfinished: it ends without a full
   * stop, `?` or `!` (closing quotes and brackets aside), and is no rule, banner or `END NOTE`.
   * A `]` ends a placeholder: under `¶1. (SBU) [WITHHELD]` a redacted copy's title stays a title,
   * so that redacting the copy again changes nothing.
   */
  private runsOnFromAbove(index: number): boolean {
    const above = this.lineText(index - 1)
    return !fullStop.test(above) && !/\][ \t]*$/.test(above) && !closesBlock(above)
  }

  /**
   * Whether line `index` is the opening rule of a `-----` / title / `-----` heading. A marked
   * paragraph between two rules is a paragraph: a redacted copy puts `¶3. (C) [WITHHELD]` on one
   * line between the rules of the headings around it (07NEWDELHI1485), and read as a title
   * there it made re-redacting the copy change it.
   */
  private opensFramedHeading(index: number): boolean {
    if (index + 2 >= this.lines.length || !this.isDashesLine(index) || !this.isDashesLine(index + 2)) return false
    const title = this.lineText(index + 1)
    if (isBlank(title) || isDashes(title) || title.length > 160) return false
    // A marked title (`(U) Opening remarks` between rules, 10STATE17263) is still a heading.
    const start = matchParagraphStart(title)
    return start === undefined || this.markingAfterNumber(title, start) === undefined
  }

  /**
   * A dashed heading with a page break inside its frame (seed 001 lines 54–58: `-----`, page
   * line, blank, title, `-----`). The opening rule is kept as text, the page break as a node,
   * and the heading runs from its title to the closing rule.
   */
  private readBrokenHeading(index: number): number | undefined {
    let look = index + 1
    const pages: PageBreak[] = []
    while (look < this.lines.length && look <= index + 4) {
      const text = this.lineText(look)
      const line = this.lines[look]!
      if (isBlank(text)) look++
      else {
        const page = this.pageLine(text, line.start)
        if (!page) break
        pages.push(page)
        look++
      }
    }
    if (pages.length === 0 || look + 1 >= this.lines.length) return undefined
    const title = this.lineText(look)
    if (isDashes(title) || title.length > 160 || !isDashes(this.lineText(look + 1))) return undefined
    this.closeDraft()
    const opening = this.lines[index]!
    this.addText(this.text.slice(opening.start, opening.end), opening.start)
    for (const page of pages) this.children.push(page)
    this.addHeading(look, look, look + 1)
    return look + 2
  }

  /**
   * A heading on a line of its own, without a rule (seed 003: `Comment`, `Smugglers Target
   * Children`): short, between blank lines, not ending like a sentence, and followed by a
   * paragraph that opens with a number or a marking. The following paragraph makes it safe:
   * the text before it has ended anyway, so no portion's text is ever read as a heading.
   */
  private isStandaloneHeading(index: number, line: string): boolean {
    if (!this.blankBefore) return false
    const span = trimSpan(line)
    if (!span || span.end - span.start > 80) return false
    const text = line.slice(span.start, span.end)
    // A title ends without a full stop; so does not `Chavez,s overt support.)`, the last line of a
    // double-spaced (C) paragraph (06BUENOSAIRES903), released as a heading before.
    if (!/^[A-Z0-9"'“]/.test(text) || /[.,;:]["”’)\]]*$|--$/.test(text) || matchParagraphStart(line) || this.markingLeads(line)) return false
    if (index + 1 < this.lines.length && !isBlank(this.lineText(index + 1))) return false
    // In double-spaced text every line stands between blank lines: a short one is no title there.
    if ((this.doubleSpaced ??= isDoubleSpaced(this.text, this.lines)) || this.underUnfinishedSentence(index)) return false
    for (let look = index + 1; look < this.lines.length && look <= index + 8; look++) {
      const next = this.lineText(look)
      if (isBlank(next) || isWholeLinePageMarker(next) || matchPageLine(next)) continue
      const start = matchParagraphStart(next)
      // A pilcrow alone opens no paragraph after a month: `… with the Ambassador on January` /
      // `¶19. Defense Minister …` (07THEHAGUE105) is a date broken over two lines.
      if (start) return this.markingAfterNumber(next, start) !== undefined || (start.pilcrow && !endsWithMonth.test(text))
      const marking = this.markingLeads(next)
      return marking !== undefined && marking.level !== null
    }
    return false
  }

  /** A heading whose title is line `textLine` (to line `textEnd`), from line `first` to `last`. */
  private addHeading(textLine: number, first: number, last: number, textEnd: number = textLine): void {
    const line = this.lines[textLine]!
    const endLine = this.lines[textEnd]!
    const span = textSpan(trimSpan(this.text, line.start, line.end)!.start, trimSpan(this.text, endLine.start, endLine.end)!.end)
    const firstLine = this.lines[first]!
    const lastLine = this.lines[last]!
    const start = trimSpan(this.text, firstLine.start, firstLine.end)?.start ?? firstLine.start
    const end = trimSpan(this.text, lastLine.start, lastLine.end)?.end ?? lastLine.end
    this.children.push({type: 'heading', text: this.field(span.start, span.end), position: this.locator.position(start, end)})
  }

  private isSignature(index: number, line: string): boolean {
    if (index !== this.lastNonBlankLine || !this.blankBefore) return false
    return this.previousNonBlank(index) !== undefined && matchSignature(line) !== undefined
  }

  /** The last line, right under a finished sentence, one upper-case word (a drafter's name). */
  private isLastWord(index: number, line: string): boolean {
    if (index !== this.lastNonBlankLine || this.blankBefore) return false
    const previous = this.previousNonBlank(index)
    return previous !== undefined && endsSentence(previous) && /^\s*[A-Z][A-Z'-]{2,30}\s*$/.test(line)
  }

  // ## Paragraphs

  /**
   * Whether `line` opens a paragraph here. A number opens one when a portion marking follows
   * it, or when the line before ended a sentence (or was blank). `¶2005.` after "amended in"
   * and `9. To date` after "on December" continue their sentences.
   */
  private isParagraphStart(index: number, line: string, base: number, draft: Draft | undefined): boolean {
    const start = this.numberedStart(line)
    if (start) {
      if (this.markingAfterNumber(line, start)) return true
      const isLetter = !/^\d/.test(start.number.raw)
      if (!isLetter && Number(start.number.raw) > 199) return false
      const previous = this.previousNonBlank(index)
      // Outside a paragraph there is no sentence to continue: a blank line is enough (a
      // paragraph after an unpunctuated SUBJECT line).
      // The next number after a blank line opens a paragraph after an unfinished sentence too:
      // news digests end each item with its source (`… Source - IPS News`, 08BRASILIA1572), a
      // heading between `====` rules has no full stop (07SANJOSE1963), nor does a heading the
      // archive ran onto the paragraph before (`… CONVERSION AND TRANSFER POLICIES` then
      // `10.From February 1999 …`, 10TRIPOLI39; 5 corpus cables without a pilcrow). Without a
      // pilcrow, not after a word a number completes: `… in a meeting on December` / `9. To
      // date, …` is the ninth of December (seed 002).
      const nextNumber =
        this.blankBefore && !isLetter && Number(start.number.raw) === this.nextNumber() && (start.pilcrow || previous === undefined || !numberCompletes.test(previous))
      // Paragraph 1 right under the SUBJECT, REF or Classified By block, whose last line has no
      // full stop (09CAIRO2277).
      const firstUnderHeader = this.isFirstNumber(start) && headerBlockTypes.has(this.children.at(-1)?.type ?? 'root')
      const afterBreak = previous === undefined || endsSentence(previous) || isDashes(previous) || (draft?.kind !== 'paragraph' && this.blankBefore) || nextNumber || firstUnderHeader
      if (!afterBreak) return false
      // A lettered item (`A.`) opens a paragraph only after a blank line or with a pilcrow.
      if (isLetter && !start.pilcrow && !this.blankBefore) return false
      return true
    }
    // An unnumbered paragraph that opens with its marking (seed 000 line 1): only outside
    // paragraphs, or after a blank line (a bullet `-- (C)` inside a paragraph is a portion).
    if (draft && !this.blankBefore) return false
    const marking = this.markingLeads(line)
    return marking !== undefined && marking.level !== null && !/^[ \t]*(?:-|\u2014|\u2013|\*|\u2022)/.test(line) && base >= 0
  }

  /** Whether `start` is paragraph 1 and no numbered paragraph came before it. */
  private isFirstNumber(start: ParagraphStartMatch): boolean {
    return start.number.raw === '1' && this.lastNumber === undefined
  }

  /**
   * A paragraph number (`2.`), or a number that opens a paragraph only before a marking and
   * only as the next number (`2) (S)` after paragraph 1, `1 (S)` first). Restarting at `1)`
   * under a paragraph, such numbers label its sub-items (09STATE6423's tasking questions), which
   * stay in the paragraph.
   */
  private numberedStart(line: string): ParagraphStartMatch | undefined {
    const start = matchParagraphStart(line)
    if (start) return start
    const marked = matchMarkedNumber(line)
    if (marked && Number(marked.number.raw) === this.nextNumber()) return this.markingAfterNumber(line, marked) ? marked : undefined
    // A range (`4-12.`) as the next number, marked or after a blank line: a wrapped date (`April⏎4-5.`) is neither.
    const range = matchRangeNumber(line)
    if (!range || Number(range.number.raw) !== this.nextNumber()) return undefined
    return this.blankBefore || this.markingAfterNumber(line, range) ? range : undefined
  }

  /**
   * The number the next paragraph would have: one after the open paragraph's, or after the last
   * one's; none inside a lettered or unnumbered paragraph, whose numbered lines are its items.
   */
  private nextNumber(): number | undefined {
    if (this.draft?.kind === 'paragraph') {
      const open = (this.draft.number?.match.last ?? this.draft.number?.match.number)?.raw
      return open !== undefined && /^\d+$/.test(open) ? Number(open) + 1 : undefined
    }
    return (this.lastNumber ?? 0) + 1
  }

  /** The marking right after a paragraph number, when there is a readable one. */
  private markingAfterNumber(line: string, start: ParagraphStartMatch): Readonly<MarkingRead> | undefined {
    const token = findMarkingToken(line, start.after)
    if (!token) return undefined
    const raw = line.slice(token.start, token.end)
    const marking = peekMarking(raw)
    if (!marking || marking.level === null) return undefined
    // A REF item's letter written again in brackets before the cable it names (`¶C. (C) 09 KABUL
    // 4039`, 10KABUL467 in lint audit M): no marking. Read as one, it opened a paragraph that
    // swallowed the next items and the Classified By line, whose reasons went unchecked.
    if (tokenLetter(raw)?.toUpperCase() === String(start.number.raw).toUpperCase() && cableReferenceAfter.test(line.slice(token.end, token.end + 60))) return undefined
    return marking
  }

  /** A marking opening the line (after a bullet), e.g. ` (U) This …`, `-- (C) …`. */
  private markingLeads(line: string): Readonly<MarkingRead> | undefined {
    const bullet = bulletPrefix.exec(line)
    const token = findMarkingToken(line, bullet ? bullet[0].length : 0)
    if (!token || line[token.start] !== '(') return undefined
    const marking = peekMarking(line.slice(token.start, token.end))
    if (!marking || marking.irregularities.includes('lowercase')) return undefined
    return marking
  }

  /** Open a paragraph whose text starts at `base` (a whole line or a mid-line segment). */
  private openParagraphAt(line: string, base: number): void {
    this.closeDraft()
    this.closeRouting()
    const start = this.numberedStart(line)
    const span = trimSpan(line)!
    this.draft = {kind: 'paragraph', start: base + (start?.start ?? span.start), end: base + span.end, sawBlank: false, pageLines: [], number: start ? {match: start, base} : undefined}
    this.bodyStarted = true
  }

  private openBlock(kind: Draft['kind'], line: string, base: number, index: number): number {
    this.closeDraft()
    this.openDraft(kind, base, line)
    return index + 1
  }

  private openDraft(kind: Draft['kind'], base: number, line: string): void {
    const span = trimSpan(line)!
    this.draft = {kind, start: base + span.start, end: base + span.end, sawBlank: false, pageLines: [], number: undefined}
  }

  private extendDraft(line: string, base: number): void {
    const span = trimSpan(line)
    if (span && this.draft) this.draft.end = base + span.end
  }

  private closeDraft(): void {
    const draft = this.draft
    if (!draft) return
    this.draft = undefined
    if (draft.kind === 'paragraph') this.children.push(this.buildParagraph(draft))
    else if (draft.kind === 'subject') this.children.push(this.buildSubject(draft))
    else if (draft.kind === 'references') {
      const after = matchReferences(this.text.slice(draft.start, draft.end)) ?? 0
      this.children.push({type: 'references', children: this.phrasing(draft.start + after, draft.end, draft.pageLines), position: this.locator.position(draft.start, draft.end)})
    } else if (draft.kind === 'classificationAuthority') this.children.push(this.buildAuthority(draft))
    else for (const node of this.phrasing(draft.start, draft.end)) this.children.push(node)
  }

  private buildSubject(draft: Draft): RootContent {
    const block = this.text.slice(draft.start, draft.end)
    let contentStart = draft.start + (matchSubject(block) ?? 0)
    let marking: Marking | undefined
    const token = findMarkingToken(block, contentStart - draft.start)
    if (token && block[token.start] === '(') {
      const found = parseMarking(block.slice(token.start, token.end), this.locator.position(draft.start + token.start, draft.start + token.end))
      if (found && !found.irregularities.includes('lowercase')) {
        marking = found
        contentStart = draft.start + token.end
      }
    }
    while (contentStart < draft.end && isWhiteSpace(this.text.charCodeAt(contentStart))) contentStart++
    return {type: 'subject', marking, children: this.phrasing(contentStart, draft.end), position: this.locator.position(draft.start, draft.end)}
  }

  private buildAuthority(draft: Draft): ClassificationAuthority {
    const block = this.text.slice(draft.start, draft.end)
    const node: ClassificationAuthority = {type: 'classificationAuthority', position: this.locator.position(draft.start, draft.end), classifiedBy: undefined, reasons: undefined}
    const reasons = readReasons(block)
    const byStart = matchClassifiedBy(block)
    if (byStart !== undefined) {
      let byEnd = reasons ? reasons.start : block.length
      const lineEnd = block.search(/[\r\n]/)
      if (reasons === undefined && lineEnd !== -1) byEnd = lineEnd
      const span = trimSpan(block, byStart, byEnd)
      if (span) {
        let end = span.end
        // `…Carlson. Reasons` / `…Carlson, Reasons`: the punctuation before the reason is not the name.
        while (end > span.start && /[.,;:]/.test(block[end - 1] ?? '')) end--
        // `… Hoyt Yee for reasons 1.4 (b)`: the `for` leads to the reasons, no part of the name.
        const name = block.slice(span.start, end)
        if (name.length > 4 && name.slice(-3).toLowerCase() === 'for' && isWhiteSpace(name.charCodeAt(name.length - 4))) {
          let cut = name.length - 3
          while (cut > 0 && isWhiteSpace(name.charCodeAt(cut - 1))) cut--
          if (cut > 0) end = span.start + cut
        }
        node.classifiedBy = this.field(draft.start + span.start, draft.start + end)
      }
    }
    if (reasons) {
      node.reasons = {
        raw: block.slice(reasons.start, reasons.end),
        section: reasons.section,
        categories: reasons.categories,
        position: this.locator.position(draft.start + reasons.start, draft.start + reasons.end),
      }
    }
    return node
  }

  /** Build a paragraph node: its number, its portions (one per marking), their phrasing. */
  private buildParagraph(draft: Draft): Paragraph {
    let contentStart = draft.start
    let number: ParagraphNumber | undefined
    if (draft.number) {
      const {match, base} = draft.number
      number = this.paragraphNumber(match, base)
      contentStart = base + match.after
    }
    while (contentStart < draft.end && isSpaceOrTab(this.text.charCodeAt(contentStart))) contentStart++
    const markings = this.portionMarkings(contentStart, draft.end)
    const portions: Portion[] = []
    const firstMarking = markings[0]
    if (!firstMarking || firstMarking.position.start.offset > contentStart) {
      const end = firstMarking ? this.portionEnd(contentStart, firstMarking.position.start.offset) : draft.end
      if (end > contentStart || !firstMarking) portions.push(this.portion(undefined, contentStart, Math.max(end, contentStart), draft))
    }
    for (const [index, marking] of markings.entries()) {
      const next = markings[index + 1]
      const end = next ? this.portionEnd(marking.position.end.offset, next.position.start.offset) : draft.end
      portions.push(this.portion(marking, marking.position.start.offset, Math.max(end, marking.position.end.offset), draft))
    }
    const position = this.locator.position(draft.start, draft.end)
    return {type: 'paragraph', number, children: portions, position}
  }

  private paragraphNumber(match: ParagraphStartMatch, base: number): ParagraphNumber {
    const raw = match.number.raw
    let value: number | string = raw
    let garbled = false
    if (/^\d+$/.test(raw)) {
      const written = Number(raw)
      const expected = (this.lastNumber ?? 0) + 1
      value = written
      // The pilcrow garbled into a `1`: `11.` for ¶1 … `19.` for ¶9 (seeds 001 and 003).
      if (written !== expected && written >= 11 && written <= 19 && written - 10 === expected) {
        value = written - 10
        garbled = true
      }
      this.lastNumber = value
    }
    const last = match.last === undefined ? undefined : Number(match.last.raw)
    if (last !== undefined) this.lastNumber = last
    const dotEnd = base + match.after
    return {raw, value, ...(last === undefined ? {} : {last}), garbled, pilcrow: match.pilcrow, position: this.locator.position(base + match.start, dotEnd)}
  }

  /**
   * Portion markings of a paragraph: the one right after its number (or at its start), and
   * one at the start of each line or after `--` (bullets: `-- (C) … -- (U) …`). A token that is
   * a lettered-list label (`(b) … (c) … (d)`) is not a marking.
   */
  private portionMarkings(contentStart: number, end: number): Marking[] {
    const found: Marking[] = []
    const first = this.markingAt(contentStart, end, true)
    if (first) found.push(first)
    const from = first ? first.position.end.offset : contentStart
    // Search the paragraph only: a search from `from` over the whole text would run on to its
    // end for every paragraph (quadratic on a 20 MB re-flowed body).
    const body = this.text.slice(from, end)
    // A portion opens at a `(` after a line break, `--` or `—`, perhaps with a bullet between
    // (`-- (C)`, `\n * (S)`). Read back from each parenthesis (see `opensPortionAt`).
    let floor = 0
    for (let open = body.indexOf('('); open !== -1; open = body.indexOf('(', open + 1)) {
      if (!opensPortionAt(body, open, floor)) continue
      const at = from + open
      const marking = this.markingAt(at, end, false)
      if (marking && marking.level !== null && !this.insideMarker(at) && !this.isListLabel(marking.raw, contentStart, end)) {
        found.push(marking)
        // The next portion's break comes after this marking.
        floor = marking.position.end.offset - from
        open = Math.max(open, floor - 1)
      }
    }
    return found
  }

  /** The marking at `at` (after spaces), or `undefined`. `opening`: right after a number. */
  private markingAt(at: number, limit = this.text.length, opening = true): Marking | undefined {
    const window = this.text.slice(at, Math.min(limit, at + markingWindow))
    const token = findMarkingToken(window, 0)
    if (!token) return undefined
    const raw = window.slice(token.start, token.end)
    if (!opening && raw[0] !== '(') return undefined
    const marking = parseMarking(raw, this.locator.position(at + token.start, at + token.end))
    if (!marking) return undefined
    if (marking.irregularities.includes('lowercase') && this.isListLabel(raw, at, limit)) return undefined
    if (marking.level === null && !opening) return undefined
    return marking
  }

  /** Whether a one-letter token is a list label here: its neighbour letter occurs nearby. */
  private isListLabel(raw: string, from: number, to: number): boolean {
    if (!isLetteredListToken(raw)) return false
    const letter = tokenLetter(raw)
    if (letter === undefined) return false
    const code = letter.charCodeAt(0)
    // Only the paragraph itself: a reading that depends on text around it would change when
    // that text is redacted, and re-redacting an output must change nothing. The paragraph's
    // one-letter labels are collected once (a 20 MB paragraph has thousands of candidates).
    const labels = this.listLabels(from, to)
    return [code - 1, code + 1].some((neighbour) => labels.has(String.fromCharCode(neighbour)))
  }

  private labelCache: {from: number; to: number; labels: Set<string>} | undefined

  /** The letters of `(x)` tokens in `[from, to)`, cached for the paragraph being built. */
  private listLabels(from: number, to: number): Set<string> {
    const cached = this.labelCache
    if (cached && cached.from === from && cached.to === to) return cached.labels
    const labels = new Set<string>()
    for (const match of this.text.slice(from, to).matchAll(/\(([A-Za-z])\)/g)) labels.add(match[1]!)
    this.labelCache = {from, to, labels}
    return labels
  }

  private insideMarker(offset: number): boolean {
    return this.markers.some((marker) => marker.start <= offset && offset < marker.end)
  }

  private portion(marking: Marking | undefined, start: number, end: number, draft: Draft): Portion {
    let contentStart = marking ? marking.position.end.offset : start
    while (contentStart < end && isWhiteSpace(this.text.charCodeAt(contentStart))) contentStart++
    const pageLines = draft.pageLines.filter((page) => page.position.start.offset >= contentStart && page.position.end.offset <= end)
    const children = this.phrasing(contentStart, end, pageLines)
    const position = this.locator.position(start, end)
    return {type: 'portion', marking, children, position}
  }

  /**
   * Where a portion ends before the next marking: white space and the bullet that opens the
   * next portion (`… Iraq. -- (S/NF) …`) belong to neither, so withholding one portion never
   * takes the next one's bullet.
   */
  private portionEnd(start: number, nextMarking: number): number {
    let end = this.trimEnd(start, nextMarking)
    const bullet = /(?:^|\s)(?:--|-|\u2014|\u2013|\*|\u2022|o)$/.exec(this.text.slice(Math.max(start, end - 3), end))
    if (bullet) end = this.trimEnd(start, end - bullet[0].trimStart().length)
    return end
  }

  private trimEnd(start: number, end: number): number {
    let at = end
    while (at > start && isWhiteSpace(this.text.charCodeAt(at - 1))) at--
    return at
  }

  // ## Phrasing

  /**
   * Phrasing for `[start, end)`: page breaks and protect markers as their own nodes, text
   * between them as text nodes (de-escaped values for Markdown-rendered cables).
   */
  private phrasing(start: number, end: number, pageLines: readonly PageBreak[] = []): PhrasingContent[] {
    // Empty or not, the nodes come from the one array literal below: V8 learns there that the
    // array holds objects, while an empty `[]` of its own stayed an array of small integers, and
    // tree walkers meeting both kinds of children were deoptimised.
    const nodes: PhrasingContent[] = []
    if (end <= start) return nodes
    const special: Array<{start: number; end: number; node: PhrasingContent}> = []
    this.addPageBreaks(special, start, end, pageLines)
    for (const marker of this.markersIn(start, end)) {
      special.push({start: marker.start, end: marker.end, node: {type: 'protectMarker', raw: marker.raw, form: marker.form, position: this.locator.position(marker.start, marker.end)}})
    }
    special.sort((a, b) => a.start - b.start)
    let at = start
    for (const item of special) {
      if (item.start < at) continue
      if (item.start > at) this.pushText(nodes, at, item.start)
      nodes.push(item.node)
      at = item.end
    }
    if (at < end) this.pushText(nodes, at, end)
    return nodes
  }

  /**
   * The page breaks of `[start, end)` for {@link phrasing}: the given page lines, then the page
   * markers found in the text outside them. Apart from `phrasing`, which the rare markers
   * mid-paragraph and page-line lists of two kinds of array deoptimised in V8.
   */
  private addPageBreaks(into: Array<{start: number; end: number; node: PhrasingContent}>, start: number, end: number, pageLines: readonly PageBreak[]): void {
    for (const page of pageLines) into.push({start: page.position.start.offset, end: page.position.end.offset, node: page})
    for (const marker of findPageMarkers(this.text, start, end, this.bannerOriginator)) {
      if (pageLines.some((page) => page.position.start.offset <= marker.start && marker.start < page.position.end.offset)) continue
      into.push({start: marker.start, end: marker.end, node: this.pageBreak(marker, 0)})
    }
  }

  private pushText(nodes: PhrasingContent[], start: number, end: number): void {
    const raw = this.text.slice(start, end)
    if (raw.trim() === '') return
    nodes.push({type: 'text', value: this.markdown ? this.markdown.value(start, end) : raw, position: this.locator.position(start, end)})
  }

  /** Protect markers lying wholly in `[start, end)`, each claimed once. */
  private markersIn(start: number, end: number): ProtectMarkerMatch[] {
    const found: ProtectMarkerMatch[] = []
    for (const marker of this.markers) {
      if (marker.start >= end) break
      if (marker.start >= start && marker.end <= end && !this.claimed.has(marker.start)) {
        this.claimed.add(marker.start)
        found.push(marker)
      }
    }
    return found
  }

  private readonly claimed = new Set<number>()

  /**
   * Markers no container could hold (one straddling a paragraph's end, or one in the header
   * where no phrasing is built) become top-level nodes, in document order, so none is lost.
   */
  private placeStrayMarkers(children: RootContent[]): RootContent[] {
    const stray = this.markers.filter((marker) => !this.claimed.has(marker.start))
    if (stray.length === 0) return children
    const nodes: RootContent[] = [...children]
    for (const marker of stray) {
      nodes.push({type: 'protectMarker', raw: marker.raw, form: marker.form, position: this.locator.position(marker.start, marker.end)})
    }
    return nodes.sort((a, b) => a.position.start.offset - b.position.start.offset)
  }

  // ## Fields and diagnostics

  private field(start: number, end: number, trim = false): Field {
    let from = start
    let to = end
    if (trim) {
      while (from < to && isWhiteSpace(this.text.charCodeAt(from))) from++
      while (to > from && isWhiteSpace(this.text.charCodeAt(to - 1))) to--
    }
    const raw = this.text.slice(from, to)
    return {value: this.markdown ? this.markdown.value(from, to) : raw, position: this.locator.position(from, to)}
  }

  private lineField(index: number): Field | undefined {
    const line = this.lines[index]
    if (!line) return undefined
    const span = trimSpan(this.text, line.start, line.end)
    return span ? this.field(span.start, span.end) : undefined
  }

  private spanOfLines(first: number, last: number) {
    const start = this.lines[first]?.start ?? 0
    const lastLine = this.lines[last] ?? this.lines[first]
    const end = lastLine ? (trimSpan(this.text, lastLine.start, lastLine.end)?.end ?? lastLine.end) : start
    return this.locator.position(start, Math.max(start, end))
  }

  private finishDiagnostics(): void {
    const has = (type: RootContent['type']) => this.children.some((node) => node.type === type)
    if (!has('banner') && !this.partialExtract) {
      this.diagnostics.push({id: 'missingBanner', message: 'No classification banner line was found (`UNCLAS`, `C O N F I D E N T I A L`, `SECRET`…).', position: undefined})
    }
    if (!has('executiveOrder') && !this.partialExtract) {
      this.diagnostics.push({id: 'missingExecutiveOrder', message: 'No `E.O.` line with a declassification instruction was found.', position: undefined})
    }
    for (const node of this.children) {
      if (node.type !== 'paragraph') continue
      for (const portion of node.children) {
        if (portion.marking && portion.marking.level === null) {
          this.diagnostics.push({id: 'unreadableMarking', message: `The portion marking \`${portion.marking.raw}\` is not a known marking.`, position: portion.marking.position})
        }
      }
    }
  }
}
