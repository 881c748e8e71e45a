/**
 * Portion markings the tree did not place. A readable portion marking that opens a line, alone
 * or after a list label or bullet (`2) (S) …`, `2.(S) …`, `1 (S) …`, `-- (C) …`), or that follows
 * a `--` bullet or the end of a sentence inside a line, in text the release keeps, opens a
 * portion the parser did not read as one: a numbered sub-item of a paragraph (09ABUDHABI874
 * `¶A. (C)` holds `2) (S)`), a paragraph whose number it did not read (10MEXICO690's indented
 * `1. (SBU)`), a summary swallowed by a REF or Classified By line (09CAIRO1377). The marking still gives its
 * level (32 CFR 2001.21(c): each portion is marked so that it can be released apart), so above the
 * release its text is withheld: from the end of the marking to the next such opening or the end
 * of the node (or portion) that holds it, whichever comes first.
 *
 * This is the redactor's own reading of the lines, independent of the tree's structure, so a
 * layout the parser does not know cannot release a marked portion.
 */
import {publicLevel, releasable, type Level, type ReleaseLevel} from '../classification.js'
import {isLetteredListToken, parenthesisedMarkingPattern, peekMarking, tokenLetter, type MarkingRead} from '../syntax/marking.js'
import {partitionPoint} from '../partition-point.js'
import type {Position, Root} from '../syntax/types.js'
import {trimRange} from './markers.js'
import type {Span} from './spans.js'

/**
 * Where a portion marking opens a portion: at a line start, alone or after a label (`¶`, `2)`,
 * `(2)`, `2.`, `2,`, `2`, `18A.`, `20A-B.`, `27.A.`, `b)`, `B.`, `iv.`, `--`, `*`, `•`, `o`); or inside a
 * line, after a `--` bullet (`Key Points: -- (S/NF) …`, 09CAIRO1377), or after the end of a
 * sentence or of a parenthesis, with or without a paragraph number (`… bilaterally. 5.(S/NF)
 * Nonetheless`, re-flowed 08USNATO279; `… 1.4 (b) and (d) (S) Embassy Tokyo …`, 09TOKYO1598).
 *
 * The text is scanned for the marking token, which opens with a `(`, and only the few
 * characters before each token are read for its lead: one pattern with the leads in front
 * tried them at every character of a cable, which doubled the time of a corpus redaction.
 */
const markingToken = new RegExp(parenthesisedMarkingPattern, 'g')

/**
 * Where the lead of the first readable marking in `[from, to)` that opens a portion begins;
 * `undefined` if none. A marking that opens none (`… reasons 1.4 b, d (C) Embassy London …`)
 * is not a portion's start.
 */
export function firstOpening(text: string, from: number, to: number): number | undefined {
  // A pattern of its own: `matchAll` starts where the shared one's `lastIndex` was left.
  const token = new RegExp(parenthesisedMarkingPattern, 'g')
  token.lastIndex = from
  for (let match = token.exec(text); match !== null && match.index < to; match = token.exec(text)) {
    const level = peekMarking(match[0])?.level
    const lead = level === undefined || level === null ? undefined : leadStart(text, match.index)
    if (lead !== undefined) return Math.max(from, lead)
  }
  return undefined
}

/** The longest lead read before a token: indentation and a label, or a bullet or number inside a line. */
const maxLead = 40

/** A whole line's lead: indentation and an optional label. */
const lineLead =
  /^[ \t]*(?:¶?[ \t]?(?:\(?\d{1,3}[A-Za-z]?\)|\(?[A-Za-z]\)|\([ivxIVX]{1,4}\)|\d{1,3}\.[A-Za-z][.:]?|\d{1,3}(?:[A-Za-z](?:-[A-Za-z])?)?[.:,]?|[A-Za-z][.:]|[ivxIVX]{1,4}\.|-{1,3}|[*•·o])[ \t]*)?$/

/**
 * A lead inside a line (group 1, 2 or 3 is the lead itself, after the character that ends what
 * comes before). A `]` ends a placeholder: once the sentence before a marking is `[WITHHELD]`,
 * the marking must still read as one, or redacting the output again withholds the next portion.
 * A paragraph number after white space opens one too, whatever precedes it: a second copy of
 * the text run into the last paragraph (06TOKYO3567's `¶7. (U) … TOKYO 00003567 001.2 OF 002
 * 1.,(SBU) Japanese Trade …`).
 */
