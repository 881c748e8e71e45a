/**
 * Markdown-rendered cables (seeds 001 and 003: `[PGOV](#)` tag links, `US\$26` escapes).
 *
 * The parser reads such a cable with the same line scanner as plain text and keeps every
 * position on the raw source; only the *values* it stores are de-escaped here. This is a
 * precise CommonMark de-escaper (backslash before ASCII punctuation, CommonMark 0.31 §2.4, and
 * `[text](#)` links → `text`), not remark-parse: remark-parse reads cable layout as Markdown
 * structure (`1.` lists, `-----` setext headings, indented code) and runs at about 2.4 MB/s
 * (DESIGN.md). `tests/unit/syntax/markdown.test.ts` checks that both agree on the seeds' text.
 */
import type {Span} from './classify-line.js'

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
    if (linkText !== undefined) spans.push({start: from + match.index + 1, end: from + match.index + 1 + linkText.length})
  }
  return spans
}
