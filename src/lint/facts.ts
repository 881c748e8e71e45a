/**
 * Facts about a cable that several rules ask for, read from the tree only (never from text):
 * the banner, the cable's level, its dissemination caveats and its date of origin.
 */
import type {Caveat, Level} from '../classification.js'
import type {Banner, CalendarDate, ExecutiveOrder, Field, Marking, Nodes, Paragraph, Portion, Root, SecurityIndicator} from '../syntax/types.js'
import {partitionPoint} from '../partition-point.js'
import {dateTimeGroupLine} from '../syntax/classify-line.js'
import {readDateTimeGroup} from '../syntax/values.js'

/** A date-time group alone on its line (`151727Z Apr 04`). */
const bareDateTimeGroup = /^[ \t]*(\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2,4})[ \t]*$/

/** The first banner that does not repeat an earlier one. */
export function firstBanner(tree: Root): Banner | undefined {
  for (const node of tree.children) if (node.type === 'banner' && !node.duplicate) return node
  return undefined
}

/**
 * The banners that repeat the cable's header (seed 002; 08VILNIUS668, where the archive's
 * preview of the first paragraph is followed by the whole record, header and all), with the
 * banner they repeat. Not repeats: a bare level word on its own line after a serial-bearing
 * banner, the archive's classification field (`SECRET` between the record number, date, origin
 * and reference fields, 03THEHAGUE2210); the banner of the telegram's next section, as a long
 * telegram went out in sections, each with its own banner (`UNCLAS SECTION 02 OF 07 HARARE
 * 002271`), though a section seen before is a repeat (02ROME1196 holds `SECTION 02 OF 02`
 * twice); and the banner of another cable in the same file (its serial differs: 09CAIRO189
 * holds the record of `UNCLAS CAIRO 000184`).
 */
export function repeatedHeaders(tree: Root): {first: Banner | undefined; repeats: Banner[]} {
  let first = firstBanner(tree)
  // A first "banner" naming no post or serial may be the classification field of the archive's
  // metadata, one field a line (`Embassy Kabul` / `CONFIDENTIAL` / `08KABUL1027`, 08KABUL1064):
  // then the cable's own banner is the first that names a serial, and only its repeats count.
  const metadata = first && !first.serial && !first.originator
  const own = metadata ? tree.children.find((node): node is Banner => node.type === 'banner' && node.serial !== undefined) : undefined
  if (own) first = own
  const sections = new Set(first?.section ? [first.section.index] : [])
  const repeats: Banner[] = []
  for (const node of tree.children) {
    if (node.type !== 'banner' || !node.duplicate || node === own || anotherCable(first, node) || archiveField(first, node)) continue
    if (nextSection(first, node, sections)) continue
    repeats.push(node)
  }
  return {first, repeats}
}

const noCopies: ReadonlySet<ExecutiveOrder> = new Set()

/** Each tree's copied E.O. lines, read once for the rules that skip them. */
const copiesByTree = new WeakMap<Root, ReadonlySet<ExecutiveOrder>>()

/**
 * The E.O. lines that a repeated header copies: after a repeated banner (see
 * {@link repeatedHeaders}) and before the next paragraph, word for word an earlier E.O. line.
 * A finding there would be the earlier line's again: the archive's copy of 09QUITO233's header
 * reported `DECL: TWENTY YEARS` twice, and 23 corpus findings (5 errors) were such repeats.
 */
export function copiedExecutiveOrders(tree: Root): ReadonlySet<ExecutiveOrder> {
  // Nearly every cable has one header: no banner marked a duplicate, nothing to copy.
  if (!tree.children.some((node) => node.type === 'banner' && node.duplicate)) return noCopies
  let copies = copiesByTree.get(tree)
  if (copies !== undefined) return copies
  const repeats: ReadonlySet<object> = new Set(repeatedHeaders(tree).repeats)
  const written = new Set<string>()
  const found = new Set<ExecutiveOrder>()
  let inRepeat = false
  for (const node of tree.children) {
    if (node.type === 'banner') inRepeat = repeats.has(node)
    else if (node.type === 'paragraph') inRepeat = false
    if (node.type !== 'executiveOrder') continue
    const words = `${node.order.value} ${node.declassification.raw}`
    if (inRepeat && written.has(words)) found.add(node)
    written.add(words)
  }
  copies = found
  copiesByTree.set(tree, copies)
  return copies
}