const inlineLead = /(?:\S([ \t]{1,4}--[ \t]?)|[.:;!?"”)\]]([ \t]{0,4}¶?\d{1,3}\.[ \t]?|[ \t]{1,4})|[ \t](¶?\d{1,3}\.,?[ \t]?))$/

/** The line terminators of a `^` in a multiline pattern: 10MEXICO690 indents with U+2028. */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

/** Where the lead of the token at `open` begins, or `undefined` when the token opens no portion. */
function leadStart(text: string, open: number): number | undefined {
  const floor = Math.max(0, open - maxLead)
  let lineStart = open === 0 ? 0 : -1
  for (let at = open - 1; at >= floor && lineStart === -1; at--) if (isLineBreak(text.charCodeAt(at))) lineStart = at + 1
  if (lineStart === -1 && floor === 0) lineStart = 0
  if (lineStart !== -1 && lineLead.test(text.slice(lineStart, open))) return lineStart
  const lead = inlineLead.exec(text.slice(lineStart === -1 ? floor : lineStart, open))
  if (lead === null) return undefined
  return open - (lead[1] ?? lead[2] ?? lead[3] ?? '').length
}

/** The rule of the spans this module makes. */
export const unplacedMarkingRule = 'unplaced-marking'

/** Node types whose text is never a portion (archive fields, routing, the banner line). */
const skippedTypes: ReadonlySet<string> = new Set(['metadata', 'routing', 'banner'])

interface Opening {
  /** Where the portion's lead begins: its line's start, or the bullet or number before a marking inside a line. */
  from: number
  /** The marking token's range. */
  start: number
  end: number
  raw: string
  /** What the marking grammar reads in `raw`: a level, `null` (meant, unknown), or no marking. */
  level: Level | null | undefined
}

/**
 * Spans for the text of portion-opening markings above `release` that no span in `withheld`
 * already covers and that are not a node's own marking.
 */
export function unplacedMarkingSpans(text: string, tree: Root, release: ReleaseLevel, withheld: readonly Span[]): Span[] {
  const openings = findOpenings(text, tree)
  if (openings.length === 0) return []
  const placed = placedMarkingStarts(tree)
  // Openings come in order: sweep the spans by start, keeping the furthest end seen so far.
  const byStart = [...withheld].sort((a, b) => a.start - b.start)
  let next = 0
  let coveredTo = -1
  const spans: Span[] = []
  for (const [index, opening] of openings.entries()) {
    while (next < byStart.length && byStart[next]!.start <= opening.end) coveredTo = Math.max(coveredTo, byStart[next++]!.end)
    const {level} = opening
    if (level === undefined || level === null || releasable(level, release) || placed.has(opening.start)) continue
    if (coveredTo > opening.end) continue
    const bound = enclosingEnd(tree, opening.start)
    if (bound === undefined) continue
    const following = openings[index + 1]
    const end = following !== undefined && following.from < bound ? following.from : bound
    const range = trimRange(text, opening.end, end)
    if (range.start < range.end) spans.push({start: range.start, end: range.end, reason: 'portion-above-release', rule: unplacedMarkingRule})
  }
  return spans
}

/**
 * Readable portion-opening markings, in order, without list labels: `(C)` between `(B)` and `(D)`
 * (which are no markings, so every opening token is kept until the labels are known).
 */
function findOpenings(text: string, tree: Root): Opening[] {
  const tokens: Opening[] = []
  for (const match of text.matchAll(markingToken)) {
    const read = peekMarking(match[0])
    const from = leadStart(text, match.index) ?? anywhereLead(tree, match.index, match[0], read)
    if (from !== undefined) tokens.push({from, start: match.index, end: match.index + match[0].length, raw: match[0], level: read === undefined ? undefined : publicLevel(read)})
  }
  return tokens.filter((token, index) => {
    if (token.level === undefined || token.level === null || isListLabel(token, tokens[index - 1], tokens[index + 1])) return false
    const node = nodeAt(tree, token.start)
    if (node === undefined || skippedTypes.has(node.type)) return false
    // A REF list's letters label cables (`(C) SAO PAULO 260`, `(C) State 152009`); a paragraph
    // that a REF block swallowed still opens with its marking (09CAIRO1044 `(d). (C) On June 7`).
    return !(letterOf(token.raw) !== undefined && citesCable(text, token.end))
  })
}

/** Blocks that swallow the paragraph after them when it has no number (09TRIPOLI320: SUBJECT, REF and body on one line). */
const swallowingTypes: ReadonlySet<string> = new Set(['subject', 'references', 'classificationAuthority'])

/**
 * Where a well-formed marking of two letters or more opens a portion wherever it stands: in a
 * SUBJECT, REF or Classified By block (the first paragraph run into the block without a number:
 * `REF: STATE 00028885 (SBU) This is a response to …`, 09TRIPOLI320; `… 09/22 EMAIL (SBU/NF)
 * PolOff shared …`, 09EFTOLONDON2211), in unplaced text (`… DISTRIBUTIKF Q* (SBU) SUMEARYQ …`,
 * the garbled 08SECTION01GF02BISHIEK21), and in a portion without a marking of its own
 * (`¶I. Key Objectives and Priorities (SBU) The UK strongly supports …`, 08LONDON2757). One
 * letter may be a REF letter (`(C) SAO PAULO 73`), a reason (`1.4 (c)`) or a plural (`law(s)`);
 * two or more with a term the grammar does not know are office symbols (`(S/P)`, `(S/E)`).
 */
function anywhereLead(tree: Root, open: number, raw: string, read: Readonly<MarkingRead> | undefined): number | undefined {
  if (letterOf(raw) !== undefined) return undefined
  if (read === undefined || read.level === null || (read.extraTerms?.length ?? 0) > 0) return undefined
  const node = nodeAt(tree, open)
  if (node === undefined) return undefined
  if (swallowingTypes.has(node.type) || node.type === 'text') return open
  if (node.type !== 'paragraph') return undefined
  const portion = node.children[indexHolding(node.children, open)]
  return portion !== undefined && portion.marking === undefined ? open : undefined
}

/**
 * A one-letter token next to its neighbour letter (`(b)` … `(c)` … `(d)`) labels a list, the two
 * written in the same case: a list is lettered `(a) (b)` or `(A) (B)`. A reason's `(d)` is no
 * neighbour of a `(C)` marking after it, even when a wrapped line puts `(d). (C) Pol/Econ Chief …`
 * at a line's start (07MANAMA1060 wrapped at 60 columns released that CONFIDENTIAL portion).
 */
function isListLabel(opening: Opening, before: Opening | undefined, after: Opening | undefined): boolean {
  if (!isLetteredListToken(opening.raw)) return false
  const letter = tokenLetter(opening.raw)
  if (letter === undefined) return false
  // Letters as written: `d` and `C` are 33 apart, `B` and `C` one.
  return [before, after].some((other) => {
    const neighbour = other === undefined ? undefined : tokenLetter(other.raw)
    return neighbour !== undefined && Math.abs(neighbour.charCodeAt(0) - letter.charCodeAt(0)) === 1
  })
}

/**
 * Whether a cable reference follows `at`: a post or office and a serial that ends the item
 * (`SAO PAULO 260`, `05 BRASILIA 387;`, `THE HAGUE 2308; (D) …`, `BRASILIA 2539 AND PREVIOUS`).
 * Prose that opens with a date (`On January 26, we …`, `IN 2005, THE …`) goes on after its number.
 */
function citesCable(text: string, at: number): boolean {
  return /^[ \t]*(?:\d{2} )?[A-Za-z][A-Za-z .]{0,30} \d{2,6}[ \t]*(?:;|[.,]?[ \t]*(?:\r?\n|$|\(|AND\b))/i.test(text.slice(at, at + 64))
}

function letterOf(raw: string): string | undefined {
  return tokenLetter(raw)?.toUpperCase()
}

/** The offsets where the tree's own markings start (portions, subject). */
function placedMarkingStarts(tree: Root): Set<number> {
  const starts = new Set<number>()
  for (const node of tree.children) {
    if (node.type === 'subject' && node.marking) starts.add(offsetOf(node.marking.position))
    if (node.type !== 'paragraph') continue
    for (const portion of node.children) if (portion.marking) starts.add(offsetOf(portion.marking.position))
  }
  return starts
}

function offsetOf(position: Position): number {
  return position.start.offset
}

/** The index in `nodes` (ordered, disjoint) of the one holding `offset`, by binary search: a paragraph may hold thousands. */
function indexHolding(nodes: ReadonlyArray<{position: Position}>, offset: number): number {
  const at = partitionPoint(nodes.length, (index) => nodes[index]!.position.end.offset > offset)
  return at < nodes.length && nodes[at]!.position.start.offset <= offset ? at : -1
}

function nodeAt(tree: Root, offset: number): Root['children'][number] | undefined {
  return tree.children[indexHolding(tree.children, offset)]
}

/**
 * Where the text that holds `offset` ends: its portion in a paragraph; for unplaced text and
 * for the blocks that swallow a paragraph (`swallowingTypes`), the last of the unplaced text
 * (and page lines) that follows it, since the paragraphs after a marked one that the parser
 * did not place either are its continuation (05SANJOSE488 `18B. (SBU)` and the unnumbered
 * paragraphs under it); any other node's own end.
 */
function enclosingEnd(tree: Root, offset: number): number | undefined {
  const index = indexHolding(tree.children, offset)
  const node = tree.children[index]
  if (node === undefined) return undefined
  if (node.type === 'paragraph') return (node.children[indexHolding(node.children, offset)] ?? node).position.end.offset
  // A portion that a SUBJECT, REF or Classified By block swallowed goes on into the unplaced
  // text after the block (`REF: … EMAIL  (SBU/NF)`, a blank line, `PolOff shared …`, 09EFTOLONDON2211).
  if (node.type !== 'text' && !swallowingTypes.has(node.type)) return node.position.end.offset
  let last = node
  for (let next = index + 1; next < tree.children.length; next++) {
    const sibling = tree.children[next]!
    if (sibling.type !== 'text' && sibling.type !== 'pageBreak') break
    if (sibling.type === 'text') last = sibling
  }
  return last.position.end.offset
}
