/**
 * Which text a release at a given level must withhold.
 *
 * Portion marking exists so that a document can be released in part: each portion carries
 * its own level (E.O. 12958 §1.6(c); 32 CFR 2001.21(c)), and a portion above the release
 * level is withheld while the rest is released. A portion whose level cannot be proven (no
 * marking, or a marking the grammar cannot read) is taken at the cable's level, which it
 * cannot exceed (32 CFR 2001.21: the overall marking is the highest level of any portion),
 * and withheld when the release is below that. The cable's level is its banner's, raised to
 * the highest classified portion marking when a portion is marked above the banner. With no
 * readable banner nothing bounds it, so it is taken at the highest level (fail closed).
 *
 * A withheld span runs from the first non-space character after the marking to the last
 * non-space character of the portion; the marking itself stays visible, so a reader sees
 * what was withheld and at what level. Page-continuation lines inside the portion go with
 * it; those after its last text stay. Headers, banner, E.O. line, TAGS, Classified By,
 * headings and page lines between portions stay, but for a SUBJECT glued into one of them,
 * which is withheld as the SUBJECT is.
 *
 * Text the parser could not place is content of unproven level once the body has begun
 * (unnumbered prose, a paragraph whose number it did not read): in a cable above the release
 * it is withheld like an unmarked portion. Before the body (between a banner and the
 * SUBJECT, the first paragraph or the Classified By line) it is header text (`DEPT FOR
 * EAP/CM`) and stays. A cable without a readable banner has no header to trust: all of its
 * unplaced text is withheld. So is the body a Classified By line or REF block swallowed, after
 * its reasons (`… 1.4 (b), (d) Mr. President, it is an honor …`, 09VATICAN78).
 */
import {highest, isClassified, publicLevel, releasable, type Level, type ReleaseLevel} from '../classification.js'
import type {ClassificationAuthority, Marking, Metadata, Paragraph, Portion, References, Root, RootContent, Subject} from '../syntax/types.js'
import {peekMarking} from '../syntax/marking.js'
import {readReasons} from '../syntax/values.js'
import {trimRange, type Range} from './markers.js'
import {placeholderPattern} from './placeholders.js'
import type {Span} from './spans.js'
import {firstOpening, unplacedMarkingSpans} from './unplaced-markings.js'

/**
 * The level an unproven portion is taken at: the first (non-duplicate) banner's level;
 * `undefined` when there is no readable banner. A `SENSITIVE` handling caption does not raise
 * an `UNCLAS` banner here: an unmarked portion is unproven only in a classified cable (its
 * level is bounded by the banner, 32 CFR 2001.21), and an UNCLAS cable's unmarked SUBJECT and
 * paragraphs are unclassified (seed 001: `UNCLAS` + `SENSITIVE`, unmarked SUBJECT kept at U;
 * its SBU paragraphs are marked `(SBU)` and withheld by their own marking).
 */
export function cableLevel(tree: Root): Level | undefined {
  const banner = tree.children.find((node) => node.type === 'banner' && !node.duplicate)
  const level = banner?.type === 'banner' ? banner.marking.level : null
  return level ?? undefined
}

/**
 * The level an unproven portion is taken at in a cable with a readable banner: the banner's, or
 * the highest classified portion marking when a portion is marked above the banner (32 CFR
 * 2001.21: the overall marking is the highest level of any portion, so a banner below a `(C)`
 * portion is wrong, and an unmarked portion of the cable may be as high as that portion). An
 * `(SBU)` portion does not raise it (see {@link cableLevel}).
 */
function unprovenLevel(tree: Root, banner: Level): Level {
  const marked: Level[] = [banner]
  const add = (marking: Marking | undefined): void => {
    const level = marking === undefined ? undefined : (marking.level ?? spelledOutLevel(marking.raw))
    if (level) marked.push(level)
  }
  for (const node of tree.children) {
    if (node.type === 'subject') add(node.marking)
    if (node.type !== 'paragraph') continue
    for (const portion of node.children) add(portion.marking)
  }
  return highest(marked.filter((level) => level === banner || isClassified(level))) ?? banner
}

