/**
 * The reviewer's decisions file: what a person adds to, or keeps from, the automatic
 * redaction after reading the review. Every decision needs a reason, which goes into the
 * redaction log next to the span (the record a declassification review keeps, 32 CFR
 * 2001.33-34: who withheld what, and why).
 *
 * ```json
 * {"decisions": [
 *   {"action": "withhold", "start": 120, "end": 164, "reason": "names the source's employer"},
 *   {"action": "withhold", "from": {"line": 12, "column": 1}, "to": {"line": 12, "column": 40}, "reason": "…"},
 *   {"action": "keep", "offset": 2044, "reason": "`He` here is the pronoun"}
 * ]}
 * ```
 *
 * Errors are values with the JSON path of the problem; they never echo the given values.
 */
import {location} from 'vfile-location'
import * as z from 'zod'
import type {Span} from './spans.js'

const point = z.strictObject({
  /** 1-based line. */
  line: z.number().int().positive(),
  /** 1-based column. */
  column: z.number().int().positive(),
})

const reason = z.string().trim().min(1, {message: 'A decision needs a reason'})

/** Withhold `[start, end)` (0-based offsets, end exclusive). */
const withholdOffsets = z
  .strictObject({action: z.literal('withhold'), start: z.number().int().nonnegative(), end: z.number().int().positive(), reason})
  .refine((value) => value.start < value.end, {message: 'Expected `start` before `end`', path: ['end']})

/** Withhold from `from` to `to` (1-based line/column, `to` exclusive). */
const withholdPoints = z.strictObject({action: z.literal('withhold'), from: point, to: point, reason})

/** Keep the ambiguous token that starts at `offset` (e.g. the pronoun `He` at a sentence start). */
const keep = z.strictObject({action: z.literal('keep'), offset: z.number().int().nonnegative(), reason})

export const decisionsSchema = z.strictObject({
  /** Format version; 1 for now. */
  version: z.literal(1).optional(),
  decisions: z.array(z.union([withholdOffsets, withholdPoints, keep])),
})

/** A parsed decisions file. */
export type Decisions = z.infer<typeof decisionsSchema>
/** One decision. */
export type Decision = Decisions['decisions'][number]

/** A problem in a decisions file: where (JSON path) and what, never the value. */
export interface DecisionsIssue {
  path: string
  message: string
}

export type ParseDecisionsResult = {ok: true; decisions: Decisions} | {ok: false; issues: DecisionsIssue[]}

/** Validate parsed JSON as a decisions file. */
export function parseDecisions(json: unknown): ParseDecisionsResult {
  const result = decisionsSchema.safeParse(json)
  if (result.success) return {ok: true, decisions: result.data}
  return {
    ok: false,
    issues: result.error.issues.map((issue) => describeIssue(issue)),
  }
}

/**
 * One issue as a key path and a message. For a decision that matches none of the three shapes,
 * zod reports "invalid input" at the decision; the branch whose `action` fits says what is wrong
 * (`decisions.0.reason: …`), so that one is shown.
 */
function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): DecisionsIssue {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'invalid_union') {
    const fitting = issue.errors.filter((branch) => !branch.some((inner) => inner.path[0] === 'action'))
    const best = [...(fitting.length > 0 ? fitting : issue.errors)].sort((a, b) => a.length - b.length)[0]
    const inner = best?.[0]
    if (inner) return describeIssue(inner, path)
  }
  return {path: path.map(String).join('.') || '(root)', message: issue.message}
}

/** Decisions resolved against one text: spans to add, offsets to keep, and decisions that do not fit. */
export interface ResolvedDecisions {
  spans: Span[]
  keep: Array<{offset: number; note: string}>
  /** Indexes of decisions that point outside the text (reported, not applied). */
  outOfRange: number[]
}

/** Turn decisions into spans over `text` (line/column ranges converted through vfile-location). */
export function resolveDecisions(text: string, decisions: Decisions): ResolvedDecisions {
  const place = location(text)
  const spans: Span[] = []
  const keepList: ResolvedDecisions['keep'] = []
  const outOfRange: number[] = []
  decisions.decisions.forEach((decision, index) => {
    if (decision.action === 'keep') {
      if (decision.offset >= text.length) outOfRange.push(index)
      else keepList.push({offset: decision.offset, note: decision.reason})
      return
    }
    const start = 'start' in decision ? decision.start : place.toOffset(decision.from)
    const end = 'end' in decision ? decision.end : place.toOffset(decision.to)
    if (start === undefined || end === undefined || start >= end || end > text.length) {
      outOfRange.push(index)
      return
    }
    spans.push({start, end, reason: 'decision', rule: 'decisions-file', note: decision.reason})
  })
  return {spans, keep: keepList, outOfRange}
}
