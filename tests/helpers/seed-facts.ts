/**
 * The shape of `seeds/<name>.parse.json`: the parse facts a person wrote by hand from
 * reading each seed cable. `tests/seeds.test.ts` extracts the same shape from the parser's
 * tree and compares. Lines and columns are 1-based, as an editor shows them.
 */
import * as z from 'zod'

const level = z.enum(['U', 'SBU', 'LOU', 'C', 'S', 'TS'])

/** A portion marking as a person reads it: the level and caveats, or `null` for none. */
const portionFact = z.strictObject({
  /** The marking as written, e.g. `(SBU)`, `(C)`; `null` for an unmarked paragraph. */
  raw: z.string().nullable(),
  /** Its level, `null` when unmarked or unreadable. */
  level: level.nullable(),
  /** Normalised caveats, e.g. `['NOFORN']`. */
  caveats: z.array(z.string()).default([]),
})

export const seedFactsSchema = z.strictObject({
  /** What a reader notices first; free text, not compared. */
  comment: z.string().optional(),
  /** Whether the cable is rendered as Markdown (`[PGOV](#)` tags, `US\$26`). */
  format: z.enum(['plain', 'markdown']),
  /** The first (non-duplicate) banner, or `null` when the cable has none. */
  banner: z
    .strictObject({
      line: z.number().int().positive(),
      level,
      caveats: z.array(z.string()),
      section: z.strictObject({index: z.number().int(), total: z.number().int()}).nullable(),
    })
    .nullable(),
  /** How many banner lines the cable has, duplicates included (seed 002 repeats its header). */
  bannerCount: z.number().int().nonnegative(),
  /** Routing security indicator as written (`ZNR UUUUU`), or `null`. */
  securityIndicator: z.string().nullable(),
  /** Archive metadata classification, when a metadata block exists. */
  metadataClassification: z.string().nullable(),
  /** The E.O. line, or `null`. */
  executiveOrder: z
    .strictObject({
      line: z.number().int().positive(),
      order: z.string(),
      /** Declassification instruction as written, e.g. `DECL: 12/31/2033`, `N/A`. */
      declassification: z.string(),
      kind: z.enum(['notApplicable', 'date', 'oadr', 'exemption', 'schedule', 'event', 'declassified', 'free', 'missing']),
      /** ISO date for `kind: 'date'`, e.g. `2033-12-31`. */
      date: z.string().nullable(),
    })
    .nullable(),
  /** The classification authority block, or `null`. */
  classificationAuthority: z
    .strictObject({
      line: z.number().int().positive(),
      /** Reason section as cited (`1.4`, `1.5`) or `null`. */
      section: z.string().nullable(),
      /** Category letters, lower case. */
      categories: z.array(z.string()),
    })
    .nullable(),
  /** The SUBJECT line's own marking, `null` when unmarked or absent. */
  subjectMarking: portionFact.nullable(),
  /** Every paragraph of the body in order (numbered ones, and unnumbered ones that open with a marking). */
  paragraphs: z.array(
    z.strictObject({
      /** Line where the paragraph starts. */
      line: z.number().int().positive(),
      /** Number as written without pilcrow and dot (`11`, `A`), or `null` for unnumbered. */
      written: z.string().nullable(),
      /** Number as meant (`1` for a garbled `11`), a letter, or `null`. */
      meant: z.union([z.number().int(), z.string()]).nullable(),
      /** Whether the number is a garbled pilcrow. */
      garbled: z.boolean(),
      /** The paragraph's portion markings in order. */
      portions: z.array(portionFact).min(1),
    }),
  ),
  /** Every page-continuation line (`GUANGZHOU 00000463 002 OF 003`, `PAGE 02`), by line. */
  pageBreaks: z.array(z.number().int().positive()),
  /** Every protect marker, at the line and column of its opening parenthesis. */
  protectMarkers: z.array(
    z.strictObject({
      line: z.number().int().positive(),
      column: z.number().int().positive(),
      /** As written, white space collapsed. */
      marker: z.string(),
      /** The protected person's name as a reader identifies it, or `null` when none is nameable. */
      person: z.string().nullable(),
    }),
  ),
})

export type SeedFacts = z.infer<typeof seedFactsSchema>