/** Whether a later "banner" is a bare level word under a first banner that has a serial. */
function archiveField(first: Banner | undefined, banner: Banner): boolean {
  return first?.serial !== undefined && banner.serial === undefined && banner.originator === undefined && banner.section === undefined
}

/** Whether a later banner heads another cable in the same file: its serial differs. */
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

/** The cable's overall level: the banner's, when it can be read. */
export function cableLevel(tree: Root): Level | undefined {
  return firstBanner(tree)?.marking.level ?? undefined
}

/** Whether the banner or a handling line carries `caveat` (NOFORN is rolled up to either). */
export function cableHasCaveat(tree: Root, caveat: Caveat): boolean {
  if (firstBanner(tree)?.marking.caveats.includes(caveat)) return true
  return tree.children.some((node) => node.type === 'handling' && node.caveats.includes(caveat))
}

/**
 * Whether the header (from the banner to the subject or first paragraph) writes `NOFORN`
 * as a word where the parser found no handling line for it: a caption line escaped by a TSV
 * export (`NOFORN \\`, 09TRIPOLI763), glued to the next header fields (`NOFORN SIPDIS DEPT
 * FOR NEA/MAG … E.O. 12958: …`, 09TRIPOLI759), or a repeated classification line
 * (`SECRET//NOFORN` under the banner, 09STATE119085). Any of them carries the caveat.
 */
export function headerWritesNoforn(tree: Root, text: string): boolean {
  return headerWrites(tree, text, /(?:^|[\s/])NOFORN(?![A-Za-z])/)
}

/**
 * Whether the header writes a release caption on a line of its own, which the handling
 * vocabulary does not hold: `RELEASABLE TO UK` (08LONDON3215), `RELEASABLE TO NATO/AUST/NZ/ISAF`,
 * `REL TO USA, GBR`. It carries the REL TO of the cable's REL portions.
 */
export function headerWritesReleasable(tree: Root, text: string): boolean {
  return headerWrites(tree, text, /(?:^|\n)[ \t]*REL(?:EASABLE)?[ \t]+TO[ \t]+[A-Z]/)
}

/** Whether the header, from the first banner to the subject or first paragraph, matches `pattern`. */
function headerWrites(tree: Root, text: string, pattern: RegExp): boolean {
  const banner = firstBanner(tree)
  if (!banner) return false
  const start = banner.position?.start.offset ?? 0
  const body = tree.children.find((node) => (node.type === 'subject' || node.type === 'paragraph') && (node.position?.start.offset ?? 0) > start)
  return pattern.test(text.slice(start, body?.position?.start.offset ?? text.length))
}

/**
 * Whether a header line the parser left as text writes the `SENSITIVE` caption (12 FAM 541):
 * glued to the passing instructions after it (`SENSITIVE SIPDIS DEPT FOR NEA/MAG …`,
 * 09TRIPOLI896; `SENSITIVE FOR DRL/MLGA …`, 09LONDON2843) or to an addressee before it (`… ALSO
 * FOR POLAD SENSITIVE SIPDIS`, 06SAOPAULO532), escaped by a TSV export (`SENSITIVE \\`,
 * 10TASHKENT47), or the SBU statement (`SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT
 * ACCORDINGLY.`). Only top-level text between the first banner and the first paragraph, in
 * capitals: a SUBJECT or REF that says "SENSITIVE" is no caption.
 */
export function headerWritesSensitive(tree: Root, text: string): boolean {
  const banner = firstBanner(tree)
  if (!banner) return false
  const start = banner.position?.start.offset ?? 0
  for (const node of tree.children) {
    const position = node.position
    if (!position || position.start.offset === undefined || position.start.offset < start) continue
    if (node.type === 'paragraph') break
    if (node.type === 'text' && /(?:^|[\s/])SENSITIVE(?![A-Za-z])/.test(text.slice(position.start.offset, position.end.offset))) return true
  }
  return false
}

/** Every portion of the body, in order. */
export function portions(tree: Root): Portion[] {
  const found: Portion[] = []
  for (const node of tree.children) if (node.type === 'paragraph') for (const child of node.children) found.push(child)
  return found
}