/**
 * The level a marking the grammar cannot read names in words (`(SECRET//REL FRANCE)`,
 * `(CONFIDENTIAL -- ENTIRE PARAGRAPH)`): such a portion is unproven, taken at the cable's level,
 * and that level must be at least the one it names, or a banner below it would release it.
 */
function spelledOutLevel(raw: string): Level | undefined {
  if (/\bTOP\s+SECRET\b/i.test(raw)) return 'TS'
  if (/\bSECRET\b/i.test(raw)) return 'S'
  if (/\bCONFIDENTIAL\b/i.test(raw)) return 'C'
  return undefined
}

interface Decision {
  withheld: boolean
  reason: 'portion-above-release' | 'unproven-portion'
}

/** Whether a portion with `marking` (or none) is withheld at `release`, and why. */
function decide(marking: (Pick<Marking, 'level'> & Partial<Pick<Marking, 'caveats' | 'extraTerms'>>) | undefined, fallback: Level, release: ReleaseLevel): Decision {
  const level = marking === undefined ? null : publicLevel(marking)
  if (level === null) return {withheld: !releasable(fallback, release), reason: 'unproven-portion'}
  return {withheld: !releasable(level, release), reason: 'portion-above-release'}
}

/** The content of a portion: after its marking (or the paragraph number), up to its last non-page-break child. */
function portionRange(text: string, portion: Portion, paragraph: Paragraph): Range {
  let start = portion.marking?.position.end.offset ?? portion.position.start.offset
  if (portion.marking === undefined) start = Math.max(start, paragraph.number?.position.end.offset ?? start)
  let end = portion.position.end.offset
  const content = portion.children.filter((child) => child.type !== 'pageBreak')
  const last = content.at(-1)
  const trailingBreak = portion.children.at(-1)?.type === 'pageBreak'
  if (last !== undefined && trailingBreak) end = last.position.end.offset
  // `-- (C) …` on the next line: the bullet belongs to the next portion's lead, not to this
  // portion's content. Withholding it would join the next marking to this line, where it no
  // longer reads as a marking, and re-redaction would withhold the next portion's marking too.
  // Look back a few characters only: a search to the line start is quadratic on a one-line body.
  const tail = Math.max(start, end - 8)
  const newline = text.slice(tail, end).lastIndexOf('\n')
  if (newline !== -1 && /^[ \t]*(?:-{1,3}|[*•·])[ \t]*$/.test(text.slice(tail + newline + 1, end))) end = tail + newline
  return trimRange(text, start, end)
}

/** The subject's text after `SUBJECT:` and its marking. */
function subjectRange(text: string, subject: Subject): Range {
  let start = subject.marking?.position.end.offset
  if (start === undefined) {
    const first = subject.children[0]
    start = first?.position.start.offset ?? subject.position.start.offset
    const head = /^\s*SUBJ(?:ECT)?\s*:/i.exec(text.slice(start, subject.position.end.offset))
    if (head !== null) start += head[0].length
  }
  return trimRange(text, start, subject.position.end.offset)
}

/**
 * Whether unplaced text holds a letter or digit besides placeholders: a rule of dashes or a
 * `[WITHHELD]` left by an earlier redaction says nothing, and withholding it again would make
 * re-redacting an output change it.
 */
function saysAnything(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value.replace(everyPlaceholder, ''))
}

const everyPlaceholder = new RegExp(placeholderPattern.source, 'g')

/**
 * The body text a Classified By or REF block swallowed: what follows the reasons
 * (`Classified By: … 1.4 (b) and (d). ¶1. Key Points: -- On October 10, …`, 09CAIRO1947), or in
 * a REF block a `¶` paragraph; `undefined` when nothing of substance follows. A few words after
 * the reasons (`per ref A`) are still the authority line.
 */
