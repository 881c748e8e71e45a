/**
 * Redaction spans: the only description of what the redactor changes.
 *
 * Stages decide spans over the original string and never touch text (STYLE principle 7,
 * after ESLint's `source-code-fixer`): spans are sorted, overlaps are resolved by one
 * documented policy, and `splice.ts` applies them once.
 */

/** Why a range is redacted. Every reason is documented in `docs/redaction.md` terms. */
export type SpanReason =
  /** The name right before a protect marker (E.O. 12958 §1.4(c),(d): confidential sources). */
  | 'protected-name'
  /** A later mention of a protected person: full name, one name token, title + surname. */
  | 'name-mention'
  /** A protected token that is also a common word, capitalised at a sentence start. */
  | 'ambiguous-mention'
  /** A portion marked above the release level (32 CFR 2001.21(c): portions are marked so they can be released apart). */
  | 'portion-above-release'
  /** A portion whose level cannot be proven (no marking): taken at the cable's level. */
  | 'unproven-portion'
  /** A protect marker with no nameable person: its whole sentence is withheld. */
  | 'unnamed-protected-source'
  /** Added by the reviewer's decisions file. */
  | 'decision'

/** A half-open range `[start, end)` of the original text to replace, and why. */
export interface Span {
  /** 0-based offset into the original string. */
  start: number
  /** Exclusive end offset. */
  end: number
  reason: SpanReason
  /** The rule that produced the span, e.g. `protect-marker`, `release-level`, `decisions-file`. */
  rule: string
  /** Entity label (`P1`) for name spans. */
  entity?: string | undefined
  /** Set when the token may be a common word rather than the name (logged so). */
  ambiguous?: boolean | undefined
  /** The reviewer's reason, for spans added by a decisions file. */
  note?: string | undefined
}

/** Reasons whose spans withhold text (placeholder `[WITHHELD]`) rather than a name. */
const withheldReasons: ReadonlySet<SpanReason> = new Set([
  'portion-above-release',
  'unproven-portion',
  'unnamed-protected-source',
  'decision',
])

/** Whether a span withholds text rather than replacing a name. */
export function isWithheld(span: Pick<Span, 'reason'>): boolean {
  return withheldReasons.has(span.reason)
}

/**
 * Precedence of reasons, highest first. When two spans partly overlap, their union takes
 * the reason (and rule, entity, note) of the higher one: withholding text says more than
 * naming a person, and a sure name says more than an ambiguous one.
 */
export const reasonPrecedence: readonly SpanReason[] = [
  'portion-above-release',
  'unproven-portion',
  'unnamed-protected-source',
  'decision',
  'protected-name',
  'name-mention',
  'ambiguous-mention',
]

function rankOf(span: Span): number {
  return reasonPrecedence.indexOf(span.reason)
}

/** Order by start, then longer first, then by precedence: the order `normalizeSpans` needs. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || rankOf(a) - rankOf(b)
}

/**
 * Sort spans and resolve overlaps, so that every character is covered at most once.
 *
 * The one policy:
 * - empty spans (`start >= end`) are dropped;
 * - containment: the outer span wins and the inner one disappears (a name inside a
 *   withheld portion is withheld with the portion);
 * - partial overlap: the two become their union, labelled with the reason of higher
 *   precedence ({@link reasonPrecedence});
 * - adjacency (`a.end === b.start`) is not overlap: each span is replaced on its own, so
 *   `Li Qing`'s two tokens found separately stay two placeholders.
 *
 * Linear after the sort. The result is a new array; input spans are not mutated.
 */
export function normalizeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((span) => span.start < span.end).sort(compareSpans)
  const result: Span[] = []
  for (const span of sorted) {
    const last = result.at(-1)
    if (last === undefined || span.start >= last.end) {
      result.push({...span})
      continue
    }
    if (span.end <= last.end) continue // contained: the outer span wins
    const winner = rankOf(span) < rankOf(last) ? span : last
    result[result.length - 1] = {...winner, start: last.start, end: span.end}
  }
  return result
}

/** Whether spans are sorted, non-empty and pairwise disjoint (what `splice` requires). */
export function areNormalized(spans: readonly Span[]): boolean {
  let previousEnd = -1
  for (const span of spans) {
    if (span.start >= span.end || span.start < previousEnd) return false
    previousEnd = span.end
  }
  return true
}
