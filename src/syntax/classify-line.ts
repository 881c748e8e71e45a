/**
 * Line classifiers: one line of a cable → what it could be, by its own shape.
 *
 * Each matcher looks at a single line (without its terminator) and returns offsets relative
 * to the start of that line. They never decide from context: whether a `9.` really opens a
 * paragraph, or a `(C)` is a marking, is decided by the parser from the sequence around it
 * (seed 002 line 181, seed 000 `¶2005.`). Every pattern is anchored and free of nested
 * quantifiers, so a 20 MB re-flowed line costs one linear pass at most.
 */

import {codeAt, textSpan} from './lines.js'
import {matchBannerMarking, maxMarkingTokenLength, peekMarking} from './marking.js'
import type {BannerMatch} from './marking.js'

/** A sub-span of a line, offsets relative to the line start. */
export interface Span {
  start: number
  end: number
}

/** What a line looks like on its own. */
export type LineKind =
  | 'blank'
  | 'dashes'
  | 'partialExtract'
  | 'routing'
  | 'banner'
  | 'handling'
  | 'executiveOrder'
  | 'tags'
  | 'subject'
  | 'references'
  | 'classifiedBy'
  | 'reason'
  | 'pageBreak'
  | 'paragraphStart'
  | 'text'

const blank = /^[ \t\f\v\u00a0]*$/
/** Whether the line holds only white space. */
export function isBlank(line: string): boolean {
  return blank.test(line)
}

/** A dashed rule under or around a heading: `-----`, `-------- ------`. */
export function isDashes(line: string): boolean {
  // `---` then the class, not `-{3,}[- \t]*`: the two overlapping runs of `-` backtracked
  // quadratically on a long dash run that ends in another character (recheck, tests/redos.test.ts).
  // A rule of `=` too (`RECOMMENDATIONS` over `===============`, 07SANJOSE1194): the same break.
  const first = firstCode(line)
  return (first === 45 && /^[ \t]*---[- \t]*$/.test(line)) || (first === 61 && /^[ \t]*===[= \t]*$/.test(line))
}

/** Offset of the first and past the last non-space character, or `undefined` for a blank line. */
export function trimSpan(line: string, from = 0, to = line.length): Span | undefined {
  let start = from
  let end = to
  while (start < end && isSpace(line.charCodeAt(start))) start++
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--
  return start < end ? textSpan(start, end) : undefined
}

/** Whether `text` holds only white space from `from` to `to` (`trimSpan` is `undefined` there), without allocating. */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return false
  return true
}

/** Space, tab, CR, LF, form feed, vertical tab, no-break space. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0
}

// ## Partial extracts

/** "This record is a partial extract of the original cable." (694 corpus cables, e.g. 05BRASILIA1130). */
export function isPartialExtract(line: string): boolean {
  return /^\s*This record is a partial extract of the original cable/i.test(line)
}

// ## Routing (ACP 127 header)

/** Kinds of routing-header lines. */
export type RoutingLineKind = 'start' | 'station' | 'securityIndicator' | 'dateTimeGroup' | 'from' | 'to' | 'info' | 'log' | 'action'