function swallowedBody(text: string, node: ClassificationAuthority | References): Range | undefined {
  const {start, end} = node.position
  let from: number | undefined
  if (node.type === 'classificationAuthority') from = node.reasons?.position.end.offset
  else {
    const block = text.slice(start.offset, end.offset)
    const authority = /classified\s+by\b/i.exec(block)
    const reasons = authority === null ? undefined : readReasons(block.slice(authority.index))
    const pilcrow = /¶\s?\d{1,3}\s?[.,]/.exec(block)
    if (reasons !== undefined) from = start.offset + authority!.index + reasons.end
    else if (pilcrow !== null) from = start.offset + pilcrow.index
  }
  if (from === undefined) return undefined
  while (from < end.offset && /[\s.,;:]/.test(text.charAt(from))) from++
  // Up to its first portion: the marked portions are read by `unplaced-markings.ts`, each at its level.
  const range = trimRange(text, from, firstOpening(text, from, end.offset) ?? end.offset)
  return range.end - range.start >= minSwallowedBody && saysAnything(text.slice(range.start, range.end)) ? range : undefined
}

/**
 * Header nodes that may hold a SUBJECT the parser did not read as one: a re-flowed header
 * (`E.o. 12958: decl: 01/07/2014 Tags: prel, tu Subject: turkish p.m. …`, 04ANKARA348), the
 * tail of a TAGS run (`… GG, AF, UK SUBJECT: MILIBAND'S RUSSIA TRIP …`, 09LONDON2499), a
 * repeated header in lower case or after a heading (00TASHKENT4223, 05DUSHANBE1870, where the
 * same subject was withheld at its own SUBJECT line and released in the repetition).
 */
const subjectHolders: ReadonlySet<RootContent['type']> = new Set(['text', 'executiveOrder', 'tags', 'handling', 'heading', 'routing', 'banner'])

/** A `SUBJECT:` label inside a line, and the marking that may follow it. */
const gluedSubjectLabel = /\bSUBJ(?:ECT)?[ \t]*:[ \t]*(\([^()\r\n]{1,40}\))?/giu

/** Letters every {@link gluedSubjectLabel} holds. */
const mayHoldSubjectLabel = /subj/iu

/** What ends a glued subject: the REF block, the Classified By line or a paragraph sign. */
const gluedSubjectEnd = /\bREF(?:S|ERENCES?)?[ \t]*:|\bclassified[ \t]+by\b|¶/iu

/**
 * The subjects glued into `node`'s text, each from after its label (and marking) to the next
 * REF, Classified By or `¶`, or the end of the node, with the marking read after the label.
 */
function gluedSubjects(text: string, node: RootContent): Array<{range: Range; marking: {level: Level | null} | undefined}> {
  const {start, end} = node.position
  const value = text.slice(start.offset, end.offset)
  const found: Array<{range: Range; marking: {level: Level | null} | undefined}> = []
  // The label pattern is slow where it fails (a case-insensitive Unicode pattern with `\b`: a
  // tenth of a corpus redaction's time); a plain search for its letters rules out most nodes.
  if (!mayHoldSubjectLabel.test(value)) return found
  for (const label of value.matchAll(gluedSubjectLabel)) {
    const from = label.index + label[0].length
    const stop = gluedSubjectEnd.exec(value.slice(from))
    const range = trimRange(text, start.offset + from, start.offset + (stop === null ? value.length : from + stop.index))
    if (saysAnything(text.slice(range.start, range.end))) found.push({range, marking: label[1] === undefined ? undefined : (peekMarking(label[1]) ?? {level: null})})
  }
  return found
}

/** The shortest text after the reasons read as swallowed body rather than part of the authority line. */
const minSwallowedBody = 40

/** The rule of spans over unplaced body text (rule `unplaced-marking` is `unplaced-markings.ts`). */
export const unplacedTextRule = 'unplaced-text'

/** The rule of spans over a SUBJECT glued into another header line. */
export const gluedSubjectRule = 'glued-subject'

