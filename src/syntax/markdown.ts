/**
 * Markdown-rendered cables (seeds 001 and 003: `[PGOV](#)` tag links, `US\$26` escapes).
 *
 * The parser reads such a cable with the same line scanner as plain text (the cable's layout
 * is telegram layout, not Markdown structure) and keeps every position on the raw source; the
 * *values* it stores are what remark-parse reads there ({@link createMarkdownReader}). remark-parse
 * runs at about 2.4 MB/s (DESIGN.md), so only cables that show Markdown artefacts go through
 * it. `deEscape` is the precise CommonMark de-escaper (CommonMark 0.31 §2.4 escapes, `[text](#)`
 * links) used where no reader is at hand; `tests/unit/syntax/markdown.test.ts` checks that both
 * agree on the seeds' text.
 */
import type {Link, Text as MdastText} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {matchCsvRowFields, type Span} from './classify-line.js'
import {textSpan} from './lines.js'
import {partitionPoint} from '../partition-point.js'

/** Backslash escapes of ASCII punctuation (CommonMark §2.4). */
const escape = /\\([!-/:-@[-`{-~])/g
/**
 * An escape (group 1) or a `[PGOV](#)` tag link, WikiLeaks' tags rendered as Markdown (group 2),
 * read in one left-to-right pass: an escaped bracket (`\[PGOV](#)`) is a literal `[`, not the
 * start of a link, and an escaped backslash (`\\[PGOV](#)`) does not escape the bracket after it,
 * as in CommonMark §2.4 and §6.3. The link text excludes `[`, so that two attempts never
 * scan the same text (linear; recheck, tests/redos.test.ts).
 */
const escapeOrTagLink = /\\([!-/:-@[-`{-~])|\[([^[\]\n]{1,80})\]\(#\)/g

/**
 * Whether `text` was rendered as Markdown: a `[TAG](#)` link or a backslash escape of
 * ASCII punctuation. Cheap: two `indexOf` scans before any regular expression.
 */
export function isMarkdownRendered(text: string): boolean {
  if (text.includes('](#)')) return true
  if (!text.includes('\\')) return false
  // A row of the release's CSV file escapes its quotes (`\"`, `\'`) and backslashes, as a
  // database dump does: those are no Markdown.
  if (matchCsvRowFields(text.slice(0, 1200)) !== null) return /\\[!#$%&()*+,./:;<=>?@[\]^_`{|}~-]/.test(text.replace(/\\[\\"']/g, ''))
  // A backslash before punctuation that Markdown escapes; `\\` at a line end (a stray
  // backslash after some corpus banners) is not an escape.
  return /\\[!"#$%&'()*+,./:;<=>?@[\]^_`{|}~-]/.test(text)
}

/** The text a Markdown reader sees for `raw`: escapes and `[text](#)` links resolved. */
export function deEscape(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('](#)')) return raw
  return raw.replace(escapeOrTagLink, (_match, escaped: string | undefined, linkText: string | undefined) =>
    escaped ?? (linkText ?? '').replace(escape, '$1'),
  )
}

/** The inner text spans of `[TAG](#)` links in `text[from, to)`, in order. */
export function findTagLinks(text: string, from: number, to: number): Span[] {
  const spans: Span[] = []
  const slice = text.slice(from, to)
  escapeOrTagLink.lastIndex = 0
  for (let match = escapeOrTagLink.exec(slice); match; match = escapeOrTagLink.exec(slice)) {
    const linkText = match[2]
    if (linkText !== undefined) spans.push(textSpan(from + match.index + 1, from + match.index + 1 + linkText.length))
  }
  return spans
}

/**
 * How a Markdown reader sees one rendered cable, as a map over the raw source: remark-parse
 * (CommonMark) reads the whole text once, and every character that is markup rather than
 * content (the backslash of an escape, the `[` and `](#)` of a tag link) is recorded by its
 * raw offset. A value is then the raw slice without those characters, so positions stay on the
 * raw source while values are what the rendered page shows. Used only for Markdown-rendered
 * cables (see {@link isMarkdownRendered}); plain cables never pay for remark-parse.
 */
export interface MarkdownReader {
  /** The rendered text of `source[start, end)`. */
  value(start: number, end: number): string
  /** The tag links' inner text spans in `[from, to)`, in order. */
  tagLinks(from: number, to: number): Span[]
}

/**
 * Above this length a rendered cable is read by pattern ({@link patternReader}), not by
 * remark-parse, whose time grows faster than the text on some inputs: 250 KB of `_a_ *b* `
 * took 11 s, a 2 MB list 110 s (session 9). Every rendered cable of the corpus is under 25 KB,
 * and the longest cable 69 KB; at this length the slowest input found takes about 3 s.
 */
export const remarkParseLimit = 128 * 1024

/** The reader without remark-parse: every escape of escapable punctuation, every `[TAG](#)` link. */
function patternReader(source: string): MarkdownReader {
  return {value: (start, end) => deEscape(source.slice(start, end)), tagLinks: (from, to) => findTagLinks(source, from, to)}
}

/** Read `source` with remark-parse and build its {@link MarkdownReader}. Never throws. */
export function createMarkdownReader(source: string): MarkdownReader {
  if (source.length > remarkParseLimit) return patternReader(source)
  const markup: number[] = []
  const links: Span[] = []
  try {
    const tree = unified().use(remarkParse).parse(source)
    visit(tree, (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      if (node.type === 'link' && (node as Link).url === '#' && source[start] === '[' && source.endsWith('](#)', end)) {
        markup.push(start, end - 4, end - 3, end - 2, end - 1)
        links.push(textSpan(start + 1, end - 4))
      } else if (node.type === 'text') {
        alignEscapes(source, start, end, (node as MdastText).value, markup)
      }
    })
  } catch {
    // remark-parse does not throw on text; should it ever, the pattern reader stands in.
    return patternReader(source)
  }
  markup.sort((a, b) => a - b)
  return {
    value(start, end) {
      let at = lowerBound(markup, start)
      if (at >= markup.length || (markup[at] ?? end) >= end) return source.slice(start, end)
      let out = ''
      let from = start
      for (; at < markup.length && (markup[at] ?? end) < end; at++) {
        const offset = markup[at]!
        out += source.slice(from, offset)
        from = offset + 1
      }
      return out + source.slice(from, end)
    },
    tagLinks(from, to) {
      return links.filter((link) => link.start >= from && link.end <= to)
    },
  }
}

/**
 * Record the escape backslashes of a text node: walk its raw slice and its value together; a
 * backslash that the value does not have, before the punctuation it does have, is markup.
 */
function alignEscapes(source: string, start: number, end: number, value: string, into: number[]): void {
  if (!source.slice(start, end).includes('\\')) return
  let at = start
  let index = 0
  while (at < end && index <= value.length) {
    const char = source[at]
    if (char === '\\' && value[index] !== '\\' && value[index] === source[at + 1] && isEscapable(source[at + 1])) {
      into.push(at)
      at += 2
      index++
    } else if (char === value[index]) {
      at++
      index++
    } else {
      // White space the reader folded (trailing spaces before a line break): not in the value.
      at++
    }
  }
}

function isEscapable(char: string | undefined): boolean {
  return char !== undefined && /^[!-/:-@[-`{-~]$/.test(char)
}

function lowerBound(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (at) => sorted[at]! >= value)
}