/** Every portion marking of the body and the subject's marking, in order. */
export function portionMarkings(tree: Root): Marking[] {
  const found: Marking[] = []
  for (const node of tree.children) {
    if (node.type === 'subject' && node.marking) found.push(node.marking)
    if (node.type === 'paragraph') for (const portion of node.children) if (portion.marking) found.push(portion.marking)
  }
  return found
}

/**
 * The routing header's `DE` serial and security indicator, from its nodes before the first
 * banner: the archive writes `VZCZCXYZ0003` / `OO RUEHWEB`, a blank line, then `DE …` / `ZNR
 * UUUUU` (2,238 corpus cables), which the parser reads as two routing nodes, the fields in the
 * second. Read from the first node only, both went unchecked there.
 */
export function routingHeader(tree: Root): {serial?: Field | undefined; securityIndicator?: SecurityIndicator | undefined} {
  let serial: Field | undefined
  let securityIndicator: SecurityIndicator | undefined
  let seen = false
  for (const node of tree.children) {
    if (node.type === 'banner') break
    if (node.type !== 'routing') continue
    seen = true
    serial ??= node.serial
    securityIndicator ??= node.securityIndicator
  }
  if (seen) return {serial, securityIndicator}
  // A routing header after the banner only (no header before it): the first, as written.
  const routing = tree.children.find((node) => node.type === 'routing')
  return {serial: routing?.serial, securityIndicator: routing?.securityIndicator}
}

/** The date the cable was sent: the routing date-time group, else the archive's `Created`. */
export function originDate(tree: Root): CalendarDate | undefined {
  for (const node of tree.children) if (node.type === 'routing' && node.date) return node.date
  for (const node of tree.children) if (node.type === 'metadata' && node.createdDate) return node.createdDate
  // A paper copy's page heading and distribution block before the routing (`CONFIDENTIAL` /
  // `PAGE 01 …` / `INFO LOG-00 …` / `R 171512Z JAN 90` / `FM AMCONSUL CAPE TOWN`, 90CAPETOWN97):
  // its classification line counts as the banner, so the routing lines after it are text. The
  // date-time group before `FM` there still dates the cable.
  for (const node of tree.children) {
    if (node.type === 'paragraph') break
    if (node.type !== 'text') continue
    const lines = node.value.split('\n')
    for (const [index, line] of lines.entries()) {
      const group = /^\s*FM\s/.test(lines[index + 1] ?? '') ? dateTimeGroupLine.exec(line) : null
      const date = group === null ? null : readDateTimeGroup(group[2]!)
      if (date) return date
    }
    // A partial extract keeps the date-time group alone on its line, its month in mixed case
    // (`151727Z Apr 04` over `C O N F I D E N T I A L BRASILIA 000913`, 04BRASILIA913).
    if (tree.partialExtract) {
      const bare = bareDateTimeGroup.exec(node.value)
      const date = bare === null ? null : readDateTimeGroup(bare[1]!.toUpperCase())
      if (date) return date
    }
  }
  return undefined
}

/**
 * Where the dated cable ends: the offset of the first banner naming another serial than the
 * first banner, i.e. a second cable in the same file (an archive record glued to another:
 * 73TEHRAN8233 is a 1973 Tehran cable, then `S E C R E T THE HAGUE 000174` of 2008; a TSV
 * export holding the next record, 07BERN881). {@link originDate} dates the first cable only,
 * so a rule comparing dates stops here. `Infinity` when the file holds one cable.
 */
export function datedCableEnd(tree: Root): number {
  let serial: number | undefined
  for (const node of tree.children) {
    if (node.type !== 'banner' || !node.serial) continue
    const value = Number.parseInt(node.serial.value, 10)
    if (Number.isNaN(value)) continue
    if (serial === undefined) serial = value
    else if (value !== serial) return node.position?.start.offset ?? Infinity
  }
  return Infinity
}

/**
 * Whether a "portion marking" is the letter of a reference list the parser read as a
 * paragraph: `¶B. (B) PARIS 278` (05PARIS676), `¶B. B) REYKJAVIK 431` (07STATE18578), where
 * the letter repeats the paragraph's own letter; a letter followed by a cable reference,
 * post and serial (`(C )SAN JOSE 01693`, 05SANJOSE1713); or an item of a lettered list. A
 * single letter in parentheses there marks no portion.
 */