/** What routing line this is, if any. `VZCZC…` opens the header (seed 001 line 3). */
export function matchRoutingLine(line: string): RoutingLineKind | undefined {
  // Every routing line opens with a capital (past white space): pick the patterns by it.
  const at = firstIndex(line)
  const first = line.charCodeAt(at)
  // Other white space first (a CR, U+2028): every pattern reads past it with `\s*`.
  const any = isOtherSpace(line, at)
  if (!any && !(first >= 65 && first <= 90)) return undefined
  if ((any || first === 86) && /^\s*VZCZC/.test(line)) return 'start'
  if ((any || first === 68) && /^\s*DE\s+[A-Z]{4,}\s+#/.test(line)) return 'station'
  if ((any || first === 90) && /^\s*ZN[RY]\s+[A-Z]/.test(line)) return 'securityIndicator'
  if (dateTimeGroupLine.test(line)) return 'dateTimeGroup'
  if ((any || first === 70) && /^\s*FM\s+\S/.test(line)) return 'from'
  if ((any || first === 84) && /^\s*TO\s+\S/.test(line)) return 'to'
  if (any || first === 73) {
    // `INFO  LOG-00   AF-00 …`: the distribution block of 09USEUBRUSSELS1177 and of old cables.
    if (/^\s*INFO\s+LOG-\d/.test(line)) return 'log'
    if (/^\s*INFO\s+\S/.test(line)) return 'info'
  }
  if ((any || first === 65) && /^\s*ACTION\s+[A-Z]+-\d\d/.test(line)) return 'action'
  return undefined
}

/**
 * `R 030917Z AUG 09`, `O P 161616Z NOV 08`, `R 250930Z FEB 72`; with the operating signals ACP 127
 * puts after the group on that line (`R 260519Z FEB 10 ZDK`, `O R 181205Z NOV 75 ZFF4`: Z-codes
 * such as ZDK, a retransmission), in 188 corpus cables, whose date was lost with the line.
 */
export const dateTimeGroupLine = /^\s*([A-Z]{1,2}(?: [A-Z]{1,2})?)\s+(\d{6}Z\s+[A-Z]{3}\s+\d{2,4})(?:[ \t]+Z[A-Z]{2}\d?)*\s*$/

/** `DE RUEHGZ #0463/01 2150917` → station and serial spans. */
export function matchStationLine(line: string): {station: Span; serial: Span} | undefined {
  const match = /^(\s*DE\s+)([A-Z]{4,})(\s+#)(\d+)/.exec(line)
  if (!match) return undefined
  const stationStart = match[1]!.length
  const stationEnd = stationStart + match[2]!.length
  const serialStart = stationEnd + match[3]!.length
  return {station: textSpan(stationStart, stationEnd), serial: textSpan(serialStart, serialStart + match[4]!.length)}
}

/** `ZNR UUUUU ZZH` → the `ZNR UUUUU` span, prefix and letters. */
export function matchSecurityIndicator(line: string): {span: Span; prefix: string; letters: string} | undefined {
  const match = /^(\s*)(ZN[RY])\s+([A-Z]{1,8})\b/.exec(line)
  if (!match) return undefined
  const start = match[1]!.length
  return {span: textSpan(start, match[0].length), prefix: match[2]!, letters: match[3]!}
}

// ## Banner

/**
 * A banner line: `C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697`, `UNCLAS GUANGZHOU
 * 000463`, `CONFIDENTIAL`, read by the one marking grammar ({@link matchBannerMarking}). Also
 * the glued form of seed 004, where the banner follows the INFO addressee without a line break:
 * `INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06 BEIJING 000509`. With
 * `inRoutingHeader` (the line comes before the cable's first banner), a banner glued to an
 * addressee written in plain words is read too (`USMISSION USUN NEW YORKC O N F I D E N T I A L`).
 */
export function matchBanner(line: string, inRoutingHeader = false): (BannerMatch & {glued: boolean}) | undefined {
  if (line.length > 2000) return undefined
  // The parser asks this of every line; the first character past spaces and tabs rules out
  // most lines of prose before any pattern runs.
  const at = firstIndex(line)
  const first = line.charCodeAt(at)
  // A lower-case letter that opens no spaced level word (below) rules out any banner: most lines of
  // prose stop here, before anything else is asked.
  if (first >= 97 && first <= 122 && !(isSpacedLowerInitial(first) && codeAt(line, at + 1) === 32)) return undefined
  const otherSpace = isOtherSpace(line, at)
  const capital = first >= 65 && first <= 90
  const digit = first >= 48 && first <= 57
  // A lower-case level word is read only spaced (`c o n f i d e n t i a l`, an irregular
  // banner), so its second character is a space: most lines of prose stop here.
  const spacedLower = isSpacedLowerInitial(first) && codeAt(line, at + 1) === 32
  // A dash opens only an export's `----- header ends -----` with a banner glued on, a quote only
  // the CSV file's field separator before one (`","C O N F I D E N T I A L HAVANA 000221`).
  const dashOrQuote = first === 45 || first === 34
  if (!capital && !digit && !otherSpace && !spacedLower && !dashOrQuote) return undefined
  const direct = dashOrQuote ? undefined : matchBannerMarking(line)
  if (direct) return withGlued(direct, false)
  return matchUnusualBanner(line, at, first, digit, otherSpace, inRoutingHeader)
}

/** `c`, `s`, `t`, `u`: the initials of a level word written in lower case and spaced (`s e c r e t`). */
function isSpacedLowerInitial(code: number): boolean {
  return code === 99 || code === 115 || code === 116 || code === 117
}

/**
 * A banner after something other than spaces and tabs: another white space, a garbled level
 * word, an archive prefix or a routing addressee. Kept apart from `matchBanner`, and its
 * results built by `withGlued`: banners of each shape (with or without a section, a serial…)
 * reaching the object spreads there made V8 throw away and recompile `matchBanner`, which
 * every line goes through: nine compilations in a first pass over the corpus, now one.
 */
function matchUnusualBanner(line: string, at: number, first: number, digit: boolean, otherSpace: boolean, inRoutingHeader: boolean): (BannerMatch & {glued: boolean}) | undefined {
  // U+2028 LINE SEPARATOR (or another Unicode space) before the banner: five Mexico City cables
  // carry it from the archive's HTML (08MEXICO2187 line 17); it is white space, not text.
  if (otherSpace) {
    const lead = /^\s+/.exec(line)
    if (lead && /[^ \t]/.test(lead[0])) {
      const spaced = matchBannerMarking(line, lead[0].length)
      if (spaced) return withGlued(spaced, false)
    }
  }
  if (first === 85 || first === 67 || first === 83) {
    const garbled = matchGarbledBanner(line)
    if (garbled) return withGlued(garbled, false)
  }
  // A stray capital before a spaced level word (`CSE C R E T SECTION 01 OF 02 SHENYANG 000004`,
  // 09MOSCOW1108): the letter is kept as text before the banner, as a glued prefix is.
  // Read by `codeAt`: past the end of a short line `charCodeAt` gives NaN, and its first such
  // read threw away this function's optimised code ("out of bounds", three times in a corpus lint).
  const second = codeAt(line, at + 1)
  if (first >= 65 && first <= 90 && (second === 67 || second === 83 || second === 85) && (codeAt(line, at + 2) === 32 || codeAt(line, at + 3) === 32)) {
    const stray = matchGarbledBanner(line, at + 1)
    if (stray && line.slice(at + 1, stray.end).includes(' ')) return withGlued(stray, true)
  }
  // Glued to an archive prefix: `Cable dated:2007-12-10T05:54:00C O N F I D E N T I A L SECTION 01
  // OF 03 RIYADH 002441` (07RIYADH2441), a record number, `167579C O N F I D E N T I A L LONDON
  // 002197` (08LONDON2197) or `ID:190812 Cable dated:…` (09LONDON333), a date-time group
  // (`061428Z Jun 03S E C R E T`), the archive's note on a partial extract (`…is not
  // available.S E C R E T SECTION 01 OF 03 ANKARA 002521`: the plain-text release glues each body
  // to the line before it), the end of an export's header (`----- header ends -----S E C R E T`),
  // or a date in words (`Thursday, 31 January 2008, 19:52C O N F I D E N T I A L`, 08HAVANA103),
  // in that order where there are several, then the CSV file's field separator `","` (the fields
  // opening a row of the release's CSV file are the parser's: `matchCsvRowFields`). Only with a
  // SECTION or serial, as for glued routing below. Each prefix opens with `I`D, `T`his, `C`able,
  // a digit, `-`, `"` or a weekday's initial.
  const prefix = digit || otherSpace || archivePrefixStart.has(first) ? archivePrefix.exec(line) : null
  if (prefix && prefix[0].trim() !== '') {
    const found = matchBannerMarking(line, prefix[0].length) ?? matchGarbledBanner(line, prefix[0].length)
    if (found && (found.section || found.serial)) return withGlued(found, true)
  }
  // Glued to the last line of the routing header, which the plain-text release runs into the
  // body: an addressee with a routing indicator (`INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS`, seed
  // 004) or in plain words, as older cables address it (`USMISSION USUN NEW YORKC O N F I D E N T
  // I A L`, `AMEMBASSY TRIPOLIUNCLAS`). Only after a header line's capitals, with nothing between
  // them and the level word, and only with a SECTION or serial, so that prose ending in "SECRET"
  // is never read as a banner. Lines up to 2,000 characters, as for a banner at the start of a
  // line: a re-flowed header runs the banner's line on into the SUBJECT and beyond (09TALLINN325).
  const routed = line.includes('/') && /^\s*(?:(?:INFO|TO)\s+)?[A-Z0-9]+\//.test(line)
  // An addressee in plain words only where one is expected, in the routing header before the
  // first banner (the parser says so).
  if (!routed && !inRoutingHeader) return undefined
  // Each level word in turn: an addressee may hold one (`RUCNSE/US SECRET SERVICE WASHDC
  // PRIORITYC O N F I D E N T I A L SECTION 01 OF 02 LONDON 001992`).
  levelWord.lastIndex = 1
  for (let glued = levelWord.exec(line); glued; glued = levelWord.exec(line)) {
    if (!routed && !headerLinePrefix.test(line.slice(0, glued.index))) continue
    const found = matchBannerMarking(line, glued.index)
    // A spaced level word is never prose: alone at the end of the line it is the banner too.
    if (found && (found.section || found.serial || (glued[0].includes(' ') && !found.rest))) return withGlued(found, true)
  }
  // A garbled spaced word, glued on (`RHEHNSC/NSC WASHDCCO N F I D E N T I A L SECTION 01 OF 02
  // CARACAS 001822`, 07CARACAS1822 in the plain-text release), read as at a line's start.
  garbledLevelWord.lastIndex = 1
  for (let glued = garbledLevelWord.exec(line); glued; glued = garbledLevelWord.exec(line)) {
    const letters = glued[0].replace(/ /g, '')
    if (letters.length === glued[0].length) continue // unspaced: the loop above
    // A doubled first letter is the last letter of what comes before (`WASHDCCO N …`, and the
    // `S` of `WAS SE C R E T` in prose), and the word starts after it.
    let wordAt = glued.index
    if (letters[0] === letters[1]) for (wordAt++; line.charCodeAt(wordAt) === 32; ) wordAt++
    if (!routed && !headerLinePrefix.test(line.slice(0, wordAt))) continue
    const found = matchGarbledBanner(line, wordAt)
    if (found) return withGlued(found, true)
  }
  return undefined
}

/** What an archive writes before a banner it glues on (see `matchUnusualBanner`). */
const archivePrefix =
  /^\s*(?:ID: ?\d+ )?(?:This record is a partial extract of the original cable\. The full text of the original cable is not available\.(?:",")?)?(?:Cable dated:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\]?|\d{4,8}|\d{6}Z [A-Z][a-z]{2} \d{2}|-{5,} header ends -{5,}|[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d)?(?:",")?(?=UNCLAS|C O N F|S E C R|CONFIDENTIAL|SECRET|CO N F|C ONF|CC O N|SE C R|SS E C|UUNCLAS)/

/** A level word in a line that may hold a glued banner (spaced, in sentence case too). */
const levelWord = /(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET)(?=\s|$)|[Cc] o n f i d e n t i a l|[Ss] e c r e t|C O N F I D E N T I A L|S E C R E T/g

/**
 * A routing header line in plain words, glued to the level word: capitals, digits and the
 * header's punctuation only, its last character touching the level word or the CSV field
 * separator `","` before it. An addressee may end in a parenthesis (`AMCONSUL EDINBURGH POUCH)`,
 * 88LONDON16998).
 */
const headerLinePrefix = /^\s*[A-Z][A-Z0-9 ,./()&-]*[A-Z0-9.)](?:",")?$/

/** First characters of {@link archivePrefix}: `I`, `T`, `C`, `-`, `"` and the weekdays' `M`, `W`, `F`, `S`. */
const archivePrefixStart: ReadonlySet<number> = new Set([73, 84, 67, 45, 77, 87, 70, 83, 34])


function withGlued(match: BannerMatch, glued: boolean): BannerMatch & {glued: boolean} {
  return {...match, glued}
}

/** The code of the first character past spaces and tabs (-1 for a line of them only). */
export function firstCode(line: string): number {
  return codeAt(line, firstIndex(line))
}

/** The index of the first character past spaces and tabs (`line.length` for a line of them only). */
function firstIndex(line: string): number {
  let at = 0
  while (at < line.length && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at++
  return at
}

/** Whether `line[at]` is white space other than a space or a tab (`\s`: CR, LF, U+2028, no-break space…). */
function isOtherSpace(line: string, at: number): boolean {
  const code = line.charCodeAt(at)
  return code !== 32 && code !== 9 && isWhiteSpace(code)
}

const unicodeSpace = /^\s$/

/**
 * Whether the UTF-16 unit `code` is white space as the pattern `\s` reads it: ASCII by
 * comparison, anything else (no-break space, U+2028…) by the pattern itself. The parser's
 * trimming loops test one character at a time, and a pattern test on a one-character string
 * for each was a few per cent of a parse.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  // Past the end of a string (`NaN`): no character. Each other code unit is asked of the pattern
  // once and kept: a `¶` opening a line was a pattern test (and a string) for each line.
  if (!(code < 0x10000)) return false
  let known = nonAsciiWhiteSpace[code]!
  if (known === 0) {
    known = unicodeSpace.test(String.fromCharCode(code)) ? 1 : 2
    nonAsciiWhiteSpace[code] = known
  }
  return known === 1
}

/** Per UTF-16 code unit from 128: 0 not yet asked, 1 white space, 2 not (see {@link isWhiteSpace}). */
const nonAsciiWhiteSpace = new Uint8Array(0x10000)

/** The level words of {@link matchGarbledBanner}, unspaced. */
const garbledLevel = /^(?:U ?U ?N ?C ?L ?A ?S|C ?C? ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?S? ?E ?C ?R ?E ?T)(?=[ \t]|$)/

/** Whether `first` and `second` can open a {@link garbledLevel} word: the second letter or a space. */
function opensGarbledLevel(first: number, second: number): boolean {
  if (second === 32) return first === 85 || first === 67 || first === 83
  if (first === 85) return second === 85
  if (first === 67) return second === 79 || second === 67
  return first === 83 && (second === 69 || second === 83)
}

/** {@link garbledLevel} anywhere in a line, for banners glued to the text before them. */
const garbledLevelWord = new RegExp(garbledLevel.source.slice(1), 'g')

/**
 * A banner whose level word the archive garbled: the first letter doubled or a space lost
 * (`SS E C R E T MOSCOW 000226`, `CC O N F I D E N T I A L …`, `CO N F I D E N T I A L …`,
 * `UUNCLAS MANAGUA 001002`, `C ONFIDENTIAL SECTION 01 of 03 BAKU 000744`; 22 corpus cables).
 * The level is still plain to a reader, so it is read; `raw` keeps the garbled form. Read by
 * replacing the word with its unspaced form padded to the same length, so that every offset
 * the marking grammar returns still points into `line`; only with a SECTION or a serial.
 */
function matchGarbledBanner(line: string, from = 0): BannerMatch | undefined {
  // Up to 40 spaces and tabs, then the level word's first two letters as `garbledLevel` allows
  // them (`UU`, `U U`; `CO`, `CC`, `C O`; `SE`, `SS`, `S E`): asked of every line that opens with
  // U, C or S, and most (`Since`, `CONGRESS`) stop here, before the pattern.
  let lead = from
  const leadLimit = Math.min(line.length, from + 40)
  while (lead < leadLimit && (line.charCodeAt(lead) === 32 || line.charCodeAt(lead) === 9)) lead++
  if (!opensGarbledLevel(codeAt(line, lead), codeAt(line, lead + 1))) return undefined
  const word = garbledLevel.exec(line.slice(lead, lead + 40))
  if (!word) return undefined
  const letters = word[0].replace(/ /g, '')
  const canonical = letters.startsWith('U') ? 'UNCLAS' : letters.startsWith('C') ? 'CONFIDENTIAL' : 'SECRET'
  const wordEnd = lead + word[0].length
  const normal = line.slice(0, lead) + canonical.padEnd(word[0].length, ' ') + line.slice(wordEnd)
  const found = matchBannerMarking(normal, lead)
  if (!found || (!found.section && !found.serial)) return undefined
  const end = found.end <= lead + canonical.length ? wordEnd : found.end
  const irregularities = word[0].includes(' ') && !found.irregularities.includes('spacedLetters') ? (['spacedLetters', ...found.irregularities] as typeof found.irregularities) : found.irregularities
  return {...found, end, raw: line.slice(found.start, end), irregularities}
}

// ## Handling captions

/** Caption → the caveat it carries for roll-up (5 FAH-2 H-440 captions; 12 FAM 541 for SBU). */
export const captionCaveats: Readonly<Record<string, 'NOFORN' | 'SENSITIVE' | 'FOUO' | 'EFTO' | 'ORCON' | 'PROPIN' | 'NOCONTRACT' | undefined>> = {
  SENSITIVE: 'SENSITIVE',
  'SENSITIVE BUT UNCLASSIFIED': 'SENSITIVE',
  SBU: 'SENSITIVE',
  NOFORN: 'NOFORN',
  'FOR OFFICIAL USE ONLY': 'FOUO',
  FOUO: 'FOUO',
  EFTO: 'EFTO',
  'E F T O': 'EFTO',
  ORCON: 'ORCON',
  PROPIN: 'PROPIN',
  NOCONTRACT: 'NOCONTRACT',
}

const captionWords =
  'SENSITIVE BUT UNCLASSIFIED|NOT FOR INTERNET DISTRIBUTION|FOR OFFICIAL USE ONLY|SENSITIVE|SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|STADIS|CHEROKEE|ROGER CHANNEL|ROGER|DISSENT CHANNEL|CORRECTED COPY|E F T O|EFTO|SBU|ORCON|PROPIN|NOCONTRACT|TERREP|FOUO'
const handlingPattern = new RegExp(`^[\\s.,;:/()-]*(?:(?:${captionWords})[\\s.,;:/()-]*)+$`, 'i')
/** Captions run together at the start of a text, in capitals (`NOFORNSIPDIS E.O. 12958…`). */
const leadingCaptions = new RegExp(`^(?:(?:${captionWords})[ \\t]*)+`)
const captionPattern = new RegExp(captionWords, 'gi')

/**
 * A handling caption line: `SENSITIVE`, `SIPDIS`, `NOFORN SIPDIS`,
 * `SENSITIVE BUT UNCLASSIFIED -- NOT FOR INTERNET DISTRIBUTION.` (seed 001 line 36).
 * Returns each caption's span, upper-cased value included.
 */
export function matchHandling(line: string): Array<Span & {caption: string}> | undefined {
  if (line.length > 200 || !handlingPattern.test(line)) return undefined
  const captions: Array<Span & {caption: string}> = []
  captionPattern.lastIndex = 0
  for (let match = captionPattern.exec(line); match; match = captionPattern.exec(line)) {
    captions.push({start: match.index, end: match.index + match[0].length, caption: match[0].toUpperCase()})
  }
  return captions.length > 0 ? captions : undefined
}

/**
 * How long the run of handling captions is that `text` opens with, in capitals, run together or
 * apart (`NOFORNSIPDIS E.O. 12958…` → 12): glued after a banner's serial, they are its handling
 * line. 0 when it opens with none.
 */
export function leadingHandlingLength(text: string): number {
  return leadingCaptions.exec(text)?.[0].trimEnd().length ?? 0
}

// ## E.O. line

/**
 * An order number followed by a word of prose, not by a declassification instruction: a wrapped
 * sentence that begins with the order (`E.O. 13382 in July 2008 as a consequence of …`,
 * 10STATE15856, inside a SECRET talking point). Every E.O. line of the corpus has `:`, an
 * instruction (`DECL`, `N/A`, `OADR`, `GDS`…), a date, reasons or nothing after the number.
 */
const proseAfterOrder = /^\s*(?!decl|declassify|n\/?a\b|oadr|gds|ngds|dng|x\d|as\s+amended)[a-z]/

/** `E.O. 12958: DECL: 12/31/2033`, `EO 12958 DECL: 09/21/10`, `E.O. 12958: N/A`. */
export function matchExecutiveOrder(line: string): {order: Span; rest: Span | undefined} | undefined {
  const match = /^(\s*E\s?\.?\s?O\s?\.?\s*)(\d{4,6})\s*:?/i.exec(line)
  if (!match) return undefined
  // `EO12958` and `E.O. 12958` but not words such as `EOS`.
  if (!/^\s*E\s?\.?\s?O\s?\.?\s*\d/i.test(line)) return undefined
  if (proseAfterOrder.test(line.slice(match[1]!.length + match[2]!.length))) return undefined
  const orderStart = match[1]!.length
  const order = textSpan(orderStart, orderStart + match[2]!.length)
  return {order, rest: trimSpan(line, match[0].length)}
}

// ## TAGS, SUBJECT, REF

/** `TAGS: PGOV PHUM`, `TAGS PGOV, PINS` (00HARARE5461). Returns where the tag list starts. */
export function matchTags(line: string): number | undefined {
  const match = /^\s*TAGS\b:?\s*/.exec(line)
  return match ? match[0].length : undefined
}

/** `SUBJECT: …`, `SUBJ: …`. Returns where the subject text starts. */
export function matchSubject(line: string): number | undefined {
  const match = /^\s*SUBJ(?:ECT)?\s*:\s*/i.exec(line)
  return match ? match[0].length : undefined
}

/** `REF: STATE 132759`, `REFS: …`, `REFTEL: …`. Returns where the references start. */
export function matchReferences(line: string): number | undefined {
  const match = /^\s*(?:REF|REFS|REFTEL|REFTELS|REFERENCE|REFERENCES)\s*:\s*/i.exec(line)
  return match ? match[0].length : undefined
}

// ## Classification authority

/** `Classified By: …`, `CLASSIFIED BY DCM EARL IRVING.` Returns where the classifier starts. */
export function matchClassifiedBy(line: string): number | undefined {
  const match = /^\s*CLASSIFIED\s+BY\b\s*:?\s*/i.exec(line)
  return match ? match[0].length : undefined
}

/** A line that opens with the reason alone: `REASON: 1.4 (b), (d)` (seed 003 line 33). */
export function matchReasonLine(line: string): number | undefined {
  const match = /^\s*(?:FOR\s+)?REASONS?\b/i.exec(line)
  return match ? match[0].length - match[0].trimStart().length : undefined
}

// ## Page continuation

/**
 * A whole-line `PAGE 02 HARARE 05461 01 OF 02 271458Z` (old telegrams): `PAGE`, the page
 * number, then only upper-case words, digits and `./:'-`. The words before the first number
 * are the originator (`SAN JOSE` too), a 3–8 digit number right after them the serial.
 *
 * Read word by word rather than with one regular expression: the single pattern this replaces
 * (optional originator, serial and trailer, each after `\s+`) backtracked in 4th-degree
 * polynomial time on long lines of spaces (recheck, tests/redos.test.ts).
 */
export function matchPageLine(line: string): {span: Span; page: number; originator?: string | undefined; serial?: string | undefined} | undefined {
  if (line.length > 200) return undefined
  const head = /^\s*PAGE\s+(\d{1,3})(?!\S)/.exec(line)
  if (!head) return undefined
  const words = line.slice(head[0].length).trim().split(/\s+/).filter((word) => word !== '')
  if (!words.every((word) => /^[0-9A-Z./:'-]+$/.test(word))) return undefined
  const span = trimSpan(line)
  if (!span) return undefined
  // Both optional properties present from the start: one shape for every match (V8).
  const result: {span: Span; page: number; originator?: string | undefined; serial?: string | undefined} = {span, page: Number(head[1]), originator: undefined, serial: undefined}
  let index = 0
  while (index < words.length && /^[A-Z][A-Z.'-]*$/.test(words[index]!)) index++
  if (index > 0) result.originator = words.slice(0, index).join(' ')
  if (/^\d{3,8}$/.test(words[index] ?? '')) result.serial = words[index]!
  // `'` only in the post name, as before.
  if (words.slice(index).some((word) => word.includes("'"))) return undefined
  return result
}

/** A page-continuation marker found in a text: `GUANGZHOU 00000463 002 OF 003`. */
export interface PageMarker extends Span {
  originator: string
  serial: string
  page: number
  total: number
}

const pageAnchor = /(\d{8})[ \t]+(\d{3})(?:\.\d)?[ \t]+OF[ \t]+(\d{3})(?![0-9A-Za-z])/g

/**
 * Page-continuation markers anywhere in `text[from, to)`, including mid-line in re-flowed
 * paragraphs (`… citizenship  TRIPOLI 00000889  002 OF 004   and who …`, 08TRIPOLI889).
 * Anchored on the 8-digit serial, then walks back over the originator's upper-case words.
 * `originator` (the banner's post) is preferred when the text before the serial ends with it.
 */
export function findPageMarkers(text: string, from: number, to: number, originator?: string): PageMarker[] {
  const found: PageMarker[] = []
  // Scan only `[from, to)`: a global search from `from` would run on to the end of the text,
  // once per portion of a 20 MB re-flowed line (quadratic).
  const slice = from === 0 && to === text.length ? text : text.slice(from, to)
  if (!slice.includes('OF')) return found
  pageAnchor.lastIndex = 0
  for (let match = pageAnchor.exec(slice); match; match = pageAnchor.exec(slice)) {
    const start = originatorStart(slice, match.index, 0, originator)
    if (start === undefined) continue
    found.push({
      start: from + start,
      end: from + match.index + match[0].length,
      originator: slice.slice(start, match.index).trim(),
      serial: match[1]!,
      page: Number(match[2]),
      total: Number(match[3]),
    })
  }
  return found
}

/** Where the post name before a page serial begins, or `undefined` when there is none. */
function originatorStart(text: string, serialStart: number, floor: number, originator?: string): number | undefined {
  let end = serialStart
  while (end > floor && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  if (end === serialStart) return undefined
  if (originator) {
    const start = end - originator.length
    if (start >= floor && text.slice(start, end) === originator && (start === floor || isSpace(text.charCodeAt(start - 1)))) return start
  }
  // One upper-case word (`TRIPOLI`) …
  let start = end
  while (start > floor && end - start < 40 && isPostChar(text.charCodeAt(start - 1))) start--
  if (start === end || !(text.charCodeAt(start) >= 65 && text.charCodeAt(start) <= 90)) return undefined
  if (start > floor && !isSpace(text.charCodeAt(start - 1))) return undefined
  // … or, when the marker opens its line, every upper-case word before it (`UNVIE VIENNA`).
  let lineStart = start
  while (lineStart > floor && start - lineStart < 60 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--
  if (lineStart === floor || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r') {
    const before = text.slice(lineStart, start)
    if (/^[ \t]*(?:[A-Z][A-Z.'-]*[ \t]+){0,3}$/.test(before)) {
      start = lineStart
      while (text[start] === ' ' || text[start] === '\t') start++
    }
  }
  return start
}

function isPostChar(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 46 || code === 39 || code === 45
}

// ## Paragraphs

/**
 * Past the indentation at `from`: spaces, tabs, no-break spaces, and the Unicode line and
 * paragraph separators that 5 corpus cables (08MEXICO886, 10MEXICO690) indent their paragraphs
 * with (`\u2028 1. (U) Summary.`): unread, their paragraphs were text, and a SECRET banner over
 * them was reported as above every portion. Then past a dashed rule run into the number.
 */
function skipIndent(line: string, from: number): number {
  let index = from
  for (;;) {
    const code = codeAt(line, index)
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0x2028 && code !== 0x2029) break
    index++
  }
  // A dashed rule the number is run into (`----7.  (C)`, 08BUENOSAIRES702): three dashes or more.
  let rule = index
  while (codeAt(line, rule) === 45) rule++
  if (rule - index >= 3 && (isDigit(codeAt(line, rule)) || codeAt(line, rule) === 0xb6)) return rule
  return index
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

function isLetter(code: number): boolean {
  return isUpper(code) || (code >= 97 && code <= 122)
}

/** A paragraph number at the start of a line: `1.`, `¶1.`, `¶A.`, `11.`. */
export interface ParagraphStartMatch {
  /** Start of the paragraph (the pilcrow, or the number). */
  start: number
  pilcrow: boolean
  /** The number as written (`11`, `A`). */
  number: Span & {raw: string}
  /** Just past the dot. */
  after: number
  /** The last number of a range (`4-12.`: one answer to questions 4 to 12). */
  last?: (Span & {raw: string}) | undefined
}

/**
 * A marking that lost its opening parenthesis, glued to the paragraph's number: `15.C) Internally,
 * …` (08MANAMA235; `5.SBU)` reads as a glued word already). Merged into the paragraph before, it
 * left a numbering gap and its marking unread; read, it is reported as irregular.
 */
function markingWithoutOpening(line: string, at: number): boolean {
  // A window, not the rest of the line: a re-flowed 20 MB body is one line.
  const close = line.slice(at, at + 13).indexOf(')')
  const after = line.charCodeAt(at + close + 1)
  if (close === -1 || (after !== 32 && after !== 9)) return false
  const read = peekMarking(line.slice(at, at + close + 1))
  return read !== undefined && read.level !== null && !read.irregularities.includes('lowercase')
}

/** `¶1. (C) …`, `11. (SBU)`, `¶A.  The …`, `2.  (SBU)`. Context decides whether it is one. */
export function matchParagraphStart(line: string, from = 0): ParagraphStartMatch | undefined {
  // Code units (`codeAt`), not `line[index]`: see `codeAt`.
  let index = skipIndent(line, from)
  const start = index
  let pilcrow = false
  if (codeAt(line, index) === 0xb6) {
    pilcrow = true
    index++
    if (codeAt(line, index) === 32) index++
  }
  const numberStart = index
  while (index < line.length && index - numberStart < 4 && line.charCodeAt(index) >= 48 && line.charCodeAt(index) <= 57) index++
  if (index === numberStart) {
    const code = codeAt(line, index)
    if (code >= 65 && code <= 90) index++
    else return undefined
  }
  if (codeAt(line, index) !== 46) return undefined
  const after = index + 1
  const next = codeAt(line, after)
  // After the dot: the end of the line, a space, a tab or a parenthesis; after a numeral, also a
  // capitalised word with no space (`1.Key Points: --`, `3.The index …`: CAIRO cables), but not
  // a letter and a dot (`2.A.`, a sub-item label; `1.U.S.`), or a bracketed one: the placeholder
  // that replaced such a paragraph's text in a redacted copy (`1.[WITHHELD]`), which must read
  // as the paragraph it was, or redacting the copy again changes it.
  const word = next === 91 ? after + 1 : after
  const glued = isDigit(codeAt(line, numberStart)) && isUpper(codeAt(line, word)) && (isLetter(codeAt(line, word + 1)) || markingWithoutOpening(line, after))
  if (after < line.length && next !== 32 && next !== 9 && next !== 40 && !glued) return undefined
  return {start, pilcrow, number: {start: numberStart, end: index, raw: line.slice(numberStart, index)}, after}
}

/**
 * `2) (S) …`, `1, (C) …`, `1 . (C) …`, `¶1 (S) …`: a number closed by a parenthesis, a comma or a spaced dot, or by nothing, where a paragraph
 * number would have its dot (08STATE65820, 09SANJOSE56). Unlike `2.` such a number is common in
 * prose and lists, so it opens a paragraph only when a portion marking follows (the parser
 * checks). Letters are not read: `C)` is a marking that lost its parenthesis.
 */
export function matchMarkedNumber(line: string, from = 0): ParagraphStartMatch | undefined {
  const lead = leadingNumber(line, from)
  if (lead === undefined) return undefined
  let index = lead.number.end
  // `2)`, `1,` for a dot mistyped as a comma (08ISLAMABAD405 `1, (C) Summary.`), or `1 .` with
  // the dot pushed off by a space (09MONTERREY210 `1 .   (C)   Summary.`).
  let dot = index
  while (codeAt(line, dot) === 32 || codeAt(line, dot) === 9) dot++
  if (codeAt(line, index) === 41 || codeAt(line, index) === 44) index++
  else if (dot > index && codeAt(line, dot) === 46) index = dot + 1
  const next = codeAt(line, index)
  if (next !== 32 && next !== 9 && next !== 40) return undefined
  return {...lead, after: index}
}

/**
 * `4-12. (U) …`: one paragraph answering numbers 4 to 12, as a tasker's reply does (10CAIRO209, lint
 * audit M). Like `2)` it opens a paragraph only as the next number, and only before a marking or
 * after a blank line (the parser checks): `4-5.` also ends wrapped dates (`April⏎4-5.`, 20 corpus cables).
 */
export function matchRangeNumber(line: string, from = 0): ParagraphStartMatch | undefined {
  const lead = leadingNumber(line, from)
  if (lead === undefined || codeAt(line, lead.number.end) !== 45) return undefined
  const last = digitsAt(line, lead.number.end + 1)
  if (last === undefined || codeAt(line, last.end) !== 46) return undefined
  const next = codeAt(line, last.end + 1)
  if ((next !== 32 && next !== 9) || Number(last.raw) <= Number(lead.number.raw)) return undefined
  return {...lead, after: last.end + 1, last}
}

/** The indent's end, a pilcrow, and a number of up to three digits after them (`  ¶12`), or `undefined`. */
function leadingNumber(line: string, from: number): {start: number; pilcrow: boolean; number: Span & {raw: string}} | undefined {
  const start = skipIndent(line, from)
  const pilcrow = codeAt(line, start) === 0xb6
  const number = digitsAt(line, pilcrow ? start + 1 : start)
  return number === undefined ? undefined : {start, pilcrow, number}
}

/** Up to three digits at `at`, with their text, or `undefined`. */
function digitsAt(line: string, at: number): (Span & {raw: string}) | undefined {
  let end = at
  while (end - at < 3 && isDigit(codeAt(line, end))) end++
  return end === at ? undefined : {start: at, end, raw: line.slice(at, end)}
}

/**
 * A marking token at `from` (after white space): `(C)`, `(S//NF)`, `( c)`, or the
 * `C)` form with the opening parenthesis lost. Returns the raw token's span; the marking
 * grammar decides whether it is a marking.
 */
export function findMarkingToken(line: string, from: number): Span | undefined {
  let index = from
  while (index < line.length && (line.charCodeAt(index) === 32 || line.charCodeAt(index) === 9)) index++
  if (codeAt(line, index) === 40) {
    const close = line.indexOf(')', index)
    if (close === -1 || close - index >= maxMarkingTokenLength) return undefined
    const inner = line.slice(index + 1, close)
    if (!/^[ A-Za-z/,.-]+$/.test(inner)) return undefined
    return textSpan(index, close + 1)
  }
  const bare = /^[A-Z]{1,3}(?:\/\/?[A-Z]{2,7})?\)/.exec(line.slice(index, index + 14))
  return bare ? textSpan(index, index + bare[0].length) : undefined
}

/** Whether a line ends a sentence (so a numbered line after it may open a paragraph). */
export function endsSentence(line: string): boolean {
  const span = trimSpan(line)
  if (!span) return true
  const last = line[span.end - 1]!
  return '.!?:;)"\'”’]'.includes(last) || line.slice(span.end - 2, span.end) === '--'
}

/** A one-line signature: `BOUGHNER`, `Goldberg`, `RANDT` (seeds 003, 000, 002). */
export function matchSignature(line: string): Span | undefined {
  const match = /^(\s*)([A-Z][A-Za-z'-]{1,30})\s*$/.exec(line)
  if (!match) return undefined
  const name = match[2]!
  if (/^(?:END|NNNN|BT|SIPDIS|NOFORN|SENSITIVE|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|SUMMARY|COMMENT|NOTE|EXDIS|NODIS|EXEMPT|ENDS?)$/i.test(name)) return undefined
  const start = match[1]!.length
  return textSpan(start, start + name.length)
}

/** The kind a line has on its own, for tools and tests; the parser uses the matchers directly. */
export function classifyLine(line: string): LineKind {
  if (isBlank(line)) return 'blank'
  if (isDashes(line)) return 'dashes'
  if (isPartialExtract(line)) return 'partialExtract'
  if (matchExecutiveOrder(line)) return 'executiveOrder'
  if (matchTags(line) !== undefined) return 'tags'
  if (matchSubject(line) !== undefined) return 'subject'
  if (matchReferences(line) !== undefined) return 'references'
  if (matchClassifiedBy(line) !== undefined) return 'classifiedBy'
  if (matchPageLine(line) || isWholeLinePageMarker(line)) return 'pageBreak'
  if (matchBanner(line)) return 'banner'
  if (matchRoutingLine(line)) return 'routing'
  if (matchHandling(line)) return 'handling'
  if (matchReasonLine(line) !== undefined && /\d\.\s*\d/.test(line)) return 'reason'
  if (matchParagraphStart(line)) return 'paragraphStart'
  return 'text'
}

/** Whether the whole line is one page-continuation marker. */
export function isWholeLinePageMarker(line: string): boolean {
  // Every marker holds `OF` (`002 OF 003`): most lines stop here.
  if (line.length > 120 || !line.includes('OF')) return false
  const span = trimSpan(line)
  if (!span) return false
  const markers = findPageMarkers(line, 0, line.length)
  return markers.length === 1 && markers[0]!.start === span.start && markers[0]!.end === span.end
}

/**
 * The fields before the header in a row of the release's CSV file, every one quoted (the file as
 * released) or only the text fields (`100001,4/18/2003 08:08,03ANKARA2521,"Embassy Ankara",SECRET,,"`):
 * number, date, ID, origin, classification, references, and the opening quote of the header.
 */
const csvRowFields = /^"?(\d{1,7})"?,"?(\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d)"?,"?([0-9A-Z]{4,40})"?,"([^"\n]{0,100})","?([A-Z/ ]{0,60})"?,"?([^,"\n]{0,800})"?,"/

/** The CSV row fields opening `line` (see {@link csvRowFields}), or `null`. */
export function matchCsvRowFields(line: string): RegExpExecArray | null {
  return line.startsWith('"') || (line.charCodeAt(0) >= 48 && line.charCodeAt(0) <= 57) ? csvRowFields.exec(line) : null
}