/**
 * Header lines that stay in a header, after a banner. After a paragraph with no banner or
 * routing since, such a line is body text the parser took for one (a wrapped sentence of a
 * SECRET talking point that began `E.O. 13382 in July 2008 …` was released at U, 10STATE15856),
 * and is withheld as unplaced text: nothing in the body is released for looking like a header.
 */
const headerLineTypes: ReadonlySet<RootContent['type']> = new Set(['executiveOrder', 'tags', 'handling', 'classificationAuthority', 'references'])

/** Nodes that begin a cable's body: after one, unplaced text is content, not header. */
const bodyTypes: ReadonlySet<RootContent['type']> = new Set(['subject', 'paragraph', 'classificationAuthority'])

/**
 * Spans of text to withhold at `release`: portions above it, unproven portions (unmarked
 * or unreadable) and unplaced body text taken at the cable's level, the SUBJECT the same way,
 * and the text of portion-opening markings the tree did not place (`unplaced-markings.ts`). The
 * archive's `Cable title` (seed 002) repeats the subject verbatim, so it goes where the subject goes.
 */
export function withheldSpans(text: string, tree: Root, release: ReleaseLevel): Span[] {
  const level = cableLevel(tree)
  const fallback = level === undefined ? 'TS' : unprovenLevel(tree, level)
  const spans: Span[] = []
  const push = (range: Range, reason: Decision['reason'], rule = 'release-level'): void => {
    if (range.start < range.end) spans.push({start: range.start, end: range.end, reason, rule})
  }
  let subjectDecision: Decision | undefined
  const unplaced = decide(undefined, fallback, release)
  // A banner opens a header (a repeated header too, seed 002); the first body node ends it.
  let inHeader = level !== undefined
  /** A paragraph came after the last banner, routing or archive header. */
  let afterParagraph = false
  for (const node of tree.children) {
    if (node.type === 'banner') inHeader = true
    else if (bodyTypes.has(node.type)) inHeader = false
    if (node.type === 'banner' || node.type === 'routing' || node.type === 'metadata') afterParagraph = false
    else if (node.type === 'paragraph') afterParagraph = true
    // Unplaced body text, and a header line met in the body: withheld whole.
    const bodyText = (node.type === 'text' && !inHeader) || (headerLineTypes.has(node.type) && afterParagraph)
    if (bodyText && unplaced.withheld) {
      const range = trimRange(text, node.position.start.offset, node.position.end.offset)
      if (saysAnything(text.slice(range.start, range.end))) push(range, unplaced.reason, unplacedTextRule)
    } else if ((node.type === 'classificationAuthority' || node.type === 'references') && unplaced.withheld) {
      const tail = swallowedBody(text, node)
      if (tail !== undefined) push(tail, unplaced.reason, unplacedTextRule)
    } else if (node.type === 'subject') {
      const decision = decide(node.marking, fallback, release)
      subjectDecision ??= decision
      if (decision.withheld) push(subjectRange(text, node), decision.reason)
    } else if (subjectHolders.has(node.type)) {
      for (const glued of gluedSubjects(text, node)) {
        const decision = decide(glued.marking, fallback, release)
        if (decision.withheld) push(glued.range, decision.reason, gluedSubjectRule)
      }
    } else if (node.type === 'paragraph') {
      for (const portion of node.children) {
        const decision = decide(portion.marking, fallback, release)
        if (decision.withheld) push(portionRange(text, portion, node), decision.reason)
      }
    }
  }
  const metadata = tree.children.find((node): node is Metadata => node.type === 'metadata')
  if (metadata?.title !== undefined) {
    const decision = subjectDecision ?? decide(undefined, fallback, release)
    const {position} = metadata.title
    if (decision.withheld) push(trimRange(text, position.start.offset, position.end.offset), decision.reason)
  }
  for (const span of unplacedMarkingSpans(text, tree, release, spans)) spans.push(span)
  return spans
}