export function isReferenceLetter(marking: Marking, text: string, paragraph?: Paragraph): boolean {
  const letter = /^\(?\s*([A-H])\s*\)$/.exec(marking.raw)?.[1]
  if (!letter) return false
  if (paragraph?.number && String(paragraph.number.raw).toUpperCase() === letter) return true
  const start = marking.position?.start.offset ?? 0
  const end = marking.position?.end.offset ?? 0
  if (citesCableAfter(marking, text)) return true
  // A lettered list, `(B) Seminar …` then `(C) Seminar …` (09MEXICO3091): the letter before it
  // opens a line shortly before, or the letter after it shortly after.
  const code = letter.charCodeAt(0)
  const before = String.fromCharCode(code - 1)
  const next = String.fromCharCode(code + 1)
  return letter === 'A' ? opensListItem(next, text.slice(end, end + 800)) : opensListItem(before, text.slice(Math.max(0, start - 800), start))
}

/** Whether a cable reference follows `marking`: post then serial, or serial then post (`B) 00838 ASMARA`, 07ASMARA850). */
export function citesCableAfter(marking: Marking, text: string): boolean {
  const end = marking.position?.end.offset ?? 0
  const after = text.slice(end, end + 60)
  return /^[ \t]*(?:\d{2}[ \t]+)?[A-Z][A-Z.\- ]{1,30}[ \t]0*\d{2,6}\b/.test(after) || /^[ \t]*\d{3,6}[ \t]+[A-Z]{3,}\b/.test(after)
}

/** Per letter A–H: a line of `slice` (split at `\n`) opens, past white space, with `(letter) Word`. */
const listItemOpeners = new Map<string, RegExp>()

function opensListItem(letter: string, slice: string): boolean {
  let opener = listItemOpeners.get(letter)
  if (opener === undefined) {
    // White space but `\n`, so that no attempt runs on into the next line's.
    opener = new RegExp(String.raw`(?:^|\n)[^\S\n]*\(${letter}\)[ \t]+[A-Z]`)
    listItemOpeners.set(letter, opener)
  }
  return opener.test(slice)
}

/**
 * E.O. 12958 took effect on 14 Oct 1995 (ISL 96-2). It abolished OADR, made portion marking mandatory and
 * brought the `Classified By` and `Reason` lines of 32 CFR 2001.21(a); earlier orders let an
 * agency waive portion marking (E.O. 12356 §1.5(b), E.O. 12065 §1-504) and named the classifier
 * otherwise: the signing official (E.O. 12356 §1.5(a)(2)), the E.O. line (E.O. 12065 §1-501:
 * `E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.)`).
 */
export const eo12958Effective = day(1995, 10, 14)

/** The cable's date when it is known and earlier than {@link eo12958Effective}. */
export function datedBeforeEo12958(tree: Root): CalendarDate | undefined {
  const origin = originDate(tree)
  return origin && compareDates(origin, eo12958Effective) < 0 ? origin : undefined
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/** `date` moved `years` years on (29 Feb stays 29 Feb; only the comparison uses it). */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return {year: date.year + years, month: date.month, day: date.day}
}

/** `YYYY-MM-DD`, for messages. */
export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

/** A date as a value, `{year, month, day}`. */
export function day(year: number, month: number, dayOfMonth: number): CalendarDate {
  return {year, month, day: dayOfMonth}
}

/** Type guard for a node type (for `tree.children.find`). */
export function isType<Type extends Nodes['type']>(type: Type) {
  return (node: Nodes): node is Extract<Nodes, {type: Type}> => node.type === type
}

/**
 * A document quoted between `BEGIN TEXT` and `END TEXT` (a resolution, a letter, talking points:
 * `Begin text of resolution:` … `End text.`): its numbered paragraphs are its own, not the
 * cable's, and the quoting portion's marking covers them. Each BEGIN up to the next END; an
 * unclosed BEGIN quotes nothing, nor does one that another BEGIN follows before any END (¶3's
 * `Begin text of draft note:` and ¶4's `Begin text:` … `End text.`, 09STATE10122: read as one
 * quote, ¶4 was no paragraph of the cable). The markers are those of the pattern
 * `/\b(BEGIN|END)[ \t]+(?:QUOTED[ \t]+)?TEXT\b/gi` (see {@link readQuotedDocuments}).
 */

/** Each tree's quoted documents, read once for the rules that skip them. */
const quotedByTree = new WeakMap<Root, ReadonlyArray<{start: number; end: number}>>()

/**
 * The `[start, end)` offsets of the documents quoted in `text`, the text of `tree`. Two rules
 * ask for each cable, and the case-insensitive scan was 4 % of a corpus lint each time.
 */
export function quotedDocuments(tree: Root, text: string): ReadonlyArray<{start: number; end: number}> {
  let ranges = quotedByTree.get(tree)
  if (ranges === undefined) {
    ranges = readQuotedDocuments(text)
    quotedByTree.set(tree, ranges)
  }
  return ranges
}

/**
 * The markers are found from each `x` or `X` of the text, since every one holds the `X` of TEXT:
 * the case-insensitive pattern run over the whole text went at about a code unit a nanosecond,
 * a tenth of the speed of `indexOf` for one character, and was 4 % of a warm corpus lint. What
 * is read around each `X` is what the pattern reads, ASCII letters in either case only (a
 * non-Unicode `/i` folds no other character to them: `BEGıN` is no marker).
 */
function readQuotedDocuments(text: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = []
  let open: number | undefined
  let lower = text.indexOf('x')
  let upper = text.indexOf('X')
  while (lower !== -1 || upper !== -1) {
    let x: number
    if (upper === -1 || (lower !== -1 && lower < upper)) {
      x = lower
      lower = text.indexOf('x', lower + 1)
    } else {
      x = upper
      upper = text.indexOf('X', upper + 1)
    }
    const marker = quoteMarkerAt(text, x - 2)
    if (marker === undefined) continue
    // A BEGIN while one is open: the open one was never closed.
    if (marker.begin) open = marker.index
    else if (open !== undefined) {
      ranges.push({start: open, end: marker.index})
      open = undefined
    }
  }
  return ranges
}

/** The BEGIN or END marker whose TEXT starts at `at`: where its first word starts, and which it is. */
function quoteMarkerAt(text: string, at: number): {index: number; begin: boolean} | undefined {
  if (at < 1 || !hasAsciiWord(text, at, 'text') || isAsciiWordCode(text.charCodeAt(at + 4))) return undefined
  let word = skipSpacesBack(text, at)
  if (word === at) return undefined
  if (hasAsciiWord(text, word - 6, 'quoted')) {
    const before = skipSpacesBack(text, word - 6)
    if (before !== word - 6) word = before
  }
  const begin = hasAsciiWord(text, word - 5, 'begin')
  const start = begin ? word - 5 : hasAsciiWord(text, word - 3, 'end') ? word - 3 : -1
  // `\b` before the word: the text's start or a character that is no word character.
  if (start === -1 || (start > 0 && isAsciiWordCode(text.charCodeAt(start - 1)))) return undefined
  return {index: start, begin}
}

/** Where the run of spaces and tabs ending at `at` starts (`at` when there is none). */
function skipSpacesBack(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--
  return at
}

/** Whether `text` holds `word` (lower-case ASCII letters) at `at`, each letter in either case. */
function hasAsciiWord(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false
  for (let index = 0; index < word.length; index++) {
    if ((text.charCodeAt(at + index) | 32) !== word.charCodeAt(index)) return false
  }
  return true
}

/** A word character of `\b` without the `u` flag: `[A-Za-z0-9_]` (NaN past the end is none). */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
}

/**
 * Whether `offset` lies in one of `quoted` (from {@link quotedDocuments}). The ranges are in
 * order and disjoint, so the last that starts at or before `offset` is the only one that can
 * hold it: searched, since a scan for every paragraph made a cable of thousands of quoted texts
 * and numbers quadratic (20,000 of each: 3 s).
 */
export function isQuoted(quoted: ReadonlyArray<{start: number; end: number}>, offset: number): boolean {
  const range = quoted[partitionPoint(quoted.length, (at) => quoted[at]!.start > offset) - 1]
  return range !== undefined && offset < range.end
}
